import type { MonthWorkingDays, RefundCase, RefundFeeKind, RefundSchedule } from "./facts/refund-schemes";

/**
 * The contract between the domain and the rules engine. The domain gathers raw
 * facts from the database; rules/ derives what the rule files compare and
 * returns plain, explainable outcomes. Nothing here knows about a database.
 */

export type Severity = "info" | "amber" | "red";
export type Nature = "public" | "inclusive_private" | "nonprofit_private" | "forprofit_private";
export type FeeCategory = "care_education" | "boarding" | "nursery" | "service" | "agency";
export type AgeBand = "all" | "nursery" | "small" | "middle" | "large";
export type FeeUnit = "month" | "semester" | "day" | "year" | "once";

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface FeeItemFact {
  code: string;
  category: FeeCategory;
  name: string;
  amountFen: number;
  unit: FeeUnit;
  ageBand: AgeBand;
  description: string;
  /** Service and 代收 items: parents opt in (R13). */
  voluntary: boolean;
  /** Charged together with 保教费 instead of separately (R13). */
  bundled: boolean;
  /** 代收 items: the provider's actual price per unit, when declared (R14). */
  costFen: number | null;
}

/** An earlier filing of the same kindergarten (R05 looks at how often fees went up). */
export interface PastFilingFact {
  version: number;
  effectiveFrom: string;
  items: FeeItemFact[];
}

/** The fee account on file (R09). */
export interface AccountFact {
  bankName: string;
  branchName: string;
  accountNumber: string;
  accountName: string;
  /**
   * The 12-digit CNAPS code (联行号) filed with it, null when none was (it is optional). The account facts carry it
   * (A03 compares its bank code with the bank); the filing and complaint facts leave it out, no rule of theirs reads it.
   */
  cnapsCode?: string | null;
}

/**
 * A fee account filed and still awaiting the education department's review
 * (R09 from v6): the kindergarten has done its part, the account is not yet
 * approved, so no fees may go into it yet.
 */
export interface PendingAccountFact {
  bankName: string;
  accountName: string;
  /** The day the filing was sent (Asia/Shanghai). */
  submittedOn: string;
  /** The day it asks to take effect (approval never starts it earlier). */
  requestedFrom: string;
}

export interface GuidancePriceFact {
  regionCode: string;
  category: FeeCategory;
  ageBand: AgeBand;
  basePriceFen: number;
  /** 1000 = 10 % */
  maxFloatBp: number;
  sourceDocument: string;
}

/** Everything the filing rules may look at, for one filing. */
export interface FilingFacts {
  kindergarten: {
    id: string;
    uscc: string;
    approvedName: string;
    nature: Nature;
    grade: string;
    regionCode: string;
  };
  filing: {
    id: string;
    term: string;
    /** The filing's version within its kindergarten (1, 2, …). */
    version: number;
    effectiveFrom: string; // YYYY-MM-DD
    publishedOn: string; // YYYY-MM-DD
    /** 收费依据, 退费办法, 投诉渠道 as published (R10); "" when missing. */
    pricingBasis: string;
    refundRules: string;
    complaintChannel: string;
    /** The new standard is also billed to children already enrolled (R07). */
    appliesToEnrolled: boolean;
    /** Monthly deduction granted to final-year (大班) children (R12). */
    waiverDeductionFen: number;
  };
  items: FeeItemFact[];
  /** Items of the schedule in force before this one takes effect (not an earlier version of the same date), or null when none was. */
  previousItems: FeeItemFact[] | null;
  /** The schedules in force before effectiveFrom, oldest first (one per date: the last version filed for it), at most the last 24 months plus the one before them. */
  history: PastFilingFact[];
  /** The guidance prices in force for this kindergarten's region, nature and grade on effectiveFrom. */
  guidancePrices: GuidancePriceFact[];
  /** Item codes the kindergarten's region allows (national categories + regional catalogue) (R01). */
  allowedItemCodes: string[];
  /** The active filed fee account, or null when none is filed (R09). */
  account: AccountFact | null;
  /**
   * When no approved account is in force on effectiveFrom: the account filing awaiting review that asks to take
   * effect on or before that day (R09 v6 tells "awaiting review" from "none filed"). Absent or null: none.
   */
  pendingAccount?: PendingAccountFact | null;
  /** The local public kindergartens' monthly 保教费 for the same grade, the basis of the 大班 waiver (R12); null if unknown. */
  publicCareFeeFen: number | null;
  /** The refund rules filed as data with the schedule (R11), or null when the filing has none. */
  refundSchedule: RefundSchedule | null;
  /** The months of the filing's term with their legal working days, from the official calendar (R11). */
  termMonths: MonthWorkingDays[];
}

