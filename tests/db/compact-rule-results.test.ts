/**
 * The migration that moves each rule version's words out of its results
 * (2026-11-29T0200_compact_rule_results): rows stored in the old layout keep
 * every word of their explanation, up and down again.
 */
import { Migrator, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULE_TEXT_COLUMNS, storedOutcome } from "../../app/domain/filings/stored-outcomes.server";
import { migrations } from "../../db/migrations/index";
import { seedDemo } from "../../db/seed";
import { createTestDb, type TestDb } from "../setup/test-db";

const BEFORE = "2026-11-29T0100_rules_config";
const NOW = new Date("2026-11-30T02:00:00.000Z");
const AT = "2026-11-30T03:00:00.000Z";

const text = {
  title: { zh: "涨幅过大", en: "Increase too large" },
  message: { zh: "保教费上涨 {increaseBp|percent}", en: "Care fee up {increaseBp|percent}" },
  legalBasis: [{ document: "《中华人民共和国学前教育法》", article: "第六十九条" }],
};

/** A whole outcome as the old layout stored it. */
function wholeOutcome(fired: boolean, increaseBp: number) {
  return {
    ruleId: "R04",
    version: 1,
    fired,
    severity: fired ? "red" : null,
    ...text,
    params: { amberBp: 1000, redBp: 2000 },
    conditions: [{ name: "increaseOverAmber", fact: "increaseBp", factResult: increaseBp, operator: "greaterThan", value: 1000, result: fired, param: "amberBp" }],
    details: { increaseBp },
  };
}

describe("migration 2026-11-29T0200_compact_rule_results", () => {
  let t: TestDb;
  let migrator: Migrator;
  let filingIds: string[];

  beforeAll(async () => {
    t = await createTestDb();
    await seedDemo(t.db, { now: NOW });
    filingIds = (await t.db.selectFrom("fee_filings").select("id").orderBy("id").limit(2).execute()).map((f) => f.id);
    migrator = new Migrator({ db: t.db, provider: { getMigrations: async () => migrations } });
    const down = await migrator.migrateTo(BEFORE);
    if (down.error) throw down.error;
    const old = t.db as unknown as Kysely<any>;
    await old
      .insertInto("rule_results")
      .values(
        filingIds.map((filingId, i) => ({
          id: `01OLDRESULT${i}`,
          filing_id: filingId,
          rule_id: "R04",
          rule_version: 1,
          fired: i === 0 ? 1 : 0,
          severity: i === 0 ? "red" : null,
          explanation: JSON.stringify(wholeOutcome(i === 0, i === 0 ? 2500 : 500)),
          evaluated_at: AT,
        })),
      )
      .execute();
  }, 60_000);

  afterAll(async () => {
    await t?.destroy();
  });

  it("keeps every word of the old rows: the version's words once, the rest per row", async () => {
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();

    const texts = await t.db.selectFrom("rule_texts").selectAll().execute();
    expect(texts.map((r) => [r.rule_id, r.version, JSON.parse(r.title), JSON.parse(r.message), JSON.parse(r.legal_basis)])).toEqual([
      ["R04", 1, text.title, text.message, text.legalBasis],
    ]);
    const rows = await t.db
      .selectFrom("rule_results as r")
      .innerJoin("rule_texts as t", (join) => join.onRef("t.rule_id", "=", "r.rule_id").onRef("t.version", "=", "r.rule_version"))
      .selectAll("r")
      .select(RULE_TEXT_COLUMNS)
      .orderBy("r.filing_id")
      .execute();
    expect(rows.map((r) => r.filing_id)).toEqual(filingIds);
    expect(rows.map((r) => storedOutcome(r))).toEqual([wholeOutcome(true, 2500), wholeOutcome(false, 500)]);
    expect(JSON.parse(rows[0].explanation)).toEqual({
      params: { amberBp: 1000, redBp: 2000 },
      conditions: wholeOutcome(true, 2500).conditions,
      details: { increaseBp: 2500 },
    });
  });

  it("is keyed by filing, rule and version: a second row for the same key is refused", async () => {
    await expect(
      t.db
        .insertInto("rule_results")
        .values({ filing_id: filingIds[0], rule_id: "R04", rule_version: 1, fired: 0, severity: null, explanation: "{}", evaluated_at: AT })
        .execute(),
    ).rejects.toThrow();
  });

  it("goes down again to whole explanations", async () => {
    const down = await migrator.migrateTo(BEFORE);
    expect(down.error).toBeUndefined();
    const old = t.db as unknown as Kysely<any>;
    const rows = await old.selectFrom("rule_results").selectAll().orderBy("filing_id").execute();
    expect(rows.map((r) => JSON.parse(r.explanation as string))).toEqual([wholeOutcome(true, 2500), wholeOutcome(false, 500)]);
    const up = await migrator.migrateToLatest();
    expect(up.error).toBeUndefined();
  });
});
