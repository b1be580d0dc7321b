/**
 * The officers' case queue as a URL: every filter, the sort, the page size
 * and the cursor are query parameters, so a view can be bookmarked and
 * shared. One reader for the page and the exports (CSV, XLSX): a value that
 * does not parse is left out and named (`ignored`), never a 5xx; the page
 * says which were ignored, an export refuses them (it must not export more
 * than was asked for). Client-safe: the page builds its links with
 * `queueSearch`.
 *
 * | param      | values                                                                    | default |
 * |------------|---------------------------------------------------------------------------|---------|
 * | state      | open (every state but closed), all, pending (the state "open"), in_progress, awaiting_answer, answered, decided, closed | open |
 * | city       | a city's code (330200) inside a province's or everyone's scope: the scope narrowed to the city (its districts are then offered); another's, or a code that names no city, is ignored and named; a city officer's own code changes nothing | the whole scope |
 * | district   | a district's code (330203) inside the actor's scope (and inside `city`, when given): the scope narrowed to it; a city's code: that city's own cases (市本级: kindergartens registered with the city itself, not a district); another's, or a code that names neither, is ignored and named (by the domain: which codes are in scope is data) | the whole scope |
 * | severity   | red, amber, info                                                          | any |
 * | rule       | a rule id of the rule files (R04, A02 …) or COMPLAINT / SPOT_CHECK; an id no rule has is ignored and named | any |
 * | source     | rule, complaint, spot_check                                               | any |
 * | assignee   | me, none, or a user id                                                    | anyone |
 * | overdue    | 1: the deadline has passed (due state overdue)                            | |
 * | within     | 1..60: due within that many working days from today (with overdue=1: either, see filterConflicts) | |
 * | term       | 2027-spring …                                                             | any |
 * | decided    | this_month, last_month (Asia/Shanghai calendar months, counted from today), or a month 2026-11: the decision in force was made that month (decided_on) | |
 * | nature     | public, inclusive_private, nonprofit_private, forprofit_private           | any |
 * | escalated  | 1: escalated to the city's queue, and not decided since (a decided case's escalation is history) | |
 * | extension  | 1: the assignee asked to extend the verification clock, a lead has not yet answered | |
 * | cleared    | 1: 原因已消除, a re-evaluation found the case's rule no longer flags the newest filing (flags_cleared_at) | |
 * | q          | words of the kindergarten's name (separated by spaces, commas or 、, each to occur; a word naming a region is that region when nothing is found as typed), or its 18-character USCC or its beginning, in any width or case (at most 50 characters); more than SEARCH_MAX_TERMS words is refused by the domain (searchRefusal): said at the search box, the view read without it, an export refused | |
 * | sort       | priority (severity, due date), due, opened (newest first), updated (latest first); by priority or due, cases without a running clock (decided, closed) come last, latest settled first | priority |
 * | size       | 20, 50, 100                                                               | 50 |
 * | after      | the keyset cursor of the next page: the page after that row (names its sort; another sort's or a mangled one = the first page) | |
 * | before     | the keyset cursor of the previous page: the page before that row, read along the same index backwards (with `after`, ignored and named; reaching the beginning = the first page) | |
 */
import { z } from "zod";
import { cleanText } from "~/utils/clean-text";
import type { CaseSource, CaseStatus, KindergartenNature, Severity } from "~/db/schema";
import { CASE_DUE_SOON_WORKING_DAYS } from "./case-clock";
import { sourceOfRule } from "./case-sources";

