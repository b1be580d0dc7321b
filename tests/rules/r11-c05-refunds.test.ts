/**
 * R11 (filed refund rules against the local table) and C05 (a refund
 * complaint computed) on the real rule files, at every tier boundary and one
 * step beyond, in months whose legal working days the holidays change
 * (October with 国庆 and its 调休 Saturday, February with 春节), at the dates
 * where the versions and their legal basis change, in regions with and
 * without their own table.
 */
import { describe, expect, it } from "vitest";
import { createRegionalRuleEngine } from "~/rules/cache";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import {
  parseRefundTable,
  refundShare,
  schemeTokens,
  type RefundSchedule,
  type RefundScheme,
} from "~/rules/facts/refund-schemes";
import { REFUND_TABLE_OVERLAYS } from "~/rules/refund-overlays";
import type { ComplaintFacts, RefundClaimFact, RuleOutcome } from "~/rules/types";
import { legalWorkingDaysInMonth } from "~/utils/working-days";
import { agency, filing, item, monthsOf, NATIONAL_FLOOR_REFUNDS, outcomeOf, realRuleSet } from "./fixtures";

const GUANGZHOU = "440106";
const TAIAN = "370902";
const NINGBO = "330203";
const regional = createRegionalRuleEngine(realRuleSet(), REFUND_TABLE_OVERLAYS);
const tableOf = (regionCode: string) => REFUND_TABLE_OVERLAYS.find((o) => regionCode.startsWith(o.regionCode.slice(0, 4)))!.params.refundTable as Record<string, string[]>;
const scheduleOf = (table: Record<string, string[]>): RefundSchedule => {
  const parsed = parseRefundTable(table);
  if (!("schedule" in parsed)) throw new Error(parsed.problem.en);
  return parsed.schedule;
};
const withCare = (schedule: RefundSchedule, scheme: RefundScheme): RefundSchedule =>
  schedule.map((e) => (e.feeKind === "care_education" ? { ...e, scheme } : e));
const tiers = (...tokens: string[]) => scheduleOf({ "care_education.absence": tokens })[0].scheme;
const percent = (s: { num: number; den: number }) => (s.num * 100) / s.den;

describe("the official calendar: legal working days of holiday months", () => {
  it.each([
    // October 2026: 22 weekdays, 国庆 10-01…10-07 takes 5, the Saturday 10-10 is worked.
    ["2026-10", 18],
    // September 2026: 中秋 Friday 09-25 off, Sunday 09-20 worked.
    ["2026-09", 22],
    // February 2026: 20 weekdays, 春节 takes 6, the Saturdays 02-14 and 02-28 are worked.
    ["2026-02", 16],
    ["2025-10", 18],
    ["2025-11", 20],
  ])("%s has %i", (month, days) => {
    expect(legalWorkingDaysInMonth(month)).toEqual({ workingDays: days, calendarComplete: true });
  });
});

describe("refund shares: the tiers at and one step beyond each bound", () => {
  const gz = scheduleOf(tableOf(GUANGZHOU))[0].scheme;
  it.each([
    // October 2026, 18 working days: half is 9.
    [4, 18, 80],
    [5, 18, 50],
    [9, 18, 50],
    [10, 18, 0],
    // February 2026, 16 working days: half is 8.
    [8, 16, 50],
    [9, 16, 0],
    // An odd month (23 working days): half is 11.5, so 11 is within and 12 is not.
    [11, 23, 50],
    [12, 23, 0],
  ])("Guangzhou: %i days attended of %i → %i %%", (attended, wd, pct) => {
    expect(percent(refundShare(gz, attended, wd))).toBe(pct);
  });

  it("Tai'an: absent every working day 30 %, one day attended 15 %, beyond half nothing", () => {
    const ta = scheduleOf(tableOf(TAIAN))[0].scheme;
    expect(percent(refundShare(ta, 0, 18))).toBe(30);
    expect(percent(refundShare(ta, 1, 18))).toBe(15);
    expect(percent(refundShare(ta, 9, 18))).toBe(15);
    expect(percent(refundShare(ta, 10, 18))).toBe(0);
  });

  it("per_30_days refunds a month with no attendance only; per_day the days not attended, exactly", () => {
    expect(percent(refundShare({ method: "per_30_days" }, 0, 16))).toBe(100);
    expect(percent(refundShare({ method: "per_30_days" }, 1, 16))).toBe(0);
    expect(refundShare({ method: "per_day" }, 6, 16)).toEqual({ num: 10, den: 16 });
    expect(refundShare({ method: "per_day" }, 40, 16)).toEqual({ num: 0, den: 16 });
  });

  it("the param text reads back to the same tokens, and a bad table is refused with the entry named", () => {
    for (const [key, tokens] of Object.entries(tableOf(GUANGZHOU))) {
      expect(schemeTokens(scheduleOf({ [key]: tokens })[0].scheme)).toEqual(tokens);
    }
    expect(parseRefundTable({ "care.absence": ["per_day"] })).toMatchObject({ problem: { en: expect.stringContaining('"care.absence"'), zh: expect.stringContaining("“care.absence”不是") } });
    expect(parseRefundTable({ "meals.absence": ["attended<=40:80"] })).toMatchObject({ problem: { en: expect.stringContaining("days must be 0–31"), zh: expect.stringContaining("天数须为 0–31") } });
    expect(parseRefundTable({ "meals.absence": ["attended<=4:101"] })).toMatchObject({ problem: { en: expect.stringContaining("refund must be 0–100"), zh: expect.stringContaining("退费比例须为 0%–100%") } });
    expect(parseRefundTable({ "meals.absence": ["sometimes"] })).toMatchObject({ problem: { en: expect.stringContaining("sometimes"), zh: expect.stringContaining("“sometimes”既不是") } });
    const seven = Array.from({ length: 7 }, (_, i) => `attended<=${i}:50`);
    expect(parseRefundTable({ "meals.absence": seven })).toMatchObject({ problem: { en: expect.stringContaining("1–6 tiers"), zh: expect.stringContaining("档位须为 1–6 个") } });
  });
});

