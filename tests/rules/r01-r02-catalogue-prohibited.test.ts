import { describe, expect, it } from "vitest";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import { agency, filing, item, leaf, outcomeOf, realEngine, realRuleSet, service } from "./fixtures";

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

describe("R02: spelling does not dodge a keyword (one normalisation: NFKC, simplified, separators dropped)", () => {
  const dodges = [
    ["traditional characters", "贊助費"],
    ["traditional, Hong Kong forms", "贊助費用"],
    ["full-width letters and brackets around it", "（赞助）费"],
    ["an ASCII space", "赞 助费"],
    ["the ideographic space U+3000", "赞\u3000助费"],
    ["a no-break space", "赞\u00a0助费"],
    ["an interpunct ·", "赞·助费"],
    ["a katakana middle dot ・", "赞・助费"],
    ["a half-width katakana middle dot", "赞\uff65助费"],
    ["a zero-width space", "赞\u200b助费"],
    ["a zero-width joiner", "赞\u200d助费"],
    ["a word joiner", "赞\u2060助费"],
    ["a byte-order mark", "赞\ufeff助费"],
    ["a hyphen", "赞-助费"],
    ["a full-width hyphen", "赞－助费"],
    ["a dot", "赞.助费"],
    ["an underscore", "赞_助费"],
    ["a slash", "赞/助费"],
    ["a comma between the characters", "赞，助费"],
    ["traditional and spaced together", "贊 · 助"],
  ] as const;

  it.each(dodges)("%s: %s fires", async (_label, name) => {
    const o = await outcomeOf("R02", filing("forprofit_private", { items: [item(), service({ code: "SVC_X", name })] }));
    expect(o.fired).toBe(true);
    expect(o.details.prohibitedItems).toEqual([expect.objectContaining({ name, matchedKeywords: ["赞助"], matchedIn: ["name"] })]);
  });

  it("a dodge in the description is caught too, and the keyword is reported as configured", async () => {
    const o = await outcomeOf("R02", filing("forprofit_private", { items: [service({ description: "另收 興 趣 班 費用" })] }));
    expect(o.details.prohibitedItems).toEqual([expect.objectContaining({ matchedKeywords: ["兴趣班"], matchedIn: ["description"] })]);
  });

  it("a region's keyword in full-width or traditional form matches the plain text, and the other way round", async () => {
    const regional = createRuleEngine(realRuleSet(), { params: { R02: { keywords: ["ＡＢＣ班", "擇園"] } } });
    const o = await outcomeOf("R02", filing("forprofit_private", { items: [service({ name: "abc班费" }), service({ code: "S2", name: "择园 咨询" })] }), regional);
    expect(o.details.prohibitedItems).toEqual([
      expect.objectContaining({ name: "abc班费", matchedKeywords: ["ＡＢＣ班"] }),
      expect.objectContaining({ name: "择园 咨询", matchedKeywords: ["擇園"] }),
    ]);
  });
});

describe("R02: the vocabulary of admission-linked charges and extra classes", () => {
  const fires = [
    ["择校费", "择校费"],
    ["择园费", "择园费"],
    ["擇園費", "择园费"],
    ["教育成本補償費", "教育成本补偿"],
    ["捐资办学款", "捐资办学"],
    ["建校费", "建校费"],
    ["入园费", "入园费"],
    ["入园占位费", "占位"],
    ["预留学位费", "预留学位"],
    ["学位费", "学位费"],
    ["订位费", "订位费"],
    ["排队费", "排队费"],
    ["借读费", "借读费"],
    ["共建费", "共建费"],
    ["签约费", "签约费"],
    ["入园考试费", "入园考试"],
    ["面试费", "面试费"],
    ["入园测评费", "测评费"],
    ["英语班费", "英语班"],
    ["珠心算", "珠心算"],
    ["舞蹈班", "舞蹈班"],
    ["蒙氏班", "蒙氏班"],
    ["轮滑班", "轮滑班"],
    ["跆拳道班", "跆拳道班"],
    ["托管培训费", "托管培训"],
    ["特色课程费", "特色课"],
  ] as const;

  it.each(fires)("%s fires with %s", async (name, keyword) => {
    const o = await outcomeOf("R02", filing("forprofit_private", { items: [service({ code: "SVC_X", name, description: "" })] }));
    expect(o.fired).toBe(true);
    expect((o.details.prohibitedItems as { matchedKeywords: string[] }[])[0].matchedKeywords).toContain(keyword);
  });

  const lawful = [
    ["课后延时服务费", "家长自愿申请，放学后看护至 18:00"],
    ["暑期托管服务费", "家长自愿申请，暑期工作日看护"],
    ["保教费（学前班）", "小学附设学前班，按月收取"],
    ["保教费", "双语幼儿园，蒙氏教学，含英语启蒙活动"],
    ["伙食费", "早餐、午餐和午点，按实际就餐天数结算"],
    ["体检费", "代收代付，按医院实际收费"],
    ["校车服务费", "往返接送，每日两趟"],
  ] as const;

  it.each(lawful)("%s (%s) does not fire", async (name, description) => {
    const o = await outcomeOf("R02", filing("forprofit_private", { items: [service({ code: "SVC_OK", name, description })] }));
    expect(o.details.prohibitedItems).toEqual([]);
    expect(o.fired).toBe(false);
  });

  it("the default list is a param: a region extends it by giving the whole list", async () => {
    const defaults = realRuleSet().find((d) => d.id === "R02" && d.effectiveTo === null)!.params.keywords.default as string[];
    const extended = createRuleEngine(realRuleSet(), { params: { R02: { keywords: [...defaults, "延时班"] } } });
    const facts = filing("forprofit_private", { items: [service({ name: "延时班费" }), service({ code: "S2", name: "择校费" })] });
    expect(((await outcomeOf("R02", facts, extended)).details.prohibitedItems as unknown[]).length).toBe(2);
    expect(((await outcomeOf("R02", facts)).details.prohibitedItems as unknown[]).length).toBe(1);
  });
});

