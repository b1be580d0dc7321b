/**
 * The officers' case queue (`/officer/cases`) and its exports: the cases of
 * the actor's scope under the URL's filters (case-queue.schema.ts), in one of
 * four orders, keyset-paginated; the counts of the tabs (by state) and chips
 * (by severity), and the scope's overdue and due-soon figures.
 *
 * Scope: `read:case:any` reads everything, `read:case:region` the actor's
 * district or city as a range of region codes (regionCodeBounds), which an
 * index can serve; another district's case is never in a page, a count or an
 * export. Exports need `export:case:region` / `export:case:any`. A city's,
 * a province's or everyone's view may name one district of the scope
 * (`district`): the scope is then that district's, read as its officer's is.
 *
 * Cost (1,000,000 cases): a page reads along an index in the page's order
 * (migration 2026-12-01T0000_case_queue: open cases by region, severity, due
 * date and id; the same without the region for everywhere; by due date; by
 * assignee) and stops after `size + 1` rows; a city's or a province's page is
 * its regions' pages so read, merged (2–4 ms for a city, 10–22 ms for a
 * province, where sorting their ranges took up to 35 and 210 ms); a kindergarten search
 * first finds the kindergartens (at most KINDERGARTEN_SEARCH_MAX: the scope's range of
 * the search index's normalised names, or one USCC), then their cases. In the priority
 * and due orders, the cases whose clock no longer runs (decided without an order
 * waiting for proof, closed) come after the others, latest settled first: a page
 * reads the live cases along the order's index, then the settled ones along
 * their own (migration 2026-12-04T0200_case_queue_settled), and the cursor names
 * which. The previous page is read the same way backwards (the same indexes walked
 * the other way from the page's first row, `size + 1` rows, turned back): never an
 * offset, so page 300's previous page costs what page 2's does. The counts are one pass of conditional sums over a covering index
 * (region, state, severity, due state, source, …, due date), no sort; the figures above the tabs are read from the
 * same grids (the views they open, quickView: most views count nothing more for them); they are kept
 * per scope, filters and Shanghai day while the scope's cases are unchanged (the scope's
 * version, case-read-version.server.ts: bumped by every write to its cases)
 * and so are the kindergartens they are filtered by (nature, name, USCC: the
 * `kindergartens_public` read version, bumped when the registry changes one),
 * so they are exact and a repeated view does not count again.
 */
import { sql, type ExpressionBuilder, type Expression, type RawBuilder, type SqlBool } from "kysely";
import type { DB } from "~/db/client";
import type { CaseDecisionKind, CaseDueKind, CaseDueState, CaseSource, CaseStatus, Database, InspectionCasesTable, Severity } from "~/db/schema";
import { recordListExport, type ExportFormat, type ListExportDone } from "~/domain/audit/list-export.server";
import { scopeBounds, searchedKindergartens, searchRefusal, type SearchScope } from "~/domain/officer-search/kindergarten-search.server";
import { publicSourceVersions } from "~/domain/public-reads/source-versions.server";
import type { LeadingRegion } from "~/domain/regions/leading-region";
import { isWithinRegion, regionChain, regionPrefix, scopeFor } from "~/domain/regions/region-scope";
import { hasPermission, type Actor } from "~/domain/users/actor";
import { fail, invalid, type Message, type Result } from "~/domain/result";
import type { LocalizedText } from "~/rules/types";
import { decodeCursor, encodeCursor } from "~/utils/keyset-cursor";
import { neighbourPositions, pagePosition } from "~/utils/page-position";
import { dueWithinBefore, shanghaiDate } from "~/utils/working-days";
import { CASE_DUE_SOON_WORKING_DAYS, caseDueView, type CaseDueView } from "./case-clock";
import { caseRuleTitles } from "./case.queries.server";
import { caseCodeVersion, caseReadScope, caseScopeVersion } from "./case-read-version.server";
import { clockRunsSql, escalatedSql, isEscalated } from "./case-state.server";
import { SEVERITY_RANK } from "./case.service.server";
import { assignCases, eligibleAssignees } from "./case-work.server";
import {
  appliedFilters,
  decidedDays,
  decidedMonth,
  EXPORT_MAX_ROWS,
  filterConflicts,
  filterKey,
  KINDERGARTEN_SEARCH_MAX,
  QUEUE_STATES,
  quickView,
  SEVERITIES,
  statusesOf,
  type CaseQueueFilters,
  type QueueConflict,
  type QueueParam,
  type QueueSort,
  type QueueState,
} from "./case-queue.schema";

const COUNTS_CACHE_MAX = 500;
/** An export's rows are read in chunks of this many (keyset), never all at once. */
export const EXPORT_CHUNK_ROWS = 1_000;

export interface QueueRow {
  id: string;
  kindergartenName: string;
  uscc: string;
  regionName: string;
  ruleId: string;
  ruleTitle: LocalizedText | null;
  term: string;
  severity: Severity;
  status: CaseStatus;
  source: CaseSource;
  assigneeId: string | null;
  assigneeName: string | null;
  openedAt: string;
  updatedAt: string;
  /** The deadline running; null when none runs (a settled case: decided without an order waiting for proof, closed). */
  due: CaseDueView | null;
  /** The sweep's state of that deadline; "ok" when none runs (an old row's stale state is not shown). */
  dueState: CaseDueState;
  /** When a case without a running clock was settled (closed, else decided): what it is sorted by; null otherwise. */
  settledOn: string | null;
  /** When the case was escalated, while the escalation is in force (isEscalated): null once decided, when it is history. */
  escalatedAt: string | null;
  /** The assignee asked for an extension of verification that no lead has answered yet. */
  extensionRequested: boolean;
  /** When a re-evaluation found the case's reason gone (原因已消除); null while it stands. */
  flagsClearedAt: string | null;
  /** The decision in force (the exports' columns); null before one, or once reopened. */
  decision: QueueDecision | null;
  closedOn: string | null;
}

/** A case's decision as stored by case-work.server.ts (planDecision). */
export interface QueueDecision {
  kind: CaseDecisionKind;
  /** A key of DECISION_BASES (case-work.schema.ts). */
  basis: string | null;
  decidedOn: string | null;
  /** By kind: note, byDate, amountFen, families, sanction, article, documentNo, decisionDate, authority. */
  detail: Record<string, unknown>;
}

export interface QueueCounts {
  /** Each tab's cases as the tab shows them: under every filter but the state, less those the tab leaves out (filterConflicts). */
  byTab: Record<QueueState, number>;
  /** Every severity under every filter but the severity. */
  bySeverity: Record<Severity, number>;
  /**
   * The cases of the views the figures above the tabs open (quickView: the view's search and filters kept): past their
   * deadline (the deadline sweep's state, as the overdue filter reads it) / due within CASE_DUE_SOON_WORKING_DAYS
   * working days from today (their dates, as the `within` filter reads them), of those whose clock runs.
   */
  overdue: number;
  dueSoon: number;
}

// The search is shared with the fee-account review queue (officer-search/kindergarten-search.server.ts); its refusal is the queue's.
export { searchRefusal };

type Cases = Database & { c: InspectionCasesTable };
type Eb = ExpressionBuilder<Cases, "c">;

