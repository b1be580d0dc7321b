/**
 * The first queue index (status, region, severity rank, due date, id) from
 * the initial migration: the queue indexes of `2026-12-01T0000_case_queue`
 * replaced it for every order and filter, and no statement plans with it
 * any more (every statement the domain and jobs suites send to
 * inspection_cases was put through EXPLAIN QUERY PLAN). Every case written
 * still maintained it: one index fewer for each case a re-evaluation opens.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("inspection_cases_queue").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("inspection_cases_queue")
    .on("inspection_cases")
    .columns(["status", "region_code", "severity_rank", "due_date", "id"])
    .execute();
}
