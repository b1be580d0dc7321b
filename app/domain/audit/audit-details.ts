/**
 * The keys of an audit entry's detail, and how their values are worded on the admin's page (client-safe: no
 * database, no server). Every key the code writes, at the top of a detail or inside one of its structured values
 * (a user's `from`/`to`, a kindergarten's `changes`, an export's `filters` …), is listed here; its words in both
 * languages are typed by this list (app/i18n/features/audit.ts), so a key listed without them fails to compile.
 * `AuditEntry.detail` is typed by it too (a literal key not listed fails to compile), and the test suite checks
 * every entry it writes, spreads and payloads included (tests/setup/setup-env.ts, `unlabelledDetailKeys`), and
 * the demo's entries (tests/domain/audit-detail-labels.test.ts).
 *
 * Labels: a key is labelled `audit.detailKey.<key>`, except where its meaning differs by action (`AUDIT_DETAIL_LABELS`:
 * an export's filters are named as its page names them: the accounts overview's `state` is an account's, not a case's).
 *
 * Values: an enumerated value (a status, a role, a decision, `via` …) is worded by the message the rest of the
 * portal shows for it (`AUDIT_DETAIL_VALUES`: a prefix the code is appended to, or a map), never a copy of it; a
 * term or a flag (`2026-autumn`, `R04:red`) by the portal's own formatters (`format`); a value without such words
 * (an id, a date, free text, a code of an older entry) is shown as it is stored. The
 * test suite checks every entry it writes for a code without words (`unwordedDetailCodes`): a lowercase word
 * under a key that is not free text (`AUDIT_DETAIL_AS_STORED`).
 */
import { isMessageKey, translate, type Lang, type MessageKey } from "~/i18n";
import type { LocalizedText } from "~/rules/types";
import { formatTerm } from "~/utils/term";
import type { AuditAction, AuditFamily } from "./audit-actions";

export const AUDIT_DETAIL_KEYS = [
  // Accounts (user.*)
  "username",
  "displayName",
  "role",
  "agency",
  "regionCode",
  "kindergartenId",
  // The accounts overview's region filter (user.export_operators' `filters`)
  "region",
  "lead",
  "via",
  "temporaryPassword",
  "sessionsRevoked",
  "wasTemporary",
  "otherSessionsRevoked",
  // Changes: a step's states, an account's or a fee item's fields, a registry record's fields
  "from",
  "to",
  "version",
  "revision",
  "reason",
  "note",
  // The kindergarten registry (kindergarten.*, region.load)
  "uscc",
  "changes",
  "approvedName",
  "nameInUse",
  "nature",
  "grade",
  "address",
  "status",
  "fileName",
  "new",
  "changed",
  "unchanged",
  "refused",
  "province",
  "inserted",
  "renamed",
  "absent",
  "code",
  // Fee accounts, meal funds, filings
  "effectiveFrom",
  "flagged",
  "endedAccountId",
  "evaluated",
  "fired",
  "month",
  "incomeFen",
  "spendingFen",
  "accountId",
  "term",
  "items",
  "rules",
  "flags",
  "cases",
  // Cases (case.*)
  "assignee",
  "answerDueOn",
  "kind",
  "basis",
  "sanction",
  "byDate",
  "amountFen",
  "families",
  "article",
  "documentNo",
  "noticeNo",
  "files",
  "answerId",
  "format",
  "filters",
  "rows",
  "limited",
  "complete",
  "previousDecision",
  "ruleId",
  "ruleVersion",
  "filingId",
  "severity",
  "previousSeverity",
  "flagsReturned",
  "filingVersion",
  "previousFilingId",
  "cause",
  "runId",
  "noticeRuleVersion",
  "itemKey",
  "itemName",
  "complaintCount",
  "complaintIds",
  "source",
  "followUpDueOn",
  "dueKind",
  "dueOn",
  "toCity",
  "toLeadOf",
  "previousDueOn",
  "calendarYear",
  // The case queue's filters of an export (case.export's `filters`)
  "state",
  "city",
  "district",
  "rule",
  "overdue",
  "within",
  "decided",
  "escalated",
  "extension",
  "cleared",
  "q",
  "sort",
  // Complaints (complaint.*)
  "track",
  "ground",
  "toRegion",
  "approver",
  "outcome",
  "refundFen",
  "caseId",
  "replied",
  "workingDays",
  "endedOn",
  "finishedOn",
  "retentionMonths",
  "erased",
  // Random spot checks
  "stratify",
  "requested",
  "seedGiven",
  "inputsSha256",
  "kindergartens",
  "excluded",
  "underInspection",
  "redrawOf",
  "redrawReason",
  // Guidance prices, the fee-item catalogue, regional parameters
  "activated",
  "superseded",
  "supersededIds",
  /** A draft guidance-price batch's rows before its edit replaced them. */
  "previousRows",
  "category",
  "nameZh",
  "nameEn",
  "params",
  "level",
  "retired",
  // Re-evaluation and rule versions
  "subjectId",
  "total",
  "afterCursor",
  "cursor",
  "newlyFlagged",
  "filing",
  "outboxId",
  "error",
  "activeFrom",
  "activeTo",
  "file",
  "ended",
  "was",
  // A verification of the audit chain (audit_chain.verified); its `outcome` and its break's `reason` too
  "headSeq",
  "headHash",
  "checked",
  "beforeChain",
  "brokenAt",
] as const;

