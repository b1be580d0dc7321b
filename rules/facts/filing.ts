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
 * Dates are civil dates (YYYY-MM-DD) compared as UTC calendar days.
 *
 * ## Param-dependent facts
 *
 * A few facts cannot be computed without a rule param: which prohibited
 * keyword an item matches (R02, `keywords`), and which USCC prefixes a
 * kindergarten's nature expects (R16, `expectedPrefixes`). They are declared
 * in FILING_PARAM_FACT_GROUPS with the params they read; the loader checks
 * that a rule naming such a fact declares those params with the same type,
 * and the engine computes them per rule, with that rule's effective params
 * (defaults or regional overrides), under a rule-qualified fact name. All
 * other facts are computed once per evaluation and shared by every rule.
 */
import { daysBetween, addDays, addYears, assertCivilDate, monthOf } from "../dates";
import type { ParamType } from "../params";
import type {
  AgeBand,
  FeeCategory,
  FeeItemFact,
  FeeUnit,
  FilingFacts,
  GuidancePriceFact,
  Nature,
  PastFilingFact,
} from "../types";

/** What the loader knows about a fact: rule files may only name registered facts. */
export interface FactDescriptor {
  /** "list" facts are arrays of evidence rows; only they can be filtered in a rule's `details`. */
  kind: "value" | "list";
  description: string;
  /**
   * Set for param-dependent facts: the rule params (name → type) the fact is
   * computed from. A rule naming the fact must declare them.
   */
  params?: Readonly<Record<string, ParamType>>;
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

/** A fee item as listed in evidence. */
export interface ItemRef {
  code: string;
  name: string;
  category: FeeCategory;
  ageBand: AgeBand;
  unit: FeeUnit;
  amountFen: number;
}

/** One guided item whose amount rose from one filing to the next (same code, age band and unit). */
export interface GuidedIncreaseItem {
  code: string;
  name: string;
  category: FeeCategory;
  ageBand: AgeBand;
  unit: FeeUnit;
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

/** R09 evidence: the filed account's name against the approved name. */
export interface AccountNameCheck {
  bankName: string;
  branchName: string;
  accountName: string;
  approvedName: string;
  /** Both names after trimming, （）→ () and removing all spaces: what is compared. */
  normalisedAccountName: string;
  normalisedApprovedName: string;
  matches: boolean;
}

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

/** R02 evidence: an item whose name or description contains prohibited keywords. */
export interface ProhibitedKeywordMatch {
  code: string;
  name: string;
  category: FeeCategory;
  description: string;
  /** The keywords found (as configured), in the order of the keyword list. */
  matchedKeywords: string[];
  /** Where they were found. */
  matchedIn: ("name" | "description")[];
}

/** The disclosure texts R10 checks, with their labels for messages. */
export const DISCLOSURE_FIELDS = [
  { field: "pricingBasis", zh: "收费依据", en: "pricing basis" },
  { field: "refundRules", zh: "退费办法", en: "refund rules" },
  { field: "complaintChannel", zh: "投诉渠道", en: "complaint channel" },
] as const;
export type DisclosureField = (typeof DISCLOSURE_FIELDS)[number];

/** The derived facts, by fact name. Every key is registered in FILING_FACTS. */
export interface DerivedFilingFacts {
  kindergartenNature: Nature;
  kindergartenUscc: string;
  kindergartenApprovedName: string;
  hasPreviousFiling: boolean;
  filingEffectiveFrom: string;
  filingEffectiveMonth: number;
  filingPublishedOn: string;
  // R01
  itemsNotInCatalogue: ItemRef[];
  itemsNotInCatalogueCount: number;
  // R03
  guidedPriceCapChecks: GuidedPriceCapCheck[];
  guidedPriceMaxOverCapFen: number | null;
  guidedPriceUncoveredItems: UncoveredItem[];
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
  // R08
  guidedItems: ItemRef[];
  guidedItemUnits: FeeUnit[];
  // R09
  accountFiled: boolean;
  accountNameMatchesApprovedName: boolean | null;
  accountNameCheck: AccountNameCheck | null;
  // R10
  disclosureMissingFields: { field: DisclosureField["field"]; zh: string; en: string }[];
  disclosureMissingCount: number;
  serviceItemsWithoutContent: ItemRef[];
  serviceItemsWithoutContentCount: number;
  // R12
  publicCareFeeFen: number | null;
  waiverDeductionFen: number;
  freeYearChecks: FreeYearCheck[];
  freeYearMaxShortfallFen: number | null;
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

const value = (description: string): FactDescriptor => ({ kind: "value", description });
const list = (description: string): FactDescriptor => ({ kind: "list", description });

const PLAIN_FILING_FACTS: Record<keyof DerivedFilingFacts, FactDescriptor> = {
  kindergartenNature: value("The kindergarten's nature: public | inclusive_private | nonprofit_private | forprofit_private."),
  kindergartenUscc: value("The kindergarten's unified social credit code (统一社会信用代码) as filed."),
  kindergartenApprovedName: value("The kindergarten's approved (registered) name."),
  hasPreviousFiling: value("Whether the kindergarten has a previous filing (false for its first)."),
  filingEffectiveFrom: value("The filing's effectiveFrom (YYYY-MM-DD)."),
  filingEffectiveMonth: value("The month (1–12) of the filing's effectiveFrom."),
  filingPublishedOn: value("The day the filing's fees were published to parents (YYYY-MM-DD)."),
  itemsNotInCatalogue: list("Items whose code is not in allowedItemCodes (the region's national categories + service/代收 catalogue)."),
  itemsNotInCatalogueCount: value("The number of itemsNotInCatalogue."),
  guidedPriceCapChecks: list(
    "Every care_education/boarding/nursery item that has a guidance price, with base, float, cap (fen, floored) and overCapFen.",
  ),
  guidedPriceMaxOverCapFen: value("max(amountFen − capFen) over guidedPriceCapChecks; null when no item has a guidance price."),
  guidedPriceUncoveredItems: list(
    "care_education/boarding/nursery items with no guidance price for their category and age band (nor 'all').",
  ),
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
  guidedItems: list("The care_education/boarding/nursery items of the filing."),
  guidedItemUnits: value("The billing units of guidedItems, in item order (a list of strings)."),
  accountFiled: value("Whether a fee account is filed for the kindergarten."),
  accountNameMatchesApprovedName: value(
    "Whether the filed account's name equals the approved name after normalisation (trim, （）→ (), spaces removed); null without an account.",
  ),
  accountNameCheck: value("The filed account (bank, branch, name) with both names as compared; null without an account."),
  disclosureMissingFields: list(
    "Which of pricingBasis, refundRules, complaintChannel are empty after trimming: rows { field, zh, en } (labels for messages).",
  ),
  disclosureMissingCount: value("The number of disclosureMissingFields (0–3)."),
  serviceItemsWithoutContent: list("Service and 代收 items whose description (the service content) is empty after trimming."),
  serviceItemsWithoutContentCount: value("The number of serviceItemsWithoutContent."),
  publicCareFeeFen: value("The local public kindergartens' monthly 保教费 (the 大班 waiver basis); null if unknown."),
  waiverDeductionFen: value("The monthly deduction the filing grants final-year (大班) children."),
  freeYearChecks: list(
    "care_education items for age band 'large' (else 'all') with the required deduction min(public rate, monthly amount) and the shortfall; empty when publicCareFeeFen is unknown.",
  ),
  freeYearMaxShortfallFen: value("max(shortfallFen) over freeYearChecks; null when there is nothing to check."),
  serviceItemsNotVoluntary: list("Service and 代收 items marked as not voluntary (no parent opt-in)."),
  serviceItemsNotVoluntaryCount: value("The number of serviceItemsNotVoluntary."),
  serviceItemsBundled: list("Service and 代收 items charged together with 保教费."),
  serviceItemsBundledCount: value("The number of serviceItemsBundled."),
  daishouMarkups: list("代收 (agency) items with a declared provider price, with markupFen = amountFen − costFen."),
  daishouMaxMarkupFen: value("max(markupFen) over daishouMarkups; null when no 代收 item declares a provider price."),
  daishouItemsWithoutCost: list("代收 items without a declared provider price (not judged)."),
  usccPrefix: value("The first two characters of the USCC (registration authority and entity type), upper-cased."),
};

/** Param-dependent facts, computed per rule from that rule's effective params. */
export interface ParamFactGroup {
  /** The params (name → type) the group reads; a rule naming one of its facts must declare them. */
  params: Readonly<Record<string, ParamType>>;
  facts: Readonly<Record<string, FactDescriptor>>;
  compute(facts: FilingFacts, derived: DerivedFilingFacts, params: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

/**
 * Normalised texts, memoised: fee item names and descriptions repeat across
 * thousands of filings, and NFKC normalisation is the dearest step of R02.
 * Bounded: cleared when full.
 */
const normalisedTexts = new Map<string, string>();
const MAX_NORMALISED_TEXTS = 20_000;

/** Normalise text for keyword matching: NFKC (full-width → half-width), lower case, no whitespace. */
export function normaliseForMatching(text: string): string {
  let normalised = normalisedTexts.get(text);
  if (normalised === undefined) {
    normalised = text.normalize("NFKC").toLowerCase().replace(/\s+/gu, "");
    if (normalisedTexts.size >= MAX_NORMALISED_TEXTS) normalisedTexts.clear();
    normalisedTexts.set(text, normalised);
  }
  return normalised;
}

/** Normalised keyword lists, per (frozen, per-engine) params array: computed once, not per evaluation. */
const normalisedKeywords = new WeakMap<readonly string[], readonly (readonly [string, string])[]>();

function keywordNeedles(keywords: readonly string[]): readonly (readonly [string, string])[] {
  let needles = normalisedKeywords.get(keywords);
  if (!needles) {
    needles = keywords.map((k) => [k, normaliseForMatching(k)] as const).filter(([, n]) => n.length > 0);
    normalisedKeywords.set(keywords, needles);
  }
  return needles;
}

export const FILING_PARAM_FACT_GROUPS: Readonly<Record<string, ParamFactGroup>> = {
  prohibitedKeywords: {
    params: { keywords: "string[]" },
    facts: {
      prohibitedKeywordMatches: {
        kind: "list",
        description:
          "Items whose name or description contains a keyword of the rule's `keywords` param (compared after NFKC, lower case, spaces removed), with the keywords matched.",
        params: { keywords: "string[]" },
      },
      prohibitedKeywordItemCount: {
        kind: "value",
        description: "The number of prohibitedKeywordMatches.",
        params: { keywords: "string[]" },
      },
    },
    compute(facts, _derived, params) {
      const keywords = keywordNeedles(params.keywords as string[]);
      const matches: ProhibitedKeywordMatch[] = [];
      for (const it of facts.items) {
        const name = normaliseForMatching(it.name);
        const description = normaliseForMatching(it.description);
        const matchedKeywords: string[] = [];
        const matchedIn = new Set<"name" | "description">();
        for (const [keyword, needle] of keywords) {
          const inName = name.includes(needle);
          const inDescription = description.includes(needle);
          if (!inName && !inDescription) continue;
          if (!matchedKeywords.includes(keyword)) matchedKeywords.push(keyword);
          if (inName) matchedIn.add("name");
          if (inDescription) matchedIn.add("description");
        }
        if (matchedKeywords.length === 0) continue;
        matches.push({
          code: it.code,
          name: it.name,
          category: it.category,
          description: it.description,
          matchedKeywords,
          matchedIn: (["name", "description"] as const).filter((f) => matchedIn.has(f)),
        });
      }
      return { prohibitedKeywordMatches: matches, prohibitedKeywordItemCount: matches.length };
    },
  },
  usccPrefixes: {
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
  },
};

/** The param-dependent fact names → their group. */
export const FILING_PARAM_FACTS: ReadonlyMap<string, ParamFactGroup> = new Map(
  Object.values(FILING_PARAM_FACT_GROUPS).flatMap((g) => Object.keys(g.facts).map((f) => [f, g] as const)),
);

/** The registry the loader validates rule files against (appliesTo "filing"). */
export const FILING_FACTS: Readonly<Record<string, FactDescriptor>> = {
  ...PLAIN_FILING_FACTS,
  ...Object.fromEntries(Object.values(FILING_PARAM_FACT_GROUPS).flatMap((g) => Object.entries(g.facts))),
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

function requireOptionalFen(value: number | null, what: string): number | null {
  return value === null ? null : requireFen(value, what);
}

const itemRef = (it: FeeItemFact): ItemRef => ({
  code: it.code,
  name: it.name,
  category: it.category,
  ageBand: it.ageBand,
  unit: it.unit,
  amountFen: it.amountFen,
});

const matchKey = (it: FeeItemFact) => `${it.code}\u0000${it.ageBand}\u0000${it.unit}`;

/** The guided items of `items` whose amount is higher than in `before` (same code, age band and unit). */
function guidedIncreasesBetween(before: readonly FeeItemFact[], items: readonly FeeItemFact[]): GuidedIncreaseItem[] {
  const old = new Map<string, FeeItemFact>();
  for (const p of before) if (!old.has(matchKey(p))) old.set(matchKey(p), p);
  const out: GuidedIncreaseItem[] = [];
  for (const it of items) {
    if (!GUIDED_CATEGORIES.includes(it.category)) continue;
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

const isServiceOrAgency = (it: FeeItemFact) => it.category === "service" || it.category === "agency";

/** Trim, full-width parentheses to half-width, and drop every space (incl. U+3000): for comparing names. */
export function normaliseEntityName(name: string): string {
  return name.trim().replace(/（/g, "(").replace(/）/g, ")").replace(/[\s\u3000]+/gu, "");
}

/** Compute every derived filing fact. Pure; called once per evaluation. */
export function deriveFilingFacts(facts: FilingFacts): DerivedFilingFacts {
  const { kindergarten, filing, items, previousItems, guidancePrices } = facts;
  assertCivilDate(filing.effectiveFrom, "facts.filing.effectiveFrom");
  assertCivilDate(filing.publishedOn, "facts.filing.publishedOn");
  for (const it of items) requireFen(it.amountFen, `item ${it.code} amountFen`);
  for (const it of previousItems ?? []) requireFen(it.amountFen, `previous item ${it.code} amountFen`);

  // R03
  const guidedPriceCapChecks: GuidedPriceCapCheck[] = [];
  const guidedPriceUncoveredItems: UncoveredItem[] = [];
  for (const item of items) {
    if (!GUIDED_CATEGORIES.includes(item.category)) continue;
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

  // R04
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

  // R01
  const allowed = new Set(facts.allowedItemCodes);
  const itemsNotInCatalogue = items.filter((it) => !allowed.has(it.code)).map(itemRef);

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

  // R08
  const guidedItemList = items.filter((it) => GUIDED_CATEGORIES.includes(it.category));

  // R09
  const account = facts.account;
  let accountNameCheck: AccountNameCheck | null = null;
  if (account) {
    const normalisedAccountName = normaliseEntityName(account.accountName);
    const normalisedApprovedName = normaliseEntityName(kindergarten.approvedName);
    accountNameCheck = {
      bankName: account.bankName,
      branchName: account.branchName,
      accountName: account.accountName,
      approvedName: kindergarten.approvedName,
      normalisedAccountName,
      normalisedApprovedName,
      matches: normalisedAccountName === normalisedApprovedName,
    };
  }

  // R10
  const disclosureMissingFields = DISCLOSURE_FIELDS.filter((f) => filing[f.field].trim() === "").map((f) => ({ ...f }));
  const serviceItemsWithoutContent = items.filter((it) => isServiceOrAgency(it) && it.description.trim() === "").map(itemRef);

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
    kindergartenNature: kindergarten.nature,
    kindergartenUscc: kindergarten.uscc,
    kindergartenApprovedName: kindergarten.approvedName,
    hasPreviousFiling: previousItems != null,
    filingEffectiveFrom: filing.effectiveFrom,
    filingEffectiveMonth: monthOf(filing.effectiveFrom),
    filingPublishedOn: filing.publishedOn,
    itemsNotInCatalogue,
    itemsNotInCatalogueCount: itemsNotInCatalogue.length,
    guidedPriceCapChecks,
    guidedPriceMaxOverCapFen: maxOrNull(guidedPriceCapChecks.map((c) => c.overCapFen)),
    guidedPriceUncoveredItems,
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
    guidedItems: guidedItemList.map(itemRef),
    guidedItemUnits: guidedItemList.map((it) => it.unit),
    accountFiled: account !== null,
    accountNameMatchesApprovedName: accountNameCheck?.matches ?? null,
    accountNameCheck,
    disclosureMissingFields,
    disclosureMissingCount: disclosureMissingFields.length,
    serviceItemsWithoutContent,
    serviceItemsWithoutContentCount: serviceItemsWithoutContent.length,
    publicCareFeeFen,
    waiverDeductionFen,
    freeYearChecks,
    freeYearMaxShortfallFen: maxOrNull(freeYearChecks.map((c) => c.shortfallFen)),
    serviceItemsNotVoluntary,
    serviceItemsNotVoluntaryCount: serviceItemsNotVoluntary.length,
    serviceItemsBundled,
    serviceItemsBundledCount: serviceItemsBundled.length,
    daishouMarkups,
    daishouMaxMarkupFen: maxOrNull(daishouMarkups.map((m) => m.markupFen)),
    daishouItemsWithoutCost,
    usccPrefix: kindergarten.uscc.trim().slice(0, 2).toUpperCase(),
  };
}
