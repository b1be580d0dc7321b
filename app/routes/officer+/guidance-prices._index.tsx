import type { LoaderFunctionArgs } from "@remix-run/node";
import { FilterSelect, IgnoredParams } from "~/components/filter-select";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { guidancePriceOverview } from "~/domain/guidance-prices/guidance-price.queries.server";
import { GUIDED_NATURES, KINDERGARTEN_GRADES } from "~/domain/guidance-prices/guidance-price.schema";
import { queryParam, readFilters } from "~/web/query.server";
import { z } from "zod";
import { regionName } from "~/domain/regions/region.queries.server";
import { DataTable } from "~/components/data-table";
import { usePriceAmountColumns, usePriceEffectiveColumn, usePriceKeyColumns, usePriceStateColumn } from "~/components/guidance-price-columns";
import { shanghaiDate } from "~/utils/working-days";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useT } from "~/utils/i18n";
import { Instant } from "~/components/instant";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("guidance.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:guidance-price:region", "read:guidance-price:any");
  const db = getDb();
  // A value the table cannot read (an old bookmark's) is left out and named, as is a parameter that is none of its
  // filters and a region outside the officer's (the domain's `outOfScope`).
  const { filters: filter, ignored, unknown } = readFilters(
    request,
    z.object({ region: queryParam.regionCode(), nature: queryParam.oneOf(GUIDED_NATURES), grade: queryParam.oneOf(KINDERGARTEN_GRADES) }),
  );
  const [overview, scope] = await Promise.all([
    guidancePriceOverview(db, actor, filter, shanghaiDate()),
    actor.regionCode ? regionName(db, actor.regionCode) : null,
  ]);
  return { ...overview, scope, ignored, unknown };
}

/** Each filter of the URL by its label on the page, for the notice of one left out. */
const PARAM_LABELS = { region: "guidance.col.region", nature: "guidance.col.nature", grade: "guidance.col.grade" };

function historyHref(r: { region_code: string; nature: string; grade: string; age_band: string; category: string }): string {
  const q = new URLSearchParams({ region: r.region_code, nature: r.nature, grade: r.grade, ageBand: r.age_band, category: r.category });
  return `/officer/guidance-prices/history?${q}`;
}

export default function GuidancePrices() {
  const { rows, batches, regions, filter, canManage, scope, ignored, unknown, outOfScope } = useLoaderData<typeof loader>();
  const t = useT();
  const keyColumns = usePriceKeyColumns<(typeof rows)[number]>();
  const amountColumns = usePriceAmountColumns<(typeof rows)[number]>();
  const effectiveColumn = usePriceEffectiveColumn<(typeof rows)[number]>();
  const stateColumn = usePriceStateColumn<(typeof rows)[number]>();
  return (
    <>
      <section className="panel">
        <h1>{t("guidance.title")}</h1>
        {scope ? <p className="muted">{t("guidance.scope", { region: scope })}</p> : null}
        <p className="muted">{t("guidance.intro")}</p>
        {canManage ? (
          <p className="actions">
            <Link to="/officer/guidance-prices/new" className="primary">
              {t("guidance.new")}
            </Link>{" "}
            <Link to="/officer/guidance-prices/import">{t("guidance.import")}</Link>
          </p>
        ) : null}

        <h2>{t("guidance.active")}</h2>
        <IgnoredParams names={ignored} unknown={unknown} outOfScope={outOfScope} labels={PARAM_LABELS} testId="guidance-ignored" />
        <Form method="get" className="grid cols-3" aria-label={t("guidance.filter")}>
          <div className="field">
            <label htmlFor="f-region">{t("guidance.col.region")}</label>
            <select id="f-region" name="region" defaultValue={filter.region}>
              <option value="">{t("guidance.filter.all")}</option>
              {regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}（{r.code}）
                </option>
              ))}
            </select>
          </div>
          <FilterSelect
            id="f-nature"
            name="nature"
            label={t("guidance.col.nature")}
            anyLabel={t("guidance.filter.all")}
            value={filter.nature}
            options={GUIDED_NATURES.map((n) => ({ value: n, label: t(`nature.${n}`) }))}
          />
          <FilterSelect
            id="f-grade"
            name="grade"
            label={t("guidance.col.grade")}
            anyLabel={t("guidance.filter.all")}
            value={filter.grade}
            options={KINDERGARTEN_GRADES.map((g) => ({ value: g, label: t(`guidance.grade.${g}`) }))}
          />
          <div>
            <button type="submit" className="secondary">
              {t("guidance.filter.apply")}
            </button>
          </div>
        </Form>

        {rows.length === 0 ? (
          <p>{t("guidance.none")}</p>
        ) : (
          <DataTable
            rows={rows}
            rowKey={(r) => r.id}
            columns={[
              ...keyColumns,
              ...amountColumns,
              effectiveColumn,
              stateColumn,
              { id: "source", header: t("guidance.col.source"), cell: (r) => r.source_document },
              {
                id: "actions",
                header: t("guidance.col.actions"),
                cell: (r) => (
                  <>
                    <Link to={historyHref(r)}>{t("guidance.history")}</Link>
                    {r.editable ? (
                      <>
                        {" · "}
                        <Link to={`/officer/guidance-prices/new?from=${r.id}`}>{t("guidance.edit")}</Link>
                      </>
                    ) : null}
                  </>
                ),
              },
            ]}
          />
        )}
      </section>

      <section className="panel">
        <h2>{t("guidance.batches")}</h2>
        {batches.length === 0 ? (
          <p>{t("guidance.batchesNone")}</p>
        ) : (
          <DataTable
            rows={batches}
            rowKey={(b) => b.id}
            columns={[
              {
                id: "createdAt",
                header: t("guidance.batch.createdAt"),
                cell: (b) => (
                  <>
                    <Instant value={b.created_at} />
                    {b.created_by_name ? <span className="muted"> · {b.created_by_name}</span> : null}
                  </>
                ),
              },
              { id: "region", header: t("guidance.batch.region"), cell: (b) => b.region_name },
              { id: "source", header: t("guidance.col.source"), key: true, cell: (b) => b.source_document },
              { id: "rows", header: t("guidance.batch.rows"), numeric: true, cell: (b) => b.row_count },
              {
                id: "status",
                header: t("guidance.col.status"),
                cell: (b) => (
                  <span className={b.status === "active" ? "badge ok" : b.status === "draft" ? "badge amber" : "badge"}>
                    {t(`guidance.batch.status.${b.status}`)}
                  </span>
                ),
              },
              { id: "open", header: t("guidance.col.actions"), cell: (b) => <Link to={`/officer/guidance-prices/batches/${b.id}`}>{t("guidance.batch.open")}</Link> },
            ]}
          />
        )}
      </section>
    </>
  );
}
