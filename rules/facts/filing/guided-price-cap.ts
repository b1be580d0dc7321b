/**
 * R03: guided fees (保教费, 住宿费, 托班保育费) against their guidance-price
 * cap. Each guided item is matched with the guidance price for its category
 * and age band (falling back to "all") and compared with the cap in whole
 * fen; items without a guidance price are listed apart, not judged.
 *
 * Two generations of facts: the plain ones (guidedPriceCapChecks …) compare
 * the amount as filed, whatever its unit (R03 v1, kept so that version still
 * loads and explains); the param-dependent ones (guidedPriceMonthlyChecks …)
 * first convert the amount to the guidance price's unit, a month, by the
 * rule's unit convention (../units.ts) and list what cannot be converted.
 */
import type { AgeBand, FeeCategory, FeeItemFact, FeeUnit, FilingFacts, GuidancePriceFact } from "../../types";
import { monthlyFactor, toMonthlyFen, type UnitConvention } from "../units";
import { list, value, type FactDescriptors, type ParamFactGroup } from "./descriptors";
import { isGuided, type ItemRef } from "./fee-items";
import { floorDiv, maxOrNull, requireFen } from "./money";

/** R03 evidence: one fee item compared with its guidance-price cap. */
export interface GuidedPriceCapCheck extends ItemRef {
  /** The age band of the guidance price used: the item's own, or "all" as a fallback. */
  guidanceAgeBand: AgeBand;
  regionCode: string;
  basePriceFen: number;
  maxFloatBp: number;
  /** floor(basePriceFen × (10000 + maxFloatBp) / 10000): the largest whole-fen amount within the cap. */
  capFen: number;
  /** amountFen − capFen; > 0 means above the cap. */
  overCapFen: number;
  sourceDocument: string;
}

/** An item that should be under a guidance price but has none in the table. */
export interface UncoveredItem {
  code: string;
  name: string;
  category: FeeCategory;
  ageBand: AgeBand;
  amountFen: number;
}

export interface GuidedPriceCapFacts {
  guidedPriceCapChecks: GuidedPriceCapCheck[];
  guidedPriceMaxOverCapFen: number | null;
  guidedPriceUncoveredItems: UncoveredItem[];
}

export const GUIDED_PRICE_CAP_FACTS: FactDescriptors<GuidedPriceCapFacts> = {
  guidedPriceCapChecks: list(
    "Every care_education/boarding/nursery item that has a guidance price, with base, float, cap (fen, floored) and overCapFen.",
  ),
  guidedPriceMaxOverCapFen: value("max(amountFen − capFen) over guidedPriceCapChecks; null when no item has a guidance price."),
  guidedPriceUncoveredItems: list(
    "care_education/boarding/nursery items with no guidance price for their category and age band (nor 'all').",
  ),
};

/**
 * The guidance price for an item: same category and the item's age band,
 * falling back to age band "all". Among several candidates (the domain should
 * pass only the table in force for the kindergarten, so this is a safety net)
 * the kindergarten's own region code wins, then the lowest cap.
 */
function findGuidancePrice(
  item: FeeItemFact,
  prices: readonly GuidancePriceFact[],
  regionCode: string,
): GuidancePriceFact | undefined {
  for (const band of item.ageBand === "all" ? (["all"] as const) : [item.ageBand, "all" as const]) {
    const candidates = prices.filter((p) => p.category === item.category && p.ageBand === band);
    if (candidates.length === 0) continue;
    const sameRegion = candidates.filter((p) => p.regionCode === regionCode);
    const pool = sameRegion.length > 0 ? sameRegion : candidates;
    return pool.reduce((best, p) => (capOf(p) < capOf(best) ? p : best));
  }
  return undefined;
}

/**
 * The cap in whole fen. base × (1 + bp/10000) is generally fractional; we take
 * the floor, i.e. the largest whole-fen amount that does not exceed the exact
 * cap. So `amountFen > capFen` ⇔ `amountFen × 10000 > base × (10000 + bp)`:
 * exactly at the cap does not fire, one fen above does.
 */
function capOf(p: GuidancePriceFact): number {
  requireFen(p.basePriceFen, "basePriceFen");
  if (!Number.isSafeInteger(p.maxFloatBp)) throw new TypeError(`maxFloatBp must be an integer, got ${p.maxFloatBp}`);
  return floorDiv(p.basePriceFen * (10000 + p.maxFloatBp), 10000);
}

