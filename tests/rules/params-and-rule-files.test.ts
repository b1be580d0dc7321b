import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createRuleEngine } from "~/rules/engine";
import { formatMessage } from "~/rules/explain";
import { FILING_FACTS } from "~/rules/facts/filing/registry";
import { RuleFileError } from "~/rules/load/errors";
import { parseRuleFile } from "~/rules/load/parse-rule-file";
import { CUSTOM_OPERATORS } from "~/rules/operators";
import { effectiveParams } from "~/rules/param-overrides";
import { inferParamType, paramValueProblem, stableStringify } from "~/rules/params";
import type { FilingFacts, RuleOutcome, Severity } from "~/rules/types";
import { account, agency, filing, item, NATIONAL_FLOOR_REFUNDS, outcomeOf, past, realRuleSet, RULES_DIR, service
} from "./fixtures";

const readRule = (id: string) => JSON.parse(fs.readFileSync(path.join(RULES_DIR, `filing/${id}.v1.json`), "utf8"));

function parseError(rule: unknown): RuleFileError {
  try {
    parseRuleFile(JSON.stringify(rule), "test.json");
  } catch (err) {
    if (err instanceof RuleFileError) return err;
    throw err;
  }
  throw new Error("expected a RuleFileError");
}

describe("the rule files", () => {
  const ids = ["R01", "R02", "R03", "R04", "R05", "R06", "R07", "R08", "R09", "R10", "R11", "R12", "R13", "R14", "R16"];

  const complaintIds = ["C01", "C02", "C03", "C04", "C05", "C06", "R18", "R19"];

  it("are exactly the rules we can evaluate today: the filing, account, complaint and meal-fund rules, each in its target's folder", () => {
    const idsOf = (defs: readonly { id: string }[]) => [...new Set(defs.map((r) => r.id))];
    expect(idsOf(realRuleSet())).toEqual(["A01", "A02", "A03", ...complaintIds.slice(0, 6), ...ids.slice(0, -1), "R15", "R16", "R18", "R19"]);
    expect(idsOf(realRuleSet().filter((r) => r.appliesTo === "meal_fund"))).toEqual(["R15"]);
    expect(idsOf(realRuleSet().filter((r) => r.appliesTo === "complaint"))).toEqual(complaintIds);
    for (const r of realRuleSet()) expect(r.file).toContain(`rules/${r.appliesTo}/`);
    expect(idsOf(realRuleSet().filter((r) => r.appliesTo === "account"))).toEqual(["A01", "A02", "A03"]);
  });

  const versions = realRuleSet().map((d) => [`${d.id} v${d.version}`, d] as const);
  it.each(versions)("%s: every param typed and described, every threshold named", (_, def) => {
    const id = def.id;
    for (const [name, spec] of Object.entries(def.params)) {
      expect(paramValueProblem(spec, spec.default), `${id}.${name}`).toBeNull();
      expect(spec.description.zh).toMatch(/[\u4e00-\u9fff]/);
    }
    // A literal numeric threshold is only ever "any" (0).
    for (const l of def.leaves) expect(l.name).toMatch(/^[a-z][A-Za-z0-9]+$/);
    const numericLiterals = JSON.stringify(def.rule.conditions).match(/"operator":"(?:exceeds|atLeast|below|atMost)","value":\d+/g) ?? [];
    for (const lit of numericLiterals) {
      expect(lit.endsWith(":0"), `${id}: ${lit}`).toBe(true);
    }
  });
});

