/**
 * R15 MEAL_FUND_SURPLUS (appliesTo "meal_fund") on the real rule files: the
 * due date (the due day itself is in time, the next day late or missing), the
 * running surplus (exactly the limit passes, one fen more fires), the window,
 * regional params, and the months the rule covers (from 2025-06, 学前教育法).
 */
import { describe, expect, it } from "vitest";
import { createRegionalRuleEngine } from "~/rules/cache";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import { shiftMonth, mealFundDueDate } from "~/rules/facts/meal-fund/registry";
import type { MealFundFacts, MealFundMonthFact, RuleOutcome } from "~/rules/types";
import { realRuleSet } from "./fixtures";

const MONTH = "2026-10";
/** The default due date of MONTH: the 15th of the next month. */
const DUE = "2026-11-15";

interface Options {
  month?: string;
  evaluatedOn?: string;
  filedOn?: string | null;
  incomeFen?: number;
  spendingFen?: number;
  previousMonths?: MealFundMonthFact[];
  regionCode?: string;
}

function mealFacts(o: Options = {}): MealFundFacts {
  const spending = o.spendingFen ?? 980_000;
  return {
    kindergarten: { id: "kg", nature: "inclusive_private", regionCode: o.regionCode ?? "330203" },
    month: o.month ?? MONTH,
    evaluatedOn: o.evaluatedOn ?? DUE,
    account:
      o.filedOn === null
        ? null
        : {
            revision: 1,
            filedOn: o.filedOn ?? "2026-11-05",
            incomeFen: o.incomeFen ?? 1_000_000,
            // Split over two kinds: the rule adds the kinds up.
            spending: [
              { kind: "food", amountFen: spending - 30_000 },
              { kind: "fuel", amountFen: 30_000 },
            ],
            childCount: 120,
            mealDays: 21,
          },
    previousMonths: o.previousMonths ?? [],
  };
}

const engine = createRuleEngine(realRuleSet());
async function r15(facts: MealFundFacts, e: { evaluateMealFund(f: MealFundFacts): Promise<RuleOutcome[]> } = engine): Promise<RuleOutcome> {
  const found = (await e.evaluateMealFund(facts)).find((o) => o.ruleId === "R15");
  if (!found) throw new Error("R15 is not in force");
  return found;
}
const fired = (o: RuleOutcome) => o.conditions.filter((c) => c.result).map((c) => c.name);

describe("R15: the account is due by the 15th of the next month", () => {
  it("computes the due date from the month and the param", () => {
    expect(mealFundDueDate("2026-10", 15)).toBe("2026-11-15");
    expect(mealFundDueDate("2026-12", 15)).toBe("2027-01-15");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
  });

  it.each([
    ["on the due day", DUE, false, 0],
    ["one day after it", "2026-11-16", true, 1],
    ["well before it", "2026-11-01", false, 0],
  ])("filed %s → late: %s", async (_label, filedOn, late, daysLate) => {
    const o = await r15(mealFacts({ filedOn, evaluatedOn: "2026-11-20" }));
    expect(o.fired).toBe(late);
    expect(o.details.dueDate).toBe(DUE);
    expect(o.details.daysLate).toBe(daysLate);
    if (late) {
      expect(fired(o)).toEqual(["filedAfterDueDate"]);
      expect(o.severity).toBe("amber");
      expect(formatMessage(o, "zh")).toBe(`2026-10 的伙食费账目应于 ${DUE} 前公布，${filedOn} 才公布，逾期 ${daysLate} 天。`);
    }
  });

  it.each([
    ["on the due day", DUE, false],
    ["the day after it", "2026-11-16", true],
  ])("nothing filed, checked %s → missing: %s", async (_label, evaluatedOn, missing) => {
    const o = await r15(mealFacts({ filedOn: null, evaluatedOn }));
    expect(o.fired).toBe(missing);
    if (missing) {
      expect(fired(o)).toEqual(["missingAfterDueDate"]);
      expect(o.details.filedOn).toBeNull();
      expect(o.details.daysLate).toBe(1);
      expect(formatMessage(o, "zh")).toBe(`2026-10 的伙食费账目应于 ${DUE} 前公布，至核查日 ${evaluatedOn} 仍未公布，已逾期 1 天。`);
      expect(formatMessage(o, "en")).toBe(`The meal-fund account of 2026-10 was due by ${DUE} and is still not published on ${evaluatedOn} (days overdue: 1).`);
    }
  });

  it("a region may set another due day (an overlay); the 28th of a February", async () => {
    const regional = createRegionalRuleEngine(realRuleSet(), [{ regionCode: "330000", ruleId: "R15", params: { dueDayOfNextMonth: 28 } }]);
    const jan = (filedOn: string) => mealFacts({ month: "2027-01", filedOn, evaluatedOn: "2027-03-01" });
    expect((await r15(jan("2027-02-28"), regional)).fired).toBe(false);
    expect((await r15(jan("2027-03-01"), regional)).fired).toBe(true);
    // Another province keeps the default.
    expect((await r15({ ...jan("2027-02-16"), kindergarten: { id: "kg", nature: "public", regionCode: "510104" } }, regional)).fired).toBe(true);
  });
});