/**
 * Everything the account rules (appliesTo "account") may look at, for one
 * kindergarten on one day: the account being evaluated (a new filing, or the
 * one in force) and what parents' account checks found.
 */
export interface AccountFacts {
  kindergarten: {
    id: string;
    approvedName: string;
    nature: Nature;
    regionCode: string;
  };
  /** The day of the evaluation (YYYY-MM-DD). */
  evaluatedOn: string;
  /** The account evaluated: a filing under review, or the approved one in force; null when none is filed. */
  account: AccountFact | null;
  /** Parents' checks that did not match the account in force, over the `windowDays` days ending on evaluatedOn. */
  mismatchChecks: {
    windowDays: number;
    count: number;
    /** How many different account numbers the mismatching checks typed. */
    distinctAccounts: number;
  };
}

/** An item a parent says was actually charged (complaint rules). */
export interface ChargedItemFact {
  name: string;
  amountFen: number;
  unit: FeeUnit;
}

/** One month of a refund complaint: what the parent says was paid and refunded (C05). */
export interface RefundClaimFact {
  /** YYYY-MM */
  month: string;
  /** The month's legal working days, from the official calendar (the domain computes them). */
  workingDays: number;
  feeKind: RefundFeeKind;
  case: RefundCase;
  daysAttended: number;
  paidFen: number;
  refundedFen: number;
}

/** Another complaint about the same kindergarten, as the cluster rule R18 counts it. */
export interface RelatedComplaintFact {
  id: string;
  /** The civil day (Asia/Shanghai) it was received. */
  receivedOn: string;
  /** The names of the items it says were charged (keyed by the rules, see complaintItemKey). */
  itemNames: string[];
  /**
   * An opaque key of the complainant's contact phone (a digest, never the
   * phone), or null for an anonymous report: complaints sharing one are one
   * complainant, so they count once.
   */
  contactKey: string | null;
}

/**
 * Everything the complaint rules (appliesTo "complaint") may look at, for one
 * complaint: what the parent says was charged, paid and when, against what
 * the kindergarten filed for the day paid (the fee schedule and the approved
 * fee account in force on `comparedOn`).
 */
export interface ComplaintFacts {
  kindergarten: {
    id: string;
    approvedName: string;
    nature: Nature;
    regionCode: string;
  };
  complaint: {
    id: string;
    /** complaint (投诉: settle my dispute) | report (举报: a suspected violation). */
    track: "complaint" | "report";
    /** above_filed | not_on_schedule | prohibited_item | other_account | refund | forced_service | other. */
    kind: string;
    /** The civil day of receipt (Asia/Shanghai): the day the time bar (R19) and the cluster window (R18) count to. */
    receivedOn: string;
    paidOn: string | null;
    learnedOn: string;
    /** The account the parent paid into, as typed (digits are compared), or null. */
    accountPaidInto: string | null;
    items: ChargedItemFact[];
    /** A refund complaint's months, as the parent gives them (C05); empty for other kinds. */
    refundClaims: RefundClaimFact[];
  };
  /** The day the filed data is read for: paidOn, or receivedOn when no payment date was given. */
  comparedOn: string;
  /** The fee schedule in force on comparedOn (the highest published version in effect), or null when none was. */
  schedule: {
    filingId: string;
    term: string;
    version: number;
    effectiveFrom: string;
    items: FeeItemFact[];
    /** The refund rules filed as data with that schedule, or null when it has none (C05). */
    refundSchedule: RefundSchedule | null;
  } | null;
  /** R11's `refundTable` in force for the kindergarten's region on comparedOn: the province's refund rules (C05 falls back to them). */
  provincialRefundTable: Record<string, string[]>;
  /** The approved fee account in force on comparedOn, or null. */
  account: AccountFact | null;
  /** R02's `keywords` in force for the kindergarten's region on comparedOn: the prohibited-item list C03 matches with. */
  prohibitedKeywords: string[];
  /**
   * Complaints about the same kindergarten received on receivedOn or up to
   * 365 days before it, this one included (R18 narrows them to its window).
   */
  relatedComplaints: RelatedComplaintFact[];
}

