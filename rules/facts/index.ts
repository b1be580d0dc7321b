/**
 * Fact registries by rule target. A rule file may only name facts registered
 * for its `appliesTo`; the loader rejects anything else, so a typo in a fact
 * name fails at load time instead of silently never firing.
 */
import type { FactDescriptor } from "./filing/descriptors";
import { ACCOUNT_FACTS } from "./account/registry";
import { COMPLAINT_FACTS } from "./complaint/registry";
import { FILING_FACTS } from "./filing/registry";
import { MEAL_FUND_FACTS } from "./meal-fund/registry";

export const APPLIES_TO = ["filing", "account", "kindergarten", "complaint", "meal_fund"] as const;
export type AppliesTo = (typeof APPLIES_TO)[number];

export const FACT_REGISTRY: Record<AppliesTo, Readonly<Record<string, FactDescriptor>>> = {
  filing: FILING_FACTS,
  account: ACCOUNT_FACTS,
  complaint: COMPLAINT_FACTS,
  meal_fund: MEAL_FUND_FACTS,
  // Not built yet: rules for this target cannot be loaded until its facts exist.
  kindergarten: {},
};

export function isKnownFact(appliesTo: AppliesTo, fact: string): boolean {
  return Object.prototype.hasOwnProperty.call(FACT_REGISTRY[appliesTo], fact);
}

export type { FactDescriptor };
