import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useLocation } from "@remix-run/react";
import { ComplaintDeadline } from "~/components/complaint-deadline";
import { DataTable } from "~/components/data-table";
import { FieldErrorList } from "~/components/forms";
import { IgnoredParams } from "~/components/filter-select";
import { Instant } from "~/components/instant";
import { ListPager } from "~/components/list-pager";
import { complaintQueue } from "~/domain/complaints/complaint-queue.queries.server";
import { ALL_STATUSES, COMPLAINT_EXPORT_MAX_ROWS, KINDERGARTEN_FILTER_MAX, QUEUE_KINDS, QUEUE_TRACKS } from "~/domain/complaints/complaint-handling.schema";
import { KINDERGARTEN_SEARCH_MAX } from "~/domain/kindergartens/officer-search";
import { requireActor } from "~/web/auth.server";
import { readComplaintQueueQuery } from "~/web/complaint-queue-query.server";
import { getDb } from "~/web/db.server";
import { formatNumber } from "~/i18n";
import { useLang, useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("handling.queue.title");

/** Each filter of the URL by its label on the page, for the notice of one left out. */
const PARAM_LABELS = { state: "handling.filter.state", track: "handling.filter.track", kind: "handling.filter.kind", kg: "handling.filter.kindergarten", overdue: "handling.filter.overdue" };

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:complaint:region", "read:complaint:any");
  const { filters: q, ignored, unknown } = readComplaintQueueQuery(request);
  const queue = await complaintQueue(getDb(), actor, q);
  if (!queue) throw new Response("Not found", { status: 404 });
  // Not "status": Remix reads a loader object's top-level status as the HTTP status of a ?_data answer.
  return {
    ...queue,
    ignored,
    unknown,
    filters: { state: q.state ?? "open", track: q.track ?? "", kind: q.kind ?? "", kg: q.kindergarten ?? "", overdue: q.overdue === true },
  };
}

