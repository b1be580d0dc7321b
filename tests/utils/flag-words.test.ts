/**
 * A flag's explanation in words: the conditions of real rule outcomes read as
 * sentences with labelled, unit-formatted figures, and every fact and param
 * the rule files name has a label in both languages (a new one without a
 * label would show its code name).
 */
import { describe, expect, it } from "vitest";
import { isMessageKey, translate } from "~/i18n";
import type { RuleOutcome } from "~/rules/types";
import { isFactRef, type ConditionNode } from "~/rules/schema";
import { outcomeFromStored } from "~/rules/explain";
import { conditionLines, conditionSentence, conditionStatement, describeCondition, formatFigure, formatParamBrief, ruleRefLabel, ruleVersionLabel, shapedLines } from "~/utils/flag-words";
import { filing, guidance, item, leaf, outcomeOf, realRuleSet, service } from "../rules/fixtures";

/** The facts a rule's conditions compare their facts with (`"value": {"fact": …}`). */
function factsComparedWith(node: ConditionNode): string[] {
  if ("all" in node) return node.all.flatMap(factsComparedWith);
  if ("any" in node) return node.any.flatMap(factsComparedWith);
  if ("not" in node) return factsComparedWith(node.not);
  return isFactRef(node.value) ? [node.value.fact] : [];
}

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
    expect(sentence(o, "increaseAtOrAboveAmber", "zh-CN")).toBe("最高涨幅 ≥ 黄色预警阈值 10%");
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
    expect(sentence(r05, "monthNotAllowed", "en")).toBe("Effective month is not one of Months in which increases may take effect Aug, Sep");
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
      // A fact a condition compares with ({"fact": …} as its value) is named on the rule's page too.
      names.push(...factsComparedWith(def.rule.conditions).map((f) => `fact.${f}`));
      for (const key of names) {
        if (!isMessageKey(key) || translate("en", key) === key) missing.push(`${def.id}@${def.version} ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe("a condition as a sentence a bookkeeper reads", () => {
  const sentences = (outcome: RuleOutcome, lang: "zh-CN" | "en") => outcome.conditions.map((c) => conditionSentence(c, lang));

  it("R13: each row says the count and how it stands to the threshold, the severity choice in words, not fact, operator and value", async () => {
    const o = await outcomeOf("R13", filing("forprofit_private", { items: [item(), service({ voluntary: false, bundled: true })] }));
    expect(o.fired).toBe(true);
    expect(sentences(o, "zh-CN")).toEqual([
      "非家长自愿选择的项目数：1，超过 0",
      "与保教费捆绑收取的项目数：1，超过 0",
      // An alternative that did not hold says what it asks for, then what the filing has.
      "非自愿收费的预警级别为“红色预警”；实际：黄色预警",
    ]);
    expect(sentences(o, "en")).toEqual([
      "Items parents did not opt into: 1, more than 0",
      "Items bundled with the care fee: 1, more than 0",
      "Severity for charges not left to parents is “Red”; actual: Amber",
    ]);
    // Bundled only: nothing is marked not voluntary, so there is no severity to compare ("无", not "未知").
    const bundled = await outcomeOf("R13", filing("forprofit_private", { items: [item(), service({ bundled: true })] }));
    expect(sentences(bundled, "zh-CN")).toEqual(["非家长自愿选择的项目数：0，未超过 0", "与保教费捆绑收取的项目数：1，超过 0", "非自愿收费的预警级别为“红色预警”；实际：无"]);
    for (const text of [...sentences(o, "zh-CN"), ...sentences(o, "en")]) expect(text).not.toMatch(/serviceItems|exceeds|equal|[<>=]|\bred\b/);
  });

  it("R05 for a for-profit kindergarten: the raised fee is named as what it is, never a guidance-price item; the month by name", async () => {
    const o = await outcomeOf("R05", filing("forprofit_private", { effectiveFrom: "2025-10-01", items: [item({ amountFen: 110_000 })], previousItems: [item()] }));
    expect(o.fired).toBe(true);
    expect(sentences(o, "zh-CN")).toEqual([
      "办园性质：营利性民办，属于适用的办园性质（普惠性民办、非营利性民办、营利性民办）",
      "本次上调了保教费、住宿费或保育费：是",
      "12 个月内上调次数：1，未超过 12 个月内允许的上调次数 1",
      "执行月份：10月，不属于允许上调生效的月份（8月、9月）",
    ]);
    expect(sentences(o, "en")[3]).toBe("Effective month: Oct, not one of Aug, Sep (months in which increases may take effect)");
    expect([...sentences(o, "zh-CN"), ...sentences(o, "en")].join(" ")).not.toMatch(/指导价|guided|guidance/i);
  });

  it("R04, R06, R08, R12: thresholds reached or not, dates, a list that includes a value, an unknown", async () => {
    const r04 = await outcomeOf("R04", filing("forprofit_private", { items: [item({ amountFen: 298_000 })], previousItems: [item({ amountFen: 238_000 })] }));
    expect(conditionSentence(leaf(r04, "increaseAtOrAboveAmber"), "zh-CN")).toBe("最高涨幅：25.21%，达到黄色预警阈值 10%");
    expect(conditionSentence(leaf(r04, "increaseAtOrAboveRed"), "en")).toBe("Largest increase: 25.21%, at or above 20% (red threshold)");
    const small = await outcomeOf("R04", filing("forprofit_private", { items: [item({ amountFen: 104_000 })], previousItems: [item()] }));
    expect(conditionSentence(leaf(small, "increaseAtOrAboveAmber"), "zh-CN")).toBe("最高涨幅：4%，未达到黄色预警阈值 10%");
    const r06 = await outcomeOf("R06", filing("forprofit_private", { filing: { publishedOn: "2025-08-02" } }));
    expect(conditionSentence(leaf(r06, "leadTimeTooShort"), "zh-CN")).toBe("公示日期：2025-08-02，晚于 2025-07-03");
    const r08 = await outcomeOf("R08", filing("forprofit_private", { items: [item({ unit: "year" })] }));
    expect(conditionSentence(leaf(r08, "billedBeyondSemester"), "zh-CN")).toMatch(/^保教费、住宿费、保育费的计费单位：每年，含有不得采用的计费单位（.*每年.*）$/);
    const r12 = await outcomeOf("R12", filing("forprofit_private", { publicCareFeeFen: null }));
    expect(conditionSentence(leaf(r12, "publicRateKnown"), "zh-CN")).toBe("当地公办园保教费：未知");
    const skipped = r12.conditions.find((c) => c.skipped);
    if (skipped) expect(conditionSentence(skipped, "zh-CN")).toMatch(/：未判断（其他条件已决定结果）$/);
  });

  it("a flag stored before sentences existed reads as sentences too (only names and values are stored)", () => {
    const stored = outcomeFromStored(
      {
        ruleId: "R13",
        version: 3,
        fired: true,
        severity: "red",
        explanation: JSON.stringify({
          params: { notVoluntarySeverity: "amber" },
          conditions: [
            { name: "notVoluntary", fact: "serviceItemsNotVoluntaryCount", factResult: 0, operator: "exceeds", value: 0, result: false },
            { name: "bundledWithCareFee", fact: "serviceItemsBundledCount", factResult: 2, operator: "exceeds", value: 0, result: true },
            { name: "notVoluntaryRed", fact: "serviceNotVoluntarySeverity", factResult: null, operator: "equal", value: "red", result: false },
          ],
          details: { notVoluntaryItems: [], bundledItems: [{ name: "兴趣班" }, { name: "校车服务费" }] },
        }),
      },
      { title: { zh: "", en: "" }, message: { zh: "", en: "" }, legalBasis: [] },
    );
    expect(stored.conditions.map((c) => conditionSentence(c, "zh-CN"))).toEqual([
      "非家长自愿选择的项目数：0，未超过 0",
      "与保教费捆绑收取的项目数：2，超过 0",
      "非自愿收费的预警级别为“红色预警”；实际：无",
    ]);
  });
});

describe("conditions as they combine", () => {
  const r04 = () =>
    outcomeOf("R04", filing("forprofit_private", { effectiveFrom: "2026-09-01", items: [item({ amountFen: 112_500 })], previousItems: [item()] }));
  const read = (lines: ReturnType<typeof conditionLines>) => lines.map((l) => `${"  ".repeat(l.depth)}${l.words} → ${l.result}`);

  it("R04: the thresholds as alternatives under 满足以下任一条件：, numbered, the group met because one of them is", async () => {
    const o = await r04();
    expect(read(conditionLines(o.conditions, o.conditionTree, "zh-CN"))).toEqual([
      "办园性质：营利性民办 → met",
      "已有上一次备案：是 → met",
      "满足以下任一条件： → met",
      "  （1）最高涨幅：12.5%，达到黄色预警阈值 10% → met",
      "  （2）最高涨幅：12.5%，未达到红色预警阈值 20% → notMet",
    ]);
    expect(read(conditionLines(o.conditions, o.conditionTree, "en"))).toEqual([
      "Kindergarten type: For-profit private → met",
      "Has a previous filing: yes → met",
      "Any one of the following: → met",
      "  (1) Largest increase: 12.5%, at or above 10% (amber threshold) → met",
      "  (2) Largest increase: 12.5%, below 20% (red threshold) → notMet",
    ]);
  });

  it("a rule that is one group of alternatives (R13) leads with its heading; none held, the group does not", async () => {
    const o = await outcomeOf("R13", filing("forprofit_private", { items: [item(), service()] }));
    expect(read(conditionLines(o.conditions, o.conditionTree, "zh-CN"))).toEqual([
      "满足以下任一条件： → notMet",
      "  （1）非家长自愿选择的项目数：0，未超过 0 → notMet",
      "  （2）与保教费捆绑收取的项目数：0，未超过 0 → notMet",
      "  （3）非自愿收费的预警级别为“红色预警”；实际：无 → notMet",
    ]);
  });

  it("conditions that must all hold inside an alternative, and a negation, get headings of their own", () => {
    const leafRow = (name: string, result: boolean) => ({ name, fact: "hasPreviousFiling", factResult: result, operator: "equal", value: true, result });
    const rows = [leafRow("a", true), leafRow("b", false), leafRow("c", true), leafRow("d", false)];
    const lines = conditionLines(rows, { any: [{ all: ["a", "b"] }, { not: "d" }, "c"] }, "zh-CN");
    expect(lines.map((l) => [l.depth, l.words.replace(/：.*$/, "："), l.result])).toEqual([
      [0, "满足以下任一条件：", "met"],
      [1, "（1）同时满足以下条件：", "notMet"],
      [2, "已有上一次备案：", "met"],
      // Did not hold: what the condition asks for, then what there is.
      [2, "已有上一次备案为“是”；实际：", "notMet"],
      [1, "（2）不满足以下条件：", "met"],
      [2, "已有上一次备案为“是”；实际：", "notMet"],
      [1, "（3）已有上一次备案：", "met"],
    ]);
  });

  it("a flag stored without its rule's tree, or with a tree naming other conditions, lists its conditions as they come", async () => {
    const o = await r04();
    const flat = o.conditions.map((c) => conditionSentence(c, "zh-CN"));
    expect(conditionLines(o.conditions, undefined, "zh-CN").map((l) => [l.depth, l.words])).toEqual(flat.map((w) => [0, w]));
    expect(conditionLines(o.conditions, { any: ["forProfit", "somethingElse"] }, "zh-CN").map((l) => l.words)).toEqual(flat);
  });

  it("a rule's page: the same groups over its conditions, without results", () => {
    const def = realRuleSet().find((d) => d.id === "R04" && d.version === 5)!;
    const lines = shapedLines(def.leaves, def.conditionTree, "zh-CN");
    expect(lines.map((l) => [l.depth, `${l.lead}${l.item?.name ?? l.heading}`, l.result])).toEqual([
      [0, "forProfit", undefined],
      [0, "hasPreviousFiling", undefined],
      [0, "满足以下任一条件：", undefined],
      [1, "（1）increaseAtOrAboveAmber", undefined],
      [1, "（2）increaseAtOrAboveRed", undefined],
    ]);
  });
});

describe("a rule's condition as its page states it", () => {
  it("in English a yes/no or a value asked for reads after a colon, not 'is no'; whether a value is known says so", () => {
    expect(conditionStatement({ fact: "accountNameMatchesApprovedName", operator: "equal", value: false }, "en")).toBe("Account name matches the approved name: no");
    expect(conditionStatement({ fact: "hasPreviousFiling", operator: "equal", value: true }, "en")).toBe("Has a previous filing: yes");
    expect(conditionStatement({ fact: "hasPreviousFiling", operator: "notEqual", value: true }, "en")).toBe("Has a previous filing: not yes");
    expect(conditionStatement({ fact: "kindergartenNature", operator: "equal", value: "forprofit_private" }, "en")).toBe("Kindergarten type: For-profit private");
    expect(conditionStatement({ fact: "publicCareFeeFen", operator: "notEqual", value: null }, "en")).toBe("Local public kindergarten fee is known");
    expect(conditionStatement({ fact: "publicCareFeeFen", operator: "equal", value: null }, "en")).toBe("Local public kindergarten fee is unknown");
  });

  it("in English a membership and a threshold read as before, a date comparison with its verb", () => {
    expect(conditionStatement({ fact: "kindergartenNature", operator: "oneOf", value: ["inclusive_private", "nonprofit_private"] }, "en")).toBe(
      "Kindergarten type is one of Inclusive private, Non-profit private",
    );
    expect(conditionStatement({ fact: "feeIncreaseMaxBp", operator: "atLeast", value: null, param: "amberBp" }, "en")).toBe("Largest increase ≥ Amber threshold");
    expect(conditionStatement({ fact: "itemsNotInCatalogueCount", operator: "exceeds", value: 0 }, "en")).toBe("Items outside the catalogue > 0");
    expect(conditionStatement({ fact: "filingEffectiveFrom", operator: "onOrAfter", value: "2025-08-07" }, "en")).toBe("Effective date is on or after 2025-08-07");
  });

  it("in Chinese reads fact, operator, value as before", () => {
    expect(conditionStatement({ fact: "accountNameMatchesApprovedName", operator: "equal", value: false }, "zh-CN")).toBe("账户户名与核准名称一致 为 否");
    expect(conditionStatement({ fact: "kindergartenNature", operator: "equal", value: "forprofit_private" }, "zh-CN")).toBe("办园性质 为 营利性民办");
    expect(conditionStatement({ fact: "publicCareFeeFen", operator: "notEqual", value: null }, "zh-CN")).toBe("当地公办园保教费 不为 未知");
    expect(conditionStatement({ fact: "kindergartenNature", operator: "oneOf", value: ["inclusive_private", "nonprofit_private"] }, "zh-CN")).toBe(
      "办园性质 属于 普惠性民办、非营利性民办",
    );
    expect(conditionStatement({ fact: "feeIncreaseMaxBp", operator: "atLeast", value: null, param: "amberBp" }, "zh-CN")).toBe("最高涨幅 ≥ 黄色预警阈值");
    expect(conditionStatement({ fact: "filingEffectiveFrom", operator: "onOrAfter", value: "2025-08-07" }, "zh-CN")).toBe("执行日期 不早于 2025-08-07");
  });
});

describe("a flag's params in brief", () => {
  it("R02: the first few of its 57 keywords and how many, not the whole list; short lists whole", async () => {
    const o = await outcomeOf("R02", filing("forprofit_private", { items: [item(), service({ name: "英语兴趣班" })] }));
    const keywords = o.params.keywords as string[];
    expect(keywords.length).toBeGreaterThan(50);
    expect(formatParamBrief("keywords", keywords, "zh-CN")).toBe(`${keywords.slice(0, 3).join("、")} 等 ${keywords.length} 个`);
    expect(formatParamBrief("keywords", keywords, "en")).toBe(`${keywords.slice(0, 3).join(", ")} and ${keywords.length - 3} more`);
    expect(formatParamBrief("allowedMonths", [8, 9], "zh-CN")).toBe("8月、9月");
  });
});

describe("one word per severity", () => {
  it("a badge is named by the colour its thresholds are named by, in both languages", () => {
    for (const lang of ["zh-CN", "en"] as const) {
      const word = (key: string) => translate(lang, key).toLowerCase();
      const red = word("severity.red");
      const amber = word("severity.amber");
      expect(red).toMatch(lang === "en" ? /^red$/ : /^红色/);
      expect(amber).toMatch(lang === "en" ? /^amber$/ : /^黄色/);
      for (const key of ["param.amberBp", "param.amberMismatches"]) expect(word(key)).toContain(amber);
      for (const key of ["param.redBp", "param.redMismatches"]) expect(word(key)).toContain(red);
      expect(word("fees.flagCount.red").replace(/\s*\{count\}$/, "")).toBe(red);
      expect(word("fees.flagCount.amber").replace(/\s*\{count\}$/, "")).toBe(amber);
    }
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
