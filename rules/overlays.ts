/**
 * Regional parameter overlays: a province, city or district sets some params
 * of some rules (e.g. Zhejiang raises R06's minLeadDays to 90, and one
 * district lowers it again). For a kindergarten's 6-digit region code the
 * effective value of each param is resolved as
 *
 *   rule file default  ←  province (xx0000)  ←  city (xxxx00)  ←  district
 *
 * (the most specific level that sets a param wins). The result carries, per
 * param, which level and region set it, for an "effective parameters of this
 * kindergarten" table, and the `overrides` to build an engine with
 * (createRuleEngine / EngineCache).
 *
 * Overlays are data (the `rule_parameter_sets` table), so everything is
 * validated against the rule files: an unknown rule, an unknown param or a
 * value of the wrong type is a ParamOverlayError naming rule, param and
 * region. An overlay replaces a param's whole value (a list or map is not
 * merged with the default).
 *
 * Pure: no database. Overlays that are not active (draft, retired) must be
 * filtered out by the caller.
 */
import { assertCivilDate } from "./dates";
import type { AppliesTo } from "./facts";
import { activeRules } from "./load/rule-set";
import type { ParamOverrides } from "./param-overrides";
import { ruleParamProblem } from "./param-checks";
import { stableStringify, type ParamType } from "./params";
import type { RuleDefinition, RuleSet } from "./schema";
import type { LocalizedText } from "./types";
import { deepFreeze } from "./deep-freeze";

/** One region's params for one rule (a row of rule_parameter_sets). */
export interface ParamOverlay {
  regionCode: string;
  ruleId: string;
  params: Readonly<Record<string, unknown>>;
}

export type OverlayLevel = "province" | "city" | "district";
/** Where an effective value came from: the rule file, or an overlay level. */
export type ParamSource = "default" | OverlayLevel;

/** An overlay is invalid. `message` names the rule, the param (when one is at fault) and the region. */
export class ParamOverlayError extends Error {
  constructor(
    readonly regionCode: string,
    readonly ruleId: string,
    /** The param at fault, or null when the overlay as a whole is (unknown rule, duplicate, bad region code). */
    readonly param: string | null,
    readonly problem: string,
    /** The problem in Chinese, where the check that found it words one (a param's value: the officers' form shows it). */
    readonly problemZh: string | null = null,
  ) {
    super(`param overlay for rule ${ruleId}${param === null ? "" : `, param "${param}"`}, region ${regionCode}: ${problem}`);
    this.name = "ParamOverlayError";
  }
}

const REGION_CODE = /^(?!00)\d{6}$/;

export function isRegionCode(code: string): boolean {
  return REGION_CODE.test(code);
}

/** The level of a 6-digit administrative-division code: xx0000 province, xxxx00 city, else district. */
export function regionLevel(code: string): OverlayLevel {
  if (!isRegionCode(code)) throw new RangeError(`region code must be 6 digits (GB/T 2260), got "${code}"`);
  if (code.endsWith("0000")) return "province";
  if (code.endsWith("00")) return "city";
  return "district";
}

/** The codes whose overlays apply to `code`, least specific first: province, city, the region itself. */
export function regionChain(code: string): { level: OverlayLevel; regionCode: string }[] {
  const level = regionLevel(code);
  const chain: { level: OverlayLevel; regionCode: string }[] = [{ level: "province", regionCode: `${code.slice(0, 2)}0000` }];
  if (level !== "province") chain.push({ level: "city", regionCode: `${code.slice(0, 4)}00` });
  if (level === "district") chain.push({ level: "district", regionCode: code });
  return chain;
}

/** One row of the "effective parameters" table. */
export interface EffectiveParam {
  name: string;
  value: unknown;
  type: ParamType;
  description: LocalizedText;
  /** The rule file's default. */
  defaultValue: unknown;
  /** Which level set `value`. */
  source: ParamSource;
  /** The overlay's region code; null for a default. */
  sourceRegionCode: string | null;
  /** Less specific values that `value` replaced, most specific first (e.g. the province's, then the default). */
  overridden: { source: ParamSource; regionCode: string | null; value: unknown }[];
}

export interface EffectiveRuleParams {
  ruleId: string;
  version: number;
  title: LocalizedText;
  /** name → effective value: exactly what the engine compares with. */
  params: Record<string, unknown>;
  /** One row per param, in the rule file's order. */
  entries: EffectiveParam[];
}