describe("R01 and R02: the version and basis in force on the filing's effective date", () => {
  const basisOf = async (id: string, effectiveFrom: string) => {
    const o = (await realEngine().evaluateFiling(filing("nonprofit_private", { effectiveFrom }))).find((x) => x.ruleId === id);
    return o ? { version: o.version, basis: o.legalBasis.map((b) => `${b.document}${b.article ?? ""}`).join("\n") } : null;
  };
  const FEES_2011 = "发改价格〔2011〕3207号";
  const LAW = "《中华人民共和国学前教育法》";
  const N1644 = "发改价格〔2025〕1644号";
  const MARKING = "《明码标价和禁止价格欺诈规定》第八条";
  const UNMARKED = "《价格违法行为行政处罚规定》第十三条第（三）项";
  const REGS_10 = "《中华人民共和国民办教育促进法实施条例》第十条第二款";

  it("before the 2011 measures nothing is evaluated", async () => {
    expect(await basisOf("R01", "2011-12-30")).toBeNull();
    expect(await basisOf("R02", "2011-12-30")).toBeNull();
  });

  it.each([
    ["2011-12-31", [FEES_2011, UNMARKED, "《中华人民共和国价格法》第十三条第二款"], [MARKING, LAW, N1644]],
    ["2022-06-30", [FEES_2011, UNMARKED], [MARKING, LAW, N1644]],
    ["2022-07-01", [FEES_2011, UNMARKED, MARKING], [LAW, N1644]],
    ["2025-05-31", [FEES_2011, MARKING], [LAW, N1644]],
    ["2025-06-01", [LAW, FEES_2011, MARKING, UNMARKED], [N1644]],
    ["2025-12-31", [LAW, MARKING], [N1644]],
    ["2026-01-01", [N1644, LAW, MARKING, UNMARKED], [FEES_2011]],
  ] as const)("R01 on %s", async (date, cited, notCited) => {
    const r = (await basisOf("R01", date))!;
    for (const c of cited) expect(r.basis).toContain(c);
    for (const c of notCited) expect(r.basis).not.toContain(c);
    // Never the guided-price article: an item outside the catalogue is a market-priced charge.
    expect(r.basis).not.toContain("第九条");
  });

  it.each([
    ["2011-12-31", [FEES_2011], [REGS_10, LAW, N1644]],
    ["2021-08-31", [FEES_2011], [REGS_10, LAW, N1644]],
    ["2021-09-01", [FEES_2011, REGS_10], [LAW, N1644]],
    ["2025-05-31", [FEES_2011, REGS_10], [LAW, N1644]],
    ["2025-06-01", [FEES_2011, REGS_10, `${LAW}第六十九条第三款`], [N1644]],
    ["2025-12-31", [REGS_10, LAW], [N1644]],
    ["2026-01-01", [N1644, REGS_10, LAW], [FEES_2011]],
  ] as const)("R02 on %s", async (date, cited, notCited) => {
    const r = (await basisOf("R02", date))!;
    for (const c of cited) expect(r.basis).toContain(c);
    for (const c of notCited) expect(r.basis).not.toContain(c);
  });

  it("each era is its own version, and the 2011-era R02 fires on the same words", async () => {
    const versions = await Promise.all(["2011-12-31", "2021-09-01", "2025-06-01", "2026-01-01"].map((d) => basisOf("R02", d)));
    expect(new Set(versions.map((v) => v!.version)).size).toBe(4);
    const o = await outcomeOf("R02", filing("forprofit_private", { effectiveFrom: "2015-09-01", items: [service({ name: "贊助費" })] }));
    expect(o.fired).toBe(true);
  });

  it("R02's description says Art. 10 ¶2 forbids admission-linked sponsorship charges", () => {
    const r02 = realRuleSet().find((d) => d.id === "R02" && d.effectiveFrom === "2021-09-01")!;
    expect(r02.description.zh).toContain("第十条第二款");
    expect(r02.description.zh).toContain("与入学（入园）关联的费用");
  });
});
