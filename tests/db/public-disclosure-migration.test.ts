/**
 * The migration that adds the kindergarten search index
 * (2026-11-30T0500_public_disclosure): kindergartens already there are
 * indexed by its frozen copy of the gram rules exactly as
 * indexKindergartensForSearch indexes them (which then has nothing to do),
 * and it goes down and up again.
 */
import { Migrator } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrations } from "~/db/migrations/index";
import { indexGrams } from "~/domain/kindergartens/name-grams";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { HAISHU, JIANGBEI, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

const BEFORE = "2026-11-30T0400_fee_accounts";

describe("migration 2026-11-30T0500_public_disclosure", () => {
  let t: TestDb;
  let migrator: Migrator;

  beforeAll(async () => {
    t = await createTestDb();
    migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    const down = await migrator.migrateTo(BEFORE);
    if (down.error) throw down.error;
    // Kindergartens written before the index existed (rows as an older release wrote them), one with full-width letters and two names.
    await seedReferenceData(t.db);
    const at = "2025-05-06T01:00:00.000Z";
    const names: Array<[string, string]> = [
      ["宁波市海曙区春芽幼儿园", "宁波市海曙区春芽幼儿园"],
      ["宁波市海曙区爱弥儿幼儿园有限公司", "ＡＢＣ双语幼儿园"],
      ["宁波市江北区蓝天幼儿园", "蓝天幼儿园"],
    ];
    await t.db
      .insertInto("kindergartens")
      .values(
        names.map(([approved, inUse], i) => ({
          id: `01JTHJJ4H0AZ4DNRVXDKDH17V${i}`,
          uscc: `52330203MJ00000${i}0X`,
          approved_name: approved,
          name_in_use: inUse,
          nature: "inclusive_private" as const,
          grade: "class1",
          region_code: i === 2 ? JIANGBEI : HAISHU,
          address: "宁波市某路1号",
          status: "active" as const,
          created_at: at,
          updated_at: at,
        })),
      )
      .execute();
    const up = await migrator.migrateToLatest();
    if (up.error) throw up.error;
  });

  afterAll(async () => {
    await t?.destroy();
  });

  it("indexes every existing kindergarten as indexKindergartensForSearch would", async () => {
    const kindergartens = await t.db.selectFrom("kindergartens").select(["id", "approved_name"]).execute();
    const search = await t.db.selectFrom("kindergarten_search").selectAll().execute();
    expect(search.map((s) => s.kindergarten_id).sort()).toEqual(kindergartens.map((k) => k.id).sort());
    expect(search.some((s) => s.search_text.endsWith("\nabc双语幼儿园"))).toBe(true);
    const grams = await t.db.selectFrom("kindergarten_name_grams").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(grams.n)).toBe(search.reduce((n, s) => n + indexGrams(s.search_text).length, 0));
    expect(await indexKindergartensForSearch(t.db)).toBe(0);
  });

  it("goes down and up again", async () => {
    const down = await migrator.migrateTo(BEFORE);
    expect(down.error).toBeUndefined();
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
    expect(await indexKindergartensForSearch(t.db)).toBe(0);
  });
});
