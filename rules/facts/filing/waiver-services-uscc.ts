/**
 * R12–R16: the 大班 free-year waiver (R12), whether service and 代收 items
 * are voluntary and billed apart from 保教费 (R13), whether 代收 items are
 * passed on at the provider's price (R14), and whether the USCC's prefix
 * fits the kindergarten's nature (R16). The expected prefixes are a rule
 * param, so R16's expectation is a param-dependent group, computed per rule.
 */
import type { AgeBand, FeeUnit, FilingFacts } from "../../types";
import type { FilingContextFacts } from "./context";
import { list, value, type FactDescriptors, type ParamFactGroup } from "./descriptors";
import { isServiceOrAgency, itemRef, type ItemRef } from "./fee-items";
import { maxOrNull, requireFen, requireOptionalFen } from "./money";
import { isTerm, termBounds } from "../../terms";

/** R12 evidence: one final-year (大班) care-and-education item and the waiver it should carry. */
export interface FreeYearCheck {
  code: string;
  name: string;
  ageBand: AgeBand;
  unit: FeeUnit;
  amountFen: number;
  /** amountFen for a monthly item; null for other units (then the public rate alone is required). */
  monthlyAmountFen: number | null;
  publicCareFeeFen: number;
  /** min(publicCareFeeFen, monthlyAmountFen), or publicCareFeeFen when the item is not monthly. */
  requiredDeductionFen: number;
  waiverDeductionFen: number;
  /** requiredDeductionFen − waiverDeductionFen; > 0 means the deduction falls short. */
  shortfallFen: number;
}

/** R14 evidence: a 代收 item with its declared provider price. */
export interface DaishouMarkup {
  code: string;
  name: string;
  unit: FeeUnit;
  amountFen: number;
  costFen: number;
  /** amountFen − costFen; > 0 means parents pay more than the provider charges. */
  markupFen: number;
}

export interface WaiverServicesUsccFacts {
  // R12
  publicCareFeeFen: number | null;
  waiverDeductionFen: number;
  freeYearChecks: FreeYearCheck[];
  freeYearMaxShortfallFen: number | null;
  freeYearTermDate: string;
  // R13
  serviceItemsNotVoluntary: ItemRef[];
  serviceItemsNotVoluntaryCount: number;
  serviceItemsBundled: ItemRef[];
  serviceItemsBundledCount: number;
  // R14
  daishouMarkups: DaishouMarkup[];
  daishouMaxMarkupFen: number | null;
  daishouItemsWithoutCost: ItemRef[];
  // R16
  usccPrefix: string;
}

export const WAIVER_SERVICES_USCC_FACTS: FactDescriptors<WaiverServicesUsccFacts> = {
  publicCareFeeFen: value("The local public kindergartens' monthly 保教费 (the 大班 waiver basis); null if unknown."),
  waiverDeductionFen: value("The monthly deduction the filing grants final-year (大班) children."),
  freeYearChecks: list(
    "care_education items for age band 'large' (else 'all') with the required deduction min(public rate, monthly amount) and the shortfall; empty when publicCareFeeFen is unknown.",
  ),
  freeYearMaxShortfallFen: value("max(shortfallFen) over freeYearChecks; null when there is nothing to check."),
  freeYearTermDate: value(
    "The first day the filing's fees apply within its term: the later of the term's start (spring 1 March, autumn 1 September) and effectiveFrom; effectiveFrom when the term is not written YYYY-spring or YYYY-autumn.",
  ),
  serviceItemsNotVoluntary: list("Service and 代收 items marked as not voluntary (no parent opt-in)."),
  serviceItemsNotVoluntaryCount: value("The number of serviceItemsNotVoluntary."),
  serviceItemsBundled: list("Service and 代收 items charged together with 保教费."),
  serviceItemsBundledCount: value("The number of serviceItemsBundled."),
  daishouMarkups: list("代收 (agency) items with a declared provider price, with markupFen = amountFen − costFen."),
  daishouMaxMarkupFen: value("max(markupFen) over daishouMarkups; null when no 代收 item declares a provider price."),
  daishouItemsWithoutCost: list("代收 items without a declared provider price (not judged)."),
  usccPrefix: value("The first two characters of the USCC (registration authority and entity type), upper-cased."),
};

