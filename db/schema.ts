/**
 * The Kysely `Database` interface: one table interface per table, mirroring
 * db/migrations. Conventions that hold on SQLite and Postgres alike:
 * text ULID keys, money as integer fen, instants as ISO-8601 UTC text,
 * civil dates as 'YYYY-MM-DD', booleans as 0/1 integers, JSON as text.
 */
import type { Generated, Insertable, Selectable, Updateable } from "kysely";

export type RegionLevel = "province" | "city" | "district";

export interface RegionsTable {
  code: string; // GB/T 2260, 6 digits
  name: string;
  level: RegionLevel;
  parent_code: string | null;
}

/** public | 普惠性民办 | 非营利性民办 | 营利性民办 */
export type KindergartenNature =
  | "public"
  | "inclusive_private"
  | "nonprofit_private"
  | "forprofit_private";

export type KindergartenStatus = "active" | "suspended" | "closed";

export interface KindergartensTable {
  id: string;
  uscc: string;
  approved_name: string;
  name_in_use: string;
  nature: KindergartenNature;
  /** Quality grade used by guidance-price tables, e.g. provincial_model, class1. */
  grade: string;
  region_code: string;
  address: string;
  status: KindergartenStatus;
  created_at: string;
  updated_at: string;
  /**
   * The latest sign-in of its operator accounts (active or not), '' when none ever signed in: what the accounts
   * overview's sign-in orders walk. Kept by triggers on users (migration 2026-12-05T0910), never written by code.
   */
  operator_signed_in_at: Generated<string>;
}

/**
 * A kindergarten as the public search reads it: its names as compared (NFKC,
 * lower case; both names, one per line) and copies of what the search filters
 * and orders by (region, then id), so a walk reads one covering index. Written
 * by indexKindergartensForSearch (app/domain/kindergartens/name-index.server.ts)
 * with the grams below; every hit is checked against kindergartens itself.
 */
export interface KindergartenSearchTable {
  kindergarten_id: string;
  region_code: string;
  nature: KindergartenNature;
  status: KindergartenStatus;
  search_text: string;
}

/**
 * A two- or three-character gram of a kindergarten's search text, with its
 * region: unique (gram, region_code, kindergarten_id), so one gram's
 * kindergartens come in the search's order, and a region's are a range.
 */
export interface KindergartenNameGramsTable {
  gram: string;
  region_code: string;
  kindergarten_id: string;
}

/** How many kindergartens have a gram (primary key gram): how the search finds a query's rarest gram. */
export interface KindergartenGramCountsTable {
  gram: string;
  kindergartens: number;
}

export type Role = "operator" | "officer" | "admin";
export type Agency = "market" | "education" | "development_reform";

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  agency: Agency | null;
  region_code: string | null;
  kindergarten_id: string | null;
  active: number;
  /** 1 = the lead of the officer's district or city office: approves extensions, receives escalations, draws spot checks. */
  lead: Generated<number>;
  created_at: string;
  /** 1 = signed in with a temporary password (an administrator's reset or new account): must choose one before anything else. */
  must_change_password: Generated<number>;
  /** The latest sign-in (an instant; null: never signed in since the account was opened): written by login. */
  last_signed_in_at: string | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  user_agent: string | null;
}

/** A fee-account filing's review state; an approved account is in force from effective_from to effective_to. */
export type AccountStatus = "pending" | "returned" | "approved" | "withdrawn";

/**
 * A kindergarten's fee account as filed (民办教育促进法实施条例 Art. 44): every
 * filing is a row, reviewed by an education officer of the district. At most
 * one approved account is in force on any date: approving a replacement sets
 * the previous one's effective_to to the day before.
 */
export interface BankAccountsTable {
  id: string;
  kindergarten_id: string;
  bank_name: string;
  branch_name: string;
  /** Digits only (a corporate settlement account: no Luhn check). */
  account_number: string;
  account_name: string;
  /** 12-digit CNAPS (联行号), optional. */
  cnaps_code: string | null;
  status: AccountStatus;
  /** When the operator filed it (instant). */
  filed_at: string;
  /** First and last civil dates in force (inclusive); effective_to null = open-ended. */
  effective_from: string;
  effective_to: string | null;
  evidence_id: string | null;
  submitted_by: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  /** The officer's reason for returning it, or a remark on approval. */
  review_note: Generated<string>;
  /** JSON list of the account rule versions applied at submission ("A01@1"). */
  evaluated_rules: Generated<string>;
}

