/**
 * R04–R07: fee increases and their timing. R04 compares every item with the
 * previous filing (size of the increase, in floored basis points); R05 counts
 * the filings that raised a guided fee within the 12 months ending on
 * effectiveFrom; R06 measures how long before effectiveFrom parents were
 * told; R07 looks at whether a guided increase is billed to children already
 * enrolled.
 */
import { addDays, addYears, assertCivilDate, daysBetween } from "../../dates";
import type { AgeBand, FeeItemFact, FeeUnit, FilingFacts, PastFilingFact } from "../../types";
import { list, value, type FactDescriptors } from "./descriptors";
import { isGuided, type ItemIdentity } from "./fee-items";
import { bpToPercentString, floorDiv, maxOrNull, requireFen } from "./money";

/** R04 evidence: one fee item present in both the previous and the new filing. */
export interface FeeIncrease extends ItemIdentity {
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

/** One guided item whose amount rose from one filing to the next (same code, age band and unit). */
export interface GuidedIncreaseItem extends ItemIdentity {
  oldFen: number;
  newFen: number;
}

/** R05 evidence: a filing (an earlier one, or this one) that raised at least one guided fee. */
export interface IncreaseEvent {
  /** The filing's version; this filing's own version when `current`. */
  version: number;
  effectiveFrom: string;
  /** True for the filing being evaluated. */
  current: boolean;
  /** effectiveFrom lies within the 12 months ending on this filing's effectiveFrom (both ends inclusive). */
  inWindow: boolean;
  items: GuidedIncreaseItem[];
}

export interface IncreaseFacts {
  // R04
  feeIncreases: FeeIncrease[];
  feeIncreaseMaxBp: number | null;
  feeIncreaseUnitChangedItems: UnitChangedItem[];
  // R05, R07
  guidedIncrease: boolean;
  guidedIncreaseItems: GuidedIncreaseItem[];
  guidedIncreaseEvents: IncreaseEvent[];
  guidedIncreaseCount12Months: number;
  increaseWindowStart: string;
  // R06
  noticeLeadDays: number;
  // R07
  appliesToEnrolled: boolean;
}

export const INCREASE_FACTS: FactDescriptors<IncreaseFacts> = {
  feeIncreases: list(
    "Items present in both the previous and the new filing (same code, age band and unit), with oldFen, newFen and increaseBp (floored).",
  ),
  feeIncreaseMaxBp: value("max(increaseBp) over feeIncreases; null for a first filing or when nothing is comparable."),
  feeIncreaseUnitChangedItems: list("Items matched by code and age band whose billing unit changed, so their amounts were not compared."),
  guidedIncrease: value(
    "Whether this filing raises at least one care_education/boarding/nursery item against the previous filing (same code, age band and unit).",
  ),
  guidedIncreaseItems: list("The guided items this filing raises, with oldFen and newFen."),
  guidedIncreaseEvents: list(
    "Filings (from history, and this one) that raised a guided item against the filing before them, with effectiveFrom and inWindow.",
  ),
  guidedIncreaseCount12Months: value(
    "Distinct effective dates with a guided increase within the 12 months ending on effectiveFrom (both ends inclusive), this filing included when it is an increase.",
  ),
  increaseWindowStart: value("The first day (inclusive) of the 12-month window: the day after the same date one year earlier."),
  noticeLeadDays: value("Calendar days from publishedOn to effectiveFrom (negative when published after it took effect)."),
  appliesToEnrolled: value("Whether the new standard is also billed to children already enrolled (老生)."),
};

/** R04: every item of the new filing compared with the same code and age band in the previous one. */
function feeIncreasesSincePrevious(items: readonly FeeItemFact[], previousItems: readonly FeeItemFact[] | null) {
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
      const oldFen = old.amountFen;
      const newFen = item.amountFen;
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
  return { feeIncreases, feeIncreaseUnitChangedItems };
}

const matchKey = (it: FeeItemFact) => `${it.code}\u0000${it.ageBand}\u0000${it.unit}`;

/** The guided items of `items` whose amount is higher than in `before` (same code, age band and unit). */
function guidedIncreasesBetween(before: readonly FeeItemFact[], items: readonly FeeItemFact[]): GuidedIncreaseItem[] {
  const old = new Map<string, FeeItemFact>();
  for (const p of before) if (!old.has(matchKey(p))) old.set(matchKey(p), p);
  const out: GuidedIncreaseItem[] = [];
  for (const it of items) {
    if (!isGuided(it)) continue;
    const p = old.get(matchKey(it));
    if (!p || !(it.amountFen > p.amountFen)) continue;
    out.push({
      code: it.code,
      name: it.name,
      category: it.category,
      ageBand: it.ageBand,
      unit: it.unit,
      oldFen: p.amountFen,
      newFen: it.amountFen,
    });
  }
  return out;
}

export function deriveIncreaseFacts(facts: FilingFacts): IncreaseFacts {
  const { filing, items, previousItems } = facts;
  const { feeIncreases, feeIncreaseUnitChangedItems } = feeIncreasesSincePrevious(items, previousItems);

  // R05, R07: guided increases of this filing and of the earlier ones.
  const guidedIncreaseItems = previousItems ? guidedIncreasesBetween(previousItems, items) : [];
  const guidedIncrease = guidedIncreaseItems.length > 0;
  // The 12 months ending on effectiveFrom: from the day after the same date one year earlier.
  const increaseWindowStart = addDays(addYears(filing.effectiveFrom, -1), 1);
  const inWindow = (d: string) => increaseWindowStart <= d && d <= filing.effectiveFrom;
  const guidedIncreaseEvents: IncreaseEvent[] = [];
  const history: readonly PastFilingFact[] = facts.history;
  history.forEach((h, i) => {
    assertCivilDate(h.effectiveFrom, `history[${i}].effectiveFrom`);
    for (const it of h.items) requireFen(it.amountFen, `history[${i}] item ${it.code} amountFen`);
    if (i === 0) return; // nothing to compare the oldest filing with
    const raised = guidedIncreasesBetween(history[i - 1].items, h.items);
    if (raised.length === 0) return;
    guidedIncreaseEvents.push({
      version: h.version,
      effectiveFrom: h.effectiveFrom,
      current: false,
      inWindow: inWindow(h.effectiveFrom),
      items: raised,
    });
  });
  if (guidedIncrease) {
    guidedIncreaseEvents.push({
      version: filing.version,
      effectiveFrom: filing.effectiveFrom,
      current: true,
      inWindow: true,
      items: guidedIncreaseItems,
    });
  }
  // Two filings taking effect on the same day (e.g. a corrected re-filing) are one fee change for parents.
  const guidedIncreaseCount12Months = new Set(guidedIncreaseEvents.filter((e) => e.inWindow).map((e) => e.effectiveFrom)).size;

  return {
    feeIncreases,
    feeIncreaseMaxBp: maxOrNull(feeIncreases.map((c) => c.increaseBp)),
    feeIncreaseUnitChangedItems,
    guidedIncrease,
    guidedIncreaseItems,
    guidedIncreaseEvents,
    guidedIncreaseCount12Months,
    increaseWindowStart,
    noticeLeadDays: daysBetween(filing.publishedOn, filing.effectiveFrom),
    appliesToEnrolled: filing.appliesToEnrolled,
  };
}
