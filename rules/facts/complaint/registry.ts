/**
 * The complaint fact registry (appliesTo "complaint"): every fact a complaint
 * rule may name, and `deriveComplaintFacts`, which computes the plain ones
 * once per evaluation from the raw `ComplaintFacts` the domain gathers (the
 * complaint, and what the kindergarten filed for the day paid).
 *
 * Param-dependent facts (R19's bar dates, R18's window) are declared in
 * COMPLAINT_PARAM_FACT_GROUPS and computed per rule with its effective
 * params, as the filing registry does for R02 and R16.
 */
import { assertCivilDate } from "../../dates";
import type { ComplaintFacts } from "../../types";
import type { FactDescriptor, FactDescriptors, ParamFactGroup } from "../filing/descriptors";
import { CHARGED_MONTHLY_FACTS, COMPLAINT_CHARGE_FACTS, deriveComplaintChargeFacts, type ComplaintChargeFacts } from "./charges";
import { COMPLAINT_CONTEXT_FACTS, deriveComplaintContextFacts, type ComplaintContextFacts } from "./context";
import { REFUND_CHECK_FACTS } from "./refund-check";
import { CLUSTER_FACTS, TIME_BAR_FACTS } from "./time-and-cluster";

export interface DerivedComplaintFacts extends ComplaintContextFacts, ComplaintChargeFacts {}

const PLAIN_COMPLAINT_FACTS: FactDescriptors<DerivedComplaintFacts> = { ...COMPLAINT_CONTEXT_FACTS, ...COMPLAINT_CHARGE_FACTS };

export const COMPLAINT_PARAM_FACT_GROUPS: Readonly<Record<string, ParamFactGroup<DerivedComplaintFacts, ComplaintFacts>>> = {
  timeBar: TIME_BAR_FACTS,
  cluster: CLUSTER_FACTS,
  refundCheck: REFUND_CHECK_FACTS,
  chargedMonthly: CHARGED_MONTHLY_FACTS as ParamFactGroup<DerivedComplaintFacts, ComplaintFacts>,
};

/** The param-dependent fact names → their group. */
export const COMPLAINT_PARAM_FACTS: ReadonlyMap<string, ParamFactGroup<DerivedComplaintFacts, ComplaintFacts>> = new Map(
  Object.values(COMPLAINT_PARAM_FACT_GROUPS).flatMap((g) => Object.keys(g.facts).map((f) => [f, g] as const)),
);

/** The registry the loader validates complaint rule files against. */
export const COMPLAINT_FACTS: Readonly<Record<string, FactDescriptor>> = (() => {
  const out: Record<string, FactDescriptor> = { ...PLAIN_COMPLAINT_FACTS };
  for (const group of Object.values(COMPLAINT_PARAM_FACT_GROUPS)) {
    for (const [name, descriptor] of Object.entries(group.facts)) {
      if (Object.prototype.hasOwnProperty.call(out, name)) throw new Error(`complaint fact "${name}" is registered twice`);
      out[name] = descriptor;
    }
  }
  return out;
})();

export function deriveComplaintFacts(facts: ComplaintFacts): DerivedComplaintFacts {
  assertCivilDate(facts.complaint.receivedOn, "facts.complaint.receivedOn");
  assertCivilDate(facts.complaint.learnedOn, "facts.complaint.learnedOn");
  assertCivilDate(facts.comparedOn, "facts.comparedOn");
  if (facts.complaint.paidOn !== null) assertCivilDate(facts.complaint.paidOn, "facts.complaint.paidOn");
  return Object.assign(deriveComplaintContextFacts(facts), deriveComplaintChargeFacts(facts));
}
