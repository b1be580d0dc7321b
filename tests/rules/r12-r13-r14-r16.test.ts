import { describe, expect, it } from "vitest";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import type { FeeItemFact, FilingFacts, Nature, RuleOutcome } from "~/rules/types";
import { agency, filing, item, leaf, outcomeOf, realEngine, realRuleSet, service } from "./fixtures";

/** The same facts filed for another term (the fixture files for "2025-autumn"). */
const withTerm = (f: FilingFacts, term: string): FilingFacts => ({ ...f, filing: { ...f.filing, term } });

const large = (amountFen: number, o: Partial<FeeItemFact> = {}) => item({ code: "CE_LARGE", ageBand: "large", amountFen, ...o });

describe("R12 final-year waiver not deducted", () => {
  const facts = (
    o: { waiver: number; publicFee?: number | null; items?: FeeItemFact[]; effectiveFrom?: string; nature?: Nature } = { waiver: 0 },
  ) =>
    filing(o.nature ?? "nonprofit_private", {
      effectiveFrom: o.effectiveFrom ?? "2025-09-01",
      items: o.items ?? [item(), large(90_000)],
      publicCareFeeFen: o.publicFee === undefined ? 50_000 : o.publicFee,
      filing: { waiverDeductionFen: o.waiver },
    });

  const cases = [
    { title: "deduction equal to the public rate: no", f: facts({ waiver: 50_000 }), shortfall: 0, fired: false },
    { title: "one fen short of the public rate: red", f: facts({ waiver: 49_999 }), shortfall: 1, fired: true },
    { title: "no deduction at all: red", f: facts({ waiver: 0 }), shortfall: 50_000, fired: true },
    { title: "more than required: no", f: facts({ waiver: 60_000 }), shortfall: -10_000, fired: false },
    { title: "fee below the public rate: the fee itself is the cap", f: facts({ waiver: 40_000, items: [large(40_000)] }), shortfall: 0, fired: false },
    { title: "fee below the public rate, one fen short: red", f: facts({ waiver: 39_999, items: [large(40_000)] }), shortfall: 1, fired: true },
    { title: "an 'all' item is used when there is no 大班 item", f: facts({ waiver: 49_999, items: [item({ ageBand: "all" })] }), shortfall: 1, fired: true },
    { title: "a 大班 item takes precedence over 'all'", f: facts({ waiver: 30_000, items: [item({ ageBand: "all", amountFen: 200_000 }), large(30_000)] }), shortfall: 0, fired: false },
    { title: "a semester fee: the public rate is required", f: facts({ waiver: 49_999, items: [large(400_000, { unit: "semester" })] }), shortfall: 1, fired: true },
    { title: "a spring 2025 schedule on 2025-08-31: not yet", f: withTerm(facts({ waiver: 0, effectiveFrom: "2025-08-31" }), "2025-spring"), shortfall: 50_000, fired: false },
    { title: "an autumn 2025 schedule taking effect 2025-08-31: the term counts, red", f: facts({ waiver: 0, effectiveFrom: "2025-08-31" }), shortfall: 50_000, fired: true },
    { title: "public rate unknown: not judged", f: facts({ waiver: 0, publicFee: null }), shortfall: null, fired: false },
    { title: "no 大班 or 'all' item: not judged", f: facts({ waiver: 0, items: [item()] }), shortfall: null, fired: false },
    { title: "public kindergartens are not covered", f: facts({ waiver: 0, nature: "public" }), shortfall: 50_000, fired: false },
  ];

  it.each(cases)("$title", async ({ f, shortfall, fired }) => {
    const o = await outcomeOf("R12", f);
    expect(o.fired).toBe(fired);
    expect(o.severity).toBe(fired ? "red" : null);
    expect(leaf(o, "deductionShortfall")).toMatchObject({ factResult: shortfall, value: 0, param: "toleranceFen" });
  });

  it("explains with the public rate, the deduction, the shortfall and the start date", async () => {
    const o = await outcomeOf("R12", facts({ waiver: 30_000 }));
    expect(leaf(o, "termOnOrAfterStart")).toMatchObject({ factResult: "2025-09-01", operator: "onOrAfter", value: "2025-09-01", param: "fromDate", result: true });
    expect(leaf(o, "publicRateKnown")).toMatchObject({ factResult: 50_000, result: true });
    expect(o.details.shortItems).toEqual([
      expect.objectContaining({ code: "CE_LARGE", monthlyAmountFen: 90_000, publicCareFeeFen: 50_000, requiredDeductionFen: 50_000, waiverDeductionFen: 30_000, shortfallFen: 20_000 }),
    ]);
    expect(formatMessage(o, "zh")).toBe(
      "大班保教费每月减免 300.00 元，低于应减免额（当地公办园保教费 500.00 元与本园大班月保教费中的较低者），最多少减 200.00 元。",
    );
    expect(o.legalBasis[0].document).toContain("关于逐步推行免费学前教育的意见");
  });

  describe("the term, not one fixed date", () => {
    // The date compared: the later of the term's start and the effective date; the effective date when the term is unreadable.
    it.each([
      { title: "autumn 2025 taking effect 2025-08-07 (first day of version 3)", term: "2025-autumn", effectiveFrom: "2025-08-07", date: "2025-09-01", fired: true },
      { title: "spring 2025 taking effect 2025-08-31", term: "2025-spring", effectiveFrom: "2025-08-31", date: "2025-08-31", fired: false },
      { title: "spring 2025 billed from 2025-09-01 (inconsistent, the billing date counts)", term: "2025-spring", effectiveFrom: "2025-09-01", date: "2025-09-01", fired: true },
      { title: "no readable term, 2025-08-31: the effective date, not yet", term: "", effectiveFrom: "2025-08-31", date: "2025-08-31", fired: false },
      { title: "no readable term, 2025-09-01: the effective date, red", term: "autumn", effectiveFrom: "2025-09-01", date: "2025-09-01", fired: true },
      { title: "spring 2026 from its start", term: "2026-spring", effectiveFrom: "2026-03-01", date: "2026-03-01", fired: true },
      { title: "autumn 2026 taking effect later in the term", term: "2026-autumn", effectiveFrom: "2026-09-15", date: "2026-09-15", fired: true },
    ])("$title", async ({ term, effectiveFrom, date, fired }) => {
      const o = await outcomeOf("R12", withTerm(facts({ waiver: 0, effectiveFrom }), term));
      expect(o.version).toBe(3);
      expect(o.fired).toBe(fired);
      expect(leaf(o, "termOnOrAfterStart")).toMatchObject({ factResult: date, result: fired });
      expect(o.details.termDate).toBe(date);
    });

    it("the term's start is compared with the configured start date", async () => {
      const spring2026 = createRuleEngine(realRuleSet(), { params: { R12: { fromDate: "2026-03-01" } } });
      expect((await outcomeOf("R12", facts({ waiver: 0, effectiveFrom: "2026-02-28" }), spring2026)).fired).toBe(false);
      expect((await outcomeOf("R12", withTerm(facts({ waiver: 0, effectiveFrom: "2026-02-28" }), "2026-spring"), spring2026)).fired).toBe(true);
    });
  });

  describe("no waiver before the opinion (August 2025)", () => {
    it.each([
      { effectiveFrom: "2025-05-31", version: null },
      { effectiveFrom: "2025-06-01", version: 2 },
      { effectiveFrom: "2025-08-06", version: 2 },
      { effectiveFrom: "2025-08-07", version: 3 },
    ])("$effectiveFrom: version $version", async ({ effectiveFrom, version }) => {
      // An autumn 2025 schedule without any deduction: only version 3 judges it.
      const f = facts({ waiver: 0, effectiveFrom });
      if (version === null) {
        await expect(outcomeOf("R12", f)).rejects.toThrow(/R12 produced no outcome/);
        return;
      }
      const o = await outcomeOf("R12", f);
      expect(o).toMatchObject({ version, fired: version === 3 });
      if (version === 2) {
        expect(leaf(o, "waiverIssued")).toMatchObject({ factResult: effectiveFrom, value: "2025-08-07", result: false });
        expect(o.legalBasis.map((b) => b.document).join()).not.toContain("免费学前教育");
      } else {
        expect(o.legalBasis[0].document).toContain("关于逐步推行免费学前教育的意见");
      }
    });
  });

  it("uses a configured start date and tolerance", async () => {
    const later = createRuleEngine(realRuleSet(), { params: { R12: { fromDate: "2026-03-01", toleranceFen: 100 } } });
    expect((await outcomeOf("R12", facts({ waiver: 0 }), later)).fired).toBe(false);
    const spring = facts({ waiver: 49_900, effectiveFrom: "2026-03-01" });
    expect((await outcomeOf("R12", spring, later)).fired).toBe(false);
    expect((await outcomeOf("R12", facts({ waiver: 49_899, effectiveFrom: "2026-03-01" }), later)).fired).toBe(true);
    expect(() => createRuleEngine(realRuleSet(), { params: { R12: { fromDate: "2025-9-1" } } })).toThrow(
      /fromDate" must be of type string \(a date YYYY-MM-DD\)/,
    );
  });
});

