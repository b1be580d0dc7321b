import fs from "node:fs";
import { Engine } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import { createRuleEngine } from "~/rules/engine";
import { activeRules } from "~/rules/load/rule-set";
import { formatMessage, formatPercent, formatYuan } from "~/rules/explain";
import { bpToPercentString, floorDiv } from "~/rules/facts/filing/money";
import { deriveFilingFacts } from "~/rules/facts/filing/registry";
import { addCustomOperators, BUILTIN_DECORATORS, BUILTIN_OPERATORS, CUSTOM_OPERATORS, isKnownOperator } from "~/rules/operators";
import type { RuleOutcome } from "~/rules/types";
import { filing, guidance, item, realRuleSet } from "./fixtures";

describe("createRuleEngine", () => {
  const engine = createRuleEngine(realRuleSet());

  it("returns an outcome for every active rule, fired or not", async () => {
    const facts = filing("public");
    const outcomes = await engine.evaluateFiling(facts);
    const inForce = activeRules(realRuleSet(), facts.filing.effectiveFrom, "filing");
    expect(inForce.map((d) => d.id)).toEqual(["R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10", "R11", "R12", "R13", "R14", "R16"]);
    expect(outcomes.map((o) => [o.ruleId, o.version, o.fired, o.severity])).toEqual(inForce.map((d) => [d.id, d.version, false, null]));
    for (const o of outcomes) expect(o.conditions.every((c) => typeof c.result === "boolean" && !c.skipped)).toBe(true);
  });

  it("gives complete results under overlapping evaluations (engines reused, never shared by two runs)", async () => {
    const cases = Array.from({ length: 300 }, (_, i) => {
      const kind = i % 3;
      if (kind === 0) {
        return { facts: filing("nonprofit_private", { items: [item({ amountFen: 110_001 })], guidancePrices: [guidance()] }), fired: ["R03"] };
      }
      if (kind === 1) {
        return {
          facts: filing("forprofit_private", { items: [item({ amountFen: 120_000 })], previousItems: [item({ amountFen: 100_000 })] }),
          fired: ["R04"],
        };
      }
      return { facts: filing("forprofit_private"), fired: [] };
    });
    // Staggered starts: a json-rules-engine Engine keeps run state on itself, so overlapping runs on a
    // shared Engine lose rule results; the engine must not share one between in-flight evaluations.
    const pending: Promise<RuleOutcome[]>[] = [];
    for (const [i, c] of cases.entries()) {
      pending.push(engine.evaluateFiling(c.facts));
      for (let k = 0; k < i % 7; k++) await Promise.resolve();
    }
    const results = await Promise.all(pending);
    results.forEach((outcomes, i) => {
      expect(outcomes).toHaveLength(activeRules(realRuleSet(), cases[i].facts.filing.effectiveFrom, "filing").length);
      expect(outcomes.filter((o) => o.fired).map((o) => o.ruleId)).toEqual(cases[i].fired);
    });
  });

  it("explains only the outcomes that fired when asked to, and those exactly as in full", async () => {
    const facts = filing("forprofit_private", { items: [item({ amountFen: 130_000 })], previousItems: [item()] });
    const full = await engine.evaluateFiling(facts);
    const lean = await engine.evaluateFiling(facts, undefined, { explain: "fired" });
    expect(lean.filter((o) => o.fired).map((o) => o.ruleId)).toEqual(["R04"]);
    expect(lean.filter((o) => o.fired)).toEqual(full.filter((o) => o.fired));
    for (const [i, o] of lean.entries()) {
      if (o.fired) continue;
      expect(o).toEqual({ ...full[i], conditions: [], details: {} });
      expect(full[i].conditions.length).toBeGreaterThan(0);
    }
  });

  it("produces plain JSON-serialisable outcomes", async () => {
    const outcomes = await engine.evaluateFiling(
      filing("forprofit_private", { items: [item({ amountFen: 130_000 })], previousItems: [item()] }),
    );
    expect(JSON.parse(JSON.stringify(outcomes))).toEqual(outcomes);
  });

  it("returns nothing when no rule version is in force, and validates asOf", async () => {
    expect(await engine.evaluateFiling(filing("forprofit_private", { effectiveFrom: "1990-09-01" }))).toEqual([]);
    await expect(engine.evaluateFiling(filing("public"), "01/09/2025")).rejects.toThrow(/asOf must be a calendar date/);
  });

  it("rejects param overrides for unknown rules, unknown params or the wrong type", () => {
    expect(() => createRuleEngine(realRuleSet(), { params: { R99: { x: 1 } } })).toThrow(/unknown rule "R99"/);
    expect(() => createRuleEngine(realRuleSet(), { params: { R04: { yellowBp: 1 } } })).toThrow(/yellowBp/);
    expect(() => createRuleEngine(realRuleSet(), { params: { R04: { amberBp: "10%" } } })).toThrow(
      /amberBp" must be of type number/,
    );
  });

  it("rejects amounts that are not whole fen", async () => {
    await expect(engine.evaluateFiling(filing("nonprofit_private", { items: [item({ amountFen: 100.5 })] }))).rejects.toThrow(
      /integer number of fen/,
    );
  });
});