/**
 * Where a view reads: everyone's, a region and below (the actor's scope, or a city or district of it chosen), or
 * exactly one code (`own`): a city's own cases (市本级), kindergartens registered with the city itself rather than a
 * district, whose code would otherwise stand for the city's whole range.
 */
type QueueScope = SearchScope;

/** The scope of the queue: null when the actor may not read cases. */
function readScope(actor: Actor): QueueScope | null {
  const scope = caseReadScope(actor);
  return scope.kind === "none" ? null : scope;
}

/** The version of a scope's cases: a city's own cases are its code's counter alone. */
function scopeVersion(db: DB, scope: QueueScope): Promise<number> {
  return scope.kind === "region" && scope.own ? caseCodeVersion(db, scope.regionCode) : caseScopeVersion(db, scope);
}

/** A choice of the district filter: a district of the city in view, or the city's own cases (`own`: 市本级). */
export interface QueueDistrict {
  code: string;
  name: string;
  /** The city's own cases (kindergartens registered with the city, not a district): its code, labelled 市本级. */
  own: boolean;
}

/** A choice of the city filter (a province's or everyone's scope): a city and its province's name, to group them by. */
export interface QueueCity {
  code: string;
  name: string;
  province: string;
}

/** The region a view was narrowed to by the city or district filter: the page's figures say whose they are. */
export interface QueueArea {
  code: string;
  name: string;
  /** A city's whole range, a city's own cases (市本级), or a district. */
  level: "city" | "own" | "district";
}

/** The cities of a province's or everyone's scope, in code order with their province's name: 337 nationwide. */
async function scopeCities(db: DB, scope: QueueScope): Promise<QueueCity[]> {
  const bounds = scopeBounds(scope);
  let query = db
    .selectFrom("regions as c")
    .leftJoin("regions as p", "p.code", "c.parent_code")
    .select(["c.code", "c.name", sql<string>`coalesce(${sql.ref("p.name")}, '')`.as("province")])
    .where("c.level", "=", "city")
    .orderBy("c.code");
  if (bounds) query = "equals" in bounds ? query.where("c.code", "=", bounds.equals) : query.where("c.code", ">=", bounds.from).where("c.code", "<", bounds.before);
  return query.execute();
}

/**
 * The district filter's choices in a city: the city's own cases first when there are any (a look-up of the city's
 * code in a region-led index), then its districts in code order.
 */
async function cityDistricts(db: DB, city: { code: string; name: string }): Promise<QueueDistrict[]> {
  const [own, districts] = await Promise.all([
    db.selectFrom("inspection_cases").select("id").where("region_code", "=", city.code).limit(1).executeTakeFirst(),
    db.selectFrom("regions").select(["code", "name"]).where("parent_code", "=", city.code).where("level", "=", "district").orderBy("code").execute(),
  ]);
  return [...(own ? [{ code: city.code, name: city.name, own: true }] : []), ...districts.map((d) => ({ ...d, own: false }))];
}

/** What a view reads: the actor's scope, or the city or district it names; the filters as read, and what was left out. */
interface QueueView {
  scope: QueueScope;
  filters: CaseQueueFilters;
  ignored: QueueParam[];
  /** The city filter's choices: a province's or everyone's cities; empty for a city's or a district's officer. */
  cities: QueueCity[];
  /** The city the district choices are of: chosen, the one of the district chosen, or the city officer's own. */
  city: string | null;
  /** The district filter's choices: the city's districts (and its own cases); empty with fewer than two, or no city in view. */
  districts: QueueDistrict[];
  /** The region the view was narrowed to; null: the actor's whole scope. */
  area: QueueArea | null;
  /**
   * The search as typed when it was refused (more than SEARCH_MAX_TERMS words: searchRefusal), with why: the view is
   * read without it (`filters.q` is not given), and the page says so at its search box, which keeps the words typed.
   */
  searchRefused: { q: string; error: Message } | null;
}

/**
 * The scope a view reads under. The city filter narrows a province's or everyone's scope to one city of it; the
 * district filter narrows it to one district (of the city, when one is chosen), or to a city's own cases (its code):
 * the rows, the counts (the overdue and due-soon figures included), the search and the exports are then that
 * region's, read as its officer's are (a district's range: a city's page merges nothing). A code outside the scope
 * (or the chosen city), or naming no city or district, is left out and named in `ignored`: a district officer cannot
 * widen their scope with either (their own code is their scope already; no query is needed to know it). The page data
 * carries only the choices of the level in view (a province's or everyone's cities, then the chosen city's
 * districts), never every district of the scope. Null when the actor may not read cases.
 */
async function queueView(db: DB, actor: Actor, asked: CaseQueueFilters): Promise<QueueView | null> {
  const scope = readScope(actor);
  if (!scope) return null;
  const ignored: QueueParam[] = [];
  // A search of too many words is left out as a filter the queue cannot read is, and said at the search box.
  const refusal = searchRefusal(asked.q);
  const searchRefused = refusal && asked.q !== undefined ? { q: asked.q, error: refusal } : null;
  const filters = { ...asked, q: searchRefused ? undefined : asked.q };
  const leave = (name: "city" | "district") => {
    filters[name] = undefined;
    ignored.push(name);
  };
  const bounds = scopeBounds(scope);
  if (bounds && "equals" in bounds) {
    // A district officer: their own code changes nothing; any city, or another district, is ignored.
    if (asked.city !== undefined) leave("city");
    if (asked.district !== undefined && asked.district !== bounds.equals) leave("district");
    return { scope, filters, ignored, cities: [], city: null, districts: [], area: null, searchRefused };
  }
  const codes = [asked.city, asked.district].filter((c): c is string => c !== undefined);
  const named = new Map(
    codes.length > 0 ? (await db.selectFrom("regions").select(["code", "name", "level", "parent_code"]).where("code", "in", codes).execute()).map((r) => [r.code, r]) : [],
  );
  const inScope = (code: string) => scope.kind === "all" || isWithinRegion(scope.regionCode, code);
  const cityOfficer = scope.kind === "region" && regionPrefix(scope.regionCode).length === 4;
  // The city chosen: a city of the scope below it (a city officer's own code is their scope: nothing to narrow).
  let city: { code: string; name: string } | null = null;
  if (asked.city !== undefined) {
    const row = named.get(asked.city);
    if (cityOfficer && scope.kind === "region" && asked.city === scope.regionCode) filters.city = undefined;
    else if (row?.level === "city" && inScope(row.code)) city = row;
    else leave("city");
  }
  // The district chosen: a district, or a city's own cases, inside the scope and the chosen city.
  let area: QueueArea | null = city ? { code: city.code, name: city.name, level: "city" } : null;
  let narrowed: QueueScope = city ? { kind: "region", regionCode: city.code } : scope;
  let districtCity: string | null = null;
  if (asked.district !== undefined) {
    const row = named.get(asked.district);
    const cityOf = row?.level === "district" ? (row.parent_code ?? regionChain(row.code)[1]) : row?.level === "city" ? row.code : null;
    if (row && cityOf && inScope(row.code) && (city === null || cityOf === city.code)) {
      area = { code: row.code, name: row.name, level: row.level === "city" ? "own" : "district" };
      narrowed = row.level === "city" ? { kind: "region", regionCode: row.code, own: true } : { kind: "region", regionCode: row.code };
      districtCity = cityOf;
    } else leave("district");
  }
  // The district choices are of one city: the officer's own, the chosen one, or the chosen district's.
  const cityInView = city?.code ?? districtCity ?? (cityOfficer && scope.kind === "region" ? scope.regionCode : null);
  const [cities, districts] = await Promise.all([
    cityOfficer ? Promise.resolve([]) : scopeCities(db, scope),
    cityInView ? cityRow(db, cityInView).then((row) => (row ? cityDistricts(db, row) : [])) : Promise.resolve([]),
  ]);
  return { scope: narrowed, filters, ignored, cities, city: cityInView, districts: districts.length > 1 ? districts : [], area, searchRefused };
}

