import { describe, expect, it } from "vitest";
import { createRuleEngine } from "~/rules/engine";
import type { FilingFacts, Nature, RuleOutcome } from "~/rules/types";
import { filing, guidance, item, realRuleSet } from "./fixtures";

const engine = createRuleEngine(realRuleSet());

async function r03(facts: FilingFacts, e = engine): Promise<RuleOutcome> {
  const outcome = (await e.evaluateFiling(facts)).find((o) => o.ruleId === "R03");
  if (!outcome) throw new Error("R03 produced no outcome");
  return outcome;
}

describe("R03 guided-price cap", () => {
  // base 1,000.00 yuan, float 10 % → cap 1,100.00 yuan = 110,000 fen.
  const cases: {
    title: string;
    nature: Nature;
    amountFen: number;
    base?: number;
    floatBp?: number;
    fired: boolean;
  }[] = [
    { title: "exactly at the cap does not fire", nature: "nonprofit_private", amountFen: 110_000, fired: false },
    { title: "one fen above the cap fires", nature: "nonprofit_private", amountFen: 110_001, fired: true },
    { title: "inclusive (普惠) kindergartens are covered", nature: "inclusive_private", amountFen: 110_001, fired: true },
    { title: "below the cap does not fire", nature: "inclusive_private", amountFen: 105_000, fired: false },
    { title: "not applicable to for-profit kindergartens", nature: "forprofit_private", amountFen: 200_000, fired: false },
    { title: "not applicable to public kindergartens", nature: "public", amountFen: 200_000, fired: false },
    // 12,345 × 1.1 = 13,579.5 fen: the cap is floored to 13,579, the largest whole-fen amount within it.
    { title: "fractional cap: floor is within", nature: "nonprofit_private", amountFen: 13_579, base: 12_345, fired: false },
    { title: "fractional cap: next fen is above", nature: "nonprofit_private", amountFen: 13_580, base: 12_345, fired: true },
    { title: "zero float: base itself is the cap", nature: "nonprofit_private", amountFen: 100_000, floatBp: 0, fired: false },
    { title: "zero float: one fen above base fires", nature: "nonprofit_private", amountFen: 100_001, floatBp: 0, fired: true },
  ];

  it.each(cases)("$title", async ({ nature, amountFen, base, floatBp, fired }) => {
    const outcome = await r03(
      filing(nature, {
        items: [item({ amountFen })],
        guidancePrices: [guidance({ basePriceFen: base ?? 100_000, maxFloatBp: floatBp ?? 1000 })],
      }),
    );
    expect(outcome.fired).toBe(fired);
    expect(outcome.severity).toBe(fired ? "red" : null);
  });

  it("lists the offending items with base, float, cap, amount and source document", async () => {
    const outcome = await r03(
      filing("nonprofit_private", {
        items: [
          item({ code: "CE_SMALL", amountFen: 110_001 }),
          item({ code: "CE_MIDDLE", ageBand: "middle", amountFen: 99_000 }),
          item({ code: "BOARD", category: "boarding", name: "住宿费", ageBand: "all", amountFen: 30_000 }),
        ],
        guidancePrices: [
          guidance(),
          guidance({ ageBand: "middle" }),
          guidance({ category: "boarding", ageBand: "all", basePriceFen: 25_000, maxFloatBp: 1500, sourceDocument: "住宿费文件" }),
        ],
      }),
    );
    expect(outcome.fired).toBe(true);
    // BOARD: cap = 25,000 × 1.15 = 28,750, amount 30,000 → 1,250 fen over.
    expect(outcome.details.maxOverCapFen).toBe(1_250);
    expect(outcome.details.overCapItems).toEqual([
      expect.objectContaining({
        code: "CE_SMALL",
        basePriceFen: 100_000,
        maxFloatBp: 1000,
        capFen: 110_000,
        amountFen: 110_001,
        overCapFen: 1,
        sourceDocument: "甬价费〔2013〕71号",
      }),
      expect.objectContaining({ code: "BOARD", capFen: 28_750, overCapFen: 1_250, sourceDocument: "住宿费文件" }),
    ]);
  });

  it("falls back to the guidance price for age band 'all'", async () => {
    const outcome = await r03(
      filing("nonprofit_private", {
        items: [item({ ageBand: "large", amountFen: 88_001 })],
        guidancePrices: [guidance({ ageBand: "all", basePriceFen: 80_000 }), guidance({ ageBand: "small", basePriceFen: 200_000 })],
      }),
    );
    expect(outcome.fired).toBe(true);
    expect(outcome.details.overCapItems).toEqual([
      expect.objectContaining({ ageBand: "large", guidanceAgeBand: "all", capFen: 88_000, overCapFen: 1 }),
    ]);
  });

  it("prefers the item's own age band over 'all'", async () => {
    const outcome = await r03(
      filing("nonprofit_private", {
        items: [item({ ageBand: "small", amountFen: 150_000 })],
        guidancePrices: [guidance({ ageBand: "all", basePriceFen: 50_000 }), guidance({ ageBand: "small", basePriceFen: 200_000 })],
      }),
    );
    expect(outcome.fired).toBe(false);
    expect(outcome.conditions.find((c) => c.name === "amountAboveCap")?.factResult).toBe(150_000 - 220_000);
  });

  it("does not fire when no item has a guidance price, and lists the uncovered items", async () => {
    const outcome = await r03(filing("nonprofit_private", { items: [item({ amountFen: 999_999 })], guidancePrices: [] }));
    expect(outcome.fired).toBe(false);
    expect(outcome.severity).toBeNull();
    expect(outcome.conditions.find((c) => c.name === "amountAboveCap")).toMatchObject({ factResult: null, result: false });
    expect(outcome.details.itemsWithoutGuidancePrice).toEqual([expect.objectContaining({ code: "CARE_EDU", amountFen: 999_999 })]);
  });

  it("checks nursery (托班) fees and ignores service and agency items", async () => {
    const facts = filing("inclusive_private", {
      items: [
        item({ code: "SERVICE", category: "service", name: "校车", amountFen: 900_000 }),
        item({ code: "NURSERY", category: "nursery", name: "保育费", ageBand: "nursery", amountFen: 120_000 }),
      ],
      guidancePrices: [guidance({ category: "service", ageBand: "small", basePriceFen: 1 }), guidance({ category: "nursery", ageBand: "nursery" })],
    });
    const outcome = await r03(facts);
    expect(outcome.fired).toBe(true);
    expect((outcome.details.overCapItems as { code: string }[]).map((i) => i.code)).toEqual(["NURSERY"]);
  });

  it("explains the fire with fact value, threshold and legal basis", async () => {
    const outcome = await r03(
      filing("nonprofit_private", { items: [item({ amountFen: 110_001 })], guidancePrices: [guidance()] }),
    );
    expect(outcome.conditions).toEqual([
      {
        name: "guidedPriceNature",
        fact: "kindergartenNature",
        factResult: "nonprofit_private",
        operator: "in",
        value: ["inclusive_private", "nonprofit_private"],
        result: true,
      },
      {
        name: "amountAboveCap",
        fact: "guidedPriceMonthlyMaxOverCapFen",
        factResult: 1,
        operator: "exceeds",
        value: 0,
        result: true,
        param: "toleranceFen",
      },
    ]);
    expect(outcome.params).toEqual({ toleranceFen: 0, monthsPerSemesterTenths: 50, dayRateDaysPerMonthHundredths: 2175 });
    expect(outcome.legalBasis).toEqual(
      expect.arrayContaining([
        { document: "《中华人民共和国学前教育法》", article: "第二十四条第三款" },
        { document: "《中华人民共和国价格法》", article: "第三十九条" },
        { document: "《价格违法行为行政处罚规定》", article: "第九条第（一）项" },
      ]),
    );
    expect(outcome.title.zh).toBe("普惠/非营利性民办园收费超过政府指导价上浮上限");
    expect(outcome.title.en).toBe("Fee above the guidance-price cap");
  });

  it("honours a configured tolerance (param override)", async () => {
    const tolerant = createRuleEngine(realRuleSet(), { params: { R03: { toleranceFen: 100 } } });
    const facts = (amountFen: number) =>
      filing("nonprofit_private", { items: [item({ amountFen })], guidancePrices: [guidance()] });
    expect((await r03(facts(110_100), tolerant)).fired).toBe(false);
    const fired = await r03(facts(110_101), tolerant);
    expect(fired.fired).toBe(true);
    expect(fired.conditions[1]).toMatchObject({ value: 100, param: "toleranceFen" });
    expect(fired.params).toMatchObject({ toleranceFen: 100 });
  });
});
