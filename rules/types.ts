/**
 * The contract between the domain and the rules engine. The domain gathers raw
 * facts from the database; rules/ derives what the rule files compare and
 * returns plain, explainable outcomes. Nothing here knows about a database.
 */

export type Severity = "info" | "amber" | "red";
export type Nature = "public" | "inclusive_private" | "nonprofit_private" | "forprofit_private";
export type FeeCategory = "care_education" | "boarding" | "nursery" | "service" | "agency";
export type AgeBand = "all" | "nursery" | "small" | "middle" | "large";
export type FeeUnit = "month" | "semester" | "day" | "year" | "once";

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface FeeItemFact {
  code: string;
  category: FeeCategory;
  name: string;
  amountFen: number;
  unit: FeeUnit;
  ageBand: AgeBand;
  description: string;
}

export interface GuidancePriceFact {
  regionCode: string;
  category: FeeCategory;
  ageBand: AgeBand;
  basePriceFen: number;
  /** 1000 = 10 % */
  maxFloatBp: number;
  sourceDocument: string;
}

/** Everything the filing rules may look at, for one filing. */
export interface FilingFacts {
  kindergarten: {
    id: string;
    uscc: string;
    approvedName: string;
    nature: Nature;
    grade: string;
    regionCode: string;
  };
  filing: {
    id: string;
    term: string;
    /** The filing's version within its kindergarten (1, 2, …). */
    version: number;
    effectiveFrom: string; // YYYY-MM-DD
    publishedOn: string; // YYYY-MM-DD
  };
  items: FeeItemFact[];
  /** Items of the kindergarten's previous filing, or null for its first filing. */
  previousItems: FeeItemFact[] | null;
  /** The guidance prices in force for this kindergarten's region, nature and grade on effectiveFrom. */
  guidancePrices: GuidancePriceFact[];
}

export interface LegalBasis {
  document: string;
  article?: string;
}

/** One leaf condition of a rule, as evaluated: the "why". */
export interface ConditionExplanation {
  name: string;
  fact: string;
  path?: string;
  factResult: unknown;
  operator: string;
  value: unknown;
  result: boolean;
  /** The rule param the value (threshold) came from, when it came from one. */
  param?: string;
  /** True when the engine did not evaluate this leaf (result is then false). */
  skipped?: boolean;
}

export interface RuleOutcome {
  ruleId: string;
  version: number;
  fired: boolean;
  severity: Severity | null;
  title: LocalizedText;
  message: LocalizedText;
  legalBasis: LegalBasis[];
  params: Record<string, unknown>;
  conditions: ConditionExplanation[];
  /** Rule-specific evidence, e.g. the items over the cap with base, float and cap. */
  details: Record<string, unknown>;
}
