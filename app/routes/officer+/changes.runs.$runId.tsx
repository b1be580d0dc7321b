import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { getRunSummary, runPercent } from "../../domain/changes/reevaluation.server";
import { requireActor } from "../../utils/auth.server";
import { getDb } from "../../utils/db.server";
import { useLang, useT } from "../../utils/i18n";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireActor(request, "read:reevaluation:any");
  const run = await getRunSummary(getDb(), params.runId ?? "");
  if (!run) throw new Response("Not found", { status: 404 });
  return { run: { ...run, percent: runPercent(run) } };
}

export default function ReevaluationRun() {
  const { run } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const revalidator = useRevalidator();
  const active = run.status === "pending" || run.status === "running";
  // The batches run in the background; poll until the run is finished, as the filing page does.
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => revalidator.state === "idle" && revalidator.revalidate(), 1500);
    return () => clearInterval(timer);
  }, [active, revalidator]);
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(lang, { timeZone: "Asia/Shanghai" }) : "—");
  const progressText = t("changes.run.progressText", { processed: run.processed, total: run.total, percent: run.percent });
  return (
    <section className="panel">
      <p>
        <Link to="/officer/changes">← {t("changes.back")}</Link>
      </p>
      <h1>
        {t("changes.run.title")}{" "}
        <span className={run.status === "done" ? "badge ok" : run.status === "failed" ? "badge red" : "badge amber"}>
          {t(`changes.status.${run.status}`)}
        </span>
      </h1>
      <dl className="grid cols-3">
        <div>
          <dt className="muted">{t("changes.run.subject")}</dt>
          <dd>
            {t(`changes.reason.${run.reason}`)}
            {run.subject_id ? (
              <>
                {" · "}
                <Link to={subjectPath(run.reason, run.subject_id)}>{t(`changes.run.subject.${run.reason}`)}</Link>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt className="muted">{t("changes.run.createdAt")}</dt>
          <dd>
            {when(run.created_at)}
            {run.created_by_name ? ` · ${run.created_by_name}` : ""}
          </dd>
        </div>
        <div>
          <dt className="muted">{run.finished_at ? t("changes.run.finishedAt") : t("changes.run.startedAt")}</dt>
          <dd>{when(run.finished_at ?? run.started_at)}</dd>
        </div>
      </dl>

      <label htmlFor="run-progress">{t("changes.run.progressLabel")}</label>
      <progress
        id="run-progress"
        className="progress"
        max={Math.max(run.total, 1)}
        value={run.status === "done" ? Math.max(run.total, 1) : Math.min(run.processed, run.total)}
        aria-valuetext={progressText}
      >
        {run.percent}%
      </progress>
      <p role="status" aria-live="polite">
        {progressText}
      </p>

      <dl className="grid cols-3">
        <div>
          <dt className="muted">{t("changes.run.newlyFlagged")}</dt>
          <dd data-testid="newly-flagged">{run.newly_flagged}</dd>
        </div>
        <div>
          <dt className="muted">{t("changes.run.cleared")}</dt>
          <dd data-testid="cleared">{run.cleared}</dd>
        </div>
      </dl>

      {run.error && active ? (
        <p className="form-error" role="alert">
          {t("changes.run.error", { error: run.error })}
        </p>
      ) : null}
      {active ? <p className="muted">{t("changes.run.polling")}</p> : null}
      {run.status === "done" ? <p className="notice">{t("changes.run.finished")}</p> : null}
    </section>
  );
}

/** Where the change that started a run can be read: the batch, the parameter set, or the rule (subject "R06@2"). */
function subjectPath(reason: string, subjectId: string): string {
  if (reason === "guidance_prices") return `/officer/guidance-prices/batches/${subjectId}`;
  if (reason === "rule_parameters") return `/officer/changes/parameters/${subjectId}`;
  return `/officer/rules/${subjectId.split("@")[0]}`;
}