export function deriveGuidedPriceCapFacts(facts: FilingFacts): GuidedPriceCapFacts {
  const guidedPriceCapChecks: GuidedPriceCapCheck[] = [];
  const guidedPriceUncoveredItems: UncoveredItem[] = [];
  for (const item of facts.items) {
    if (!isGuided(item)) continue;
    const price = findGuidancePrice(item, facts.guidancePrices, facts.kindergarten.regionCode);
    if (!price) {
      guidedPriceUncoveredItems.push({
        code: item.code,
        name: item.name,
        category: item.category,
        ageBand: item.ageBand,
        amountFen: item.amountFen,
      });
      continue;
    }
    const capFen = capOf(price);
    guidedPriceCapChecks.push({
      code: item.code,
      name: item.name,
      category: item.category,
      ageBand: item.ageBand,
      unit: item.unit,
      amountFen: item.amountFen,
      guidanceAgeBand: price.ageBand,
      regionCode: price.regionCode,
      basePriceFen: price.basePriceFen,
      maxFloatBp: price.maxFloatBp,
      capFen,
      overCapFen: item.amountFen - capFen,
      sourceDocument: price.sourceDocument,
    });
  }
  return {
    guidedPriceCapChecks,
    guidedPriceMaxOverCapFen: maxOrNull(guidedPriceCapChecks.map((c) => c.overCapFen)),
    guidedPriceUncoveredItems,
  };
}

/** R03 (from v2) evidence: an item converted to a monthly amount and compared with its monthly cap. */
export interface GuidedPriceMonthlyCheck extends GuidedPriceCapCheck {
  /** The factor applied to amountFen (in the item's unit): "× 1", "÷ 5", "÷ 10", "× 21.75". */
  conversion: string;
  /** amountFen converted to a month, rounded up to the whole fen. */
  monthlyAmountFen: number;
}

/** A guided item with a guidance price whose unit has no monthly equivalent under the convention: listed, not judged. */
export interface NotConvertedItem {
  code: string;
  name: string;
  category: FeeCategory;
  ageBand: AgeBand;
  unit: FeeUnit;
  amountFen: number;
}

export const GUIDED_PRICE_MONTHLY_FACTS: ParamFactGroup<GuidedPriceCapFacts> = {
  params: { monthsPerSemesterTenths: "integer", dayRateDaysPerMonthHundredths: "integer" },
  facts: {
    guidedPriceMonthlyChecks: {
      kind: "list",
      description:
        "Every care_education/boarding/nursery item with a guidance price and a unit convertible to a month: amount, conversion factor, monthly amount (rounded up), base, float, cap and overCapFen = monthly amount − cap.",
      params: { monthsPerSemesterTenths: "integer", dayRateDaysPerMonthHundredths: "integer" },
    },
    guidedPriceMonthlyMaxOverCapFen: {
      kind: "value",
      description: "max(monthlyAmountFen − capFen) over guidedPriceMonthlyChecks; null when no item could be compared.",
      params: { monthsPerSemesterTenths: "integer", dayRateDaysPerMonthHundredths: "integer" },
    },
    guidedPriceNotConverted: {
      kind: "list",
      description: "Guided items with a guidance price billed in a unit with no monthly equivalent under the convention (once; day when day rates are not converted).",
      params: { monthsPerSemesterTenths: "integer", dayRateDaysPerMonthHundredths: "integer" },
    },
  },
  compute(_facts, derived, params) {
    const convention: UnitConvention = {
      monthsPerSemesterTenths: params.monthsPerSemesterTenths as number,
      dayRateDaysPerMonthHundredths: params.dayRateDaysPerMonthHundredths as number,
    };
    const checks: GuidedPriceMonthlyCheck[] = [];
    const notConverted: NotConvertedItem[] = [];
    // The plain checks already hold each guided item with its guidance price and cap: only the unit is new here.
    for (const c of derived.guidedPriceCapChecks) {
      const factor = monthlyFactor(c.unit, convention);
      if (!factor) {
        notConverted.push({ code: c.code, name: c.name, category: c.category, ageBand: c.ageBand, unit: c.unit, amountFen: c.amountFen });
        continue;
      }
      const monthlyAmountFen = toMonthlyFen(c.amountFen, factor);
      checks.push({ ...c, conversion: factor.shown, monthlyAmountFen, overCapFen: monthlyAmountFen - c.capFen });
    }
    return {
      guidedPriceMonthlyChecks: checks,
      guidedPriceMonthlyMaxOverCapFen: maxOrNull(checks.map((c) => c.overCapFen)),
      guidedPriceNotConverted: notConverted,
    };
  },
};
