/**
 * The public case list (典型案例, its Atom feed, /api/v1/cases) read along
 * one index per view, every filter checked on the index entry.
 *
 * - A province or a city was a range of district codes on the region index
 *   (status, region_code, published_at, id): its page read every published
 *   case of the range whole and sorted them (bench:publication: 4,000–7,000
 *   rows, 20–30 ms a page for a province on 100,000 published). An index on
 *   the code's province and city prefix (as an expression, the same text on
 *   both databases) makes each level an equality read in the list's order.
 * - The filters an index does not lead with (the decision's kind and year,
 *   the rule, the kindergarten's nature, the region) were checked on the
 *   table's rows, content included, as the walk met them: a province's cases
 *   of one year read 4,000 rows for a page (22 ms). Each list index now ends
 *   with those columns, so SQLite checks them on the entry and reads the
 *   table's row only for the page (0.2 ms).
 * Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

/** What every list index ends with: the filters the walk checks on its entries. */
const FILTERS = sql.raw("decision_kind, nature, rule_id, decided_on, region_code");

const LIST_INDEXES = {
  public_cases_published: sql.raw("status"),
  public_cases_published_region: sql.raw("status, region_code"),
  public_cases_published_city: sql.raw("status, substr(region_code, 1, 4)"),
  public_cases_published_province: sql.raw("status, substr(region_code, 1, 2)"),
  public_cases_published_year: sql.raw("status, substr(decided_on, 1, 4)"),
};

export async function up(db: Kysely<any>): Promise<void> {
  for (const name of ["public_cases_published", "public_cases_published_region", "public_cases_published_year"]) await db.schema.dropIndex(name).execute();
  for (const [name, lead] of Object.entries(LIST_INDEXES)) {
    await sql`create index ${sql.id(name)} on public_cases (${lead}, published_at, id, ${FILTERS})`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of Object.keys(LIST_INDEXES)) await db.schema.dropIndex(name).execute();
  await db.schema.createIndex("public_cases_published").on("public_cases").columns(["status", "published_at", "id"]).execute();
  await db.schema.createIndex("public_cases_published_region").on("public_cases").columns(["status", "region_code", "published_at", "id"]).execute();
  await sql`create index public_cases_published_year on public_cases (status, substr(decided_on, 1, 4), published_at, id)`.execute(db);
}