export type AuditDetailKey = (typeof AUDIT_DETAIL_KEYS)[number];

/** What an entry's detail may hold: the listed keys (a literal key not listed fails to compile at `recordAudit`). */
export type AuditDetail = { [K in AuditDetailKey]?: unknown };

const keySet: ReadonlySet<string> = new Set(AUDIT_DETAIL_KEYS);
/** Entries written before a key was renamed, or by hand, hold other keys: the page shows those as they are. */
export const isAuditDetailKey = (key: string): key is AuditDetailKey => keySet.has(key);

/**
 * Values whose keys are data, not code: a rule's parameters by their names (worded by the rules' own parameter
 * names where there are some, `param.*`), the rule versions a filing was judged by, by rule id.
 * Their keys are not checked against the list.
 */
export const AUDIT_DETAIL_DATA_KEYED: ReadonlySet<AuditDetailKey> = new Set<AuditDetailKey>(["params", "rules"]);

/** What a value's formatter reads besides the value: the reader's language, the rules' titles by id (when known). */
export interface WordingContext {
  lang: Lang;
  ruleTitles?: Readonly<Record<string, LocalizedText>>;
}

/**
 * How an enumerated value is worded: the message `prefix + value`, the first of several prefixes that has one
 * (a complaint's outcome is a mediation's or a filing decision's), or a map from the value to its message.
 * `vars` gives a message its variables from the entry's other fields. `format`: a value that is no code but has a
 * form of its own (a term, a flag) in the words of the portal's formatter for it; null when it is not of that form.
 */
export interface ValueWords {
  prefixes?: readonly string[];
  map?: Readonly<Record<string, MessageKey>>;
  vars?: (detail: Readonly<Record<string, unknown>>) => Record<string, string | number>;
  format?: (value: string, context: WordingContext) => string | null;
}
/** An officer's list file's format (an export's `format`), in the words of the case queue's links. */
const EXPORT_FORMAT: ValueWords = { map: { csv: "queue.export.csv", xlsx: "queue.export.xlsx" } };
/** By action, by family (the action's part before the dot), or "*" for every entry: the narrowest first. */
type ByFamily<T> = Readonly<Partial<Record<AuditAction | AuditFamily | "*", T>>>;
type ValueWordsByFamily = ByFamily<ValueWords>;

/** The entry's own, its family's or everyone's: the narrowest first. */
function narrowest<T>(byFamily: ByFamily<T> | undefined, action: string): T | null {
  if (!byFamily) return null;
  const family = action.includes(".") ? action.slice(0, action.indexOf(".")) : action;
  return byFamily[action as AuditAction] ?? byFamily[family as AuditFamily] ?? byFamily["*"] ?? null;
}

/**
 * The labels of keys whose meaning differs by action, by the message the page the entry came from names them by:
 * an export's filters are its page's filters (the accounts overview's `state` is an account's state, the case
 * queue's `assignee` may be "me" or "none" as well as an officer's id). Every other key is `audit.detailKey.<key>`.
 */
export const AUDIT_DETAIL_LABELS: Readonly<Partial<Record<AuditDetailKey, ByFamily<MessageKey>>>> = {
  state: { "user.export_operators": "accountOverview.filter.state", "complaint.export": "handling.filter.state" },
  status: { "user.export_operators": "accountOverview.filter.status", "account.export": "account.status" },
  region: { "user.export_operators": "accountOverview.filter.region" },
  sort: { "user.export_operators": "accountOverview.filter.sort" },
  assignee: { "case.export": "case.assignee" },
  // The complaint queue's kindergarten box (its words are kept under the search's key).
  q: { "complaint.export": "handling.filter.kindergarten" },
};

/** The message a key is labelled by in an entry of the action. */
export function detailLabelKey(action: string, key: AuditDetailKey): string {
  return narrowest(AUDIT_DETAIL_LABELS[key], action) ?? `audit.detailKey.${key}`;
}

const p = (...prefixes: string[]): ValueWords => ({ prefixes });

/** A stored flag, `R04:red`: the rule's id, its severity. */
const FLAG = /^([A-Z]+\d+):(info|amber|red)$/;

