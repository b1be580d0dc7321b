/**
 * Safe change, domain side: which filings are the active fee schedules, and the
 * preview of a draft guidance-price batch (newly flagged, cleared, changed),
 * which must write nothing. Real database (SQLite, or Postgres with TEST_DB=pg).
 */
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countActiveFilings, listActiveFilingIds } from "~/domain/changes/active-filings.server";
import { classify, explanationDigest, previewChange, changeScope, sameFlags } from "~/domain/changes/preview.server";
import { computeEvaluations, persistEvaluations } from "~/domain/filings/evaluate.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { DB } from "~/db/client";
import { loadRuleSet } from "~/rules/load/read-files";
import { activeRules, fileChronology } from "~/rules/load/rule-set";
import { addGuidancePrice, countRows, createKindergarten, HAISHU, insertCareFeeFiling, JIANGBEI, NINGBO, seedReferenceData, XIHU } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

/**
 * Only the guidance-price cap (R03): the fixture filings are minimal, and
 * other rules (disclosure, account …) would flag all of them alike.
 */
const rules = createRulesRuntime(loadRuleSet().filter((d) => d.id === "R03"));
/** The R03 version the files place in force for the filings below (effective 2026-09-01). */
const R03_IN_FORCE = activeRules(fileChronology(loadRuleSet()), "2026-09-01", "filing").find((d) => d.id === "R03")!.version;
const AT = "2026-10-01T02:00:00.000Z";

let t: TestDb;
let db: DB;


async function evaluateAll(): Promise<void> {
  const ids = (await db.selectFrom("fee_filings").select("id").execute()).map((r) => r.id);
  await persistEvaluations({ db, rules, now: new Date(AT) }, await computeEvaluations({ db, rules }, ids));
}

/** A draft batch with rows for the given keys, as the guidance-price service stores it. */
async function draftBatch(regionCode: string, rows: Array<{ grade: string; basePriceFen: number }>): Promise<string> {
  const batchId = ulid();
  await db
    .insertInto("guidance_price_batches")
    .values({
      id: batchId,
      region_code: regionCode,
      source_document: "甬发改〔2026〕99号",
      status: "draft",
      row_count: rows.length,
      created_by: null,
      created_at: AT,
      activated_by: null,
      activated_at: null,
    })
    .execute();
  for (const row of rows) {
    await db
      .insertInto("guidance_prices")
      .values({
        id: ulid(),
        region_code: regionCode,
        nature: "inclusive_private",
        grade: row.grade,
        age_band: "all",
        category: "care_education",
        base_price_fen: row.basePriceFen,
        max_float_bp: 1000,
        effective_from: "2026-09-01",
        effective_to: null,
        source_document: "甬发改〔2026〕99号",
        created_at: AT,
        batch_id: batchId,
        status: "draft",
        superseded_at: null,
      })
      .execute();
  }
  return batchId;
}

const kg: Record<string, { id: string; filingId: string }> = {};

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  // Ningbo 普惠 prices: cap = base × 1.1.
  await addGuidancePrice(db, { region_code: NINGBO, nature: "inclusive_private", grade: "class1", base_price_fen: 100_000 });
  await addGuidancePrice(db, { region_code: NINGBO, nature: "inclusive_private", grade: "class2", base_price_fen: 80_000 });

  const make = async (key: string, grade: string, amountFen: number, region = HAISHU) => {
    const k = await createKindergarten(db, { nature: "inclusive_private", grade, region_code: region, name: `预览幼儿园${key}` });
    kg[key] = { id: k.id, filingId: await insertCareFeeFiling(db, k.id, amountFen) };
  };
  await make("lowered", "class1", 105_000); // under 110,000 now; over 99,000 with the draft
  await make("untouched", "class1", 98_000); // under both caps
  await make("raised", "class2", 90_000, JIANGBEI); // over 88,000 now; under 99,000 with the draft
  await make("stillOver", "class2", 120_000); // over both caps
  await make("hangzhou", "class1", 200_000, XIHU); // no Ningbo prices apply; outside the batch's region

  // Not active fee schedules: a closed kindergarten, one without any filing, and an older version.
  const closed = await createKindergarten(db, { nature: "inclusive_private", region_code: HAISHU, status: "closed" });
  await insertCareFeeFiling(db, closed.id, 105_000);
  await createKindergarten(db, { nature: "inclusive_private", region_code: HAISHU });
  const twice = await createKindergarten(db, { nature: "inclusive_private", grade: "class1", region_code: HAISHU, name: "预览幼儿园twice" });
  await insertCareFeeFiling(db, twice.id, 130_000, { version: 1 });
  kg.twice = { id: twice.id, filingId: await insertCareFeeFiling(db, twice.id, 90_000, { version: 2 }) };

  await evaluateAll();
});