describe("R15: the running surplus stays within 5 % of the income", () => {
  // Six filed months (the default window), 1,000,000 fen each: 6,000,000 fen income, 5 % = 300,000 fen allowed.
  const previous = (spendingFen: number): MealFundMonthFact[] =>
    [1, 2, 3, 4, 5].map((n) => ({ month: shiftMonth(MONTH, -n), incomeFen: 1_000_000, spendingFen }));

  it.each([
    ["exactly at the limit", 950_000, 950_000, false],
    ["one fen above it", 950_000, 949_999, true],
    ["well below it (a deficit)", 1_020_000, 1_000_000, false],
  ])("%s → fires: %s", async (_label, previousSpending, thisSpending, fires) => {
    const o = await r15(mealFacts({ previousMonths: previous(previousSpending), spendingFen: thisSpending }));
    expect(o.fired).toBe(fires);
    const window = o.details.window as Record<string, unknown>;
    expect(window).toMatchObject({ months: 6, monthsFiled: 6, incomeFen: 6_000_000, allowedSurplusFen: 300_000, firstMonth: "2026-05", lastMonth: MONTH });
    expect(window.surplusFen).toBe(6_000_000 - 5 * previousSpending - thisSpending);
    if (fires) {
      expect(fired(o)).toEqual(["surplusAboveLimit"]);
      const message = formatMessage(o, "zh");
      expect(message).toContain("结余 3,000.01 元，占收入 5%，允许结余不超过收入的 5%（3,000.00 元）");
      // Filed in time: nothing is said about lateness ("逾期 0 天").
      expect(message).not.toMatch(/逾期|公布日期/);
      expect(message.startsWith("2026-10 伙食费收入 10,000.00 元")).toBe(true);
    }
  });

  it("adds up only the months of the window", async () => {
    // A huge surplus seven months back is outside a six-month window.
    const old: MealFundMonthFact = { month: shiftMonth(MONTH, -6), incomeFen: 1_000_000, spendingFen: 0 };
    const o = await r15(mealFacts({ previousMonths: [old], spendingFen: 1_000_000 }));
    expect(o.fired).toBe(false);
    expect(o.details.window).toMatchObject({ monthsFiled: 1, surplusFen: 0 });
    const wider = createRuleEngine(realRuleSet(), { params: { R15: { surplusWindowMonths: 7 } } });
    const w = await r15(mealFacts({ previousMonths: [old], spendingFen: 1_000_000 }), wider);
    expect(w.fired).toBe(true);
    expect(w.details.window).toMatchObject({ monthsFiled: 2, surplusFen: 1_000_000, surplusBp: 5000 });
  });

  it("a region's limit applies to its kindergartens (0 %: any surplus)", async () => {
    const regional = createRegionalRuleEngine(realRuleSet(), [{ regionCode: "330203", ruleId: "R15", params: { maxSurplusBp: 0 } }]);
    expect((await r15(mealFacts({ spendingFen: 1_000_000 }), regional)).fired).toBe(false);
    expect((await r15(mealFacts({ spendingFen: 999_999 }), regional)).fired).toBe(true);
    expect((await r15(mealFacts({ spendingFen: 999_999, regionCode: "330205" }), regional)).fired).toBe(false);
  });

  it("a month without an account is judged for lateness only; a month without income never for surplus", async () => {
    const missing = await r15(mealFacts({ filedOn: null, evaluatedOn: "2026-11-10", previousMonths: previous(0) }));
    expect(missing.fired).toBe(false);
    const empty = await r15(mealFacts({ incomeFen: 0, spendingFen: 30_000 }));
    expect(empty.fired).toBe(false);
  });
});

describe("R15: in force for the meal money of months from 2025-06 (学前教育法)", () => {
  it.each([
    ["2025-05", false],
    ["2025-06", true],
  ])("month %s → evaluated: %s", async (month, inForce) => {
    const outcomes = await engine.evaluateMealFund(mealFacts({ month, filedOn: null, evaluatedOn: "2026-01-01" }));
    expect(outcomes.some((o) => o.ruleId === "R15")).toBe(inForce);
    if (inForce) {
      const o = outcomes.find((x) => x.ruleId === "R15")!;
      expect(o.fired).toBe(true);
      expect(o.legalBasis.map((b) => `${b.document}${b.article}`)).toEqual([
        "《中华人民共和国学前教育法》第六十九条第一款（伙食费专款专用）",
        "《中华人民共和国学前教育法》第七十九条第（九）项（克扣、挪用学前儿童伙食费）",
      ]);
    }
  });

  it("every default is marked as policy with its source", () => {
    const def = realRuleSet().find((d) => d.id === "R15")!;
    for (const name of ["dueDayOfNextMonth", "surplusWindowMonths", "maxSurplusBp"]) {
      expect(def.params[name].policy?.source.zh, name).toBeTruthy();
    }
  });

  it("refuses a malformed month", async () => {
    await expect(engine.evaluateMealFund(mealFacts({ month: "2026-13" }))).rejects.toThrow(/month/);
  });
});
