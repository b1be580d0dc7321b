/**
 * What a parent says was charged, against the fee schedule in force on the
 * day paid (C01 above the filed amount, C02 not on the schedule, C03 a
 * prohibited item, C06 a forced or bundled service).
 *
 * A charged item is the filed item whose name has the same item key
 * (complaintItemKey), or failing that, whose key contains the charged key or
 * is contained in it (at least two characters): parents write "保教费" for the
 * filed "保教费（小班）". When several filed items match (one per age band),
 * C01 compares with the highest amount of the same unit, so it fires only
 * when the charge is above every filed amount it could be.
 *
 * The plain facts compare amounts only in the same unit and list a charge in
 * another unit as not comparable (C01 v1: an "info" outcome, the officer
 * compares by hand). From C01 v2 such a charge is converted to a month with
 * the filing rules' stated convention (CHARGED_MONTHLY_FACTS below: a
 * semester of `monthsPerSemesterTenths`, a year of two semesters, a day rate ×
 * `dayRateDaysPerMonthHundredths`), and only what cannot be converted (a
 * one-off amount) is listed for the officer.
 */
import type { ChargedItemFact, ComplaintFacts, FeeCategory, FeeItemFact, FeeUnit } from "../../types";
import { list, value, type FactDescriptors, type ParamFactGroup } from "../filing/descriptors";
import { matchKeywords } from "../prohibited-keywords";
import { monthlyFactor, toMonthlyFen, type UnitConvention } from "../units";
import { complaintItemKey } from "./item-key";

/** A charged item as listed in evidence. */
export interface ChargedItemRef {
  name: string;
  unit: FeeUnit;
  /** What the parent says was charged. */
  chargedFen: number;
}

/** C01: a charged item compared with the filed amount in the same unit (above it when overFen > 0). */
export interface ChargedComparison extends ChargedItemRef {
  code: string;
  filedName: string;
  /** The highest filed amount in this unit among the matching filed items. */
  amountFen: number;
  overFen: number;
}

/** C01 (info): a charged item whose matching filed items are all in other units. */
export interface ChargedNotComparable extends ChargedItemRef {
  filedName: string;
  filedUnits: FeeUnit[];
}

/** C03: a charged item whose name contains a prohibited keyword (R02's list). */
export interface ChargedProhibited extends ChargedItemRef {
  matchedKeywords: string[];
}

/** C06: a charged item and the filed service or 代收 item it matches, with how it was filed. */
export interface ChargedService extends ChargedItemRef {
  code: string | null;
  filedName: string | null;
  category: FeeCategory | null;
  /** As filed: parents opt in (null when the item matches no filed service item). */
  voluntary: boolean | null;
  bundled: boolean | null;
}

export interface ScheduleRef {
  filingId: string;
  term: string;
  version: number;
  effectiveFrom: string;
}

export interface ComplaintChargeFacts {
  comparedOn: string;
  scheduleInForce: boolean;
  /** The schedule compared with, or null when none was in force on comparedOn. */
  schedule: ScheduleRef | null;
  chargedItemCount: number;
  chargedComparisons: ChargedComparison[];
  /** The largest amount by which a charged item exceeds its filed amount (same unit); null when none could be compared. */
  chargedMaxOverFiledFen: number | null;
  chargedNotComparable: ChargedNotComparable[];
  chargedNotComparableCount: number;
  chargedNotOnSchedule: ChargedItemRef[];
  chargedNotOnScheduleCount: number;
  chargedProhibited: ChargedProhibited[];
  chargedProhibitedCount: number;
  chargedServices: ChargedService[];
}

export const COMPLAINT_CHARGE_FACTS: FactDescriptors<ComplaintChargeFacts> = {
  comparedOn: value("The day the filed data is read for: the payment date, or the day of receipt when none was given."),
  scheduleInForce: value("Whether a published fee schedule was in force on comparedOn."),
  schedule: value("The fee schedule compared with (filing id, term, version, effective date), or null."),
  chargedItemCount: value("How many items the complaint says were charged."),
  chargedComparisons: list("Charged items compared with the highest matching filed amount of the same unit: both amounts and the difference overFen (negative when below)."),
  chargedMaxOverFiledFen: value("The largest overFen of any charged item compared in the same unit (may be ≤ 0); null when none could be compared."),
  chargedNotComparable: list("Charged items whose matching filed items are all billed in another unit: not converted, listed for the officer."),
  chargedNotComparableCount: value("The number of chargedNotComparable."),
  chargedNotOnSchedule: list("Charged items that match no item of the schedule in force on comparedOn (every charged item when none was in force)."),
  chargedNotOnScheduleCount: value("The number of chargedNotOnSchedule."),
  chargedProhibited: list("Charged items whose name contains a prohibited keyword (R02's keywords for the region; NFKC, lower case, spaces removed)."),
  chargedProhibitedCount: value("The number of chargedProhibited."),
  chargedServices: list("The charged items with the filed service or 代收 item each matches (voluntary and bundled as filed), or nulls."),
};

