import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { guidancePriceOverview } from "~/domain/guidance-prices/guidance-price.queries.server";
import { GUIDED_NATURES, KINDERGARTEN_GRADES } from "~/domain/guidance-prices/guidance-price.schema";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { regionName } from "~/domain/regions/region.queries.server";
import { PriceAmountCells, PriceEffectiveCell, PriceKeyCells } from "~/components/guidance-price-cells";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useLang, useT } from "~/utils/i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:guidance-price:region", "read:guidance-price:any");
  const db = getDb();
  const filter = readQuery(
    request,
    z.object({ region: queryParam.regionCode(), nature: queryParam.oneOf(GUIDED_NATURES), grade: queryParam.oneOf(KINDERGARTEN_GRADES) }),
  );
  const [overview, scope] = await Promise.all([
    guidancePriceOverview(db, actor, filter),
    actor.regionCode ? regionName(db, actor.regionCode) : null,
  ]);
  return { ...overview, scope };
}

function historyHref(r: { region_code: string; nature: string; grade: string; age_band: string; category: string }): string {
  const q = new URLSearchParams({ region: r.region_code, nature: r.nature, grade: r.grade, ageBand: r.age_band, category: r.category });
  return `/officer/guidance-prices/history?${q}`;
}

export default function GuidancePrices() {
  const { rows, batches, regions, filter, canManage, scope } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
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
          <div className="field">
            <label htmlFor="f-nature">{t("guidance.col.nature")}</label>
            <select id="f-nature" name="nature" defaultValue={filter.nature}>
              <option value="">{t("guidance.filter.all")}</option>
              {GUIDED_NATURES.map((n) => (
                <option key={n} value={n}>
                  {t(`nature.${n}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-grade">{t("guidance.col.grade")}</label>
            <select id="f-grade" name="grade" defaultValue={filter.grade}>
              <option value="">{t("guidance.filter.all")}</option>
              {KINDERGARTEN_GRADES.map((g) => (
                <option key={g} value={g}>
                  {t(`guidance.grade.${g}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" className="secondary">
              {t("guidance.filter.apply")}
            </button>
          </div>
        </Form>

        {rows.length === 0 ? (
          <p>{t("guidance.none")}</p>
        ) : (
          <div className="table-wrap">
            <table className="responsive">
              <thead>
                <tr>
                  <th>{t("guidance.col.region")}</th>
                  <th>{t("guidance.col.nature")}</th>
                  <th>{t("guidance.col.grade")}</th>
                  <th>{t("guidance.col.ageBand")}</th>
                  <th>{t("guidance.col.category")}</th>
                  <th className="num">{t("guidance.col.basePrice")}</th>
                  <th className="num">{t("guidance.col.maxFloat")}</th>
                  <th className="num">{t("guidance.col.cap")}</th>
                  <th>{t("guidance.col.effective")}</th>
                  <th>{t("guidance.col.source")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.id}>
                    <PriceKeyCells row={r} />
                    <PriceAmountCells row={r} />
                    <PriceEffectiveCell row={r} />
                    <td data-label={t("guidance.col.source")}>{r.source_document}</td>
                    <td>
                      <Link to={historyHref(r)}>{t("guidance.history")}</Link>
                      {r.editable ? (
                        <>
                          {" · "}
                          <Link to={`/officer/guidance-prices/new?from=${r.id}`}>{t("guidance.edit")}</Link>
                        </>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="panel">
        <h2>{t("guidance.batches")}</h2>
        {batches.length === 0 ? (
          <p>{t("guidance.batchesNone")}</p>
        ) : (
          <div className="table-wrap">
            <table className="responsive">
              <thead>
                <tr>
                  <th>{t("guidance.batch.createdAt")}</th>
                  <th>{t("guidance.batch.region")}</th>
                  <th>{t("guidance.col.source")}</th>
                  <th className="num">{t("guidance.batch.rows")}</th>
                  <th>{t("guidance.col.status")}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {batches.map((b) => (
                  <tr key={b.id}>
                    <td data-label={t("guidance.batch.createdAt")}>
                      <time dateTime={b.created_at}>{new Date(b.created_at).toLocaleString(lang, { timeZone: "Asia/Shanghai" })}</time>
                      {b.created_by_name ? <span className="muted"> · {b.created_by_name}</span> : null}
                    </td>
                    <td data-label={t("guidance.batch.region")}>{b.region_name}</td>
                    <td data-label={t("guidance.col.source")}>{b.source_document}</td>
                    <td data-label={t("guidance.batch.rows")} className="num">
                      {b.row_count}
                    </td>
                    <td data-label={t("guidance.col.status")}>
                      <span className={b.status === "active" ? "badge ok" : b.status === "draft" ? "badge amber" : "badge"}>
                        {t(`guidance.batch.status.${b.status}`)}
                      </span>
                    </td>
                    <td>
                      <Link to={`/officer/guidance-prices/batches/${b.id}`}>{t("guidance.batch.open")}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