afterAll(async () => {
  await t?.destroy();
});

describe("active fee schedules", () => {
  it("are each active kindergarten's latest filing, in kindergarten id order", async () => {
    const page = await listActiveFilingIds(db, { afterKindergartenId: null, limit: 100 });
    const expected = Object.values(kg).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(page.filingIds).toEqual(expected.map((k) => k.filingId));
    expect(page.lastKindergartenId).toBe(expected.at(-1)!.id);
    expect(await countActiveFilings(db)).toBe(6);
  });

  it("pages by keyset: no filing twice, none skipped, an empty page at the end", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    for (;;) {
      const page = await listActiveFilingIds(db, { afterKindergartenId: after, limit: 4 });
      sizes.push(page.filingIds.length);
      seen.push(...page.filingIds);
      if (page.filingIds.length < 4) {
        if (page.filingIds.length === 0) expect(page.lastKindergartenId).toBeNull();
        break;
      }
      after = page.lastKindergartenId;
    }
    expect(sizes).toEqual([4, 2]);
    expect(new Set(seen).size).toBe(6);
    expect(await listActiveFilingIds(db, { afterKindergartenId: "~", limit: 4 })).toEqual({ filingIds: [], lastKindergartenId: null });
  });
});

describe("previewChange", () => {
  it("lists the kindergartens a lowered price would newly flag and a raised one would clear, writing nothing", async () => {
    const batchId = await draftBatch(NINGBO, [
      { grade: "class1", basePriceFen: 90_000 },
      { grade: "class2", basePriceFen: 90_000 },
    ]);
    const tables = ["rule_results", "inspection_cases", "case_events", "outbox", "audit_log", "fee_filings"] as const;
    const before = await Promise.all(tables.map((name) => countRows(db, name)));
    const filingsBefore = await db.selectFrom("fee_filings").select(["id", "status", "evaluated_at"]).orderBy("id").execute();
    const resultsBefore = await db.selectFrom("rule_results").selectAll().orderBy("filing_id").orderBy("rule_id").orderBy("rule_version").execute();

    const preview = await previewChange({ db, rules, change: { kind: "guidance_batch", batchId }, batchSize: 2 });

    // Only Ningbo (3302…) kindergartens can be affected: Hangzhou is not walked.
    expect(preview.scope).toEqual({ regionCode: NINGBO });
    expect(preview.total).toBe(5);
    expect(preview.newlyFlagged.map((r) => r.kindergartenId)).toEqual([kg.lowered.id]);
    expect(preview.cleared.map((r) => r.kindergartenId)).toEqual([kg.raised.id]);
    // Still over, by less (cap 88,000 → 99,000): red both ways, but the flag says another amount over the cap.
    expect(preview.changed.map((r) => r.kindergartenId)).toEqual([kg.stillOver.id]);
    expect(preview.newlyFlagged[0]).toEqual({
      filingId: kg.lowered.filingId,
      kindergartenId: kg.lowered.id,
      kindergartenName: "预览幼儿园lowered",
      regionCode: HAISHU,
      regionName: "海曙区",
      before: [],
      after: [{ ruleId: "R03", version: R03_IN_FORCE, severity: "red", evidence: expect.any(String) }],
    });
    expect(preview.cleared[0]).toMatchObject({
      regionName: "江北区",
      before: [{ ruleId: "R03", version: R03_IN_FORCE, severity: "red" }],
      after: [],
    });

    expect(await Promise.all(tables.map((name) => countRows(db, name)))).toEqual(before);
    expect(await db.selectFrom("fee_filings").select(["id", "status", "evaluated_at"]).orderBy("id").execute()).toEqual(filingsBefore);
    expect(await db.selectFrom("rule_results").selectAll().orderBy("filing_id").orderBy("rule_id").orderBy("rule_version").execute()).toEqual(resultsBefore);
    const batch = await db.selectFrom("guidance_price_batches").select("status").where("id", "=", batchId).executeTakeFirstOrThrow();
    expect(batch.status).toBe("draft");
  });

  it("a cap that moves under a flag that stays red shows the flag as changed: its amount over the cap is another", async () => {
    // Ningbo's 中班 price 80,000 → 85,000: the cap 88,000 → 93,500. 预览幼儿园stillOver (120,000) stays over it, red,
    // by 26,500 instead of 32,000; 预览幼儿园raised (90,000, 江北区) is under it now.
    const batchId = await draftBatch(NINGBO, [{ grade: "class2", basePriceFen: 85_000 }]);
    const preview = await previewChange({ db, rules, change: { kind: "guidance_batch", batchId } });
    expect(preview.newlyFlagged).toEqual([]);
    expect(preview.cleared.map((r) => r.kindergartenId)).toEqual([kg.raised.id]);
    expect(preview.changed.map((r) => r.kindergartenId)).toEqual([kg.stillOver.id]);
    const [row] = preview.changed;
    expect(row.before).toEqual([{ ruleId: "R03", version: R03_IN_FORCE, severity: "red", evidence: expect.any(String) }]);
    expect(row.after).toEqual([{ ruleId: "R03", version: R03_IN_FORCE, severity: "red", evidence: expect.any(String), explanationChanged: true }]);
    expect(row.after[0].evidence).not.toBe(row.before[0].evidence);

    // The digest is what the flag says: the same filing evaluated again gives the same one (nothing order- or time-bound).
    const [first, again] = await Promise.all([
      computeEvaluations({ db, rules }, [kg.stillOver.filingId]),
      computeEvaluations({ db, rules }, [kg.stillOver.filingId]),
    ]);
    const r03 = (e: typeof first) => e[0].outcomes.find((o) => o.ruleId === "R03")!;
    expect(explanationDigest(r03(first))).toBe(explanationDigest(r03(again)));
    expect(explanationDigest(r03(first))).toBe(row.before[0].evidence);
  });

  it("a draft that changes nothing previews nothing", async () => {
    const batchId = await draftBatch(NINGBO, [{ grade: "class1", basePriceFen: 100_000 }]);
    const preview = await previewChange({ db, rules, change: { kind: "guidance_batch", batchId } });
    expect(preview).toMatchObject({ total: 5, newlyFlagged: [], cleared: [], changed: [] });
  });

  it("a district batch walks only that district", async () => {
    const batchId = await draftBatch(JIANGBEI, [{ grade: "class2", basePriceFen: 90_000 }]);
    expect(await changeScope(db, { kind: "guidance_batch", batchId })).toEqual({ regionCode: JIANGBEI });
    const preview = await previewChange({ db, rules, change: { kind: "guidance_batch", batchId } });
    expect(preview.total).toBe(1);
    expect(preview.cleared.map((r) => r.kindergartenId)).toEqual([kg.raised.id]);
  });

  it("an unknown draft is an error, not an empty preview", async () => {
    await expect(previewChange({ db, rules, change: { kind: "guidance_batch", batchId: "nope" } })).rejects.toThrow(/not found/);
  });
});

