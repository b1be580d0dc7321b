/**
 * Refund rules as data, on a real database (SQLite; Postgres with
 * TEST_DB=pg): the form's schema (bounds, Chinese messages, nothing stored on
 * bad input), a filing's refund rules stored and read back into R11's facts
 * with its term's legal working days, the province's table as the form's
 * starting point, and a refund complaint's months taken in and computed by
 * C05 in a holiday month.
 */
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { triageComplaint } from "~/domain/complaints/complaint-triage.server";
import { buildFilingFacts } from "~/domain/filings/facts.server";
import { submitFiling } from "~/domain/filings/filing.service.server";
import { refundScheduleFields, refundScheduleInput } from "~/domain/filings/refund-rules.schema";
import { provincialRefundSchedule, termMonths } from "~/domain/filings/refund-rules.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { isMessageKey, translate } from "~/i18n";
import { formatMessage } from "~/rules/explain";
import { loadRuleSet } from "~/rules/load/read-files";
import { fileChronology } from "~/rules/load/rule-set";
import { REFUND_TABLE_OVERLAYS } from "~/rules/refund-overlays";
import { fileComplaint } from "../factories/complaints";
import { countRows, createKindergarten, createKindergartenWithOperator, filingForm, HAISHU, insertCareFeeFiling, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const rules = createRulesRuntime(loadRuleSet());
const NOW = new Date("2026-11-30T06:00:00Z");

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
});

afterAll(async () => {
  await t?.destroy();
});

const gzTiers = [
  { when: "attended_at_most", boundKind: "days", bound: "4", refundPercent: "80" },
  { when: "attended_at_most", boundKind: "share", bound: "50", refundPercent: "50" },
];

describe("the refund rules' form schema", () => {
  const errorsOf = (input: unknown) => {
    const r = refundScheduleInput.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  };

  it("reads tiers typed in a form (full-width digits too) into the rules' schedule", () => {
    const r = refundScheduleInput.parse([
      { feeKind: "care_education", case: "absence", method: "tiers", tiers: [{ ...gzTiers[0], bound: "４" }, gzTiers[1]] },
      { feeKind: "meals", case: "absence", method: "per_day" },
    ]);
    expect(r).toEqual([
      {
        feeKind: "care_education",
        case: "absence",
        scheme: {
          method: "tiers",
          tiers: [
            { when: "attended_at_most", days: 4, sharePercent: null, refundPercent: 80 },
            { when: "attended_at_most", days: null, sharePercent: 50, refundPercent: 50 },
          ],
        },
      },
      { feeKind: "meals", case: "absence", scheme: { method: "per_day" } },
    ]);
    expect(refundScheduleInput.parse(refundScheduleFields(r))).toEqual(r);
  });

  it.each([
    ["six tiers are allowed, seven are not", Array.from({ length: 7 }, () => gzTiers[0]), "refund.tiers.tooMany", Array.from({ length: 6 }, () => gzTiers[0])],
    ["31 days is a bound, 32 is not", [{ ...gzTiers[0], bound: "32" }], "refund.tier.bound.days", [{ ...gzTiers[0], bound: "31" }]],
    ["1 % of the working days is a bound, 0 % is not", [{ ...gzTiers[1], bound: "0" }], "refund.tier.bound.share", [{ ...gzTiers[1], bound: "1" }]],
    ["100 % is a refund, 101 % is not", [{ ...gzTiers[0], refundPercent: "101" }], "refund.tier.refundPercent.invalid", [{ ...gzTiers[0], refundPercent: "100" }]],
    ["a whole number, not a fraction", [{ ...gzTiers[0], bound: "4.5" }], "refund.tier.bound.invalid", [{ ...gzTiers[0], bound: "4" }]],
    ["tiers need at least one", [], "refund.tiers.required", [gzTiers[0]]],
    // A row with one of its two numbers left empty: conform sends no value for an empty field, so the row arrives without it.
    ["a tier's refund percent left empty", [{ when: "attended_at_most", boundKind: "days", bound: "5" }], "refund.tier.refundPercent.invalid", [gzTiers[0]]],
    ["a tier's bound left empty", [{ when: "attended_at_most", boundKind: "days", refundPercent: "80" }], "refund.tier.bound.invalid", [gzTiers[0]]],
  ])("%s", (_label, bad, key, good) => {
    const entry = (tiers: unknown[]) => [{ feeKind: "care_education", case: "absence", method: "tiers", tiers }];
    expect(errorsOf(entry(bad)).map((e) => e.message)).toContain(key);
    expect(isMessageKey(key)).toBe(true);
    expect(translate("zh-CN", key)).toMatch(/[\u4e00-\u9fff]/);
    expect(errorsOf(entry(good))).toEqual([]);
  });

  it("one entry per fee and case, and eight at most", () => {
    const twice = [
      { feeKind: "meals", case: "absence", method: "per_day" },
      { feeKind: "meals", case: "absence", method: "none" },
    ];
    expect(errorsOf(twice)).toEqual([{ path: "1.feeKind", message: "refund.entry.duplicate" }]);
    const nine = Array.from({ length: 9 }, () => ({ feeKind: "meals", case: "absence", method: "per_day" }));
    expect(errorsOf(nine).map((e) => e.message)).toContain("refund.entries.tooMany");
  });
});