async function cityRow(db: DB, code: string) {
  return db.selectFrom("regions").select(["code", "name"]).where("code", "=", code).where("level", "=", "city").executeTakeFirst();
}

/**
 * How a condition is written for the page (`walk`) or for the counts (`range`).
 *
 * A page must come in its order from an index and stop when full. Given a
 * condition it can look up nationwide (a state, an assignee "none", a
 * kindergarten's nature), the planner would rather read every case that
 * matches and sort them: on a million cases, seconds. So the page writes
 * such a condition as an expression no index serves (`column || ''`,
 * `coalesce(column, '')`): the planner walks the order's index (migration
 * 2026-12-01T0000_case_queue) and checks these from the index's own columns.
 * What is narrow stays a look-up: the actor's region (a district, a city's
 * range: see inScope), an assignee, the kindergartens of a search, due dates
 * from today when sorting by due date.
 *
 * The counts read one range of the covering index per region, plain.
 */
type Mode = "walk" | "range";
const opaque = (ref: "c.status" | "c.due_state" | "c.kindergarten_id" | "c.due_date") => sql<string>`(${sql.ref(ref)} || '')`;

/**
 * The actor's region, always a look-up: a district's own range of a region-led index, or a
 * city's or a province's range (the counts; a page that looks up a few cases first). A walk
 * of the nationwide order checking each case's region read tens of thousands of entries for
 * a city's page (150 ms, measured on a million cases: npm run bench:cases); a city's page in
 * general merges its regions' own pages (regionsToMerge).
 */
function inScope(eb: Eb, scope: QueueScope, ctx?: Pick<FilterContext, "decided">): Expression<SqlBool>[] {
  const bounds = scopeBounds(scope);
  if (!bounds) return [];
  if ("equals" in bounds) return [eb("c.region_code", "=", bounds.equals)];
  // A month's decisions are the narrower look-up: a city's or a province's range is checked on the month's entries
  // (inspection_cases_q_decided), lest the planner read the range and each case's decision day.
  const region = ctx?.decided ? sql<string>`(${sql.ref("c.region_code")} || '')` : eb.ref("c.region_code");
  return [eb(region, ">=", bounds.from), eb(region, "<", bounds.before)];
}

function stateCondition(eb: Eb, state: QueueState, mode: Mode): Expression<SqlBool> | null {
  if (state === "all") return null;
  const column = mode === "walk" ? opaque("c.status") : eb.ref("c.status");
  if (state === "open") return eb(column, "<>", "closed");
  return eb(column, "=", statusesOf(state)[0]);
}

interface FilterContext {
  actorId: string;
  scope: QueueScope;
  today: string;
  /** The first day past `within` (dueWithinBefore): due from today up to the day before it. */
  withinBefore: string | null;
  /** The kindergartens a search found (null: no search). */
  kindergartens: string[] | null;
  /** The region the search's query began with, when its rest was searched there (searchedKindergartens). */
  searchWithin: LeadingRegion | null;
  /** The days of the decided filter's month (null: no such filter). */
  decided: { from: string; until: string } | null;
}

/** Every filter but the state and the severity (the counts leave those out in turn). */
function otherFilters(eb: Eb, f: CaseQueueFilters, ctx: FilterContext, mode: Mode): Expression<SqlBool>[] {
  const walk = mode === "walk";
  const where: Expression<SqlBool>[] = [];
  if (f.rule) where.push(eb("c.rule_id", "=", f.rule));
  if (f.source) where.push(eb("c.source", "=", f.source));
  if (f.assignee === "none") where.push(walk ? eb(eb.fn.coalesce("c.assigned_to", sql.lit("")), "=", "") : eb("c.assigned_to", "is", null));
  else if (f.assignee) where.push(eb("c.assigned_to", "=", f.assignee === "me" ? ctx.actorId : f.assignee));
  // Opaque for the counts too: the sweep's index on the due state would be read instead of the region's range.
  // Past its date with its clock running: a settled case's stale state is not overdue, in any order (clockRunsSql).
  const overdue = f.overdue ? eb.and([eb(opaque("c.due_state"), "=", "overdue"), clockRunsSql("c")]) : null;
  if (ctx.withinBefore) {
    // Overdue and due within N days cannot both hold: together, either (filterConflicts).
    const either = overdue !== null;
    // From today (a range when the page is in due-date order) up to the last working day and the rest days after it,
    // which have no more working days left (dueWithinBefore, as the sweep's due soon and the dashboard count); a clock must run:
    // the case is being worked, or a decided case waits for an order's proof (clockRunsSql: never a look-up by state).
    const due = walk && (f.sort !== "due" || either) ? opaque("c.due_date") : eb.ref("c.due_date");
    const within = [eb(due, ">=", ctx.today), eb(walk ? opaque("c.due_date") : eb.ref("c.due_date"), "<", ctx.withinBefore), clockRunsSql("c")];
    if (either) where.push(eb.or([overdue, eb.and(within)]));
    else where.push(...within);
  } else if (overdue) where.push(overdue);
  if (f.term) where.push(eb("c.term", "=", f.term));
  // A look-up, plain in both modes: one month's decisions (a region's range of inspection_cases_decisions, or
  // the month of inspection_cases_q_decided), never a walk of an order checking each case's decision.
  if (ctx.decided) where.push(eb("c.decided_on", "is not", null), eb("c.decided_on", ">=", ctx.decided.from), eb("c.decided_on", "<", ctx.decided.until));
  // Escalated and still being worked (escalatedSql): a decided case's escalation is history, as its row shows it.
  if (f.escalated) where.push(escalatedSql("c"));
  if (f.extension) where.push(eb("c.extension_requested_at", "is not", null));
  // The partial index inspection_cases_flags_cleared carries this term literally.
  if (f.cleared) where.push(eb("c.flags_cleared_at", "is not", null));
  if (f.nature) {
    // The region's kindergartens of that nature (a few hundred for a district); nationwide, a walk checks each case.
    const ofNature = eb.selectFrom("kindergartens as kn").select("kn.id").where("kn.nature", "=", f.nature);
    const bounds = scopeBounds(ctx.scope);
    if (bounds) {
      const inRegion = "equals" in bounds ? ofNature.where("kn.region_code", "=", bounds.equals) : ofNature.where("kn.region_code", ">=", bounds.from).where("kn.region_code", "<", bounds.before);
      where.push(eb("c.kindergarten_id", "in", inRegion));
    } else where.push(eb(opaque("c.kindergarten_id"), "in", ofNature));
  }
  if (ctx.kindergartens) where.push(ctx.kindergartens.length > 0 ? eb("c.kindergarten_id", "in", ctx.kindergartens) : sql<SqlBool>`1 = 0`);
  return where;
}