describe("R13 service not voluntary", () => {
  const cases = [
    { title: "voluntary, separate: no", items: [service(), agency()], severity: null },
    { title: "a service not voluntary: amber", items: [service({ voluntary: false })], severity: "amber" },
    { title: "an agency item not voluntary: amber", items: [agency({ voluntary: false })], severity: "amber" },
    { title: "a service bundled with 保教费: red", items: [service({ bundled: true })], severity: "red" },
    { title: "not voluntary and bundled: red", items: [service({ voluntary: false }), agency({ bundled: true })], severity: "red" },
    { title: "保教费 itself is not covered", items: [item({ voluntary: false, bundled: true })], severity: null },
  ];

  it.each(cases)("$title", async ({ items, severity }) => {
    const o = await outcomeOf("R13", filing("forprofit_private", { items }));
    expect(o.fired).toBe(severity !== null);
    expect(o.severity).toBe(severity);
  });

  it("explains with the items of each kind", async () => {
    const o = await outcomeOf("R13", filing("forprofit_private", { items: [service({ voluntary: false }), agency({ bundled: true })] }));
    expect(leaf(o, "notVoluntary")).toMatchObject({ factResult: 1, value: 0, result: true });
    expect(leaf(o, "bundledWithCareFee")).toMatchObject({ factResult: 1, value: 0, result: true });
    expect(formatMessage(o, "zh")).toBe("1 项服务性收费/代收费未由家长自愿选择（校车服务费）；1 项与保教费捆绑收取（伙食费）。");
    expect(o.legalBasis.map((l) => l.document).join()).toContain("《中华人民共和国学前教育法》");
  });

  it("grades an item not left to parents' choice by the region's policy", async () => {
    const red = createRuleEngine(realRuleSet(), { params: { R13: { notVoluntarySeverity: "red" } } });
    const notVoluntary = filing("forprofit_private", { items: [service({ voluntary: false })] });
    expect((await outcomeOf("R13", notVoluntary)).severity).toBe("amber");
    const o = await outcomeOf("R13", notVoluntary, red);
    expect(o.severity).toBe("red");
    expect(leaf(o, "notVoluntaryRed")).toMatchObject({ factResult: "red", result: true });
    // Nothing not voluntary: the param changes nothing.
    expect((await outcomeOf("R13", filing("forprofit_private", { items: [service()] }), red)).fired).toBe(false);
    expect(() => createRuleEngine(realRuleSet(), { params: { R13: { notVoluntarySeverity: "info" } } })).toThrow(/"info" is not one of "amber", "red"/);
    const def = realRuleSet().find((d) => d.id === "R13" && d.version === 3)!;
    expect(def.params.notVoluntarySeverity.policy?.source.zh).toContain("价格违法行为行政处罚规定第九条");
  });

  it.each([
    { effectiveFrom: "2011-12-30", version: null, law: false, notice: false },
    { effectiveFrom: "2011-12-31", version: 2, law: false, notice: false },
    { effectiveFrom: "2025-05-31", version: 2, law: false, notice: false },
    { effectiveFrom: "2025-06-01", version: 3, law: true, notice: false },
    { effectiveFrom: "2025-12-31", version: 3, law: true, notice: false },
    { effectiveFrom: "2026-01-01", version: 5, law: true, notice: true },
  ])("$effectiveFrom: version $version", async ({ effectiveFrom, version, law, notice }) => {
    const f = filing("forprofit_private", { effectiveFrom, items: [service({ voluntary: false }), agency({ bundled: true })] });
    if (version === null) {
      await expect(outcomeOf("R13", f)).rejects.toThrow(/R13 produced no outcome/);
      return;
    }
    const o = await outcomeOf("R13", f);
    expect(o).toMatchObject({ version, severity: "red" });
    const docs = o.legalBasis.map((b) => b.document);
    expect(docs[0]).toContain("发改价格〔2011〕3207号");
    expect(docs.includes("《中华人民共和国学前教育法》")).toBe(law);
    expect(docs.some((d) => d.includes("1644号"))).toBe(notice);
  });
});

