import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { AccountPeriod } from "~/components/account-history";
import { DataTable } from "~/components/data-table";
import { FieldErrorList } from "~/components/forms";
import { IgnoredParams } from "~/components/filter-select";
import { CivilDate, Instant } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { SeverityBadge } from "~/components/severity-badge";
import { accountQueue, type QueueRow } from "~/domain/fee-accounts/fee-account.queries.server";
import { ACCOUNT_EXPORT_MAX_ROWS, QUEUE_STATUSES, type QueueStatus } from "~/domain/fee-accounts/fee-account.schema";
import { KINDERGARTEN_SEARCH_MAX, SEARCH_MAX } from "~/domain/cases/case-queue.schema";
import { readAccountQueueQuery } from "~/web/account-queue-query.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("account.queue.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:account:region", "read:account:any");
  const { filters, ignored, unknown } = readAccountQueueQuery(request);
  const { status, after, q } = filters;
  const queue = await accountQueue(getDb(), actor, { status, after, q });
  if (!queue) throw new Response("Not found", { status: 404 });
  // Not "status": Remix reads a loader object's top-level status as the HTTP status of a ?_data answer.
  return { ...queue, state: status, ignored, unknown };
}

/** The list's filter by its label, for the notice of a value left out. */
const PARAM_LABELS = { status: "account.status", q: "account.queue.search" };

/** The list's address: a tab, a search and a page keep one another. */
function queueLink(status: QueueStatus, q: string | null, after?: string): string {
  const params = new URLSearchParams({ status });
  if (q) params.set("q", q);
  if (after) params.set("after", after);
  return `?${params.toString()}`;
}

function QueueApproval({ approval }: { approval: QueueRow["approval"] }) {
  const t = useT();
  if (!approval) return <>—</>;
  if (approval.kind === "replaces") {
    return <Interpolate id="account.queue.approval.replaces" vars={{ last4: approval.replacesLast4, to: <CivilDate value={approval.endsOn} /> }} />;
  }
  if (approval.kind === "blocked") {
    return (
      <span className="form-error">
        <Interpolate id="account.queue.approval.blocked" vars={{ later: <CivilDate value={approval.laterFrom} /> }} />
      </span>
    );
  }
  return <>{t(`account.queue.approval.${approval.kind}`)}</>;
}