describe("R11: filed refund rules against the local table", () => {
  const gzSchedule = scheduleOf(tableOf(GUANGZHOU));
  const gzFiling = (schedule: RefundSchedule | null, months: string[]) =>
    filing("forprofit_private", {
      effectiveFrom: "2026-09-01",
      filing: { term: "2026-autumn", publishedOn: "2026-06-01" } as never,
      kindergarten: { regionCode: GUANGZHOU },
      refundSchedule: schedule,
      termMonths: monthsOf(...months),
      items: [item(), agency()],
    });

  it("quiet when the filed rules equal the local table", async () => {
    const o = await outcomeOf("R11", gzFiling(gzSchedule, ["2026-09", "2026-10", "2027-02"]), regional);
    expect(o.fired).toBe(false);
  });

  it("a tier bound one day short (≤3 days for 80 %) is found at 4 days attended, amber, with the numbers", async () => {
    const o = await outcomeOf("R11", gzFiling(withCare(gzSchedule, tiers("attended<=3:80", "attended<=50%:50")), ["2026-10"]), regional);
    expect([o.fired, o.severity]).toEqual([true, "amber"]);
    expect(o.details.worst).toMatchObject({ month: "2026-10", workingDays: 18, daysAttended: 4, filedBp: 5000, provincialBp: 8000, shortBp: 3000 });
    const zh = formatMessage(o, "zh");
    expect(zh).toContain("出勤 4 天");
    expect(zh).toContain("80.00%");
    expect(`${zh}${formatMessage(o, "en")}`).not.toMatch(/[{}]/);
  });

  it("a half-month bound in fixed days: ≤8 days is enough in February 2026 (16 days), short in October 2026 (18)", async () => {
    const fixedEight = withCare(gzSchedule, tiers("attended<=4:80", "attended<=8:50"));
    expect((await outcomeOf("R11", gzFiling(fixedEight, ["2026-02"]), regional)).fired).toBe(false);
    const october = await outcomeOf("R11", gzFiling(fixedEight, ["2026-02", "2026-10"]), regional);
    expect(october.fired).toBe(true);
    expect(october.details.worst).toMatchObject({ month: "2026-10", daysAttended: 9, filedBp: 0, provincialBp: 5000 });
  });

  it("meals: none instead of per day is short from one day attended", async () => {
    const noMeals = gzSchedule.map((e) => (e.feeKind === "meals" ? { ...e, scheme: { method: "none" as const } } : e));
    const o = await outcomeOf("R11", gzFiling(noMeals, ["2026-10"]), regional);
    expect((o.details.shortfalls as { feeKind: string }[]).map((r) => r.feeKind)).toEqual(["meals", "meals"]);
    expect(o.details.worst).toMatchObject({ daysAttended: 0, filedBp: 0, provincialBp: 10000 });
  });

  it("a fee the filing does not charge (boarding) is not compared", async () => {
    const noBoarding = gzSchedule.filter((e) => e.feeKind !== "boarding");
    expect((await outcomeOf("R11", gzFiling(noBoarding, ["2026-10"]), regional)).fired).toBe(false);
    const boarding = await outcomeOf(
      "R11",
      filing("forprofit_private", { kindergarten: { regionCode: GUANGZHOU }, refundSchedule: noBoarding, items: [item(), item({ code: "BOARD", category: "boarding", name: "住宿费" })] }),
      regional,
    );
    expect((boarding.details.shortfalls as { feeKind: string }[]).map((r) => r.feeKind)).toEqual(["boarding", "boarding"]);
  });

  it("a region with its own table: Tai'an's 30 % for a month absent passes there, and is short where the national default applies", async () => {
    const taianRules = scheduleOf(tableOf(TAIAN));
    const at = (regionCode: string) => filing("forprofit_private", { kindergarten: { regionCode }, refundSchedule: taianRules });
    expect((await outcomeOf("R11", at(TAIAN), regional)).fired).toBe(false);
    const ningbo = await outcomeOf("R11", at(NINGBO), regional);
    expect([ningbo.fired, ningbo.severity]).toEqual([true, "amber"]);
    expect(ningbo.details.worst).toMatchObject({ daysAttended: 0, filedBp: 3000, provincialBp: 10000 });
    // The national floor meets the national default.
    expect((await outcomeOf("R11", filing("forprofit_private", { refundSchedule: NATIONAL_FLOOR_REFUNDS }))).fired).toBe(false);
  });

  it("no refund rules filed as data: a notice (info), not a flag for a case", async () => {
    for (const none of [null, []]) {
      const o = await outcomeOf("R11", filing("forprofit_private", { refundSchedule: none }));
      expect([o.fired, o.severity]).toEqual([true, "info"]);
      expect(formatMessage(o, "zh")).toContain("未随收费标准按收费项目备案退费办法");
    }
  });

  it("versions by date: 2011 办法 Art. 15 up to 2025-05-31; from 2025-06-01 also 学前教育法 Art. 69 ¶2, local texts only with their regions", async () => {
    const before = await outcomeOf("R11", filing("forprofit_private", { effectiveFrom: "2025-05-31", refundSchedule: null }));
    expect(before.version).toBe(1);
    expect(before.legalBasis.map((b) => b.document)).toEqual(["《幼儿园收费管理暂行办法》（发改价格〔2011〕3207号）"]);
    const from = await outcomeOf("R11", filing("forprofit_private", { effectiveFrom: "2025-06-01", refundSchedule: null }));
    expect(from.version).toBe(2);
    expect(from.legalBasis.map((b) => `${b.document}${b.article ?? ""}`)).toContain("《中华人民共和国学前教育法》第六十九条第二款（退费办法向家长公示）");
    expect(from.legalBasis.filter((b) => !b.regions).map((b) => b.document)).toHaveLength(2);
    // The local texts are in the version's basis, each scoped to its region; a kindergarten elsewhere is not shown them.
    const v2 = realRuleSet().find((d) => d.id === "R11" && d.version === 2)!;
    expect(v2.legalBasis.filter((b) => b.regions).map((b) => b.regions)).toEqual([["4401"], ["3401"], ["3709"]]);
    expect(from.legalBasis.filter((b) => b.regions)).toEqual([]);
    // The first day the 2011 measures are in force, and the day before.
    expect((await outcomeOf("R11", filing("forprofit_private", { effectiveFrom: "2011-12-31", refundSchedule: null }))).version).toBe(1);
    expect((await createRuleEngine(realRuleSet()).evaluateFiling(filing("forprofit_private", { effectiveFrom: "2011-12-30" }))).map((o) => o.ruleId)).not.toContain("R11");
  });
});

