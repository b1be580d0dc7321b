import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createRuleEngine } from "~/rules/engine";
import { RuleFileError } from "~/rules/load/errors";
import { loadRuleSet } from "~/rules/load/read-files";
import { activeRules, checkRuleSet } from "~/rules/load/rule-set";
import { filing, item, RULES_DIR } from "./fixtures";

const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), "rules-loader-"));
afterAll(() => fs.rmSync(tmpRoot, { recursive: true, force: true }));

const realR04 = () => JSON.parse(fs.readFileSync(path.join(RULES_DIR, "filing/R04.v1.json"), "utf8"));
const realR03 = () => JSON.parse(fs.readFileSync(path.join(RULES_DIR, "filing/R03.v1.json"), "utf8"));

let dirCount = 0;
/** A fresh rules directory holding the given files (name → JSON value or raw text). */
function rulesDir(files: Record<string, unknown>): string {
  const dir = path.join(tmpRoot, `case-${++dirCount}`, "rules");
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

function loadError(dir: string): RuleFileError {
  try {
    loadRuleSet(dir);
  } catch (err) {
    if (err instanceof RuleFileError) return err;
    throw err;
  }
  throw new Error("expected a RuleFileError");
}

describe("loadRuleSet: the repository's rule files", () => {
  it("loads and validates every rule file in rules/", () => {
    const files = fs.readdirSync(RULES_DIR, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json") && !f.startsWith("legal-texts") && f !== "versions.lock.json");
    const ruleSet = loadRuleSet(RULES_DIR);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(ruleSet).toHaveLength(files.length);
    expect(ruleSet.map((r) => `${r.id}@${r.version}`)).toEqual(expect.arrayContaining(["R03@1", "R04@1"]));
    for (const r of ruleSet) {
      expect(r.rule.name).toBe(`${r.id}@${r.version}`);
      expect(r.legalBasis.length).toBeGreaterThan(0);
      for (const text of [r.title, r.message, r.description]) {
        expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en).toMatch(/[A-Za-z]/);
      }
      for (const spec of Object.values(r.params)) expect(spec.description.zh && spec.description.en).toBeTruthy();
      expect(r.leaves.length).toBeGreaterThan(0);
    }
  });

  it("uses <cwd>/rules by default and names files relative to the working directory", () => {
    if (path.resolve(process.cwd(), "rules") !== RULES_DIR) return; // only meaningful from the project root
    const ruleSet = loadRuleSet();
    expect(ruleSet.map((r) => r.file)).toEqual(expect.arrayContaining(["rules/filing/R03.v1.json", "rules/filing/R04.v1.json"]));
  });

  it("accepts a copy of the real files (the fixture baseline)", () => {
    const dir = rulesDir({ "filing/R03.v1.json": realR03(), "filing/R04.v1.json": realR04() });
    expect(loadRuleSet(dir)).toHaveLength(2);
  });
});

describe("loadRuleSet: invalid files produce a RuleFileError naming file and path", () => {
  it("malformed JSON", () => {
    const text = JSON.stringify(realR04(), null, 2).replace('"version": 1,', '"version": 1,,');
    const dir = rulesDir({ "filing/R04.v1.json": text });
    const err = loadError(dir);
    const file = path.join(dir, "filing/R04.v1.json");
    expect(err.file).toBe(file);
    expect(err.message).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: invalid JSON: .*line 3 column`));
  });

  it("unknown operator", () => {
    const r = realR04();
    r.rule.conditions.all[1].operator = "greaterThen";
    const dir = rulesDir({ "filing/R04.v1.json": r });
    const err = loadError(dir);
    expect(err.jsonPath).toBe("rule.conditions.all[1].operator");
    expect(err.message).toBe(
      `${path.join(dir, "filing/R04.v1.json")}: rule.conditions.all[1].operator: unknown operator "greaterThen"`,
    );
  });

  it("a param default the facts computed from it cannot use (R11's refund table with a tier that does not parse)", () => {
    const r = JSON.parse(fs.readFileSync(path.join(RULES_DIR, "filing/R11.v2.json"), "utf8"));
    r.params.refundTable.default["care_education.absence"] = ["attended<=4:eighty"];
    const err = loadError(rulesDir({ "filing/R11.v2.json": r }));
    expect(err.jsonPath).toBe("params.refundTable.default");
    expect(err.problem).toContain('"attended<=4:eighty"');
  });

  it("unknown operator inside a nested any, and an unknown decorator", () => {
    const r = realR04();
    r.rule.conditions.all[2].any[1].operator = "sometimes:atLeast";
    const err = loadError(rulesDir({ "filing/R04.v1.json": r }));
    expect(err.jsonPath).toBe("rule.conditions.all[2].any[1].operator");
    expect(err.problem).toBe('unknown operator "sometimes:atLeast"');
  });

  it("accepts decorated built-in operators", () => {
    const r = realR04();
    r.rule.conditions.all[0].operator = "not:notEqual";
    expect(loadRuleSet(rulesDir({ "filing/R04.v1.json": r }))).toHaveLength(1);
  });

  it("unknown fact", () => {
    const r = realR03();
    r.rule.conditions.all[1].fact = "guidedPriceMaxOverCap";
    const err = loadError(rulesDir({ "filing/R03.v1.json": r }));
    expect(err.jsonPath).toBe("rule.conditions.all[1].fact");
    expect(err.problem).toMatch(/^unknown fact "guidedPriceMaxOverCap" for appliesTo "filing" \(known: .*guidedPriceMaxOverCapFen/);
  });

  it("unknown fact in a fact-reference value and in details", () => {
    const r = realR03();
    r.rule.conditions.all[1].value = { fact: "nope" };
    expect(loadError(rulesDir({ "filing/R03.v1.json": r })).jsonPath).toBe("rule.conditions.all[1].value.fact");
    const d = realR03();
    d.details.maxOverCapFen.fact = "nope";
    expect(loadError(rulesDir({ "filing/R03.v1.json": d })).jsonPath).toBe("details.maxOverCapFen.fact");
  });

  it("facts are checked against the registry of the rule's target", () => {
    const r = realR04();
    r.appliesTo = "complaint";
    const err = loadError(rulesDir({ "filing/R04.v1.json": r }));
    expect(err.jsonPath).toBe("rule.conditions.all[0].fact");
    expect(err.problem).toMatch(/appliesTo "complaint"/);
  });

  it("unknown param reference", () => {
    const r = realR04();
    r.rule.conditions.all[2].any[0].value = { param: "yellowBp" };
    const err = loadError(rulesDir({ "filing/R04.v1.json": r }));
    expect(err.jsonPath).toBe("rule.conditions.all[2].any[0].value.param");
    expect(err.problem).toMatch(/unknown param "yellowBp"/);
  });

  it("rule.name that is not id@version", () => {
    const r = realR04();
    r.rule.name = "R04@2";
    const err = loadError(rulesDir({ "filing/R04.v1.json": r }));
    expect(err.jsonPath).toBe("rule.name");
    expect(err.problem).toBe('must be "R04@1" (id@version), found "R04@2"');
  });

  it("file name that does not match id and version", () => {
    const err = loadError(rulesDir({ "filing/R04.v2.json": realR04() }));
    expect(err.jsonPath).toBe("version");
    expect(err.problem).toMatch(/expected "R04.v1.json"/);
  });

  it.each([
    ["a missing English title", (r: any) => delete r.title.en, "title.en"],
    ["an unknown severity", (r: any) => (r.severity = "orange"), "severity"],
    ["an unknown target", (r: any) => (r.appliesTo = "parent"), "appliesTo"],
    ["an impossible date", (r: any) => (r.effectiveFrom = "2025-02-30"), "effectiveFrom"],
    ["a missing effectiveTo", (r: any) => delete r.effectiveTo, "effectiveTo"],
    ["an unknown top-level key", (r: any) => (r.severty = "red"), "severty"],
    ["a leaf without a name", (r: any) => delete r.rule.conditions.all[0].name, "rule.conditions.all[0].name"],
    ["a leaf priority", (r: any) => (r.rule.conditions.all[1].priority = 2), "rule.conditions.all[1].priority"],
    ["a duplicate leaf name", (r: any) => (r.rule.conditions.all[1].name = "forProfit"), "rule.conditions.all[1].name"],
    ["an empty all", (r: any) => (r.rule.conditions.all = []), "rule.conditions.all"],
    ["a leaf as the root", (r: any) => (r.rule.conditions = r.rule.conditions.all[0]), "rule.conditions"],
    ["a param without description", (r: any) => delete r.params.redBp.description, "params.redBp.description"],
    ["an empty legal basis", (r: any) => (r.legalBasis = []), "legalBasis"],
    ["severityWhen naming no leaf", (r: any) => (r.severityWhen[0].condition = "nope"), "severityWhen[0].condition"],
    ["an unknown message placeholder", (r: any) => (r.message.en += " {nope}"), "message.en"],
    ["an unknown message format", (r: any) => (r.message.zh += " {redBp|permille}"), "message.zh"],
    ["a message segment naming no leaf", (r: any) => (r.message.zh += "{?nope}…{/?}"), "message.zh"],
    ["a message segment not closed", (r: any) => (r.message.zh += "{?forProfit}…"), "message.zh"],
    ["a segment in one language only", (r: any) => (r.message.en += "{?forProfit}…{/?}"), "message.en"],
    ["a details filter on a non-list fact", (r: any) => (r.details.maxIncreaseBp.where = r.details.increasedItems.where), "details.maxIncreaseBp.where"],
    ["effectiveTo before effectiveFrom", (r: any) => (r.effectiveTo = "2025-01-01"), "effectiveTo"],
  ])("schema violation: %s", (_title, mutate, jsonPath) => {
    const r = realR04();
    mutate(r);
    const dir = rulesDir({ "filing/R04.v1.json": r });
    const err = loadError(dir);
    expect(err).toBeInstanceOf(RuleFileError);
    expect(err.jsonPath).toBe(jsonPath);
    expect(err.message.startsWith(`${path.join(dir, "filing/R04.v1.json")}: ${jsonPath}: `)).toBe(true);
  });

  it("two versions whose effective periods overlap load into the library, but cannot both be in force", () => {
    const v2 = realR04();
    v2.version = 2;
    v2.rule.name = "R04@2";
    v2.effectiveFrom = "2026-01-01";
    const dir = rulesDir({ "filing/R04.v1.json": realR04(), "filing/R04.v2.json": v2 });
    const library = loadRuleSet(dir);
    expect(library.map((d) => `${d.id}@${d.version}`)).toEqual(["R04@1", "R04@2"]);
    const err = (() => {
      try {
        checkRuleSet(library);
      } catch (e) {
        return e as RuleFileError;
      }
      throw new Error("expected two versions in force on one day to be refused");
    })();
    expect(err.file).toBe(path.join(dir, "filing/R04.v2.json"));
    expect(err.jsonPath).toBe("effectiveFrom");
    expect(err.problem).toContain("overlaps R04 v1 (2025-06-01 – open)");
    expect(err.problem).toContain(path.join(dir, "filing/R04.v1.json"));
  });

  it("versions that touch on the same day overlap (effectiveTo is inclusive)", () => {
    const v1 = { ...realR04(), effectiveTo: "2026-01-01" };
    const v2 = { ...realR04(), version: 2, effectiveFrom: "2026-01-01" };
    v2.rule = { ...v2.rule, name: "R04@2" };
    const library = loadRuleSet(rulesDir({ "filing/R04.v1.json": v1, "filing/R04.v2.json": v2 }));
    expect(() => checkRuleSet(library)).toThrow(/effectiveFrom: R04 v2 \(2026-01-01 – open\) overlaps R04 v1/);
  });

  it("the same version twice", () => {
    const err = loadError(rulesDir({ "filing/R04.v1.json": realR04(), "other/R04.v1.json": realR04() }));
    expect(err.jsonPath).toBe("version");
    expect(err.problem).toMatch(/also defined in/);
  });
});

describe("activeRules: the version in force on a date", () => {
  const v1 = { ...realR04(), effectiveTo: "2025-12-31" };
  const v2 = { ...realR04(), version: 2, effectiveFrom: "2026-01-01", params: { ...realR04().params } };
  v2.rule = { ...v2.rule, name: "R04@2" };
  v2.params.amberBp = { ...v2.params.amberBp, default: 500 };
  const dir = rulesDir({ "filing/R03.v1.json": realR03(), "filing/R04.v1.json": v1, "filing/R04.v2.json": v2 });
  const ruleSet = loadRuleSet(dir);

  it.each([
    ["2025-05-31", []],
    ["2025-06-01", ["R03@1", "R04@1"]],
    ["2025-12-31", ["R03@1", "R04@1"]],
    ["2026-01-01", ["R03@1", "R04@2"]],
  ])("on %s", (asOf, expected) => {
    expect(activeRules(ruleSet, asOf, "filing").map((r) => r.rule.name)).toEqual(expected);
    expect(activeRules(ruleSet, asOf, "complaint")).toEqual([]);
  });

  it("rejects a malformed date", () => {
    expect(() => activeRules(ruleSet, "2025-9-1", "filing")).toThrow(/YYYY-MM-DD/);
  });

  it("the engine evaluates the version in force on the filing's effective date, or on asOf", async () => {
    const engine = createRuleEngine(ruleSet);
    const facts = (effectiveFrom: string) =>
      filing("forprofit_private", {
        effectiveFrom,
        items: [item({ amountFen: 106_000 })],
        previousItems: [item({ amountFen: 100_000 })],
      });
    const autumn2025 = (await engine.evaluateFiling(facts("2025-09-01"))).find((o) => o.ruleId === "R04");
    expect(autumn2025).toMatchObject({ version: 1, fired: false });
    const spring2026 = (await engine.evaluateFiling(facts("2026-03-01"))).find((o) => o.ruleId === "R04");
    expect(spring2026).toMatchObject({ version: 2, fired: true, severity: "amber", params: { amberBp: 500 } });
    const asOf = (await engine.evaluateFiling(facts("2025-09-01"), "2026-01-01")).find((o) => o.ruleId === "R04");
    expect(asOf?.version).toBe(2);
    expect(await engine.evaluateFiling(facts("2025-01-01"))).toEqual([]);
  });
});
