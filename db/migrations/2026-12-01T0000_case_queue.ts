/**
 * The officers' case queue with filters, sorts and counts
 * (app/domain/cases/case-queue.server.ts), cheap on a million cases.
 *
 * A page is read along an index in the page's own order and stops once it
 * is full, never sorting the scope's cases:
 *
 * - for each order (priority = severity desc, due date, id; due date; opened;
 *   updated) one index led by the region (a district's page is the first
 *   entries of one range) and one without it (a city, a province, the admin:
 *   a walk in order that checks the region from the index);
 * - each carries the state and the due state after the order's columns, so
 *   the default "every state but closed", a state tab and "overdue" are
 *   checked in the index, before the case itself is read;
 * - "my cases": the assignee's cases in the priority order.
 *
 * The counts (by state, by severity, overdue, due soon) are one pass of
 * conditional sums over a region's range of a covering index of what they
 * filter on, never the table. Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

const INDEXES: Record<string, string[]> = {
  inspection_cases_q_region_priority: ["region_code", "severity_rank desc", "due_date", "id", "status", "due_state"],
  inspection_cases_q_priority: ["severity_rank desc", "due_date", "id", "region_code", "status", "due_state"],
  inspection_cases_q_region_due: ["region_code", "due_date", "id", "status", "due_state"],
  inspection_cases_q_due: ["due_date", "id", "region_code", "status", "due_state"],
  inspection_cases_q_region_opened: ["region_code", "opened_at", "id", "status", "due_state"],
  inspection_cases_q_opened: ["opened_at", "id", "region_code", "status", "due_state"],
  inspection_cases_q_region_updated: ["region_code", "updated_at", "id", "status", "due_state"],
  inspection_cases_q_updated: ["updated_at", "id", "region_code", "status", "due_state"],
  inspection_cases_q_assignee: ["assigned_to", "severity_rank desc", "due_date", "id", "region_code", "status", "due_state"],
  inspection_cases_q_counts: ["region_code", "status", "severity_rank", "due_state", "source", "escalated_at", "assigned_to", "rule_id", "term", "kindergarten_id", "due_date", "due_kind"],
};

export async function up(db: Kysely<any>): Promise<void> {
  for (const [name, columns] of Object.entries(INDEXES)) {
    await db.schema.createIndex(name).on("inspection_cases").columns(columns).execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of Object.keys(INDEXES).reverse()) await db.schema.dropIndex(name).execute();
}
