/**
 * The division table as it is (`manage:region:any`): provinces, cities and districts in code order, filtered by
 * province and searched by code or name (all in the URL), 100 rows a page by keyset on the code, each row with the
 * kindergartens and officers placed there (app/domain/regions/region-directory.queries.server.ts). Loading is
 * `/admin/regions/load`.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { regionDirectoryPage } from "~/domain/regions/region-directory.queries.server";
import { REGION_SEARCH_MAX } from "~/domain/regions/region-directory.schema";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readFilters } from "~/web/query.server";
import { FilterSelect, IgnoredParams } from "~/components/filter-select";
import { viewQuery } from "~/utils/view-query";

export const meta = pageTitle("regions.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "manage:region:any");
  // Built here, not at the module's top: query.server is not in the browser's bundle of this route.
  const regionsQuery = z.object({
    province: queryParam.regionCode(),
    q: queryParam.search(REGION_SEARCH_MAX),
    after: queryParam.regionCode(),
  });
  const { filters, ignored, unknown } = readFilters(request, regionsQuery);
  const page = await regionDirectoryPage(getDb(), filters);
  return { ...page, filters, ignored, unknown };
}

/** Each filter of the URL by its label on the page, for the notice of one left out. */
const PARAM_LABELS = { province: "regions.filter.province", q: "regions.filter.q" };

export default function Regions() {
  const { rows, next, matched, totals, provinces, filters, ignored, unknown } = useLoaderData<typeof loader>();
  const t = useT();
  const { after, ...kept } = filters;
  const search = (extra: Record<string, string>) => viewQuery(kept, extra);
  return (
    <section className="panel">
      <h1>{t("regions.title")}</h1>
      <p className="muted">{t("regions.intro")}</p>
      <p data-testid="regions-totals">{t("regions.totals", { provinces: totals.province, cities: totals.city, districts: totals.district })}</p>
      <p>
        <Link to="/admin/regions/load" className="button primary" data-testid="regions-load">
          {t("regions.load.link")}
        </Link>
      </p>
      <IgnoredParams names={ignored} unknown={unknown} labels={PARAM_LABELS} testId="regions-ignored" />
      <Form method="get" className="filters grid cols-3" data-testid="regions-filters">
        <FilterSelect
          id="regions-province"
          name="province"
          label={t("regions.filter.province")}
          anyLabel={t("regions.filter.all")}
          value={filters.province}
          options={provinces.map((p) => ({ value: p.code, label: `${p.name}（${p.code}）` }))}
        />
        <div className="field">
          <label htmlFor="regions-q">{t("regions.filter.q")}</label>
          <input id="regions-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={REGION_SEARCH_MAX} />
        </div>
        <div className="field">
          <button type="submit" className="secondary">{t("regions.filter.apply")}</button> <Link to="/admin/regions">{t("regions.filter.reset")}</Link>
        </div>
      </Form>
      {rows.length === 0 ? (
        <p data-testid="regions-empty">{totals.province === 0 ? t("regions.emptyTable") : t("regions.empty")}</p>
      ) : (
        <>
          <p className="muted" data-testid="regions-matched">
            {t("regions.matched", { count: matched })}
          </p>
          <DataTable
            testId="regions-list"
            rows={rows}
            rowKey={(r) => r.code}
            rowProps={(r) => ({ "data-code": r.code, "data-level": r.level })}
            columns={[
              { id: "code", header: t("regions.col.code"), key: true, cell: (r) => <code>{r.code}</code> },
              {
                id: "name",
                header: t("regions.col.name"),
                key: true,
                cell: (r) => (
                  <>
                    {r.name}
                    {r.within.length > 0 ? <div className="muted">{r.within.join(" › ")}</div> : null}
                  </>
                ),
              },
              { id: "level", header: t("regions.col.level"), cell: (r) => t(`regions.level.${r.level}`) },
              { id: "children", header: t("regions.col.children"), numeric: true, cell: (r) => (r.level === "district" ? "—" : r.children) },
              { id: "kindergartens", header: t("regions.col.kindergartens"), numeric: true, cell: (r) => r.kindergartens },
              { id: "officers", header: t("regions.col.officers"), numeric: true, cell: (r) => r.officers },
            ]}
          />
        </>
      )}
      <div className="pager">
        {after ? <Link to={search({})}>{t("regions.first")}</Link> : null}
        {next ? (
          <Link to={search({ after: next })} data-testid="regions-next">
            {`${t("regions.next")} →`}
          </Link>
        ) : null}
      </div>
    </section>
  );
}
