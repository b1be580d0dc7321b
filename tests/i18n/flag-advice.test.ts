/// <reference types="vite/client" />
/**
 * "怎么办" (`flag.advice.<ruleId>`, app/i18n/features/flags.ts): every rule whose flag the kindergarten reads on its
 * own pages (a filing rule's flag at amber or red opens a case the kindergarten is notified of; the account and
 * meal-fund rules are on its 收费账户 and 伙食费账目 pages) says what to do about it, in Chinese and English, unless
 * it is listed below as saying so already, with the reason. The complaint rules are a market officer's triage, never
 * shown to the kindergarten: advice written to the kindergarten does not belong to them. Each UI label an advice
 * quotes (“更正本次备案”) is a label the portal has in that language, so a renamed button fails here.
 */
import { describe, expect, it } from "vitest";
import { flagMessages } from "~/i18n/features/flags";
import { translate } from "~/i18n";
import { en } from "~/i18n/en";
import { zhCN } from "~/i18n/zh-CN";
import { loadRuleSet } from "~/rules/load/read-files";
import type { RuleDefinition } from "~/rules/schema";
import { RULES_DIR } from "../rules/fixtures";

/** Rules the kindergarten reads whose finding needs no advice, each with why. Keep it short. */
const SELF_EXPLANATORY: Record<string, string> = {
  A02: "shown only to officers (the account summary on their pages): parents' mismatching checks are a lead for the authority, and there is nothing in the portal for the kindergarten to correct",
};

/** The rules whose flags only officers read (the complaint triage): no advice to the kindergarten. */
const OFFICERS_ONLY_TARGETS = new Set(["complaint"]);

const CASE_WORTHY = new Set(["amber", "red"]);

function rulesById(): Map<string, RuleDefinition[]> {
  const byId = new Map<string, RuleDefinition[]>();
  for (const d of loadRuleSet(RULES_DIR)) byId.set(d.id, [...(byId.get(d.id) ?? []), d]);
  return byId;
}

/** Whether some version of the rule can flag at amber or red (a filing rule's flag then opens a case). */
const flagsAboveNotice = (versions: RuleDefinition[]) =>
  versions.some((d) => CASE_WORTHY.has(d.severity) || d.severityWhen.some((w) => CASE_WORTHY.has(w.severity)));

const ADVICE = "flag.advice.";
const adviceIds = (catalogue: Record<string, string>) =>
  Object.keys(catalogue)
    .filter((k) => k.startsWith(ADVICE))
    .map((k) => k.slice(ADVICE.length));

const featureModules = import.meta.glob<Record<string, unknown>>("/app/i18n/features/*.ts", { eager: true });

/** Every message's words in one language: the labels a page can show. */
function labelsIn(lang: "zh" | "en"): Set<string> {
  const values = new Set(Object.values(lang === "zh" ? zhCN : en) as string[]);
  for (const exports of Object.values(featureModules)) {
    for (const value of Object.values(exports)) {
      if (value && typeof value === "object" && "zh" in value && "en" in value) {
        for (const words of Object.values((value as Record<"zh" | "en", Record<string, string>>)[lang])) values.add(words);
      }
    }
  }
  return values;
}

const catalogueLabel = (lang: "zh" | "en", key: string) => translate(lang === "zh" ? "zh-CN" : "en", key);

