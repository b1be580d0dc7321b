/**
 * The filing fact registry (appliesTo "filing"): every fact a filing rule may
 * name, assembled from the rule groups, and `deriveFilingFacts`, which
 * computes them.
 *
 * json-rules-engine cannot do arithmetic inside a condition, so everything a
 * rule compares is computed by the groups, once per evaluation, from the raw
 * `FilingFacts` the domain gathers. The result is handed to `engine.run()` as
 * runtime (constant) facts, so no fact is computed twice and the engine never
 * calls back into these modules. Money is integer fen and rates are integer
 * basis points (see money.ts); dates are civil dates (YYYY-MM-DD) compared as
 * UTC calendar days.
 *
 * ## Param-dependent facts
 *
 * A few facts cannot be computed without a rule param: which prohibited
 * keyword an item matches (R02, `keywords`), which USCC prefixes a
 * kindergarten's nature expects (R16, `expectedPrefixes`), a guided item's
 * monthly amount (R03 from v2, `monthsPerSemesterTenths` and
 * `dayRateDaysPerMonthHundredths`), R11's refund comparison against the
 * region's table, and the policy choices of policy-choices.ts (R06's lead
 * times, R07's switch, R13's severity). They are declared
 * in FILING_PARAM_FACT_GROUPS with the params they read; the loader checks
 * that a rule naming such a fact declares those params with the same type,
 * and the engine computes them per rule, with that rule's effective params
 * (defaults or regional overrides), under a rule-qualified fact name. All
 * other facts are computed once per evaluation and shared by every rule.
 */
import type { FilingFacts } from "../../types";
import { CATALOGUE_FACTS, deriveCatalogueFacts, PROHIBITED_KEYWORD_FACTS, type CatalogueFacts } from "./catalogue";
import { deriveFilingContextFacts, FILING_CONTEXT_FACTS, type FilingContextFacts } from "./context";
import type { FactDescriptor, FactDescriptors, ParamFactGroup } from "./descriptors";
import {
  deriveGuidedPriceCapFacts,
  GUIDED_PRICE_CAP_FACTS,
  GUIDED_PRICE_MONTHLY_FACTS,
  type GuidedPriceCapFacts,
} from "./guided-price-cap";
import { deriveIncreaseFacts, INCREASE_FACTS, type IncreaseFacts } from "./increases";
import {
  derivePrepaymentAccountDisclosureFacts,
  PREPAYMENT_ACCOUNT_DISCLOSURE_FACTS,
  type PrepaymentAccountDisclosureFacts,
} from "./prepayment-account-disclosure";
import { deriveRefundFacts, REFUND_FACTS, REFUND_SHORTFALL_FACTS, type RefundFacts } from "./refund-shortfall";
import { NEW_ENTRANTS_ONLY_FACTS, NOT_VOLUNTARY_SEVERITY_FACTS, NOTICE_DEADLINE_FACTS } from "./policy-choices";
import {
  deriveWaiverServicesUsccFacts,
  USCC_PREFIX_FACTS,
  WAIVER_SERVICES_USCC_FACTS,
  type WaiverServicesUsccFacts,
} from "./waiver-services-uscc";

/** The derived facts, by fact name: the facts of every rule group. Every key is registered in FILING_FACTS. */
export interface DerivedFilingFacts
  extends FilingContextFacts,
    CatalogueFacts,
    GuidedPriceCapFacts,
    IncreaseFacts,
    PrepaymentAccountDisclosureFacts,
    WaiverServicesUsccFacts,
    RefundFacts {}

/** The fact names of any of `Groups` (a union, where `keyof` of a union would give only the common names). */
type FactNames<Groups extends readonly object[]> = Groups[number] extends infer G ? (G extends object ? keyof G : never) : never;

/**
 * Merge descriptor maps into one, refusing a fact name registered twice: two
 * groups deriving the same fact would otherwise silently shadow each other.
 * Runs once, when the module loads.
 */
function registerOnce<const Groups extends readonly Readonly<Record<string, FactDescriptor>>[]>(
  groups: Groups,
): Record<FactNames<Groups>, FactDescriptor> {
  const out: Record<string, FactDescriptor> = {};
  for (const group of groups) {
    for (const [name, descriptor] of Object.entries(group)) {
      if (Object.prototype.hasOwnProperty.call(out, name)) throw new Error(`filing fact "${name}" is registered twice`);
      out[name] = descriptor;
    }
  }
  return out as Record<FactNames<Groups>, FactDescriptor>;
}

/** Typed by DerivedFilingFacts: the compiler refuses a derived fact without a descriptor. */
const PLAIN_FILING_FACTS: FactDescriptors<DerivedFilingFacts> = registerOnce([
  FILING_CONTEXT_FACTS,
  CATALOGUE_FACTS,
  GUIDED_PRICE_CAP_FACTS,
  INCREASE_FACTS,
  PREPAYMENT_ACCOUNT_DISCLOSURE_FACTS,
  WAIVER_SERVICES_USCC_FACTS,
  REFUND_FACTS,
]);

export const FILING_PARAM_FACT_GROUPS: Readonly<Record<string, ParamFactGroup<DerivedFilingFacts>>> = {
  prohibitedKeywords: PROHIBITED_KEYWORD_FACTS,
  usccPrefixes: USCC_PREFIX_FACTS,
  refundShortfall: REFUND_SHORTFALL_FACTS,
  guidedPriceMonthly: GUIDED_PRICE_MONTHLY_FACTS as ParamFactGroup<DerivedFilingFacts>,
  noticeDeadline: NOTICE_DEADLINE_FACTS,
  newEntrantsOnly: NEW_ENTRANTS_ONLY_FACTS,
  notVoluntarySeverity: NOT_VOLUNTARY_SEVERITY_FACTS,
};

/** The param-dependent fact names → their group. */
export const FILING_PARAM_FACTS: ReadonlyMap<string, ParamFactGroup<DerivedFilingFacts>> = new Map(
  Object.values(FILING_PARAM_FACT_GROUPS).flatMap((g) => Object.keys(g.facts).map((f) => [f, g] as const)),
);

/** The registry the loader validates rule files against (appliesTo "filing"). */
export const FILING_FACTS: Readonly<Record<string, FactDescriptor>> = registerOnce([
  PLAIN_FILING_FACTS,
  ...Object.values(FILING_PARAM_FACT_GROUPS).map((g) => g.facts),
]);

/**
 * Compute every derived filing fact. Pure; called once per evaluation. The
 * context comes first: it checks the dates and amounts the other groups use.
 *
 * Object.assign, not one literal of six spreads: V8 copies spreads of this
 * size slowly (about 150 µs a filing, more than computing the facts), while
 * assign copies them in a few µs. Nested because Object.assign is typed for
 * at most three sources; the groups still run in the order written.
 */
export function deriveFilingFacts(facts: FilingFacts): DerivedFilingFacts {
  return Object.assign(
    Object.assign({}, deriveFilingContextFacts(facts), deriveCatalogueFacts(facts), deriveGuidedPriceCapFacts(facts)),
    deriveIncreaseFacts(facts),
    derivePrepaymentAccountDisclosureFacts(facts),
    Object.assign(deriveWaiverServicesUsccFacts(facts), deriveRefundFacts(facts)),
  );
}