/**
 * The severity: a look-up of the live orders' first column, or (`opaque`: the settled order, which is not by
 * severity) checked from the index, lest the planner read a severity's cases nationwide and sort them.
 */
function severityCondition(eb: Eb, severity: Severity | undefined, opaque = false): Expression<SqlBool> | null {
  if (!severity) return null;
  return eb(opaque ? sql<number>`(${sql.ref("c.severity_rank")} + 0)` : eb.ref("c.severity_rank"), "=", SEVERITY_RANK[severity]);
}

const present = (list: Array<Expression<SqlBool> | null>) => list.filter((e): e is Expression<SqlBool> => e !== null);

async function filterContext(db: DB, actor: Actor, scope: QueueScope, f: CaseQueueFilters, now: Date): Promise<FilterContext> {
  const today = shanghaiDate(now);
  return contextFor({ actorId: actor.id, scope, today, withinBefore: null, ...(await searchedKindergartens(db, scope, f.q)), decided: null }, f);
}

/** The context of other filters over the same search (a tab's count may be read with "within" or "decided" left out). */
function contextFor(ctx: FilterContext, f: CaseQueueFilters): FilterContext {
  return { ...ctx, withinBefore: f.within ? dueWithinBefore(ctx.today, f.within) : null, decided: f.decided ? decidedDays(f.decided, ctx.today) : null };
}

// ---------------------------------------------------------------------------
// Order and cursor

/**
 * The keyset cursor's key: the last row's place in its order. A live row's is its sort's columns (priority:
 * severity rank, due date, id; due: due date, id; opened, updated: the instant, id); a settled row's (the priority
 * and due orders' second part) is `["settled", settled on, id]`.
 */
type CursorKey = [string | number, string, string] | [string, string];

/**
 * The keyset cursor names its sort: a cursor of another order, or one that does not read, is the first page. It may
 * carry, after the key, where the page it leads to begins in the view (1-based: the pager's "41–60 of 309"): counted
 * from the page it was written on, never by counting the rows before the key (on a million cases, a count as costly
 * as the page's reads are cheap). A cursor without it still reads (a link written before it was carried).
 */
export function encodeQueueCursor(sort: QueueSort, key: readonly (string | number)[], position?: number | null): string {
  return encodeCursor(position ? [sort, ...key, position] : [sort, ...key]);
}

export function decodeQueueCursor(sort: QueueSort, text: string | undefined): CursorKey | null {
  return readQueueCursor(sort, text)?.key ?? null;
}

/** A cursor's key, and where the page it leads to begins when it says so. */
function readQueueCursor(sort: QueueSort, text: string | undefined): { key: CursorKey; position: number | null } | null {
  const value = decodeCursor(text);
  if (!value || value[0] !== sort) return null;
  const rest = value.slice(1);
  const key = cursorKeyOf(sort, rest);
  if (key) return { key, position: null };
  const last = rest[rest.length - 1];
  const keyBefore = typeof last === "number" && Number.isSafeInteger(last) && last >= 1 ? cursorKeyOf(sort, rest.slice(0, -1)) : null;
  return keyBefore ? { key: keyBefore, position: last as number } : null;
}

function cursorKeyOf(sort: QueueSort, rest: Array<string | number>): CursorKey | null {
  const isText = (v: unknown) => typeof v === "string";
  if ((sort === "priority" || sort === "due") && rest.length === 3 && rest[0] === SETTLED && isText(rest[1]) && isText(rest[2])) return rest as CursorKey;
  if (sort === "priority") return rest.length === 3 && Number.isInteger(rest[0]) && isText(rest[1]) && isText(rest[2]) ? (rest as CursorKey) : null;
  return rest.length === 2 && isText(rest[0]) && isText(rest[1]) ? (rest as CursorKey) : null;
}

/** The mark of a settled row's cursor (no due date or instant reads so). */
const SETTLED = "settled";

/**
 * When a settled case was settled: closed, else decided ('' for an old row with neither, last). Written exactly as
 * the settled order's indexes have it (migration 2026-12-04T0200_case_queue_settled): SQLite uses an index on an
 * expression only for the same expression, literal included.
 */
const SETTLED_ON = sql<string>`coalesce(${sql.ref("c.closed_on")}, ${sql.ref("c.decided_on")}, '')`;

interface KeyRow {
  severity_rank: number;
  due_date: string;
  opened_at: string;
  updated_at: string;
  settled_on: string;
  id: string;
}

interface SortSpec {
  columns: Array<{ name: keyof KeyRow; expr: RawBuilder<unknown>; desc: boolean }>;
  key: (row: KeyRow) => CursorKey;
  /** The settled order: its key begins with the SETTLED mark, which no column reads. */
  settled: boolean;
}

const column = (name: Exclude<keyof KeyRow, "settled_on">, desc: boolean) => ({ name, expr: sql.ref(`c.${name}`) as RawBuilder<unknown>, desc });

const SORTS: Record<QueueSort, SortSpec> = {
  priority: { columns: [column("severity_rank", true), column("due_date", false), column("id", false)], key: (r) => [r.severity_rank, r.due_date, r.id], settled: false },
  due: { columns: [column("due_date", false), column("id", false)], key: (r) => [r.due_date, r.id], settled: false },
  opened: { columns: [column("opened_at", true), column("id", true)], key: (r) => [r.opened_at, r.id], settled: false },
  updated: { columns: [column("updated_at", true), column("id", true)], key: (r) => [r.updated_at, r.id], settled: false },
};

/** The settled cases' order, after the live ones in the priority and due orders: latest settled first. */
const SETTLED_ORDER: SortSpec = {
  columns: [{ name: "settled_on", expr: SETTLED_ON, desc: true }, column("id", true)],
  key: (r) => [SETTLED, r.settled_on, r.id],
  settled: true,
};

/**
 * An order backwards: every column's direction turned, the same key. "Before a row in an order" is "after it in the
 * order backwards", so the previous page is read as the next one is (afterCursor), along the same index walked the
 * other way (SQLite and Postgres walk an index either way when every column turns), and its rows turned back.
 */
const backwards = (spec: SortSpec): SortSpec => ({ ...spec, columns: spec.columns.map((c) => ({ ...c, desc: !c.desc })) });
const BACKWARDS = new Map<SortSpec, SortSpec>([...Object.values(SORTS), SETTLED_ORDER].map((spec) => [spec, backwards(spec)]));

/** A segment's order, forwards or backwards (the previous page). */
function orderOf(segment: Segment, sort: QueueSort, backward: boolean): SortSpec {
  const spec = segment === "settled" ? SETTLED_ORDER : SORTS[sort];
  return backward ? BACKWARDS.get(spec)! : spec;
}

/**
 * The parts of a page's order, each read along its own index:
 *
 * - "all": every case in the sort's order (opened, updated; and the tabs without settled cases);
 * - "live", then "settled": in the priority and due orders, the cases whose clock runs (being worked, or decided
 *   and waiting for an order's proof) by their deadline, then those whose clock no longer runs (decided without
 *   an order waiting, closed) by when they were settled, latest first. Their stale due date (the last deadline
 *   they had) would otherwise have put them among, or before, the cases due now.
 *
 * Past due, due within N days, an extension waiting and an escalation in force need a running clock: no settled
 * case meets them.
 */