describe("param declarations", () => {
  it("infers integer, boolean, string and list types; others must be declared", () => {
    expect([1, true, "x", [1, 2], ["a"], [], {}, 1.5, null].map(inferParamType)).toEqual([
      "integer",
      "boolean",
      "string",
      "integer[]",
      "string[]",
      null,
      null,
      null,
      null,
    ]);
    const r03 = realRuleSet().find((r) => r.id === "R03")!;
    expect(r03.params.toleranceFen.type).toBe("integer");
  });

  it.each([
    ["a default of the wrong declared type", (r: any) => { delete r.params.minLeadDays.min; r.params.minLeadDays.type = "string[]"; }, "params.minLeadDays.default", /must be of type array/],
    ["a default below min", (r: any) => (r.params.minLeadDays.default = -1), "params.minLeadDays.default", /below the minimum 0/],
    ["min on a non-integer param", (r: any) => (r.params.minLeadDays = { ...r.params.minLeadDays, type: "string", default: "x" }), "params.minLeadDays.min", /only to integer/],
    ["max below min", (r: any) => (r.params.minLeadDays.max = -5), "params.minLeadDays.max", /below min/],
    ["an uninferable default", (r: any) => { delete r.params.minLeadDays.type; delete r.params.minLeadDays.min; r.params.minLeadDays.default = { a: 1 }; }, "params.minLeadDays.default", /declare "type"/],
    ["an unknown type", (r: any) => (r.params.minLeadDays.type = "float"), "params.minLeadDays.type", /./],
  ])("rejects %s", (_t, mutate, jsonPath, problem) => {
    const r = readRule("R06");
    mutate(r);
    const err = parseError(r);
    expect(err.jsonPath).toBe(jsonPath);
    expect(err.problem).toMatch(problem);
  });

  it("rejects an enum default outside the enum", () => {
    const r = readRule("R08");
    r.params.prohibitedUnits.default = ["year", "decade"];
    expect(parseError(r)).toMatchObject({ jsonPath: "params.prohibitedUnits.default" });
  });

  it("a param-dependent fact needs its param, with its type", () => {
    const missing = readRule("R02");
    missing.params = { words: missing.params.keywords };
    const err = parseError(missing);
    expect(err.jsonPath).toBe("rule.conditions.all[0].fact");
    expect(err.problem).toBe('fact "prohibitedKeywordItemCount" is computed from param "keywords" (string[]); declare it in "params"');
    const wrongType = readRule("R16");
    wrongType.params.expectedPrefixes = { ...wrongType.params.expectedPrefixes, type: "string[]", default: ["12"] };
    expect(parseError(wrongType).problem).toMatch(/needs param "expectedPrefixes" of type record<string\[\]>, but it is declared as string\[\]/);
    // Also when named only in a fact-reference value.
    expect(parseError(wrongType).jsonPath).toBe("rule.conditions.all[0].fact");
  });

  it("every param-dependent fact is registered with the params it reads", () => {
    expect(FILING_FACTS.prohibitedKeywordMatches.params).toEqual({ keywords: "string[]" });
    expect(FILING_FACTS.usccExpectedPrefixes.params).toEqual({ expectedPrefixes: "record<string[]>" });
  });

  it("effectiveParams checks overrides against the declared type", () => {
    const r05 = realRuleSet().find((r) => r.id === "R05" && r.version === 3)!;
    expect(effectiveParams(r05, { allowedMonths: [9] })).toEqual({
      maxIncreasesPer12Months: 1,
      allowedMonths: [9],
      natures: ["inclusive_private", "nonprofit_private", "forprofit_private"],
    });
    expect(() => effectiveParams(r05, { allowedMonths: 9 })).toThrow('R05@3: param "allowedMonths" must be of type array of integers, got number 9');
    expect(() => effectiveParams(r05, { maxIncreasesPer12Months: true })).toThrow(/must be of type number \(an integer\), got boolean true/);
  });

  it("stableStringify sorts object keys at every level", () => {
    expect(stableStringify({ b: [2, { d: 1, c: 2 }], a: null })).toBe('{"a":null,"b":[2,{"c":2,"d":1}]}');
  });
});

describe("new operators are strict", () => {
  it("dates", () => {
    expect(CUSTOM_OPERATORS.onOrAfter("2025-09-01", "2025-09-01")).toBe(true);
    expect(CUSTOM_OPERATORS.onOrAfter("2025-08-31", "2025-09-01")).toBe(false);
    expect(CUSTOM_OPERATORS.after("2025-09-01", "2025-09-01")).toBe(false);
    expect(CUSTOM_OPERATORS.before("2025-08-31", "2025-09-01")).toBe(true);
    expect(CUSTOM_OPERATORS.onOrBefore("2025-09-01", "2025-09-01")).toBe(true);
    expect(CUSTOM_OPERATORS.onOrAfter("2025-9-10", "2025-09-01")).toBe(false);
    expect(CUSTOM_OPERATORS.onOrAfter(null, "2025-09-01")).toBe(false);
  });

  it("lists", () => {
    expect(CUSTOM_OPERATORS.oneOf(9, [8, 9])).toBe(true);
    expect(CUSTOM_OPERATORS.notOneOf(10, [8, 9])).toBe(true);
    expect(CUSTOM_OPERATORS.notOneOf(10, null)).toBe(false);
    expect(CUSTOM_OPERATORS.notOneOf(null, [8, 9])).toBe(false);
    expect(CUSTOM_OPERATORS.oneOf("9", [8, 9])).toBe(false);
  });
});

