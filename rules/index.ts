/** The rules module: pure (no database, no HTTP). Facts in, explainable outcomes out. */
export { RuleFileError } from "./load/errors";
export { parseRuleFile } from "./load/parse-rule-file";
export { loadRuleSet } from "./load/read-files";
export { checkRuleSet, activeRules } from "./load/rule-set";
export { effectiveParams, paramOverrideProblem } from "./param-overrides";
export type { ParamOverrides } from "./param-overrides";
export { createRuleEngine } from "./engine";
export type { RuleEngine, RuleEngineOptions } from "./engine";
export { EngineCache, createRegionalRuleEngine } from "./cache";
export type { EngineCacheOptions, RegionalRuleEngine } from "./cache";
export {
  effectiveParamsForRegion,
  createRegionalParamsResolver,
  checkParamOverlays,
  overridesKey,
  regionLevel,
  regionChain,
  isRegionCode,
  ParamOverlayError,
} from "./overlays";
export type {
  ParamOverlay,
  OverlayLevel,
  ParamSource,
  EffectiveParam,
  EffectiveRuleParams,
  RegionalParams,
  RegionalParamsResolver,
} from "./overlays";
export { PARAM_TYPES, paramValueProblem, describeParamType } from "./params";
export type { ParamType, ParamSpec } from "./params";
export { formatMessage, formatYuan, formatPercent } from "./explain";
export { deriveFilingFacts, FILING_FACTS, FILING_PARAM_FACT_GROUPS } from "./facts/filing/registry";
export type { DerivedFilingFacts } from "./facts/filing/registry";
export { normaliseEntityName } from "./facts/account-name";
export { APPLIES_TO, FACT_REGISTRY } from "./facts";
export type { AppliesTo } from "./facts";
export { isCivilDate, daysBetween } from "./dates";
export type { RuleDefinition, RuleSet } from "./schema";
export type * from "./types";
