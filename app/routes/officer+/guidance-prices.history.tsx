import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { guidancePriceHistory, parsePriceKey } from "~/domain/guidance-prices/guidance-price.queries.server";
import { DataTable } from "~/components/data-table";
import { PriceState, usePriceAmountColumns, usePriceEffectiveColumn } from "~/components/guidance-price-columns";
import { shanghaiDate } from "~/utils/working-days";
import { GUIDED_CATEGORIES, GUIDED_NATURES, PRICE_AGE_BANDS } from "~/domain/guidance-prices/guidance-price.schema";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useT } from "~/utils/i18n";
import { Instant } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("guidance.historyTitle");

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
  const history = await guidancePriceHistory(getDb(), actor, key, shanghaiDate());
  if (!history) throw new Response("Not found", { status: 404 });
  return history;
}

export default function GuidancePriceHistory() {
  const { key, regionName, rows } = useLoaderData<typeof loader>();
  const t = useT();
  const amountColumns = usePriceAmountColumns<(typeof rows)[number]>();
  const effectiveColumn = usePriceEffectiveColumn<(typeof rows)[number]>();
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
        <DataTable
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            {
              id: "status",
              header: t("guidance.col.status"),
              key: true,
              cell: (r) => (
                <>
                  <PriceState state={r.state} />
                  {r.superseded_at && r.state.kind === "superseded" ? (
                    <span className="muted">
                      {" "}
                      <Interpolate id="guidance.supersededAt" vars={{ at: <Instant value={r.superseded_at} /> }} />
                    </span>
                  ) : null}
                </>
              ),
            },
            ...amountColumns,
            effectiveColumn,
            { id: "source", header: t("guidance.col.source"), cell: (r) => r.source_document },
            {
              id: "recorded",
              header: t("guidance.col.recorded"),
              cell: (r) => (
                <>
                  <Instant value={r.created_at} />
                  {r.batch_id ? (
                    <>
                      {" · "}
                      <Link to={`/officer/guidance-prices/batches/${r.batch_id}`}>{t("guidance.batch.open")}</Link>
                    </>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