export interface RegionalParams {
  regionCode: string;
  asOf: string;
  /** The rule versions in force on `asOf`, sorted by id. */
  rules: EffectiveRuleParams[];
  /** Only the values set by overlays, by rule id: pass to createRuleEngine / EngineCache.get. */
  overrides: ParamOverrides;
  /** A stable text key of `overrides` (equal overrides ⇔ equal keys). */
  key: string;
  /**
   * Overlay params the version in force does not declare (another version
   * does, so they are not errors): not applied.
   */
  ignored: { regionCode: string; ruleId: string; param: string; reason: string }[];
}

/** A stable key for param overrides: rules without params dropped, keys sorted at every level. */
export function overridesKey(overrides: ParamOverrides | undefined): string {
  const kept: Record<string, unknown> = {};
  for (const [ruleId, params] of Object.entries(overrides ?? {})) {
    if (params && Object.keys(params).length > 0) kept[ruleId] = params;
  }
  return stableStringify(kept);
}

function versionsById(ruleSet: RuleSet): Map<string, RuleDefinition[]> {
  const byId = new Map<string, RuleDefinition[]>();
  for (const def of ruleSet) {
    const list = byId.get(def.id);
    if (list) list.push(def);
    else byId.set(def.id, [def]);
  }
  return byId;
}

/**
 * Check overlays against the rule files, independently of any date: the
 * region code is a 6-digit code, the rule exists, at most one overlay per
 * region and rule, every param is declared by some version of the rule and
 * has the type (and bounds) of every version that declares it. Throws the
 * first ParamOverlayError. Use it when an overlay is saved or activated.
 */
export function checkParamOverlays(ruleSet: RuleSet, overlays: readonly ParamOverlay[]): void {
  const byId = versionsById(ruleSet);
  const seen = new Set<string>();
  for (const o of overlays) {
    if (!isRegionCode(o.regionCode)) {
      throw new ParamOverlayError(o.regionCode, o.ruleId, null, "the region code must be 6 digits (GB/T 2260)");
    }
    const versions = byId.get(o.ruleId);
    if (!versions) throw new ParamOverlayError(o.regionCode, o.ruleId, null, `unknown rule "${o.ruleId}"`);
    const pair = `${o.regionCode}\u0000${o.ruleId}`;
    if (seen.has(pair)) {
      throw new ParamOverlayError(o.regionCode, o.ruleId, null, "more than one overlay for this rule and region");
    }
    seen.add(pair);
    if (o.params === null || typeof o.params !== "object" || Array.isArray(o.params)) {
      throw new ParamOverlayError(o.regionCode, o.ruleId, null, "params must be an object of param name → value");
    }
    for (const [name, value] of Object.entries(o.params)) {
      const declaring = versions.filter((d) => Object.prototype.hasOwnProperty.call(d.params, name));
      if (declaring.length === 0) {
        const known = [...new Set(versions.flatMap((d) => Object.keys(d.params)))];
        throw new ParamOverlayError(
          o.regionCode,
          o.ruleId,
          name,
          `unknown param (known: ${known.join(", ") || "none; this rule has no params"})`,
        );
      }
      for (const d of declaring) {
        const problem = ruleParamProblem(d, name, value);
        if (problem) throw new ParamOverlayError(o.regionCode, o.ruleId, name, `${problem.en} (as declared by ${d.id} v${d.version})`, problem.zh);
      }
    }
  }
}

/** Overlays indexed by region code, then rule id. */
type OverlayIndex = ReadonlyMap<string, ReadonlyMap<string, ParamOverlay>>;

function indexOverlays(overlays: readonly ParamOverlay[]): OverlayIndex {
  const index = new Map<string, Map<string, ParamOverlay>>();
  for (const o of overlays) {
    let byRule = index.get(o.regionCode);
    if (!byRule) index.set(o.regionCode, (byRule = new Map()));
    byRule.set(o.ruleId, o);
  }
  return index;
}

