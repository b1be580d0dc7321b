import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { previewLists } from "~/domain/changes/preview.server";
import { runListItem } from "~/domain/changes/reevaluation.server";
import { paramDisplay } from "~/domain/rules-config/param-input";
import { activateParameterSet, parameterSetView } from "~/domain/changes/parameter-set-change.server";
import type { Message } from "~/domain/result";
import { discardParameterDraft } from "~/domain/rules-config/parameter-set.service.server";
import { requireActor } from "~/web/auth.server";
import { DataTable } from "~/components/data-table";
import { getDb } from "~/web/db.server";
import { errorData } from "~/web/failure.server";
import { useRuleLang, useT } from "~/utils/i18n";
import { readForm } from "~/web/form.server";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { confirmFirst, SubmissionKeyInput } from "~/components/forms";
import { getRulesRuntime } from "~/web/rules.server";
import { shanghaiDate } from "~/utils/working-days";
import { ErrorBox } from "~/components/error-box";
import { PreviewComputing, PreviewSection } from "~/components/change-preview";
import { RunList } from "~/components/reevaluation-runs";
import { ParamName, SourceLabel, useParamText } from "~/components/param-value";
import { Instant } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { pageTitle } from "~/utils/page-title";
import { regionLevel } from "~/utils/region-codes";
import { Fact } from "~/components/facts";

const PERMISSIONS = ["manage:rule-params:region", "manage:rule-params:any"] as const;

