/**
 * The migrations of the kindergarten search index: 2026-11-30T0500_public_disclosure
 * indexes the kindergartens already there (by its frozen copy of the gram rules),
 * 2026-11-30T0600_search_order rekeys that index by region and counts its grams;
 * together they leave exactly what indexKindergartensForSearch would write (it then
 * has nothing to do), and both go down and up again.
 */
import { sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { indexGrams } from "~/domain/kindergartens/name-grams";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { useMigrationTest } from "../setup/migrate-to";
import { createDemoDb } from "../setup/test-db";

const BEFORE_INDEX = "2026-11-30T0400_fee_accounts";
const NAME_ORDER_INDEX = "2026-11-30T0500_public_disclosure";

describe("migrations 2026-11-30T0500_public_disclosure and 2026-11-30T0600_search_order", () => {
  // Back to before the index: the kindergartens stay, one of them with full-width letters and two names.
  const t = useMigrationTest(BEFORE_INDEX, { database: createDemoDb });

  beforeAll(async () => {
    const first = await t.db.selectFrom("kindergartens").select("id").orderBy("id").executeTakeFirstOrThrow();
    await t.db.updateTable("kindergartens").set({ name_in_use: "ＡＢＣ双语幼儿园" }).where("id", "=", first.id).execute();
    await t.migrateTo("latest");
  });

  async function expectIndexOfEveryKindergarten() {
    const kindergartens = await t.db.selectFrom("kindergartens").select(["id", "region_code"]).execute();
    const search = await t.db.selectFrom("kindergarten_search").selectAll().execute();
    expect(search.map((s) => s.kindergarten_id).sort()).toEqual(kindergartens.map((k) => k.id).sort());
    expect(search.some((s) => s.search_text.endsWith("\nabc双语幼儿园"))).toBe(true);
    const grams = await t.db.selectFrom("kindergarten_name_grams").select(["kindergarten_id", "region_code"]).execute();
    expect(grams.length).toBe(search.reduce((n, s) => n + indexGrams(s.search_text).length, 0));
    const regionOf = new Map(kindergartens.map((k) => [k.id, k.region_code]));
    expect(grams.every((g) => g.region_code === regionOf.get(g.kindergarten_id))).toBe(true);
    const counted = await t.db.selectFrom("kindergarten_gram_counts").select((eb) => eb.fn.sum<number>("kindergartens").as("n")).executeTakeFirstOrThrow();
    expect(Number(counted.n)).toBe(grams.length);
    expect(await indexKindergartensForSearch(t.db)).toBe(0);
  }

  it("indexes every existing kindergarten as indexKindergartensForSearch would", async () => {
    await expectIndexOfEveryKindergarten();
  });

  it("rekeys the name-order index (0500) by region, and goes back to it", async () => {
    await t.migrateTo(NAME_ORDER_INDEX);
    const named = await sql<{ n: number }>`select count(*) as n from kindergarten_search where approved_name <> ''`.execute(t.db);
    const kindergartens = await t.db.selectFrom("kindergartens").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(named.rows[0].n)).toBe(Number(kindergartens.n));
    await t.migrateTo("latest");
    await expectIndexOfEveryKindergarten();
  });

  it("goes down and up again", async () => {
    await t.migrateTo(BEFORE_INDEX);
    await t.migrateTo("latest");
    await expectIndexOfEveryKindergarten();
  });
});
