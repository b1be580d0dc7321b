/**
 * The public search in region-then-id order. In name order (0500) a page was
 * cheap only for a walk; a rare gram's candidates had to be read whole and
 * sorted, and names that start with their place cluster, so a walk could read
 * thousands of others before the first hit. Region then id is an order every
 * index of the search can keep (and groups results by place):
 *
 * - kindergarten_name_grams is keyed (gram, region_code, kindergarten_id): a
 *   gram's kindergartens come in order, and a region's are one range of it.
 *   Rebuilt from the grams there (each with its kindergarten's region).
 * - kindergarten_search loses approved_name (nothing reads it by name any
 *   more); its covering index is (region_code, kindergarten_id, status,
 *   nature, search_text).
 * - kindergarten_gram_counts: how many kindergartens have each gram, so the
 *   search reads a query's rarest gram without counting.
 * Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("kindergarten_search_name").execute();
  await db.schema.dropIndex("kindergarten_search_region").execute();
  await db.schema.alterTable("kindergarten_search").dropColumn("approved_name").execute();
  await db.schema
    .createIndex("kindergarten_search_region")
    .on("kindergarten_search")
    .columns(["region_code", "kindergarten_id", "status", "nature", "search_text"])
    .execute();

  await db.schema
    .createTable("kindergarten_grams_by_region")
    .addColumn("gram", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .execute();
  await db
    .insertInto("kindergarten_grams_by_region")
    .columns(["gram", "region_code", "kindergarten_id"])
    .expression((eb) =>
      eb
        .selectFrom("kindergarten_name_grams as g")
        .innerJoin("kindergarten_search as s", "s.kindergarten_id", "g.kindergarten_id")
        .select(["g.gram", "s.region_code", "g.kindergarten_id"]),
    )
    .execute();
  await db.schema.dropTable("kindergarten_name_grams").execute();
  await db.schema.alterTable("kindergarten_grams_by_region").renameTo("kindergarten_name_grams").execute();
  // The key is built after the rows are in: one sort instead of millions of random inserts.
  await db.schema
    .createIndex("kindergarten_name_grams_key")
    .unique()
    .on("kindergarten_name_grams")
    .columns(["gram", "region_code", "kindergarten_id"])
    .execute();

  await db.schema
    .createTable("kindergarten_gram_counts")
    .addColumn("gram", "text", (c) => c.primaryKey())
    .addColumn("kindergartens", "integer", (c) => c.notNull())
    .execute();
  await db
    .insertInto("kindergarten_gram_counts")
    .columns(["gram", "kindergartens"])
    .expression((eb) => eb.selectFrom("kindergarten_name_grams").select(["gram", (e) => e.fn.countAll().as("kindergartens")]).groupBy("gram"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("kindergarten_gram_counts").execute();

  await db.schema
    .createTable("kindergarten_grams_plain")
    .addColumn("gram", "text", (c) => c.notNull())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .execute();
  await db
    .insertInto("kindergarten_grams_plain")
    .columns(["gram", "kindergarten_id"])
    .expression((eb) => eb.selectFrom("kindergarten_name_grams").select(["gram", "kindergarten_id"]).distinct())
    .execute();
  await db.schema.dropTable("kindergarten_name_grams").execute();
  await db.schema.alterTable("kindergarten_grams_plain").renameTo("kindergarten_name_grams").execute();
  await db.schema.createIndex("kindergarten_name_grams_key").unique().on("kindergarten_name_grams").columns(["gram", "kindergarten_id"]).execute();

  await db.schema.dropIndex("kindergarten_search_region").execute();
  await db.schema.alterTable("kindergarten_search").addColumn("approved_name", "text", (c) => c.notNull().defaultTo("")).execute();
  await db
    .updateTable("kindergarten_search")
    .set({ approved_name: sql`(select k.approved_name from kindergartens k where k.id = kindergarten_search.kindergarten_id)` })
    .execute();
  await db.schema
    .createIndex("kindergarten_search_name")
    .on("kindergarten_search")
    .columns(["approved_name", "kindergarten_id", "status", "nature", "region_code", "search_text"])
    .execute();
  await db.schema
    .createIndex("kindergarten_search_region")
    .on("kindergarten_search")
    .columns(["region_code", "approved_name", "kindergarten_id", "status", "nature", "search_text"])
    .execute();
}
