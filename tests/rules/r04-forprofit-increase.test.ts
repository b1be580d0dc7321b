import { describe, expect, it } from "vitest";
import { createRuleEngine } from "~/rules/engine";
import type { FilingFacts, Nature, RuleOutcome, Severity } from "~/rules/types";
import { filing, item, realRuleSet } from "./fixtures";

const engine = createRuleEngine(realRuleSet());

async function r04(facts: FilingFacts, e = engine): Promise<RuleOutcome> {
  const outcome = (await e.evaluateFiling(facts)).find((o) => o.ruleId === "R04");
  if (!outcome) throw new Error("R04 produced no outcome");
  return outcome;
}

const change = (oldFen: number, newFen: number, nature: Nature = "forprofit_private") =>
  filing(nature, { items: [item({ amountFen: newFen })], previousItems: [item({ amountFen: oldFen })] });

describe("R04 for-profit increase size", () => {
  const cases: { title: string; oldFen: number; newFen: number; severity: Severity | null; increaseBp: number }[] = [
    { title: "9.99 % does not fire", oldFen: 100_000, newFen: 109_990, severity: null, increaseBp: 999 },
    { title: "9.999 % (one fen short of 10 %) does not fire", oldFen: 100_000, newFen: 109_999, severity: null, increaseBp: 999 },
    { title: "exactly 10 % is amber", oldFen: 100_000, newFen: 110_000, severity: "amber", increaseBp: 1000 },
    { title: "19.999 % is amber", oldFen: 100_000, newFen: 119_999, severity: "amber", increaseBp: 1999 },
    { title: "exactly 20 % is red", oldFen: 100_000, newFen: 120_000, severity: "red", increaseBp: 2000 },
    { title: "a decrease does not fire", oldFen: 100_000, newFen: 90_000, severity: null, increaseBp: -1000 },
    { title: "no change does not fire", oldFen: 100_000, newFen: 100_000, severity: null, increaseBp: 0 },
    // 77/70 = 1.1 and 36,667/33,333 ≈ 1.10002: integer comparison, no float rounding at the boundary.
    { title: "exactly 10 % on awkward amounts (70 → 77) is amber", oldFen: 70, newFen: 77, severity: "amber", increaseBp: 1000 },
    { title: "33,333 → 36,666 (just under 10 %) does not fire", oldFen: 33_333, newFen: 36_666, severity: null, increaseBp: 999 },
    { title: "33,333 → 36,667 (just over 10 %) is amber", oldFen: 33_333, newFen: 36_667, severity: "amber", increaseBp: 1000 },
    { title: "exactly 20 % on awkward amounts (35 → 42) is red", oldFen: 35, newFen: 42, severity: "red", increaseBp: 2000 },
  ];

  it.each(cases)("$title", async ({ oldFen, newFen, severity, increaseBp }) => {
    const outcome = await r04(change(oldFen, newFen));
    expect(outcome.fired).toBe(severity !== null);
    expect(outcome.severity).toBe(severity);
    expect(outcome.details.maxIncreaseBp).toBe(increaseBp);
  });

  it("fires exactly when new × 10000 ≥ old × (10000 + threshold), for many amounts", async () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let i = 0; i < 300; i++) {
      const oldFen = 1 + rand(500_000);
      const target = oldFen + Math.floor((oldFen * (900 + rand(1200))) / 10_000);
      const newFen = target + rand(3) - 1;
      const outcome = await r04(change(oldFen, newFen));
      const n = BigInt(newFen) * 10_000n;
      const expected: Severity | null =
        n >= BigInt(oldFen) * 12_000n ? "red" : n >= BigInt(oldFen) * 11_000n ? "amber" : null;
      expect({ oldFen, newFen, severity: outcome.severity }).toEqual({ oldFen, newFen, severity: expected });
    }
  });

  it("does not fire on a first filing", async () => {
    const outcome = await r04(filing("forprofit_private", { items: [item({ amountFen: 500_000 })], previousItems: null }));
    expect(outcome.fired).toBe(false);
    expect(outcome.severity).toBeNull();
    expect(outcome.conditions.find((c) => c.name === "hasPreviousFiling")).toMatchObject({ factResult: false, result: false });
    expect(outcome.details.maxIncreaseBp).toBeNull();
  });

  it.each(["nonprofit_private", "inclusive_private", "public"] as const)("is not applicable to %s kindergartens", async (nature) => {
    const outcome = await r04(change(100_000, 150_000, nature));
    expect(outcome.fired).toBe(false);
    expect(outcome.conditions.find((c) => c.name === "forProfit")).toMatchObject({ factResult: nature, result: false });
  });

  it("lists the items at or above the amber threshold with old, new and the increase", async () => {
    const outcome = await r04(
      filing("forprofit_private", {
        items: [
          item({ code: "CE", amountFen: 115_000 }),
          item({ code: "CE", ageBand: "large", amountFen: 101_000 }),
          item({ code: "BOARD", category: "boarding", ageBand: "all", amountFen: 30_000 }),
          item({ code: "NEW", category: "service", ageBand: "all", amountFen: 5_000 }),
        ],
        previousItems: [
          item({ code: "CE", amountFen: 100_000 }),
          item({ code: "CE", ageBand: "large", amountFen: 100_000 }),
          item({ code: "BOARD", category: "boarding", ageBand: "all", amountFen: 24_000 }),
        ],
      }),
    );
    expect(outcome.fired).toBe(true);
    expect(outcome.severity).toBe("red"); // BOARD +25 %
    expect(outcome.details.maxIncreaseBp).toBe(2500);
    expect(outcome.details.increasedItems).toEqual([
      expect.objectContaining({ code: "CE", ageBand: "small", oldFen: 100_000, newFen: 115_000, increaseBp: 1500, increasePercent: "15.00" }),
      expect.objectContaining({ code: "BOARD", oldFen: 24_000, newFen: 30_000, increaseFen: 6_000, increaseBp: 2500, increasePercent: "25.00" }),
    ]);
  });

  it("does not compare items whose billing unit changed, and lists them", async () => {
    const outcome = await r04(
      filing("forprofit_private", {
        items: [item({ unit: "semester", amountFen: 500_000 })],
        previousItems: [item({ unit: "month", amountFen: 100_000 })],
      }),
    );
    expect(outcome.fired).toBe(false);
    expect(outcome.details.unitChangedItems).toEqual([
      expect.objectContaining({ code: "CARE_EDU", oldUnit: "month", newUnit: "semester", oldFen: 100_000, newFen: 500_000 }),
    ]);
  });

  it("explains the fire with fact value, thresholds and legal basis", async () => {
    const outcome = await r04(change(100_000, 112_345));
    expect(outcome.severity).toBe("amber");
    expect(outcome.conditions).toEqual([
      { name: "forProfit", fact: "kindergartenNature", factResult: "forprofit_private", operator: "equal", value: "forprofit_private", result: true },
      { name: "hasPreviousFiling", fact: "hasPreviousFiling", factResult: true, operator: "equal", value: true, result: true },
      { name: "increaseAtOrAboveAmber", fact: "feeIncreaseMaxBp", factResult: 1234, operator: "atLeast", value: 1000, result: true, param: "amberBp" },
      { name: "increaseAtOrAboveRed", fact: "feeIncreaseMaxBp", factResult: 1234, operator: "atLeast", value: 2000, result: false, param: "redBp" },
    ]);
    expect(outcome.params).toEqual({ amberBp: 1000, redBp: 2000 });
    // 2025-09-01: the Preschool Education Law's version (1644号 is cited only from 2026-01-01).
    expect(outcome.version).toBe(3);
    expect(outcome.legalBasis.map((l) => l.document).join("\n")).toMatch(/教基〔2023〕4号[\s\S]*学前教育法/);
    expect(outcome.legalBasis.map((l) => l.document).join("\n")).not.toMatch(/1644号/);
    expect(outcome.legalBasis).toContainEqual({ document: "《中华人民共和国学前教育法》", article: "第六十八条第二款" });
    expect(outcome.title).toEqual({ zh: "营利性民办园调价幅度过大", en: "Excessive fee increase at a for-profit kindergarten" });
  });

  it("uses configured thresholds (a province's policy)", async () => {
    const strict = createRuleEngine(realRuleSet(), { params: { R04: { amberBp: 500, redBp: 1000 } } });
    const outcome = await r04(change(100_000, 110_000), strict);
    expect(outcome.severity).toBe("red");
    expect(outcome.params).toEqual({ amberBp: 500, redBp: 1000 });
    const lenient = createRuleEngine(realRuleSet(), { params: { R04: { amberBp: 1500 } } });
    expect((await r04(change(100_000, 110_000), lenient)).fired).toBe(false);
  });

  describe("the version and basis by effective date", () => {
    const at = (effectiveFrom: string, oldFen = 100_000, newFen = 110_000) =>
      r04(filing("forprofit_private", { effectiveFrom, items: [item({ amountFen: newFen })], previousItems: [item({ amountFen: oldFen })] }));
    it.each([
      { effectiveFrom: "2023-07-25", version: null, law: false, notice: false },
      { effectiveFrom: "2023-07-26", version: 2, law: false, notice: false },
      { effectiveFrom: "2025-05-31", version: 2, law: false, notice: false },
      { effectiveFrom: "2025-06-01", version: 3, law: true, notice: false },
      { effectiveFrom: "2025-12-31", version: 3, law: true, notice: false },
      { effectiveFrom: "2026-01-01", version: 5, law: true, notice: true },
    ])("$effectiveFrom: version $version", async ({ effectiveFrom, version, law, notice }) => {
      if (version === null) {
        await expect(at(effectiveFrom)).rejects.toThrow(/R04 produced no outcome/);
        return;
      }
      // The thresholds hold in every version: 9.999 % no, 10 % amber, 20 % red.
      expect((await at(effectiveFrom, 100_000, 109_999)).fired).toBe(false);
      const amber = await at(effectiveFrom);
      expect(amber).toMatchObject({ version, severity: "amber" });
      expect((await at(effectiveFrom, 100_000, 120_000)).severity).toBe("red");
      const docs = amber.legalBasis.map((b) => b.document);
      expect(docs[0]).toContain("教基〔2023〕4号");
      expect(docs.includes("《中华人民共和国学前教育法》")).toBe(law);
      expect(docs.some((d) => d.includes("1644号"))).toBe(notice);
    });
  });

  it("marks both thresholds as policy choices, in Chinese and English", () => {
    for (const def of realRuleSet().filter((d) => d.id === "R04" && d.version >= 2)) {
      for (const name of ["amberBp", "redBp"]) {
        expect(def.params[name].policy?.source.zh).toContain("未规定数值");
        expect(def.params[name].policy?.source.en).toContain("No text sets a number");
      }
    }
  });
});
