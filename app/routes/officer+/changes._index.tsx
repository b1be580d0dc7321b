import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { RunScope, RunStatusBadge } from "~/components/reevaluation-runs";
import { listRuns, runListItem } from "~/domain/changes/reevaluation.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { useT } from "~/utils/i18n";
import { Instant } from "~/components/instant";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("changes.title");

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
        <DataTable
          rows={runs}
          rowKey={(r) => r.id}
          columns={[
            {
              id: "createdAt",
              header: t("changes.col.createdAt"),
              key: true,
              cell: (r) => (
                <Link to={`/officer/changes/runs/${r.id}`}>
                  <Instant value={r.created_at} />
                </Link>
              ),
            },
            { id: "reason", header: t("changes.col.reason"), cell: (r) => t(`changes.reason.${r.reason}`) },
            { id: "scope", header: t("changes.col.scope"), cell: (r) => <RunScope scope={r.scope} /> },
            { id: "status", header: t("changes.col.status"), key: true, cell: (r) => <RunStatusBadge status={r.status} stalled={r.stalled} /> },
            {
              id: "progress",
              header: t("changes.col.progress"),
              cell: (r) => {
                const label = t("changes.run.progressText", { processed: r.processed, total: r.total, percent: r.percent });
                return (
                  <>
                    <progress className="progress" max={100} value={r.percent} aria-label={label} title={label} />
                    <span className="muted">
                      {r.processed} / {r.total}
                    </span>
                  </>
                );
              },
            },
            { id: "newlyFlagged", header: t("changes.col.newlyFlagged"), numeric: true, cell: (r) => r.newly_flagged },
            { id: "cleared", header: t("changes.col.cleared"), numeric: true, cell: (r) => r.cleared },
            { id: "by", header: t("changes.col.by"), cell: (r) => r.created_by_name ?? "—" },
          ]}
        />
      )}
    </section>
  );
}