/** An uploaded evidence document; the bytes live in the evidence store under storage_key. */
export interface EvidenceFilesTable {
  id: string;
  media_type: "application/pdf" | "image/jpeg" | "image/png";
  byte_size: number;
  sha256: string;
  storage_key: string;
  original_name: string;
  uploaded_by: string | null;
  created_at: string;
}

/** An outcome of an account rule (appliesTo "account") that fired; explained like rule_results. */
export interface AccountFlagsTable {
  id: string;
  kindergarten_id: string;
  account_id: string | null;
  rule_id: string;
  rule_version: number;
  severity: Severity;
  explanation: string;
  evaluated_at: string;
}

/** A kindergarten's meal-fund account of one month, one row per revision (a correction adds a revision). */
export interface MealFundAccountsTable {
  id: string;
  kindergarten_id: string;
  /** YYYY-MM. */
  month: string;
  revision: number;
  income_fen: number;
  /** The sum of `spending`. */
  spending_fen: number;
  /** JSON [{ kind, amountFen }], kinds from MEAL_FUND_SPENDING_KINDS. */
  spending: string;
  child_count: number;
  meal_days: number;
  note: string;
  filed_at: string;
  /** The Shanghai civil day of filed_at. */
  filed_on: string;
  filed_by: string | null;
}

/** An outcome of a meal-fund rule (R15) that fired for a kindergarten's month; replaced by each evaluation of the month. */
export interface MealFundFlagsTable {
  id: string;
  kindergarten_id: string;
  month: string;
  account_id: string | null;
  rule_id: string;
  rule_version: number;
  severity: Severity;
  explanation: string;
  evaluated_at: string;
}

/** When a kindergarten's month was last evaluated by the meal-fund rules. */
export interface MealFundChecksTable {
  kindergarten_id: string;
  month: string;
  evaluated_on: string;
  evaluated_at: string;
  evaluated_rules: string;
  /** What the month was judged under (judgedUnderKey); null for an evaluation from before the key was kept. */
  rules_key: string | null;
}

/** A kindergarten's last evaluation of its current account flags: the Shanghai day and what it was judged under (judgedUnderKey). */
export interface AccountFlagChecksTable {
  kindergarten_id: string;
  evaluated_on: string;
  rules_key: string;
}

/** A parent's account check that did not match the filed account: no client identifier is kept. */
export interface AccountCheckMismatchesTable {
  id: string;
  kindergarten_id: string;
  /** Keyed digest of the typed number's digits (groups repeated reports of one account). */
  account_digest: string;
  account_last4: string;
  name_given: number;
  checked_at: string;
}

/** The three fee kinds that can sit under government guidance prices, plus service and 代收. */
export type FeeCategory = "care_education" | "boarding" | "nursery" | "service" | "agency";

/** all = one price for every age band; nursery = 托班 (2–3), then 小班/中班/大班. */
export type AgeBand = "all" | "nursery" | "small" | "middle" | "large";

export interface GuidancePricesTable {
  id: string;
  region_code: string;
  nature: KindergartenNature;
  grade: string;
  age_band: AgeBand;
  category: FeeCategory;
  base_price_fen: number;
  /** Maximum upward float in basis points: 1000 = 10 %. */
  max_float_bp: number;
  effective_from: string;
  effective_to: string | null;
  source_document: string;
  created_at: string;
  batch_id: string | null;
  status: Generated<GuidancePriceStatus>;
  superseded_at: string | null;
}

/** draft rows are previewed but not used; superseded rows are history. */
export type GuidancePriceStatus = "draft" | "active" | "superseded";

export interface GuidancePriceBatchesTable {
  id: string;
  region_code: string;
  source_document: string;
  status: "draft" | "active" | "discarded";
  row_count: number;
  created_by: string | null;
  created_at: string;
  activated_by: string | null;
  activated_at: string | null;
  /** Raised by each edit of the draft's rows: an edit made from an older version is refused. */
  version: Generated<number>;
}

export type FeeUnit = "month" | "semester" | "day" | "year" | "once";

export interface FeeItemTypesTable {
  code: string;
  category: FeeCategory;
  name_zh: string;
  name_en: string;
  /** null = allowed everywhere (the national categories); otherwise a region code prefix. */
  region_code: string | null;
  active: Generated<number>;
  updated_at: string | null;
}

export type FilingStatus = "submitted" | "evaluated";

