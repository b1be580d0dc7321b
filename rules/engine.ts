/**
 * Evaluates filings against the rule versions in force, returning one
 * explainable outcome per active rule, fired or not.
 *
 * Performance: json-rules-engine Engines are built once per distinct set of
 * active rule versions (and params) and reused across runs. An Engine keeps
 * run state (`status`) on itself, so two overlapping `run()` calls on one
 * Engine can make the second skip rules; each evaluation therefore borrows an
 * Engine from a small per-set pool (grown only under concurrency) and returns
 * it afterwards. Derived facts are computed once per evaluation and passed as
 * runtime facts; only the facts the active rules read are handed to the
 * engine. Param-dependent facts (facts/filing/registry.ts,
 * facts/complaint/registry.ts, facts/meal-fund/registry.ts) are computed per
 * rule, with the rule's effective params, under a rule-qualified key
 * (`<fact>#<id>@<version>`) so two rules with different params cannot
 * collide; explanations still show the plain fact name.
 *
 * One RuleEngine has one fixed set of param overrides. To evaluate filings of
 * many regions, use EngineCache (cache.ts), which hands out one RuleEngine
 * per distinct overrides object.
 */
import { Engine, Fact, type EngineResult, type FactOptions, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import { factsOfConditions, resolveParamRefs } from "./condition-tree";
import { assertCivilDate } from "./dates";
import { buildDetails, explainConditions } from "./explain";
import type { AppliesTo } from "./facts";
import type { ParamFactGroup } from "./facts/filing/descriptors";
import { deriveAccountFacts } from "./facts/account/registry";
import { COMPLAINT_PARAM_FACTS, deriveComplaintFacts } from "./facts/complaint/registry";
import { deriveFilingFacts, FILING_PARAM_FACTS } from "./facts/filing/registry";
import { deriveMealFundFacts, isMonth, MEAL_FUND_PARAM_FACTS } from "./facts/meal-fund/registry";
import { activeRules } from "./load/rule-set";
import { basisFor } from "./legal-basis";
import { addCustomOperators } from "./operators";
import { effectiveParams, type ParamOverrides } from "./param-overrides";
import type { RuleDefinition, RuleSet } from "./schema";
import type { AccountFacts, ComplaintFacts, FilingFacts, MealFundFacts, RuleOutcome, Severity } from "./types";

export interface RuleEngineOptions {
  /**
   * Param overrides by rule id, e.g. a province's thresholds:
   * `{ R04: { amberBp: 1500, redBp: 3000 } }`. Each value must have the JSON
   * type of the file's default. A param applies to every version that
   * declares it.
   */
  params?: ParamOverrides;
}

export interface EvaluateOptions {
  /**
   * Which outcomes are explained (conditions with their facts, details):
   * "all" (the default), or "fired", when only flags are kept (storing,
   * previews): an outcome that passed then comes with no conditions and no
   * details, and its explaining, most of an outcome's cost, is skipped.
   */
  explain?: "all" | "fired";
}

export interface RuleEngine {
  /**
   * Evaluate one filing against the "filing" rules in force on `asOf`
   * (YYYY-MM-DD; default: `facts.filing.effectiveFrom`, the day the fees take
   * effect). Returns one outcome per active rule, sorted by rule id; an empty
   * list when no rule version is in force on that day.
   */
  evaluateFiling(facts: FilingFacts, asOf?: string, options?: EvaluateOptions): Promise<RuleOutcome[]>;
  /**
   * Evaluate a kindergarten's fee account (and parents' checks of it) against
   * the "account" rules in force on `facts.evaluatedOn`. One outcome per
   * active rule, sorted by rule id.
   */
  evaluateAccount(facts: AccountFacts): Promise<RuleOutcome[]>;
  /**
   * Evaluate a parent's complaint against the "complaint" rules in force on
   * `facts.complaint.receivedOn` (the day of receipt). One outcome per active
   * rule, sorted by rule id.
   */
  evaluateComplaint(facts: ComplaintFacts): Promise<RuleOutcome[]>;
  /**
   * Evaluate one kindergarten's meal-fund account of one month against the
   * "meal_fund" rules in force on the month's first day (the law that binds
   * the meal money of that month). One outcome per active rule, sorted by
   * rule id; none for months before the rules' first version.
   */
  evaluateMealFund(facts: MealFundFacts): Promise<RuleOutcome[]>;
  /** The rule versions `evaluate*` would run on a day. */
  activeRules(asOf: string, appliesTo: AppliesTo): RuleDefinition[];
}

interface CompiledRule {
  def: RuleDefinition;
  params: Readonly<Record<string, unknown>>;
  properties: RuleProperties;
  /** The plain (shared) facts the conditions read. */
  plainFacts: string[];
  /** Param-dependent fact groups the rule reads (conditions or details); computed with `params`. */
  paramGroups: AnyParamFactGroup[];
}

// Each target's groups read that target's raw and derived facts: the engine only hands them through.
type AnyParamFactGroup = ParamFactGroup<any, any>;

/** Param-dependent facts per rule target (facts/<target>/registry.ts): computed per rule, with its params. */
const PARAM_FACTS: Record<AppliesTo, ReadonlyMap<string, AnyParamFactGroup>> = {
  filing: FILING_PARAM_FACTS,
  complaint: COMPLAINT_PARAM_FACTS,
  account: new Map(),
  kindergarten: new Map(),
  meal_fund: MEAL_FUND_PARAM_FACTS,
};

interface ActiveSet {
  rules: CompiledRule[];
  /** Union of the rules' plainFacts: what is handed to the engine. */
  plainFacts: string[];
  idle: Engine[];
}

const qualifiedFact = (fact: string, def: RuleDefinition) => `${fact}#${def.rule.name}`;

/**
 * Runtime facts are handed to the engine as Fact instances without caching:
 * a constant fact needs no cache, and json-rules-engine would otherwise hash
 * a cache key (hash-it) for every fact of every run.
 */
const CONSTANT: FactOptions = { cache: false };

const MAX_CACHED_DATES = 4096;

export function createRuleEngine(ruleSet: RuleSet, options: RuleEngineOptions = {}): RuleEngine {
  const overrides = options.params ?? {};
  for (const [ruleId, values] of Object.entries(overrides)) {
    const versions = ruleSet.filter((d) => d.id === ruleId);
    if (versions.length === 0) throw new Error(`param overrides for unknown rule "${ruleId}"`);
    for (const name of Object.keys(values)) {
      if (!versions.some((d) => Object.prototype.hasOwnProperty.call(d.params, name))) {
        throw new Error(`param override "${name}" is not a param of any version of ${ruleId}`);
      }
    }
  }

  const compiled = new Map<RuleDefinition, CompiledRule>();
  const compile = (def: RuleDefinition): CompiledRule => {
    let c = compiled.get(def);
    if (!c) {
      const own = Object.fromEntries(
        Object.entries(overrides[def.id] ?? {}).filter(([name]) => Object.prototype.hasOwnProperty.call(def.params, name)),
      );
      const params = Object.freeze(effectiveParams(def, own));
      const read = factsOfConditions(def.rule.conditions);
      for (const spec of Object.values(def.details)) read.add(spec.fact);
      const groups = PARAM_FACTS[def.appliesTo];
      const paramGroups = [...new Set([...read].flatMap((f) => groups.get(f) ?? []))];
      const rename = (fact: string) => (groups.has(fact) ? qualifiedFact(fact, def) : fact);
      c = {
        def,
        params,
        properties: {
          name: def.rule.name,
          priority: def.rule.priority,
          conditions: resolveParamRefs(def.rule.conditions, params, rename) as TopLevelCondition,
          event: def.rule.event,
        },
        plainFacts: [...factsOfConditions(def.rule.conditions)].filter((f) => !groups.has(f)),
        paramGroups,
      };
      compiled.set(def, c);
    }
    return c;
  };

  // Compile every version now, so a bad override fails at start-up rather than on the first filing.
  ruleSet.forEach(compile);

  const setsByKey = new Map<string, ActiveSet>();
  const setsByDate = new Map<string, ActiveSet>();
  const activeSet = (asOf: string, appliesTo: AppliesTo): ActiveSet => {
    const dateKey = `${appliesTo}|${asOf}`;
    let set = setsByDate.get(dateKey);
    if (set) return set;
    const defs = activeRules(ruleSet, asOf, appliesTo);
    const key = `${appliesTo}|${defs.map((d) => d.rule.name).join(",")}`;
    set = setsByKey.get(key);
    if (!set) {
      const rules = defs.map(compile);
      set = { rules, plainFacts: [...new Set(rules.flatMap((r) => r.plainFacts))], idle: [] };
      setsByKey.set(key, set);
    }
    if (setsByDate.size >= MAX_CACHED_DATES) setsByDate.clear();
    setsByDate.set(dateKey, set);
    return set;
  };

  const buildEngine = (set: ActiveSet): Engine => {
    const engine = new Engine([], { allowUndefinedFacts: false });
    addCustomOperators(engine);
    for (const r of set.rules) engine.addRule(r.properties);
    return engine;
  };

  const run = async (set: ActiveSet, facts: Record<string, unknown>): Promise<EngineResult> => {
    const engine = set.idle.pop() ?? buildEngine(set);
    try {
      return await engine.run(facts);
    } finally {
      set.idle.push(engine);
    }
  };

  /** The engine's runtime facts: the plain facts the set reads. */
  const plainRunFacts = (set: ActiveSet, derived: Record<string, unknown>) => {
    const forEngine: Record<string, unknown> = {};
    for (const f of set.plainFacts) forEngine[f] = new Fact(f, derived[f], CONSTANT);
    return forEngine;
  };

  /** The facts for one run: the plain facts the set reads, and each rule's param-dependent facts. */
  const runFacts = <Raw, Derived extends object>(set: ActiveSet, facts: Raw, typed: Derived) => {
    const derived = typed as unknown as Record<string, unknown>;
    const forEngine = plainRunFacts(set, derived);
    /** Per rule with param-dependent facts: `derived` plus those facts under their plain names (for details). */
    const forRule = new Map<CompiledRule, Record<string, unknown>>();
    for (const r of set.rules) {
      if (r.paramGroups.length === 0) continue;
      const own: Record<string, unknown> = Object.create(derived);
      for (const group of r.paramGroups) {
        for (const [fact, value] of Object.entries(group.compute(facts, typed, r.params))) {
          own[fact] = value;
          const qualified = qualifiedFact(fact, r.def);
          forEngine[qualified] = new Fact(qualified, value, CONSTANT);
        }
      }
      forRule.set(r, own);
    }
    return { derived, forEngine, forRule };
  };

  const toOutcomes = (
    set: ActiveSet,
    result: EngineResult,
    facts: { derived: Record<string, unknown>; forRule?: Map<CompiledRule, Record<string, unknown>> },
    regionCode: string,
    explain: EvaluateOptions["explain"] = "all",
  ): RuleOutcome[] => {
    const byName = new Map(
      [...result.results, ...result.failureResults].map((r) => [r.name, r] as const),
    );
    return set.rules.map((compiled) => {
      const { def, params } = compiled;
      const rr = byName.get(def.rule.name);
      if (!rr) throw new Error(`rule ${def.rule.name} produced no result`);
      const fired = rr.result === true;
      const explained = fired || explain === "all";
      const conditions = explained ? explainConditions(def, rr.conditions) : [];
      let severity: Severity | null = null;
      if (fired) {
        const escalation = def.severityWhen.find((s) => conditions.some((c) => c.name === s.condition && c.result));
        severity = escalation?.severity ?? def.severity;
      }
      return {
        ruleId: def.id,
        version: def.version,
        fired,
        severity,
        title: def.title,
        message: def.message,
        // A regional text is cited only for a kindergarten in its region.
        legalBasis: basisFor(def.legalBasis, regionCode),
        params: { ...params },
        conditions,
        conditionTree: def.conditionTree,
        details: explained ? buildDetails(def, params, facts.forRule?.get(compiled) ?? facts.derived) : {},
      };
    });
  };

  return {
    async evaluateFiling(facts, asOf, options = {}) {
      const date = asOf ?? facts.filing.effectiveFrom;
      assertCivilDate(date, asOf === undefined ? "facts.filing.effectiveFrom" : "asOf");
      const set = activeSet(date, "filing");
      if (set.rules.length === 0) return [];
      const prepared = runFacts(set, facts, deriveFilingFacts(facts));
      const result = await run(set, prepared.forEngine);
      return toOutcomes(set, result, prepared, facts.kindergarten.regionCode, options.explain);
    },
    async evaluateAccount(facts) {
      // Account facts have no param-dependent groups: the loader registers none for "account".
      const set = activeSet(facts.evaluatedOn, "account");
      if (set.rules.length === 0) return [];
      const derived = deriveAccountFacts(facts) as unknown as Record<string, unknown>;
      const result = await run(set, plainRunFacts(set, derived));
      return toOutcomes(set, result, { derived }, facts.kindergarten.regionCode);
    },
    async evaluateComplaint(facts) {
      const date = facts.complaint.receivedOn;
      assertCivilDate(date, "facts.complaint.receivedOn");
      const set = activeSet(date, "complaint");
      if (set.rules.length === 0) return [];
      const prepared = runFacts(set, facts, deriveComplaintFacts(facts));
      const result = await run(set, prepared.forEngine);
      return toOutcomes(set, result, prepared, facts.kindergarten.regionCode);
    },
    async evaluateMealFund(facts) {
      const set = activeSet(mealFundAsOf(facts), "meal_fund");
      if (set.rules.length === 0) return [];
      const prepared = runFacts(set, facts, deriveMealFundFacts(facts));
      const result = await run(set, prepared.forEngine);
      return toOutcomes(set, result, prepared, facts.kindergarten.regionCode);
    },
    activeRules(asOf, appliesTo) {
      return activeRules(ruleSet, asOf, appliesTo);
    },
  };
}

/** The day whose rule versions apply to a month's meal-fund account: the month's first day. */
export function mealFundAsOf(facts: Pick<MealFundFacts, "month">): string {
  if (!isMonth(facts.month)) throw new RangeError(`facts.month must be a month YYYY-MM, got "${facts.month}"`);
  return `${facts.month}-01`;
}