/** One month's filed meal-fund account, as the surplus window of R15 adds them up. */
export interface MealFundMonthFact {
  /** YYYY-MM. */
  month: string;
  /** 伙食费 collected in the month, fen. */
  incomeFen: number;
  /** Everything spent on meals in the month, fen (the sum of its kinds). */
  spendingFen: number;
}

/** One kind of meal-fund spending (主副食品采购, 燃料, 炊事用品, 其他), fen. */
export interface MealFundSpendingFact {
  kind: string;
  amountFen: number;
}

/**
 * Everything the meal-fund rules (appliesTo "meal_fund") may look at, for one
 * kindergarten and one month: the month's account as filed (its latest
 * revision, and the day the first revision was filed), and the accounts of
 * the months before it (the running surplus). 学前教育法 Art. 69 ¶1:
 * 伙食费 is ring-fenced and its accounts published.
 */
export interface MealFundFacts {
  kindergarten: {
    id: string;
    nature: Nature;
    regionCode: string;
  };
  /** The month accounted for (YYYY-MM). The rule versions in force on its first day apply. */
  month: string;
  /** The day of the evaluation (YYYY-MM-DD): a filing day, or a sweep's day. */
  evaluatedOn: string;
  /** The month's account (latest revision), or null when none is filed. */
  account: {
    revision: number;
    /** The day the first revision was filed (Asia/Shanghai): a later correction does not make an account late. */
    filedOn: string;
    incomeFen: number;
    spending: MealFundSpendingFact[];
    childCount: number;
    mealDays: number;
  } | null;
  /** Filed accounts of the months before `month` (at most MEAL_FUND_LOOKBACK_MONTHS of them), any order. */
  previousMonths: MealFundMonthFact[];
}

export interface LegalBasis {
  document: string;
  article?: string;
  /** Region code prefixes where this entry applies (a regional text); absent: everywhere. */
  regions?: string[];
}

/** One leaf condition of a rule, as evaluated: the "why". */
export interface ConditionExplanation {
  name: string;
  fact: string;
  path?: string;
  factResult: unknown;
  operator: string;
  value: unknown;
  result: boolean;
  /** The rule param the value (threshold) came from, when it came from one. */
  param?: string;
  /** True when the engine did not evaluate this leaf (result is then false). */
  skipped?: boolean;
}

/**
 * How a rule's leaf conditions combine, by their names: `{ "all": ["forProfit", "hasPreviousFiling", { "any":
 * ["increaseAtOrAboveAmber", "increaseAtOrAboveRed"] }] }`. The same for every outcome of a rule version, so a flag's
 * conditions can be read as the rule combines them ("满足以下任一条件：…"), not as a flat list.
 */
export type ConditionShape = string | { all: ConditionShape[] } | { any: ConditionShape[] } | { not: ConditionShape };

export interface RuleOutcome {
  ruleId: string;
  version: number;
  fired: boolean;
  severity: Severity | null;
  title: LocalizedText;
  message: LocalizedText;
  legalBasis: LegalBasis[];
  params: Record<string, unknown>;
  conditions: ConditionExplanation[];
  /**
   * How the conditions combine (the rule version's, like its title). Absent from a flag whose version's words were
   * recorded before it was kept (rule_texts.condition_tree null): its conditions read as a list.
   */
  conditionTree?: ConditionShape;
  /** Rule-specific evidence, e.g. the items over the cap with base, float and cap. */
  details: Record<string, unknown>;
}