export interface FeeFilingsTable {
  id: string;
  kindergarten_id: string;
  /** e.g. 2027-spring, 2026-autumn */
  term: string;
  effective_from: string;
  published_on: string;
  version: number;
  status: FilingStatus;
  submitted_by: string;
  submitted_at: string;
  evaluated_at: string | null;
  previous_filing_id: string | null;
  note: string;
  /** 收费依据: how the standard was set (cost survey, approval document …). */
  pricing_basis: Generated<string>;
  /** 退费办法 as published to parents. */
  refund_rules: Generated<string>;
  /** The refund rules as data (R11): JSON, a list of { feeKind, case, scheme } (rules/facts/refund-schemes.ts); null when filed without them. */
  refund_schedule: string | null;
  /** 投诉渠道 as published to parents. */
  complaint_channel: Generated<string>;
  /** 1 = the new standard is also billed to children already enrolled (老生). */
  applies_to_enrolled: Generated<number>;
  /** Monthly deduction granted to final-year (大班) children under the free-preschool policy. */
  waiver_deduction_fen: Generated<number>;
  /**
   * JSON list of the rule versions the current evaluation applied, flagged or
   * passed ("R03@1"), sorted; its flags are the rule_results rows stamped with evaluated_at.
   */
  evaluated_rules: Generated<string>;
}

export interface FeeItemsTable {
  id: string;
  filing_id: string;
  position: number;
  code: string;
  category: FeeCategory;
  name: string;
  amount_fen: number;
  unit: FeeUnit;
  age_band: AgeBand;
  description: string;
  /** Service and 代收 items: 1 = parents opt in. */
  voluntary: Generated<number>;
  /** 1 = charged together with 保教费 rather than separately. */
  bundled: Generated<number>;
  /** 代收 items: the provider's actual price per unit. */
  cost_fen: number | null;
}

export type Severity = "info" | "amber" | "red";

/**
 * A flag: an outcome that fired, one row per (filing, rule, version). The
 * filing's current flags are those stamped with its evaluated_at; older rows
 * stay as history and still explain themselves.
 */
export interface RuleResultsTable {
  filing_id: string;
  rule_id: string;
  rule_version: number;
  severity: Severity;
  /** JSON: what the outcome says beyond its rule version's words (OutcomeExplanation: params, conditions, evidence). */
  explanation: string;
  evaluated_at: string;
}

/** A rule version's words (JSON of its title, message and legal basis), recorded when its first flag is stored. */
export interface RuleTextsTable {
  rule_id: string;
  version: number;
  /** JSON {zh, en}. */
  title: string;
  /** JSON {zh, en}. */
  message: string;
  /** JSON [{document, article?}]. */
  legal_basis: string;
  /** JSON: how the version's conditions combine, by leaf names (rules' ConditionShape); null until start-up fills it. */
  condition_tree: string | null;
  recorded_at: string;
}

/**
 * open: nobody assigned yet; in_progress: an officer works it (verifying, or
 * reopened); awaiting_answer: the kindergarten was notified and its answer is
 * due; answered: it answered; decided: a decision is recorded (an order with a
 * date waits for the kindergarten's proof); closed. The moves between them are
 * app/domain/cases/case-lifecycle.ts.
 */
export type CaseStatus = "open" | "in_progress" | "awaiting_answer" | "answered" | "decided" | "closed";
export type CaseSource = "rule" | "complaint" | "spot_check";
/** The clock a case's due_date is: see app/domain/cases/case-clock.ts. */
export type CaseDueKind = "verify" | "answer" | "decision" | "follow_up";
export type CaseDueState = "ok" | "due_soon" | "overdue";
export type CaseDecisionKind =
  | "no_violation"
  | "minor_corrected"
  | "rectification_ordered"
  | "refund_ordered"
  | "penalty"
  | "referred";

