import { describe, expect, it } from "vitest";
import { createRegionalRuleEngine } from "~/rules/cache";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import type { FeeItemFact, Nature } from "~/rules/types";
import { filing, item, leaf, outcomeOf, past, realRuleSet, service } from "./fixtures";

const ce = (amountFen: number, o: Partial<FeeItemFact> = {}) => item({ amountFen, ...o });

/** A filing effective on `effectiveFrom` raising 保教费 100,000 → 110,000, with earlier filings. */
function raise(effectiveFrom: string, history: { date: string; fen: number }[] = [], nature: Nature = "forprofit_private") {
  return filing(nature, {
    effectiveFrom,
    filing: { publishedOn: "2024-01-01" },
    items: [ce(110_000)],
    previousItems: [ce(100_000)],
    history: history.map((h, i) => past(i + 1, h.date, [ce(h.fen)])),
  });
}

describe("R05 increase frequency", () => {
  const cases = [
    // window for 2025-09-01: 2024-09-02 … 2025-09-01
    { title: "only this increase: does not fire", facts: raise("2025-09-01"), count: 1, fired: false },
    { title: "earlier increase exactly one year before: outside the window", facts: raise("2025-09-01", [{ date: "2023-09-01", fen: 90_000 }, { date: "2024-09-01", fen: 100_000 }]), count: 1, fired: false },
    { title: "earlier increase one day later (window start): two in 12 months", facts: raise("2025-09-01", [{ date: "2023-09-01", fen: 90_000 }, { date: "2024-09-02", fen: 100_000 }]), count: 2, fired: true },
    { title: "an earlier decrease does not count", facts: raise("2025-09-01", [{ date: "2023-09-01", fen: 120_000 }, { date: "2025-03-01", fen: 100_000 }]), count: 1, fired: false },
    { title: "the oldest history entry has nothing to compare with", facts: raise("2025-09-01", [{ date: "2025-03-01", fen: 100_000 }]), count: 1, fired: false },
    { title: "increase effective in August: allowed", facts: raise("2025-08-01"), count: 1, fired: false },
    { title: "increase effective 30 September: allowed", facts: raise("2025-09-30"), count: 1, fired: false },
    { title: "increase effective 1 October: month not allowed", facts: raise("2025-10-01"), count: 1, fired: true },
    { title: "increase effective 31 July: month not allowed", facts: raise("2025-07-31"), count: 1, fired: true },
  ];

  it.each(cases)("$title", async ({ facts, count, fired }) => {
    const o = await outcomeOf("R05", facts);
    expect(o.fired).toBe(fired);
    expect(o.severity).toBe(fired ? "amber" : null);
    expect(leaf(o, "tooManyIncreases")).toMatchObject({ factResult: count, value: 1, param: "maxIncreasesPer12Months" });
  });

  it("does not fire for a filing that raises nothing, even after two increases in 12 months", async () => {
    const facts = filing("forprofit_private", {
      effectiveFrom: "2025-10-01",
      items: [ce(100_000)],
      previousItems: [ce(100_000)],
      history: [past(1, "2024-09-01", [ce(80_000)]), past(2, "2024-10-02", [ce(90_000)]), past(3, "2025-03-01", [ce(100_000)])],
    });
    const o = await outcomeOf("R05", facts);
    expect(o.fired).toBe(false);
    expect(leaf(o, "thisFilingIsIncrease")).toMatchObject({ factResult: false, result: false });
    expect(leaf(o, "tooManyIncreases")).toMatchObject({ factResult: 2 });
  });

  it.each([
    ["public kindergartens", raise("2025-10-01", [], "public"), "natureCovered"],
    ["a first filing", filing("forprofit_private", { effectiveFrom: "2025-10-01", items: [ce(110_000)] }), "thisFilingIsIncrease"],
  ] as const)("is not applicable to %s", async (_t, facts, failing) => {
    const o = await outcomeOf("R05", facts);
    expect(o.fired).toBe(false);
    expect(leaf(o, failing).result).toBe(false);
  });

  it("counts only guided items, matched by code, age band and unit", async () => {
    const facts = (items: FeeItemFact[], previousItems: FeeItemFact[]) =>
      filing("forprofit_private", { effectiveFrom: "2025-10-01", items, previousItems });
    // A service increase is not a guided increase.
    expect((await outcomeOf("R05", facts([ce(100_000), service({ amountFen: 40_000 })], [ce(100_000), service()]))).fired).toBe(false);
    // A unit change (month → semester) is not compared.
    expect((await outcomeOf("R05", facts([ce(500_000, { unit: "semester" })], [ce(100_000)]))).fired).toBe(false);
    // Boarding and nursery count.
    const boarding = item({ code: "BOARD", category: "boarding", ageBand: "all", amountFen: 30_000 });
    expect((await outcomeOf("R05", facts([ce(100_000), { ...boarding, amountFen: 30_001 }], [ce(100_000), boarding]))).fired).toBe(true);
  });

  it("counts filings taking effect on the same day once", async () => {
    const o = await outcomeOf(
      "R05",
      raise("2025-09-01", [
        { date: "2024-03-01", fen: 90_000 },
        { date: "2025-09-01", fen: 95_000 },
        { date: "2025-09-01", fen: 100_000 },
      ]),
    );
    expect(o.details.increaseCount).toBe(1);
    expect(o.fired).toBe(false);
    expect(o.details.increasesInWindow).toHaveLength(3);
  });

  it("the window clamps 29 February to 28 February a year earlier", async () => {
    const o = await outcomeOf("R05", raise("2028-02-29", [{ date: "2026-09-01", fen: 90_000 }, { date: "2027-02-28", fen: 100_000 }]));
    expect(o.details.windowStart).toBe("2027-03-01");
    expect(leaf(o, "tooManyIncreases").factResult).toBe(1);
    const inside = await outcomeOf("R05", raise("2028-02-29", [{ date: "2026-09-01", fen: 90_000 }, { date: "2027-03-01", fen: 100_000 }]));
    expect(leaf(inside, "tooManyIncreases").factResult).toBe(2);
  });

  it("uses configured limits", async () => {
    const facts = raise("2025-10-01", [{ date: "2024-09-01", fen: 90_000 }, { date: "2025-03-01", fen: 100_000 }]);
    expect((await outcomeOf("R05", facts)).fired).toBe(true);
    const lenient = createRuleEngine(realRuleSet(), { params: { R05: { maxIncreasesPer12Months: 2, allowedMonths: [3, 9, 10] } } });
    const o = await outcomeOf("R05", facts, lenient);
    expect(o.fired).toBe(false);
    expect(leaf(o, "monthNotAllowed")).toMatchObject({ factResult: 10, value: [3, 9, 10], result: false, param: "allowedMonths" });
    expect(() => createRuleEngine(realRuleSet(), { params: { R05: { allowedMonths: [9, 13] } } })).toThrow(/element 13 is above the maximum 12/);
  });

  it("applies to the natures its `natures` param lists (a policy choice)", async () => {
    const o = await outcomeOf("R05", raise("2025-10-01", [], "nonprofit_private"));
    expect(o.fired).toBe(true);
    expect(leaf(o, "natureCovered")).toMatchObject({ factResult: "nonprofit_private", operator: "oneOf", param: "natures", result: true });
    const forProfitOnly = createRuleEngine(realRuleSet(), { params: { R05: { natures: ["forprofit_private"] } } });
    expect((await outcomeOf("R05", raise("2025-10-01", [], "nonprofit_private"), forProfitOnly)).fired).toBe(false);
    expect((await outcomeOf("R05", raise("2025-10-01", [], "forprofit_private"), forProfitOnly)).fired).toBe(true);
    const withPublic = createRuleEngine(realRuleSet(), { params: { R05: { natures: ["public", "forprofit_private"] } } });
    expect((await outcomeOf("R05", raise("2025-10-01", [], "public"), withPublic)).fired).toBe(true);
    expect(() => createRuleEngine(realRuleSet(), { params: { R05: { natures: ["private"] } } })).toThrow(/element "private" is not one of/);
    for (const def of realRuleSet().filter((d) => d.id === "R05")) {
      for (const name of ["maxIncreasesPer12Months", "allowedMonths", "natures"]) expect(def.params[name].policy?.source.zh).toBeTruthy();
    }
  });

  it.each([
    { effectiveFrom: "2023-07-25", version: null },
    { effectiveFrom: "2023-07-26", version: 2 },
    { effectiveFrom: "2025-05-31", version: 2 },
    { effectiveFrom: "2025-06-01", version: 3 },
    { effectiveFrom: "2026-01-01", version: 3 },
  ])("from 教基〔2023〕4号 (2023-07-26): $effectiveFrom is version $version", async ({ effectiveFrom, version }) => {
    // Effective in a month that is not allowed, so every version in force fires.
    const facts = raise(effectiveFrom);
    if (version === null) {
      await expect(outcomeOf("R05", facts)).rejects.toThrow(/R05 produced no outcome/);
      return;
    }
    const o = await outcomeOf("R05", facts);
    expect(o).toMatchObject({ version, fired: true });
    expect(o.legalBasis.some((b) => b.document === "《中华人民共和国学前教育法》")).toBe(version === 3);
    expect(o.legalBasis.every((b) => !b.document.startsWith("地方规定"))).toBe(true);
  });

  it("explains with the count, the limit, the month and the allowed months", async () => {
    const o = await outcomeOf("R05", raise("2025-10-01", [{ date: "2024-09-01", fen: 90_000 }, { date: "2025-03-01", fen: 100_000 }]));
    expect(o.severity).toBe("amber");
    expect(formatMessage(o, "zh")).toBe(
      "本次备案上调了 保教费。2024-10-02 至 2025-10-01 的 12 个月内共有 2 次上调（上限 1 次）；本次于 10 月执行（允许的月份：8、9）。",
    );
    expect(formatMessage(o, "en")).toContain("There are 2 increases in the 12 months from 2024-10-02 to 2025-10-01 (at most 1 allowed)");
    expect(o.details.increasesInWindow).toEqual([
      expect.objectContaining({ version: 2, effectiveFrom: "2025-03-01", current: false, inWindow: true }),
      expect.objectContaining({ version: 2, effectiveFrom: "2025-10-01", current: true, inWindow: true }),
    ]);
    expect(o.legalBasis[0].document).toContain("教基〔2023〕4号");
  });
});

