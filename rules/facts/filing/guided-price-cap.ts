/**
 * R03: guided fees (保教费, 住宿费, 托班保育费) against their guidance-price
 * cap. Each guided item is matched with the guidance price for its category
 * and age band (falling back to "all") and compared with the cap in whole
 * fen; items without a guidance price are listed apart, not judged.
 */
import type { AgeBand, FeeCategory, FeeItemFact, FilingFacts, GuidancePriceFact } from "../../types";
import { list, value, type FactDescriptors } from "./descriptors";
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