/** "R04 红色预警", with the rule's title when the caller knows it: "R04 红色预警（收费标准涨幅过高）". */
function flagWords(value: string, { lang, ruleTitles }: WordingContext): string | null {
  const match = FLAG.exec(value);
  if (!match) return null;
  const [, rule, severity] = match;
  const title = ruleTitles?.[rule!];
  const vars = { rule: rule!, severity: translate(lang, `severity.${severity}`) };
  return title ? translate(lang, "audit.flag.titled", { ...vars, title: lang === "en" ? title.en : title.zh }) : translate(lang, "audit.flag", vars);
}

/**
 * The messages the portal already has for each enumerated value, by key. Reused, never copied: the officers'
 * words for a complaint's states (`handling.status.*`), a case's (`case.status.*`), and so on.
 */
export const AUDIT_DETAIL_VALUES: Readonly<Partial<Record<AuditDetailKey, ValueWordsByFamily>>> = {
  // A step's states, by the family whose states they are. Inside a structured value (a registry record's
  // `changes`, a user's fields) `from` and `to` are worded as the field they belong to (detailValueWords).
  from: { case: p("case.status."), complaint: p("handling.status."), publication: p("publication.status.") },
  to: { case: p("case.status."), complaint: p("handling.status."), publication: p("publication.status.") },
  role: { "*": p("users.role.") },
  agency: { "*": p("users.agency.") },
  via: {
    "*": {
      map: {
        admin: "users.role.admin",
        officer: "users.role.officer",
        cli: "audit.via.cli",
        admin_import: "audit.via.admin_import",
        cli_import: "audit.via.cli_import",
        form: "registry.history.viaForm",
        import: "registry.history.viaImport",
        csv: "audit.via.csv",
      },
    },
  },
  nature: { "*": p("nature.") },
  grade: { "*": p("guidance.grade.") },
  category: { "*": p("category.") },
  severity: { "*": p("severity.") },
  previousSeverity: { "*": p("severity.") },
  kind: { case: p("case.decisionKind."), publication: p("case.decisionKind."), complaint: p("handling.kind.") },
  previousDecision: { "*": p("case.decisionKind.") },
  basis: { case: p("case.basis.") },
  sanction: { case: p("case.sanction.") },
  reason: { case: p("case.reopenReason."), publication: p("publication.withdrawal."), reevaluation: p("changes.reason."), audit_chain: p("audit.verify.reason.") },
  cause: { case: { prefixes: ["case.clearCause."], vars: (d) => ({ version: typeof d.filingVersion === "number" ? d.filingVersion : "?" }) } },
  source: { "*": p("case.source.") },
  dueKind: { case: p("queue.clockShort."), complaint: p("handling.dueKind.") },
  track: { complaint: p("handling.trackName.") },
  ground: { complaint: p("handling.ground.") },
  outcome: { complaint: p("handling.outcomeName.", "handling.decisionName."), audit_chain: p("audit.verify.outcome.") },
  stratify: { spot_check: p("spotChecks.stratify.") },
  level: { "*": p("regions.level.") },
  sort: { case: p("queue.sort."), "user.export_operators": p("accountOverview.sort.") },
  article: { case: p("case.article.") },
  // A filing's term, a case queue's term filter: 2026年秋季学期.
  term: { "*": { format: (value, { lang }) => formatTerm(value, lang) } },
  // The flags an evaluation stored (a filing's, an account's, a meal-fund month's): the rule's id and severity.
  flags: { "*": { format: flagWords } },
  fired: { "*": { format: flagWords } },
  // What a complaint's contact erasure erased (never the data itself).
  erased: { complaint: p("audit.erased.") },
  // An export's filters: the case queue's (case.export), the operators' overview's (user.export_operators), the
  // account review queue's (account.export: its tab) and the complaint queue's (complaint.export; track and kind as
  // the complaint family's).
  format: { "case.export": EXPORT_FORMAT, "account.export": EXPORT_FORMAT, "complaint.export": EXPORT_FORMAT, "user.export_operators": EXPORT_FORMAT },
  state: {
    "case.export": { map: { open: "queue.tab.open", all: "queue.tab.all", pending: "case.status.open" }, prefixes: ["case.status."] },
    "user.export_operators": p("accountOverview.state."),
    "complaint.export": { map: { open: "handling.filter.open", all: "handling.filter.all" }, prefixes: ["handling.status."] },
  },
  status: { kindergarten: p("rulesConfig.kg.status."), "user.export_operators": p("rulesConfig.kg.status."), "account.export": p("account.status.") },
  // Besides these, the filter's assignee is a user id (and a case's assignee always is): shown as stored.
  assignee: { "case.export": { map: { me: "queue.filter.assigneeMe", none: "case.unassigned" } } },
  // The queue's words for the decided month name the month, which an entry does not hold: its own words.
  decided: { "case.export": p("audit.decided.") },
  // The sources' own rule ids; any other rule's id is shown as stored.
  rule: { "case.export": { map: { COMPLAINT: "case.source.complaint", SPOT_CHECK: "case.source.spot_check" } } },
};

