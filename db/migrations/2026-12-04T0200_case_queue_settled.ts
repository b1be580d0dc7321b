/**
 * The settled cases' order in the officers' queue (app/domain/cases/case-queue.server.ts): in the priority and due
 * orders, the cases whose clock no longer runs (decided without an order waiting for proof, closed) come after the
 * live ones, latest settled first, instead of by the stale due date their last clock left. A page reads the live
 * cases along the order's index of 2026-12-01T0000_case_queue, then the settled ones along one of these, and stops
 * when full:
 *
 * - by region (a district's page; each region's page merged into a city's), and without it (a province, the admin);
 * - keyed by when the case was settled, `coalesce(closed_on, decided_on, '')` (an expression: SQLite uses it only
 *   for the same expression in the query), then the id, both descending as the page reads them;
 * - carrying what the page checks before reading a case: state, due state, the clock's kind (a decided case waiting
 *   for an order's proof is live), severity; the nationwide one the region;
 * - partial, `status in ('decided', 'closed')` (the query carries the same term, literally): a case is written into
 *   them once decided, never while it is opened and worked.
 *
 * Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

const SETTLED_ON = sql`(coalesce(closed_on, decided_on, '')) desc, id desc`;
const WHERE = sql`status in ('decided', 'closed')`;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index inspection_cases_q_region_settled on inspection_cases (region_code, ${SETTLED_ON}, status, due_state, due_kind, severity_rank) where ${WHERE}`.execute(db);
  await sql`create index inspection_cases_q_settled on inspection_cases (${SETTLED_ON}, region_code, status, due_state, due_kind, severity_rank) where ${WHERE}`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("inspection_cases_q_settled").execute();
  await db.schema.dropIndex("inspection_cases_q_region_settled").execute();
}
