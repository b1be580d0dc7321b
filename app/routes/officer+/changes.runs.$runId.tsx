import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { RunScope, RunStatusBadge } from "~/components/reevaluation-runs";
import { z } from "zod";
import { getRunSummary, runPercent, runScope } from "~/domain/changes/reevaluation.server";
import { runKindergartens, type RunKindergartenLists } from "~/domain/changes/run-kindergartens.queries.server";
import { runSubjectPath } from "~/domain/changes/run-subject";
import { resumeRun } from "~/domain/changes/run-recovery.server";
import { hasPermission } from "~/domain/users/actor";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { errorData, throwFailure, unknownIntent } from "~/web/failure.server";
import { useT } from "~/utils/i18n";
import { readForm } from "~/web/form.server";
import { queryParam, readQuery } from "~/web/query.server";
import { usePoll } from "~/utils/use-poll";
import { Instant } from "~/components/instant";
import { pageTitle } from "~/utils/page-title";
import { Fact } from "~/components/facts";

export const meta = pageTitle("changes.run.title");

/** Each list's page: `flaggedAfter` / `clearedAfter`, the last kindergarten id of the page before. */
const pageQuery = () => z.object({ flaggedAfter: queryParam.text(64), clearedAfter: queryParam.text(64) });
let pageQuerySchema: ReturnType<typeof pageQuery> | undefined;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:reevaluation:any");
  const query = readQuery(request, (pageQuerySchema ??= pageQuery()));
  const db = getDb();
  const run = await getRunSummary(db, params.runId ?? "");
  if (!run) throw new Response("Not found", { status: 404 });
  const { stall, ...rest } = run;
  const kindergartens = await runKindergartens(db, actor, run.id, { flagged: query.flaggedAfter, cleared: query.clearedAfter });
  return {
    run: { ...rest, percent: runPercent(run), scope: runScope(run) },
    subjectPath: runSubjectPath(actor, run),
    stall,
    canResume: hasPermission(actor, "resume:reevaluation:any"),
    kindergartens,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request, "resume:reevaluation:any");
  const runId = params.runId ?? "";
  if ((await readForm(request)).get("intent") !== "resume") return unknownIntent();
  const result = await resumeRun(getDb(), runId, actor);
  if (!result.ok) return result.kind === "not_found" ? throwFailure(result) : errorData(result);
  return redirect(`/officer/changes/runs/${runId}?resumed=1`);
}