function resolve(
  ruleSet: RuleSet,
  index: OverlayIndex,
  regionCode: string,
  asOf: string,
  appliesTo: AppliesTo,
): RegionalParams {
  assertCivilDate(asOf, "asOf");
  const chain = regionChain(regionCode);
  const byId = versionsById(ruleSet);
  const rules: EffectiveRuleParams[] = [];
  const overrides: Record<string, Record<string, unknown>> = {};
  const ignored: RegionalParams["ignored"] = [];

  for (const def of activeRules(ruleSet, asOf, appliesTo)) {
    const entries: EffectiveParam[] = Object.entries(def.params).map(([name, spec]) => ({
      name,
      value: spec.default,
      type: spec.type,
      description: spec.description,
      defaultValue: spec.default,
      source: "default",
      sourceRegionCode: null,
      overridden: [],
    }));
    const byName = new Map(entries.map((e) => [e.name, e]));
    for (const { level, regionCode: code } of chain) {
      const overlay = index.get(code)?.get(def.id);
      if (!overlay) continue;
      for (const [name, value] of Object.entries(overlay.params)) {
        const entry = byName.get(name);
        if (!entry) {
          const declared = (byId.get(def.id) ?? []).some((d) => Object.prototype.hasOwnProperty.call(d.params, name));
          if (!declared) throw new ParamOverlayError(code, def.id, name, "unknown param");
          ignored.push({ regionCode: code, ruleId: def.id, param: name, reason: `not a param of ${def.id} v${def.version}` });
          continue;
        }
        const problem = ruleParamProblem(def, name, value);
        if (problem) throw new ParamOverlayError(code, def.id, name, `${problem.en} (as declared by ${def.id} v${def.version})`, problem.zh);
        entry.overridden.unshift({ source: entry.source, regionCode: entry.sourceRegionCode, value: entry.value });
        entry.value = value;
        entry.source = level;
        entry.sourceRegionCode = code;
      }
    }
    const params = Object.fromEntries(entries.map((e) => [e.name, e.value]));
    const set = entries.filter((e) => e.source !== "default");
    if (set.length > 0) overrides[def.id] = Object.fromEntries(set.map((e) => [e.name, e.value]));
    rules.push({ ruleId: def.id, version: def.version, title: def.title, params, entries });
  }

  return deepFreeze({ regionCode, asOf, rules, overrides, key: overridesKey(overrides), ignored });
}


/**
 * The effective params of every rule in force on `asOf` for a kindergarten
 * in `regionCode` (6 digits), with where each value came from. Overlays of
 * other regions are ignored; the relevant ones are validated against the
 * version in force (ParamOverlayError). Overlays for rules with no version in
 * force on `asOf` are ignored.
 *
 * For many filings use createRegionalParamsResolver (indexed, memoised).
 */
export function effectiveParamsForRegion(
  ruleSet: RuleSet,
  overlays: readonly ParamOverlay[],
  regionCode: string,
  asOf: string,
  appliesTo: AppliesTo = "filing",
): RegionalParams {
  const codes = new Set(regionChain(regionCode).map((c) => c.regionCode));
  const relevant = overlays.filter((o) => codes.has(o.regionCode));
  checkDuplicates(relevant);
  for (const o of relevant) {
    if (!ruleSet.some((d) => d.id === o.ruleId)) throw new ParamOverlayError(o.regionCode, o.ruleId, null, `unknown rule "${o.ruleId}"`);
  }
  return resolve(ruleSet, indexOverlays(relevant), regionCode, asOf, appliesTo);
}

function checkDuplicates(overlays: readonly ParamOverlay[]): void {
  const seen = new Set<string>();
  for (const o of overlays) {
    const pair = `${o.regionCode}\u0000${o.ruleId}`;
    if (seen.has(pair)) throw new ParamOverlayError(o.regionCode, o.ruleId, null, "more than one overlay for this rule and region");
    seen.add(pair);
  }
}

export type RegionalParamsResolver = (regionCode: string, asOf: string) => RegionalParams;

/**
 * A resolver for many lookups (a batch re-evaluation): validates every
 * overlay once (checkParamOverlays), indexes them by region, and memoises
 * results per (region, date, target). Results are frozen and shared.
 */
export function createRegionalParamsResolver(
  ruleSet: RuleSet,
  overlays: readonly ParamOverlay[],
  options: { appliesTo?: AppliesTo; maxCached?: number } = {},
): RegionalParamsResolver {
  checkParamOverlays(ruleSet, overlays);
  const index = indexOverlays(overlays);
  const appliesTo = options.appliesTo ?? "filing";
  const maxCached = options.maxCached ?? 50_000;
  const memo = new Map<string, RegionalParams>();
  return (regionCode, asOf) => {
    const key = `${regionCode}|${asOf}`;
    let hit = memo.get(key);
    if (!hit) {
      hit = resolve(ruleSet, index, regionCode, asOf, appliesTo);
      if (memo.size >= maxCached) memo.clear();
      memo.set(key, hit);
    }
    return hit;
  };
}