describe("what to do about a flag", () => {
  const byId = rulesById();

  it("is said for every rule the kindergarten reads at amber or red, unless listed as saying it already", () => {
    const readByKindergarten = [...byId].filter(([, versions]) => !OFFICERS_ONLY_TARGETS.has(versions[0].appliesTo) && flagsAboveNotice(versions)).map(([id]) => id);
    // The filing rules, the account rules and R15: a list that lost its rules would pass anything.
    expect(readByKindergarten).toEqual(expect.arrayContaining(["R01", "R03", "R09", "R11", "R16", "A01", "A02", "A03", "R15"]));
    const advised = new Set(adviceIds(flagMessages.zh));
    const without = readByKindergarten.filter((id) => !advised.has(id) && !(id in SELF_EXPLANATORY));
    expect(without, "rules the kindergarten reads with no flag.advice.<id> and not listed in SELF_EXPLANATORY").toEqual([]);
    // The list says why; a rule listed and advised after all is taken off it.
    for (const [id, reason] of Object.entries(SELF_EXPLANATORY)) {
      expect(readByKindergarten).toContain(id);
      expect(advised.has(id), `${id} has advice: take it off SELF_EXPLANATORY`).toBe(false);
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it("names real rules the kindergarten reads, in both languages, never the complaint triage's", () => {
    const zhIds = adviceIds(flagMessages.zh);
    expect(adviceIds(flagMessages.en).sort()).toEqual([...zhIds].sort());
    for (const id of zhIds) {
      expect(byId.has(id), `flag.advice.${id}: no such rule`).toBe(true);
      expect(OFFICERS_ONLY_TARGETS.has(byId.get(id)![0].appliesTo), `flag.advice.${id}: a complaint rule, read by officers only`).toBe(false);
    }
  });

  it("quotes the portal's own labels, as the page shows them in that language", () => {
    for (const lang of ["zh", "en"] as const) {
      const labels = labelsIn(lang);
      const catalogue = flagMessages[lang] as Record<string, string>;
      let quotes = 0;
      for (const id of adviceIds(catalogue)) {
        const text = catalogue[`${ADVICE}${id}`];
        for (const [, quoted] of text.matchAll(/“([^”]+)”/g)) {
          // The button that files the next account is the one the account page shows (nextFilingAction): either label.
          const words = quoted === "{fileAccount}" ? [catalogueLabel(lang, "account.fileNew"), catalogueLabel(lang, "account.fileAgain")] : [quoted];
          for (const word of words) expect(labels.has(word), `flag.advice.${id} (${lang}) quotes “${word}”, which is no label of the portal`).toBe(true);
          quotes++;
        }
        // Written to the kindergarten without a first person an officer would misread as the authority's ("本园", "we").
        expect(text).not.toMatch(lang === "zh" ? /本园|我们/ : /\b(we|our|us)\b/i);
      }
      expect(quotes).toBeGreaterThan(20);
    }
  });

  it("names the filing's correction only through {correct}, which says what a filing of its term allows (flag.remedy.*)", () => {
    for (const lang of ["zh", "en"] as const) {
      const labels = labelsIn(lang);
      const catalogue = flagMessages[lang] as Record<string, string>;
      const button = lang === "zh" ? "更正本次备案" : "Correct this filing";
      // A filing whose term has begun has no 更正本次备案: an advice naming it outright would send its bookkeeper nowhere.
      const named = adviceIds(catalogue).filter((id) => catalogue[`${ADVICE}${id}`].includes(button));
      expect(named, `advice naming “${button}” outright (${lang})`).toEqual([]);
      expect(adviceIds(catalogue).filter((id) => catalogue[`${ADVICE}${id}`].includes("{correct}")).length).toBeGreaterThanOrEqual(11);
      for (const remedy of ["correct", "nextTerm", "precheck"]) {
        const text = catalogue[`flag.remedy.${remedy}`];
        const quoted = [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
        expect(quoted.length).toBeGreaterThan(0);
        for (const label of quoted) expect(labels.has(label), `flag.remedy.${remedy} (${lang}) quotes “${label}”, which is no label of the portal`).toBe(true);
      }
      expect(catalogue["flag.remedy.correct"]).toContain(`“${button}”`);
      expect(catalogue["flag.remedy.nextTerm"]).not.toContain(button);
      // The pre-check's advice is about a form not yet filed: there is no filing to correct.
      expect(catalogue["flag.remedy.precheck"]).not.toContain(button);
    }
  });
});
