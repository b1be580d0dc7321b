/**
 * translate(): variables, messages encoded for conform's error slots, and the word a count needs in English
 * ("1 file", "2 files"), which Chinese does without.
 */
import { describe, expect, it } from "vitest";
import { encodeMessage, listOf, translate } from "~/i18n";
import { rulesConfig } from "~/i18n/features/rules-config";

describe("translate", () => {
  it("puts the count's form of a word in English: one, none, several", () => {
    expect(translate("en", "complaint.evidence.chosen", { n: 1 })).toBe("1 file chosen");
    expect(translate("en", "complaint.evidence.chosen", { n: 0 })).toBe("0 files chosen");
    expect(translate("en", "complaint.evidence.chosen", { n: 3 })).toBe("3 files chosen");
    expect(translate("en", "complaint.event.received.items", { n: 1 })).toBe("1 charged item");
    expect(translate("en", "complaint.event.received.months", { n: 2 })).toBe("refund details for 2 months");
    expect(translate("en", "guidance.import.rowErrors", { count: 1 })).toBe("1 row has errors:");
  });

  it("writes Chinese counts as they are", () => {
    expect(translate("zh-CN", "complaint.event.received.files", { n: 2 })).toBe("2 个文件");
  });

  it("reads the count from a message encoded with its variables, and leaves a variable it was not given in place", () => {
    expect(translate("en", encodeMessage({ key: "case.daysLeft", vars: { n: 1 } }))).toBe("1 working day left");
    expect(translate("en", "case.daysLeft", { other: 2 })).toBe("{n} working {n|day|days} left");
  });

  it("groups a quantity marked as a number the language's way, and nothing else: a limit of 50,000, a year as it is", () => {
    expect(translate("zh-CN", "accountOverview.export.hint", { max: 50_000 })).toBe("按当前筛选条件导出全部页，最多 50,000 所幼儿园。");
    expect(translate("en", "accountOverview.export.hint", { max: 50_000 })).toBe("Every page under the filters chosen, at most 50,000 kindergartens.");
    expect(translate("zh-CN", "queue.export", { max: 200_000 })).toBe("导出当前筛选结果（最多 200,000 行）：");
    expect(translate("en", "csv.tooManyRows", { max: 20_000 })).toBe("Too many rows: at most 20,000 per file");
    // Read back from a message the domain encoded with its variables (an import's refusal).
    expect(translate("zh-CN", encodeMessage({ key: "csv.tooManyRows", vars: { max: 10_000 } }))).toBe("数据行过多，一个文件最多 10,000 行");
    expect(translate("zh-CN", "accountOverview.summary.all", { n: 999 })).toBe("全部 999");
    expect(translate("zh-CN", "statistics.kindergartens.note", { year: 2026 })).toContain("2026");
    expect(translate("zh-CN", "statistics.kindergartens.note", { year: 2026 })).not.toContain("2,026");
  });

  it("writes a rule parameter given by its identifier as its name in the language, an unnamed one as it is", () => {
    expect(translate("zh-CN", "rulesConfig.param.error.integer", { param: "amberBp" })).toBe("“黄色预警阈值”应为整数。");
    expect(translate("en", "rulesConfig.param.error.integer", { param: "amberBp" })).toBe('"Amber threshold" must be an integer.');
    expect(translate("en", encodeMessage({ key: "rulesConfig.param.error.max", vars: { param: "allowedMonths", max: 12, value: 13 } }))).toBe(
      '"Months in which increases may take effect" must be at most 12 (you entered 13).',
    );
    // A parameter no rule declares has no name: the identifier the post gave.
    expect(translate("zh-CN", "rulesConfig.param.error.unknown", { param: "minLeadWeeks", rule: "R06" })).toBe("规则 R06 没有参数“minLeadWeeks”。");
  });

  it("names the parameter in every message about one, in both languages", () => {
    for (const lang of ["zh-CN", "en"] as const) {
      const keys = Object.keys(rulesConfig[lang === "en" ? "en" : "zh"]).filter((k) => k.startsWith("rulesConfig.param.error."));
      expect(keys.length).toBeGreaterThan(10);
      for (const key of keys) {
        const text = translate(lang, key, { param: "redMismatches", rule: "R08", min: 0, max: 9, value: 10, allowed: "a", problem: "p", problemZh: "p" });
        expect(text, key).not.toContain("redMismatches");
        if (key !== "rulesConfig.param.error.invalidSet") expect(text, key).toContain(lang === "en" ? "Mismatches for a red flag" : "红色预警的核验不符次数");
      }
    }
  });

  it("writes the track in lower case inside an English sentence", () => {
    expect(translate("en", "complaint.receipt.title", { track: translate("en", "complaint.trackNoun.report") })).toBe("Your report was received");
  });
});

describe("listOf", () => {
  it("lists words the language's way: the ideographic comma in Chinese, a comma and a space in English", () => {
    expect(listOf(["2026-09", "2026-08", "2026-07"], "zh-CN")).toBe("2026-09、2026-08、2026-07");
    expect(listOf(["2026-09", "2026-08", "2026-07"], "en")).toBe("2026-09, 2026-08, 2026-07");
  });
});