export interface InspectionCasesTable {
  id: string;
  /** kindergarten + rule + term: one case however often the filing is re-evaluated. */
  dedupe_key: string;
  kindergarten_id: string;
  region_code: string;
  rule_id: string;
  term: string;
  filing_id: string | null;
  severity: Severity;
  /** 2 = red, 1 = amber, 0 = info: sortable on both databases. */
  severity_rank: number;
  status: CaseStatus;
  source: CaseSource;
  opened_at: string;
  /** The earliest deadline running (due_kind); the last one when none runs. */
  due_date: string;
  updated_at: string;
  assigned_to: string | null;
  /** Bumped by every step: a step sent with an older version is refused (optimistic concurrency). */
  version: Generated<number>;
  assigned_at: string | null;
  /** 1 = the verification clock got its +15 working days, approved by a lead (程序规定 Art. 18). */
  verification_extended: Generated<number>;
  /** When the assignee asked a lead for that extension; null when no request waits (a step clears it). */
  extension_requested_at: string | null;
  /** 立案: from this civil date the decision is due within 90 days (行政处罚法 Art. 60). */
  registered_on: string | null;
  notified_at: string | null;
  answer_due_on: string | null;
  answered_at: string | null;
  decision_kind: CaseDecisionKind | null;
  /** The legal basis chosen for the decision (a key of app/domain/cases/case-decisions.ts). */
  decision_basis: string | null;
  /** JSON: the decision's fields (amounts, dates, document number, authority), by kind. */
  decision_detail: string | null;
  decided_on: string | null;
  decided_by: string | null;
  /** The date by which an ordered rectification or refund must be proven. */
  follow_up_due_on: string | null;
  proof_received_at: string | null;
  closed_on: string | null;
  /** The last reopening: the verification clock restarts from it (case-clock.ts). */
  reopened_on: string | null;
  due_kind: CaseDueKind | null;
  due_state: Generated<CaseDueState>;
  escalated_at: string | null;
  /**
   * When a re-evaluation found the case's rule no longer flags the kindergarten's newest filing of the term (a
   * `flags_cleared` event on the timeline says by what); null while the reason stands, and again once it fires anew.
   */
  flags_cleared_at: string | null;
}

/** The kindergarten's answer to a case's notice (answer) or its proof of an ordered rectification or refund (proof). */
export interface CaseAnswersTable {
  id: string;
  case_id: string;
  kind: "answer" | "proof";
  explanation: string;
  /** A new filing that corrects the fees, when the answer points to one (the kindergarten's own). */
  correction_filing_id: string | null;
  refund_fen: number | null;
  refund_families: number | null;
  submitted_by: string;
  submitted_at: string;
}

/** A file attached to a case: by the kindergarten with an answer, or by an officer with a finding. */
export interface CaseFilesTable {
  case_id: string;
  evidence_id: string;
  party: "kindergarten" | "officer";
  answer_id: string | null;
  event_id: string | null;
  created_at: string;
}

export interface CaseEventsTable {
  id: string;
  case_id: string;
  kind: string;
  actor_id: string | null;
  payload: string;
  created_at: string;
}

/** How a spot-check draw divides its pool: not at all, by nature in proportion, or a number per nature. */
export type SpotCheckStratify = "none" | "proportional" | "per_nature";

/**
 * A 双随机 spot-check draw (app/domain/spot-checks): its seed and the
 * canonical description of its inputs (JSON, exactly the text hashed), so
 * that anyone can re-run it; the result is its spot_check_picks.
 */
export interface SpotCheckDrawsTable {
  id: string;
  /** The region drawn from (a district or a city), within the lead's own. */
  region_code: string;
  /** The lead's agency: its officers are the inspectors. */
  agency: Agency;
  stratify: SpotCheckStratify;
  /** How many kindergartens were asked for (the sum of the per-nature numbers for per_nature). */
  requested_count: number;
  /** The draw procedure's name and version (spot-check-draw.server.ts). */
  algorithm: string;
  /** Lower-case hex, 32–64 bytes. */
  seed: string;
  /** 1 = typed by the lead (a re-run), 0 = from the system's random source. */
  seed_given: number;
  inputs: string;
  inputs_sha256: string;
  pool_size: number;
  drawn_by: string;
  drawn_at: string;
  /**
   * Why the lead drew again: required when the same agency drew an overlapping region (the same, an ancestor or a
   * descendant) within the last 30 days, published with the list; null otherwise (and for draws before the rule).
   */
  redraw_reason: string | null;
}

/** A kindergarten a draw picked (in draw order), its two inspectors and the spot-check case opened for it. */
export interface SpotCheckPicksTable {
  draw_id: string;
  position: number;
  kindergarten_id: string;
  /** "all", or the nature it was drawn from when the draw is stratified. */
  stratum: string;
  first_inspector_id: string;
  second_inspector_id: string;
  case_id: string;
}

/** An officer the lead declared in conflict for a draw, and why. */
export interface SpotCheckExclusionsTable {
  draw_id: string;
  officer_id: string;
  reason: string;
}

