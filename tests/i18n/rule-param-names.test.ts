/// <reference types="vite/client" />
/**
 * A rule parameter has one name, in one catalogue (app/i18n/features/rule-params.ts, `param.<identifier>`): the flag's
 * explanation, the rule's page, the regional settings and the audit log all show it. Two families once named them
 * with different words (`param.*` for the flags, `rulesConfig.paramName.*` for the settings: 允许上调生效的月份 in the flag
 * an officer's 允许调价的月份 caused). These fail when a parameter a rule file declares has no name (a settings page
 * would show its identifier alone), when the catalogue names one no rule file declares, when a second family of keys
 * names parameters again, or when a rule's latest version calls a parameter (参数“…”, param "…") otherwise.
 */
import { describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { zhCN } from "~/i18n/zh-CN";
import { PARAM_NAME_PREFIX, translate } from "~/i18n";
import { ruleParams } from "~/i18n/features/rule-params";
import { loadRuleSet } from "~/rules/load/read-files";
import { RULES_DIR } from "../rules/fixtures";

type Catalogue = { zh: Record<string, string>; en: Record<string, string> };

const featureModules = import.meta.glob<Record<string, unknown>>("/app/i18n/features/*.ts", { eager: true });

function catalogues(): Array<{ name: string; catalogue: Catalogue }> {
  const found = [{ name: "zh-CN.ts / en.ts", catalogue: { zh: zhCN, en } as Catalogue }];
  for (const [path, exports] of Object.entries(featureModules)) {
    for (const [name, value] of Object.entries(exports)) {
      if (value && typeof value === "object" && "zh" in value && "en" in value) found.push({ name: `${path.split("/").pop()} ${name}`, catalogue: value as Catalogue });
    }
  }
  return found;
}

/** Every version of every rule file, of every target (filings, accounts, complaints, meal funds): what the settings offer. */
const library = loadRuleSet(RULES_DIR);
const declared = new Set(library.flatMap((def) => Object.keys(def.params ?? {})));
const allKeys = catalogues().flatMap(({ name, catalogue }) => Object.keys(catalogue.zh).map((key) => ({ key, name })));

describe("one name per rule parameter", () => {
  it("the rule files declare parameters (the set compared below is not empty)", () => {
    expect(declared.size).toBeGreaterThan(20);
  });

  it("names exactly the parameters the rule files declare, in both languages, in one catalogue", () => {
    const named = allKeys.filter(({ key }) => key.startsWith(PARAM_NAME_PREFIX));
    expect(named.filter(({ name }) => !name.startsWith("rule-params.ts")).map(({ key, name }) => `${key}: ${name}`)).toEqual([]);
    expect(new Set(named.map(({ key }) => key.slice(PARAM_NAME_PREFIX.length)))).toEqual(declared);
    for (const key of Object.keys(ruleParams.zh)) {
      expect(translate("zh-CN", key), key).not.toBe(key);
      expect(translate("en", key), key).not.toBe(key);
      expect(translate("en", key), key).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("no other family of keys names parameters (a key ending in a parameter's identifier, for more than one of them)", () => {
    const byPrefix = new Map<string, string[]>();
    for (const { key } of allKeys) {
      const dot = key.lastIndexOf(".");
      const prefix = key.slice(0, dot + 1);
      if (prefix === PARAM_NAME_PREFIX || !declared.has(key.slice(dot + 1))) continue;
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), key]);
    }
    // One key that happens to share an identifier (`evidence.keywords`, R02's evidence) is not a family.
    expect([...byPrefix.values()].filter((keys) => keys.length > 1)).toEqual([]);
    expect(allKeys.filter(({ key }) => /paramName/i.test(key)).map(({ key }) => key)).toEqual([]);
  });

  it("a rule's latest version calls a parameter by its name where it quotes one (参数“结余上限”, param \"surplus limit\")", () => {
    const latest = new Map<string, (typeof library)[number]>();
    for (const def of library) if ((latest.get(def.id)?.version ?? 0) < def.version) latest.set(def.id, def);
    const quoted: string[] = [];
    const otherwise: string[] = [];
    for (const def of latest.values()) {
      const names = (lang: "zh-CN" | "en") => Object.keys(def.params).map((p) => translate(lang, `${PARAM_NAME_PREFIX}${p}`));
      const zh = [def.message.zh, def.description.zh, ...Object.values(def.params).map((p) => p.description.zh)].join("\n");
      const english = [def.message.en, def.description.en, ...Object.values(def.params).map((p) => p.description.en)].join("\n");
      for (const [, words] of zh.matchAll(/参数“([^”]+)”/g)) {
        quoted.push(words);
        // A name may carry its unit after it (投诉时限（年）), which the sentence says with the default.
        if (!names("zh-CN").some((name) => name === words || name.startsWith(`${words}（`))) otherwise.push(`${def.id} v${def.version}: 参数“${words}”`);
      }
      for (const [, words] of english.matchAll(/param "([^"]+)"/g)) {
        quoted.push(words);
        if (!names("en").some((name) => name.toLowerCase().includes(words.toLowerCase()))) otherwise.push(`${def.id} v${def.version}: param "${words}"`);
      }
    }
    expect(quoted.length).toBeGreaterThan(5);
    expect(otherwise).toEqual([]);
  });
});
