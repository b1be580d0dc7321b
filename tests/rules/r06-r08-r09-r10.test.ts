import { describe, expect, it } from "vitest";
import { addMonths, addYears } from "~/rules/dates";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import type { FeeCategory, FeeUnit, Nature } from "~/rules/types";
import { account, agency, APPROVED_NAME, filing, item, leaf, outcomeOf, realRuleSet, service } from "./fixtures";

describe("R06 notice lead time", () => {
  // The latest publication day is effectiveFrom − minLeadDays (60) days; the leaf compares the publication day with it.
  const cases = [
    { title: "exactly 60 days: does not fire", publishedOn: "2025-07-03", effectiveFrom: "2025-09-01", latest: "2025-07-03", days: 60, fired: false },
    { title: "59 days: amber", publishedOn: "2025-07-04", effectiveFrom: "2025-09-01", latest: "2025-07-03", days: 59, fired: true },
    { title: "a year ahead: does not fire", publishedOn: "2024-09-01", effectiveFrom: "2025-09-01", latest: "2025-07-03", days: 365, fired: false },
    { title: "published on the effective day: amber", publishedOn: "2025-09-01", effectiveFrom: "2025-09-01", latest: "2025-07-03", days: 0, fired: true },
    { title: "published after the effective day: negative lead, amber", publishedOn: "2025-09-03", effectiveFrom: "2025-09-01", latest: "2025-07-03", days: -2, fired: true },
    // 2028 is a leap year: 1 January → 1 March is 31 + 29 = 60 days.
    { title: "across 29 February: exactly 60 days", publishedOn: "2028-01-01", effectiveFrom: "2028-03-01", latest: "2028-01-01", days: 60, fired: false },
    { title: "across 29 February: 59 days", publishedOn: "2028-01-02", effectiveFrom: "2028-03-01", latest: "2028-01-01", days: 59, fired: true },
    { title: "across a year end", publishedOn: "2025-11-02", effectiveFrom: "2026-01-01", latest: "2025-11-02", days: 60, fired: false },
  ];

  it.each(cases)("$title", async ({ publishedOn, effectiveFrom, latest, days, fired }) => {
    const o = await outcomeOf("R06", filing("forprofit_private", { effectiveFrom, filing: { publishedOn } }));
    expect(o.fired).toBe(fired);
    expect(o.severity).toBe(fired ? "amber" : null);
    expect(leaf(o, "leadTimeTooShort")).toMatchObject({ factResult: publishedOn, operator: "after", value: latest, result: fired });
    expect(o.details).toEqual({ leadDays: days, publishedOn, effectiveFrom, latestPublishedOn: latest });
  });

  it("applies to every nature", async () => {
    for (const nature of ["public", "inclusive_private", "nonprofit_private", "forprofit_private"] as Nature[]) {
      expect((await outcomeOf("R06", filing(nature, { filing: { publishedOn: "2025-08-01" } }))).fired).toBe(true);
    }
  });

  it("explains with the dates, the lead, the minimums and the latest publication day", async () => {
    const o = await outcomeOf("R06", filing("forprofit_private", { filing: { publishedOn: "2025-08-02" } }));
    expect(formatMessage(o, "zh")).toBe(
      "收费标准于 2025-08-02 公示、2025-09-01 执行，仅提前 30 天；按要求（至少提前 60 天和 0 个自然月）最迟应于 2025-07-03 公示。",
    );
    expect(formatMessage(o, "en")).toBe(
      "The fees were published on 2025-08-02 and take effect on 2025-09-01: 30 days ahead; with the required lead (at least 60 days and 0 calendar months) they had to be published by 2025-07-03.",
    );
    expect(o.legalBasis).toContainEqual({ document: "《中华人民共和国学前教育法》", article: "第六十九条第二款（收费公示）" });
  });

  it("uses a configured minimum in days", async () => {
    const long = createRuleEngine(realRuleSet(), { params: { R06: { minLeadDays: 183 } } });
    const o = await outcomeOf("R06", filing("forprofit_private", { filing: { publishedOn: "2025-03-03" } }), long);
    expect(o).toMatchObject({ fired: true, params: { minLeadDays: 183, minLeadMonths: 0 } });
    expect(() => createRuleEngine(realRuleSet(), { params: { R06: { minLeadDays: -1 } } })).toThrow(/-1 is below the minimum 0/);
    expect(() => createRuleEngine(realRuleSet(), { params: { R06: { minLeadMonths: 13 } } })).toThrow(/13 is above the maximum 12/);
  });

  it("counts calendar months as a calendar does: the same day, clamped to the month's end", () => {
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2028-03-31", -1)).toBe("2028-02-29");
    expect(addMonths("2026-03-30", -1)).toBe("2026-02-28");
    expect(addMonths("2026-03-28", -1)).toBe("2026-02-28");
    expect(addMonths("2026-03-27", -1)).toBe("2026-02-27");
    expect(addMonths("2026-01-31", -2)).toBe("2025-11-30");
    expect(addMonths("2026-02-28", -6)).toBe("2025-08-28");
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28");
    expect(addMonths("2026-12-31", 0)).toBe("2026-12-31");
    expect(addMonths("2026-01-15", -13)).toBe("2024-12-15");
    expect(addYears("2028-02-29", -1)).toBe("2027-02-28");
  });

  describe("a lead time in calendar months", () => {
    // Weifang: 2 months ahead; days set to 0 so only the months count.
    const weifang = createRuleEngine(realRuleSet(), { params: { R06: { minLeadMonths: 2, minLeadDays: 0 } } });
    const chengdu = createRuleEngine(realRuleSet(), { params: { R06: { minLeadMonths: 6, minLeadDays: 0 } } });
    const at = async (engine: typeof weifang, effectiveFrom: string, publishedOn: string) =>
      outcomeOf("R06", filing("forprofit_private", { effectiveFrom, filing: { publishedOn } }), engine);

    const monthCases = [
      // The same day two months earlier.
      { title: "Weifang: 2026-03-01 published 2026-01-01, on the day", engine: weifang, effectiveFrom: "2026-03-01", publishedOn: "2026-01-01", latest: "2026-01-01", fired: false },
      { title: "Weifang: 2026-03-01 published 2026-01-02, a day late", engine: weifang, effectiveFrom: "2026-03-01", publishedOn: "2026-01-02", latest: "2026-01-01", fired: true },
      // Month ends: 30 April minus 2 months is 28 February (no 30 February), 31 March minus 1 is clamped the same way.
      { title: "Weifang: 2026-04-30 → 2026-02-28 on the day", engine: weifang, effectiveFrom: "2026-04-30", publishedOn: "2026-02-28", latest: "2026-02-28", fired: false },
      { title: "Weifang: 2026-04-30 → published 2026-03-01, late", engine: weifang, effectiveFrom: "2026-04-30", publishedOn: "2026-03-01", latest: "2026-02-28", fired: true },
      { title: "Weifang: 2026-10-31 → 2026-08-31 (both months have 31 days)", engine: weifang, effectiveFrom: "2026-10-31", publishedOn: "2026-08-31", latest: "2026-08-31", fired: false },
      { title: "Weifang: 2026-12-31 → 2026-10-31, a day later fires", engine: weifang, effectiveFrom: "2026-12-31", publishedOn: "2026-11-01", latest: "2026-10-31", fired: true },
      // Chengdu: 6 months, across a year end and into a leap February.
      { title: "Chengdu: 2026-09-01 → 2026-03-01 on the day", engine: chengdu, effectiveFrom: "2026-09-01", publishedOn: "2026-03-01", latest: "2026-03-01", fired: false },
      { title: "Chengdu: 2026-09-01 → published 2026-03-02, late", engine: chengdu, effectiveFrom: "2026-09-01", publishedOn: "2026-03-02", latest: "2026-03-01", fired: true },
      { title: "Chengdu: 2026-02-28 → 2025-08-28 across the year end", engine: chengdu, effectiveFrom: "2026-02-28", publishedOn: "2025-08-29", latest: "2025-08-28", fired: true },
      { title: "Chengdu: 2028-08-31 → 2028-02-29 (leap year) on the day", engine: chengdu, effectiveFrom: "2028-08-31", publishedOn: "2028-02-29", latest: "2028-02-29", fired: false },
      { title: "Chengdu: 2027-08-31 → 2027-02-28 (common year), a day later fires", engine: chengdu, effectiveFrom: "2027-08-31", publishedOn: "2027-03-01", latest: "2027-02-28", fired: true },
    ];
    it.each(monthCases)("$title", async ({ engine, effectiveFrom, publishedOn, latest, fired }) => {
      const o = await at(engine, effectiveFrom, publishedOn);
      expect(o.fired).toBe(fired);
      expect(o.details.latestPublishedOn).toBe(latest);
    });

    it("days and months together: the earlier latest day counts", async () => {
      const both = createRuleEngine(realRuleSet(), { params: { R06: { minLeadMonths: 2, minLeadDays: 60 } } });
      // 2026-03-01: 60 days back is 2025-12-31, 2 months back 2026-01-01: the days are stricter.
      expect((await at(both, "2026-03-01", "2025-12-31")).fired).toBe(false);
      expect((await at(both, "2026-03-01", "2026-01-01")).fired).toBe(true);
      // 2026-09-01: 60 days back is 2026-07-03, 2 months back 2026-07-01: the months are stricter.
      expect((await at(both, "2026-09-01", "2026-07-01")).fired).toBe(false);
      expect((await at(both, "2026-09-01", "2026-07-02")).fired).toBe(true);
    });
  });

  describe("the version and basis by effective date", () => {
    const at = (effectiveFrom: string) => outcomeOf("R06", filing("forprofit_private", { effectiveFrom, filing: { publishedOn: effectiveFrom } }));
    const documents = (o: Awaited<ReturnType<typeof at>>) => o.legalBasis.map((b) => b.document);

    it.each([
      { effectiveFrom: "2011-12-30", version: null },
      { effectiveFrom: "2011-12-31", version: 2 },
      { effectiveFrom: "2025-05-31", version: 2 },
      { effectiveFrom: "2025-06-01", version: 3 },
      { effectiveFrom: "2025-12-31", version: 3 },
      { effectiveFrom: "2026-01-01", version: 4 },
    ])("$effectiveFrom: version $version", async ({ effectiveFrom, version }) => {
      if (version === null) {
        await expect(at(effectiveFrom)).rejects.toThrow(/R06 produced no outcome/);
        return;
      }
      const o = await at(effectiveFrom);
      expect(o.version).toBe(version);
      expect(o.fired).toBe(true);
      const docs = documents(o);
      expect(docs.includes("《中华人民共和国学前教育法》")).toBe(version >= 3);
      expect(docs.includes("《中华人民共和国价格法》")).toBe(version === 2);
      expect(docs.some((d) => d.includes("1644号"))).toBe(version === 4);
      expect(docs).toContain("《幼儿园收费管理暂行办法》（发改价格〔2011〕3207号）");
    });
  });

  it("marks both lead times as policy choices", () => {
    for (const def of realRuleSet().filter((d) => d.id === "R06" && d.version >= 2)) {
      expect(def.params.minLeadDays.policy?.source.zh).toMatch(/政策|选择/);
      expect(def.params.minLeadMonths.policy?.source.zh).toMatch(/潍坊.*2 个月.*成都.*6 个月/);
    }
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

  it.each([
    { effectiveFrom: "2011-12-30", version: null },
    { effectiveFrom: "2011-12-31", version: 2 },
    { effectiveFrom: "2025-05-31", version: 2 },
    { effectiveFrom: "2025-06-01", version: 1 },
    { effectiveFrom: "2026-01-01", version: 1 },
  ])("2011 measures Art. 14 from 2011-12-31: $effectiveFrom is version $version", async ({ effectiveFrom, version }) => {
    const facts = filing("public", { effectiveFrom, items: [item({ unit: "year" })] });
    if (version === null) {
      await expect(outcomeOf("R08", facts)).rejects.toThrow(/R08 produced no outcome/);
      return;
    }
    const o = await outcomeOf("R08", facts);
    expect(o).toMatchObject({ version, fired: true, severity: "red" });
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
    // From v6 the leaf reads the account's status on the effective date ("approved": one is in force).
    expect(leaf(o, "noAccountFiled")).toMatchObject({ factResult: "approved", result: false });
    expect(leaf(o, "accountNameMismatch")).toMatchObject({ factResult: false, value: false, result: true });
    expect(o.details.account).toMatchObject({
      accountName: "阳光教育（宁波）有限公司",
      approvedName: APPROVED_NAME,
      normalisedAccountName: "阳光教育(宁波)有限公司",
      matches: false,
    });
    expect(formatMessage(o, "zh")).toBe(
      `备案收费账户的户名“阳光教育（宁波）有限公司”与幼儿园核准名称“${APPROVED_NAME}”不一致。营利性民办园的收费也应全部进入备案账户（教基〔2023〕4号第五项）。`,
    );
    expect(o.legalBasis).toContainEqual({
      document: "《中华人民共和国民办教育促进法实施条例》",
      article: "第四十四条第一款（非营利性民办学校通过向主管部门备案的账户收取费用）",
    });
  });

  it("says which basis applies to which nature", async () => {
    const forProfit = await outcomeOf("R09", filing("forprofit_private", { account: null }));
    expect(leaf(forProfit, "forProfit")).toMatchObject({ result: true });
    expect(leaf(forProfit, "nonprofitOrInclusive")).toMatchObject({ result: false });
    const nonprofit = await outcomeOf("R09", filing("nonprofit_private", { account: null }));
    expect(leaf(nonprofit, "nonprofitOrInclusive")).toMatchObject({ result: true });
    // Since v5 the message says what holds and the basis that applies, not both side by side.
    expect(formatMessage(forProfit, "zh")).toBe(
      `幼儿园未备案收费账户（核准名称：${APPROVED_NAME}）。营利性民办园的收费也应全部进入备案账户（教基〔2023〕4号第五项）。`,
    );
    expect(formatMessage(nonprofit, "zh")).toBe(
      `幼儿园未备案收费账户（核准名称：${APPROVED_NAME}）。非营利性和普惠性民办园应通过备案账户收费（《民办教育促进法实施条例》第四十四条第一款）。`,
    );
    expect(formatMessage(forProfit, "en")).toBe(
      `The kindergarten has filed no fee account (approved name: ${APPROVED_NAME}). A for-profit private kindergarten's fees, too, all go into its filed account (教基〔2023〕4号 item 5).`,
    );
    // The words of v3 (2023-07-26 – 2025-05-31) are as they were stored.
    const v3 = await outcomeOf("R09", filing("forprofit_private", { effectiveFrom: "2024-09-01", account: null }));
    expect(formatMessage(v3, "zh")).toContain("营利性民办园为教基〔2023〕4号第五项");
  });

  describe("the version by effective date: the Regulations (2021-09-01) for non-profits, 教基〔2023〕4号 (2023-07-26) for for-profits", () => {
    const at = (nature: Nature, effectiveFrom: string) => outcomeOf("R09", filing(nature, { effectiveFrom, account: null }));
    it.each([
      { effectiveFrom: "2021-08-31", version: null, nonprofit: null, forprofit: null },
      { effectiveFrom: "2021-09-01", version: 2, nonprofit: "amber", forprofit: null },
      { effectiveFrom: "2023-07-25", version: 2, nonprofit: "amber", forprofit: null },
      { effectiveFrom: "2023-07-26", version: 3, nonprofit: "amber", forprofit: "amber" },
      { effectiveFrom: "2025-05-31", version: 3, nonprofit: "amber", forprofit: "amber" },
      // v6 replaces v5 from its first day: it judges a missing account as v5 did (and tells one awaiting review apart).
      { effectiveFrom: "2025-06-01", version: 6, nonprofit: "amber", forprofit: "amber" },
    ])("$effectiveFrom: version $version", async ({ effectiveFrom, version, nonprofit, forprofit }) => {
      if (version === null) {
        await expect(at("nonprofit_private", effectiveFrom)).rejects.toThrow(/R09 produced no outcome/);
        return;
      }
      const np = await at("nonprofit_private", effectiveFrom);
      const inclusive = await at("inclusive_private", effectiveFrom);
      const fp = await at("forprofit_private", effectiveFrom);
      expect([np.version, inclusive.version, fp.version]).toEqual([version, version, version]);
      expect([np.severity, inclusive.severity, fp.severity]).toEqual([nonprofit, nonprofit, forprofit]);
      expect(fp.legalBasis.some((b) => b.document.includes("教基〔2023〕4号"))).toBe(version >= 3);
    });
  });

  it("explains a missing account", async () => {
    const o = await outcomeOf("R09", filing("forprofit_private", { account: null }));
    // From v6 the leaf reads the account's status on the effective date, not only whether one is approved.
    expect(leaf(o, "noAccountFiled")).toMatchObject({ factResult: "none", result: true });
    expect(leaf(o, "accountPendingReview")).toMatchObject({ factResult: "none", result: false });
    const v3 = await outcomeOf("R09", filing("forprofit_private", { effectiveFrom: "2024-09-01", account: null }));
    expect(leaf(v3, "noAccountFiled")).toMatchObject({ factResult: false, result: true });
    expect(leaf(o, "accountNameMismatch")).toMatchObject({ factResult: null, result: false });
    expect(o.details.account).toBeNull();
  });
});

describe("R09 v6: a fee account awaiting the education department's review", () => {
  const pendingAccount = { bankName: "中国建设银行", accountName: APPROVED_NAME, submittedOn: "2026-08-20", requestedFrom: "2026-08-25" };
  const pendingFiling = (nature: Nature, effectiveFrom = "2026-09-01") => filing(nature, { effectiveFrom, account: null, pendingAccount });

  it("says the filing is awaiting review, not that none is filed, as a notice (info: no case)", async () => {
    const o = await outcomeOf("R09", pendingFiling("nonprofit_private"));
    expect(o).toMatchObject({ version: 6, fired: true, severity: "info" });
    expect(leaf(o, "accountPendingReview")).toMatchObject({ factResult: "pending_review", result: true });
    expect(leaf(o, "noAccountFiled")).toMatchObject({ result: false });
    const zh = formatMessage(o, "zh");
    expect(zh).toBe(
      `收费账户备案尚在审核中：幼儿园已于 2026-08-20 向教育行政部门提交收费账户（中国建设银行，户名“${APPROVED_NAME}”，申请自 2026-08-25 起使用），审核通过前尚无可用于收费的备案账户；审核通过后本收费备案将重新评估。非营利性和普惠性民办园应通过备案账户收费（《民办教育促进法实施条例》第四十四条第一款）。`,
    );
    expect(zh).not.toContain("未备案收费账户");
    const en = formatMessage(o, "en");
    expect(en).toContain("The fee account's filing is awaiting review: the kindergarten filed its fee account with the education department on 2026-08-20");
    expect(en).not.toContain("has filed no fee account");
    expect(o.details.pendingAccount).toEqual(pendingAccount);
  });

  it("for a for-profit kindergarten cites 教基〔2023〕4号 item 5, and public kindergartens are not covered", async () => {
    const fp = await outcomeOf("R09", pendingFiling("forprofit_private"));
    expect(fp.severity).toBe("info");
    expect(formatMessage(fp, "zh")).toContain("营利性民办园的收费也应全部进入备案账户（教基〔2023〕4号第五项）");
    expect((await outcomeOf("R09", pendingFiling("public"))).fired).toBe(false);
  });

  it("an approved account in force decides: a pending replacement changes nothing", async () => {
    const o = await outcomeOf("R09", filing("nonprofit_private", { effectiveFrom: "2026-09-01", pendingAccount }));
    expect(o.fired).toBe(false);
    const mismatch = await outcomeOf(
      "R09",
      filing("nonprofit_private", { effectiveFrom: "2026-09-01", account: account({ accountName: "宁波阳光教育咨询有限公司" }), pendingAccount }),
    );
    expect(mismatch.severity).toBe("red");
    expect(leaf(mismatch, "accountPendingReview")).toMatchObject({ factResult: "approved", result: false });
  });

  it("the versions before v6 judge a pending account as none, as they always did", async () => {
    const v3 = await outcomeOf("R09", pendingFiling("forprofit_private", "2024-09-01"));
    expect(v3).toMatchObject({ version: 3, severity: "amber" });
  });
});

describe("R10 disclosure incomplete", () => {
  // From 2025-06-01 to 2025-12-31 (version 4): fee items and standards, nature, refund rules and service content (学前教育法 Art. 69 ¶2).
  const cases = [
    { title: "everything published", filing: {}, items: [item(), service()], severity: null, missing: [] as string[] },
    { title: "refund rules blank (spaces only): amber", filing: { refundRules: "  \n" }, items: [item()], severity: "amber", missing: ["refundRules"] },
    { title: "no complaint channel: not the kindergarten's disclosure, does not fire", filing: { complaintChannel: "" }, items: [item()], severity: null, missing: [] },
    { title: "no pricing basis: asked only from 2026-01-01 (1644号)", filing: { pricingBasis: "" }, items: [item()], severity: null, missing: [] },
    { title: "every text missing: amber for the refund rules", filing: { pricingBasis: "", refundRules: "", complaintChannel: " " }, items: [item()], severity: "amber", missing: ["refundRules"] },
    { title: "no fee items at all: nothing published, red", filing: {}, items: [], severity: "red", missing: ["feeItems"] },
    { title: "a service without content: amber", filing: {}, items: [item(), service({ description: " " })], severity: "amber", missing: [] },
    { title: "an agency item without content: amber", filing: {}, items: [agency({ description: "" })], severity: "amber", missing: [] },
    { title: "保教费 needs no service description", filing: {}, items: [item({ description: "" })], severity: null, missing: [] },
  ];

  it.each(cases)("$title", async ({ filing: f, items, severity, missing }) => {
    const o = await outcomeOf("R10", filing("nonprofit_private", { filing: f, items }));
    expect(o.version).toBe(4);
    expect(o.fired).toBe(severity !== null);
    expect(o.severity).toBe(severity);
    expect((o.details.missingFields as { field: string }[]).map((m) => m.field)).toEqual(missing);
    expect(leaf(o, "feeItemsMissing")).toMatchObject({ operator: "contains", value: "feeItems", result: (missing as string[]).includes("feeItems") });
  });

  it("a kindergarten without a recorded nature: amber", async () => {
    const facts = filing("nonprofit_private", { kindergarten: { nature: "" as Nature } });
    const o = await outcomeOf("R10", facts);
    expect(o.severity).toBe("amber");
    expect(leaf(o, "natureMissing")).toMatchObject({ result: true });
    expect(formatMessage(o, "zh")).toContain("缺少 办园性质");
  });

  it("explains what is missing in both languages", async () => {
    const o = await outcomeOf(
      "R10",
      filing("forprofit_private", { filing: { refundRules: "", complaintChannel: "" }, items: [item(), service({ name: "延时服务费", description: "" })] }),
    );
    expect(formatMessage(o, "zh")).toBe("收费公示信息不完整：缺少 退费办法；1 项服务性收费/代收费未说明服务内容（延时服务费）。");
    expect(formatMessage(o, "en")).toBe(
      "Fee disclosure is incomplete: missing refund rules; 1 service or agency item without a description of the service (延时服务费).",
    );
    expect(o.legalBasis).toContainEqual({
      document: "《中华人民共和国学前教育法》",
      article: "第六十九条第二款（公示收费项目、标准、服务内容、退费规则）",
    });
    expect(o.legalBasis.map((b) => b.article ?? "").join()).not.toMatch(/第七十二条/);
  });

  describe("what is asked, by effective date", () => {
    const at = (effectiveFrom: string, f: Partial<ReturnType<typeof filing>["filing"]>, items = [item(), service()]) =>
      outcomeOf("R10", filing("nonprofit_private", { effectiveFrom, filing: f, items }));
    const noRefund = { refundRules: "" };
    const noBasis = { pricingBasis: "" };
    const noContent = [item(), service({ description: "" })];

    it("before the 2011 measures there is no version", async () => {
      await expect(at("2011-12-30", {})).rejects.toThrow(/R10 produced no outcome/);
    });

    it.each([
      // Before 2025-06-01 (2011 measures Art. 17, 价格法 Art. 13): items, standards and nature only.
      { effectiveFrom: "2011-12-31", version: 2, refund: null, basis: null, content: null, marking: false },
      { effectiveFrom: "2022-06-30", version: 2, refund: null, basis: null, content: null, marking: false },
      { effectiveFrom: "2022-07-01", version: 3, refund: null, basis: null, content: null, marking: true },
      { effectiveFrom: "2025-05-31", version: 3, refund: null, basis: null, content: null, marking: true },
      // 学前教育法 Art. 69 ¶2: refund rules and service content too.
      { effectiveFrom: "2025-06-01", version: 4, refund: "amber", basis: null, content: "amber", marking: true },
      { effectiveFrom: "2025-12-31", version: 4, refund: "amber", basis: null, content: "amber", marking: true },
      // 1644号: the catalogue also names the pricing basis.
      { effectiveFrom: "2026-01-01", version: 5, refund: "amber", basis: "amber", content: "amber", marking: true },
    ])("$effectiveFrom: version $version", async ({ effectiveFrom, version, refund, basis, content, marking }) => {
      const withoutRefund = await at(effectiveFrom, noRefund);
      expect(withoutRefund.version).toBe(version);
      expect(withoutRefund.severity).toBe(refund);
      expect((await at(effectiveFrom, noBasis)).severity).toBe(basis);
      expect((await at(effectiveFrom, {}, noContent)).severity).toBe(content);
      expect((await at(effectiveFrom, {}, [])).severity).toBe("red");
      expect((await at(effectiveFrom, { complaintChannel: "" })).fired).toBe(false);
      const docs = withoutRefund.legalBasis.map((b) => b.document);
      expect(docs).toContain("《幼儿园收费管理暂行办法》（发改价格〔2011〕3207号）");
      expect(docs.includes("《明码标价和禁止价格欺诈规定》")).toBe(marking);
      expect(docs.includes("《中华人民共和国学前教育法》")).toBe(version >= 4);
      expect(docs.some((d) => d.includes("1644号"))).toBe(version === 5);
    });
  });
});