/**
 * One firing filing per rule: the outcome must explain itself with the fact
 * value, the threshold and the legal basis, and the message must show them.
 */
describe("every rule explains a fire with fact value, threshold and legal basis", () => {
  const cases: {
    id: string;
    facts: FilingFacts;
    severity: Severity;
    leaf: string;
    factResult: unknown;
    threshold: unknown;
    param?: string;
    basis: string;
    inMessage: string[];
    /** Params of a region that turns the rule on (R07 is off nationally). */
    params?: Record<string, Record<string, unknown>>;
  }[] = [
    {
      id: "R01",
      facts: filing("public", { items: [item(), service({ code: "SVC_ZZ", name: "择校咨询费" })] }),
      severity: "red",
      leaf: "itemsOutsideCatalogue",
      factResult: 1,
      threshold: 0,
      basis: "《价格违法行为行政处罚规定》第十三条第（三）项",
      inMessage: ["择校咨询费"],
    },
    {
      id: "R02",
      facts: filing("public", { items: [item(), agency({ name: "保证金" })] }),
      severity: "red",
      leaf: "prohibitedKeywordFound",
      factResult: 1,
      threshold: 0,
      basis: "第十二条",
      inMessage: ["保证金"],
    },
    {
      id: "R03",
      facts: filing("inclusive_private", {
        items: [item({ amountFen: 110_050 })],
        guidancePrices: [{ regionCode: "330203", category: "care_education", ageBand: "small", basePriceFen: 100_000, maxFloatBp: 1000, sourceDocument: "x" }],
      }),
      severity: "red",
      leaf: "amountAboveCap",
      factResult: 50,
      threshold: 0,
      param: "toleranceFen",
      basis: "第六十八条第一款",
      inMessage: ["0.50"],
    },
    {
      id: "R04",
      facts: filing("forprofit_private", { items: [item({ amountFen: 125_000 })], previousItems: [item()] }),
      severity: "red",
      leaf: "increaseAtOrAboveRed",
      factResult: 2500,
      threshold: 2000,
      param: "redBp",
      basis: "教基〔2023〕4号",
      inMessage: ["25%", "20%"],
    },
    {
      id: "R05",
      facts: filing("forprofit_private", { effectiveFrom: "2025-11-01", filing: { publishedOn: "2025-06-01" }, items: [item({ amountFen: 101_000 })], previousItems: [item()] }),
      severity: "amber",
      leaf: "monthNotAllowed",
      factResult: 11,
      threshold: [8, 9],
      param: "allowedMonths",
      basis: "教基〔2023〕4号",
      inMessage: ["11", "8、9"],
    },
    {
      id: "R06",
      facts: filing("public", { filing: { publishedOn: "2025-07-20" } }),
      severity: "amber",
      leaf: "leadTimeTooShort",
      factResult: "2025-07-20",
      threshold: "2025-07-03",
      basis: "学前教育法",
      inMessage: ["43", "60", "2025-07-03"],
    },
    {
      id: "R07",
      facts: filing("public", { filing: { appliesToEnrolled: true }, items: [item({ amountFen: 100_100 })], previousItems: [item()] }),
      params: { R07: { newEntrantsOnly: true } },
      severity: "red",
      leaf: "appliesToEnrolledChildren",
      factResult: true,
      threshold: true,
      basis: "甬价费〔2013〕71号",
      inMessage: ["保教费"],
    },
    {
      id: "R08",
      facts: filing("public", { items: [item({ unit: "once" })] }),
      severity: "red",
      leaf: "billedBeyondSemester",
      factResult: ["once"],
      threshold: ["year", "once"],
      param: "prohibitedUnits",
      basis: "第十四条",
      inMessage: ["once"],
    },
    {
      id: "R09",
      facts: filing("forprofit_private", { account: account({ accountName: "别的公司" }) }),
      severity: "red",
      leaf: "accountNameMismatch",
      factResult: false,
      threshold: false,
      basis: "第四十四条",
      inMessage: ["别的公司"],
    },
    {
      id: "R10",
      facts: filing("public", { items: [], filing: { refundRules: "" } }),
      severity: "red",
      leaf: "feeItemsMissing",
      factResult: ["feeItems", "refundRules"],
      threshold: "feeItems",
      basis: "第六十九条第二款",
      inMessage: ["收费项目和收费标准、退费办法"],
    },
    {
      id: "R12",
      facts: filing("inclusive_private", { items: [item({ ageBand: "large" })], publicCareFeeFen: 60_000, filing: { waiverDeductionFen: 55_000 } }),
      severity: "red",
      leaf: "deductionShortfall",
      factResult: 5_000,
      threshold: 0,
      param: "toleranceFen",
      basis: "免费学前教育",
      inMessage: ["550.00", "600.00", "50.00"],
    },
    {
      id: "R13",
      facts: filing("public", { items: [agency({ bundled: true })] }),
      severity: "red",
      leaf: "bundledWithCareFee",
      factResult: 1,
      threshold: 0,
      basis: "第九条第（九）项",
      inMessage: ["伙食费"],
    },
    {
      id: "R14",
      facts: filing("public", { items: [agency({ amountFen: 40_000, costFen: 38_500 })] }),
      severity: "red",
      leaf: "markupAboveTolerance",
      factResult: 1_500,
      threshold: 0,
      param: "toleranceFen",
      basis: "据实收取",
      inMessage: ["15.00", "0.00"],
    },
    {
      id: "R11",
      facts: filing("forprofit_private", {
        refundSchedule: NATIONAL_FLOOR_REFUNDS.map((e) => (e.feeKind === "care_education" && e.case === "absence" ? { ...e, scheme: { method: "none" as const } } : e)),
      }),
      severity: "amber",
      leaf: "refundBelowLocalRules",
      factResult: 1,
      threshold: 0,
      basis: "学前教育法》第六十九条第二款",
      inMessage: ["保教费（请假缺勤）", "2025-09", "出勤 0 天", "100.00%", "0.00%"],
    },
    {
      id: "R16",
      facts: filing("forprofit_private", { kindergarten: { uscc: "52330203MJ0000000X" } }),
      severity: "amber",
      leaf: "prefixNotExpected",
      factResult: "52",
      threshold: ["91"],
      basis: "GB 32100-2015",
      inMessage: ["52330203MJ0000000X", "91"],
    },
  ];

  it("covers every filing rule (the account rules: account-rules.test.ts)", () => {
    expect(cases.map((c) => c.id).sort()).toEqual([...new Set(realRuleSet().filter((r) => r.appliesTo === "filing").map((r) => r.id))].sort());
  });

  it.each(cases)("$id", async (c) => {
    const o: RuleOutcome = await outcomeOf(c.id, c.facts, c.params ? createRuleEngine(realRuleSet(), { params: c.params }) : undefined);
    expect(o.fired).toBe(true);
    expect(o.severity).toBe(c.severity);
    const row = o.conditions.find((r) => r.name === c.leaf);
    expect(row).toMatchObject({ factResult: c.factResult, value: c.threshold, result: true });
    if (c.param) {
      expect(row?.param).toBe(c.param);
      expect(o.params[c.param]).toEqual(c.threshold);
    }
    expect(o.conditions.every((r) => !r.skipped)).toBe(true);
    expect(o.legalBasis.map((l) => `${l.document}${l.article ?? ""}`).join("\n")).toContain(c.basis);
    const zh = formatMessage(o, "zh");
    const en = formatMessage(o, "en");
    for (const text of c.inMessage) expect(zh).toContain(text);
    expect(en).toMatch(/[A-Za-z]/);
    expect(`${zh}${en}`).not.toMatch(/[{}]/);
    expect(JSON.parse(JSON.stringify(o))).toEqual(o);
  });

  it("a quiet filing fires nothing, for every nature", async () => {
    for (const nature of ["public", "inclusive_private", "nonprofit_private", "forprofit_private"] as const) {
      const outcomes = await createRuleEngine(realRuleSet()).evaluateFiling(
        filing(nature, {
          items: [item(), item({ code: "CE_LARGE", ageBand: "large" }), service(), agency({ costFen: 40_000 })],
          previousItems: [item(), item({ code: "CE_LARGE", ageBand: "large" }), service(), agency()],
          history: [past(1, "2024-09-01", [item()])],
          publicCareFeeFen: 50_000,
          filing: { waiverDeductionFen: 50_000 },
        }),
      );
      expect(outcomes.filter((o) => o.fired).map((o) => o.ruleId), nature).toEqual([]);
    }
  });
});
