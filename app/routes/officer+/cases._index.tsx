/**
 * The officers' case queue: the scope's cases under the URL's filters
 * (case-queue.schema.ts: every filter, the sort and the page are query
 * parameters, so a view is a link to bookmark or share), state tabs and
 * severity chips with their counts, keyset pages, exports of the same view,
 * and bulk assignment of the cases not closed (a post to this route, intent `bulk_assign`). A scope of
 * several districts (a city, a province, everywhere) offers its districts to
 * narrow the view to one (`district`; a code outside the scope is ignored and
 * named, as a malformed parameter is). Works
 * without JavaScript: the filters are a GET form, the ticks a POST form.
 * What the domain did with filters no case can meet together (its `conflicts`:
 * shown either, or one left out) is said above the filters, with a link to
 * each filter alone.
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigate } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { FieldErrorList, FormAlert, useFocusWhenShown } from "~/components/forms";
import { caseDueWords } from "~/components/case-due";
import { caseRuleLabel } from "~/components/case-rule-label";
import { DataTable } from "~/components/data-table";
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { ListLink } from "~/components/list-link";
import { ListPager } from "~/components/list-pager";
import { SeverityBadge } from "~/components/severity-badge";
import { CASE_DUE_KINDS, CASE_DUE_SOON_WORKING_DAYS, type CaseDueView } from "~/domain/cases/case-clock";
import { bulkAssignFromQueue, caseQueue, mayExportCases } from "~/domain/cases/case-queue.server";
import { caseRuleChoices, caseRuleIds } from "~/domain/cases/case.queries.server";
import {
  CASE_SOURCES,
  caseHrefFromQueue,
  DECIDED_CHOICES,
  decidedMonth,
  EXPORT_MAX_ROWS,
  KINDERGARTEN_SEARCH_MAX,
  NATURES,
  PAGE_SIZES,
  QUEUE_PARAMS,
  QUEUE_SORTS,
  QUEUE_STATES,
  readQueueQuery,
  SEARCH_MAX,
  SEVERITIES,
  statusesOf,
  WITHIN_MAX_WORKING_DAYS,
  DEFAULT_FILTERS,
  isNarrowed,
  queueSearch,
  queueTermChoices,
  quickView,
  type QuickView,
  type CaseQueueFilters,
  type QueueParam,
  type QueueState,
} from "~/domain/cases/case-queue.schema";
import { sourceOfRule } from "~/domain/cases/case-sources";
import { BULK_ASSIGN_MAX } from "~/domain/cases/case-work.server";
import { regionName } from "~/domain/regions/region.queries.server";
import type { KeptOfficerPage } from "~/domain/public-reads/public-sources";
import type { Message } from "~/domain/result";
import { hasPermission } from "~/domain/users/actor";
import { useLang, useRuleLang, useT } from "~/utils/i18n";
import { useHydrated } from "~/utils/use-hydrated";
import { formatTerm } from "~/utils/term";
import { formatYearMonth } from "~/utils/instant";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { statusOf } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { getRulesRuntime } from "~/web/rules.server";
import { shanghaiDate } from "~/utils/working-days";
import { pageTitle } from "~/utils/page-title";
import { IgnoredParams } from "~/components/filter-select";
import { unknownParams } from "~/web/query.server";
import { formatNumber } from "~/i18n";

/** A query parameter named as the filter form names it (an ignored one is told by its label, not its URL key). */
const PARAM_LABELS: Record<Exclude<QueueParam, "after" | "before">, string> = {
  state: "queue.tabs",
  city: "queue.city",
  district: "queue.region",
  severity: "queue.severity",
  rule: "queue.filter.rule",
  source: "queue.source",
  assignee: "case.assignee",
  overdue: "queue.filter.overdue",
  within: "queue.filter.within",
  term: "case.term",
  decided: "queue.filter.decided",
  nature: "case.nature",
  escalated: "queue.filter.escalated",
  extension: "queue.filter.extension",
  cleared: "queue.filter.cleared",
  q: "queue.filter.q",
  sort: "queue.filter.sort",
  size: "queue.filter.size",
};

type FilterChoices = ReturnType<typeof useLoaderData<typeof loader>>["choices"];
type Choice = readonly [value: string, words: string];

/** The choices with the view's own value kept: a bookmarked view may name a rule or a term the list no longer offers. */
function withCurrent(options: readonly Choice[], current: string | undefined, words: string | undefined): readonly Choice[] {
  return current === undefined || options.some(([value]) => value === current) ? options : [...options, [current, words ?? current]];
}

export const meta = pageTitle("queue.title");

