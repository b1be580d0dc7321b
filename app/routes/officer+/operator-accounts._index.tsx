/**
 * The education office's overview of its kindergartens' bookkeepers' accounts (`manage:operator-account:region`, or
 * the administrator's `manage:user:any`): the counts by accounts' state at the top (each a link to its filter), the
 * kindergartens by region, name and id, 50 a page (keyset), each with its accounts' state and last sign-in and a link
 * to its own accounts page, where accounts are opened, reset, deactivated; filtered by accounts' state, kindergarten
 * status and (above a district) region, ordered by region and name or by the last sign-in (oldest or latest first),
 * all in the URL (a value it cannot read named and left out); the same list as CSV, in the same order.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { FilterSelect, IgnoredParams } from "~/components/filter-select";
import { OPERATOR_ACCOUNT_STATES, OVERVIEW_EXPORT_MAX_ROWS, OVERVIEW_KINDERGARTEN_STATUSES, OVERVIEW_SORTS } from "~/domain/users/operator-account-overview.schema";
import { operatorAccountOverview, type OverviewAccount, type OverviewRow } from "~/domain/users/operator-account-overview.queries.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { throwFailure } from "~/web/failure.server";
import { fail } from "~/domain/result";
import { readOverviewQuery } from "~/web/operator-account-overview-query.server";
import { viewQuery } from "~/utils/view-query";

export const meta = pageTitle("accountOverview.title");

/** Each parameter of the URL by its label on the page, for the notice of one left out. */
const PARAM_LABELS = { state: "accountOverview.filter.state", status: "accountOverview.filter.status", region: "accountOverview.filter.region", sort: "accountOverview.filter.sort" };

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "manage:operator-account:region", "manage:user:any");
  const { filters, ignored, unknown } = readOverviewQuery(request);
  const overview = await operatorAccountOverview(getDb(), actor, filters);
  if (!overview) throwFailure(fail("forbidden", "users.forbidden"));
  return { ...overview, ignored, unknown, exportMax: OVERVIEW_EXPORT_MAX_ROWS };
}

function AccountLine({ account }: { account: OverviewAccount }) {
  const t = useT();
  const words = [
    account.active ? t("users.status.active") : t("users.status.inactive"),
    account.active && account.mustChangePassword ? t("users.status.mustChange") : null,
    account.lastSignedInOn ? t("accountOverview.account.lastSignedIn", { day: account.lastSignedInOn }) : t("accountOverview.neverSignedIn"),
  ].filter(Boolean);
  return (
    <li data-username={account.username}>
      <code>{account.username}</code>
      {` ${words.join(" · ")}`}
    </li>
  );
}

function AccountsCell({ row }: { row: OverviewRow }) {
  const t = useT();
  if (row.counts.total === 0) return <strong>{t("accountOverview.noAccount")}</strong>;
  const more = row.counts.total - row.accounts.length;
  return (
    <>
      {row.counts.active === 0 ? <strong>{t("accountOverview.noActive")}</strong> : null}
      <ul className="account-lines">
        {row.accounts.map((a) => (
          <AccountLine key={a.id} account={a} />
        ))}
      </ul>
      {more > 0 ? <span className="muted">{t("accountOverview.account.more", { n: more })}</span> : null}
    </>
  );
}

