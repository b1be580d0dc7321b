/**
 * The account rules (appliesTo "account") on the real rule files: A01 (the
 * filed account's name against the approved name, after the rules' one
 * entity-name normalisation: NFKC, simplified, no spaces, zero-width
 * characters or interpuncts; brackets and case kept) and
 * A02 (parents' mismatching checks within the window) and A03 (a CNAPS code
 * whose bank code is not the filed bank's), at their boundaries, with default
 * and regional params.
 */
import { describe, expect, it } from "vitest";
import { createRegionalRuleEngine } from "~/rules/cache";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import type { AccountFacts, Nature, RuleOutcome } from "~/rules/types";
import { APPROVED_NAME, realRuleSet } from "./fixtures";

function accountFacts(
  overrides: { nature?: Nature; accountName?: string | null; count?: number; distinct?: number; approvedName?: string; bankName?: string; cnapsCode?: string | null } = {},
): AccountFacts {
  return {
    kindergarten: { id: "kg", approvedName: overrides.approvedName ?? APPROVED_NAME, nature: overrides.nature ?? "nonprofit_private", regionCode: "330203" },
    evaluatedOn: "2026-11-30",
    account:
      overrides.accountName === null
        ? null
        : {
            bankName: overrides.bankName ?? "中国农业银行",
            branchName: "海曙支行",
            accountNumber: "39012001040012345",
            accountName: overrides.accountName ?? APPROVED_NAME,
            cnapsCode: overrides.cnapsCode ?? null,
          },
    mismatchChecks: { windowDays: 30, count: overrides.count ?? 0, distinctAccounts: overrides.distinct ?? 0 },
  };
}

const engine = createRuleEngine(realRuleSet());
const outcome = async (id: string, facts: AccountFacts, e = engine): Promise<RuleOutcome> => {
  const found = (await e.evaluateAccount(facts)).find((o) => o.ruleId === id);
  if (!found) throw new Error(`${id} is not in force`);
  return found;
};

describe("A01: the account's name is the approved name", () => {
  it.each([
    ["the same name", APPROVED_NAME, false],
    ["spaces anywhere, ideographic included", ` 宁波市 海曙区\u3000阳光幼儿园 `, false],
    ["full-width brackets against half-width", "宁波市海曙区阳光幼儿园(普通合伙)", false, "宁波市海曙区阳光幼儿园（普通合伙）"],
    ["full-width letters and digits", "宁波市海曙区阳光幼儿园ＡＢＣ１", false, "宁波市海曙区阳光幼儿园ABC1"],
    ["traditional characters (a Hong Kong or Taiwan keyboard)", "寧波市海曙區陽光幼兒園", false],
    ["a zero-width space pasted in", "宁波市海曙区\u200b阳光幼儿园", false],
    ["a no-break space and a BOM", "宁波市\u00a0海曙区阳光幼儿园\ufeff", false],
    ["an interpunct in a transliterated name", "宁波市海曙区玛丽亚・阳光幼儿园", false, "宁波市海曙区玛丽亚·阳光幼儿园"],
    ["brackets dropped: may be another entity", "宁波市海曙区阳光幼儿园普通合伙", true, "宁波市海曙区阳光幼儿园（普通合伙）"],
    ["a hyphen is not dropped from a name", "宁波市海曙区阳光-幼儿园", true],
    ["letters of another case", "宁波市海曙区阳光幼儿园abc", true, "宁波市海曙区阳光幼儿园ABC"],
    ["one character different", "宁波市海曙区阳光幼稚园", true],
    ["a person's name", "张某某", true],
    ["the brand name instead of the registered one", "阳光幼儿园", true],
  ])("%s → fires: %s", async (_label, accountName, fires, approvedName?: string) => {
    const o = await outcome("A01", accountFacts({ accountName, approvedName }));
    expect(o.fired).toBe(fires);
    if (fires) {
      expect(o.severity).toBe("red");
      expect(formatMessage(o, "zh")).toContain(accountName);
      expect(o.legalBasis.map((l) => `${l.document}${l.article}`).join()).toContain("第四十四条");
    }
  });

  it("applies to private kindergartens only, and needs an account to compare", async () => {
    expect((await outcome("A01", accountFacts({ nature: "public", accountName: "张某某" }))).fired).toBe(false);
    for (const nature of ["inclusive_private", "forprofit_private"] as const) {
      expect((await outcome("A01", accountFacts({ nature, accountName: "张某某" }))).fired).toBe(true);
    }
    expect((await outcome("A01", accountFacts({ accountName: null }))).fired).toBe(false);
  });
});

