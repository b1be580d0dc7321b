import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { previewLists } from "~/domain/changes/preview.server";
import { runListItem } from "~/domain/changes/reevaluation.server";
import type { Message } from "~/domain/result";
import { activateRuleVersion, CORRECTION_REASON_MAX, ruleVersionChangeView } from "~/domain/changes/rule-version-change.server";
import { requireActor } from "~/web/auth.server";
import { DataTable } from "~/components/data-table";
import { addDays } from "~/utils/civil-date";
import { getDb } from "~/web/db.server";
import { errorData } from "~/web/failure.server";
import { useRuleLang, useT } from "~/utils/i18n";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { readForm } from "~/web/form.server";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { confirmFirst, SubmissionKeyInput } from "~/components/forms";
import { getRulesRuntime } from "~/web/rules.server";
import { ErrorBox } from "~/components/error-box";
import { LegalBasisList } from "~/components/legal-basis-list";
import { Period, VersionStatus } from "~/components/rule-version";
import { PreviewComputing, PreviewSection } from "~/components/change-preview";
import { RunList } from "~/components/reevaluation-runs";
import { pageTitle } from "~/utils/page-title";

function versionParam(raw: string | undefined): number | null {
  return raw && /^\d{1,6}$/.test(raw) ? Number(raw) : null;
}

export const meta = pageTitle("rulesConfig.version.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:rules:any");
  const version = versionParam(params.version);
  if (version === null) throw new Response("Not found", { status: 404 });
  const { from: activeFrom } = readQuery(request, z.object({ from: queryParam.date() }));
  const change = { ruleId: params.ruleId ?? "", version, activeFrom: activeFrom ?? null };
  const view = await ruleVersionChangeView({ db: getDb(), rules: getRulesRuntime(), actor, change });
  if (!view) throw new Response("Not found", { status: 404 });
  const from = view.change.activeFrom;
  return {
    submissionKey: newSubmissionKey(),
    // From the loader: a .server module's constants are not in the browser's bundle.
    reasonMax: CORRECTION_REASON_MAX,
    from,
    end: /^\d{4}-\d{2}-\d{2}$/.test(from) ? addDays(from, -1) : from,
    version: view.version,
    versions: view.versions,
    check: view.check.ok
      ? { ok: true as const, after: view.check.after, correction: view.check.correction }
      : { ok: false as const, error: view.check.formErrors[0] },
    preview: view.preview ? previewLists(view.preview, view.preview.counts) : null,
    previewComputing: view.previewComputing,
    previewComputedAt: view.previewComputedAt,
    listsNarrowed: view.listsNarrowed,
    canActivate: view.canActivate,
    isAdmin: actor.role === "admin",
    runs: view.runs.map(runListItem),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "activate:rule-version:any");
  const formData = await readForm(request);
  const version = versionParam(params.version);
  if (formData.get("intent") !== "activate" || version === null) {
    return data<{ error: Message }>({ error: { key: "error.generic" } }, { status: 400 });
  }
  const from = formData.get("from");
  const result = await activateRuleVersion({
    db: getDb(),
    actor,
    rulesRuntime: getRulesRuntime(),
    ruleId: params.ruleId ?? "",
    version,
    activeFrom: typeof from === "string" ? from : "",
    reason: formData.get("reason"),
    submissionKey: formData.get(SUBMISSION_KEY_FIELD),
    requestId: context?.requestId ?? null,
  });
  if (!result.ok) return errorData(result);
  return redirect(`/officer/changes/runs/${result.runId}`);
}

