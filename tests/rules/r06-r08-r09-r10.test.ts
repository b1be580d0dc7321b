import { describe, expect, it } from "vitest";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import type { FeeCategory, FeeUnit, Nature } from "~/rules/types";
import { account, agency, APPROVED_NAME, filing, item, leaf, outcomeOf, realRuleSet, service } from "./fixtures";

describe("R06 notice lead time", () => {
  const cases = [
    { title: "exactly 60 days: does not fire", publishedOn: "2025-07-03", effectiveFrom: "2025-09-01", days: 60, fired: false },
    { title: "59 days: amber", publishedOn: "2025-07-04", effectiveFrom: "2025-09-01", days: 59, fired: true },
    { title: "a year ahead: does not fire", publishedOn: "2024-09-01", effectiveFrom: "2025-09-01", days: 365, fired: false },
    { title: "published on the effective day: amber", publishedOn: "2025-09-01", effectiveFrom: "2025-09-01", days: 0, fired: true },
    { title: "published after the effective day: negative lead, amber", publishedOn: "2025-09-03", effectiveFrom: "2025-09-01", days: -2, fired: true },
    // 2028 is a leap year: 1 January → 1 March is 31 + 29 = 60 days.
    { title: "across 29 February: exactly 60 days", publishedOn: "2028-01-01", effectiveFrom: "2028-03-01", days: 60, fired: false },
    { title: "across 29 February: 59 days", publishedOn: "2028-01-02", effectiveFrom: "2028-03-01", days: 59, fired: true },
    { title: "across a year end", publishedOn: "2025-11-02", effectiveFrom: "2026-01-01", days: 60, fired: false },
  ];

  it.each(cases)("$title", async ({ publishedOn, effectiveFrom, days, fired }) => {
    const o = await outcomeOf("R06", filing("forprofit_private", { effectiveFrom, filing: { publishedOn } }));
    expect(o.fired).toBe(fired);
    expect(o.severity).toBe(fired ? "amber" : null);
    expect(leaf(o, "leadTimeTooShort")).toMatchObject({ factResult: days, operator: "below", value: 60, param: "minLeadDays" });
    expect(o.details).toEqual({ leadDays: days, publishedOn, effectiveFrom });
  });

  it("applies to every nature", async () => {
    for (const nature of ["public", "inclusive_private", "nonprofit_private", "forprofit_private"] as Nature[]) {
      expect((await outcomeOf("R06", filing(nature, { filing: { publishedOn: "2025-08-01" } }))).fired).toBe(true);
    }
  });

  it("explains with the dates, the lead and the minimum", async () => {
    const o = await outcomeOf("R06", filing("forprofit_private", { filing: { publishedOn: "2025-08-02" } }));
    expect(formatMessage(o, "zh")).toBe("收费标准于 2025-08-02 公示、2025-09-01 执行，仅提前 30 天（要求至少 60 天）。");
    expect(formatMessage(o, "en")).toBe(
      "The fees were published on 2025-08-02 and take effect on 2025-09-01: 30 day(s) ahead (at least 60 required).",
    );
    expect(o.legalBasis).toContainEqual({ document: "《中华人民共和国学前教育法》", article: "第六十九条第二款（收费公示）" });
  });

  it("uses a configured minimum (e.g. Chengdu's six months)", async () => {
    const chengdu = createRuleEngine(realRuleSet(), { params: { R06: { minLeadDays: 183 } } });
    const o = await outcomeOf("R06", filing("forprofit_private", { filing: { publishedOn: "2025-03-03" } }), chengdu);
    expect(o).toMatchObject({ fired: true, params: { minLeadDays: 183 } });
    expect(() => createRuleEngine(realRuleSet(), { params: { R06: { minLeadDays: -1 } } })).toThrow(/-1 is below the minimum 0/);
  });

  it("rejects a malformed publication date", async () => {
    await expect(outcomeOf("R06", filing("public", { filing: { publishedOn: "2025-02-30" } }))).rejects.toThrow(/publishedOn/);
  });
});

