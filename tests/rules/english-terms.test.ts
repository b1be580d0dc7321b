/**
 * The rules' English says the fee terms in English words, as the rest of the portal does (the glossary of the English
 * catalogue: "collected-on-behalf (代收)", "the care and education fee (保教费)", "inclusive (普惠)"), with the Chinese
 * term only in brackets after them. A version's title and message are what its flags carry to kindergartens,
 * officers and the public: every version the files place says no Chinese outside brackets in them (C06 v2 and v3 said
 * "A service or 代收 charge" and "bundled with 保教费"; v4 and v5 replace them from their first days). The versions in
 * force from now on say no fee term bare anywhere in their English (description, params). Published versions keep
 * their words (files are never edited) and are no longer placed.
 */
import { describe, expect, it } from "vitest";
import type { RuleDefinition } from "~/rules/schema";
import { loadRuleSet } from "~/rules/load/read-files";
import { RULES_DIR, realRuleSet } from "./fixtures";

const CJK = /[\u3400-\u9fff]/;
/** The fee terms the portal's English names in English words (app/i18n, tests/routes/english-walk.test.ts). */
const FEE_TERMS = ["代收", "保教费", "普惠", "伙食费", "住宿费", "保育费"];

/** A document number (教基〔2023〕4号, 发改价格〔2025〕1644号) is the document's identifier: kept as it is. */
const DOCUMENT_NUMBER = /[\u4e00-\u9fff]*〔\d{4}〕\d+号/g;

/**
 * Text with its Chinese glosses left out: a bracketed or quoted part with no Latin letter in it ("(代收)", "(大班)",
 * "“课后延时服务”"), inner ones first, and document numbers. What Chinese remains is bare: a Chinese term inside an
 * English clause in brackets ("(… charged on top of 保教费 …)") is bare too.
 */
function outsideBrackets(text: string): string {
  let previous: string;
  let rest = text.replace(DOCUMENT_NUMBER, " ");
  do {
    previous = rest;
    rest = rest.replace(/\([^()A-Za-z]*\)|（[^（）A-Za-z]*）|"[^"A-Za-z]*"|“[^“”A-Za-z]*”/g, " ");
  } while (rest !== previous);
  return rest;
}

/** Every English text of a version, by where it is. */
function englishTexts(def: RuleDefinition): Array<[string, string]> {
  const texts: Array<[string, string]> = [
    ["title", def.title.en],
    ["message", def.message.en],
    ["description", def.description.en],
  ];
  for (const [name, spec] of Object.entries(def.params)) {
    texts.push([`params.${name}.description`, spec.description.en]);
    if (spec.policy) texts.push([`params.${name}.policy.source`, spec.policy.source.en]);
  }
  return texts;
}

const placed = realRuleSet();

describe("the rules' English names fee terms in English", () => {
  it("the title and message of every version placed have Chinese only in brackets", () => {
    const bare = placed.flatMap((def) =>
      englishTexts(def)
        .filter(([where]) => where === "title" || where === "message")
        .filter(([, text]) => CJK.test(outsideBrackets(text)))
        .map(([where, text]) => `${def.id} v${def.version} ${where}: ${text}`),
    );
    expect(bare).toEqual([]);
  });

  it("the versions in force from now on say no fee term outside brackets in any English text", () => {
    const current = placed.filter((def) => def.effectiveTo === null);
    expect(current.length).toBeGreaterThan(20);
    const bare = current.flatMap((def) =>
      englishTexts(def)
        .filter(([, text]) => FEE_TERMS.some((term) => outsideBrackets(text).includes(term)))
        .map(([where, text]) => `${def.id} v${def.version} ${where}: ${text}`),
    );
    expect(bare).toEqual([]);
  });

  it("C06 says collected-on-behalf and the care and education fee", () => {
    const c06 = placed.filter((def) => def.id === "C06");
    expect(c06.map((def) => def.version)).toEqual([4, 5]);
    for (const def of c06) {
      expect(def.title.en).toBe("A service or collected-on-behalf (代收) charge forced or bundled");
      expect(def.message.en).toContain("bundled with the care and education fee (保教费)");
    }
  });

  it("the versions that say it judge as the ones they replace from their first days (C06 v4/v2, v5/v3; R01 v6/v5; R02 v6/v5)", () => {
    const library = loadRuleSet(RULES_DIR);
    const version = (id: string, v: number) => library.find((d) => d.id === id && d.version === v)!;
    const judging = (def: RuleDefinition) => ({
      effectiveFrom: def.effectiveFrom,
      effectiveTo: def.effectiveTo,
      severity: def.severity,
      legalBasis: def.legalBasis,
      conditions: def.rule.conditions,
      details: def.details,
      params: Object.fromEntries(Object.entries(def.params).map(([name, spec]) => [name, { ...spec, description: null }])),
      zh: [def.title.zh, def.message.zh],
    });
    for (const [id, replaced, by] of [["C06", 2, 4], ["C06", 3, 5], ["R01", 5, 6], ["R02", 5, 6]] as const) {
      expect(judging(version(id, by)), `${id} v${by}`).toEqual(judging(version(id, replaced)));
      expect(placed.some((def) => def.id === id && def.version === replaced), `${id} v${replaced} is no longer placed`).toBe(false);
    }
  });
});