describe("C05: a refund complaint computed", () => {
  const gzSchedule = scheduleOf(tableOf(GUANGZHOU));
  const claim = (over: Partial<RefundClaimFact> = {}): RefundClaimFact => {
    const month = over.month ?? "2026-10";
    return { month, workingDays: legalWorkingDaysInMonth(month).workingDays, feeKind: "care_education", case: "absence", daysAttended: 4, paidFen: 100_000, refundedFen: 80_000, ...over };
  };
  const facts = (claims: RefundClaimFact[], options: { schedule?: RefundSchedule | null; receivedOn?: string; regionCode?: string } = {}): ComplaintFacts => ({
    kindergarten: { id: "kg", approvedName: "广州市某某幼儿园", nature: "forprofit_private", regionCode: options.regionCode ?? GUANGZHOU },
    complaint: {
      id: "c1",
      track: "complaint",
      kind: "refund",
      receivedOn: options.receivedOn ?? "2026-11-30",
      paidOn: "2026-09-01",
      learnedOn: "2026-11-05",
      accountPaidInto: null,
      items: [],
      refundClaims: claims,
    },
    comparedOn: "2026-09-01",
    schedule: {
      filingId: "f1",
      term: "2026-autumn",
      version: 1,
      effectiveFrom: "2026-09-01",
      items: [item(), agency()],
      refundSchedule: options.schedule === undefined ? gzSchedule : options.schedule,
    },
    account: null,
    prohibitedKeywords: [],
    provincialRefundTable: realRuleSet().find((d) => d.id === "R11")!.params.refundTable.default as Record<string, string[]>,
    relatedComplaints: [],
  });
  const engine = createRuleEngine(realRuleSet());
  const c05 = async (f: ComplaintFacts): Promise<RuleOutcome> => (await engine.evaluateComplaint(f)).find((o) => o.ruleId === "C05")!;
  const months = (o: RuleOutcome) => o.details.months as { expectedFen: number; shortfallFen: number; status: string; rulesFrom: string; workingDays: number }[];

  it.each([
    // October 2026 (18 working days), 4 days attended: 80 % of 1000.00 = 800.00 due.
    ["refunded in full", 80_000, false, "info"],
    ["1.00 yuan short: within the tolerance", 79_900, false, "info"],
    ["1.01 yuan short", 79_899, true, "amber"],
    ["nothing refunded", 0, true, "red"],
  ])("%s", async (_label, refundedFen, short, severity) => {
    const o = await c05(facts([claim({ refundedFen })]));
    expect([o.fired, o.severity]).toEqual([true, severity]);
    expect(months(o)[0]).toMatchObject({ expectedFen: 80_000, shortfallFen: 80_000 - refundedFen, rulesFrom: "filed", workingDays: 18 });
    expect(months(o)[0].status !== "ok").toBe(short);
    const zh = formatMessage(o, "zh");
    expect(zh).toContain("应退 800.00 元");
    expect(zh).toContain(`实退 ${(refundedFen / 100).toFixed(2)} 元`);
    expect(`${zh}${formatMessage(o, "en")}`).not.toMatch(/[{}]/);
  });

  it("across the half-month bound of a holiday month: 9 of 18 days → 50 %, 10 → nothing due", async () => {
    const o = await c05(facts([claim({ daysAttended: 9, refundedFen: 0 }), claim({ month: "2026-11", workingDays: 21, daysAttended: 10, refundedFen: 0 })]));
    expect(months(o).map((m) => m.expectedFen)).toEqual([50_000, 50_000]);
    const ten = await c05(facts([claim({ daysAttended: 10, refundedFen: 0 })]));
    expect([ten.severity, months(ten)[0].expectedFen]).toEqual(["info", 0]);
  });

  it("meals per day not eaten in February 2026 (春节: 16 working days)", async () => {
    const o = await c05(facts([claim({ month: "2026-02", feeKind: "meals", daysAttended: 6, paidFen: 32_000, refundedFen: 10_000 })]));
    expect(months(o)[0]).toMatchObject({ workingDays: 16, expectedFen: 20_000, shortfallFen: 10_000, status: "short" });
    expect(o.severity).toBe("amber");
  });

  it("no refund rules filed: the local table (national default here) is used and said so", async () => {
    const o = await c05(facts([claim({ daysAttended: 0, refundedFen: 0 })], { schedule: null }));
    expect(months(o)[0]).toMatchObject({ rulesFrom: "provincial", expectedFen: 100_000, status: "refused" });
    expect(formatMessage(o, "zh")).toContain("本地退费规定");
  });

  it("no months given: amber, an officer checks", async () => {
    const o = await c05(facts([]));
    expect([o.fired, o.severity]).toEqual([true, "amber"]);
    expect(formatMessage(o, "zh")).toContain("请工作人员核实");
  });

  it("versions by the day of receipt: without 学前教育法 before 2025-06-01, with it from that day", async () => {
    const before = await c05(facts([claim()], { receivedOn: "2025-05-31" }));
    expect(before.version).toBe(2);
    expect(before.legalBasis.map((b) => b.document).join()).not.toContain("学前教育法");
    const from = await c05(facts([claim()], { receivedOn: "2025-06-01" }));
    expect(from.version).toBe(3);
    expect(from.legalBasis.map((b) => b.document).join()).toContain("学前教育法");
  });
});