describe("R08 cross-semester prepayment", () => {
  const cases: { title: string; category: FeeCategory; unit: FeeUnit; fired: boolean }[] = [
    { title: "保教费 per month", category: "care_education", unit: "month", fired: false },
    { title: "保教费 per semester", category: "care_education", unit: "semester", fired: false },
    { title: "保教费 per day", category: "care_education", unit: "day", fired: false },
    { title: "保教费 per year", category: "care_education", unit: "year", fired: true },
    { title: "保教费 once", category: "care_education", unit: "once", fired: true },
    { title: "住宿费 per year", category: "boarding", unit: "year", fired: true },
    { title: "保育费 once", category: "nursery", unit: "once", fired: true },
    { title: "a service per year is not covered", category: "service", unit: "year", fired: false },
    { title: "an agency item once is not covered", category: "agency", unit: "once", fired: false },
  ];

  it.each(cases)("$title", async ({ category, unit, fired }) => {
    const o = await outcomeOf("R08", filing("inclusive_private", { items: [item(), item({ code: "X", category, unit, ageBand: "all" })] }));
    expect(o.fired).toBe(fired);
    expect(o.severity).toBe(fired ? "red" : null);
    expect(leaf(o, "billedBeyondSemester")).toMatchObject({ operator: "someFact:oneOf", value: ["year", "once"], param: "prohibitedUnits" });
    expect(o.details.prepaidItems).toHaveLength(fired ? 1 : 0);
  });

  it("explains with the units filed and the prohibited units", async () => {
    const o = await outcomeOf("R08", filing("public", { items: [item({ unit: "year", amountFen: 1_200_000 })] }));
    expect(leaf(o, "billedBeyondSemester")).toMatchObject({ factResult: ["year"], result: true });
    expect(o.details.prepaidItems).toEqual([
      { code: "CARE_EDU", name: "保教费", category: "care_education", ageBand: "small", unit: "year", amountFen: 1_200_000 },
    ]);
    expect(formatMessage(o, "zh")).toBe("1 项保教费/住宿费/保育费的计费单位为 year（保教费），超出按月或按学期收取的规定，属跨学期预收。");
    expect(o.legalBasis).toEqual([{ document: "《幼儿园收费管理暂行办法》（发改价格〔2011〕3207号）", article: "第十四条" }]);
  });

  it("uses configured units and rejects unknown ones", async () => {
    const yearOnly = createRuleEngine(realRuleSet(), { params: { R08: { prohibitedUnits: ["year"] } } });
    expect((await outcomeOf("R08", filing("public", { items: [item({ unit: "once" })] }), yearOnly)).fired).toBe(false);
    expect(() => createRuleEngine(realRuleSet(), { params: { R08: { prohibitedUnits: ["years"] } } })).toThrow(
      /element "years" is not one of "month", "semester", "day", "year", "once"/,
    );
  });
});

