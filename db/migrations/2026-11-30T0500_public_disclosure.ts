/**
 * The public disclosure: a kindergarten search by name that stays fast on
 * national data, on SQLite and Postgres alike.
 *
 * - kindergarten_search: per kindergarten its names as the search compares
 *   them (NFKC, lower case, one name per line) with copies of its approved
 *   name, region, nature and status. Two covering indexes hold every column
 *   the search filters on: in name order (the national walk and its keyset)
 *   and by region, then name (a district's or a city's kindergartens), so a
 *   walk reads index pages in order and never a kindergarten row.
 * - kindergarten_name_grams: the bigrams and trigrams of each search text,
 *   unique (gram, kindergarten_id). A `LIKE '%…%'` over 150,000 names reads
 *   every row; a query's rarest gram gives its few candidates, or shows that
 *   every gram is common and the walk will soon fill a page.
 * - regions by parent: the district chooser (province → city → district).
 * The public page's own reads have indexes already: fee_filings by
 * (kindergarten_id, version), fee_items by (filing_id, position),
 * bank_accounts by (kindergarten_id, status, effective_from), guidance_prices
 * by (region_code, nature, grade, category).
 *
 * Existing kindergartens are indexed here, with a frozen copy of the rules of
 * app/domain/kindergartens/name-grams.ts; the gram key is built after the
 * backfill (one sort instead of millions of random inserts). From now on
 * every writer of kindergartens calls indexKindergartensForSearch.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

const READ_CHUNK = 2000;
const INSERT_CHUNK = 400;

function searchText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function indexGrams(text: string): string[] {
  const grams = new Set<string>();
  for (const word of text.split(/\s+/u).filter((w) => w.length > 0)) {
    const chars = Array.from(word);
    for (const size of [2, 3]) {
      for (let i = 0; i + size <= chars.length; i++) grams.add(chars.slice(i, i + size).join(""));
    }
  }
  return [...grams];
}

interface KindergartenRow {
  id: string;
  approved_name: string;
  name_in_use: string;
  region_code: string;
  nature: string;
  status: string;
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("kindergarten_search")
    .addColumn("kindergarten_id", "text", (c) => c.primaryKey().references("kindergartens.id"))
    .addColumn("approved_name", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull())
    .addColumn("nature", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("search_text", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("kindergarten_name_grams")
    .addColumn("gram", "text", (c) => c.notNull())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .execute();

  let after = "";
  for (;;) {
    const rows: KindergartenRow[] = await db
      .selectFrom("kindergartens")
      .select(["id", "approved_name", "name_in_use", "region_code", "nature", "status"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(READ_CHUNK)
      .execute();
    if (rows.length === 0) break;
    const search = rows.map((r) => {
      const approved = searchText(r.approved_name);
      const inUse = searchText(r.name_in_use);
      const text = approved === inUse ? approved : `${approved}\n${inUse}`;
      return { kindergarten_id: r.id, approved_name: r.approved_name, region_code: r.region_code, nature: r.nature, status: r.status, search_text: text };
    });
    const grams = search.flatMap((s) => indexGrams(s.search_text).map((gram) => ({ gram, kindergarten_id: s.kindergarten_id })));
    for (let i = 0; i < search.length; i += INSERT_CHUNK) await db.insertInto("kindergarten_search").values(search.slice(i, i + INSERT_CHUNK)).execute();
    for (let i = 0; i < grams.length; i += INSERT_CHUNK) await db.insertInto("kindergarten_name_grams").values(grams.slice(i, i + INSERT_CHUNK)).execute();
    after = rows[rows.length - 1].id;
  }

  await db.schema.createIndex("kindergarten_name_grams_key").unique().on("kindergarten_name_grams").columns(["gram", "kindergarten_id"]).execute();
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
  await db.schema.createIndex("regions_parent").on("regions").columns(["parent_code", "code"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("regions_parent").execute();
  await db.schema.dropTable("kindergarten_name_grams").execute();
  await db.schema.dropTable("kindergarten_search").execute();
}