describe("formatMessage", () => {
  const engine = createRuleEngine(realRuleSet());

  it("fills R03 placeholders in both languages", async () => {
    const r03 = (
      await engine.evaluateFiling(
        filing("inclusive_private", { items: [item({ amountFen: 112_345 })], guidancePrices: [guidance()] }),
      )
    ).find((o) => o.ruleId === "R03")!;
    expect(formatMessage(r03, "zh")).toBe(
      "1 项保教费/住宿费/保育费按月折算后超过政府指导价上浮上限（基准价 ×（1 + 最大上浮比例）），每月最多超出 23.45 元。",
    );
    expect(formatMessage(r03, "en")).toContain("by up to ¥23.45 a month.");
  });

  it("fills R04 placeholders with percentages from basis points", async () => {
    const outcomes = await engine.evaluateFiling(
      filing("forprofit_private", { items: [item({ amountFen: 112_500 })], previousItems: [item({ amountFen: 100_000 })] }),
    );
    const r04 = outcomes.find((o) => o.ruleId === "R04")!;
    expect(formatMessage(r04, "zh")).toBe("1 项收费较上次备案上涨 10% 及以上，最高涨幅 12.5%（黄色提示阈值 10%，红色预警阈值 20%）。");
    expect(formatMessage(r04, "en")).toBe(
      "1 fee item rose by 10% or more since the previous filing; the largest increase is 12.5% (amber at 10%, red at 20%).",
    );
  });

  it("leaves out a clause about none when another counts some (R13: bundled, none unchosen); a message about none stays whole", () => {
    const r13 = {
      message: {
        zh: "{notVoluntaryItems|count} 项服务性收费/代收费未由家长自愿选择（{notVoluntaryItems.name|list}）；{bundledItems|count} 项与保教费捆绑收取（{bundledItems.name|list}）。",
        en: "{notVoluntaryItems|count} item(s) not chosen by parents ({notVoluntaryItems.name|list}); {bundledItems|count} item(s) bundled with the care fee ({bundledItems.name|list}).",
      },
      params: {},
    };
    const bundledOnly = { ...r13, details: { notVoluntaryItems: [], bundledItems: [{ name: "兴趣班" }] } };
    expect(formatMessage(bundledOnly, "zh")).toBe("1 项与保教费捆绑收取（兴趣班）。");
    expect(formatMessage(bundledOnly, "en")).toBe("1 item bundled with the care fee (兴趣班).");
    const unchosenOnly = { ...r13, details: { notVoluntaryItems: [{ name: "校服" }], bundledItems: [] } };
    expect(formatMessage(unchosenOnly, "zh")).toBe("1 项服务性收费/代收费未由家长自愿选择（校服）。");
    const none = { ...r13, details: { notVoluntaryItems: [], bundledItems: [] } };
    expect(formatMessage(none, "zh")).toBe("0 项服务性收费/代收费未由家长自愿选择（—）；0 项与保教费捆绑收取（—）。");
  });

  it("leaves out a clause about none beside one that only lists (R10: a missing text, no item without its description)", () => {
    const r10 = JSON.parse(fs.readFileSync(new URL("../../rules/filing/R10.v5.json", import.meta.url), "utf8")) as { message: { zh: string; en: string } };
    const outcome = (missing: string[], items: string[]) => ({
      message: r10.message,
      params: {},
      details: { missingFields: missing.map((zh) => ({ zh, en: zh === "收费依据" ? "pricing basis" : zh })), itemsWithoutServiceContent: items.map((name) => ({ name })) },
    });
    expect(formatMessage(outcome(["收费依据"], []), "zh")).toBe("收费公示信息不完整：缺少 收费依据。");
    expect(formatMessage(outcome(["收费依据"], []), "en")).toBe("Fee disclosure is incomplete: missing pricing basis.");
    expect(formatMessage(outcome([], ["延时看护费"]), "zh")).toBe("1 项服务性收费/代收费未说明服务内容（延时看护费）。");
    expect(formatMessage(outcome(["收费依据"], ["延时看护费"]), "zh")).toBe("收费公示信息不完整：缺少 收费依据；1 项服务性收费/代收费未说明服务内容（延时看护费）。");
    // A passed check's message describes what it would flag: whole.
    expect(formatMessage(outcome([], []), "zh")).toBe("收费公示信息不完整：缺少 —；0 项服务性收费/代收费未说明服务内容（—）。");
  });

  it("keeps a flag's segments of the conditions that held, every segment of a passed check", () => {
    const condition = (name: string, result: boolean) => ({ name, fact: "f", factResult: result, operator: "equal", value: true, result });
    const outcome = {
      message: { zh: "{?late}逾期 {days} 天。{/?}{?surplus}结余 {fen|yuan} 元。{/?}", en: "{?late}{days} day(s) late. {/?}{?surplus}Surplus {fen|yuan} yuan.{/?}" },
      params: {},
      details: { days: 0, fen: 123_456 },
    };
    const surplusOnly = { ...outcome, fired: true, conditions: [condition("late", false), condition("surplus", true)] };
    expect(formatMessage(surplusOnly, "zh")).toBe("结余 1,234.56 元。");
    const lateOnly = { ...outcome, fired: true, details: { days: 3, fen: 0 }, conditions: [condition("late", true), condition("surplus", false)] };
    expect(formatMessage(lateOnly, "en")).toBe("3 days late.");
    expect(formatMessage({ ...surplusOnly, fired: false }, "zh")).toBe("逾期 0 天。结余 1,234.56 元。");
  });

  it("keeps a clause that leads with no count (R04's second) and one inside a single clause", async () => {
    const outcome = { message: { zh: "{items|count} 项上涨；最高涨幅 {max|percent}。", en: "" }, params: {}, details: { items: [], max: 1250 } };
    expect(formatMessage(outcome, "zh")).toBe("0 项上涨；最高涨幅 12.5%。");
  });

  it("supports property paths and renders missing values as a dash", () => {
    const outcome = {
      message: { zh: "{top.code}：{top.missing}；{n}", en: "{top.code|count} {n|yuan}" },
      params: {},
      details: { top: { code: "CE" }, n: null },
    };
    expect(formatMessage(outcome, "zh")).toBe("CE：—；—");
    expect(formatMessage(outcome, "en")).toBe("0 —");
  });

  it("makes English counts agree (the rule files' words are never edited): 1 fee item is, 2 fee items are, There is 1 increase, 1 month", async () => {
    const r02 = await engine.evaluateFiling(filing("forprofit_private", { items: [item(), item({ code: "SVC_BUS", category: "service", name: "英语兴趣班", ageBand: "all" })] }));
    expect(formatMessage(r02.find((o) => o.ruleId === "R02")!, "en")).toBe(
      "1 fee item has a prohibited keyword (兴趣班) in its name or description: 英语兴趣班. Please verify.",
    );
    const message = (ruleId: string) => realRuleSet().find((d) => d.id === ruleId)!.message;
    const r05 = { message: message("R05"), params: { maxIncreasesPer12Months: 1, allowedMonths: [8, 9] }, details: { raisedItems: [{ name: "保教费" }], increaseCount: 1, windowStart: "2024-10-02", effectiveFrom: "2025-10-01", effectiveMonth: 10 } };
    expect(formatMessage(r05, "en")).toContain("There is 1 increase in the 12 months");
    expect(formatMessage({ ...r05, details: { ...r05.details, increaseCount: 2 } }, "en")).toContain("There are 2 increases in the 12 months");
    const r13 = { message: message("R13"), params: {}, details: { notVoluntaryItems: [{ name: "校服" }], bundledItems: [{ name: "兴趣班" }] } };
    expect(formatMessage(r13, "en")).toBe("1 service or agency item is not left to parents' choice (校服); 1 is bundled with the care-and-education fee (兴趣班).");
    const a02 = { message: message("A02"), params: {}, details: { windowDays: 1, count: 1, distinctAccounts: 1 } };
    expect(formatMessage(a02, "en")).toMatch(/^In the last 1 day parents checked 1 account number that is not this kindergarten's filed account \(1 different number\)/);
    // Chinese has no plural: its words are as written.
    expect(formatMessage(r13, "zh")).toBe("1 项服务性收费/代收费未由家长自愿选择（校服）；1 项与保教费捆绑收取（兴趣班）。");
  });

  it("leaves no '(s)' and no '1 months' in any English message of any rule version, with counts of 1 or 2", () => {
    const placeholder = /\{([A-Za-z_]\w*)((?:\.\w+)*)(?:\|(\w+))?\}/g;
    for (const def of realRuleSet()) {
      for (const n of [1, 2]) {
        const details: Record<string, unknown> = {};
        for (const [, key, path, format] of def.message.en.matchAll(placeholder)) {
          if (format === "count") details[key] = Array.from({ length: n }, () => ({ name: "X" }));
          else if (path && !Array.isArray(details[key])) details[key] = { [path.slice(1)]: n };
          else if (!path) details[key] = n;
        }
        const text = formatMessage({ message: def.message, params: {}, details }, "en");
        expect(text, `${def.id}@${def.version}`).not.toContain("(s)");
        expect(text, `${def.id}@${def.version}`).not.toMatch(/(?<![\d,.-])1 (?:[a-z-]+ ){0,2}(?:months|days|years|items|increases|numbers|complaints)\b/);
        if (n === 2) expect(text, `${def.id}@${def.version}`).not.toMatch(/(?<![\d,.-])2 (?:[a-z-]+,? ){0,5}(?:month|day|item|increase|number)\b(?! of)/);
      }
    }
  });

  it.each([
    [0, "0.00"],
    [1, "0.01"],
    [100_005, "1,000.05"],
    [123_456_789, "1,234,567.89"],
    [-250, "-2.50"],
  ])("formatYuan(%i) = %s", (fen, text) => expect(formatYuan(fen)).toBe(text));

  it.each([
    [1000, "10%"],
    [1050, "10.5%"],
    [999, "9.99%"],
    [-500, "-5%"],
  ])("formatPercent(%i) = %s", (bp, text) => expect(formatPercent(bp)).toBe(text));
});

describe("derived facts", () => {
  it("floorDiv is exact, including negatives", () => {
    expect(floorDiv(7, 2)).toBe(3);
    expect(floorDiv(-7, 2)).toBe(-4);
    expect(floorDiv(6, 3)).toBe(2);
    expect(floorDiv(12_345 * 11_000, 10_000)).toBe(13_579);
    expect(() => floorDiv(1, 0)).toThrow();
  });

  it("bpToPercentString uses integers only", () => {
    expect([999, 1000, 5, -1234].map(bpToPercentString)).toEqual(["9.99", "10.00", "0.05", "-12.34"]);
  });

  it("computes every registered fact once, from the raw facts", () => {
    const derived = deriveFilingFacts(
      filing("nonprofit_private", {
        items: [item({ amountFen: 110_001 })],
        previousItems: [item({ amountFen: 100_000 })],
        guidancePrices: [guidance()],
      }),
    );
    expect(derived).toMatchObject({
      kindergartenNature: "nonprofit_private",
      hasPreviousFiling: true,
      guidedPriceMaxOverCapFen: 1,
      feeIncreaseMaxBp: 1000,
    });
  });
});

describe("operators", () => {
  it("every operator the loader accepts resolves in a real engine", async () => {
    const engine = new Engine();
    addCustomOperators(engine);
    const names = [
      ...BUILTIN_OPERATORS,
      ...Object.keys(CUSTOM_OPERATORS),
      ...BUILTIN_DECORATORS.map((d) => `${d}:equal`),
    ];
    names.forEach((operator, i) =>
      engine.addRule({
        name: `op${i}`,
        conditions: { all: [{ fact: "x", operator, value: [1] }] },
        event: { type: operator },
      }),
    );
    const result = await engine.run({ x: [1] });
    expect(result.results.length + result.failureResults.length).toBe(names.length);
    for (const n of names) expect(isKnownOperator(n)).toBe(true);
    expect(isKnownOperator("greaterThen")).toBe(false);
    expect(isKnownOperator("bogus:equal")).toBe(false);
  });

  it("custom numeric operators are strict about types", () => {
    expect(CUSTOM_OPERATORS.exceeds(1, 0)).toBe(true);
    expect(CUSTOM_OPERATORS.exceeds(0, 0)).toBe(false);
    expect(CUSTOM_OPERATORS.atLeast(1000, 1000)).toBe(true);
    expect(CUSTOM_OPERATORS.atLeast(null, 0)).toBe(false);
    expect(CUSTOM_OPERATORS.atLeast("2000", 1000)).toBe(false);
    expect(CUSTOM_OPERATORS.exceeds(Number.NaN, 0)).toBe(false);
  });
});
