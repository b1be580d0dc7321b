/**
 * Migration 2026-12-05T0300_national_fee_categories: a database migrated from empty (a province's deployment: no demo
 * data) holds the national fee categories 保教费, 住宿费 and 保育费, which the filing form offers and the catalogue's
 * page keeps read-only: before it, such a database had no item an operator could file, and no page could add one. A
 * database that already had them (seeded by an earlier release's demo data) keeps its rows; going down removes only
 * the rows no filed item names.
 */
import { describe, expect, it } from "vitest";
import { seedDemo } from "~/db/seed";
import { useMigrationTest, type MigrationTest } from "../setup/migrate-to";

const BEFORE = "2026-12-05T0200_complaint_contact_retention";
const THIS = "2026-12-05T0300_national_fee_categories";

const nationalRows = (t: MigrationTest) =>
  t.db.selectFrom("fee_item_types").select(["code", "category", "name_zh", "region_code", "active"]).where("region_code", "is", null).orderBy("code").execute();

describe(`migration ${THIS}`, () => {
  // A database migrated from empty: the tests start from the latest schema and go down from there.
  const t = useMigrationTest("latest");

  it("gives a database migrated from empty the three national categories, active, the catalogue's only rows", async () => {
    expect(await nationalRows(t)).toEqual([
      { code: "BOARDING", category: "boarding", name_zh: "住宿费", region_code: null, active: 1 },
      { code: "CARE_EDU", category: "care_education", name_zh: "保教费", region_code: null, active: 1 },
      { code: "NURSERY", category: "nursery", name_zh: "保育费（托班）", region_code: null, active: 1 },
    ]);
    const all = await t.db.selectFrom("fee_item_types").select("code").execute();
    expect(all).toHaveLength(3);
  });

  it("goes down and up again; keeps the rows of a database that had them and the rows filed items name", async () => {
    await t.migrateTo(BEFORE);
    expect(await nationalRows(t)).toEqual([]);
    await t.migrateTo(THIS);
    expect((await nationalRows(t)).map((r) => r.code)).toEqual(["BOARDING", "CARE_EDU", "NURSERY"]);

    // The demo, seeded on top (as a trial's start-up does), files items of the national categories: seeded by today's
    // code, which reads columns later migrations added.
    await t.migrateTo("latest");
    await seedDemo(t.db, { now: new Date("2026-11-30T02:00:00.000Z") });
    const filed = await t.db.selectFrom("fee_items").select("code").distinct().where("code", "in", ["CARE_EDU", "BOARDING", "NURSERY"]).execute();
    expect(filed.map((r) => r.code)).toContain("CARE_EDU");
    await t.migrateTo(BEFORE);
    expect((await nationalRows(t)).map((r) => r.code).sort()).toEqual(filed.map((r) => r.code).sort());
    await t.migrateTo("latest");
    expect((await nationalRows(t)).map((r) => r.code)).toEqual(["BOARDING", "CARE_EDU", "NURSERY"]);
  });
});
