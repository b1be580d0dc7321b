/**
 * Derived facts for the filing rules (appliesTo "filing").
 *
 * json-rules-engine cannot do arithmetic inside a condition, so everything a
 * rule compares is computed here, once per evaluation, from the raw
 * `FilingFacts` the domain gathers. The result is handed to `engine.run()` as
 * runtime (constant) facts, so no fact is computed twice and the engine never
 * calls back into this module.
 *
 * Money is integer fen and rates are integer basis points (1 bp = 0.01 %).
 * All comparisons that decide whether a rule fires are exact integer
 * arithmetic; no floating-point ratio is ever compared with a threshold.
 */
import type { AgeBand, FeeCategory, FeeItemFact, FeeUnit, FilingFacts, GuidancePriceFact, Nature } from "../types";

/** What the loader knows about a fact: rule files may only name registered facts. */
export interface FactDescriptor {
  /** "list" facts are arrays of evidence rows; only they can be filtered in a rule's `details`. */
  kind: "value" | "list";
  description: string;
}

/** Categories under government-guided prices (保教费, 住宿费, 托班保育费). */
export const GUIDED_CATEGORIES: readonly FeeCategory[] = ["care_education", "boarding", "nursery"];

/** R03 evidence: one fee item compared with its guidance-price cap. */
export interface GuidedPriceCapCheck {
  code: string;
  name: string;
  category: FeeCategory;
  ageBand: AgeBand;
  unit: FeeUnit;
  amountFen: number;
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

/** R04 evidence: one fee item present in both the previous and the new filing. */
export interface FeeIncrease {
  code: string;
  name: string;
  category: FeeCategory;
  ageBand: AgeBand;
  unit: FeeUnit;
  oldFen: number;
  newFen: number;
  increaseFen: number;
  /**
   * floor((newFen − oldFen) × 10000 / oldFen), exact integer division. Because
   * it is floored, for any integer threshold T:
   * increaseBp >= T  ⇔  newFen × 10000 >= oldFen × (10000 + T).
   */
  increaseBp: number;
  /** increaseBp as a percentage with two decimals, e.g. "9.99" (display only). */
  increasePercent: string;
}

/** An item matched by code and age band whose unit changed, so amounts cannot be compared. */
export interface UnitChangedItem {
  code: string;
  name: string;
  ageBand: AgeBand;
  oldUnit: FeeUnit;
  newUnit: FeeUnit;
  oldFen: number;
  newFen: number;
}

/** The derived facts, by fact name. Every key is registered in FILING_FACTS. */
export interface DerivedFilingFacts {
  kindergartenNature: Nature;
  hasPreviousFiling: boolean;
  guidedPriceCapChecks: GuidedPriceCapCheck[];
  guidedPriceMaxOverCapFen: number | null;
  guidedPriceUncoveredItems: UncoveredItem[];
  feeIncreases: FeeIncrease[];
  feeIncreaseMaxBp: number | null;
  feeIncreaseUnitChangedItems: UnitChangedItem[];
}

/** The registry the loader validates rule files against (appliesTo "filing"). */
export const FILING_FACTS: Record<keyof DerivedFilingFacts, FactDescriptor> = {
  kindergartenNature: {
    kind: "value",
    description: "The kindergarten's nature: public | inclusive_private | nonprofit_private | forprofit_private.",
  },
  hasPreviousFiling: {
    kind: "value",
    description: "Whether the kindergarten has a previous filing (false for its first).",
  },
  guidedPriceCapChecks: {
    kind: "list",
    description:
      "Every care_education/boarding/nursery item that has a guidance price, with base, float, cap (fen, floored) and overCapFen.",
  },
  guidedPriceMaxOverCapFen: {
    kind: "value",
    description: "max(amountFen − capFen) over guidedPriceCapChecks; null when no item has a guidance price.",
  },
  guidedPriceUncoveredItems: {
    kind: "list",
    description: "care_education/boarding/nursery items with no guidance price for their category and age band (nor 'all').",
  },
  feeIncreases: {
    kind: "list",
    description:
      "Items present in both the previous and the new filing (same code, age band and unit), with oldFen, newFen and increaseBp (floored).",
  },
  feeIncreaseMaxBp: {
    kind: "value",
    description: "max(increaseBp) over feeIncreases; null for a first filing or when nothing is comparable.",
  },
  feeIncreaseUnitChangedItems: {
    kind: "list",
    description: "Items matched by code and age band whose billing unit changed, so their amounts were not compared.",
  },
};

/** floor(a / b) for safe integers, b > 0, without floating-point error. */
export function floorDiv(a: number, b: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || b <= 0) {
    throw new RangeError(`floorDiv needs safe integers and b > 0, got ${a} / ${b}`);
  }
  // The float quotient is within one of the true floor; correct it exactly.
  let q = Math.floor(a / b);
  while (q * b > a) q -= 1;
  while ((q + 1) * b <= a) q += 1;
  return q;
}

