/**
 * The kindergartens of the officer's region (all for an admin): by region, name and id, 50 a page (keyset), found by
 * part of a name or a whole USCC, narrowed by nature and status, all in the URL; the registry's keepers get the link to
 * register one.
 */
import { FilterSelect, IgnoredParams } from "~/components/filter-select";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { NATURES, STATUSES } from "~/domain/registry/registry.schema";
import { registryScope } from "~/domain/registry/registry.server";
import { accountScope } from "~/domain/users/actor";
import { listKindergartensInScope } from "~/domain/rules-config/rule-library.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readFilters } from "~/web/query.server";
import { viewQuery } from "~/utils/view-query";

export const meta = pageTitle("rulesConfig.kgs.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:kindergarten:region", "read:kindergarten:any");
  // Built here, not at the module's top: query.server is not in the browser's bundle of this route.
  const listQuery = z.object({ q: queryParam.search(100), nature: queryParam.oneOf(NATURES), status: queryParam.oneOf(STATUSES), after: queryParam.text(600) });
  const { filters, ignored, unknown } = readFilters(request, listQuery);
  const { rows, next } = await listKindergartensInScope({ db: getDb(), actor, filters });
  return { filters, ignored, unknown, kindergartens: rows, next, keepsRegistry: registryScope(actor).kind !== "none", keepsAccounts: accountScope(actor).kind !== "none" };
}

/** Each filter of the URL by its label on the page, for the notice of one left out. */
const PARAM_LABELS = { q: "rulesConfig.kgs.search", nature: "registry.field.nature", status: "registry.field.status" };

export default function Kindergartens() {
  const { filters, ignored, unknown, kindergartens, next, keepsRegistry, keepsAccounts } = useLoaderData<typeof loader>();
  const t = useT();
  const { after, ...view } = filters;
  const pageLink = (cursor: string | null) => viewQuery(view, { after: cursor });
  return (
    <section className="panel">
      <h1>{t("rulesConfig.kgs.title")}</h1>
      <p className="muted">{t("rulesConfig.kgs.intro")}</p>
      {keepsRegistry ? (
        <p>
          <Link to="/officer/kindergartens/new">{t("registry.new.link")}</Link>
          {" · "}
          <Link to="/officer/kindergartens/import">{t("registry.import.link")}</Link>
          {" · "}
          <a href="/officer/kindergartens/export.csv" download data-testid="registry-export">
            {t("registry.export.link")}
          </a>
          {" · "}
          <a href="/officer/kindergartens/export.xlsx" download data-testid="registry-export-xlsx">
            {t("registry.export.xlsx")}
          </a>
        </p>
      ) : null}
      {keepsAccounts ? (
        <p>
          <Link to="/officer/operator-accounts" data-testid="account-overview-link">
            {t("accountOverview.link")}
          </Link>
        </p>
      ) : null}
      <IgnoredParams names={ignored} unknown={unknown} labels={PARAM_LABELS} testId="kindergartens-ignored" />
      <Form method="get" className="filters grid cols-3">
        <div className="field">
          <label htmlFor="kg-q">{t("rulesConfig.kgs.search")}</label>
          <input id="kg-q" name="q" defaultValue={view.q ?? ""} type="search" maxLength={100} />
        </div>
        <FilterSelect
          id="kg-nature"
          name="nature"
          label={t("registry.field.nature")}
          anyLabel={t("rulesConfig.kgs.any")}
          value={view.nature}
          options={NATURES.map((n) => ({ value: n, label: t(`nature.${n}`) }))}
        />
        <FilterSelect
          id="kg-status"
          name="status"
          label={t("registry.field.status")}
          anyLabel={t("rulesConfig.kgs.any")}
          value={view.status}
          options={STATUSES.map((s) => ({ value: s, label: t(`rulesConfig.kg.status.${s}`) }))}
        />
        <div className="field">
          <button type="submit" className="secondary">
            {t("rulesConfig.kgs.submit")}
          </button>
        </div>
      </Form>
      {kindergartens.length === 0 ? (
        <p>{t("rulesConfig.kgs.none")}</p>
      ) : (
        <DataTable
          rows={kindergartens}
          rowKey={(k) => k.id}
          columns={[
            {
              id: "name",
              header: t("rulesConfig.kg.approvedName"),
              key: true,
              cell: (k) => <Link to={`/officer/kindergartens/${k.id}`}>{k.approved_name}</Link>,
            },
            { id: "region", header: t("rulesConfig.kg.region"), cell: (k) => k.region_name },
            { id: "nature", header: t("rulesConfig.kg.nature"), cell: (k) => t(`nature.${k.nature}`) },
            { id: "status", header: t("rulesConfig.kg.status"), cell: (k) => t(`rulesConfig.kg.status.${k.status}`) },
          ]}
        />
      )}
      <nav className="pager" aria-label={t("rulesConfig.kgs.pages")}>
        {after ? <Link to={pageLink(null)}>{t("rulesConfig.kgs.first")}</Link> : null} {next ? <Link to={pageLink(next)} data-testid="kgs-next">{t("rulesConfig.kgs.next")}</Link> : null}
      </nav>
    </section>
  );
}