/**
 * Kept per officer between changes of what it shows (app/web/shared-reads.server.ts): the cases of the officer's
 * scope (their versions), the kindergartens' names and natures and the search index (a name search), the region
 * names, the users (assignees, whom cases can be given to, the officer themself) and the rule titles. Nothing else
 * is read: the rule filter's choices are the rule files', read once per process, and the day is in every stamp.
 */
export const handle = { keptOfficerPage: { sources: ["kindergartens_public", "regions", "users", "rule_texts"] } satisfies KeptOfficerPage };

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  const db = getDb();
  const library = getRulesRuntime().library;
  const url = new URL(request.url);
  const asked = readQueueQuery(url.searchParams, caseRuleIds(library));
  // A parameter that is none of the queue's (`?status=`: the queue's is `state`) is left out and named too.
  const unknown = unknownParams(url, QUEUE_PARAMS);
  const [queue, scope] = await Promise.all([
    caseQueue(db, actor, asked.filters),
    hasPermission(actor, "read:case:any") || !actor.regionCode ? null : regionName(db, actor.regionCode),
  ]);
  if (!queue) throw new Response("Not found", { status: 404 });
  // What the page shows of each case, no more: the rows go out twice (as HTML and as the page's data).
  const rows = queue.rows.map(
    ({ uscc: _uscc, assigneeId: _assigneeId, openedAt: _openedAt, updatedAt: _updatedAt, decision: _decision, closedOn: _closedOn, ...shown }) => shown,
  );
  const today = shanghaiDate(new Date());
  // The region choices of the level in view only: a province's or everyone's cities, then the chosen city's districts.
  const choices = {
    rules: caseRuleChoices(library),
    terms: queueTermChoices(today),
    // The months the decided filter offers, named with their month (本月（2026年12月）).
    decided: DECIDED_CHOICES.map((choice) => [choice, decidedMonth(choice, today)] as const),
    cities: queue.cities,
    city: queue.city,
    districts: queue.districts,
  };
  // The view as the domain read it (a district outside the scope left out), and every parameter left out, malformed or not.
  const ignored = [...asked.ignored, ...queue.ignored];
  // The region choices go out once, among the choices.
  const { cities: _cities, city: _city, districts: _districts, ...view } = queue;
  // The day the rows' days were counted on: a clock with no working day left is overdue, due today or not yet due by it.
  return { ...view, rows, ignored, unknown, scope, choices, today, canExport: mayExportCases(actor) };
}

/** A bulk assignment's answer; a refusal names the field it is about (`assignee`: none chosen), said by that field. */
type BulkAnswer = { assigned: number; skipped: Array<{ id: string; reason: string }>; error: Message | null; field?: "assignee" };

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  // A tick per case: the list is bounded by the field count before anything is read into it.
  const form = await readForm(request, { maxFields: BULK_ASSIGN_MAX + 20 });
  if (form.get("intent") !== "bulk_assign") {
    return data<BulkAnswer>({ assigned: 0, skipped: [], error: { key: "error.generic" } }, { status: 400 });
  }
  const caseIds = form.getAll("caseId").filter((v): v is string => typeof v === "string");
  const assignee = form.get("assignee");
  const result = await bulkAssignFromQueue({ db: getDb(), actor, caseIds, assignee: typeof assignee === "string" ? assignee : "", requestId: context?.requestId as string | undefined });
  if (!result.ok) {
    const assigneeError = result.fieldErrors.assignee?.[0];
    const error = result.formErrors[0] ?? assigneeError ?? Object.values(result.fieldErrors)[0]?.[0] ?? { key: "error.generic" };
    return data<BulkAnswer>({ assigned: 0, skipped: [], error, ...(error === assigneeError ? { field: "assignee" as const } : {}) }, { status: statusOf(result.kind) });
  }
  return data<BulkAnswer>({ assigned: result.assigned.length, skipped: result.skipped, error: null });
}