export default function ReevaluationRun() {
  const { run, subjectPath, stall, canResume, kindergartens } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [search] = useSearchParams();
  const busy = useNavigation().state !== "idle";
  const t = useT();
  const active = run.status === "pending" || run.status === "running";
  // The batches run in the background; poll until the run is finished, as the filing page does
  // (a stalled run more slowly: it moves again only once someone resumes it).
  const advancing = active && !stall;
  usePoll(active, stall ? 10_000 : 1500);
  const shownAt = run.finished_at ?? run.started_at;
  const progressText = t("changes.run.progressText", { processed: run.processed, total: run.total, percent: run.percent });
  // The change by its kind and the document it records, not the kind alone: a guidance batch's price notice
  // (海发改〔2026〕41号), a parameter set's basis.
  const subjectName = run.subject_document
    ? t("text.labelled", { label: t(`changes.run.subject.${run.reason}`), value: run.subject_document })
    : t(`changes.run.subject.${run.reason}`);
  return (
    <section className="panel">
      <p>
        <Link to="/officer/changes">← {t("changes.back")}</Link>
      </p>
      <h1>
        {t("changes.run.title")}{" "}
        <RunStatusBadge status={run.status} stalled={stall !== null} />
      </h1>
      <dl className="grid cols-3">
        <Fact label={t("changes.run.subject")}>
          {t(`changes.reason.${run.reason}`)}
          {run.subject_id ? (
            <>
              {" · "}
              {subjectPath ? <Link to={subjectPath}>{subjectName}</Link> : subjectName}
            </>
          ) : null}
        </Fact>
        <Fact label={t("changes.run.scope")} testId="run-scope">
          <RunScope scope={run.scope} />
        </Fact>
        <Fact label={t("changes.run.createdAt")}>
          <Instant value={run.created_at} />
          {run.created_by_name ? ` · ${run.created_by_name}` : ""}
        </Fact>
        <Fact label={run.finished_at ? t("changes.run.finishedAt") : t("changes.run.startedAt")}>{shownAt ? <Instant value={shownAt} /> : "—"}</Fact>
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
        <Fact label={t("changes.run.newlyFlagged")} testId="newly-flagged">
          {run.newly_flagged}
        </Fact>
        <Fact label={t("changes.run.cleared")} testId="cleared">
          {run.cleared}
        </Fact>
      </dl>
      <RunKindergartenSection change="flagged" counted={run.newly_flagged} lists={kindergartens} />
      <RunKindergartenSection change="cleared" counted={run.cleared} lists={kindergartens} />

      {search.get("resumed") === "1" && advancing ? <p className="notice">{t("changes.run.resumed")}</p> : null}
      {actionData?.error ? (
        <p className="form-error" role="alert">
          {t(actionData.error.key, actionData.error.vars)}
        </p>
      ) : null}
      {stall ? (
        <div className="form-error" role="alert">
          <p>{t("changes.run.stalled", { attempts: stall.attempts })}</p>
          {stall.error ? <pre className="error-detail">{stall.error}</pre> : null}
          {canResume ? (
            <Form method="post">
              <p className="muted">{t("changes.run.resumeHint")}</p>
              <button type="submit" name="intent" value="resume" className="primary" disabled={busy}>
                {t("changes.run.resume")}
              </button>
            </Form>
          ) : (
            <p className="muted">{t("changes.run.askAdmin")}</p>
          )}
        </div>
      ) : run.error && active ? (
        <p className="form-error" role="alert">
          {t("changes.run.error", { error: run.error })}
        </p>
      ) : null}
      {advancing ? <p className="muted">{t("changes.run.polling")}</p> : null}
      {run.status === "done" ? <p className="notice">{t(run.newly_flagged > 0 ? "changes.run.finished" : "changes.run.finishedNone")}</p> : null}
    </section>
  );
}

/**
 * The kindergartens behind one of the run's counters, those within the reader's jurisdiction: a page of them, each
 * linked to its registry page, with the next page (the other list's page kept).
 */
function RunKindergartenSection({ change, counted, lists }: { change: keyof RunKindergartenLists; counted: number; lists: RunKindergartenLists }) {
  const t = useT();
  const [search] = useSearchParams();
  const list = lists[change];
  if (counted === 0) return null;
  const param = `${change}After`;
  const pageLink = (after: string | null) => {
    const next = new URLSearchParams(search);
    next.delete("resumed");
    if (after === null) next.delete(param);
    else next.set(param, after);
    const query = next.toString();
    return query ? `?${query}` : "?";
  };
  return (
    <section aria-labelledby={`run-${change}-title`} data-testid={`run-${change}`}>
      <h2 id={`run-${change}-title`}>{t(`changes.run.list.${change}`)}</h2>
      {list.count !== counted ? <p className="muted">{t("changes.run.list.inScope", { count: list.count })}</p> : null}
      {list.rows.length > 0 ? (
        <ul>
          {list.rows.map((k) => (
            <li key={k.id}>
              <Link to={`/officer/kindergartens/${k.id}`}>{k.name}</Link>
              {k.regionName ? <span className="muted"> · {k.regionName}</span> : null}
            </li>
          ))}
        </ul>
      ) : list.count === 0 ? null : (
        <p className="muted">{t("changes.run.list.pastEnd")}</p>
      )}
      {list.paged || list.next ? (
        <nav className="pager" aria-label={t(`changes.run.list.pages.${change}`)}>
          {list.paged ? <Link to={pageLink(null)}>{t("changes.run.list.first")}</Link> : null}{" "}
          {list.next ? (
            <Link to={pageLink(list.next)} data-testid={`run-${change}-next`}>
              {t("changes.run.list.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