export default function OperatorAccountOverviewPage() {
  const { summary, rows, next, regionOptions, ignored, unknown, outOfScope, filters, exportMax } = useLoaderData<typeof loader>();
  const t = useT();
  const { after, ...view } = filters;
  const viewOnly = viewQuery(view);
  const exportQuery = viewOnly === "?" ? "" : viewOnly;
  const shown = filters.state ? summary[filters.state] : summary.total;
  return (
    <section className="panel">
      <h1>{t("accountOverview.title")}</h1>
      <p className="muted">{t("accountOverview.intro")}</p>
      <IgnoredParams names={ignored} unknown={unknown} outOfScope={outOfScope} labels={PARAM_LABELS} testId="account-overview-ignored" />
      <nav className="tabs" aria-label={t("accountOverview.summary")} data-testid="account-overview-summary">
        <Link to={viewQuery(view, { state: undefined })} aria-current={filters.state ? undefined : "page"} data-state="all">
          {t("accountOverview.summary.all", { n: summary.total })}
        </Link>
        {OPERATOR_ACCOUNT_STATES.map((s) => (
          <Link key={s} to={viewQuery(view, { state: s })} aria-current={filters.state === s ? "page" : undefined} data-state={s}>
            {t(`accountOverview.summary.${s}`, { n: summary[s] })}
          </Link>
        ))}
      </nav>
      <Form method="get" className="filters grid cols-3">
        <FilterSelect
          id="ao-state"
          name="state"
          label={t("accountOverview.filter.state")}
          anyLabel={t("accountOverview.filter.state.any")}
          value={view.state}
          options={OPERATOR_ACCOUNT_STATES.map((s) => ({ value: s, label: t(`accountOverview.state.${s}`) }))}
        />
        <FilterSelect
          id="ao-status"
          name="status"
          label={t("accountOverview.filter.status")}
          anyLabel={t("accountOverview.filter.status.open")}
          value={view.status}
          options={OVERVIEW_KINDERGARTEN_STATUSES.map((s) => ({ value: s, label: t(`rulesConfig.kg.status.${s}`) }))}
        />
        <FilterSelect
          id="ao-sort"
          name="sort"
          label={t("accountOverview.filter.sort")}
          anyLabel={t("accountOverview.sort.name")}
          value={view.sort === "name" ? undefined : view.sort}
          options={OVERVIEW_SORTS.filter((s) => s !== "name").map((s) => ({ value: s, label: t(`accountOverview.sort.${s}`) }))}
        />
        {regionOptions.length > 0 ? (
          <FilterSelect
            id="ao-region"
            name="region"
            label={t("accountOverview.filter.region")}
            anyLabel={t("accountOverview.filter.region.any")}
            value={view.region}
            options={regionOptions.map((r) => ({ value: r.code, label: r.name }))}
          />
        ) : null}
        <div className="field">
          <button type="submit" className="secondary">
            {t("accountOverview.filter.apply")}
          </button>
        </div>
      </Form>
      <p>
        <a href={`/officer/operator-accounts/export.csv${exportQuery}`} download data-testid="account-overview-export">
          {t("accountOverview.export")}
        </a>{" "}
        ·{" "}
        <a href={`/officer/operator-accounts/export.xlsx${exportQuery}`} download data-testid="account-overview-export-xlsx">
          {t("accountOverview.exportXlsx")}
        </a>{" "}
        <span className="muted">
          {shown > exportMax ? t("accountOverview.export.limited", { n: shown, max: exportMax }) : t("accountOverview.export.hint", { max: exportMax })}
        </span>
      </p>
      {rows.length === 0 ? (
        <p>{t("accountOverview.empty")}</p>
      ) : (
        <DataTable
          testId="account-overview"
          rows={rows}
          rowKey={(r) => r.kindergartenId}
          rowProps={(r) => ({ "data-kindergarten": r.kindergartenId })}
          columns={[
            {
              id: "kindergarten",
              header: t("accountOverview.col.kindergarten"),
              key: true,
              cell: (r) => (
                <>
                  <Link to={`/officer/kindergartens/${r.kindergartenId}/accounts`}>{r.approvedName}</Link>
                  {r.status !== "active" ? <span className="muted"> · {t(`rulesConfig.kg.status.${r.status}`)}</span> : null}
                </>
              ),
            },
            { id: "region", header: t("accountOverview.col.region"), cell: (r) => r.regionName },
            { id: "accounts", header: t("accountOverview.col.accounts"), cell: (r) => <AccountsCell row={r} /> },
            {
              id: "last",
              header: t("accountOverview.col.lastSignIn"),
              cell: (r) => (r.counts.total === 0 ? "—" : (r.lastSignedInOn ?? t("accountOverview.neverSignedIn"))),
            },
          ]}
        />
      )}
      <nav className="pager" aria-label={t("accountOverview.pages")}>
        {after ? <Link to={viewOnly}>{t("accountOverview.first")}</Link> : null}{" "}
        {next ? (
          <Link to={viewQuery(view, { after: next })} data-testid="account-overview-next">
            {t("accountOverview.next")}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