function requireFen(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new TypeError(`${what} must be an integer number of fen, got ${value}`);
  return value;
}

/** Format basis points as a percentage with two decimals, using integers only ("9.99", "-5.00"). */
export function bpToPercentString(bp: number): string {
  const sign = bp < 0 ? "-" : "";
  const abs = Math.abs(bp);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

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

function maxOrNull(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => (b > a ? b : a));
}

/** Compute every derived filing fact. Pure; called once per evaluation. */
export function deriveFilingFacts(facts: FilingFacts): DerivedFilingFacts {
  const { kindergarten, items, previousItems, guidancePrices } = facts;

  const guidedPriceCapChecks: GuidedPriceCapCheck[] = [];
  const guidedPriceUncoveredItems: UncoveredItem[] = [];
  for (const item of items) {
    if (!GUIDED_CATEGORIES.includes(item.category)) continue;
    requireFen(item.amountFen, `item ${item.code} amountFen`);
    const price = findGuidancePrice(item, guidancePrices, kindergarten.regionCode);
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

  const feeIncreases: FeeIncrease[] = [];
  const feeIncreaseUnitChangedItems: UnitChangedItem[] = [];
  if (previousItems) {
    const previous = new Map<string, FeeItemFact>();
    for (const p of previousItems) {
      const key = `${p.code}\u0000${p.ageBand}`;
      if (!previous.has(key)) previous.set(key, p);
    }
    for (const item of items) {
      const old = previous.get(`${item.code}\u0000${item.ageBand}`);
      if (!old) continue;
      const oldFen = requireFen(old.amountFen, `previous item ${old.code} amountFen`);
      const newFen = requireFen(item.amountFen, `item ${item.code} amountFen`);
      if (old.unit !== item.unit) {
        feeIncreaseUnitChangedItems.push({
          code: item.code,
          name: item.name,
          ageBand: item.ageBand,
          oldUnit: old.unit,
          newUnit: item.unit,
          oldFen,
          newFen,
        });
        continue;
      }
      // A previously free item has no percentage increase; it is a new charge, not a bigger one.
      if (oldFen <= 0) continue;
      const increaseBp = floorDiv((newFen - oldFen) * 10000, oldFen);
      feeIncreases.push({
        code: item.code,
        name: item.name,
        category: item.category,
        ageBand: item.ageBand,
        unit: item.unit,
        oldFen,
        newFen,
        increaseFen: newFen - oldFen,
        increaseBp,
        increasePercent: bpToPercentString(increaseBp),
      });
    }
  }

  return {
    kindergartenNature: kindergarten.nature,
    hasPreviousFiling: previousItems != null,
    guidedPriceCapChecks,
    guidedPriceMaxOverCapFen: maxOrNull(guidedPriceCapChecks.map((c) => c.overCapFen)),
    guidedPriceUncoveredItems,
    feeIncreases,
    feeIncreaseMaxBp: maxOrNull(feeIncreases.map((c) => c.increaseBp)),
    feeIncreaseUnitChangedItems,
  };
}
