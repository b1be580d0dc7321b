/**
 * The officers' queue filtered to the cases decided in a calendar month (`?decided=this_month`, app/domain/cases/
 * case-queue.server.ts): a look-up of one month's decisions, then sorted, never a walk of an order's index checking
 * each case's decision day (a month with few decisions would read a district's history, or everyone's).
 *
 * A district's month is one range of inspection_cases_decisions (region, decision day: 2026-12-01T0400). A city's,
 * a province's or everyone's is one range of this index, the month's decisions nationwide (about 14,000 a month on a
 * million cases over five years), the region checked on its entries; it carries what the page's order (severity,
 * due date, when settled, id), its checks (state, due state, the clock's kind) and the counts (region, state,
 * severity, due state) read, so only the page's cases are read from the table.
 *
 * Partial, `decided_on is not null`: a case is written into it once decided, and out again when reopened; the query's
 * `decided_on >= ?` implies the term (SQLite and Postgres both prove it), and the query carries it literally too.
 * Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("inspection_cases_q_decided")
    .on("inspection_cases")
    .columns(["decided_on", "region_code", "status", "severity_rank", "due_state", "due_kind", "due_date", "closed_on", "id"])
    .where(sql.ref("decided_on"), "is not", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("inspection_cases_q_decided").execute();
}