export default function AccountQueue() {
  const { rows, next, total, state: status, canReview, today, ignored, unknown, q, searchRefused, searchWithin, searchTruncated } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("account.queue.title")}</h1>
      <p className="muted">{canReview ? t("account.queue.intro") : t("account.review.readOnly")}</p>
      <IgnoredParams names={ignored} unknown={unknown} labels={PARAM_LABELS} testId="account-queue-ignored" />
      <nav className="tabs" aria-label={t("account.status")}>
        {QUEUE_STATUSES.map((s) => (
          // A tab keeps the search (its first page: a cursor is of one tab's order).
          <Link key={s} to={queueLink(s, q ?? searchRefused?.q ?? null)} aria-current={s === status ? "page" : undefined}>
            {t(`account.status.${s}`)}
          </Link>
        ))}
      </nav>
      <Form method="get" className="queue-search" role="search" data-testid="account-queue-search">
        {/* The search keeps the tab; a new search starts at its first page. */}
        <input type="hidden" name="status" value={status} />
        <div className="field">
          <label htmlFor="account-queue-q">{t("account.queue.search")}</label>
          <input
            // Keyed by what it shows: a defaultValue is read once, and a search refused, then corrected, must show the new words.
            key={searchRefused ? `refused:${searchRefused.q}` : (q ?? "")}
            id="account-queue-q"
            type="search"
            name="q"
            defaultValue={searchRefused?.q ?? q ?? ""}
            maxLength={SEARCH_MAX}
            aria-invalid={searchRefused ? true : undefined}
            aria-describedby={searchRefused ? "account-queue-q-error" : undefined}
          />
          <FieldErrorList id="account-queue-q-error" errors={searchRefused ? [searchRefused.error] : undefined} />
        </div>
        <div className="field">
          <button type="submit" className="primary">{t("account.queue.search.submit")}</button>
        </div>
        {q || searchRefused ? (
          <div className="field">
            <Link to={queueLink(status, null)}>{t("account.queue.search.clear")}</Link>
          </div>
        ) : null}
      </Form>
      {searchWithin ? (
        <p className="notice" role="status" data-testid="account-queue-search-within">
          {t("account.queue.searchWithin", { q: q ?? "", region: searchWithin.name, rest: searchWithin.rest })}
        </p>
      ) : null}
      {searchTruncated ? <p className="notice">{t("account.queue.searchTruncated", { max: KINDERGARTEN_SEARCH_MAX })}</p> : null}
      <p className="muted">{t("account.queue.count", { n: total })}</p>
      <p>
        {/* The tab and the search shown (a refused search is not: the list is read without it), every page. */}
        <a href={`/officer/accounts/export.csv${queueLink(status, q)}`} download data-testid="account-queue-export">
          {t("account.queue.export")}
        </a>{" "}
        ·{" "}
        <a href={`/officer/accounts/export.xlsx${queueLink(status, q)}`} download data-testid="account-queue-export-xlsx">
          {t("account.queue.exportXlsx")}
        </a>{" "}
        <span className="muted">{t("account.queue.export.hint", { max: ACCOUNT_EXPORT_MAX_ROWS })}</span>
      </p>
      {rows.length === 0 ? (
        <p>{t("account.queue.empty")}</p>
      ) : (
        <DataTable
          testId="account-queue"
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            {
              id: "kg",
              header: t("account.queue.kindergarten"),
              key: true,
              // The approved name, as the review page is headed and as A01 compares the account name; the name in use beside it.
              cell: (r) => (
                <>
                  <Link to={`/officer/accounts/${r.id}`}>{r.approvedName}</Link>
                  {r.kindergartenName ? <span className="muted"> {t("account.queue.nameInUse", { name: r.kindergartenName })}</span> : null}
                </>
              ),
            },
            { id: "region", header: t("account.queue.region"), cell: (r) => r.regionName },
            { id: "bank", header: t("account.bankName"), cell: (r) => r.bankName },
            { id: "name", header: t("account.accountName"), cell: (r) => r.accountName },
            { id: "from", header: t("account.effectiveFrom"), cell: (r) => <AccountPeriod status={status} from={r.effectiveFrom} to={r.effectiveTo} today={today} /> },
            { id: "filed", header: t("account.filedAt"), cell: (r) => <Instant value={r.filedAt} /> },
            ...(status === "pending"
              ? [
                  {
                    id: "approval",
                    header: t("account.queue.approval"),
                    // What approval does, as the review page says it: a replacement ends an account parents pay into.
                    cell: (r: (typeof rows)[number]) => <QueueApproval approval={r.approval} />,
                  },
                ]
              : [
                  {
                    id: "reviewed",
                    header: t("account.reviewedAt"),
                    cell: (r: (typeof rows)[number]) => (r.reviewedAt ? <Instant value={r.reviewedAt} /> : "—"),
                  },
                  { id: "reviewer", header: t("account.reviewedBy"), cell: (r: (typeof rows)[number]) => r.reviewedBy ?? "—" },
                ]),
            {
              id: "flag",
              header: t("account.queue.flag"),
              // The rule beside the colour: A01 (the name) is a different question from anything else a rule may raise.
              cell: (r) =>
                r.flagged ? (
                  <>
                    <SeverityBadge severity={r.flagged} /> {r.flaggedRules.join("、")}
                  </>
                ) : (
                  "—"
                ),
            },
          ]}
        />
      )}
      {next ? (
        <p>
          <Link to={queueLink(status, q, next)}>{t("account.queue.more")} →</Link>
        </p>
      ) : null}
    </section>
  );
}
