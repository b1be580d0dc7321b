import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { Instant } from "~/components/instant";
import { listDraws } from "~/domain/spot-checks/spot-check.queries.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readQuery } from "~/web/query.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("spotChecks.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  const { before } = readQuery(request, z.object({ before: queryParam.text(26) }));
  return listDraws(getDb(), actor, before ?? null);
}

export default function SpotChecks() {
  const { draws, nextBefore, canDraw } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("spotChecks.title")}</h1>
      <p className="muted">{t("spotChecks.intro")}</p>
      {canDraw ? (
        <p>
          <Link to="/officer/spot-checks/new" className="button primary">
            {t("spotChecks.new")}
          </Link>
        </p>
      ) : null}
      {draws.length === 0 ? (
        <p>{t("spotChecks.none")}</p>
      ) : (
        <DataTable
          rows={draws}
          rowKey={(d) => d.id}
          columns={[
            { id: "drawnAt", header: t("spotChecks.drawnAt"), key: true, cell: (d) => <Link to={`/officer/spot-checks/${d.id}`}><Instant value={d.drawn_at} /></Link> },
            { id: "region", header: t("spotChecks.region"), cell: (d) => d.region_name },
            { id: "agency", header: t("spotChecks.agency"), cell: (d) => t(`spotChecks.agency.${d.agency}`) },
            { id: "stratify", header: t("spotChecks.stratify"), cell: (d) => t(`spotChecks.stratify.${d.stratify}`) },
            { id: "count", header: t("spotChecks.count"), numeric: true, cell: (d) => d.picks },
            { id: "pool", header: t("spotChecks.pool"), numeric: true, cell: (d) => d.pool_size },
            { id: "drawnBy", header: t("spotChecks.drawnBy"), cell: (d) => d.drawn_by_name },
          ]}
        />
      )}
      {nextBefore ? (
        <p>
          <Link to={`?before=${nextBefore}`}>{t("spotChecks.more")}</Link>
        </p>
      ) : null}
    </section>
  );
}