describe("A03: the CNAPS code's bank code is the filed bank's", () => {
  it.each([
    ["the officer's walk: 建设银行's 105 under 中国银行 (104)", "中国银行", "105332000012", true],
    ["中国银行 with its own 104", "中国银行", "104332000012", false],
    ["no code filed (it is optional)", "中国银行", null, false],
    ["an empty code", "中国银行", "", false],
    ["a bank the table does not know (浙江泰隆商业银行), any code", "浙江泰隆商业银行", "105332000012", false],
    ["a bank the table does not know (鄞州银行), any code", "鄞州银行", "402332000012", false],
    ["the short form 工商银行 with 102", "工商银行", "102332000012", false],
    ["the short form 工行 with 103", "工行", "103332000012", true],
    ["建行 with 105", "建行", "105332000012", false],
    ["the company form and branch: 中国建设银行股份有限公司宁波海曙支行 with 105", "中国建设银行股份有限公司宁波海曙支行", "105332000012", false],
    ["the company form and branch with 104", "中国建设银行股份有限公司宁波海曙支行", "104332000012", true],
    ["spaces and full-width characters in the name", " 中国 工商银行\u3000", "102332000012", false],
    ["traditional characters: 中國農業銀行 with 103", "中國農業銀行", "103332000012", false],
    ["中国农业银行 with 102", "中国农业银行", "102332000012", true],
    ["交通银行 with 301", "交通银行", "301332000012", false],
    ["邮储银行 with 403", "邮储银行", "403332000012", false],
    ["中国邮政储蓄银行 with 102", "中国邮政储蓄银行", "102332000012", true],
    ["招商银行 with 308", "招商银行", "308332000012", false],
    ["上海浦东发展银行 (浦发银行) with 310", "浦发银行", "310332000012", false],
    ["宁波银行, a city commercial bank, with 313", "宁波银行", "313332000012", false],
    ["宁波银行 with 105", "宁波银行", "105332000012", true],
    ["a rural commercial bank with 314", "宁波鄞州农村商业银行", "314332000012", false],
    ["a rural commercial bank that kept the cooperatives' 402", "宁波鄞州农村商业银行股份有限公司", "402332000012", false],
    ["a rural commercial bank with 105", "宁波鄞州农村商业银行", "105332000012", true],
    ["a rural credit cooperative with 402", "象山县农村信用合作联社", "402332000012", false],
    ["a rural credit cooperative with 314", "象山县农村信用合作联社", "314332000012", true],
    ["a code of no bank the table knows (999) under a known bank", "中国银行", "999332000012", true],
    ["中国农业发展银行 is not 中国农业银行", "中国农业发展银行", "203332000012", false],
    ["a bank named in English is not judged", "ICBC", "104332000012", false],
  ])("%s → fires: %s", async (_label, bankName, cnapsCode, fires) => {
    const o = await outcome("A03", accountFacts({ bankName, cnapsCode }));
    expect(o.fired).toBe(fires);
    if (fires) expect(o.severity).toBe("amber");
  });

  it("explains itself naming the code's bank and the filed bank, on the account rules' basis", async () => {
    const o = await outcome("A03", accountFacts({ bankName: "中国银行", cnapsCode: "105332000012" }));
    expect(formatMessage(o, "zh")).toBe(
      "联行号 105332000012 的前三位 105 是中国建设银行的行别代码，与备案的开户银行“中国银行”（中国银行，行别代码 104）不符：联行号可能填错，或账户并非开在所填的银行。",
    );
    expect(formatMessage(o, "en")).toBe(
      'The CNAPS code 105332000012 begins with 105, the bank code of China Construction Bank, but the bank filed is "中国银行" (Bank of China, bank code 104): the code may be mistyped, or the account may not be held at the bank named.',
    );
    expect(o.legalBasis.map((l) => `${l.document}${l.article}`)).toEqual([
      "《中华人民共和国民办教育促进法实施条例》第四十四条",
      "教育部 国家发展改革委 财政部《关于实施新时代基础教育扩优提质行动计划的意见》（教基〔2023〕4号）第五项（民办园收费全部进入备案账户）",
    ]);
    expect(o.version).toBe(2);
    // A rural commercial bank may carry two codes, and a code of no known bank says so.
    const rural = await outcome("A03", accountFacts({ bankName: "宁波鄞州农村商业银行", cnapsCode: "999332000012" }));
    expect(formatMessage(rural, "zh")).toContain("是平台行别代码表以外的银行的行别代码");
    expect(formatMessage(rural, "zh")).toContain("（农村商业银行，行别代码 314/402）");
    expect(formatMessage(rural, "en")).toContain("a bank not in the portal's table of bank codes");
  });

  it("applies to private kindergartens only, and needs an account", async () => {
    expect((await outcome("A03", accountFacts({ nature: "public", bankName: "中国银行", cnapsCode: "105332000012" }))).fired).toBe(false);
    for (const nature of ["inclusive_private", "forprofit_private"] as const) {
      expect((await outcome("A03", accountFacts({ nature, bankName: "中国银行", cnapsCode: "105332000012" }))).fired).toBe(true);
    }
    expect((await outcome("A03", accountFacts({ accountName: null }))).fired).toBe(false);
  });

  it("is judged from 2021-09-01 on Art. 44 alone, from 2023-07-26 with 教基〔2023〕4号 too, as A01 is", async () => {
    const on = (evaluatedOn: string) => ({ ...accountFacts({ bankName: "中国银行", cnapsCode: "105332000012" }), evaluatedOn });
    expect((await engine.evaluateAccount(on("2021-08-31"))).some((o) => o.ruleId === "A03")).toBe(false);
    const v1 = await outcome("A03", on("2023-07-25"));
    expect([v1.version, v1.fired, v1.legalBasis.length]).toEqual([1, true, 1]);
    const v2 = await outcome("A03", on("2023-07-26"));
    expect([v2.version, v2.fired, v2.legalBasis.length]).toEqual([2, true, 2]);
  });
});