export default function CaseQueue() {
  const { rows, next, prev, firstPage, total, position, counts, filters, ignored, unknown, conflicts, scope, choices, canExport, assignees, searchTruncated, searchWithin, searchRefused, area, decidedMonth: decided, today } =
    useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  const text = useRuleLang();
  const link = (changes: Parameters<typeof queueSearch>[1]) => `/officer/cases${queueSearch(filters, changes)}`;
  const tabCount = (state: QueueState) => formatNumber(counts.byTab[state], lang);
  // The same words for every conflict's notice and links.
  const conflictWords = conflictVars(t, filters, choices.rules, assignees, text, decided ? formatYearMonth(decided, lang) : "");
  const names = new Map(rows.map((r) => [r.id, r.kindergartenName]));
  const bulkResult = useFocusWhenShown<HTMLDivElement>(answer);
  const location = useLocation();
  // A closed case cannot be assigned (the domain refuses it: reopen it first): it gets no tick box, and a view of
  // closed cases alone (the 已结案 tab) no bulk assignment at all.
  const assignable = rows.filter((c) => c.status !== "closed").length;
  const bulk = assignees.length > 0 && assignable > 0;
  const escalated = t("queue.escalatedMark");
  const extensionAsked = t("queue.extensionAskedMark");
  const clearedMark = t("queue.clearedMark");
  // A district's view (a district officer's, or a district or 市本级 chosen) would repeat its name on every row.
  const spansRegions = area ? area.level === "city" : choices.cities.length > 0 || choices.districts.length > 0;
  return (
    <section className="panel">
      <h1>{t("queue.title")}</h1>
      {scope ? <p className="muted">{t("queue.scope", { region: scope })}</p> : null}
      <IgnoredParams names={ignored} unknown={unknown} labels={PARAM_LABELS} testId="queue-ignored" />
      <p className="quick-views" data-testid="queue-clock-counts">
        {/* The figures open the views they count, as the tabs and chips do: the search and filters kept, the first
            page, the one shown marked and its link taking it off (quickView). The window is named: a bare 即将到期
            beside the dashboard's figure read as two counts that disagree. Due soon counts dates from today, as its
            view does (not the sweep's stored state, which trails the day after midnight). */}
        {/* A view narrowed beyond its area (a search, a filter, a tab) counts its own cases: said so; else the area's. */}
        {figuresNarrowed(filters)
          ? t("queue.clockCounts.view")
          : area
            ? area.level === "own"
              ? t("queue.clockCounts.own", { city: area.name })
              : t("queue.clockCounts.district", { district: area.name })
            : t("queue.clockCounts")}
        <QuickLink filters={filters} quick="overdue">
          {t("queue.clockCounts.overdue", { n: counts.overdue })}
        </QuickLink>{" "}
        ·{" "}
        <QuickLink filters={filters} quick="dueSoon">
          {t("queue.clockCounts.dueSoon", { n: counts.dueSoon, days: CASE_DUE_SOON_WORKING_DAYS })}
        </QuickLink>{" "}
        ·{" "}
        <QuickLink filters={filters} quick="mine">
          {t("queue.mine")}
        </QuickLink>
      </p>

      <nav className="tabs" aria-label={t("queue.tabs")} data-testid="queue-tabs">
        {QUEUE_STATES.map((state) => (
          <Link key={state} to={link({ state })} aria-current={filters.state === state ? "page" : undefined} data-state={state}>
            {`${tabLabel(t, state)} (${tabCount(state)})`}
          </Link>
        ))}
      </nav>
      <nav className="tabs" aria-label={t("queue.severityCounts")} data-testid="queue-severities">
        {SEVERITIES.map((severity) => (
          <Link
            key={severity}
            to={link({ severity: filters.severity === severity ? null : severity })}
            aria-current={filters.severity === severity ? "page" : undefined}
            data-severity={severity}
          >
            {`${t(`severity.${severity}`)} (${formatNumber(counts.bySeverity[severity], lang)})`}
          </Link>
        ))}
      </nav>

      {conflicts.length > 0 ? (
        <div className="notice" role="status" data-testid="queue-conflicts">
          {conflicts.map((conflict) => {
            const [first, second] = conflict.params;
            return (
              <p key={`${first}-${second}`} data-applied={conflict.applied} data-ignored={conflict.applied === "ignored" ? conflict.ignored : undefined}>
                {t(conflictKey(first, second, filters.state), conflictWords)}{" "}
                {[first, second].map((kept, i) => (
                  <span key={kept}>
                    {i > 0 ? " · " : null}
                    <Link to={link({ [kept === first ? second : first]: null })} data-keep={kept}>
                      {t(`queue.conflict.keep.${kept}`, conflictWords)}
                    </Link>
                  </span>
                ))}
              </p>
            );
          })}
        </div>
      ) : null}

      <QueueFilters filters={filters} choices={choices} assignees={assignees} searchRefused={searchRefused} />

      {searchWithin ? (
        <p className="notice" role="status" data-testid="queue-search-within">
          {t("queue.searchWithin", { q: filters.q ?? "", region: searchWithin.name, rest: searchWithin.rest })}
        </p>
      ) : null}
      {searchTruncated ? <p className="notice">{t("queue.searchTruncated", { max: KINDERGARTEN_SEARCH_MAX })}</p> : null}
      {canExport ? (
        <p data-testid="queue-export">
          {t("queue.export", { max: EXPORT_MAX_ROWS })}{" "}
          <a href={`/officer/cases/export.csv${queueSearch({ ...filters, size: 50 })}`} download>
            {t("queue.export.csv")}
          </a>{" "}
          ·{" "}
          <a href={`/officer/cases/export.xlsx${queueSearch({ ...filters, size: 50 })}`} download>
            {t("queue.export.xlsx")}
          </a>
        </p>
      ) : null}

      {answer ? (
        // The answer comes above the table, the button below it: brought into view and focused, refused or done. A
        // refusal is said in the bulk form, by the button (by the assignee's choice when none was chosen), where it
        // is corrected; above the table only when the page no longer offers the form.
        answer.error ? (
          bulk ? null : (
            <FormAlert message={t(answer.error.key, answer.error.vars)} />
          )
        ) : (
          <div className="notice" role="status" data-testid="bulk-result" tabIndex={-1} ref={bulkResult}>
            <p>{t("case.bulk.done", { assigned: answer.assigned, skipped: answer.skipped.length })}</p>
            {answer.skipped.length > 0 ? (
              <ul>
                {answer.skipped.map((s) => (
                  <li key={s.id}>
                    {t("queue.bulk.skipped")} {names.get(s.id) ?? s.id} · {t(s.reason)}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        )
      ) : null}

      {rows.length === 0 ? (
        isNarrowed(filters) ? (
          <p>
            {t("queue.emptyFiltered")} <Link to={`/officer/cases${queueSearch({ ...DEFAULT_FILTERS, state: filters.state })}`}>{t("queue.filter.reset")}</Link>
          </p>
        ) : (
          <p>{t("queue.empty")}</p>
        )
      ) : (
        <DataTable
          testId="case-queue"
          rows={rows}
          rowKey={(c) => c.id}
          rowProps={(c) => ({ "data-status": c.status, "data-severity": c.severity, "data-due-state": c.dueState })}
          columns={[
            bulk && {
              id: "select",
              header: t("queue.select"),
              cell: (c) =>
                c.status === "closed" ? null : (
                  <input type="checkbox" name="caseId" value={c.id} form="bulk-assign" aria-label={t("queue.selectCase", { name: c.kindergartenName })} />
                ),
            },
            { id: "severity", header: t("queue.severity"), key: true, cell: (c) => <SeverityBadge severity={c.severity} /> },
            {
              id: "kindergarten",
              header: t("queue.kindergarten"),
              key: true,
              cell: (c) => (
                <>
                  <ListLink to={caseHrefFromQueue(c.id, filters)}>{c.kindergartenName}</ListLink>
                  {c.escalatedAt ? <span className="badge red">{` ${escalated}`}</span> : null}
                  {c.extensionRequested ? <span className="badge amber">{` ${extensionAsked}`}</span> : null}
                  {c.flagsClearedAt ? (
                    <span className="badge" data-testid="queue-cleared-mark">
                      {` ${clearedMark}`}
                    </span>
                  ) : null}
                </>
              ),
            },
            { id: "due", header: t("queue.due"), key: true, cell: (c) => dueCell(t, today, c.due, c.settledOn === null ? null : { on: c.settledOn, closed: c.status === "closed" }) },
            { id: "status", header: t("fees.status"), cell: (c) => t(`case.status.${c.status}`) },
            { id: "rule", header: t("queue.rule"), cell: (c) => caseRuleLabel(c.ruleId, c.ruleTitle?.[text]) },
            { id: "assignee", header: t("case.assignee"), cell: (c) => c.assigneeName ?? t("case.unassigned") },
            spansRegions && { id: "region", header: t("queue.region"), cell: (c) => c.regionName },
            { id: "term", header: t("case.term"), cell: (c) => formatTerm(c.term, lang) },
            { id: "source", header: t("queue.source"), cell: (c) => t(`case.source.${c.source}`) },
          ]}
        />
      )}
      <ClockLegend kinds={new Set(rows.flatMap((c) => (c.due ? [c.due.kind] : [])))} estimated={rows.some((c) => c.due?.estimated)} />

      {bulk ? (
        // Posted to the view's own URL (an index route's form would post to `?index&…`, and the browser's address would
        // then read so after the assignment: the view bookmarked no longer, and a reload would ask to post again).
        <Form method="post" action={viewUrl(location.pathname, location.search)} id="bulk-assign" className="filters" data-testid="bulk-assign" noValidate>
          <h2>{t("queue.bulk.title")}</h2>
          <input type="hidden" name="intent" value="bulk_assign" />
          <TickAll total={assignable} rowIds={rows.map((c) => c.id).join(" ")} answer={answer} />
          <BulkAssignee assignees={assignees} answer={answer} />
          {answer?.error && answer.field !== "assignee" ? <FormAlert message={t(answer.error.key, answer.error.vars)} /> : null}
          <button type="submit" className="primary">
            {t("queue.bulk.submit")}
          </button>
        </Form>
      ) : null}

      {/* The view's total is its tab's count (counted for the tabs already, so no count of its own); keyset pages
          carry their rows' places from page to page; the previous page is before this page's first row. */}
      <ListPager
        testId="queue"
        rows={rows.length}
        total={total}
        position={position}
        words={{ position: "queue.position", total: "queue.total" }}
        first={firstPage ? null : link({})}
        prev={prev ? link({ before: prev }) : null}
        next={next ? link({ after: next }) : null}
      />
    </section>
  );
}

/** A figure's view (quickView): the view's search and filters kept, from its first page; the one shown is marked, its link takes it off. */
function QuickLink({ filters, quick, children }: { filters: CaseQueueFilters; quick: QuickView; children: ReactNode }) {
  const { filters: opened, current } = quickView(filters, quick);
  return (
    <Link to={`/officer/cases${queueSearch(opened)}`} aria-current={current ? "page" : undefined} data-quick={quick}>
      {children}
    </Link>
  );
}

/**
 * Whether the figures count fewer cases than the area's unfinished ones: a search, a filter or a tab narrows them (the
 * figures' own filters, overdue and due soon, do not: each figure leaves the other out; nor do 已结案 and 全部, whose
 * figures are the unfinished cases', the only ones a clock runs for).
 */
function figuresNarrowed(filters: CaseQueueFilters): boolean {
  const state = filters.state === "all" || filters.state === "closed" ? DEFAULT_FILTERS.state : filters.state;
  return state !== DEFAULT_FILTERS.state || isNarrowed({ ...filters, overdue: false, within: undefined, city: undefined, district: undefined });
}

/** The notice of a conflict: the pending tab leaves the extension filter out for a reason of its own (nobody assigned). */
function conflictKey(first: QueueParam, second: QueueParam, state: QueueState): string {
  return first === "state" && second === "extension" && state === "pending" ? "queue.conflict.pending.extension" : `queue.conflict.${first}.${second}`;
}

/** What a conflict's notice and links name: the tab, the days, the assignee, the rule and the sources, in words. */
function conflictVars(
  t: ReturnType<typeof useT>,
  filters: CaseQueueFilters,
  rules: FilterChoices["rules"],
  assignees: ReadonlyArray<{ id: string; name: string }>,
  text: ReturnType<typeof useRuleLang>,
  decided: string,
) {
  const rule = filters.rule ? rules.find((r) => r.id === filters.rule) : undefined;
  const assignee =
    filters.assignee === "me" ? t("queue.filter.assigneeMe") : filters.assignee === "none" ? t("case.unassigned") : (assignees.find((a) => a.id === filters.assignee)?.name ?? filters.assignee ?? "");
  return {
    n: filters.within ?? 0,
    tab: tabLabel(t, filters.state),
    assignee,
    rule: filters.rule ? (rule ? caseRuleLabel(rule.id, rule.title[text]) : filters.rule) : "",
    ruleSource: filters.rule ? t(`case.source.${sourceOfRule(filters.rule)}`) : "",
    source: filters.source ? t(`case.source.${filters.source}`) : "",
    decided,
  };
}

function tabLabel(t: ReturnType<typeof useT>, state: QueueState): string {
  if (state === "open") return t("queue.tab.open");
  if (state === "all") return t("queue.tab.all");
  return t(`case.status.${statusesOf(state)[0]}`);
}

/**
 * The deadline with its days left or overdue: working days, or calendar days for the 90-day decision clock; for a
 * case whose clock no longer runs, when it was decided or closed (what the settled cases are sorted by).
 * A function, not a component, and each text one string: it is drawn on every row of a page of up to 100.
 */
function dueCell(t: ReturnType<typeof useT>, today: string, due: CaseDueView | null, settled: { on: string; closed: boolean } | null) {
  if (!due && settled) {
    return (
      <span className="muted">
        <Interpolate id={settled.closed ? "queue.settled.closed" : "queue.settled.decided"} vars={{ date: <CivilDate value={settled.on} /> }} />
      </span>
    );
  }
  if (!due) return <span className="muted">{t("queue.noClock")}</span>;
  const { words, overdue } = caseDueWords(t, today, due);
  // The clock's short name, not its full legal text in a hover title: a phone cannot hover, and the full text
  // once per row was 4 % of a 50-row page. The legend under the table says what each one is.
  return (
    <>
      {due.estimated ? "≈" : null}
      <CivilDate value={due.dueOn} />
      {` · ${t(`queue.clockShort.${due.kind}`)} `}
      <span className={overdue ? "badge red" : "badge"}>{words}</span>
    </>
  );
}

/** The page's URL without the framework's `index` parameter (a post of an index route's form adds it). */
function viewUrl(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete("index");
  const rest = params.toString();
  return rest === "" ? pathname : `${pathname}?${rest}`;
}

/**
 * Whom the ticked cases go to: a field as the filters' are (its room below), then the page's filled button. Posted
 * with no one chosen, the message is under the choice, which is marked and takes focus: with JavaScript once the
 * answer is shown, without it as the browser reads the page (autofocus).
 */
function BulkAssignee({ assignees, answer }: { assignees: ReadonlyArray<{ id: string; name: string }>; answer: BulkAnswer | undefined }) {
  const t = useT();
  const hydrated = useHydrated();
  const select = useRef<HTMLSelectElement>(null);
  const error = answer?.error && answer.field === "assignee" ? answer.error : null;
  useEffect(() => {
    if (!error) return;
    const frame = requestAnimationFrame(() => {
      select.current?.focus();
      select.current?.scrollIntoView({ block: "center" });
    });
    return () => cancelAnimationFrame(frame);
  }, [answer, error]);
  return (
    <div className="field">
      <label htmlFor="bulk-assignee">{t("queue.bulk.assignee")}</label>
      <select
        ref={select}
        id="bulk-assignee"
        name="assignee"
        required
        defaultValue=""
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "bulk-assignee-error" : undefined}
        autoFocus={error && !hydrated ? true : undefined}
      >
        <option value="" disabled>
          {t("queue.bulk.choose")}
        </option>
        {assignees.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <FieldErrorList id="bulk-assignee-error" errors={error ? [error] : undefined} />
    </div>
  );
}

/** The case boxes of a form: its own elements and those tied to it by their form attribute. */
const ticksOf = (form: HTMLFormElement | null | undefined) =>
  [...(form?.elements ?? [])].filter((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.name === "caseId");

/**
 * With JavaScript: one box to tick (or untick) every case of the page for the bulk assignment, and how many are
 * ticked, said beside it. A page holds up to 100 cases; ticking them one by one was the only way. Without
 * JavaScript there is nothing to count or tick with, and the cases' own boxes are the form.
 */
function TickAll({ total, rowIds, answer }: { total: number; rowIds: string; answer: BulkAnswer | undefined }) {
  const t = useT();
  const hydrated = useHydrated();
  const box = useRef<HTMLInputElement>(null);
  const [ticked, setTicked] = useState(0);
  // The boxes are the table's (tied to this form by their form attribute): recounted on any change, and when the rows change.
  const recount = useCallback(() => {
    const all = ticksOf(box.current?.form);
    const n = all.filter((c) => c.checked).length;
    setTicked(n);
    if (box.current) {
      box.current.checked = n > 0 && n === all.length;
      box.current.indeterminate = n > 0 && n < all.length;
    }
  }, []);
  useEffect(() => {
    if (!hydrated) return;
    recount();
    document.addEventListener("change", recount);
    return () => document.removeEventListener("change", recount);
    // The rows, not only their number: a full page refilled after an assignment has as many rows, other ones.
  }, [hydrated, total, rowIds, recount]);
  // Assigned: those cases' boxes are unticked (a row still in the view would otherwise go along with the next
  // assignment unseen); those skipped stay ticked, beside the reason they were.
  useEffect(() => {
    if (!hydrated || !answer || answer.error) return;
    const skipped = new Set(answer.skipped.map((s) => s.id));
    for (const c of ticksOf(box.current?.form)) if (!skipped.has(c.value)) c.checked = false;
    recount();
  }, [hydrated, answer, recount]);
  if (!hydrated) return null;
  const tickAll = (on: boolean) => {
    for (const c of ticksOf(box.current?.form)) c.checked = on;
    recount();
  };
  return (
    <div className="field checkbox" data-testid="bulk-tick-all">
      <label>
        <input ref={box} type="checkbox" onChange={(e) => tickAll(e.currentTarget.checked)} />
        {t("queue.bulk.tickAll", { n: total })}
        <span className="muted" role="status">
          {t("queue.bulk.ticked", { n: ticked })}
        </span>
      </label>
    </div>
  );
}

/** What each clock on the page is, with its legal basis: once, under the table. */
function ClockLegend({ kinds, estimated }: { kinds: ReadonlySet<CaseDueView["kind"]>; estimated: boolean }) {
  const t = useT();
  if (kinds.size === 0) return null;
  return (
    <dl className="clock-legend muted" data-testid="queue-clock-legend" aria-label={t("queue.clockLegend")}>
      {CASE_DUE_KINDS.filter((kind) => kinds.has(kind)).map((kind) => (
        <div key={kind}>
          <dt>{t(`queue.clockShort.${kind}`)}</dt>
          <dd>{t(`case.clock.${kind}`)}</dd>
        </div>
      ))}
      {estimated ? (
        <div>
          <dt>≈</dt>
          <dd>{t("queue.clockEstimated")}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/**
 * The region filters of a scope of several districts, a city lead's first choice, so beside the search, not folded.
 * A province's or everyone's officer chooses a city (everyone's grouped by province), then one of its districts: the
 * page carries the districts of one city only, never every district of the scope (nationwide ~3,000). A city's own
 * cases (市本级: kindergartens registered with the city, not a district) are a choice of its own. Without
 * JavaScript a city chosen shows its districts once the form is sent; with it, choosing another city clears the
 * district, which would be outside it.
 */
function RegionSelects({ choices, filters }: { choices: FilterChoices; filters: CaseQueueFilters }) {
  const t = useT();
  const provinces = [...new Set(choices.cities.map((c) => c.province))];
  const cityOption = (c: FilterChoices["cities"][number]) => (
    <option key={c.code} value={c.code}>
      {c.name}
    </option>
  );
  return (
    <>
      {choices.cities.length > 0 ? (
        <div className="field">
          <label htmlFor="queue-city">{t("queue.city")}</label>
          <select
            id="queue-city"
            name="city"
            defaultValue={filters.city ?? choices.city ?? ""}
            onChange={(event) => {
              const district = event.currentTarget.form?.elements.namedItem("district");
              if (district instanceof HTMLSelectElement) district.value = "";
            }}
          >
            <option value="">{t("queue.filter.allCities")}</option>
            {provinces.length > 1
              ? provinces.map((province) => (
                  <optgroup key={province} label={province}>
                    {choices.cities.filter((c) => c.province === province).map(cityOption)}
                  </optgroup>
                ))
              : choices.cities.map(cityOption)}
          </select>
        </div>
      ) : null}
      {choices.districts.length > 0 ? (
        <div className="field">
          <label htmlFor="queue-district">{t("queue.region")}</label>
          <select id="queue-district" name="district" defaultValue={filters.district ?? ""}>
            <option value="">{t("queue.filter.allDistricts")}</option>
            {choices.districts.map((d) => (
              <option key={d.code} value={d.code} data-own={d.own ? "" : undefined}>
                {d.own ? t("queue.district.own", { city: d.name }) : d.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}

/** The filters as a GET form: its submission is the view's URL. */
function QueueFilters(props: {
  filters: CaseQueueFilters;
  choices: FilterChoices;
  assignees: ReadonlyArray<{ id: string; name: string }>;
  /** A search the domain refused (too many words): the box keeps it, marked, with why under it; the view is read without it. */
  searchRefused: { q: string; error: Message } | null;
}) {
  const { filters, choices, searchRefused } = props;
  const t = useT();
  const navigate = useNavigate();
  const lang = useLang();
  const text = useRuleLang();
  const select = (name: string, label: string, value: string | undefined, options: ReadonlyArray<readonly [string, string]>, any = true) => (
    <div className="field">
      <label htmlFor={`queue-${name}`}>{label}</label>
      <select id={`queue-${name}`} name={name} defaultValue={value ?? ""}>
        {any ? <option value="">{t("queue.filter.any")}</option> : null}
        {options.map(([v, words]) => (
          <option key={v} value={v}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
  // The filters beyond the search and "overdue only" (each also a tab, a chip or a link above, or rarely changed):
  // folded on a view that sets none of them, so that a laptop's first screen reaches the cases.
  const moreSet = [...new URLSearchParams(queueSearch({ ...filters, state: DEFAULT_FILTERS.state, city: undefined, district: undefined, q: undefined, overdue: false, cleared: false, after: undefined })).keys()].length;
  return (
    <Form
      method="get"
      className="filters"
      data-testid="queue-filters"
      aria-label={t("queue.filters")}
      onSubmit={(event) => {
        // The view's URL as the queue's own links write it (no empty or default parameters): what is bookmarked is
        // short and reads as the filters chosen. Without JavaScript the form's plain GET says the same.
        event.preventDefault();
        const sent = new URLSearchParams();
        for (const [name, value] of new FormData(event.currentTarget)) if (typeof value === "string" && value !== "") sent.append(name, value);
        navigate(`/officer/cases${queueSearch(readQueueQuery(sent).filters)}`);
      }}
    >
      <input type="hidden" name="state" value={filters.state} />
      <div className="queue-search">
        <div className="field">
          <label htmlFor="queue-q">{t("queue.filter.q")}</label>
          <input
            // Keyed by what it shows: a defaultValue is read once, and a search refused, then corrected, must show the new words.
            key={searchRefused ? `refused:${searchRefused.q}` : (filters.q ?? "")}
            id="queue-q"
            type="search"
            name="q"
            defaultValue={searchRefused?.q ?? filters.q ?? ""}
            maxLength={SEARCH_MAX}
            aria-invalid={searchRefused ? true : undefined}
            aria-describedby={searchRefused ? "queue-q-error" : undefined}
          />
          <FieldErrorList id="queue-q-error" errors={searchRefused ? [searchRefused.error] : undefined} />
        </div>
        <RegionSelects choices={choices} filters={filters} />
        <div className="field checkbox">
          <label>
            <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} /> {t("queue.filter.overdue")}
          </label>
          <label>
            <input type="checkbox" name="cleared" value="1" defaultChecked={filters.cleared} /> {t("queue.filter.cleared")}
          </label>
        </div>
        <div className="field">
          <button type="submit" className="primary">
            {t("queue.filter.apply")}
          </button>{" "}
          <Link to="/officer/cases">{t("queue.filter.reset")}</Link>
        </div>
      </div>
      <details open={moreSet > 0} data-testid="queue-more-filters">
        <summary>{moreSet > 0 ? t("queue.filter.moreSet", { n: moreSet }) : t("queue.filter.more")}</summary>
        <div className="grid cols-3">
          {select("severity", t("queue.severity"), filters.severity, SEVERITIES.map((s) => [s, t(`severity.${s}`)] as const))}
          {select("source", t("queue.source"), filters.source, CASE_SOURCES.map((s) => [s, t(`case.source.${s}`)] as const))}
          {select("rule", t("queue.filter.rule"), filters.rule, withCurrent(choices.rules.map((r) => [r.id, caseRuleLabel(r.id, r.title[text])] as const), filters.rule, filters.rule))}
          {select(
            "assignee",
            t("case.assignee"),
            filters.assignee,
            withCurrent(
              [["me", t("queue.filter.assigneeMe")] as const, ["none", t("case.unassigned")] as const, ...props.assignees.map((a) => [a.id, a.name] as const)],
              filters.assignee,
              filters.assignee,
            ),
          )}
          {select("nature", t("case.nature"), filters.nature, NATURES.map((n) => [n, t(`nature.${n}`)] as const))}
          {select("term", t("case.term"), filters.term, withCurrent(choices.terms.map((term) => [term, formatTerm(term, lang)] as const), filters.term, filters.term && formatTerm(filters.term, lang)))}
          {select(
            "decided",
            t("queue.filter.decided"),
            filters.decided,
            withCurrent(
              choices.decided.map(([choice, month]) => [choice, t(`queue.decided.${choice}`, { month: formatYearMonth(month, lang) })] as const),
              filters.decided,
              filters.decided && formatYearMonth(filters.decided, lang),
            ),
          )}
          <div className="field">
            <label htmlFor="queue-within">{t("queue.filter.within")}</label>
            <input id="queue-within" name="within" type="number" min={1} max={WITHIN_MAX_WORKING_DAYS} defaultValue={filters.within ?? ""} />
          </div>
          <div className="field checkbox">
            <label>
              <input type="checkbox" name="escalated" value="1" defaultChecked={filters.escalated} /> {t("queue.filter.escalated")}
            </label>
            <label>
              <input type="checkbox" name="extension" value="1" defaultChecked={filters.extension} /> {t("queue.filter.extension")}
            </label>
          </div>
          {select("sort", t("queue.filter.sort"), filters.sort, QUEUE_SORTS.map((s) => [s, t(`queue.sort.${s}`)] as const), false)}
          {select("size", t("queue.filter.size"), String(filters.size), PAGE_SIZES.map((n) => [String(n), String(n)] as const), false)}
        </div>
      </details>
    </Form>
  );
}