const ref = (it: ChargedItemFact): ChargedItemRef => ({ name: it.name, unit: it.unit, chargedFen: it.amountFen });

/** The filed items a charged item is: same key, else one key containing the other (≥ 2 characters). */
export function matchingFiledItems(charged: ChargedItemFact, filed: readonly FeeItemFact[]): FeeItemFact[] {
  const key = complaintItemKey(charged.name);
  if (key.length === 0) return [];
  const keyed = filed.map((f) => [f, complaintItemKey(f.name)] as const);
  const exact = keyed.filter(([, k]) => k === key).map(([f]) => f);
  if (exact.length > 0) return exact;
  return keyed
    .filter(([, k]) => Math.min(k.length, key.length) >= 2 && (k.includes(key) || key.includes(k)))
    .map(([f]) => f);
}

export function deriveComplaintChargeFacts(facts: ComplaintFacts): ComplaintChargeFacts {
  const filed = facts.schedule?.items ?? [];
  const chargedComparisons: ChargedComparison[] = [];
  const chargedNotComparable: ChargedNotComparable[] = [];
  const chargedNotOnSchedule: ChargedItemRef[] = [];
  const chargedProhibited: ChargedProhibited[] = [];
  const chargedServices: ChargedService[] = [];
  let maxOver: number | null = null;

  for (const charged of facts.complaint.items) {
    const matches = matchingFiledItems(charged, filed);
    if (matches.length === 0) chargedNotOnSchedule.push(ref(charged));
    const sameUnit = matches.filter((m) => m.unit === charged.unit);
    if (sameUnit.length > 0) {
      const highest = sameUnit.reduce((a, b) => (b.amountFen > a.amountFen ? b : a));
      const overFen = charged.amountFen - highest.amountFen;
      maxOver = maxOver === null ? overFen : Math.max(maxOver, overFen);
      chargedComparisons.push({ ...ref(charged), code: highest.code, filedName: highest.name, amountFen: highest.amountFen, overFen });
    } else if (matches.length > 0) {
      chargedNotComparable.push({ ...ref(charged), filedName: matches[0].name, filedUnits: [...new Set(matches.map((m) => m.unit))] });
    }
    const { matchedKeywords } = matchKeywords({ name: charged.name }, facts.prohibitedKeywords);
    if (matchedKeywords.length > 0) chargedProhibited.push({ ...ref(charged), matchedKeywords });
    const service = matches.find((m) => m.category === "service" || m.category === "agency");
    chargedServices.push({
      ...ref(charged),
      code: service?.code ?? null,
      filedName: service?.name ?? null,
      category: service?.category ?? null,
      voluntary: service ? service.voluntary : null,
      bundled: service ? service.bundled : null,
    });
  }

  const schedule = facts.schedule
    ? { filingId: facts.schedule.filingId, term: facts.schedule.term, version: facts.schedule.version, effectiveFrom: facts.schedule.effectiveFrom }
    : null;
  return {
    comparedOn: facts.comparedOn,
    scheduleInForce: schedule !== null,
    schedule,
    chargedItemCount: facts.complaint.items.length,
    // Every compared item is kept: the rule's details list those above the tolerance.
    chargedComparisons,
    chargedMaxOverFiledFen: maxOver,
    chargedNotComparable,
    chargedNotComparableCount: chargedNotComparable.length,
    chargedNotOnSchedule,
    chargedNotOnScheduleCount: chargedNotOnSchedule.length,
    chargedProhibited,
    chargedProhibitedCount: chargedProhibited.length,
    chargedServices,
  };
}

/**
 * C01 (from v2): a charged item whose matching filed items are all billed in
 * another unit, both converted to a month by the filing rules' unit
 * convention (../units.ts, the same params as R03) and compared there. The
 * difference is taken exactly and rounded up to the fen, so it is above an
 * integer tolerance exactly when the true monthly difference is.
 */
