/**
 * A region's kindergartens in the order officers read them, by region, approved name and id: the education office's
 * overview of its kindergartens' bookkeepers' accounts (`/officer/operator-accounts`) walks a district's (or a city's)
 * kindergartens along it, a page at a time by keyset, testing each one's accounts until the page is full. With only
 * `kindergartens_region (region_code)` every page sorted the whole district (thousands) after testing all of them.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("kindergartens_region_name").on("kindergartens").columns(["region_code", "approved_name", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("kindergartens_region_name").execute();
}