export default function ComplaintQueue() {
  const { rows, counts, next, prev, firstPage, total, position, filters, ignored, unknown, kindergartenRefused, searchWithin, searchTruncated } =
    useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  // The filters' controls show the URL's filters: keyed by it, a link to another view (a tab, 仅看已超期) resets them.
  const { search } = useLocation();
  const params = new URLSearchParams();
  // A refused kindergarten search is not carried by the tabs' links: it was not applied.
  for (const [k, v] of Object.entries({ state: filters.state, track: filters.track, kind: filters.kind, kg: kindergartenRefused ? "" : filters.kg, overdue: filters.overdue ? "1" : "" })) if (v) params.set(k, v);
  const tab = (state: string) => {
    const p = new URLSearchParams(params);
    p.set("state", state);
    return `?${p.toString()}`;
  };
  const page = (cursor: "after" | "before", value: string) => {
    const p = new URLSearchParams(params);
    p.set(cursor, value);
    return `?${p.toString()}`;
  };
  // The overdue count is of this view's filters and search, over the complaints in progress: its link keeps them, as
  // the case queue's does, on the tab of those in progress (overdue ones are never on a finished tab).
  const overdueOnly = new URLSearchParams(params);
  overdueOnly.delete("state");
  overdueOnly.set("overdue", "1");
  return (
    <section className="panel">
      <h1>{t("handling.queue.title")}</h1>
      <p className="muted">{t("handling.queue.intro")}</p>
      <IgnoredParams names={ignored} unknown={unknown} labels={PARAM_LABELS} testId="complaint-ignored" />
      <p data-testid="complaint-counts">
        {t("handling.queue.counts", { open: counts.open, overdue: counts.overdue, dueSoon: counts.dueSoon })}
        {counts.overdue > 0 ? (
          <>
            {" "}
            <Link to={`?${overdueOnly.toString()}`}>{t("handling.filter.overdue")}</Link>
          </>
        ) : null}
      </p>
      <nav className="tabs" aria-label={t("handling.filter.state")}>
        <Link to={tab("open")} aria-current={filters.state === "open" ? "page" : undefined}>
          {t("handling.filter.open")} ({formatNumber(counts.open, lang)})
        </Link>
        {ALL_STATUSES.map((s) => (
          <Link key={s} to={tab(s)} aria-current={filters.state === s ? "page" : undefined}>
            {t(`handling.status.${s}`)} ({formatNumber(counts[s], lang)})
          </Link>
        ))}
        <Link to={tab("all")} aria-current={filters.state === "all" ? "page" : undefined}>
          {t("handling.filter.all")}
        </Link>
      </nav>
      <Form key={search} method="get" className="filters" data-testid="complaint-filters">
        <input type="hidden" name="state" value={filters.state} />
        <label>
          {t("handling.filter.track")}{" "}
          <select name="track" defaultValue={filters.track}>
            <option value="">{t("handling.filter.any")}</option>
            {QUEUE_TRACKS.map((tr) => (
              <option key={tr} value={tr}>
                {t(`handling.trackName.${tr}`)}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("handling.filter.kind")}{" "}
          <select name="kind" defaultValue={filters.kind}>
            <option value="">{t("handling.filter.any")}</option>
            {QUEUE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`handling.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>{" "}
        <label>
          {t("handling.filter.kindergarten")}{" "}
          <input
            type="search"
            name="kg"
            defaultValue={filters.kg}
            maxLength={KINDERGARTEN_FILTER_MAX}
            // Too many words: the list is shown without them, and why is said under the box, which keeps them.
            aria-invalid={kindergartenRefused ? true : undefined}
            aria-describedby={kindergartenRefused ? "complaint-kg-error" : undefined}
          />
        </label>{" "}
        <FieldErrorList id="complaint-kg-error" errors={kindergartenRefused ? [kindergartenRefused] : undefined} />
        <label>
          <input type="checkbox" name="overdue" value="1" defaultChecked={filters.overdue} /> {t("handling.filter.overdue")}
        </label>{" "}
        <button type="submit" className="secondary">
          {t("handling.filter.apply")}
        </button>
      </Form>
      {searchWithin ? (
        <p className="notice" role="status" data-testid="complaint-search-within">
          {t("handling.queue.searchWithin", { q: filters.kg, region: searchWithin.name, rest: searchWithin.rest })}
        </p>
      ) : null}
      {searchTruncated ? <p className="notice">{t("handling.queue.searchTruncated", { max: KINDERGARTEN_SEARCH_MAX })}</p> : null}
      <p>
        {/* The filters shown (a refused kindergarten search is not: the list is read without it), every page. */}
        <a href={`/officer/complaints/export.csv?${params.toString()}`} download data-testid="complaint-queue-export">
          {t("handling.queue.export")}
        </a>{" "}
        ·{" "}
        <a href={`/officer/complaints/export.xlsx?${params.toString()}`} download data-testid="complaint-queue-export-xlsx">
          {t("handling.queue.exportXlsx")}
        </a>{" "}
        <span className="muted">{t("handling.queue.export.hint", { max: COMPLAINT_EXPORT_MAX_ROWS })}</span>
      </p>
      {rows.length === 0 ? (
        <p>{t("handling.queue.empty")}</p>
      ) : (
        <DataTable
          testId="complaint-queue"
          rows={rows}
          rowKey={(r) => r.id}
          rowProps={(r) => ({ "data-due-state": r.deadline?.state, "data-status": r.status })}
          columns={[
            { id: "deadline", header: t("handling.queue.deadline"), key: true, cell: (r) => <ComplaintDeadline deadline={r.deadline} withKind /> },
            { id: "kg", header: t("handling.queue.kindergarten"), key: true, cell: (r) => <Link to={`/officer/complaints/${r.id}`}>{r.kindergartenName}</Link> },
            { id: "track", header: t("handling.filter.track"), cell: (r) => t(`handling.trackName.${r.track}`) },
            { id: "kind", header: t("handling.filter.kind"), cell: (r) => t(`handling.kind.${r.kind}`) },
            { id: "status", header: t("handling.filter.state"), cell: (r) => t(`handling.status.${r.status}`) },
            { id: "region", header: t("handling.queue.region"), cell: (r) => r.regionName },
            { id: "no", header: t("handling.queue.trackingNo"), cell: (r) => <span className="mono">{r.trackingNo}</span> },
            { id: "received", header: t("handling.queue.received"), cell: (r) => <Instant value={r.receivedAt} /> },
          ]}
        />
      )}
      {rows.some((r) => r.deadline && !r.deadline.calendarComplete) ? <p className="muted">≈ {t("queue.clockEstimated")}</p> : null}
      {/* As the case queue's: the view's total is read from the tabs' counts, the previous page is before this page's first row. */}
      <ListPager
        testId="complaint-queue"
        rows={rows.length}
        total={total}
        position={position}
        words={{ position: "handling.queue.position", total: "handling.queue.total" }}
        first={firstPage ? null : `?${params.toString()}`}
        prev={prev ? page("before", prev) : null}
        next={next ? page("after", next) : null}
      />
    </section>
  );
}