describe("R14 代收 mark-up", () => {
  const cases = [
    { title: "at cost: no", it: agency({ amountFen: 39_000, costFen: 39_000 }), markup: 0, fired: false },
    { title: "one fen above cost: red", it: agency({ amountFen: 39_001, costFen: 39_000 }), markup: 1, fired: true },
    { title: "below cost: no", it: agency({ amountFen: 38_000, costFen: 39_000 }), markup: -1_000, fired: false },
    { title: "no declared cost: not judged", it: agency({ amountFen: 99_000 }), markup: null, fired: false },
    { title: "a service with a cost is not 代收", it: service({ amountFen: 99_000, costFen: 1 }), markup: null, fired: false },
  ];

  it.each(cases)("$title", async ({ it: fee, markup, fired }) => {
    const o = await outcomeOf("R14", filing("inclusive_private", { items: [item(), fee] }));
    expect(o.fired).toBe(fired);
    expect(o.severity).toBe(fired ? "red" : null);
    expect(leaf(o, "markupAboveTolerance")).toMatchObject({ factResult: markup, value: 0, param: "toleranceFen" });
  });

  it("lists marked-up items and those without a declared cost", async () => {
    const o = await outcomeOf(
      "R14",
      filing("forprofit_private", {
        items: [
          agency({ amountFen: 40_000, costFen: 36_000 }),
          agency({ code: "AG_BED", name: "床上用品", amountFen: 20_000, costFen: 20_000 }),
          agency({ code: "AG_INS", name: "意外险", amountFen: 10_000 }),
        ],
      }),
    );
    expect(o.details.markedUpItems).toEqual([{ code: "AG_MEAL", name: "伙食费", unit: "month", amountFen: 40_000, costFen: 36_000, markupFen: 4_000 }]);
    expect(o.details.itemsWithoutCost).toEqual([expect.objectContaining({ code: "AG_INS" })]);
    expect(formatMessage(o, "zh")).toBe("1 项代收费高于服务提供方实际价格（伙食费），最多高出 40.00 元（容差 0.00 元）。");
  });

  it("uses a configured tolerance", async () => {
    const tolerant = createRuleEngine(realRuleSet(), { params: { R14: { toleranceFen: 100 } } });
    const f = (amountFen: number) => filing("forprofit_private", { items: [agency({ amountFen, costFen: 39_000 })] });
    expect((await outcomeOf("R14", f(39_100), tolerant)).fired).toBe(false);
    expect((await outcomeOf("R14", f(39_101), tolerant)).fired).toBe(true);
  });

  it("rejects a cost that is not whole fen", async () => {
    await expect(outcomeOf("R14", filing("public", { items: [agency({ costFen: 1.5 })] }))).rejects.toThrow(/costFen/);
  });
});

