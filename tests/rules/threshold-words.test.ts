/**
 * The threshold words of the rules' latest versions are the params' own names (黄色预警阈值, 红色预警阈值, 非自愿收费的
 * 预警级别: app/i18n/features/rule-params.ts `param.*`, the one name the flags and the settings pages give them): R04 v5, R13 v5 and
 * A02 v4 replace R04 v4, R13 v4 and A02 v3 from their first days, judge as they did, and say so in their words; the
 * earlier versions keep theirs (published files are never edited), and a fresh installation never places them.
 */
import { describe, expect, it } from "vitest";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import { loadRuleSet } from "~/rules/load/read-files";
import { translate } from "~/i18n";
import type { AccountFacts, FilingFacts, RuleOutcome } from "~/rules/types";
import { agency, filing, item, RULES_DIR, realRuleSet, service } from "./fixtures";

const library = loadRuleSet(RULES_DIR);
const version = (id: string, v: number) => {
  const def = library.find((d) => d.id === id && d.version === v);
  if (!def) throw new Error(`${id} v${v} is not in the files`);
  return def;
};
/** An engine with this one version of the rule in force, as an installation that activated it would run it. */
const only = (id: string, v: number) => createRuleEngine([{ ...version(id, v), effectiveFrom: "2000-01-01", effectiveTo: null }]);

async function filingOutcome(id: string, v: number, facts: FilingFacts): Promise<RuleOutcome> {
  return (await only(id, v).evaluateFiling(facts)).find((o) => o.ruleId === id)!;
}

const increase = (newFen: number) =>
  filing("forprofit_private", { effectiveFrom: "2026-09-01", items: [item({ amountFen: newFen })], previousItems: [item()] });

describe("R04 v5: the amber threshold is 黄色预警阈值, as the params and the flag's conditions name it", () => {
  it("says 黄色预警阈值 and 'amber threshold' where v4 said 黄色提示阈值 and 'amber at'", async () => {
    const v5 = await filingOutcome("R04", 5, increase(112_500));
    expect(formatMessage(v5, "zh")).toBe("1 项收费较上次备案上涨 10% 及以上，最高涨幅 12.5%（黄色预警阈值 10%，红色预警阈值 20%）。");
    expect(formatMessage(v5, "en")).toBe(
      "1 fee item rose by 10% or more since the previous filing; the largest increase is 12.5% (amber threshold 10%, red threshold 20%).",
    );
    expect(version("R04", 5).params.amberBp.description.zh).toMatch(/^黄色预警阈值，/);
    // The params' names (the flag's and the settings pages' one name) are the message's words.
    expect(formatMessage(v5, "zh")).toContain(`${translate("zh-CN", "param.amberBp")} 10%`);
    expect(formatMessage(v5, "zh")).toContain(`${translate("zh-CN", "param.redBp")} 20%`);
    expect(translate("zh-CN", "param.amberBp")).toBe("黄色预警阈值");
    // v4 keeps its own words: a flag stored under it reads as it was.
    expect(formatMessage(await filingOutcome("R04", 4, increase(112_500)), "zh")).toContain("黄色提示阈值 10%");
  });

  it("judges exactly as v4: the same outcomes at and around both thresholds", async () => {
    for (const newFen of [100_000, 109_999, 110_000, 119_999, 120_000, 150_000]) {
      const [v4, v5] = await Promise.all([filingOutcome("R04", 4, increase(newFen)), filingOutcome("R04", 5, increase(newFen))]);
      expect({ fired: v5.fired, severity: v5.severity, details: v5.details }).toEqual({ fired: v4.fired, severity: v4.severity, details: v4.details });
    }
    expect(version("R04", 5).legalBasis).toEqual(version("R04", 4).legalBasis);
    expect(version("R04", 5).rule.conditions).toEqual(version("R04", 4).rule.conditions);
  });
});

