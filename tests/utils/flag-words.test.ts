/**
 * A flag's explanation in words: the conditions of real rule outcomes read as
 * sentences with labelled, unit-formatted figures, and every fact and param
 * the rule files name has a label in both languages (a new one without a
 * label would show its code name).
 */
import { describe, expect, it } from "vitest";
import { isMessageKey, translate } from "~/i18n";
import type { RuleOutcome } from "~/rules/types";
import { describeCondition, formatFigure, ruleRefLabel, ruleVersionLabel } from "~/utils/flag-words";
import { filing, guidance, item, leaf, outcomeOf, realRuleSet } from "../rules/fixtures";

const sentence = (outcome: RuleOutcome, name: string, lang: "zh-CN" | "en") => {
  const w = describeCondition(leaf(outcome, name), lang);
  return [w.subject, w.operator, w.reference, w.threshold].filter(Boolean).join(" ");
};

describe("a condition in words", () => {
  it("R04: the largest increase against the amber threshold, in percent", async () => {
    const o = await outcomeOf(
      "R04",
      filing("forprofit_private", { items: [item({ amountFen: 298_000 })], previousItems: [item({ amountFen: 238_000 })] }),
    );
    expect(sentence(o, "increaseAtOrAboveAmber", "zh-CN")).toBe("最高涨幅 ≥ 黄色提示阈值 10%");
    expect(sentence(o, "increaseAtOrAboveRed", "en")).toBe("Largest increase ≥ Red threshold 20%");
    const amber = describeCondition(leaf(o, "increaseAtOrAboveAmber"), "zh-CN");
    expect(amber.actual).toBe("25.21%");
    expect(amber.result).toBe("met");
    expect(sentence(o, "forProfit", "zh-CN")).toBe("办园性质 为 营利性民办");
    expect(describeCondition(leaf(o, "hasPreviousFiling"), "en").actual).toBe("yes");
  });

  it("R03: fen as yuan", async () => {
    const o = await outcomeOf(
      "R03",
      filing("inclusive_private", { items: [item({ amountFen: 120_100 })], guidancePrices: [guidance({ basePriceFen: 100_000, maxFloatBp: 1000 })] }),
    );
    expect(sentence(o, "amountAboveCap", "zh-CN")).toBe("按月折算后超出指导价上限最多 > 容差 0.00 元");
    expect(describeCondition(leaf(o, "amountAboveCap"), "en").actual).toBe("101.00 yuan");
  });

  it("R06: the publication date against the latest day; R05: months by name; R10: what is missing by name", async () => {
    const r06 = await outcomeOf("R06", filing("forprofit_private", { filing: { publishedOn: "2025-08-02" } }));
    expect(sentence(r06, "leadTimeTooShort", "zh-CN")).toBe("公示日期 晚于 2025-07-03");
    expect(describeCondition(leaf(r06, "leadTimeTooShort"), "en").actual).toBe("2025-08-02");
    const r10 = await outcomeOf("R10", filing("forprofit_private", { filing: { refundRules: "" } }));
    expect(describeCondition(leaf(r10, "refundRulesMissing"), "zh-CN")).toMatchObject({ subject: "缺少的公示内容", threshold: "退费办法", actual: "退费办法" });
    const r05 = await outcomeOf("R05", filing("forprofit_private", { items: [item({ amountFen: 110_000 })], previousItems: [item()] }));
    expect(sentence(r05, "monthNotAllowed", "en")).toBe("Effective month is not one of Months increases may take effect Aug, Sep");
  });

  it("a comparison with nothing reads as unknown, not as a code or null", async () => {
    const o = await outcomeOf("R12", filing("forprofit_private", { publicCareFeeFen: null }));
    const known = describeCondition(leaf(o, "publicRateKnown"), "zh-CN");
    expect([known.subject, known.operator, known.threshold, known.actual]).toEqual(["当地公办园保教费", "不为", "未知", "未知"]);
  });

  it("names no code: every fact a condition names and every param of every rule file has a label in both languages", () => {
    const missing: string[] = [];
    for (const def of realRuleSet()) {
      const names = [...def.leaves.map((l) => `fact.${l.fact}`), ...Object.keys(def.params).map((p) => `param.${p}`)];
      for (const leafOperator of def.leaves.map((l) => l.operator)) names.push(`operator.${leafOperator}`);
      for (const key of names) {
        if (!isMessageKey(key) || translate("en", key) === key) missing.push(`${def.id}@${def.version} ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("figures and rule versions", () => {
  it("formats by the name's unit", () => {
    expect(formatFigure("capFen", 123_456, "zh-CN")).toBe("1,234.56 元");
    expect(formatFigure("increaseBp", 1250, "en")).toBe("12.5%");
    expect(formatFigure("unit", "semester", "zh-CN")).toBe("每学期");
    // Params kept in tenths or hundredths read as what they count, not as the stored integer.
    expect(formatFigure("monthsPerSemesterTenths", 50, "zh-CN")).toBe("5 个月");
    expect(formatFigure("dayRateDaysPerMonthHundredths", 2175, "zh-CN")).toBe("21.75 天");
    expect(formatFigure("monthsPerSemesterTenths", 10, "en")).toBe("1 month");
    expect(formatFigure("expectedPrefixes", { forprofit_private: ["91"], public: ["11", "12"] }, "zh-CN")).toBe("营利性民办：91；公办：11、12");
  });

  it("reads a rule version as R04 第1版 / R04 v1, also from a stored reference", () => {
    expect(ruleVersionLabel("R04", 1, "zh-CN")).toBe("R04 第1版");
    expect(ruleVersionLabel("R04", 1, "en")).toBe("R04 v1");
    expect(ruleRefLabel("R03@2", "zh-CN")).toBe("R03 第2版");
  });
});