type Segment = "all" | "live" | "settled";

function segmentsOf(f: CaseQueueFilters): Segment[] {
  const mayBeSettled = statusesOf(f.state).some((s) => s === "decided" || s === "closed");
  if ((f.sort !== "priority" && f.sort !== "due") || !mayBeSettled) return ["all"];
  const segments: Segment[] = [];
  if (f.state !== "closed") segments.push("live");
  if (!f.overdue && f.within === undefined && !f.extension && !f.escalated) segments.push("settled");
  return segments;
}

/** Whether a case's clock runs for the queue: not decided or closed, or decided and waiting for an order's proof. */
const isLive = (r: { status: CaseStatus; due_kind: CaseDueKind | null }) => !(r.status === "closed" || (r.status === "decided" && r.due_kind !== "follow_up"));

/**
 * A segment's own condition. The live one is checked from the state in the order's index, reading a case only when
 * it is decided (for its clock's kind). The settled one carries its indexes' partial predicate literally (SQLite and
 * Postgres use a partial index only when the query carries its term), then tells a decided case waiting for an
 * order's proof apart from the index's own columns.
 */
function segmentCondition(eb: Eb, segment: Segment): Expression<SqlBool> | null {
  if (segment === "all") return null;
  if (segment === "live") return clockRunsSql("c");
  const status = opaque("c.status");
  return eb.and([
    sql<SqlBool>`${sql.ref("c.status")} in ('decided', 'closed')`,
    eb.or([eb(status, "=", "closed"), eb(eb.fn.coalesce("c.due_kind", sql.lit("")), "<>", "follow_up")]),
  ]);
}

/**
 * After the cursor in the order's columns: the first column bounded (an index
 * range), then the tie-breakers: `a ≤ x AND (a < x OR (b > y OR (b = y AND id > z)))`.
 * Backwards (the previous page), the order's directions are turned (orderOf): the same, mirrored.
 */
function afterCursor(eb: Eb, spec: SortSpec, key: CursorKey): Expression<SqlBool> {
  const values = spec.settled ? key.slice(1) : key;
  const columns = spec.columns;
  const beyond = (i: number): Expression<SqlBool> => {
    const { expr, desc } = columns[i];
    const strictly = eb(expr, desc ? "<" : ">", values[i]);
    return i === columns.length - 1 ? strictly : eb.or([strictly, eb.and([eb(expr, "=", values[i]), beyond(i + 1)])]);
  };
  const first = columns[0];
  return eb.and([eb(first.expr, first.desc ? "<=" : ">=", values[0]), beyond(0)]);
}

// ---------------------------------------------------------------------------
// Rows

/** A page's conditions: where (the scope, or one region of it), the segment, the state, the severity, the other filters and the cursor. */
function pageConditions(
  eb: Eb,
  where: Expression<SqlBool>[],
  f: CaseQueueFilters,
  ctx: FilterContext,
  segment: Segment,
  spec: SortSpec,
  after: CursorKey | null,
): Expression<SqlBool> {
  return eb.and(
    present([
      ...where,
      segmentCondition(eb, segment),
      stateCondition(eb, f.state, "walk"),
      // Checked, not looked up, in the settled order and a decided month's look-up: a severity's cases are nationwide.
      severityCondition(eb, f.severity, segment === "settled" || ctx.decided !== null),
      ...otherFilters(eb, f, ctx, "walk"),
      after ? afterCursor(eb, spec, after) : null,
    ]),
  );
}

/**
 * The regions whose pages are merged into a city's or a province's page, or null when the page is
 * read in one go: everyone's (the nationwide order), a district's (its own range is the order), and
 * views that look up a few cases first (a kindergarten search, an assignee, a nature).
 *
 * A city's page read as one range of a region-led index had to sort the range: 30–35 ms for
 * "all states" of a city of 40,000 cases (measured on a million, npm run bench:cases). Each
 * region's own range is already in the page's order, so the page is the first `limit` of each
 * region (each read as a district's page is, stopping when full), merged: a few hundred rows
 * sorted, whatever the city's size.
 */
async function regionsToMerge(db: DB, scope: QueueScope, f: CaseQueueFilters, ctx: FilterContext): Promise<string[] | null> {
  if (ctx.kindergartens || ctx.decided || f.assignee || f.nature) return null;
  const bounds = scopeBounds(scope);
  if (!bounds || "equals" in bounds) return null;
  const regions = await db.selectFrom("regions").select("code").where("code", ">=", bounds.from).where("code", "<", bounds.before).execute();
  return regions.map((r) => r.code);
}

/** The ids of the page: each region's first `limit` cases in the page's order, merged, the first `limit` of them. */
function mergedPageIds(db: DB, regions: string[], f: CaseQueueFilters, ctx: FilterContext, segment: Segment, spec: SortSpec, limit: number, after: CursorKey | null) {
  const arms = regions.map((code, i) => {
    // The order's own columns only: read from the index, the case itself is not.
    let arm = db
      .selectFrom("inspection_cases as c")
      .select(spec.columns.map((column) => column.expr.as(column.name)))
      // Exactly this region's cases (a city's own code is a range of codes to inScope).
      .where((eb) => pageConditions(eb as Eb, [eb("c.region_code", "=", code)], f, ctx, segment, spec, after));
    for (const column of spec.columns) arm = arm.orderBy(column.expr, column.desc ? "desc" : "asc");
    // Each arm is its own query (SQLite takes no ORDER BY or LIMIT inside a compound's arms).
    return db.selectFrom(arm.limit(limit).as(`r${i}`)).selectAll();
  });
  const merged = arms.slice(1).reduce((all, arm) => all.unionAll(arm), arms[0]);
  let top = db.selectFrom(merged.as("m")).select(sql.ref<string>("m.id").as("id"));
  for (const column of spec.columns) top = top.orderBy(sql.ref(`m.${column.name}`), column.desc ? "desc" : "asc");
  return top.limit(limit);
}

/**
 * The ids of a decided month's page: the scope's cases decided that month (one month's range of an index on the
 * decision day: inspection_cases_decisions for a district, inspection_cases_q_decided, migration
 * 2026-12-04T0600, wider), sorted, the first `limit` of them. The order is written so no index serves it
 * (`column || ''`, `column + 0`): a walk of the order's index, checking each case's decision day, would read a
 * district's history, or everyone's, to find a month that has few. Bounded by one month's decisions of the scope
 * (about 14,000 nationwide on a million cases over five years); the page's rows are then read by id.
 */
function decidedPageIds(db: DB, scope: QueueScope, f: CaseQueueFilters, ctx: FilterContext, segment: Segment, spec: SortSpec, limit: number, after: CursorKey | null) {
  const unordered = (column: SortSpec["columns"][number]) => (column.name === "severity_rank" ? sql`(${column.expr} + 0)` : sql`(${column.expr} || '')`);
  let ids = db
    .selectFrom("inspection_cases as c")
    .select("c.id")
    .where((eb) => pageConditions(eb as Eb, inScope(eb as Eb, scope, ctx), f, ctx, segment, spec, after));
  for (const column of spec.columns) ids = ids.orderBy(unordered(column), column.desc ? "desc" : "asc");
  return ids.limit(limit);
}

