/**
 * The public disclosure's fixed values and the shapes of what it shows,
 * shared by the pages and components (client) and the queries (server).
 */
import type { PublicMealFund } from "~/domain/meal-fund/meal-fund.schema";
import type { AgeBand, FeeCategory, FeeUnit, KindergartenNature } from "~/db/schema";
import type { RefundSchedule } from "~/rules/facts/refund-schemes";
import type { ItemChange } from "~/domain/filings/schedules";

/** A search longer than this (in characters) is refused with a message: no kindergarten name is that long. */
export const SEARCH_MAX_CHARS = 50;

/** At most this many distinct words (kindergartens/name-grams.ts: the case queue's search is held to it too). */
export { SEARCH_MAX_TERMS } from "~/domain/kindergartens/name-grams";

/** Results per page. */
export const SEARCH_PAGE_SIZE = 20;

export const NATURES = ["public", "inclusive_private", "nonprofit_private", "forprofit_private"] as const satisfies readonly KindergartenNature[];

/**
 * The fee kinds parents may opt into: service and 代收 items. The stored flag
 * means nothing on 保教费, 住宿费 or 保育费 (its column defaults to 1), which
 * are never the parents' choice.
 */
export const OPT_IN_CATEGORIES: readonly FeeCategory[] = ["service", "agency"];

/** Natures held to government guidance prices, whose page shows them (普惠性民办, 非营利性民办). */
export const GUIDED_PRIVATE_NATURES: readonly KindergartenNature[] = ["inclusive_private", "nonprofit_private"];

export interface PublicFeeItem {
  code: string;
  category: FeeCategory;
  name: string;
  /** The catalogue's English name of its code. */
  name_en: string;
  amount_fen: number;
  unit: FeeUnit;
  age_band: AgeBand;
  /** Parents opt in (a service or 代收 item marked so); false for everything they must pay. */
  voluntary: boolean;
  description: string;
}

export interface PublicSchedule {
  term: string;
  version: number;
  effective_from: string;
  published_on: string;
  /** The day it was filed with the authorities (Asia/Shanghai). */
  filed_on: string;
  items: PublicFeeItem[];
  /** What the filing form publishes to parents with the fees (学前教育法 Art. 69). */
  texts: PublicScheduleTexts;
}

/**
 * The texts a filing publishes beside its fees, as the kindergarten wrote
 * them (in Chinese): "" (or 0, or null) where it gave none.
 */
export interface PublicScheduleTexts {
  /** 收费依据: how the fees were set. */
  pricing_basis: string;
  /** 退费办法 in the kindergarten's words. */
  refund_rules: string;
  /** The refund rules per fee and case as filed (R11's data); null when filed without them. */
  refund_schedule: RefundSchedule | null;
  /** 投诉渠道. */
  complaint_channel: string;
  /** The monthly deduction for final-year (大班) children, in fen; 0 when none is filed. */
  waiver_deduction_fen: number;
}

export interface ScheduleVersion extends Omit<PublicSchedule, "items" | "texts"> {
  item_count: number;
  /** The version whose fees this one replaces (in force the day before it takes effect); null for the first. */
  compared_with: number | null;
  /** The later version that took its place before it took effect (it never came into force); null when none did. */
  corrected_by: number | null;
  /** Against the version it replaces (compared_with); null when it replaces none. */
  changes: ItemChange[] | null;
}

export interface PublicGuidancePrice {
  category: FeeCategory;
  age_band: AgeBand;
  base_price_fen: number;
  max_float_bp: number;
  source_document: string;
  /** Whose table it is: the district's, the city's or the province's. */
  region_name: string;
}

export interface MaskedAccount {
  bank_name: string;
  branch_name: string;
  account_name: string;
  last4: string;
  effective_from: string;
  /** The day the education department approved it (Asia/Shanghai). */
  approved_on: string;
}

export interface PublicKindergartenFacts {
  id: string;
  uscc: string;
  approved_name: string;
  name_in_use: string;
  nature: KindergartenNature;
  grade: string;
  address: string;
  region_code: string;
  /** Province, city and district, e.g. 浙江省 宁波市 海曙区. */
  place: string;
}

export interface KindergartenDisclosure {
  /** The civil date everything is reckoned on (Asia/Shanghai). */
  asOf: string;
  kindergarten: PublicKindergartenFacts;
  inForce: PublicSchedule | null;
  next: PublicSchedule | null;
  /** Every public version, newest first, each with what it changed. */
  history: ScheduleVersion[];
  /** Only for 普惠 and non-profit kindergartens: the prices in force today (empty when none is recorded). */
  guidancePrices: PublicGuidancePrice[] | null;
  /** The approved account in force today, masked; null when none is. */
  account: MaskedAccount | null;
  /**
   * The approved account that takes effect next, after today, masked the same
   * way (effective_from is its first day); null when none is approved. A
   * kindergarten announces a new account to parents in advance, and the
   * account check answers it as the kindergarten's.
   */
  upcomingAccount: MaskedAccount | null;
  /** The published meal-fund accounts of the last months (学前教育法 Art. 69 ¶1). */
  mealFund: PublicMealFund;
}

/** A search hit: enough to tell kindergartens of one name apart and open the page. */
export interface SearchHit {
  id: string;
  uscc: string;
  name_in_use: string;
  /** Only when it differs from the name in use (most kindergartens use their approved name). */
  approved_name: string | null;
  nature: KindergartenNature;
  /** The district's code (GB/T 2260). */
  region_code: string;
  /** Province, city and district, e.g. 浙江省 宁波市 海曙区. */
  place: string;
}

/**
 * How a kindergarten id may look in a URL (ids are ULIDs; imported data may
 * carry other URL-safe tokens). Anything else names no kindergarten: it is
 * "not found" before the database is asked (Postgres refuses a NUL byte with
 * an error) or an account check is counted, and a hostile id never becomes a
 * rate-limiter key.
 */
const KINDERGARTEN_ID = /^[0-9A-Za-z_-]{1,64}$/;

export function isKindergartenIdShape(id: string): boolean {
  return KINDERGARTEN_ID.test(id);
}