/** 投诉: the complainant wants a dispute settled; 举报: anyone reports a suspected violation (Art. 3). */
export type ComplaintTrack = "complaint" | "report";
export type ComplaintKind =
  | "above_filed"
  | "not_on_schedule"
  | "prohibited_item"
  | "other_account"
  | "refund"
  | "forced_service"
  | "other";
/**
 * received → (投诉) accepted → mediating → mediation_ended → closed, or rejected;
 * received → (举报) case_opened | no_case → closed. Transfer keeps "received" in the new district.
 */
export type ComplaintStatus = "received" | "accepted" | "rejected" | "mediating" | "mediation_ended" | "case_opened" | "no_case" | "closed";
export type ComplaintDueKind = "accept" | "verify" | "mediation_end" | "notify_termination" | "notify_reporter";
export type ComplaintDueState = "ok" | "due_soon" | "overdue";
export type ComplaintParty = "complainant" | "officer" | "kindergarten" | "system";

export interface ComplaintsTable {
  id: string;
  tracking_no: string;
  access_code_hash: string;
  intake_key: string;
  kindergarten_id: string;
  region_code: string;
  track: ComplaintTrack;
  kind: ComplaintKind;
  status: ComplaintStatus;
  anonymous: number;
  contact_name: string | null;
  contact_phone: string | null;
  contact_address: string | null;
  share_contact: number;
  publish_consent: number;
  narrative: string;
  paid_on: string | null;
  learned_on: string;
  account_paid_into: string | null;
  /** A refund complaint's months (C05): JSON, a list of { month, feeKind, case, daysAttended, paidFen, refundedFen }; null for other kinds. */
  refund_claims: string | null;
  received_at: string;
  clock_from: string;
  due_on: string | null;
  due_kind: ComplaintDueKind | null;
  due_state: ComplaintDueState | null;
  verification_extended: Generated<number>;
  accepted_on: string | null;
  decided_on: string | null;
  mediation_ended_on: string | null;
  mediation_outcome: "agreement" | "no_agreement" | "terminated" | "expired" | null;
  refund_agreed_fen: number | null;
  rejection_ground: string | null;
  last_reply_on: string | null;
  case_id: string | null;
  triaged_at: string | null;
  /** What the last triage was judged under (complaintRulesKey); null before it was kept. */
  triage_rules_key: string | null;
  /** The Shanghai day it was finished (rejected or closed); null while it is in hand. */
  finished_on: string | null;
  /** When the retention sweep erased the complainant's contact details (complaint-contact-retention.server.ts); null: kept. */
  contact_erased_at: string | null;
  version: Generated<number>;
  updated_at: string;
}

export interface ComplaintItemsTable {
  id: string;
  complaint_id: string;
  position: number;
  name: string;
  amount_fen: number;
  unit: FeeUnit;
  item_key: string | null;
}

export interface ComplaintEvidenceTable {
  complaint_id: string;
  evidence_id: string;
  party: ComplaintParty;
  created_at: string;
}

export interface ComplaintEventsTable {
  id: string;
  complaint_id: string;
  kind: string;
  actor_id: string | null;
  party: ComplaintParty;
  payload: string;
  public: number;
  created_at: string;
}

export interface ComplaintFlagsTable {
  id: string;
  complaint_id: string;
  rule_id: string;
  rule_version: number;
  severity: Severity;
  explanation: string;
  evaluated_at: string;
}

export interface OutboxTable {
  id: string;
  topic: string;
  payload: string;
  created_at: string;
  /** The in-process runner and the relay skip rows until then (retry backoff). */
  available_at: string;
  attempts: number;
  relayed_at: string | null;
  processed_at: string | null;
  last_error: string | null;
  /** The in-process runner holding the lease ("host/pid/instance"); null when nobody does. */
  leased_by: string | null;
  /** Times the row's runner died under it (stalled job, abandoned lease): back-off, never a dead letter. */
  interruptions: Generated<number>;
}

export type ParameterSetStatus = "draft" | "active" | "retired" | "discarded";

/** A region's override of one rule's parameters (province < city < district). */
export interface RuleParameterSetsTable {
  id: string;
  region_code: string;
  rule_id: string;
  /** JSON object: parameter name → value. */
  params: string;
  status: ParameterSetStatus;
  note: string;
  created_by: string | null;
  created_at: string;
  activated_by: string | null;
  activated_at: string | null;
  retired_at: string | null;
}