/** One segment's first `limit` cases after the cursor, in its order, or (`backward`) its last `limit` before it, last first. */
function readSegment(
  db: DB,
  scope: QueueScope,
  regions: string[] | null,
  f: CaseQueueFilters,
  ctx: FilterContext,
  segment: Segment,
  limit: number,
  after: CursorKey | null,
  backward = false,
) {
  const spec = orderOf(segment, f.sort, backward);
  let query = db
    .selectFrom("inspection_cases as c")
    .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
    .innerJoin("regions as r", "r.code", "c.region_code")
    .leftJoin("users as u", "u.id", "c.assigned_to")
    .select([
      "c.id",
      "c.rule_id",
      "c.term",
      "c.severity",
      "c.severity_rank",
      "c.status",
      "c.source",
      "c.opened_at",
      "c.updated_at",
      "c.due_date",
      "c.due_kind",
      "c.due_state",
      "c.escalated_at",
      "c.extension_requested_at",
      "c.flags_cleared_at",
      "c.assigned_to",
      "c.decision_kind",
      "c.decision_basis",
      "c.decision_detail",
      "c.decided_on",
      "c.closed_on",
      SETTLED_ON.as("settled_on"),
      "k.name_in_use",
      "k.uscc",
      "r.name as region_name",
      "u.display_name as assignee_name",
    ])
    .where((eb) =>
      regions && regions.length > 0
        ? eb("c.id", "in", mergedPageIds(db, regions, f, ctx, segment, spec, limit, after))
        : ctx.decided
          ? eb("c.id", "in", decidedPageIds(db, scope, f, ctx, segment, spec, limit, after))
          : pageConditions(eb as Eb, inScope(eb as Eb, scope), f, ctx, segment, spec, after),
    );
  for (const column of spec.columns) query = query.orderBy(column.expr, column.desc ? "desc" : "asc");
  return query.limit(limit).execute();
}

type RowRead = Awaited<ReturnType<typeof readSegment>>[number];

/** Where a page begins: after a row's key (the next page), or before one (the previous page); null: the first page. */
type PageCursor = { after: CursorKey } | { before: CursorKey };

/** A page's rows and its neighbours' cursors (each a row's key: the next page is after its last row, the previous before its first). */
interface RowsRead {
  page: RowRead[];
  next: CursorKey | null;
  prev: CursorKey | null;
  /** The page is the first of the view (no cursor, a cursor of no segment of the view, or a previous page that reached the beginning). */
  first: boolean;
}

/**
 * A page of `limit` rows and its neighbours' cursors: the segments of the view's order one after the other, from
 * the cursor's (a cursor of a segment the view does not have is the first page), each read only as far as the page
 * still needs (`limit + 1`: one more says whether a next page exists).
 *
 * The previous page (`before`) is keyset paging backwards, never an offset: the cursor's segment read backwards from
 * its key, then the segments before it from their ends (orderOf), `limit + 1` rows at most, turned back. The rows
 * are those the forward walk showed before that row: a page and its next page's previous page are the same rows.
 * Fewer than `limit + 1` rows means the beginning is reached: the page is then the first page as it reads now (full,
 * though cases were settled, reopened or added meanwhile), with no previous page.
 */
async function readRows(db: DB, scope: QueueScope, f: CaseQueueFilters, ctx: FilterContext, limit: number, cursor: PageCursor | null): Promise<RowsRead> {
  const segments = segmentsOf(f);
  if (segments.length === 0) return { page: [], next: null, prev: null, first: true };
  const regions = await regionsToMerge(db, scope, f, ctx);
  const keyOf = (r: { row: RowRead; segment: Segment }) => orderOf(r.segment, f.sort, false).key(r.row);
  const key = cursor ? ("after" in cursor ? cursor.after : cursor.before) : null;
  // The cursor's segment: a settled row's key is marked; a cursor of a segment the view does not have is the first page.
  const from = key ? segments.indexOf(key[0] === SETTLED ? "settled" : segments.includes("all") ? "all" : "live") : -1;
  const forward = async (start: number, after: CursorKey | null): Promise<RowsRead> => {
    const rows: Array<{ row: RowRead; segment: Segment }> = [];
    for (let i = start; i < segments.length && rows.length <= limit; i++) {
      const segment = segments[i];
      for (const row of await readSegment(db, scope, regions, f, ctx, segment, limit + 1 - rows.length, i === start ? after : null)) rows.push({ row, segment });
    }
    const page = rows.slice(0, limit);
    const next = rows.length > limit && page.length > 0 ? keyOf(page[page.length - 1]) : null;
    // After a row, a row was before this page: its previous page is before its first row.
    const prev = after && page.length > 0 ? keyOf(page[0]) : null;
    return { page: page.map((r) => r.row), next, prev, first: after === null };
  };
  if (!cursor || !key || from < 0) return forward(0, null);
  if ("after" in cursor) return forward(from, key);
  const rows: Array<{ row: RowRead; segment: Segment }> = [];
  for (let i = from; i >= 0 && rows.length <= limit; i--) {
    const segment = segments[i];
    for (const row of await readSegment(db, scope, regions, f, ctx, segment, limit + 1 - rows.length, i === from ? key : null, true)) rows.push({ row, segment });
  }
  if (rows.length <= limit) return forward(0, null);
  const page = rows.slice(0, limit).reverse();
  return { page: page.map((r) => r.row), next: keyOf(page[page.length - 1]), prev: keyOf(page[0]), first: false };
}

function decisionOf(r: RowRead): QueueDecision | null {
  if (!r.decision_kind) return null;
  let detail: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(r.decision_detail ?? "{}");
    if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) detail = parsed as Record<string, unknown>;
  } catch {
    // A detail that does not parse is shown as none; the decision's kind and basis still are.
  }
  return { kind: r.decision_kind, basis: r.decision_basis, decidedOn: r.decided_on, detail };
}

async function toQueueRows(db: DB, today: string, rows: RowRead[]): Promise<QueueRow[]> {
  const titles = await caseRuleTitles(
    db,
    rows.map((r) => r.rule_id),
  );
  return rows.map((r) => {
    // A settled case shows no deadline (not an old row's stale one), and when it was settled instead.
    const live = isLive(r);
    return {
      id: r.id,
      kindergartenName: r.name_in_use,
      uscc: r.uscc,
      regionName: r.region_name,
      ruleId: r.rule_id,
      ruleTitle: titles.get(r.rule_id) ?? null,
      term: r.term,
      severity: r.severity,
      status: r.status,
      source: r.source,
      assigneeId: r.assigned_to,
      assigneeName: r.assignee_name,
      openedAt: r.opened_at,
      updatedAt: r.updated_at,
      due: live ? caseDueView(today, r) : null,
      dueState: live ? r.due_state : "ok",
      settledOn: live ? null : r.settled_on || null,
      escalatedAt: isEscalated(r) ? r.escalated_at : null,
      extensionRequested: r.extension_requested_at !== null,
      flagsClearedAt: r.flags_cleared_at,
      decision: decisionOf(r),
      closedOn: r.closed_on,
    };
  });
}

// ---------------------------------------------------------------------------
// Counts

