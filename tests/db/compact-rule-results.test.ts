/**
 * The migration that moves each rule version's words out of its results
 * (2026-11-29T0200_compact_rule_results): flags stored in the old layout keep
 * every word of their explanation, up and down again; passed checks become
 * the filing's evaluated_rules.
 */
import type { Kysely } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { KINDERGARTEN_REGION_COLUMN, RULE_TEXT_COLUMNS, storedOutcome } from "~/domain/flags/stored-flags.server";
import { seedDemo } from "~/db/seed";
import { useMigrationTest } from "../setup/migrate-to";

const BEFORE = "2026-11-29T0100_rules_config";
const NOW = new Date("2026-11-30T02:00:00.000Z");
const AT = "2026-11-30T03:00:00.000Z";

const text = {
  title: { zh: "涨幅过大", en: "Increase too large" },
  message: { zh: "保教费上涨 {increaseBp|percent}", en: "Care fee up {increaseBp|percent}" },
  legalBasis: [{ document: "《中华人民共和国学前教育法》", article: "第六十九条" }],
};

/** A whole outcome as the old layout stored it. */
function wholeOutcome(fired: boolean, increaseBp: number, ruleId = "R04") {
  return {
    ruleId,
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
  let filingIds: string[];
  const t = useMigrationTest(BEFORE, {
    arrange: async (db) => {
      await seedDemo(db, { now: NOW });
      // The demo's case stories evaluated some filings already: this test is about rows in the old layout alone.
      await db.deleteFrom("rule_results").execute();
      await db.deleteFrom("rule_texts").execute();
      filingIds = (await db.selectFrom("fee_filings").select("id").orderBy("id").limit(2).execute()).map((f) => f.id);
    },
  });

  beforeAll(async () => {
    const old = t.db as unknown as Kysely<any>;
    await old.updateTable("fee_filings").set({ status: "evaluated", evaluated_at: AT }).where("id", "in", filingIds).execute();
    const row = (id: string, filingId: string, outcome: ReturnType<typeof wholeOutcome>, evaluatedAt = AT) => ({
      id,
      filing_id: filingId,
      rule_id: outcome.ruleId,
      rule_version: 1,
      fired: outcome.fired ? 1 : 0,
      severity: outcome.severity,
      explanation: JSON.stringify(outcome),
      evaluated_at: evaluatedAt,
    });
    await old
      .insertInto("rule_results")
      .values([
        row("01OLD0", filingIds[0], wholeOutcome(true, 2500)),
        row("01OLD1", filingIds[0], wholeOutcome(false, 0, "R03")),
        row("01OLD2", filingIds[1], wholeOutcome(false, 500)),
        // An earlier evaluation's flag: kept as history, not among the current rules.
        row("01OLD3", filingIds[1], { ...wholeOutcome(true, 3000, "R06") }, "2026-11-01T00:00:00.000Z"),
      ])
      .execute();
  });

  it("keeps every word of the old rows: the version's words once, the rest per row", async () => {
    await expect(t.migrateTo("latest")).resolves.toBeUndefined();

    const texts = await t.db.selectFrom("rule_texts").selectAll().execute();
    expect(
      texts.map((r) => [r.rule_id, r.version, JSON.parse(r.title), JSON.parse(r.message), JSON.parse(r.legal_basis)]).sort(),
    ).toEqual(["R03", "R04", "R06"].map((ruleId) => [ruleId, 1, text.title, text.message, text.legalBasis]));
    const rows = await t.db
      .selectFrom("rule_results as r")
      .innerJoin("rule_texts as t", (join) => join.onRef("t.rule_id", "=", "r.rule_id").onRef("t.version", "=", "r.rule_version"))
      .innerJoin("fee_filings as ff", "ff.id", "r.filing_id")
      .innerJoin("kindergartens as k", "k.id", "ff.kindergarten_id")
      .selectAll("r")
      .select([...RULE_TEXT_COLUMNS, KINDERGARTEN_REGION_COLUMN])
      .orderBy("r.filing_id")
      .execute();
    expect(rows.map((r) => [r.filing_id, r.rule_id, r.evaluated_at])).toEqual([
      [filingIds[0], "R04", AT],
      [filingIds[1], "R06", "2026-11-01T00:00:00.000Z"],
    ]);
    expect(rows.map((r) => storedOutcome(r))).toEqual([wholeOutcome(true, 2500), wholeOutcome(true, 3000, "R06")]);
    expect(JSON.parse(rows[0].explanation)).toEqual({
      params: { amberBp: 1000, redBp: 2000 },
      conditions: wholeOutcome(true, 2500).conditions,
      details: { increaseBp: 2500 },
    });
    const filings = await t.db.selectFrom("fee_filings").select(["id", "evaluated_rules"]).where("id", "in", filingIds).orderBy("id").execute();
    expect(filings.map((f) => JSON.parse(f.evaluated_rules))).toEqual([["R03@1", "R04@1"], ["R04@1"]]);
  });

  it("is keyed by filing, rule and version: a second row for the same key is refused", async () => {
    await expect(
      t.db
        .insertInto("rule_results")
        .values({ filing_id: filingIds[0], rule_id: "R04", rule_version: 1, severity: "amber", explanation: "{}", evaluated_at: AT })
        .execute(),
    ).rejects.toThrow();
  });

  it("goes down again to whole explanations of the flags", async () => {
    await expect(t.migrateTo(BEFORE)).resolves.toBeUndefined();
    const old = t.db as unknown as Kysely<any>;
    const rows = await old.selectFrom("rule_results").selectAll().orderBy("filing_id").execute();
    expect(rows.map((r) => JSON.parse(r.explanation as string))).toEqual([wholeOutcome(true, 2500), wholeOutcome(true, 3000, "R06")]);
    await expect(t.migrateTo("latest")).resolves.toBeUndefined();
  });
});
