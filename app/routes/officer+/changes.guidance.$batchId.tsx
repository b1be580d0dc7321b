import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { activateGuidanceChange, guidanceChangeView } from "~/domain/changes/guidance-change.server";
import { previewLists } from "~/domain/changes/preview.server";
import { PreviewComputing, PreviewSection } from "~/components/change-preview";
import { RunList } from "~/components/reevaluation-runs";
import { runListItem } from "~/domain/changes/reevaluation.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { errorData, unknownIntent } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { confirmFirst, SubmissionKeyInput } from "~/components/forms";
import { useLang, useT } from "~/utils/i18n";
import { formatFen } from "~/utils/money";
import { getRulesRuntime } from "~/web/rules.server";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("changes.guidance.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const view = await guidanceChangeView({ db: getDb(), rules: getRulesRuntime(), actor, batchId: params.batchId ?? "" });
  if (!view) throw new Response("Not found", { status: 404 });
  return {
    submissionKey: newSubmissionKey(),
    batch: view.batch,
    preview: view.preview ? previewLists(view.preview) : null,
    previewComputing: view.previewComputing,
    previewComputedAt: view.previewComputedAt,
    runs: view.runs.map(runListItem),
    appliesFrom: view.appliesFrom,
    reach: view.reach,
    pastStart: view.pastStart,
    lowered: view.lowered,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "manage:guidance-price:region", "manage:guidance-price:any");
  const formData = await readForm(request);
  if (formData.get("intent") !== "activate") return unknownIntent();
  const result = await activateGuidanceChange({
    db: getDb(),
    actor,
    batchId: params.batchId ?? "",
    submissionKey: formData.get(SUBMISSION_KEY_FIELD),
    // The draft's version this page previewed: an edit since refuses the activation.
    version: formData.get("version"),
    requestId: context?.requestId ?? null,
  });
  if (!result.ok) return errorData(result);
  return redirect(`/officer/changes/runs/${result.runId}`);
}

export default function GuidanceChangePreview() {
  const { submissionKey, batch, preview, previewComputing, previewComputedAt, runs, appliesFrom, reach, pastStart, lowered } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const lang = useLang();
  const loweredVars = lowered && {
    rows: lowered.rows,
    from: formatFen(lowered.deepest.fromFen, lang),
    to: formatFen(lowered.deepest.toFen, lang),
    percent: lowered.deepest.percent,
  };
  const busy = useNavigation().state !== "idle";
  return (
    <section className="panel">
      <p>
        <Link to={`/officer/guidance-prices/batches/${batch.id}`}>← {t("changes.guidance.backToBatch")}</Link>
      </p>
      <h1>{t("changes.guidance.title")}</h1>
      <p className="muted">{t("changes.guidance.batch", { source: batch.source_document, rows: batch.row_count })}</p>
      {actionData?.error ? (
        <div className="form-error" role="alert">
          {t(actionData.error.key, actionData.error.vars)}
        </div>
      ) : null}

      {preview ? (
        <>
          <PreviewSection
            intro={t("changes.guidance.intro", { region: batch.region_name })}
            {...preview}
            computedAt={previewComputedAt}
          />
          {reach ? (
            <p className="muted" data-testid="preview-reach">
              {reach.onOrAfter === 0
                ? t("changes.guidance.reachNone", { compared: reach.compared, from: reach.from })
                : t("changes.guidance.reach", { compared: reach.compared, onOrAfter: reach.onOrAfter, from: reach.from })}
            </p>
          ) : null}
          {pastStart ? (
            <p className="notice warning" data-testid="past-start">
              {t("changes.guidance.pastStart", pastStart)}
            </p>
          ) : null}
          {loweredVars ? (
            <p className="notice warning" data-testid="lowered">
              {t("changes.guidance.lowered", loweredVars)}
            </p>
          ) : null}
          <div className="notice">
            {appliesFrom ? (
              <p data-testid="activate-hint">
                {appliesFrom.first === appliesFrom.last
                  ? t("changes.guidance.activateHint", { from: appliesFrom.first, region: batch.region_name })
                  : t("changes.guidance.activateHintRange", { from: appliesFrom.first, to: appliesFrom.last, region: batch.region_name })}
              </p>
            ) : null}
            {/* Activation cannot be undone (a new batch replaces it): asked first, like a draft's discard. */}
            <Form method="post" className="inline" onSubmit={confirmFirst(
                [
                  t("changes.guidance.activateConfirm", { region: batch.region_name }),
                  pastStart ? t("changes.guidance.activateConfirmPast", pastStart) : "",
                  loweredVars ? t("changes.guidance.activateConfirmLowered", loweredVars) : "",
                ].filter(Boolean).join(" "),
              )}>
              <SubmissionKeyInput fresh={submissionKey} />
              <input type="hidden" name="version" value={batch.version} />
              <button type="submit" name="intent" value="activate" className="primary" disabled={busy}>
                {t("changes.guidance.activate")}
              </button>
            </Form>
          </div>
        </>
      ) : previewComputing ? (
        <PreviewComputing computing={previewComputing} />
      ) : (
        <p className="notice">{t("changes.guidance.notDraft", { status: t(`guidance.batch.status.${batch.status}`) })}</p>
      )}

      <RunList title={t("changes.guidance.runs")} runs={runs} />
    </section>
  );
}
