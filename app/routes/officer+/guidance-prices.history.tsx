import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { guidancePriceHistory, parsePriceKey } from "~/domain/guidance-prices/guidance-price.queries.server";
import { GUIDED_CATEGORIES, GUIDED_NATURES, PRICE_AGE_BANDS } from "~/domain/guidance-prices/guidance-price.schema";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { PriceAmountCells, PriceEffectiveCell } from "~/components/guidance-price-cells";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useLang, useT } from "~/utils/i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:guidance-price:region", "read:guidance-price:any");
  // A malformed part is a 400; a missing one leaves no key to show, as an unknown key does (404).
  const query = readQuery(
    request,
    z.object({
      region: queryParam.regionCode(),
      nature: queryParam.oneOf(GUIDED_NATURES),
      grade: queryParam.text(40),
      ageBand: queryParam.oneOf(PRICE_AGE_BANDS),
      category: queryParam.oneOf(GUIDED_CATEGORIES),
    }),
  );
  const key = parsePriceKey(new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined)));
  if (!key) throw new Response("Not found", { status: 404 });
  const history = await guidancePriceHistory(getDb(), actor, key);
  if (!history) throw new Response("Not found", { status: 404 });
  return history;
}

export default function GuidancePriceHistory() {
  const { key, regionName, rows } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  return (
    <section className="panel">
      <p>
        <Link to="/officer/guidance-prices">← {t("guidance.back")}</Link>
      </p>
      <h1>{t("guidance.historyTitle")}</h1>
      <p>
        {t("guidance.historyKey", {
          region: `${regionName}（${key.region_code}）`,
          nature: t(`nature.${key.nature}`),
          grade: t(`guidance.grade.${key.grade}`),
          ageBand: t(`age.${key.age_band}`),
          category: t(`category.${key.category}`),
        })}
      </p>
      {rows.length === 0 ? (
        <p>{t("guidance.historyNone")}</p>
      ) : (
        <div className="table-wrap">
          <table className="responsive">
            <thead>
              <tr>
                <th>{t("guidance.col.status")}</th>
                <th className="num">{t("guidance.col.basePrice")}</th>
                <th className="num">{t("guidance.col.maxFloat")}</th>
                <th className="num">{t("guidance.col.cap")}</th>
                <th>{t("guidance.col.effective")}</th>
                <th>{t("guidance.col.source")}</th>
                <th>{t("guidance.col.recorded")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td data-label={t("guidance.col.status")}>
                    <span className={r.status === "active" ? "badge ok" : r.status === "draft" ? "badge amber" : "badge"}>
                      {r.status === "draft" && r.batch_status === "discarded"
                        ? t("guidance.batch.status.discarded")
                        : t(`guidance.status.${r.status}`)}
                    </span>
                    {r.superseded_at ? (
                      <span className="muted">
                        {" "}
                        {t("guidance.supersededAt", {
                          at: new Date(r.superseded_at).toLocaleString(lang, { timeZone: "Asia/Shanghai" }),
                        })}
                      </span>
                    ) : null}
                  </td>
                  <PriceAmountCells row={r} />
                  <PriceEffectiveCell row={r} />
                  <td data-label={t("guidance.col.source")}>{r.source_document}</td>
                  <td data-label={t("guidance.col.recorded")}>
                    <time dateTime={r.created_at}>{new Date(r.created_at).toLocaleString(lang, { timeZone: "Asia/Shanghai" })}</time>
                    {r.batch_id ? (
                      <>
                        {" · "}
                        <Link to={`/officer/guidance-prices/batches/${r.batch_id}`}>{t("guidance.batch.open")}</Link>
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
  );
}