describe("a filing's refund rules", () => {
  it("the term's months with their legal working days: autumn 2026 runs September to February, October and February shortened by the holidays", () => {
    expect(termMonths("2026-autumn")).toEqual([
      { month: "2026-09", workingDays: 22 },
      { month: "2026-10", workingDays: 18 },
      { month: "2026-11", workingDays: 21 },
      { month: "2026-12", workingDays: 23 },
      { month: "2027-01", workingDays: expect.any(Number) },
      { month: "2027-02", workingDays: expect.any(Number) },
    ]);
  });

  it("are stored with the filing and reach R11's facts; bad input stores nothing and names the field", async () => {
    const { kg, operator } = await createKindergartenWithOperator(t.db);
    const form = (refundSchedule: unknown) => ({
      ...filingForm([{ code: "CARE_EDU", amount: "1200", unit: "month", ageBand: "all" }], { term: "2027-spring", publishedOn: "2026-12-20" }),
      refundSchedule,
    });
    const before = await countRows(t.db, "fee_filings");
    const bad = await submitFiling({
      submissionKey: ulid(),
      db: t.db,
      actor: operator,
      kindergartenId: kg.id,
      input: form([{ feeKind: "care_education", case: "absence", method: "tiers", tiers: [{ ...gzTiers[0], bound: "40" }] }]),
      now: NOW,
    });
    expect(bad).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { "refundSchedule[0].tiers[0].bound": [{ key: "refund.tier.bound.days" }] } });
    expect(await countRows(t.db, "fee_filings")).toBe(before);

    const good = await submitFiling({
      submissionKey: ulid(),
      db: t.db,
      actor: operator,
      kindergartenId: kg.id,
      input: form([{ feeKind: "care_education", case: "absence", method: "tiers", tiers: gzTiers }]),
      now: NOW,
    });
    if (!good.ok) throw new Error(JSON.stringify(good));
    const facts = await buildFilingFacts(t.db, good.filingId);
    expect(facts?.refundSchedule).toEqual([
      {
        feeKind: "care_education",
        case: "absence",
        scheme: { method: "tiers", tiers: [{ when: "attended_at_most", days: 4, sharePercent: null, refundPercent: 80 }, { when: "attended_at_most", days: null, sharePercent: 50, refundPercent: 50 }] },
      },
    ]);
    expect(facts?.termMonths.map((m) => m.month)).toEqual(["2027-03", "2027-04", "2027-05", "2027-06", "2027-07", "2027-08"]);

    const withoutRules = await submitFiling({ submissionKey: ulid(), db: t.db, actor: operator, kindergartenId: kg.id, input: form(undefined), now: NOW });
    if (!withoutRules.ok) throw new Error(JSON.stringify(withoutRules));
    expect((await buildFilingFacts(t.db, withoutRules.filingId))?.refundSchedule).toBeNull();
  });

  it("the form starts from the region's table: Guangzhou's tiers there, the national default elsewhere", () => {
    const state = {
      activations: fileChronology(rules.library).map((d) => ({ ruleId: d.id, version: d.version, activeFrom: d.effectiveFrom, activeTo: d.effectiveTo })),
      overlays: REFUND_TABLE_OVERLAYS.map(({ regionCode, ruleId, params }) => ({ regionCode, ruleId, params })),
    };
    const care = (region: string) => provincialRefundSchedule(rules, state, region, "2026-12-01").find((e) => e.feeKind === "care_education" && e.case === "absence")?.scheme;
    expect(care("440106")).toEqual({ method: "tiers", tiers: [expect.objectContaining({ days: 4, refundPercent: 80 }), expect.objectContaining({ sharePercent: 50, refundPercent: 50 })] });
    expect(care(HAISHU)).toEqual({ method: "per_30_days" });
  });
});