describe("R16 entity nature consistency", () => {
  const cases: { nature: Nature; uscc: string; fired: boolean }[] = [
    { nature: "forprofit_private", uscc: "91330203MA2AAAAA0X", fired: false },
    { nature: "forprofit_private", uscc: "52330203MJ0000000X", fired: true },
    { nature: "nonprofit_private", uscc: "52330203MJ0000000X", fired: false },
    { nature: "nonprofit_private", uscc: "91330203MA2AAAAA0X", fired: true },
    { nature: "inclusive_private", uscc: "52330203MJ0000000X", fired: false },
    { nature: "inclusive_private", uscc: "12330203MB0000000X", fired: true },
    { nature: "public", uscc: "12330203MB0000000X", fired: false },
    { nature: "public", uscc: "52330203MJ0000000X", fired: true },
    { nature: "public", uscc: " 12330203mb0000000x", fired: false },
  ];

  it.each(cases)("$nature with $uscc", async ({ nature, uscc, fired }) => {
    const o = await outcomeOf("R16", filing(nature, { kindergarten: { uscc } }));
    expect(o.fired).toBe(fired);
    expect(o.severity).toBe(fired ? "amber" : null);
  });

  it("explains with the prefix, the nature and the expected prefixes", async () => {
    const o = await outcomeOf("R16", filing("nonprofit_private", { kindergarten: { uscc: "91330203MA2AAAAA0X" } }));
    expect(o.conditions).toEqual([
      { name: "natureHasExpectedPrefixes", fact: "usccExpectedPrefixes", factResult: ["52"], operator: "notEqual", value: null, result: true },
      { name: "prefixNotExpected", fact: "usccPrefix", factResult: "91", operator: "notOneOf", value: ["52"], result: true },
    ]);
    expect(o.details).toEqual({ uscc: "91330203MA2AAAAA0X", prefix: "91", nature: "nonprofit_private", expectedForNature: ["52"] });
    expect(formatMessage(o, "zh")).toBe("统一社会信用代码 91330203MA2AAAAA0X 的前两位为 91，与申报的办园性质不符（该性质应为 52）。");
    expect(o.legalBasis[0].document).toContain("GB 32100-2015");
  });

  it.each([
    { effectiveFrom: "2018-12-28", version: null },
    { effectiveFrom: "2018-12-29", version: 2 },
    { effectiveFrom: "2025-05-31", version: 2 },
    { effectiveFrom: "2025-06-01", version: 1 },
  ])("from the amended Private Education Promotion Law (2018-12-29): $effectiveFrom is version $version", async ({ effectiveFrom, version }) => {
    const f = filing("nonprofit_private", { effectiveFrom, kindergarten: { uscc: "91330203MA2AAAAA0X" } });
    if (version === null) {
      await expect(outcomeOf("R16", f)).rejects.toThrow(/R16 produced no outcome/);
      return;
    }
    expect(await outcomeOf("R16", f)).toMatchObject({ version, fired: true, severity: "amber" });
  });

  it("uses a region's map; a nature missing from it is not judged", async () => {
    const regional = createRuleEngine(realRuleSet(), { params: { R16: { expectedPrefixes: { public: ["12", "11"] } } } });
    expect((await outcomeOf("R16", filing("public", { kindergarten: { uscc: "11330203MB0000000X" } }), regional)).fired).toBe(false);
    const o = await outcomeOf("R16", filing("nonprofit_private", { kindergarten: { uscc: "91330203MA2AAAAA0X" } }), regional);
    expect(o.fired).toBe(false);
    expect(leaf(o, "natureHasExpectedPrefixes")).toMatchObject({ factResult: null, result: false });
    expect(leaf(o, "prefixNotExpected")).toMatchObject({ value: null, result: false });
    expect(() => createRuleEngine(realRuleSet(), { params: { R16: { expectedPrefixes: { public: "12" } } } })).toThrow(
      /expectedPrefixes" must be of type object whose values are arrays of non-empty strings/,
    );
  });
});