describe("R13 v5 and A02 v4: the severity named as their params are", () => {
  it("R13 v5's param says 预警级别 (非自愿收费的预警级别), v4's 严重程度; both judge alike", async () => {
    expect(translate("zh-CN", "param.notVoluntarySeverity")).toBe("非自愿收费的预警级别");
    expect(version("R13", 5).params.notVoluntarySeverity.description.zh).toContain("时的预警级别：amber（黄色预警，默认）或 red（红色预警）");
    expect(version("R13", 4).params.notVoluntarySeverity.description.zh).toContain("严重程度");
    const facts = filing("forprofit_private", { effectiveFrom: "2026-09-01", items: [item(), service({ voluntary: false }), agency({ bundled: true })] });
    const [v4, v5] = await Promise.all([filingOutcome("R13", 4, facts), filingOutcome("R13", 5, facts)]);
    expect({ fired: v5.fired, severity: v5.severity, details: v5.details }).toEqual({ fired: v4.fired, severity: v4.severity, details: v4.details });
    expect(formatMessage(v5, "zh")).toBe(formatMessage(v4, "zh"));
  });

  it("A02 v4's params say 黄色预警 / 红色预警 where v3 said 提示（黄色）/ 警示（红色）; both judge alike", async () => {
    expect(version("A02", 4).params.amberMismatches.description.zh).toBe("窗口期内核验不符达到该次数时为黄色预警。");
    expect(version("A02", 4).params.redMismatches.description.zh).toBe("窗口期内核验不符达到该次数时为红色预警。");
    expect(translate("zh-CN", "param.amberMismatches")).toBe("黄色预警的核验不符次数");
    expect(translate("zh-CN", "param.redMismatches")).toBe("红色预警的核验不符次数");
    for (const count of [2, 3, 10]) {
      const facts: AccountFacts = {
        kindergarten: { id: "kg", approvedName: "宁波市海曙区阳光幼儿园", nature: "nonprofit_private", regionCode: "330203" },
        evaluatedOn: "2026-11-30",
        account: null,
        mismatchChecks: { windowDays: 30, count, distinctAccounts: 1 },
      };
      const [v3, v4] = await Promise.all([3, 4].map(async (v) => (await only("A02", v).evaluateAccount(facts)).find((o) => o.ruleId === "A02")!));
      expect({ fired: v4.fired, severity: v4.severity }).toEqual({ fired: v3.fired, severity: v3.severity });
    }
  });
});

describe("versions in time", () => {
  it("each correction replaces its predecessor from the same first day: a fresh installation never places the old one", () => {
    const placed = realRuleSet();
    for (const [id, from, replaced, by] of [
      ["R04", "2026-01-01", 4, 5],
      ["R13", "2026-01-01", 4, 5],
      ["A02", "2023-07-26", 3, 4],
    ] as const) {
      expect(version(id, by).effectiveFrom).toBe(from);
      expect(version(id, by).effectiveFrom).toBe(version(id, replaced).effectiveFrom);
      expect(placed.some((d) => d.id === id && d.version === replaced)).toBe(false);
      expect(placed.find((d) => d.id === id && d.version === by)).toMatchObject({ effectiveFrom: from, effectiveTo: null });
    }
  });

  it("no rule's latest version names a threshold or a severity otherwise than the params do (提示阈值, 警示, 严重程度)", () => {
    const latest = new Map<string, (typeof library)[number]>();
    for (const def of library) if ((latest.get(def.id)?.version ?? 0) < def.version) latest.set(def.id, def);
    const stale = /提示阈值|警示|提示（黄色）|严重程度|黄色阈值|红色阈值/;
    for (const def of latest.values()) {
      // A correction may quote its predecessor's words (“黄色提示阈值”): a quotation is not its own naming.
      const words = [def.message.zh, def.description.zh, ...Object.values(def.params).map((p) => p.description.zh)].map((w) => w.replace(/“[^”]*”/g, ""));
      expect(words.filter((w) => stale.test(w)), `${def.id} v${def.version}`).toEqual([]);
    }
  });
});