/** The period a rule version is in force: set when an admin activates it; a later activation ends it. */
export interface RuleActivationsTable {
  id: string;
  rule_id: string;
  version: number;
  active_from: string;
  active_to: string | null;
  activated_by: string | null;
  activated_at: string;
}

/**
 * The fingerprint (SHA-256 of the file's canonical JSON) of a rule version as first loaded by a process: a process
 * whose file of that version has another is refused at start-up (rules-runtime/rule-fingerprints.server.ts).
 */
export interface RuleVersionFingerprintsTable {
  rule_id: string;
  version: number;
  sha256: string;
  first_seen_at: string;
}

export type ReevaluationStatus = "pending" | "running" | "done" | "failed";

export interface ReevaluationRunsTable {
  id: string;
  /** rules_released: rules new in a release, activated at start-up (changes/released-rules.server.ts). */
  reason: "guidance_prices" | "rule_parameters" | "rule_version" | "manual" | "rules_released";
  subject_id: string | null;
  status: ReevaluationStatus;
  total: number;
  processed: number;
  newly_flagged: number;
  cleared: number;
  /** The last kindergarten id done: the run resumes after it. */
  cursor: string | null;
  /**
   * The run's scope: the kindergartens at or below this region (by code prefix, regionCodeBounds) are re-evaluated;
   * null for everywhere (a rule version, rules new in a release, a manual run, and every run before 2026-12-05).
   */
  region_code: string | null;
  error: string | null;
  created_by: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

/**
 * A kindergarten whose flagged state a re-evaluation run changed: newly flagged (a case-worthy flag it did not have)
 * or cleared (none left). Written by the run's batch with its counters; what the run's page lists.
 */
export interface ReevaluationRunKindergartensTable {
  run_id: string;
  change: ReevaluationChange;
  kindergarten_id: string;
}

export type ReevaluationChange = "flagged" | "cleared";

/** A draft change's preview computed by a job (app/domain/changes/preview-jobs.server.ts). */
export interface ChangePreviewsTable {
  id: string;
  change_key: string;
  /** The DraftChange as JSON. */
  change: string;
  status: "pending" | "done" | "failed";
  /** Active fee schedules in the change's scope when requested. */
  total: number;
  /** The ChangePreview as JSON, once done. */
  result: string | null;
  error: string | null;
  requested_by: string | null;
  requested_at: string;
  finished_at: string | null;
}

/** A one-time submission key of a create form, scoped to its actor (primary key actor_id + key). */
export interface SubmissionKeysTable {
  actor_id: string;
  key: string;
  /** The kind of form, e.g. "filing". */
  form: string;
  /** SHA-256 (hex) of what was submitted under the key. */
  fingerprint: string;
  /** What a repeat is answered with, as JSON; null only inside the claiming transaction. */
  result: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  actor_id: string | null;
  action: string;
  entity: string;
  entity_id: string;
  detail: string;
  request_id: string | null;
  created_at: string;
  /** Place in the hash chain (app/domain/audit/audit-chain.server.ts); null for entries written before it began. */
  seq: number | null;
  prev_hash: string | null;
  hash: string | null;
}

/** The audit chain's head: one row (id 1), the last entry's place and hash. */
export interface AuditChainTable {
  id: number;
  seq: number;
  hash: string;
  started_at: string;
}

/**
 * A verification of the audit chain started from the administrator's page (app/domain/audit/audit-verification.server.ts):
 * walked by a job up to the head recorded when it began, its cursor the last entry checked.
 */
export interface AuditVerificationsTable {
  id: string;
  status: AuditVerificationStatus;
  /** 1 while it runs, null once it ended: unique, so one runs at a time. */
  running: number | null;
  requested_by: string | null;
  started_at: string;
  /** When a stretch was last checked (or it began): a running one that has not moved for long may be replaced. */
  progressed_at: string;
  finished_at: string | null;
  head_seq: number;
  head_hash: string;
  chain_started_at: string;
  checked: number;
  /** Entries written before the chain began; null until the first stretch counted them. */
  before_chain: number | null;
  cursor_seq: number;
  cursor_hash: string;
  /** The first broken link (ChainBreak) as JSON; null while running and when it holds. */
  broken: string | null;
}

/** running: walking; holds / broken: its result; abandoned: replaced by a later one after it stopped moving. */
export type AuditVerificationStatus = "running" | "holds" | "broken" | "abandoned";

/** Where a public case stands (app/domain/publication/public-case.service.server.ts). */
export type PublicCaseStatus = "draft" | "pending_approval" | "returned" | "published" | "withdrawn";
/** Why a public case was taken down: its term ended, its decision was overturned, or the case was decided anew. */
export type PublicCaseWithdrawal = "expired" | "overturned" | "superseded";
/** The violation decisions a public case is drafted from. */
export type PublicCaseDecisionKind = Extract<CaseDecisionKind, "rectification_ordered" | "refund_ordered" | "penalty">;

/**
 * An anonymised violation case for publication: one per decided violation,
 * from the drafting job's first draft to its withdrawal. `content` is the
 * frozen JSON the public reads, written at approval and cleared at withdrawal.
 */
export interface PublicCasesTable {
  id: string;
  /** case + decision day + kind: the drafting job's idempotency key. */
  decision_key: string;
  case_id: string;
  kindergarten_id: string;
  region_code: string;
  nature: KindergartenNature;
  rule_id: string;
  decision_kind: PublicCaseDecisionKind;
  decided_on: string;
  status: PublicCaseStatus;
  /** Bumped by every step: a step sent with an older version is refused. */
  version: Generated<number>;
  /** The current revision's number (public_case_revisions). */
  revision: Generated<number>;
  /** 20 working days after the decision (行政处罚信息公示规定 Art. 9). */
  publish_due_on: string;
  /** The officer who submitted the current revision for approval. */
  submitted_by: string | null;
  published_at: string | null;
  published_on: string | null;
  published_by: string | null;
  /** When the retention of the decision's kind ends (Art. 13: 3 months or 3 years). */
  withdraw_due_on: string | null;
  withdrawn_at: string | null;
  withdrawal_reason: PublicCaseWithdrawal | null;
  content: string | null;
  created_at: string;
  updated_at: string;
}

/** One version of a draft's free texts; never edited, a change is the next revision. */
export interface PublicCaseRevisionsTable {
  public_case_id: string;
  revision: number;
  summary: string;
  narrative: string;
  complaint_excerpt: string;
  /** null: the system's first draft. */
  author_id: string | null;
  created_at: string;
}

export interface PublicCaseEventsTable {
  id: string;
  public_case_id: string;
  kind: "drafted" | "revised" | "submitted" | "returned" | "published" | "withdrawn";
  actor_id: string | null;
  /** JSON: the step's reason, revision, and the like. */
  payload: string;
  created_at: string;
}

/** Where a statistics row counts: districts are counted from the sources, the levels above are their sums. */
export type StatisticsLevel = "district" | "city" | "province" | "country";

/**
 * A precomputed public figure (app/domain/statistics/): one metric and key
 * (a rule, a decision kind …) of one region and month ('YYYY-MM', Asia/Shanghai).
 * Only non-zero figures have rows. The country's region_code is '000000'.
 */
export interface StatisticsCellsTable {
  level: StatisticsLevel;
  region_code: string;
  month: string;
  metric: string;
  key: string;
  value: number;
}

/** A kindergarten's complaints (投诉 and 举报) received in a year and where they stand, counted by the statistics refresh. */
export interface KindergartenComplaintStatisticsTable {
  kindergarten_id: string;
  year: string;
  /** The kindergarten's district when counted. */
  region_code: string;
  received: number;
  complaints: number;
  reports: number;
  pending: number;
  rejected: number;
  agreement: number;
  no_agreement: number;
  case_opened: number;
  no_case: number;
  closed: number;
}

/**
 * A statistics cell whose sources changed since it was last counted, written
 * by triggers in the writer's transaction: (district, region code, 'YYYY-MM')
 * or (kindergarten, kindergarten id, 'YYYY'). Every change bumps generation.
 */
export interface StatisticsDirtyTable {
  kind: "district" | "kindergarten";
  subject: string;
  period: string;
  generation: number;
}

/**
 * A counter per public source (public_cases, statistics, kindergartens_public, regions), bumped by triggers on
 * every write to it (2026-12-04T0300): what the shared public reads are keyed by.
 */
export interface PublicReadVersionsTable {
  source: string;
  version: number;
}

/**
 * A counter per region of the cases, bumped by triggers on every write to inspection_cases in it
 * (2026-12-04T0400): what an officer's kept queue pages are stamped with.
 */
export interface CaseReadVersionsTable {
  region_code: string;
  version: number;
}

/** The last year whose holiday notice the stored case deadlines were reckoned with (one row, id 1). */
export interface CaseClockCalendarTable {
  id: number;
  known_through_year: number;
  updated_at: string;
}

/**
 * A series of written notices' numbers (文书编号): per issuing authority (the deciding officer's region and agency),
 * kind of notice and year, the last number given (app/domain/cases/case-notice-number.server.ts).
 */
export interface NoticeNumberSeriesTable {
  issuer_region: string;
  issuer_agency: string;
  notice_kind: string;
  year: number;
  last_number: number;
}

export interface Database {
  regions: RegionsTable;
  kindergartens: KindergartensTable;
  kindergarten_search: KindergartenSearchTable;
  kindergarten_name_grams: KindergartenNameGramsTable;
  kindergarten_gram_counts: KindergartenGramCountsTable;
  users: UsersTable;
  sessions: SessionsTable;
  bank_accounts: BankAccountsTable;
  evidence_files: EvidenceFilesTable;
  account_flags: AccountFlagsTable;
  account_check_mismatches: AccountCheckMismatchesTable;
  meal_fund_accounts: MealFundAccountsTable;
  meal_fund_flags: MealFundFlagsTable;
  meal_fund_checks: MealFundChecksTable;
  account_flag_checks: AccountFlagChecksTable;
  guidance_prices: GuidancePricesTable;
  guidance_price_batches: GuidancePriceBatchesTable;
  rule_parameter_sets: RuleParameterSetsTable;
  reevaluation_runs: ReevaluationRunsTable;
  reevaluation_run_kindergartens: ReevaluationRunKindergartensTable;
  change_previews: ChangePreviewsTable;
  rule_activations: RuleActivationsTable;
  rule_version_fingerprints: RuleVersionFingerprintsTable;
  fee_item_types: FeeItemTypesTable;
  fee_filings: FeeFilingsTable;
  fee_items: FeeItemsTable;
  rule_results: RuleResultsTable;
  rule_texts: RuleTextsTable;
  inspection_cases: InspectionCasesTable;
  case_clock_calendar: CaseClockCalendarTable;
  notice_number_series: NoticeNumberSeriesTable;
  case_events: CaseEventsTable;
  case_answers: CaseAnswersTable;
  case_files: CaseFilesTable;
  complaints: ComplaintsTable;
  complaint_items: ComplaintItemsTable;
  complaint_evidence: ComplaintEvidenceTable;
  complaint_events: ComplaintEventsTable;
  complaint_flags: ComplaintFlagsTable;
  outbox: OutboxTable;
  submission_keys: SubmissionKeysTable;
  audit_log: AuditLogTable;
  audit_chain: AuditChainTable;
  audit_verifications: AuditVerificationsTable;
  spot_check_draws: SpotCheckDrawsTable;
  spot_check_picks: SpotCheckPicksTable;
  spot_check_exclusions: SpotCheckExclusionsTable;
  public_cases: PublicCasesTable;
  public_case_revisions: PublicCaseRevisionsTable;
  public_case_events: PublicCaseEventsTable;
  statistics_cells: StatisticsCellsTable;
  kindergarten_complaint_statistics: KindergartenComplaintStatisticsTable;
  statistics_dirty: StatisticsDirtyTable;
  public_read_versions: PublicReadVersionsTable;
  case_read_versions: CaseReadVersionsTable;
}

export type Region = Selectable<RegionsTable>;
export type Kindergarten = Selectable<KindergartensTable>;
export type NewKindergarten = Insertable<KindergartensTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type BankAccount = Selectable<BankAccountsTable>;
export type GuidancePrice = Selectable<GuidancePricesTable>;
export type FeeItemType = Selectable<FeeItemTypesTable>;
export type FeeFiling = Selectable<FeeFilingsTable>;
export type FeeItem = Selectable<FeeItemsTable>;
export type RuleResult = Selectable<RuleResultsTable>;
export type InspectionCase = Selectable<InspectionCasesTable>;
export type InspectionCaseUpdate = Updateable<InspectionCasesTable>;
export type CaseEvent = Selectable<CaseEventsTable>;
export type Complaint = Selectable<ComplaintsTable>;
export type OutboxRow = Selectable<OutboxTable>;
export type GuidancePriceBatch = Selectable<GuidancePriceBatchesTable>;
export type RuleParameterSet = Selectable<RuleParameterSetsTable>;
export type ReevaluationRun = Selectable<ReevaluationRunsTable>;
export type RuleActivation = Selectable<RuleActivationsTable>;
