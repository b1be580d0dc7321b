/** Re-evaluation runs: a run's status badge, its scope, and the runs a change started, linking to their progress pages. */
import { Link } from "@remix-run/react";
import { Instant } from "~/components/instant";
import { useT } from "~/utils/i18n";

/** A re-evaluation run's status; a run whose next batch was given up on reads "stalled". */
export function RunStatusBadge({ status, stalled }: { status: string; stalled: boolean }) {
  const t = useT();
  const tone = status === "done" ? "ok" : status === "failed" || stalled ? "red" : "amber";
  return <span className={`badge ${tone}`}>{t(stalled ? "changes.status.stalled" : `changes.status.${status}`)}</span>;
}

/** Where a run re-evaluates: a region (and everything below it) by name, or 全国 (runScope). */
export function RunScope({ scope }: { scope: { regionCode: string; regionName: string } | null }) {
  const t = useT();
  return <>{scope ? scope.regionName : t("changes.scope.national")}</>;
}

/** Re-evaluation runs started by a change, linking to their progress pages. */
export function RunList(props: {
  title: string;
  runs: Array<{
    id: string;
    status: string;
    stalled: boolean;
    created_at: string;
    processed: number;
    total: number;
    percent: number;
    scope: { regionCode: string; regionName: string } | null;
  }>;
}) {
  const t = useT();
  if (props.runs.length === 0) return null;
  return (
    <>
      <h2>{props.title}</h2>
      <ul>
        {props.runs.map((r) => (
          <li key={r.id}>
            <Link to={`/officer/changes/runs/${r.id}`}>
              <Instant value={r.created_at} />
            </Link> · <RunStatusBadge status={r.status} stalled={r.stalled} /> · <RunScope scope={r.scope} /> ·{" "}
            {t("changes.run.progressText", { processed: r.processed, total: r.total, percent: r.percent })}
          </li>
        ))}
      </ul>
    </>
  );
}