/** The words of a value for its key in an entry of the action (or of its family, given alone), if it has some. */
export function detailValueWords(action: string, key: string, value: string): ValueWords | null {
  return isAuditDetailKey(key) ? narrowest(AUDIT_DETAIL_VALUES[key], action) : null;
}

/**
 * The message a value is worded by, with its variables from the entry's other fields (`detail`); null when it has
 * none (a value without words is shown as stored).
 */
export function detailValueMessage(
  action: string,
  key: string,
  value: string,
  detail: Readonly<Record<string, unknown>>,
): { key: MessageKey; vars?: Record<string, string | number> } | null {
  const words = detailValueWords(action, key, value);
  if (!words) return null;
  const vars = words.vars?.(detail);
  const mapped = words.map?.[value];
  if (mapped) return { key: mapped, vars };
  for (const prefix of words.prefixes ?? []) {
    const message = `${prefix}${value}`;
    if (isMessageKey(message)) return { key: message, vars };
  }
  return null;
}

/** A value in the reader's words (a message's, or a formatter's), null when it has none: shown as stored. */
export function detailValueText(action: string, key: string, value: string, detail: Readonly<Record<string, unknown>>, context: WordingContext): string | null {
  const format = detailValueWords(action, key, value)?.format;
  if (format) return format(value, context);
  const message = detailValueMessage(action, key, value, detail);
  return message ? translate(context.lang, message.key, message.vars) : null;
}

/**
 * Keys whose values may be names, free text people typed, file paths, error messages or ids of any shape (a one-word
 * note, a user id in lowercase, is not a code): never taken for codes, though some of their values have words (a
 * case's reopening `reason`, an export's `assignee` "me"). Ids, dates, numbers and places' codes elsewhere never
 * look like a code.
 */
export const AUDIT_DETAIL_AS_STORED: ReadonlySet<AuditDetailKey> = new Set<AuditDetailKey>([
  "username",
  "assignee",
  "displayName",
  "reason",
  "note",
  "approvedName",
  "nameInUse",
  "address",
  "fileName",
  "documentNo",
  "itemKey",
  "itemName",
  "q",
  "approver",
  "redrawReason",
  "inputsSha256",
  "headHash",
  "nameZh",
  "nameEn",
  "error",
  "file",
]);

/** What an enumerated value looks like: a lowercase word or words joined by underscores (in_progress, no_case). */
const CODE = /^[a-z]+(?:_[a-z]+)*$/;

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * The keys of a detail that have no words: at its top, and inside its structured values (objects, and objects
 * in lists), except the values keyed by data (AUDIT_DETAIL_DATA_KEYED). What the test suite checks every entry
 * it writes against.
 */
export function unlabelledDetailKeys(detail: unknown): string[] {
  const missing = new Set<string>();
  const walk = (value: unknown, depth: number) => {
    if (depth > 6) return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    if (!isPlainObject(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      if (!isAuditDetailKey(key)) missing.add(key);
      else if (!AUDIT_DETAIL_DATA_KEYED.has(key)) walk(inner, depth + 1);
    }
  };
  walk(detail, 0);
  return [...missing];
}

/**
 * The codes of an entry's detail without words, as "key = value": a value that looks like a code under a key whose
 * values are not shown as stored (AUDIT_DETAIL_AS_STORED), with no words for the action. Walked as the
 * admin's page words it: inside structured values a field's `from` and `to` take the field's words.
 */
export function unwordedDetailCodes(action: string, detail: unknown): string[] {
  if (!isPlainObject(detail)) return [];
  const unworded = new Set<string>();
  const walk = (key: string, value: unknown, depth: number) => {
    if (depth > 6) return;
    if (typeof value === "string") {
      if (!CODE.test(value) || !isAuditDetailKey(key) || AUDIT_DETAIL_AS_STORED.has(key)) return;
      if (!detailValueMessage(action, key, value, detail)) unworded.add(`${key} = ${value}`);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(key, item, depth + 1);
    } else if (isPlainObject(value) && !(isAuditDetailKey(key) && AUDIT_DETAIL_DATA_KEYED.has(key))) {
      for (const [inner, innerValue] of Object.entries(value)) walk((inner === "from" || inner === "to") && depth > 0 ? key : inner, innerValue, depth + 1);
    }
  };
  for (const [key, value] of Object.entries(detail)) walk(key, value, 0);
  return [...unworded];
}
