import { describe, expect, it } from "vitest";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import { agency, filing, item, leaf, outcomeOf, realRuleSet, service } from "./fixtures";

describe("R01 fee not in catalogue", () => {
  const cases = [
    { title: "every code allowed: does not fire", codes: ["CARE_EDU", "SVC_BUS"], allowed: ["CARE_EDU", "SVC_BUS"], count: 0 },
    { title: "one service code outside the catalogue: red", codes: ["CARE_EDU", "SVC_X"], allowed: ["CARE_EDU"], count: 1 },
    { title: "a guided item outside the catalogue is flagged too", codes: ["CARE_EDU"], allowed: [], count: 1 },
    { title: "codes are compared exactly (case matters)", codes: ["care_edu"], allowed: ["CARE_EDU"], count: 1 },
    { title: "two items outside", codes: ["A1", "A2", "CARE_EDU"], allowed: ["CARE_EDU"], count: 2 },
  ];

  it.each(cases)("$title", async ({ codes, allowed, count }) => {
    const o = await outcomeOf(
      "R01",
      filing("forprofit_private", { items: codes.map((code) => service({ code, name: `项目${code}` })), allowedItemCodes: allowed }),
    );
    expect(o.fired).toBe(count > 0);
    expect(o.severity).toBe(count > 0 ? "red" : null);
    expect(leaf(o, "itemsOutsideCatalogue")).toMatchObject({ factResult: count, value: 0, operator: "exceeds" });
    expect(o.details.itemsNotInCatalogue).toHaveLength(count);
  });

  it("lists the items and names them in the message", async () => {
    const o = await outcomeOf(
      "R01",
      filing("public", {
        items: [item(), service({ code: "SVC_PHOTO", name: "毕业照费", amountFen: 8_000 })],
        allowedItemCodes: ["CARE_EDU"],
      }),
    );
    expect(o.details.itemsNotInCatalogue).toEqual([
      { code: "SVC_PHOTO", name: "毕业照费", category: "service", ageBand: "all", unit: "month", amountFen: 8_000 },
    ]);
    expect(formatMessage(o, "zh")).toBe("1 项收费不在本地区收费目录清单内（毕业照费）。清单之外不得收费。");
    expect(formatMessage(o, "en")).toContain("(毕业照费)");
    // 2025-09-01: 学前教育法 in force, 1644号 not yet (from 2026-01-01); a market-priced item cites the unmarked-fee article.
    expect(o.legalBasis.map((l) => l.document).join()).not.toContain("发改价格〔2025〕1644号");
    expect(o.legalBasis).toContainEqual({ document: "《价格违法行为行政处罚规定》", article: "第十三条第（三）项" });
  });
});

describe("R02 prohibited item", () => {
  const cases = [
    { title: "keyword in the name", it: service({ name: "兴趣班费" }), matched: ["兴趣班"], where: ["name"] },
    { title: "keyword in the description", it: agency({ description: "入园时收取押金 500 元" }), matched: ["押金"], where: ["description"] },
    { title: "several keywords, both fields", it: service({ name: "建园费", description: "赞助办学" }), matched: ["赞助", "建园费"], where: ["name", "description"] },
    { title: "spaces and full-width forms are ignored", it: service({ name: "幼小　衔接 班" }), matched: ["幼小衔接"], where: ["name"] },
    { title: "money via the parents' committee", it: agency({ description: "由家委会统一收取" }), matched: ["家委会"], where: ["description"] },
    { title: "an ordinary service does not fire", it: service(), matched: [], where: [] },
    { title: "a meal fee does not fire", it: agency(), matched: [], where: [] },
  ];

  it.each(cases)("$title", async ({ it: fee, matched, where }) => {
    const o = await outcomeOf("R02", filing("nonprofit_private", { items: [item(), fee] }));
    expect(o.fired).toBe(matched.length > 0);
    expect(o.severity).toBe(matched.length > 0 ? "red" : null);
    expect(leaf(o, "prohibitedKeywordFound")).toMatchObject({ factResult: matched.length > 0 ? 1 : 0, value: 0 });
    if (matched.length > 0) {
      expect(o.details.prohibitedItems).toEqual([
        expect.objectContaining({ code: fee.code, name: fee.name, matchedKeywords: matched, matchedIn: where }),
      ]);
    } else {
      expect(o.details.prohibitedItems).toEqual([]);
    }
  });

  it("explains with the item, the keyword and the keyword list in params", async () => {
    const o = await outcomeOf("R02", filing("forprofit_private", { items: [item(), service({ code: "SVC_X", name: "特色班费" })] }));
    expect(formatMessage(o, "zh")).toBe("1 项收费的名称或说明含有禁止收费的关键词（特色班）：特色班费。请核实。");
    expect((o.params.keywords as string[]).length).toBeGreaterThanOrEqual(18);
    expect(o.params.keywords).toEqual(expect.arrayContaining(["赞助", "捐资助学", "建园费", "幼小衔接", "第三方代收", "教材"]));
    expect(o.legalBasis).toContainEqual({ document: "《幼儿园收费管理暂行办法》（发改价格〔2011〕3207号）", article: "第十二条" });
  });

  it("uses a region's keyword list (the whole list is replaced)", async () => {
    const regional = createRuleEngine(realRuleSet(), { params: { R02: { keywords: ["午托"] } } });
    const facts = filing("forprofit_private", { items: [service({ name: "午托费" }), service({ code: "SVC_2", name: "兴趣班费" })] });
    const o = await outcomeOf("R02", facts, regional);
    expect(o.details.prohibitedItems).toEqual([expect.objectContaining({ name: "午托费", matchedKeywords: ["午托"] })]);
    const none = createRuleEngine(realRuleSet(), { params: { R02: { keywords: [] } } });
    expect((await outcomeOf("R02", facts, none)).fired).toBe(false);
  });

  it("rejects keyword lists that are not lists of non-empty strings", () => {
    expect(() => createRuleEngine(realRuleSet(), { params: { R02: { keywords: "押金" } } })).toThrow(
      /R02@\d+: param "keywords" must be of type array of non-empty strings, got string "押金"/,
    );
    // An empty keyword would match every item.
    expect(() => createRuleEngine(realRuleSet(), { params: { R02: { keywords: ["押金", " "] } } })).toThrow(/keywords/);
  });

  it("two engines with different keyword lists do not share results", async () => {
    const a = createRuleEngine(realRuleSet(), { params: { R02: { keywords: ["午托"] } } });
    const facts = filing("forprofit_private", { items: [service({ name: "午托费" })] });
    const [ra, rb] = await Promise.all([outcomeOf("R02", facts, a), outcomeOf("R02", facts)]);
    expect([ra.fired, rb.fired]).toEqual([true, false]);
  });
});