describe("R07 grandfathering", () => {
  // Off nationally; on where a regional text says so: Ningbo (3302…) through its overlay.
  const ningbo = createRegionalRuleEngine(realRuleSet(), [{ regionCode: "330200", ruleId: "R07", params: { newEntrantsOnly: true } }]);
  const facts = (appliesToEnrolled: boolean, newFen: number, prev: number | null = 100_000, regionCode = "330203", effectiveFrom = "2025-09-01") =>
    filing("public", {
      effectiveFrom,
      filing: { appliesToEnrolled },
      kindergarten: { regionCode },
      items: [ce(newFen)],
      previousItems: prev === null ? null : [ce(prev)],
    });

  it.each([
    { title: "increase applied to enrolled children: red", f: facts(true, 120_000), fired: true },
    { title: "one fen increase is an increase", f: facts(true, 100_001), fired: true },
    { title: "unchanged fee applied to enrolled children: no", f: facts(true, 100_000), fired: false },
    { title: "decrease applied to enrolled children: no", f: facts(true, 90_000), fired: false },
    { title: "increase for new entrants only: no", f: facts(false, 120_000), fired: false },
    { title: "first filing: no", f: facts(true, 120_000, null), fired: false },
  ])("Ningbo: $title", async ({ f, fired }) => {
    const o = await outcomeOf("R07", f, ningbo);
    expect(o.fired).toBe(fired);
    expect(o.severity).toBe(fired ? "red" : null);
  });

  it("is off nationally and in a region without the overlay", async () => {
    const national = await outcomeOf("R07", facts(true, 120_000));
    expect(national.fired).toBe(false);
    expect(leaf(national, "requiredInRegion")).toMatchObject({ factResult: false, result: false });
    expect(national.params).toEqual({ newEntrantsOnly: false });
    // Shanghai (31…) and Hangzhou (3301…, the same province as Ningbo) are not covered by Ningbo's overlay.
    expect((await outcomeOf("R07", facts(true, 120_000, 100_000, "310101"), ningbo)).fired).toBe(false);
    expect((await outcomeOf("R07", facts(true, 120_000, 100_000, "330102"), ningbo)).fired).toBe(false);
    expect((await outcomeOf("R07", facts(true, 120_000, 100_000, "330212"), ningbo)).fired).toBe(true);
    expect(realRuleSet().find((d) => d.id === "R07" && d.version === 3)!.params.newEntrantsOnly.policy?.source.zh).toContain("宁波");
  });

  it.each([
    { effectiveFrom: "2017-08-31", version: null },
    { effectiveFrom: "2017-09-01", version: 2 },
    { effectiveFrom: "2025-05-31", version: 2 },
    { effectiveFrom: "2025-06-01", version: 3 },
  ])("from Ningbo's 2017 notice (2017-09-01): $effectiveFrom is version $version", async ({ effectiveFrom, version }) => {
    const f = facts(true, 120_000, 100_000, "330203", effectiveFrom);
    if (version === null) {
      await expect(outcomeOf("R07", f, ningbo)).rejects.toThrow(/R07 produced no outcome/);
      return;
    }
    const o = await outcomeOf("R07", f, ningbo);
    expect(o).toMatchObject({ version, fired: true, severity: "red" });
    expect(o.legalBasis).toEqual([
      { document: "宁波市幼儿园收费调整通知（2017，依据甬价费〔2013〕71号）", article: "新生新办法、老生老办法", regions: ["3302"] },
    ]);
  });

  it("a service increase alone is not covered", async () => {
    const o = await outcomeOf(
      "R07",
      filing("forprofit_private", { filing: { appliesToEnrolled: true }, items: [service({ amountFen: 50_000 })], previousItems: [service()] }),
      ningbo,
    );
    expect(o.fired).toBe(false);
  });

  it("explains with the region's switch, both facts and the raised items", async () => {
    const o = await outcomeOf("R07", facts(true, 110_000), ningbo);
    expect(o.conditions).toEqual([
      { name: "requiredInRegion", fact: "newEntrantsOnlyRequired", factResult: true, operator: "equal", value: true, result: true },
      { name: "appliesToEnrolledChildren", fact: "appliesToEnrolled", factResult: true, operator: "equal", value: true, result: true },
      { name: "thisFilingIsIncrease", fact: "guidedIncrease", factResult: true, operator: "equal", value: true, result: true },
    ]);
    expect(o.details.raisedItems).toEqual([expect.objectContaining({ code: "CARE_EDU", oldFen: 100_000, newFen: 110_000 })]);
    expect(formatMessage(o, "zh")).toContain("新生新办法、老生老办法");
    expect(o.legalBasis[0].document).toContain("甬价费〔2013〕71号");
  });
});
