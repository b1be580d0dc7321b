import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RunStatusBadge } from "~/components/reevaluation-runs";
import { listRuns, runListItem } from "~/domain/changes/reevaluation.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useT } from "~/utils/i18n";
import { Instant } from "~/components/instant";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireActor(request, "read:reevaluation:any");
  const runs = await listRuns(getDb(), { limit: 50 });
  return {
    runs: runs.map((r) => ({ ...runListItem(r), reason: r.reason, newly_flagged: r.newly_flagged, cleared: r.cleared, created_by_name: r.created_by_name })),
  };
}

export default function Reevaluations() {
  const { runs } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("changes.title")}</h1>
      <p className="muted">{t("changes.intro")}</p>
      {runs.length === 0 ? (
        <p>{t("changes.none")}</p>
      ) : (
        <div className="table-wrap">
          <table className="responsive">
            <thead>
              <tr>
                <th>{t("changes.col.createdAt")}</th>
                <th>{t("changes.col.reason")}</th>
                <th>{t("changes.col.status")}</th>
                <th>{t("changes.col.progress")}</th>
                <th className="num">{t("changes.col.newlyFlagged")}</th>
                <th className="num">{t("changes.col.cleared")}</th>
                <th>{t("changes.col.by")}</th>
              </tr>
            </thead>
            <tbody>
              {runs.map((r) => {
                const label = t("changes.run.progressText", { processed: r.processed, total: r.total, percent: r.percent });
                return (
                  <tr key={r.id}>
                    <td data-label={t("changes.col.createdAt")}>
                      <Link to={`/officer/changes/runs/${r.id}`}>
                        <Instant value={r.created_at} />
                      </Link>
                    </td>
                    <td data-label={t("changes.col.reason")}>{t(`changes.reason.${r.reason}`)}</td>
                    <td data-label={t("changes.col.status")}>
                      <RunStatusBadge status={r.status} stalled={r.stalled} />
                    </td>
                    <td data-label={t("changes.col.progress")}>
                      <progress className="progress" max={100} value={r.percent} aria-label={label} title={label} />
                      <span className="muted">{r.processed} / {r.total}</span>
                    </td>
                    <td data-label={t("changes.col.newlyFlagged")} className="num">{r.newly_flagged}</td>
                    <td data-label={t("changes.col.cleared")} className="num">{r.cleared}</td>
                    <td data-label={t("changes.col.by")}>{r.created_by_name ?? "—"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
