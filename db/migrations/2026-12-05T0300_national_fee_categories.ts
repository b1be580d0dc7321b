/**
 * The national fee categories (保教费, 住宿费, 保育费) are part of the schema, not of the demo data: the filing form offers
 * exactly the catalogue's items, and the catalogue's page keeps the national ones read-only, so a province's fresh
 * database (migrated, regions loaded, no demo) had nothing an operator could file and nowhere to add it. Earlier
 * releases inserted them with the demo data only; a database that has them keeps its rows (ON CONFLICT DO NOTHING).
 * Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

const NATIONAL = [
  { code: "CARE_EDU", category: "care_education", name_zh: "保教费", name_en: "Care and education fee" },
  { code: "BOARDING", category: "boarding", name_zh: "住宿费", name_en: "Boarding fee" },
  { code: "NURSERY", category: "nursery", name_zh: "保育费（托班）", name_en: "Nursery care fee (under 3)" },
];

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto("fee_item_types")
    .values(NATIONAL.map((t) => ({ ...t, region_code: null, active: 1 })))
    .onConflict((oc) => oc.column("code").doNothing())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  // Only rows nothing refers to: a filed item keeps its category.
  await db
    .deleteFrom("fee_item_types")
    .where("code", "in", NATIONAL.map((t) => t.code))
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom("fee_items").select(sql.lit(1).as("one")).whereRef("fee_items.code", "=", "fee_item_types.code"))))
    .execute();
}
