import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { previewLists } from "~/domain/changes/preview.server";
import { runListItem } from "~/domain/changes/reevaluation.server";
import { paramDisplay } from "~/domain/rules-config/param-input";
import {
  activateParameterSet,
  discardParameterDraft,
  parameterSetView,
  type Message,
} from "~/domain/rules-config/parameter-sets.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { readForm } from "~/web/form.server";
import { useLang, useT } from "~/utils/i18n";
import { getRulesRuntime } from "~/web/rules.server";
import { shanghaiDate } from "~/utils/working-days";
import { ErrorBox, PreviewComputing, PreviewSection, RunList, SourceLabel, useRuleLang } from "~/components/rules-ui";

const PERMISSIONS = ["manage:rule-params:region", "manage:rule-params:any"] as const;

function levelOf(code: string) {
  return code.endsWith("0000") ? "province" : code.endsWith("00") ? "city" : "district";
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  const view = await parameterSetView({ db: getDb(), actor, rules: getRulesRuntime(), setId: params.setId ?? "", today: shanghaiDate() });
  if (!view) throw new Response("Not found", { status: 404 });
  const shown = (type: Parameters<typeof paramDisplay>[0], v: { value: unknown; source: string; regionName: string | null } | null) =>
    v ? { text: paramDisplay(type, v.value), source: v.source, regionName: v.regionName } : null;
  // The values are shown through `comparison`, typed per param.
  const { params: _values, ...set } = view.set;
  return {
    set: { ...set, level: levelOf(set.region_code) },
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
  const intent = (await readForm(request)).get("intent");
  const setId = params.setId ?? "";
  const common = { db: getDb(), actor, setId, requestId: context?.requestId ?? null };
  if (intent === "activate") {
    const result = await activateParameterSet({ ...common, rulesRuntime: getRulesRuntime() });
    if (!result.ok) return data<{ error: Message }>({ error: result.error }, { status: result.status });
    return redirect(`/officer/changes/runs/${result.runId}`);
  }
  if (intent === "discard") {
    const result = await discardParameterDraft(common);
    if (!result.ok) return data<{ error: Message }>({ error: result.error }, { status: result.status });
    return redirect(`/officer/changes/parameters/${setId}?discarded=1`);
  }
  return data<{ error: Message }>({ error: { key: "error.generic" } }, { status: 400 });
}

export default function ParameterSetPage() {
  const { set, rule, comparison, replaces, preview, previewComputing, previewComputedAt, runs, problem } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as { error: Message } | undefined;
  const [search] = useSearchParams();
  const t = useT();
  const lang = useRuleLang();
  const uiLang = useLang();
  const busy = useNavigation().state !== "idle";
  const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString(uiLang, { timeZone: "Asia/Shanghai" }) : "—");
  const isDraft = set.status === "draft";
  const text = (type: string, value: string) => (type === "boolean" && (value === "true" || value === "false") ? t(`rulesConfig.bool.${value}`) : value);
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
        <div>
          <dt className="muted">{t("rulesConfig.set.note")}</dt>
          <dd>{set.note}</dd>
        </div>
        <div>
          <dt className="muted">{t("rulesConfig.set.createdBy")}</dt>
          <dd>
            {set.created_by_name ?? "—"} · {when(set.created_at)}
          </dd>
        </div>
        {set.activated_at ? (
          <div>
            <dt className="muted">{t("rulesConfig.set.activatedBy")}</dt>
            <dd>
              {set.activated_by_name ?? "—"} · {when(set.activated_at)}
            </dd>
          </div>
        ) : null}
        {set.retired_at ? (
          <div>
            <dt className="muted">{t("rulesConfig.set.retiredAt")}</dt>
            <dd>{when(set.retired_at)}</dd>
          </div>
        ) : null}
      </dl>

      <h2>{isDraft ? t("rulesConfig.set.compare", { region: set.region_name }) : t("rulesConfig.set.values")}</h2>
      <div className="table-wrap">
        <table className="responsive" data-testid="param-comparison">
          <thead>
            <tr>
              <th>{t("rulesConfig.param.col.name")}</th>
              <th>{t("rulesConfig.param.col.default")}</th>
              <th>{t("rulesConfig.set.col.current")}</th>
              <th>{t("rulesConfig.set.col.proposed")}</th>
              {isDraft ? <th>{t("rulesConfig.set.col.after")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {comparison.map((r) => (
              <tr key={r.name}>
                <td data-label={t("rulesConfig.param.col.name")} title={r.description[lang]}>
                  <code>{r.name}</code>
                </td>
                <td data-label={t("rulesConfig.param.col.default")}>{text(r.type, r.defaultText)}</td>
                <td data-label={t("rulesConfig.set.col.current")}>
                  {r.current ? (
                    <>
                      {text(r.type, r.current.text)}{" "}
                      <span className="muted">
                        (<SourceLabel source={r.current.source} regionName={r.current.regionName} />)
                      </span>
                    </>
                  ) : (
                    "—"
                  )}
                </td>
                <td data-label={t("rulesConfig.set.col.proposed")}>
                  {r.proposedText === null ? <span className="muted">{t("rulesConfig.set.inherit")}</span> : <strong>{text(r.type, r.proposedText)}</strong>}
                </td>
                {isDraft ? (
                  <td data-label={t("rulesConfig.set.col.after")}>
                    {r.after ? (
                      <>
                        {text(r.type, r.after.text)}{" "}
                        <span className="muted">
                          (<SourceLabel source={r.after.source} regionName={r.after.regionName} />)
                        </span>
                      </>
                    ) : (
                      "—"
                    )}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {isDraft ? (
        <>
          {replaces ? <p className="muted">{t("rulesConfig.set.replaces", { region: set.region_name, date: when(replaces.activated_at) })}</p> : null}
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
            <p>{t("rulesConfig.set.activateHint")}</p>
            <Form method="post" className="inline">
              <button type="submit" name="intent" value="activate" className="primary" disabled={busy || problem !== null || preview === null}>
                {t("rulesConfig.set.activate")}
              </button>
            </Form>{" "}
            <Form method="post" className="inline">
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