export interface ChargedConvertedComparison extends ChargedItemRef {
  /** The factor applied to the charged amount: "÷ 5", "× 21.75" … */
  conversion: string;
  /** The charged amount per month, rounded up. */
  monthlyAmountFen: number;
  code: string;
  filedName: string;
  filedUnit: FeeUnit;
  /** The filed amount, in its own unit, and per month (rounded up). */
  amountFen: number;
  filedConversion: string;
  filedMonthlyFen: number;
  /** ceil(charged per month − filed per month), exact before rounding. */
  overFen: number;
}

/** C01 (from v2): a charged item in another unit than filed that cannot be converted (a one-off, or day rates when not converted). */
export interface ChargedNotConvertible extends ChargedItemRef {
  filedName: string;
  filedUnits: FeeUnit[];
}

const UNIT_PARAMS = { monthsPerSemesterTenths: "integer", dayRateDaysPerMonthHundredths: "integer" } as const;

export const CHARGED_MONTHLY_FACTS: ParamFactGroup<unknown, ComplaintFacts> = {
  params: UNIT_PARAMS,
  facts: {
    chargedConvertedComparisons: {
      kind: "list",
      description:
        "Charged items whose matching filed items are all in another unit: both converted to a month (factor shown) and compared with the highest filed monthly amount; overFen = ceil(charged − filed per month).",
      params: UNIT_PARAMS,
    },
    chargedConvertedMaxOverFen: {
      kind: "value",
      description: "The largest overFen of chargedConvertedComparisons; null when none could be converted.",
      params: UNIT_PARAMS,
    },
    chargedNotConvertible: {
      kind: "list",
      description: "Charged items in another unit than filed that cannot be converted to a month (a one-off amount, or a day rate when day rates are not converted).",
      params: UNIT_PARAMS,
    },
    chargedNotConvertibleCount: { kind: "value", description: "The number of chargedNotConvertible.", params: UNIT_PARAMS },
  },
  compute(facts, _derived, params) {
    const convention: UnitConvention = {
      monthsPerSemesterTenths: params.monthsPerSemesterTenths as number,
      dayRateDaysPerMonthHundredths: params.dayRateDaysPerMonthHundredths as number,
    };
    const filed = facts.schedule?.items ?? [];
    const comparisons: ChargedConvertedComparison[] = [];
    const notConvertible: ChargedNotConvertible[] = [];
    for (const charged of facts.complaint.items) {
      const matches = matchingFiledItems(charged, filed);
      // Same-unit matches are compared as filed (chargedComparisons); nothing to convert.
      if (matches.length === 0 || matches.some((m) => m.unit === charged.unit)) continue;
      const chargedFactor = monthlyFactor(charged.unit, convention);
      const convertible = chargedFactor ? matches.filter((m) => monthlyFactor(m.unit, convention) !== null) : [];
      if (!chargedFactor || convertible.length === 0) {
        notConvertible.push({ ...ref(charged), filedName: matches[0].name, filedUnits: [...new Set(matches.map((m) => m.unit))] });
        continue;
      }
      // The highest filed amount per month: the charge is above the schedule only if it is above every amount it could be.
      const perMonth = convertible.map((m) => {
        const factor = monthlyFactor(m.unit, convention)!;
        return { m, factor, exact: (m.amountFen * factor.numerator) / factor.denominator };
      });
      const highest = perMonth.reduce((a, b) => (b.exact > a.exact ? b : a));
      // Exact difference over a common denominator, then rounded up.
      const num = charged.amountFen * chargedFactor.numerator * highest.factor.denominator - highest.m.amountFen * highest.factor.numerator * chargedFactor.denominator;
      const den = chargedFactor.denominator * highest.factor.denominator;
      comparisons.push({
        ...ref(charged),
        conversion: chargedFactor.shown,
        monthlyAmountFen: toMonthlyFen(charged.amountFen, chargedFactor),
        code: highest.m.code,
        filedName: highest.m.name,
        filedUnit: highest.m.unit,
        amountFen: highest.m.amountFen,
        filedConversion: highest.factor.shown,
        filedMonthlyFen: toMonthlyFen(highest.m.amountFen, highest.factor),
        overFen: Math.ceil(num / den),
      });
    }
    return {
      chargedConvertedComparisons: comparisons,
      chargedConvertedMaxOverFen: comparisons.length === 0 ? null : Math.max(...comparisons.map((c) => c.overFen)),
      chargedNotConvertible: notConvertible,
      chargedNotConvertibleCount: notConvertible.length,
    };
  },
};