export const QUEUE_STATES = ["open", "pending", "in_progress", "awaiting_answer", "answered", "decided", "closed", "all"] as const;
export type QueueState = (typeof QUEUE_STATES)[number];
/** The case states, each behind its tab (the state "open" is the tab "pending": "open" names every state but closed). */
export const CASE_STATUSES = ["open", "in_progress", "awaiting_answer", "answered", "decided", "closed"] as const satisfies readonly CaseStatus[];
export const SEVERITIES = ["red", "amber", "info"] as const satisfies readonly Severity[];
export const CASE_SOURCES = ["rule", "complaint", "spot_check"] as const satisfies readonly CaseSource[];
export const NATURES = ["public", "inclusive_private", "nonprofit_private", "forprofit_private"] as const satisfies readonly KindergartenNature[];
export const QUEUE_SORTS = ["priority", "due", "opened", "updated"] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const PAGE_SIZES = [20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 50;
export const WITHIN_MAX_WORKING_DAYS = 60;
export const SEARCH_MAX = 50;
export const CURSOR_MAX = 300;
/** The most rows one export holds. */
export const EXPORT_MAX_ROWS = 200_000;

/** The tab of a case state. */
export function tabOfStatus(status: CaseStatus): QueueState {
  return status === "open" ? "pending" : status;
}

/** The case states a tab shows. */
export function statusesOf(state: QueueState): readonly CaseStatus[] {
  if (state === "all") return CASE_STATUSES;
  if (state === "open") return CASE_STATUSES.filter((s) => s !== "closed");
  return [state === "pending" ? "open" : state];
}

export interface CaseQueueFilters {
  state: QueueState;
  /** One city of the actor's scope (a province's officer, the admin): the scope narrowed to it. */
  city?: string;
  /** One district of the actor's scope (a city's or a province's officer, the admin): the scope narrowed to it; a city's code: its own cases. */
  district?: string;
  severity?: Severity;
  rule?: string;
  source?: CaseSource;
  /** "me", "none" or a user id. */
  assignee?: string;
  overdue: boolean;
  /** Due within this many working days (from today, today included). */
  within?: number;
  term?: string;
  /** Decided in a calendar month: this_month, last_month or YYYY-MM (decidedMonth). */
  decided?: string;
  nature?: KindergartenNature;
  escalated: boolean;
  /** Only cases whose verification extension waits for a lead's answer. */
  extension: boolean;
  /** Only cases whose reason a re-evaluation found gone (原因已消除): an officer decides and closes them. */
  cleared: boolean;
  /** Part of the kindergarten's name, or its USCC. */
  q?: string;
  sort: QueueSort;
  size: PageSize;
  /** The page after this row's key (keyset cursor). */
  after?: string;
  /** The page before this row's key (keyset cursor, read backwards); never with `after`. */
  before?: string;
}

export const DEFAULT_FILTERS: CaseQueueFilters = { state: "open", overdue: false, escalated: false, extension: false, cleared: false, sort: "priority", size: DEFAULT_PAGE_SIZE };

/** How many years of terms the term filter offers, back from next year's (cases older than that are found by URL). */
const TERM_CHOICE_YEARS = 6;

/** The term filter's choices on a day: next year's terms back to five years ago, newest first ("2027-autumn", "2027-spring", …). */
export function queueTermChoices(today: string): string[] {
  const next = Number(today.slice(0, 4)) + 1;
  return Array.from({ length: TERM_CHOICE_YEARS }, (_, i) => next - i).flatMap((year) => [`${year}-autumn`, `${year}-spring`]);
}

/** The relative months the decided filter offers; a given month (2026-11) is read from the URL too. */
export const DECIDED_CHOICES = ["this_month", "last_month"] as const;

/**
 * The calendar month (YYYY-MM) a decided filter names on a Shanghai day: this month, the one before, or the month
 * written. Relative words keep a bookmark meaning "this month" month after month.
 */
export function decidedMonth(decided: string, today: string): string {
  if (decided !== "this_month" && decided !== "last_month") return decided;
  const [year, month] = today.split("-").map(Number);
  if (decided === "this_month") return today.slice(0, 7);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, "0")}`;
}

/** The days a decided month covers: from its first day, up to (not including) the next month's first. */
export function decidedDays(decided: string, today: string): { from: string; until: string } {
  const month = decidedMonth(decided, today);
  const [year, m] = month.split("-").map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
  return { from: `${month}-01`, until: `${next}-01` };
}

/**
 * Whether a view is narrowed beyond its tab: a filter or a search other than the defaults (the sort, the page size
 * and the cursors narrow nothing). An empty page then says nothing matched, not that nothing is open.
 */
export function isNarrowed(filters: CaseQueueFilters): boolean {
  return queueSearch({ ...filters, state: DEFAULT_FILTERS.state, sort: DEFAULT_FILTERS.sort, size: DEFAULT_FILTERS.size }) !== "";
}

// The officers' kindergarten search reads a USCC and bounds its names in kindergartens/officer-search.ts, shared with the fee-account queue.
export { KINDERGARTEN_SEARCH_MAX, USCC_PREFIX_SEARCH, USCC_SEARCH } from "~/domain/kindergartens/officer-search";

/**
 * Two filters of a view that no case can meet together, and what the queue does instead: shows the cases that meet
 * either (`either`), or leaves one of them out (`ignored`: the rows, the counts and the exports are read without it;
 * the URL keeps it, so the page can offer it back).
 */
export type QueueConflict =
  | { params: readonly [QueueParam, QueueParam]; applied: "either" }
  | { params: readonly [QueueParam, QueueParam]; applied: "ignored"; ignored: QueueParam };

/**
 * The filters of a view that no case can meet together, from what the filters mean (not from what the data hold
 * today), and what the queue does with each. An empty table with no word why read as "nothing to do".
 *
 * - The state tab against a filter that needs what the tab's cases cannot have: the tab wins (it is the last thing
 *   clicked: the tabs keep the other filters), the filter is left out on this tab and stays in the URL for the
 *   others. A closed case runs no clock, so is never overdue, due within N days, or waiting for an extension; a
 *   decided one is no longer verified (the decision answers a waiting request) and its escalation, if any, is
 *   history; a pending one ("open") has nobody assigned, so is nobody's and nobody asked to extend it.
 * - "Overdue" (the deadline has passed) and "due within N working days" (from today on): the form keeps the box
 *   ticked when a number of days is typed, and the other way round, so which was meant last cannot be told; a busy
 *   officer who leaves both wants the urgent work of the next N days: either is shown.
 * - An extension waiting is asked by the case's assignee: with "nobody assigned", the assignee filter is left out
 *   (the extension list is what the dashboard links to).
 * - A rule whose cases come from another source than the one chosen (sourceOfRule): the source is left out, the
 *   rule says it.
 * - Decided in a month, on a tab of cases not yet decided (pending, in progress, awaiting the answer, answered: a
 *   reopened case's decision is cleared): the tab wins. With an escalation in force or an extension waiting, which a
 *   decided case cannot have (its escalation is history, its verification over): the month wins, the report it is
 *   asked for.
 *
 * The page says each one and links to each filter alone.
 */
export function filterConflicts(filters: CaseQueueFilters): QueueConflict[] {
  return resolveConflicts(filters).conflicts;
}

/** The filters the rows and counts are read under: those of the view less each one a conflict leaves out. */
export function appliedFilters(filters: CaseQueueFilters): CaseQueueFilters {
  return resolveConflicts(filters).applied;
}

/** The tabs whose cases run no clock (closed), and those where no extension can be waiting (no verification, or nobody to ask). */
const NO_CLOCK_STATES: readonly QueueState[] = ["closed"];
const NO_EXTENSION_STATES: readonly QueueState[] = ["closed", "decided", "pending"];
/** The tabs whose cases are decided: an escalation is history there (isEscalated, case-state.server.ts). */
const NO_ESCALATION_STATES: readonly QueueState[] = ["closed", "decided"];
/** The tabs whose cases hold no decision in force (decided_on: set by a decision, cleared by reopening). */
const UNDECIDED_STATES: readonly QueueState[] = ["pending", "in_progress", "awaiting_answer", "answered"];

function resolveConflicts(filters: CaseQueueFilters): { conflicts: QueueConflict[]; applied: CaseQueueFilters } {
  const conflicts: QueueConflict[] = [];
  const applied: CaseQueueFilters = { ...filters };
  const ignore = (kept: QueueParam, left: "overdue" | "within" | "extension" | "escalated" | "assignee" | "source" | "decided") => {
    conflicts.push({ params: [kept, left], applied: "ignored", ignored: left });
    if (left === "overdue" || left === "extension" || left === "escalated") applied[left] = false;
    else applied[left] = undefined;
  };
  if (NO_CLOCK_STATES.includes(filters.state)) {
    if (filters.overdue) ignore("state", "overdue");
    if (filters.within !== undefined) ignore("state", "within");
  }
  if (filters.state === "pending" && filters.assignee !== undefined && filters.assignee !== "none") ignore("state", "assignee");
  if (NO_EXTENSION_STATES.includes(filters.state) && filters.extension) ignore("state", "extension");
  if (NO_ESCALATION_STATES.includes(filters.state) && filters.escalated) ignore("state", "escalated");
  if (UNDECIDED_STATES.includes(filters.state) && filters.decided !== undefined) ignore("state", "decided");
  if (applied.decided !== undefined && applied.escalated) ignore("decided", "escalated");
  if (applied.decided !== undefined && applied.extension) ignore("decided", "extension");
  if (applied.overdue && applied.within !== undefined) conflicts.push({ params: ["overdue", "within"], applied: "either" });
  if (applied.extension && applied.assignee === "none") ignore("extension", "assignee");
  if (applied.rule && applied.source && sourceOfRule(applied.rule) !== applied.source) ignore("rule", "source");
  return { conflicts, applied };
}

const PARAMS = {
  state: z.enum(QUEUE_STATES),
  // GB/T 2260: six digits. Whether it is a city of the actor's scope is the domain's to say.
  city: z.string().regex(/^\d{6}$/),
  // GB/T 2260: six digits. Whether it is a district of the actor's scope is the domain's to say (case-queue.server.ts).
  district: z.string().regex(/^\d{6}$/),
  severity: z.enum(SEVERITIES),
  rule: z.string().regex(/^[A-Z][A-Z0-9_]{0,31}$/),
  source: z.enum(CASE_SOURCES),
  assignee: z.union([z.literal("me"), z.literal("none"), z.string().regex(/^[0-9A-Za-z_-]{1,64}$/)]),
  overdue: z.literal("1"),
  within: z.string().regex(/^\d{1,2}$/).transform(Number).pipe(z.number().int().min(1).max(WITHIN_MAX_WORKING_DAYS)),
  term: z.string().regex(/^\d{4}-(spring|autumn)$/),
  decided: z.union([z.enum(DECIDED_CHOICES), z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)]),
  nature: z.enum(NATURES),
  escalated: z.literal("1"),
  extension: z.literal("1"),
  cleared: z.literal("1"),
  q: z.string().transform((s) => cleanText(s).trim().slice(0, SEARCH_MAX)),
  sort: z.enum(QUEUE_SORTS),
  size: z.enum(["20", "50", "100"]).transform((s) => Number(s) as PageSize),
  after: z.string().max(CURSOR_MAX).regex(/^[A-Za-z0-9_-]+$/),
  before: z.string().max(CURSOR_MAX).regex(/^[A-Za-z0-9_-]+$/),
} as const;
type ParamName = keyof typeof PARAMS;
/** A parameter of the queue's URL. */
export type QueueParam = ParamName;
export const QUEUE_PARAMS = Object.keys(PARAMS) as ParamName[];

/**
 * The queue's filters from a query string: each parameter on its own, a
 * repeated or malformed one left out and named in `ignored` (an empty one is
 * simply not given). Other parameters (Remix's `index`, `_data`) are not read.
 * On the server `knownRules` (caseRuleIds: the rule files' ids and the sources
 * no rule opens) leaves out a well-formed rule id that names no rule (`R99`, a
 * typo in a shared link): read, it would show an empty queue with no word why.
 */
export function readQueueQuery(params: URLSearchParams, knownRules?: ReadonlySet<string>): { filters: CaseQueueFilters; ignored: ParamName[] } {
  const filters: CaseQueueFilters = { ...DEFAULT_FILTERS };
  const ignored: ParamName[] = [];
  for (const name of QUEUE_PARAMS) {
    const values = params.getAll(name);
    if (values.length === 0 || (values.length === 1 && values[0].trim() === "")) continue;
    const parsed = values.length === 1 ? PARAMS[name].safeParse(values[0]) : null;
    if (!parsed?.success) {
      ignored.push(name);
      continue;
    }
    const value = parsed.data;
    if (name === "overdue" || name === "escalated" || name === "extension" || name === "cleared") filters[name] = true;
    else if (name === "rule" || name === "term" || name === "district" || name === "city" || name === "decided") filters[name] = value as string;
    else if (name === "q") filters.q = (value as string) || undefined;
    else Object.assign(filters, { [name]: value });
  }
  if (filters.rule !== undefined && knownRules && !knownRules.has(filters.rule)) {
    filters.rule = undefined;
    ignored.push("rule");
  }
  // One direction: a page is after a row or before one (a link writes one of them), the forward one read.
  if (filters.after !== undefined && filters.before !== undefined) {
    filters.before = undefined;
    ignored.push("before");
  }
  return { filters, ignored };
}

/**
 * The query string of a view: only what differs from the defaults, in a
 * stable order, so equal views have equal URLs. `changes` override the
 * filters (null removes one); the cursors (either direction) are dropped unless given again.
 */
export function queueSearch(filters: CaseQueueFilters, changes: Partial<Record<ParamName, string | number | boolean | null>> = {}): string {
  const merged: Record<string, unknown> = { ...filters, after: undefined, before: undefined, ...changes };
  const out = new URLSearchParams();
  for (const name of QUEUE_PARAMS) {
    const value = merged[name];
    if (value === undefined || value === null || value === false || value === "") continue;
    if (name in DEFAULT_FILTERS && value === DEFAULT_FILTERS[name as keyof CaseQueueFilters]) continue;
    out.set(name, value === true ? "1" : String(value));
  }
  const text = out.toString();
  return text ? `?${text}` : "";
}

/** The case page's parameter naming the queue's view it was opened from (that view's query string). */
export const QUEUE_VIEW_PARAM = "queue";
/** Longer than any view a link of the queue writes (every filter, a search and a cursor); a longer one is not read. */
const QUEUE_VIEW_MAX = 1000;

/**
 * A case's address as the queue's rows link it: with the view shown (its filters, order and page), so that the case
 * page's way back returns an officer working through a filtered queue to the same view and page, not the whole queue.
 */
export function caseHrefFromQueue(caseId: string, filters: CaseQueueFilters): string {
  const view = queueSearch(filters, { after: filters.after ?? null, before: filters.before ?? null }).slice(1);
  return `/officer/cases/${caseId}${view ? `?${QUEUE_VIEW_PARAM}=${encodeURIComponent(view)}` : ""}`;
}

/**
 * The queue's address a case page links back to, from the case page's query string: the view it was opened from,
 * read as the queue reads it and written again (so only the queue's own parameters, well-formed, reach the link);
 * the queue's default view when there is none.
 */
export function queueHrefFrom(caseSearch: string): string {
  const view = new URLSearchParams(caseSearch).get(QUEUE_VIEW_PARAM);
  if (!view || view.length > QUEUE_VIEW_MAX) return "/officer/cases";
  const { filters } = readQueueQuery(new URLSearchParams(view));
  return `/officer/cases${queueSearch(filters, { after: filters.after ?? null, before: filters.before ?? null })}`;
}

/**
 * The views the figures above the tabs open (overdue, due within CASE_DUE_SOON_WORKING_DAYS working days, my cases),
 * beside the state tabs and the severity chips, and alike: each keeps the view's search and filters and starts at
 * its first page, and is a toggle, as a chip is (the view already showing it is `current`, and its link leaves it
 * out). Overdue and due soon replace each other (together they would read as either). A tab whose cases cannot
 * meet the filter (closed cases run no clock; pending ones are nobody's) gives way to every unfinished case: the
 * figure's link never opens a view that leaves its own filter out.
 */
export type QuickView = "overdue" | "dueSoon" | "mine";
export const QUICK_VIEWS: readonly QuickView[] = ["overdue", "dueSoon", "mine"];

export function quickView(filters: CaseQueueFilters, quick: QuickView): { filters: CaseQueueFilters; current: boolean } {
  const shown = appliedFilters(filters);
  const holds = (f: CaseQueueFilters) =>
    quick === "overdue" ? f.overdue && f.within === undefined : quick === "dueSoon" ? f.within === CASE_DUE_SOON_WORKING_DAYS && !f.overdue : f.assignee === "me";
  const current = holds(shown);
  const base: CaseQueueFilters = { ...filters, after: undefined, before: undefined };
  if (current) {
    const off = quick === "overdue" ? { overdue: false } : quick === "dueSoon" ? { within: undefined } : { assignee: undefined };
    return { filters: { ...base, ...off }, current };
  }
  const on =
    quick === "overdue" ? { overdue: true, within: undefined } : quick === "dueSoon" ? { overdue: false, within: CASE_DUE_SOON_WORKING_DAYS } : { assignee: "me" };
  const next: CaseQueueFilters = { ...base, ...on };
  return { filters: holds(appliedFilters(next)) ? next : { ...next, state: DEFAULT_FILTERS.state }, current };
}

/** The filters a count of the whole result depends on (not the sort, the page size or the cursors). */
export function filterKey(filters: CaseQueueFilters): string {
  return queueSearch({ ...filters, sort: DEFAULT_FILTERS.sort, size: DEFAULT_FILTERS.size });
}

/** The dashboard's figures (工作概况), which list a lead's two kinds of waiting work side by side, each opening its view. */
export const DASHBOARD_FIGURES_ID = "dashboard-figures";

/**
 * Where a lead's header badge (待处理 N: case-lead-waiting.server.ts) leads: the one view that lists what waits when
 * only one kind does (the extensions asked for, `extension=1`; the escalations in force, `escalated=1`, as the
 * dashboard's figures open them), and the dashboard's figures when both do, where each has its link: no one view
 * of the queue lists both (its filters narrow together), and its unfiltered first page lists neither first.
 */
export function leadWaitingHref(waiting: { extensions: number; escalations: number }): string {
  if (waiting.extensions > 0 && waiting.escalations === 0) return "/officer/cases?extension=1";
  if (waiting.escalations > 0 && waiting.extensions === 0) return "/officer/cases?escalated=1";
  return `/officer/dashboard#${DASHBOARD_FIGURES_ID}`;
}
