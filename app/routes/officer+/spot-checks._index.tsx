/**
 * The spot-check draws an officer may read, newest first: each with its area, agency and size, and whether it
 * repeated an earlier draw of the agency over an overlapping area within the redraw window, with the reason
 * recorded (再次抽取原因: published with the draw on /spot-checks, so shown as there) and a link to the earlier draw
 * when the officer may read it.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { Instant } from "~/components/instant";
import { listDraws } from "~/domain/spot-checks/spot-check.queries.server";
import { REDRAW_WINDOW_DAYS } from "~/domain/spot-checks/spot-check.schema";
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
          testId="spot-check-draws"
          rows={draws}
          rowKey={(d) => d.id}
          rowProps={(d) => ({ "data-repeat": d.repeat ? "1" : undefined })}
          columns={[
            { id: "drawnAt", header: t("spotChecks.drawnAt"), key: true, cell: (d) => <Link to={`/officer/spot-checks/${d.id}`}><Instant value={d.drawn_at} /></Link> },
            { id: "region", header: t("spotChecks.region"), cell: (d) => d.region_name },
            { id: "agency", header: t("spotChecks.agency"), cell: (d) => t(`spotChecks.agency.${d.agency}`) },
            { id: "stratify", header: t("spotChecks.stratify"), cell: (d) => t(`spotChecks.stratify.${d.stratify}`) },
            { id: "count", header: t("spotChecks.count"), numeric: true, cell: (d) => d.picks },
            { id: "pool", header: t("spotChecks.pool"), numeric: true, cell: (d) => d.pool_size },
            { id: "drawnBy", header: t("spotChecks.drawnBy"), cell: (d) => d.drawn_by_name },
            {
              id: "repeat",
              header: t("spotChecks.list.repeat"),
              cell: (d) =>
                d.repeat ? (
                  <>
                    <span className="badge amber">{t("spotChecks.list.repeated", { days: REDRAW_WINDOW_DAYS })}</span>
                    {d.repeat.of ? (
                      <>
                        {" "}
                        <Link to={`/officer/spot-checks/${d.repeat.of.id}`}>{t("spotChecks.list.repeatOf")}</Link>
                      </>
                    ) : null}
                    {/* The reason is published with the draw (/spot-checks), so whoever sees the draw reads it, as there. */}
                    <br />
                    {d.repeat.reason ? t("text.labelled", { label: t("spotChecks.redrawReason"), value: d.repeat.reason }) : <span className="muted">{t("spotChecks.list.noReason")}</span>}
                  </>
                ) : (
                  <span className="muted">{t("spotChecks.list.notRepeat")}</span>
                ),
            },
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