describe("R14: the basis by date, and Shandong's measure only in Shandong", () => {
  const SHANDONG = "《山东省学前教育与托育服务收费管理办法》（2023年8月）";
  const FEES_2011 = "《幼儿园收费管理暂行办法》（发改价格〔2011〕3207号）";
  const N1644 = "国家发展改革委 教育部 财政部《关于完善幼儿园收费政策的通知》（发改价格〔2025〕1644号）";
  const on = async (effectiveFrom: string, regionCode: string) => {
    const o = (
      await realEngine().evaluateFiling(
        filing("forprofit_private", { effectiveFrom, kindergarten: { regionCode }, items: [agency({ amountFen: 39_001, costFen: 39_000 })] }),
      )
    ).find((x) => x.ruleId === "R14");
    return o ?? null;
  };
  const documents = (o: RuleOutcome) => o.legalBasis.map((b) => b.document);

  it.each([
    // [date, region, cited, not cited]
    ["2011-12-31", "370102", [FEES_2011], [SHANDONG, N1644]],
    ["2023-08-30", "370102", [FEES_2011], [SHANDONG, N1644]],
    ["2023-08-31", "370102", [FEES_2011, SHANDONG], [N1644]],
    ["2023-08-31", "330203", [FEES_2011], [SHANDONG, N1644]],
    ["2025-05-31", "370102", [FEES_2011, SHANDONG], [N1644]],
    ["2025-06-01", "370102", [FEES_2011, SHANDONG, "《中华人民共和国学前教育法》"], [N1644]],
    ["2025-12-31", "330203", [FEES_2011], [SHANDONG, N1644]],
    ["2026-01-01", "370102", [N1644, SHANDONG], [FEES_2011]],
    ["2026-01-01", "330203", [N1644], [SHANDONG, FEES_2011]],
    ["2026-01-01", "110101", [N1644], [SHANDONG]],
  ] as const)("%s in %s", async (date, region, cited, notCited) => {
    const o = (await on(date, region))!;
    // One fen above cost is a mark-up in every era and region.
    expect(o.fired).toBe(true);
    for (const d of cited) expect(documents(o)).toContain(d);
    for (const d of notCited) expect(documents(o)).not.toContain(d);
  });

  it("the pre-1644 versions cite the 据实收取 principle; before the 2011 measures nothing is evaluated", async () => {
    const o = (await on("2020-09-01", "330203"))!;
    expect(o.legalBasis).toEqual([{ document: FEES_2011, article: expect.stringContaining("据实收取") }]);
    expect(await on("2011-12-30", "330203")).toBeNull();
  });

  it("a different version for each era", async () => {
    const versions = await Promise.all(["2020-09-01", "2024-09-01", "2025-09-01", "2026-09-01"].map((d) => on(d, "370102")));
    expect(new Set(versions.map((o) => o!.version)).size).toBe(4);
  });

  it("the Shandong entry is scoped in the file (the rule page lists it with its region)", () => {
    for (const def of realRuleSet().filter((d) => d.id === "R14")) {
      for (const b of def.legalBasis) if (b.document === SHANDONG) expect(b.regions).toEqual(["37"]);
    }
  });
});