describe("classify", () => {
  const red = (ruleId: string, version = 1) => ({ ruleId, version, severity: "red" as const });
  const amber = (ruleId: string) => ({ ruleId, version: 1, severity: "amber" as const });
  it("newly flagged, cleared, changed, unchanged", () => {
    expect(classify([], [red("R03")])).toBe("newlyFlagged");
    expect(classify([red("R03")], [])).toBe("cleared");
    expect(classify([red("R03")], [red("R03"), amber("R04")])).toBe("changed");
    expect(classify([red("R04")], [amber("R04")])).toBe("changed");
    expect(classify([red("R03")], [red("R03")])).toBe("unchanged");
    expect(classify([], [])).toBe("unchanged");
  });
  it("a new version of the same rule at the same severity is not a change for the officer", () => {
    expect(sameFlags([red("R03", 1)], [red("R03", 2)])).toBe(true);
  });
  it("a flag at the same severity that says something else is a change; the same words in another order are not", () => {
    const says = (evidence: string, version = 1) => ({ ...red("R03", version), evidence });
    expect(classify([says("a")], [says("b")])).toBe("changed");
    expect(classify([says("a")], [says("a", 2)])).toBe("unchanged");
    const items = (...names: string[]) => ({
      details: { overCapItems: names.map((name) => ({ name, overCapFen: 1_000 })) },
      conditions: [],
      params: { toleranceFen: 0 },
    });
    expect(explanationDigest(items("保教费", "住宿费"))).toBe(explanationDigest(items("住宿费", "保教费")));
    expect(explanationDigest(items("保教费", "住宿费"))).not.toBe(explanationDigest(items("保教费", "保育费")));
    expect(explanationDigest({ ...items("保教费"), details: { overCapItems: [{ name: "保教费", overCapFen: 2_000 }] } })).not.toBe(
      explanationDigest(items("保教费")),
    );
  });
});