export const meta = pageTitle("rulesConfig.set.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  const view = await parameterSetView({ db: getDb(), actor, rules: getRulesRuntime(), setId: params.setId ?? "", today: shanghaiDate() });
  if (!view) throw new Response("Not found", { status: 404 });
  const shown = (type: Parameters<typeof paramDisplay>[0], v: { value: unknown; source: string; regionName: string | null } | null) =>
    v ? { text: paramDisplay(type, v.value), source: v.source, regionName: v.regionName } : null;
  // The values are shown through `comparison`, typed per param.
  const { params: _values, ...set } = view.set;
  return {
    submissionKey: newSubmissionKey(),
    set: { ...set, level: regionLevel(set.region_code) },
    rule: view.rule,
    comparison: view.comparison.map((r) => ({
      name: r.name,
      type: r.type,
      description: r.description,
      defaultText: paramDisplay(r.type, r.defaultValue),
      proposedText: r.proposed === undefined ? null : paramDisplay(r.type, r.proposed),
      current: shown(r.type, r.current),
      after: shown(r.type, r.after),
    })),
    replaces: view.replaces ? { id: view.replaces.id, activated_at: view.replaces.activated_at } : null,
    preview: view.preview ? previewLists(view.preview) : null,
    previewComputing: view.previewComputing,
    previewComputedAt: view.previewComputedAt,
    runs: view.runs.map(runListItem),
    problem: view.problem,
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const setId = params.setId ?? "";
  const common = { db: getDb(), actor, setId, requestId: context?.requestId ?? null };
  if (intent === "activate") {
    const result = await activateParameterSet({ ...common, rulesRuntime: getRulesRuntime(), submissionKey: formData.get(SUBMISSION_KEY_FIELD) });
    if (!result.ok) return errorData(result);
    return redirect(`/officer/changes/runs/${result.runId}`);
  }
  if (intent === "discard") {
    const result = await discardParameterDraft(common);
    if (!result.ok) return errorData(result);
    return redirect(`/officer/changes/parameters/${setId}?discarded=1`);
  }
  return data<{ error: Message }>({ error: { key: "error.generic" } }, { status: 400 });
}

export default function ParameterSetPage() {
  const { submissionKey, set, rule, comparison, replaces, preview, previewComputing, previewComputedAt, runs, problem } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as { error: Message } | undefined;
  const [search] = useSearchParams();
  const t = useT();
  const lang = useRuleLang();
  const busy = useNavigation().state !== "idle";
  const isDraft = set.status === "draft";
  const text = useParamText();
  return (
    <section className="panel">
      <p>
        <Link to="/officer/changes/parameters">← {t("rulesConfig.set.back")}</Link>
      </p>
      <h1>{t("rulesConfig.set.title")}</h1>
      {search.get("created") && isDraft ? <p className="notice">{t("rulesConfig.set.created")}</p> : null}
      {search.get("discarded") ? <p className="notice">{t("rulesConfig.set.discarded")}</p> : null}
      <ErrorBox messages={actionData?.error ? [actionData.error] : null} />
      {problem ? (
        <div className="form-error" role="alert">
          {t("rulesConfig.problem", { problem })}
        </div>
      ) : null}
      <p>
        {t("rulesConfig.set.summary", {
          region: set.region_name,
          level: t(`rulesConfig.level.${set.level}`),
          rule: rule ? `${rule.ruleId} ${rule.title[lang]}` : set.rule_id,
        })}{" "}
        <span className={`badge ${set.status === "active" ? "ok" : set.status === "draft" ? "amber" : ""}`}>{t(`rulesConfig.params.status.${set.status}`)}</span>
      </p>
      <dl className="grid cols-3">
        <Fact label={t("rulesConfig.set.note")}>{set.note}</Fact>
        <Fact label={t("rulesConfig.set.createdBy")}>
          {set.created_by_name ?? "—"} · <Instant value={set.created_at} />
        </Fact>
        {set.activated_at ? (
          <Fact label={t("rulesConfig.set.activatedBy")}>
            {set.activated_by_name ?? "—"} · <Instant value={set.activated_at} />
          </Fact>
        ) : null}
        {set.retired_at ? (
          <Fact label={t("rulesConfig.set.retiredAt")}>
            <Instant value={set.retired_at} />
          </Fact>
        ) : null}
      </dl>

      <h2>{isDraft ? t("rulesConfig.set.compare", { region: set.region_name }) : t("rulesConfig.set.values")}</h2>
      <DataTable
        testId="param-comparison"
        rows={comparison}
        rowKey={(r) => r.name}
        columns={[
          { id: "name", header: t("rulesConfig.param.col.name"), key: true, title: (r) => r.description[lang], cell: (r) => <ParamName name={r.name} /> },
          { id: "default", header: t("rulesConfig.param.col.default"), cell: (r) => text(r.type, r.defaultText) },
          { id: "current", header: t("rulesConfig.set.col.current"), cell: (r) => <SourcedValue type={r.type} shown={r.current} /> },
          {
            id: "proposed",
            header: t("rulesConfig.set.col.proposed"),
            key: true,
            cell: (r) => (r.proposedText === null ? <span className="muted">{t("rulesConfig.set.inherit")}</span> : <strong>{text(r.type, r.proposedText)}</strong>),
          },
          isDraft && { id: "after", header: t("rulesConfig.set.col.after"), cell: (r) => <SourcedValue type={r.type} shown={r.after} /> },
        ]}
      />

      {isDraft ? (
        <>
          {replaces ? (
            <p className="muted">
              <Interpolate id="rulesConfig.set.replaces" vars={{ region: set.region_name, date: replaces.activated_at ? <Instant value={replaces.activated_at} /> : "—" }} />
            </p>
          ) : null}
          {preview ? (
            <PreviewSection
              intro={t("rulesConfig.set.previewIntro", { region: set.region_name })}
              {...preview}
              computedAt={previewComputedAt}
            />
          ) : previewComputing ? (
            <PreviewComputing computing={previewComputing} />
          ) : null}
          <div className="notice">
            <p>{t("rulesConfig.set.activateHint", { region: set.region_name })}</p>
            {/* Activation cannot be undone (a new set replaces it): asked first, like the discard beside it. */}
            <Form method="post" className="inline" onSubmit={confirmFirst(t("rulesConfig.set.activateConfirm", { region: set.region_name }))}>
              <SubmissionKeyInput fresh={submissionKey} />
              <button type="submit" name="intent" value="activate" className="primary" disabled={busy || problem !== null || preview === null}>
                {t("rulesConfig.set.activate")}
              </button>
            </Form>{" "}
            <Form method="post" className="inline" onSubmit={confirmFirst(t("rulesConfig.set.discardConfirm"))}>
              <button type="submit" name="intent" value="discard" className="secondary" disabled={busy}>
                {t("rulesConfig.set.discard")}
              </button>
            </Form>
            <p className="muted">{t("rulesConfig.set.discardHint")}</p>
          </div>
        </>
      ) : (
        <p className="notice">{t("rulesConfig.set.notDraft", { status: t(`rulesConfig.params.status.${set.status}`) })}</p>
      )}

      <RunList title={t("rulesConfig.set.runs")} runs={runs} />
    </section>
  );
}

/** A param's value as it stands (before or after the change) with where it comes from; "—" when it has none. */
function SourcedValue({ type, shown }: { type: string; shown: { text: string; source: string; regionName: string | null } | null }) {
  const text = useParamText();
  if (!shown) return <>—</>;
  return (
    <>
      {text(type, shown.text)}{" "}
      <span className="muted">
        (<SourceLabel source={shown.source} regionName={shown.regionName} />)
      </span>
    </>
  );
}