describe("A02: parents' checks that do not match the filed account", () => {
  it.each([
    [0, false, null],
    [2, false, null],
    [3, true, "amber"],
    [9, true, "amber"],
    [10, true, "red"],
  ] as const)("%i mismatches in the window → fires %s (%s)", async (count, fires, severity) => {
    const o = await outcome("A02", accountFacts({ count, distinct: Math.min(count, 2) }));
    expect(o.fired).toBe(fires);
    expect(o.severity).toBe(severity);
    if (fires) expect(formatMessage(o, "zh")).toContain(`${count} 次`);
  });

  it("fires without a filed account too: parents asked to pay a kindergarten that filed none", async () => {
    expect((await outcome("A02", accountFacts({ accountName: null, count: 3, distinct: 1 }))).fired).toBe(true);
  });

  it("takes a region's thresholds from its overlay, and other regions keep the defaults", async () => {
    const regional = createRegionalRuleEngine(realRuleSet(), [
      { regionCode: "330200", ruleId: "A02", params: { amberMismatches: 5, redMismatches: 20 } },
    ]);
    const ningbo = await outcome("A02", accountFacts({ count: 4 }), regional);
    expect(ningbo.fired).toBe(false);
    expect(ningbo.params).toEqual({ amberMismatches: 5, redMismatches: 20 });
    const elsewhere = { ...accountFacts({ count: 4 }), kindergarten: { ...accountFacts().kindergarten, regionCode: "110101" } };
    expect((await outcome("A02", elsewhere, regional)).severity).toBe("amber");
  });
});

it("the filing engine's results do not include account rules, nor the account engine's filing rules", async () => {
  const outcomes = await engine.evaluateAccount(accountFacts());
  expect(outcomes.map((o) => o.ruleId)).toEqual(["A01", "A02", "A03"]);
});