export default function RuleVersionPreview() {
  const { submissionKey, reasonMax, from, end, version, versions, check, preview, previewComputing, previewComputedAt, listsNarrowed, canActivate, isAdmin, runs } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as { error: Message } | undefined;
  const t = useT();
  const lang = useRuleLang();
  const busy = useNavigation().state !== "idle";
  return (
    <section className="panel">
      <p>
        {isAdmin ? <Link to="/admin/rules">← {t("rulesConfig.version.back")}</Link> : <Link to={`/officer/rules/${version.ruleId}`}>← {t("rulesConfig.rule.back")}</Link>}
      </p>
      <h1>{t("rulesConfig.version.title")}</h1>
      <p>
        <Link to={`/officer/rules/${version.ruleId}?version=${version.version}`}>
          {t("rulesConfig.version.summary", { rule: `${version.ruleId} ${version.title[lang]}`, version: version.version, file: version.file })}
        </Link>
      </p>
      <p className="muted">
        {t("rulesConfig.col.filePeriod")}: <Period from={version.fileFrom} to={version.fileTo} />
      </p>
      <LegalBasisList basis={version.legalBasis} />
      <ErrorBox messages={actionData?.error ? [actionData.error] : null} />

      <Form method="get" className="inline">
        <label htmlFor="version-from">{t("rulesConfig.admin.from")}</label> <input id="version-from" name="from" type="date" defaultValue={from} required />{" "}
        <button type="submit" className="secondary">
          {t("rulesConfig.admin.preview")}
        </button>
      </Form>

      <h2>{t("rulesConfig.rule.versions")}</h2>
      <DataTable
        rows={versions}
        rowKey={(v) => String(v.version)}
        columns={[
          {
            id: "version",
            header: t("rulesConfig.col.version"),
            key: true,
            cell: (v) => (
              <>
                {t("rulesConfig.version", { version: v.version })} <code>{v.file}</code>
              </>
            ),
          },
          {
            id: "now",
            header: t("rulesConfig.version.now"),
            cell: (v) => (
              <>
                <VersionStatus status={v.status} /> {v.inForce ? <Period from={v.inForce.from} to={v.inForce.to} /> : null}
              </>
            ),
          },
          {
            id: "afterSwitch",
            header: t("rulesConfig.version.afterSwitch"),
            key: true,
            cell: (v) => {
              const after = check.ok ? check.after.find((a) => a.version === v.version) : undefined;
              return after ? <Period from={after.activeFrom} to={after.activeTo} /> : check.ok ? t("rulesConfig.status.not_activated") : "—";
            },
          },
        ]}
      />

      {!check.ok ? (
        <div className="form-error" role="alert" data-testid="activation-refused">
          {t("rulesConfig.version.refused")} {t(check.error.key, check.error.vars)}
        </div>
      ) : null}

      {preview ? (
        <>
          <PreviewSection
            intro={t("rulesConfig.version.intro", { from, version: version.version })}
            {...preview}
            computedAt={previewComputedAt}
          />
          {listsNarrowed ? <p className="muted">{t("rulesConfig.version.narrowed")}</p> : null}
        </>
      ) : previewComputing ? (
        <PreviewComputing computing={previewComputing} />
      ) : null}

      {/* Activation follows the preview: not offered while it is still being computed. */}
      {check.ok && preview ? (
        canActivate ? (
          <div className="notice">
            <p>{t("rulesConfig.version.activateHint", { end, from, version: version.version })}</p>
            {check.correction ? <p data-testid="correction-notice">{t("rulesConfig.version.correctionHint", { from })}</p> : null}
            {/* Activation cannot be undone (a later version replaces it): asked first, naming the rule and the version. */}
            <Form
              method="post"
              className={check.correction ? undefined : "inline"}
              onSubmit={confirmFirst(t("rulesConfig.version.activateConfirm", { rule: `${version.ruleId} ${version.title[lang]}`, version: version.version, from }))}
            >
              <input type="hidden" name="from" value={from} />
              {check.correction ? (
                <p>
                  <label htmlFor="correction-reason">{t("rulesConfig.version.reason")}</label>
                  <textarea id="correction-reason" name="reason" required maxLength={reasonMax} rows={3} />
                </p>
              ) : null}
              <SubmissionKeyInput fresh={submissionKey} />
              <button type="submit" name="intent" value="activate" className="primary" disabled={busy}>
                {t("rulesConfig.version.activate")}
              </button>
            </Form>
          </div>
        ) : (
          <p className="muted">{t("rulesConfig.version.adminOnly")}</p>
        )
      ) : null}

      <RunList title={t("rulesConfig.version.runs")} runs={runs} />
    </section>
  );
}