/**
 * How many cases of each region, state, severity and due state match, how many of them have a clock running
 * (the only ones a due state means anything for: clockRunsSql), and how many of those are due within
 * CASE_DUE_SOON_WORKING_DAYS working days of the context's day, counted from their dates as the `within` filter reads
 * its rows (never the sweep's stored due soon, which trails the day until the sweep's next run after midnight):
 * grouped in the covering index's own order (which carries the due date), so no sort.
 */
type Grid = Array<{ status: CaseStatus; rank: number; dueState: CaseDueState; n: number; running: number; soon: number }>;

async function countGrid(db: DB, scope: QueueScope, f: CaseQueueFilters | null, ctx: FilterContext): Promise<Grid> {
  const soonBefore = dueWithinBefore(ctx.today, CASE_DUE_SOON_WORKING_DAYS);
  const rows = await db
    .selectFrom("inspection_cases as c")
    .where((eb) => eb.and([...inScope(eb as Eb, scope, f ? ctx : undefined), ...(f ? otherFilters(eb as Eb, f, ctx, "range") : [])]))
    .select([
      "c.region_code",
      "c.status",
      "c.severity_rank",
      "c.due_state",
      (eb) => eb.fn.countAll<number | string>().as("n"),
      (eb) => eb.fn.countAll<number | string>().filterWhere(clockRunsSql("c")).as("running"),
      (eb) =>
        eb.fn
          .countAll<number | string>()
          .filterWhere((w) => w.and([clockRunsSql("c"), w("c.due_date", ">=", ctx.today), w("c.due_date", "<", soonBefore)]))
          .as("soon"),
    ])
    .groupBy(["c.region_code", "c.status", "c.severity_rank", "c.due_state"])
    .execute();
  return rows.map((r) => ({ status: r.status, rank: r.severity_rank, dueState: r.due_state, n: Number(r.n), running: Number(r.running), soon: Number(r.soon) }));
}

/** Grids per database handle (a version is one database's), by key; the oldest out first past COUNTS_CACHE_MAX. */
let gridCaches = new WeakMap<DB, Map<string, Grid>>();