export function deriveWaiverServicesUsccFacts(facts: FilingFacts): WaiverServicesUsccFacts {
  const { kindergarten, filing, items } = facts;

  // R12: the 大班 waiver. Items for "large" if any, else those for all age bands.
  const publicCareFeeFen = requireOptionalFen(facts.publicCareFeeFen, "publicCareFeeFen");
  const waiverDeductionFen = requireFen(filing.waiverDeductionFen, "filing.waiverDeductionFen");
  const careItems = items.filter((it) => it.category === "care_education");
  const largeItems = careItems.filter((it) => it.ageBand === "large");
  const freeYearItems = largeItems.length > 0 ? largeItems : careItems.filter((it) => it.ageBand === "all");
  const freeYearChecks: FreeYearCheck[] =
    publicCareFeeFen === null
      ? []
      : freeYearItems.map((it) => {
          const monthlyAmountFen = it.unit === "month" ? it.amountFen : null;
          const requiredDeductionFen = monthlyAmountFen === null ? publicCareFeeFen : Math.min(publicCareFeeFen, monthlyAmountFen);
          return {
            code: it.code,
            name: it.name,
            ageBand: it.ageBand,
            unit: it.unit,
            amountFen: it.amountFen,
            monthlyAmountFen,
            publicCareFeeFen,
            requiredDeductionFen,
            waiverDeductionFen,
            shortfallFen: requiredDeductionFen - waiverDeductionFen,
          };
        });

  // The waiver starts with a term (autumn 2025): a schedule for that term counts from the term's start even when it takes effect a little earlier.
  const termStart = isTerm(filing.term) ? termBounds(filing.term).start : null;
  const freeYearTermDate = termStart !== null && termStart > filing.effectiveFrom ? termStart : filing.effectiveFrom;

  // R13
  const serviceItemsNotVoluntary = items.filter((it) => isServiceOrAgency(it) && it.voluntary === false).map(itemRef);
  const serviceItemsBundled = items.filter((it) => isServiceOrAgency(it) && it.bundled === true).map(itemRef);

  // R14
  const daishouMarkups: DaishouMarkup[] = [];
  const daishouItemsWithoutCost: ItemRef[] = [];
  for (const it of items) {
    if (it.category !== "agency") continue;
    const costFen = requireOptionalFen(it.costFen, `item ${it.code} costFen`);
    if (costFen === null) {
      daishouItemsWithoutCost.push(itemRef(it));
      continue;
    }
    daishouMarkups.push({
      code: it.code,
      name: it.name,
      unit: it.unit,
      amountFen: it.amountFen,
      costFen,
      markupFen: it.amountFen - costFen,
    });
  }

  return {
    publicCareFeeFen,
    waiverDeductionFen,
    freeYearChecks,
    freeYearMaxShortfallFen: maxOrNull(freeYearChecks.map((c) => c.shortfallFen)),
    freeYearTermDate,
    serviceItemsNotVoluntary,
    serviceItemsNotVoluntaryCount: serviceItemsNotVoluntary.length,
    serviceItemsBundled,
    serviceItemsBundledCount: serviceItemsBundled.length,
    daishouMarkups,
    daishouMaxMarkupFen: maxOrNull(daishouMarkups.map((m) => m.markupFen)),
    daishouItemsWithoutCost,
    // R16
    usccPrefix: kindergarten.uscc.trim().slice(0, 2).toUpperCase(),
  };
}

export const USCC_PREFIX_FACTS: ParamFactGroup<Pick<FilingContextFacts, "kindergartenNature">> = {
  params: { expectedPrefixes: "record<string[]>" },
  facts: {
    usccExpectedPrefixes: {
      kind: "value",
      description:
        "The USCC prefixes the rule's `expectedPrefixes` param lists for the kindergarten's nature; null when the map has no entry for it.",
      params: { expectedPrefixes: "record<string[]>" },
    },
  },
  compute(_facts, derived, params) {
    const map = params.expectedPrefixes as Record<string, string[]>;
    const expected = Object.prototype.hasOwnProperty.call(map, derived.kindergartenNature)
      ? map[derived.kindergartenNature].map((p) => p.trim().toUpperCase())
      : null;
    return { usccExpectedPrefixes: expected };
  },
};
