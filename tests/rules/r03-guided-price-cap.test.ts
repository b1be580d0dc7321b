import { describe, expect, it } from "vitest";
import { createRuleEngine, type RuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import type { FeeUnit, FilingFacts, Nature, RuleOutcome } from "~/rules/types";
import { filing, guidance, item, leaf, realEngine, realRuleSet } from "./fixtures";

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

describe("R03: amounts converted to the guidance price's unit (a month) before the cap", () => {
  // Cap: floor(100 000 × 1.1) = 110 000 fen a month.
  const at = (unit: FeeUnit, amountFen: number, engine?: RuleEngine) =>
    r03(filing("nonprofit_private", { items: [item({ unit, amountFen })], guidancePrices: [guidance()] }), engine);

  it.each([
    ["month", 110_000, false, 110_000, "× 1"],
    ["month", 110_001, true, 110_001, "× 1"],
    ["semester", 550_000, false, 110_000, "÷ 5"],
    ["semester", 550_001, true, 110_001, "÷ 5"],
    ["year", 1_100_000, false, 110_000, "÷ 10"],
    ["year", 1_100_001, true, 110_001, "÷ 10"],
  ] as const)("%s %i fen → fires %s (monthly %i, %s)", async (unit, amountFen, fires, monthlyAmountFen, conversion) => {
    const o = await at(unit, amountFen);
    expect(o.fired).toBe(fires);
    expect(leaf(o, "amountAboveCap").factResult).toBe(monthlyAmountFen - 110_000);
    const checks = (await at(unit, amountFen)).details;
    const row = { unit, amountFen, conversion, monthlyAmountFen, capFen: 110_000, overCapFen: monthlyAmountFen - 110_000 };
    if (fires) expect(checks.overCapItems).toEqual([expect.objectContaining(row)]);
    else expect(checks.overCapItems).toEqual([]);
  });

  it("a per-semester fee within a monthly cap no longer fires as if it were a monthly one", async () => {
    // 3 000 yuan a semester is 600 a month: far below the 1 100 cap, though 3 000 > 1 100.
    const o = await at("semester", 300_000);
    expect(o.fired).toBe(false);
    expect(leaf(o, "amountAboveCap").factResult).toBe(60_000 - 110_000);
  });

  it("a day rate counts 21.75 days a month, the monthly amount rounded up to the fen", async () => {
    const exact = (amountFen: number) =>
      r03(filing("nonprofit_private", { items: [item({ unit: "day", amountFen })], guidancePrices: [guidance({ basePriceFen: 87_000, maxFloatBp: 0 })] }));
    // 4 000 × 21.75 = 87 000: at the cap; 4 001 × 21.75 = 87 021.75 → 87 022.
    expect((await exact(4_000)).fired).toBe(false);
    const over = await exact(4_001);
    expect(over.fired).toBe(true);
    expect(over.details.overCapItems).toEqual([expect.objectContaining({ unit: "day", amountFen: 4_001, conversion: "× 21.75", monthlyAmountFen: 87_022, overCapFen: 22 })]);
  });

  it("a region counting a semester as 4.5 months: at and one fen beyond the converted cap", async () => {
    const hefeiLike = createRuleEngine(realRuleSet(), { params: { R03: { monthsPerSemesterTenths: 45 } } });
    expect((await at("semester", 495_000, hefeiLike)).fired).toBe(false);
    const over = await at("semester", 495_001, hefeiLike);
    expect(over.fired).toBe(true);
    expect(over.details.overCapItems).toEqual([expect.objectContaining({ conversion: "÷ 4.5", monthlyAmountFen: 110_001 })]);
    // A year is two semesters: 9 months here.
    expect((await at("year", 990_000, hefeiLike)).fired).toBe(false);
    expect((await at("year", 990_001, hefeiLike)).fired).toBe(true);
  });

  it("a one-off amount, and a day rate when day rates are not converted, are listed and not judged", async () => {
    const once = await at("once", 9_999_999);
    expect(once.fired).toBe(false);
    expect(once.details.itemsNotConverted).toEqual([expect.objectContaining({ unit: "once", amountFen: 9_999_999 })]);
    const noDays = createRuleEngine(realRuleSet(), { params: { R03: { dayRateDaysPerMonthHundredths: 0 } } });
    const day = await at("day", 999_999, noDays);
    expect(day.fired).toBe(false);
    expect(day.details.itemsNotConverted).toEqual([expect.objectContaining({ unit: "day" })]);
  });

  it("the conventions are params marked as policy, with their source", () => {
    const def = realRuleSet().find((d) => d.id === "R03" && d.effectiveTo === null)!;
    expect(def.params.monthsPerSemesterTenths).toMatchObject({ default: 50, policy: { source: { zh: expect.stringContaining("合肥") } } });
    expect(def.params.dayRateDaysPerMonthHundredths).toMatchObject({ default: 2175, policy: { source: { zh: expect.stringContaining("21.75") } } });
    expect(() => createRuleEngine(realRuleSet(), { params: { R03: { monthsPerSemesterTenths: 0 } } })).toThrow(/monthsPerSemesterTenths/);
  });

  it("the message speaks of the monthly amount", async () => {
    const o = await at("semester", 560_000);
    // 5 600 yuan a semester = 1 120 a month: 20 yuan above the 1 100 cap.
    expect(formatMessage(o, "zh")).toBe("1 项保教费/住宿费/保育费按月折算后超过政府指导价上浮上限（基准价 ×（1 + 最大上浮比例）），每月最多超出 20.00 元。");
  });
});

describe("R03: the version and basis in force on the filing's effective date", () => {
  const on = (effectiveFrom: string) =>
    realEngine()
      .evaluateFiling(filing("nonprofit_private", { effectiveFrom, items: [item({ unit: "semester", amountFen: 550_001 })], guidancePrices: [guidance()] }))
      .then((os) => os.find((o) => o.ruleId === "R03") ?? null);
  const text = (o: RuleOutcome) => o.legalBasis.map((b) => `${b.document}${b.article ?? ""}`).join("\n");

  it.each([
    ["2011-12-30", null, [], []],
    ["2011-12-31", true, ["《中华人民共和国价格法》第十二条", "第九条第（一）项"], ["学前教育法", "1644号"]],
    ["2025-05-31", true, ["《中华人民共和国价格法》第十二条"], ["学前教育法", "1644号"]],
    ["2025-06-01", true, ["《中华人民共和国学前教育法》第二十四条第三款", "第九条第（一）项"], ["1644号"]],
    ["2025-12-31", true, ["《中华人民共和国学前教育法》第六十八条第一款"], ["1644号"]],
    ["2026-01-01", true, ["1644号", "《中华人民共和国学前教育法》第二十四条第三款"], []],
  ] as const)("%s", async (date, fires, cited, notCited) => {
    const o = await on(date);
    if (fires === null) return expect(o).toBeNull();
    // Every era converts units: 5 500.01 yuan a semester is above 1 100 a month.
    expect(o!.fired).toBe(fires);
    for (const c of cited) expect(text(o!)).toContain(c);
    for (const c of notCited) expect(text(o!)).not.toContain(c);
  });
});
