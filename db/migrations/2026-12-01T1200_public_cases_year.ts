/**
 * The public case list filtered by the decision's year (典型案例, /api/v1/cases):
 * without an index led by the year, the list walked every published case
 * newest first and checked the year on each, reading most of the table for
 * an older year (bench:publication: 95,000 rows, 0.4 s for 2023 on 100,000
 * published). An index on the year (as an expression, the same text on both
 * databases) then the list's order finds a year's page by reading the page.
 * Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index public_cases_published_year on public_cases (status, substr(decided_on, 1, 4), published_at, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("public_cases_published_year").execute();
}
