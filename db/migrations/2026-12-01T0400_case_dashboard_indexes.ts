/**
 * Indexes that serve the officer's dashboard (app/domain/cases/case-dashboard.queries.server.ts)
 * on a million cases, each read without touching the table:
 *
 * - inspection_cases_open_counts: the unfinished cases only (a fifth of all;
 *   partial, so closed history costs nothing), by region, with every column
 *   the counts by state and severity, overdue, due this week and escalated
 *   read. A region (a district's code, a city's range) is one range of it.
 * - inspection_cases_decisions: decided cases by region and decision day,
 *   with kind and opening time: decisions this month and the 90-day average
 *   days to decision read a district's window, or a city's range of it.
 * The predicates are literal SQL: SQLite uses a partial index only when the
 * query's WHERE carries the same term, and a bound parameter never does.
 * Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("inspection_cases_open_counts")
    .on("inspection_cases")
    .columns(["region_code", "status", "severity", "due_state", "due_date", "due_kind", "escalated_at"])
    .where(sql.ref("status"), "<>", sql.lit("closed"))
    .execute();
  await db.schema
    .createIndex("inspection_cases_decisions")
    .on("inspection_cases")
    .columns(["region_code", "decided_on", "decision_kind", "opened_at"])
    .where(sql.ref("decided_on"), "is not", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("inspection_cases_decisions").execute();
  await db.schema.dropIndex("inspection_cases_open_counts").execute();
}