describe("a refund complaint", () => {
  /** 保教费 1000 yuan a month, filed with Guangzhou-style tiers (≤4 days 80 %, ≤ half 50 %) from 2026-09-01. */
  async function guangzhouKindergarten(): Promise<string> {
    const kg = await createKindergarten(t.db, { region_code: HAISHU });
    const filingId = await insertCareFeeFiling(t.db, kg.id, 100_000, { version: 1, term: "2026-autumn", effectiveFrom: "2026-09-01", publishedOn: "2026-07-01" });
    const schedule = refundScheduleInput.parse([{ feeKind: "care_education", case: "absence", method: "tiers", tiers: gzTiers }]);
    await t.db.updateTable("fee_filings").set({ refund_schedule: JSON.stringify(schedule) }).where("id", "=", filingId).execute();
    return kg.id;
  }
  const october = (refunded: string) => ({ month: "2026-10", feeKind: "care_education", case: "absence", daysAttended: "4", paid: "1000", refunded });

  it("October 2026 (国庆: 18 working days), 4 days attended: 800 due; 700 refunded is short (amber) with the numbers", async () => {
    const kg = await guangzhouKindergarten();
    const { complaintId } = await fileComplaint(t.db, kg, { kind: "refund", items: [], paidOn: "2026-09-03", refundClaims: [october("700")] });
    const stored = await t.db.selectFrom("complaints").select("refund_claims").where("id", "=", complaintId).executeTakeFirstOrThrow();
    expect(JSON.parse(stored.refund_claims!)).toEqual([{ month: "2026-10", feeKind: "care_education", case: "absence", daysAttended: 4, paidFen: 100_000, refundedFen: 70_000 }]);
    await triageComplaint(t.db, rules, complaintId, NOW);
    const flag = await t.db.selectFrom("complaint_flags").select(["rule_id", "rule_version", "severity", "explanation"]).where("complaint_id", "=", complaintId).where("rule_id", "=", "C05").executeTakeFirstOrThrow();
    expect([flag.rule_version, flag.severity]).toEqual([3, "amber"]);
    const explanation = JSON.parse(flag.explanation) as { details: { months: unknown[] } };
    expect(explanation.details.months).toEqual([expect.objectContaining({ workingDays: 18, expectedFen: 80_000, shortfallFen: 10_000, rulesFrom: "filed", status: "short" })]);
  });

  it("nothing refunded is red; months are kept for a refund complaint only; a month to come is refused", async () => {
    const kg = await guangzhouKindergarten();
    const { complaintId } = await fileComplaint(t.db, kg, { kind: "refund", items: [], paidOn: "2026-09-03", refundClaims: [october("0")] });
    await triageComplaint(t.db, rules, complaintId, NOW);
    const flag = await t.db.selectFrom("complaint_flags").select(["severity"]).where("complaint_id", "=", complaintId).where("rule_id", "=", "C05").executeTakeFirstOrThrow();
    expect(flag.severity).toBe("red");

    const other = await fileComplaint(t.db, kg, { kind: "above_filed", refundClaims: [october("0")] });
    const kept = await t.db.selectFrom("complaints").select("refund_claims").where("id", "=", other.complaintId).executeTakeFirstOrThrow();
    expect(kept.refund_claims).toBeNull();

    await expect(fileComplaint(t.db, kg, { kind: "refund", items: [], refundClaims: [{ ...october("0"), month: "2026-12" }] })).rejects.toThrow(/refundClaims\[0\]\.month/);
    await expect(fileComplaint(t.db, kg, { kind: "refund", items: [], refundClaims: [october("1000.01")] })).rejects.toThrow(/complaint.refund.refunded.abovePaid/);
  });

  it("the explanation reads without placeholders in both languages", async () => {
    const kg = await guangzhouKindergarten();
    const { complaintId } = await fileComplaint(t.db, kg, { kind: "refund", items: [], paidOn: "2026-09-03", refundClaims: [october("700")] });
    const gathered = await triageComplaint(t.db, rules, complaintId, NOW);
    expect(gathered).not.toBeNull();
    const row = await t.db.selectFrom("complaint_flags").select("explanation").where("complaint_id", "=", complaintId).where("rule_id", "=", "C05").executeTakeFirstOrThrow();
    const details = (JSON.parse(row.explanation) as { details: Record<string, unknown> }).details;
    const words = formatMessage({ message: { zh: "{finding.zh}", en: "{finding.en}" }, params: {}, details }, "zh");
    expect(words).toContain("应退 800.00 元");
    expect(words).toContain("差额 100.00 元");
  });
});