describe("R09 payee account", () => {
  const cases = [
    { title: "account name equals the approved name", nature: "forprofit_private" as Nature, acc: account(), severity: null },
    { title: "no account filed: amber", nature: "nonprofit_private" as Nature, acc: null, severity: "amber" },
    { title: "a different name: red", nature: "inclusive_private" as Nature, acc: account({ accountName: "宁波阳光教育咨询有限公司" }), severity: "red" },
    { title: "one character different: red", nature: "forprofit_private" as Nature, acc: account({ accountName: "宁波市海曙区阳光幼儿院" }), severity: "red" },
    { title: "surrounding and inner spaces are ignored", nature: "forprofit_private" as Nature, acc: account({ accountName: ` 宁波市海曙区 阳光幼儿园\u3000` }), severity: null },
    { title: "public kindergartens are not covered", nature: "public" as Nature, acc: null, severity: null },
  ];

  it.each(cases)("$title", async ({ nature, acc, severity }) => {
    const o = await outcomeOf("R09", filing(nature, { account: acc }));
    expect(o.fired).toBe(severity !== null);
    expect(o.severity).toBe(severity);
  });

  it("full-width and half-width parentheses are the same", async () => {
    const facts = (approvedName: string, accountName: string) =>
      filing("nonprofit_private", { kindergarten: { approvedName }, account: account({ accountName }) });
    expect((await outcomeOf("R09", facts("宁波市海曙区阳光幼儿园（东园）", "宁波市海曙区阳光幼儿园(东园)"))).fired).toBe(false);
    expect((await outcomeOf("R09", facts("宁波市海曙区阳光幼儿园(东园)", "宁波市海曙区阳光幼儿园（ 东园 ）"))).fired).toBe(false);
    expect((await outcomeOf("R09", facts("宁波市海曙区阳光幼儿园（东园）", "宁波市海曙区阳光幼儿园（西园）"))).severity).toBe("red");
  });

  it("explains a mismatch with both names as compared", async () => {
    const o = await outcomeOf("R09", filing("forprofit_private", { account: account({ accountName: "阳光教育（宁波）有限公司" }) }));
    expect(leaf(o, "noAccountFiled")).toMatchObject({ factResult: true, result: false });
    expect(leaf(o, "accountNameMismatch")).toMatchObject({ factResult: false, value: false, result: true });
    expect(o.details.account).toMatchObject({
      accountName: "阳光教育（宁波）有限公司",
      approvedName: APPROVED_NAME,
      normalisedAccountName: "阳光教育(宁波)有限公司",
      matches: false,
    });
    expect(formatMessage(o, "zh")).toContain(`账户户名：阳光教育（宁波）有限公司；核准名称：${APPROVED_NAME}`);
    expect(o.legalBasis).toContainEqual({ document: "《中华人民共和国民办教育促进法实施条例》", article: "第四十四条" });
  });

  it("explains a missing account", async () => {
    const o = await outcomeOf("R09", filing("forprofit_private", { account: null }));
    expect(leaf(o, "noAccountFiled")).toMatchObject({ factResult: false, result: true });
    expect(leaf(o, "accountNameMismatch")).toMatchObject({ factResult: null, result: false });
    expect(o.details.account).toBeNull();
  });
});

describe("R10 disclosure incomplete", () => {
  const cases = [
    { title: "everything published", filing: {}, items: [item(), service()], severity: null, missing: [] as string[] },
    { title: "refund rules blank (spaces only): amber", filing: { refundRules: "  \n" }, items: [item()], severity: "amber", missing: ["refundRules"] },
    { title: "two texts missing: amber", filing: { refundRules: "", complaintChannel: "" }, items: [item()], severity: "amber", missing: ["refundRules", "complaintChannel"] },
    { title: "all three missing: red", filing: { pricingBasis: "", refundRules: "", complaintChannel: " " }, items: [item()], severity: "red", missing: ["pricingBasis", "refundRules", "complaintChannel"] },
    { title: "a service without content: amber", filing: {}, items: [item(), service({ description: " " })], severity: "amber", missing: [] },
    { title: "an agency item without content: amber", filing: {}, items: [agency({ description: "" })], severity: "amber", missing: [] },
    { title: "保教费 needs no service description", filing: {}, items: [item({ description: "" })], severity: null, missing: [] },
  ];

  it.each(cases)("$title", async ({ filing: f, items, severity, missing }) => {
    const o = await outcomeOf("R10", filing("nonprofit_private", { filing: f, items }));
    expect(o.fired).toBe(severity !== null);
    expect(o.severity).toBe(severity);
    expect((o.details.missingFields as { field: string }[]).map((m) => m.field)).toEqual(missing);
    expect(leaf(o, "nothingPublished")).toMatchObject({ factResult: missing.length, value: 3 });
  });

  it("explains what is missing in both languages", async () => {
    const o = await outcomeOf(
      "R10",
      filing("forprofit_private", { filing: { refundRules: "", complaintChannel: "" }, items: [item(), service({ name: "延时服务费", description: "" })] }),
    );
    expect(formatMessage(o, "zh")).toBe("收费公示信息不完整：缺少 退费办法、投诉渠道；1 项服务性收费/代收费未说明服务内容（延时服务费）。");
    expect(formatMessage(o, "en")).toBe(
      "Fee disclosure is incomplete: missing refund rules, complaint channel; 1 service or agency item(s) without a description of the service (延时服务费).",
    );
    expect(o.legalBasis).toContainEqual({ document: "《中华人民共和国学前教育法》", article: "第六十九条第二款、第七十二条" });
  });
});
