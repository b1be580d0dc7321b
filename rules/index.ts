/** The rules module: pure (no database, no HTTP). Facts in, explainable outcomes out. */
export { loadRuleSet, parseRuleFile, checkRuleSet, activeRules, effectiveParams, RuleFileError } from "./load";
export type { ParamOverrides } from "./load";
export { createRuleEngine } from "./engine";
export type { RuleEngine, RuleEngineOptions } from "./engine";
export { formatMessage, formatYuan, formatPercent } from "./explain";
export { deriveFilingFacts, FILING_FACTS } from "./facts/filing";
export { APPLIES_TO, FACT_REGISTRY } from "./facts";
export type { AppliesTo } from "./facts";
export type { RuleDefinition, RuleSet } from "./schema";
export type * from "./types";
