/**
 * Facts computed from a rule's policy params (a number or a switch the law
 * does not set, chosen per region through overlays), so each rule reads
 * them with its own effective params:
 *
 * - R06: the latest day the fees could be published, from a lead time in
 *   days and one in calendar months (Weifang asks 2 months, Chengdu 6);
 * - R07: whether the region requires new fees to apply to new entrants only
 *   (a municipal rule, e.g. Ningbo's 2017 notice; off nationally);
 * - R13: the severity a service or 代收 item not left to parents' choice
 *   gets (amber by default).
 */
import { addDays, addMonths } from "../../dates";
import type { FilingContextFacts } from "./context";
import type { ParamFactGroup } from "./descriptors";
import type { WaiverServicesUsccFacts } from "./waiver-services-uscc";

const NOTICE_PARAMS = { minLeadDays: "integer", minLeadMonths: "integer" } as const;

/** R06: publication on or before this day meets both lead times. */
export const NOTICE_DEADLINE_FACTS: ParamFactGroup<Pick<FilingContextFacts, "filingEffectiveFrom">> = {
  params: NOTICE_PARAMS,
  facts: {
    noticeLatestPublishedOn: {
      kind: "value",
      description:
        "The latest publication day that meets both lead times: the earlier of effectiveFrom minus `minLeadDays` days and effectiveFrom minus `minLeadMonths` calendar months (the same day of the month, clamped to the month's end: 2026-03-31 minus one month is 2026-02-28).",
      params: NOTICE_PARAMS,
    },
  },
  compute(_facts, derived, params) {
    const byDays = addDays(derived.filingEffectiveFrom, -(params.minLeadDays as number));
    const byMonths = addMonths(derived.filingEffectiveFrom, -(params.minLeadMonths as number));
    return { noticeLatestPublishedOn: byDays < byMonths ? byDays : byMonths };
  },
};

const NEW_ENTRANTS_PARAMS = { newEntrantsOnly: "boolean" } as const;

/** R07: the switch a region turns on where its own text requires 新生新办法、老生老办法. */
export const NEW_ENTRANTS_ONLY_FACTS: ParamFactGroup<unknown> = {
  params: NEW_ENTRANTS_PARAMS,
  facts: {
    newEntrantsOnlyRequired: {
      kind: "value",
      description: "Whether the kindergarten's region requires a raised fee to apply to new entrants only (the rule's `newEntrantsOnly` param).",
      params: NEW_ENTRANTS_PARAMS,
    },
  },
  compute(_facts, _derived, params) {
    return { newEntrantsOnlyRequired: params.newEntrantsOnly === true };
  },
};

const NOT_VOLUNTARY_PARAMS = { notVoluntarySeverity: "string" } as const;

/** R13: the severity chosen for an item not left to parents' choice, when there is one. */
export const NOT_VOLUNTARY_SEVERITY_FACTS: ParamFactGroup<Pick<WaiverServicesUsccFacts, "serviceItemsNotVoluntaryCount">> = {
  params: NOT_VOLUNTARY_PARAMS,
  facts: {
    serviceNotVoluntarySeverity: {
      kind: "value",
      description:
        "The rule's `notVoluntarySeverity` (amber | red) when at least one service or 代收 item is marked not voluntary; null when none is.",
      params: NOT_VOLUNTARY_PARAMS,
    },
  },
  compute(_facts, derived, params) {
    return { serviceNotVoluntarySeverity: derived.serviceItemsNotVoluntaryCount > 0 ? (params.notVoluntarySeverity as string) : null };
  },
};
