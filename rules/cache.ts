/**
 * Engines for many regions. A RuleEngine is built for one set of param
 * overrides; building one compiles every rule version, and its
 * json-rules-engine Engines are then built lazily and pooled. Regions share
 * overrides far more often than not (most have none, whole provinces share
 * theirs), so EngineCache hands out one RuleEngine per distinct overrides
 * object (compared by content, key order irrelevant) instead of one per
 * filing or per region.
 *
 * createRegionalRuleEngine puts overlays, resolver and cache together behind
 * the plain RuleEngine interface: it evaluates each filing with the params of
 * the filing's region (facts.kindergarten.regionCode) in force on its date.
 */
import { createRuleEngine, mealFundAsOf, type RuleEngine } from "./engine";
import type { ParamOverrides } from "./param-overrides";
import {
  createRegionalParamsResolver,
  overridesKey,
  type ParamOverlay,
  type RegionalParams,
  type RegionalParamsResolver,
} from "./overlays";
import type { RuleSet } from "./schema";

export interface EngineCacheOptions {
  /** Most engines kept; the least recently used is dropped beyond it. Default 1,000. */
  maxEngines?: number;
}

export class EngineCache {
  private readonly engines = new Map<string, RuleEngine>();
  private readonly maxEngines: number;
  private builtCount = 0;

  constructor(
    readonly ruleSet: RuleSet,
    options: EngineCacheOptions = {},
  ) {
    this.maxEngines = options.maxEngines ?? 1000;
    if (!Number.isSafeInteger(this.maxEngines) || this.maxEngines < 1) throw new RangeError("maxEngines must be a positive integer");
  }

  /**
   * The engine for these overrides (`{ R04: { amberBp: 1500 } }`); the same
   * instance for equal overrides. Invalid overrides throw, as in
   * createRuleEngine, and are not cached.
   */
  get(overrides: ParamOverrides = {}): RuleEngine {
    const key = overridesKey(overrides);
    let engine = this.engines.get(key);
    if (engine) {
      // Refresh its place in the LRU order.
      this.engines.delete(key);
      this.engines.set(key, engine);
      return engine;
    }
    engine = createRuleEngine(this.ruleSet, { params: overrides });
    this.builtCount += 1;
    if (this.engines.size >= this.maxEngines) {
      const oldest = this.engines.keys().next().value;
      if (oldest !== undefined) this.engines.delete(oldest);
    }
    this.engines.set(key, engine);
    return engine;
  }

  /** Engines currently cached. */
  get size(): number {
    return this.engines.size;
  }

  /** Engines built since the cache was created (a rebuild after eviction counts again). */
  get built(): number {
    return this.builtCount;
  }

  clear(): void {
    this.engines.clear();
  }
}

export interface RegionalRuleEngine extends RuleEngine {
  /** The effective params (with their sources) a filing of `regionCode` would be evaluated with on `asOf`. */
  paramsFor(regionCode: string, asOf: string): RegionalParams;
  readonly cache: EngineCache;
}

/**
 * A RuleEngine that applies regional overlays: evaluateFiling(facts, asOf)
 * resolves the params for facts.kindergarten.regionCode on asOf (default
 * facts.filing.effectiveFrom) and runs the cached engine for them. All
 * overlays are validated up front (ParamOverlayError). Build a new one when
 * overlays change; pass the previous `cache` to keep its engines.
 */
export function createRegionalRuleEngine(
  ruleSet: RuleSet,
  overlays: readonly ParamOverlay[],
  options: { cache?: EngineCache } = {},
): RegionalRuleEngine {
  if (options.cache && options.cache.ruleSet !== ruleSet) throw new Error("the engine cache was built for another rule set");
  const cache = options.cache ?? new EngineCache(ruleSet);
  const resolver: RegionalParamsResolver = createRegionalParamsResolver(ruleSet, overlays);
  const accountResolver = createRegionalParamsResolver(ruleSet, overlays, { appliesTo: "account" });
  const complaintResolver = createRegionalParamsResolver(ruleSet, overlays, { appliesTo: "complaint" });
  const mealFundResolver = createRegionalParamsResolver(ruleSet, overlays, { appliesTo: "meal_fund" });
  return {
    cache,
    paramsFor: resolver,
    async evaluateFiling(facts, asOf) {
      const date = asOf ?? facts.filing.effectiveFrom;
      const { overrides } = resolver(facts.kindergarten.regionCode, date);
      return cache.get(overrides).evaluateFiling(facts, date);
    },
    async evaluateAccount(facts) {
      const { overrides } = accountResolver(facts.kindergarten.regionCode, facts.evaluatedOn);
      return cache.get(overrides).evaluateAccount(facts);
    },
    async evaluateComplaint(facts) {
      const { overrides } = complaintResolver(facts.kindergarten.regionCode, facts.complaint.receivedOn);
      return cache.get(overrides).evaluateComplaint(facts);
    },
    async evaluateMealFund(facts) {
      const { overrides } = mealFundResolver(facts.kindergarten.regionCode, mealFundAsOf(facts));
      return cache.get(overrides).evaluateMealFund(facts);
    },
    activeRules(asOf, appliesTo) {
      return cache.get().activeRules(asOf, appliesTo);
    },
  };
}