/** A grid kept per scope, version and filters (per process): a key names the scope's version, so a kept grid is exact. */
async function cachedGrid(db: DB, key: string, compute: () => Promise<Grid>): Promise<Grid> {
  let cache = gridCaches.get(db);
  if (!cache) gridCaches.set(db, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) return hit;
  const value = await compute();
  if (cache.size >= COUNTS_CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/**
 * The tabs' and chips' counts: each tab as that tab shows its cases
 * (a filter its cases cannot meet left out, as its rows are read: appliedFilters), each severity under every filter
 * but the severity, and the figures above them: the cases of the views their links open (quickView: the view's search
 * and filters kept, overdue or due within CASE_DUE_SOON_WORKING_DAYS working days set), read from the grid of that
 * view without either (its due states and dates), so a figure is the count of the list it opens and most views count
 * no grid of their own for them. `f` is the view as asked.
 */
async function queueCounts(db: DB, actor: Actor, scope: QueueScope, version: string, f: CaseQueueFilters, ctx: FilterContext): Promise<QueueCounts> {
  // The day is part of the key: "due within N days" counts from today.
  const scopeKey = [scope.kind === "region" ? `${scope.own ? "=" : ""}${scope.regionCode}` : "*", version, ctx.today].join("|");
  const grids = new Map<string, Promise<Grid>>();
  // One grid per distinct set of filters (most views: one), each kept while the scope's cases are unchanged.
  const gridOf = (filters: CaseQueueFilters | null) => {
    // The city and the district are the scope's (queueView): in the scope's part of the key, not again in the filters'.
    const filterPart = filters ? filterKey({ ...filters, state: "open", severity: undefined, city: undefined, district: undefined }) : "";
    const key = `${scopeKey}|${filters?.assignee === "me" ? actor.id : ""}|${filterPart}`;
    if (!grids.has(key)) grids.set(key, cachedGrid(db, key, () => countGrid(db, scope, filterPart === "" ? null : filters, filters ? contextFor(ctx, filters) : ctx)));
    return grids.get(key)!;
  };
  const tabs = QUEUE_STATES.map((state) => ({ state, filters: appliedFilters({ ...f, state }) }));
  const shown = appliedFilters(f);
  // The figures' views, overdue and due soon, differ by those two filters alone: one grid without them serves both.
  const figures = { overdue: quickView(f, "overdue").filters, dueSoon: quickView(f, "dueSoon").filters };
  const figureBase = { ...appliedFilters({ ...figures.dueSoon, within: undefined }), overdue: false, within: undefined };
  const [shownGrid, figureGrid, ...tabGrids] = await Promise.all([gridOf(shown), gridOf(figureBase), ...tabs.map((tab) => gridOf(tab.filters))]);
  const rankOf = (severity: Severity | undefined) => (severity ? SEVERITY_RANK[severity] : null);
  const rank = rankOf(f.severity);
  const byTab = Object.fromEntries(
    tabs.map((tab, i) => {
      const states = new Set<CaseStatus>(statusesOf(tab.state));
      return [tab.state, tabGrids[i].filter((cell) => states.has(cell.status) && (rank === null || cell.rank === rank)).reduce((n, cell) => n + cell.n, 0)];
    }),
  ) as Record<QueueState, number>;
  const inState = new Set<CaseStatus>(statusesOf(f.state));
  const bySeverity = Object.fromEntries(SEVERITIES.map((v) => [v, 0])) as Record<Severity, number>;
  for (const cell of shownGrid) {
    const severity = SEVERITIES.find((v) => SEVERITY_RANK[v] === cell.rank);
    if (severity && inState.has(cell.status)) bySeverity[severity] += cell.n;
  }
  // A closed case, or one decided with no order waiting, runs no clock: its stored state is not a deadline's. Overdue
  // is the sweep's state, as the overdue filter reads it (the escalation comes with it); due soon, the dates from today.
  const figureCells = (view: CaseQueueFilters) => {
    const states = new Set<CaseStatus>(statusesOf(view.state));
    const viewRank = rankOf(view.severity);
    return figureGrid.filter((cell) => states.has(cell.status) && (viewRank === null || cell.rank === viewRank));
  };
  const overdue = figureCells(figures.overdue).reduce((n, cell) => n + (cell.dueState === "overdue" ? cell.running : 0), 0);
  const dueSoon = figureCells(figures.dueSoon).reduce((n, cell) => n + cell.soon, 0);
  return { byTab, bySeverity, overdue, dueSoon };
}

/** Forgets every kept count (tests that count a plan's reads). */
export function forgetQueueCounts(): void {
  gridCaches = new WeakMap();
}

// ---------------------------------------------------------------------------
// The queue

/** A page of the queue with its counts, and the view it was read under (queueView: its filters, choices and area). */
export interface CaseQueue extends Omit<QueueView, "scope"> {
  rows: QueueRow[];
  /** The next page's cursor (`after`; null on the last page). */
  next: string | null;
  /** The previous page's cursor (`before`; null on the first page). */
  prev: string | null;
  /** Whether this is the view's first page (no "first page" link). */
  firstPage: boolean;
  /** How many cases the view holds: its tab's count. */
  total: number;
  /** Which of them the page shows (1-based, inclusive), when known (pagePosition). */
  position: { from: number; to: number } | null;
  counts: QueueCounts;
  /** A name search matched more kindergartens than are read (KINDERGARTEN_SEARCH_MAX): refine it. */
  searchTruncated: boolean;
  /** The name search found nothing as typed, and its rest was searched in the region it began with (the page says so). */
  searchWithin: LeadingRegion | null;
  /** Filters of the view that cannot both hold, and what the rows and counts show instead (filterConflicts): the page says so. */
  conflicts: QueueConflict[];
  /** Officers the actor may give cases to (bulk assignment); empty without `assign:case:region`. */
  assignees: Array<{ id: string; name: string }>;
  /** The calendar month (YYYY-MM) the decided filter names today, when it is applied. */
  decidedMonth: string | null;
}

/**
 * Where the view's page begins: after its `after` cursor, else before its `before` one (a cursor that does not read:
 * the first page), and the position of its first row when the cursor carries it.
 */
function pageCursor(f: CaseQueueFilters): { cursor: PageCursor | null; position: number | null } {
  const after = readQueueCursor(f.sort, f.after);
  if (after) return { cursor: { after: after.key }, position: after.position };
  const before = f.after === undefined ? readQueueCursor(f.sort, f.before) : null;
  return before ? { cursor: { before: before.key }, position: before.position } : { cursor: null, position: null };
}

/** A page of the queue with its counts; null when the actor may not read cases. */
export async function caseQueue(db: DB, actor: Actor, asked: CaseQueueFilters, now: Date = new Date()): Promise<CaseQueue | null> {
  const view = await queueView(db, actor, asked);
  if (!view) return null;
  const { scope, ...read } = view;
  const filters = read.filters;
  // The rows are read under the filters a case can meet together (filterConflicts says what was done instead).
  const applied = appliedFilters(filters);
  // Read before the cases: counts kept under this version were counted at it or later, never before it.
  const [caseVersion, sources] = await Promise.all([scopeVersion(db, scope), publicSourceVersions(db)]);
  const version = `${caseVersion}.${sources.get("kindergartens_public") ?? 0}`;
  const ctx = await filterContext(db, actor, scope, applied, now);
  const { cursor, position: carried } = pageCursor(applied);
  const [{ page, next, prev, first }, counts, assignees] = await Promise.all([
    readRows(db, scope, applied, ctx, applied.size, cursor),
    queueCounts(db, actor, scope, version, filters, ctx),
    hasPermission(actor, "assign:case:region") && actor.regionCode ? eligibleAssignees(db, actor, actor.regionCode) : Promise.resolve([]),
  ]);
  // The view's total is its tab's count, already counted (and kept) for the tabs: no count of its own.
  const total = counts.byTab[filters.state];
  const position = pagePosition(first, next === null, carried, page.length, total);
  const carry = neighbourPositions(position, applied.size);
  return {
    rows: await toQueueRows(db, ctx.today, page),
    next: next ? encodeQueueCursor(filters.sort, next, carry.next) : null,
    prev: prev ? encodeQueueCursor(filters.sort, prev, carry.prev) : null,
    firstPage: first,
    total,
    position,
    counts,
    searchTruncated: (ctx.kindergartens?.length ?? 0) >= KINDERGARTEN_SEARCH_MAX,
    searchWithin: ctx.searchWithin,
    conflicts: filterConflicts(filters),
    assignees,
    ...read,
    decidedMonth: applied.decided ? decidedMonth(applied.decided, ctx.today) : null,
  };
}

/**
 * The queue's bulk assignment: the ticked cases (at most BULK_ASSIGN_MAX) to
 * one officer, each as its own assignment step (assignCases: one case changed
 * meanwhile, closed, of another district or not assignable to that officer is
 * skipped with its reason). Refused whole without `assign:case:region`. The
 * queue's counts show it at once: each assignment moves its district's version.
 */
export async function bulkAssignFromQueue(args: { db: DB; actor: Actor; caseIds: readonly string[]; assignee: string; requestId?: string | null; now?: Date }): Promise<
  Result<{ assigned: string[]; skipped: Array<{ id: string; reason: string }> }>
> {
  if (!hasPermission(args.actor, "assign:case:region") || !args.actor.regionCode) return fail("forbidden", "case.forbidden");
  if (args.assignee.length === 0 || args.assignee.length > 64) return invalid({ assignee: [{ key: "queue.bulk.choose" }] });
  return assignCases({ ...args, caseIds: args.caseIds.map((id) => id.slice(0, 64)) });
}

// ---------------------------------------------------------------------------
// Exports

/** Whether the actor may export the queue (officers of a region, the admin everywhere). */
export function mayExportCases(actor: Actor): boolean {
  const scope = scopeFor(actor, "export:case:any", "export:case:region");
  return scope.kind !== "none" && readScope(actor) !== null;
}

/**
 * The queue under `filters`, every page of it in its order, as chunks of
 * EXPORT_CHUNK_ROWS rows read one after the other (keyset), at most
 * EXPORT_MAX_ROWS in all. Refused when the actor may not export, and, as
 * invalid, when the view names a district outside the scope: the page shows
 * the scope's cases instead and says so, a file must not hold other cases
 * than were asked for. The caller writes each chunk out before asking for the
 * next, so an export never holds more than one chunk, and records it with
 * `recordCaseExport` once written.
 */
export async function caseExportChunks(db: DB, actor: Actor, asked: CaseQueueFilters, now: Date = new Date()): Promise<Result<{ chunks: AsyncGenerator<QueueRow[]> }>> {
  const view = mayExportCases(actor) ? await queueView(db, actor, asked) : null;
  if (!view) return fail("forbidden", "case.forbidden");
  if (view.ignored.length > 0) return invalid(Object.fromEntries(view.ignored.map((name) => [name, [{ key: "query.ignored", vars: { names: name } }]])));
  // A file must hold the cases asked for: a search refused is refused here, not left out.
  if (view.searchRefused) return invalid({ q: [view.searchRefused.error] });
  const { scope, filters } = view;
  const chunks = (async function* () {
    // The rows the page shows: a filter no case can meet with the others is left out or read as either, as there.
    const applied = appliedFilters(filters);
    const ctx = await filterContext(db, actor, scope, applied, now);
    let after: CursorKey | null = null;
    let sent = 0;
    while (sent < EXPORT_MAX_ROWS) {
      const { page, next } = await readRows(db, scope, applied, ctx, Math.min(EXPORT_CHUNK_ROWS, EXPORT_MAX_ROWS - sent), after ? { after } : null);
      if (page.length > 0) yield await toQueueRows(db, ctx.today, page);
      sent += page.length;
      if (!next) return;
      after = next;
    }
  })();
  return { ok: true, chunks };
}

/** The audit row of an export: its format and filters (the order included, not the page's size or cursor). */
export function recordCaseExport(done: ListExportDone & { filters: CaseQueueFilters; format: ExportFormat }): Promise<void> {
  const { sort, size: _size, after: _after, before: _before, ...filters } = done.filters;
  return recordListExport(done, { action: "case.export", entity: "inspection_case", maxRows: EXPORT_MAX_ROWS, detail: { format: done.format, filters: { ...filters, sort } } });
}
