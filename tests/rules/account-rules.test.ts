/**
 * The account rules (appliesTo "account") on the real rule files: A01 (the
 * filed account's name against the approved name, after the rules' one
 * entity-name normalisation: NFKC, simplified, no spaces, zero-width
 * characters or interpuncts; brackets and case kept) and
 * A02 (parents' mismatching checks within the window), at their boundaries,
 * with default and regional params.
 */
import { describe, expect, it } from "vitest";
import { createRegionalRuleEngine } from "~/rules/cache";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import type { AccountFacts, Nature, RuleOutcome } from "~/rules/types";
import { APPROVED_NAME, realRuleSet } from "./fixtures";

function accountFacts(overrides: { nature?: Nature; accountName?: string | null; count?: number; distinct?: number; approvedName?: string } = {}): AccountFacts {
  return {
    kindergarten: { id: "kg", approvedName: overrides.approvedName ?? APPROVED_NAME, nature: overrides.nature ?? "nonprofit_private", regionCode: "330203" },
    evaluatedOn: "2026-11-30",
    account:
      overrides.accountName === null
        ? null
        : { bankName: "中国农业银行", branchName: "海曙支行", accountNumber: "39012001040012345", accountName: overrides.accountName ?? APPROVED_NAME },
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
  expect(outcomes.map((o) => o.ruleId)).toEqual(["A01", "A02"]);
});
