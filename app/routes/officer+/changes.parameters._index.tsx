/**
 * Regional rule parameters: the sets in the officer's region (drafts first)
 * and the form for a new draft. The form's fields depend on the rule chosen
 * (one input per param, by its type), so it is a plain form validated by the
 * domain (createParameterDraft), whose field errors carry the param's name;
 * conform's static schemas do not fit a field set read from the rule files.
 */
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { paramDisplay, paramToText } from "~/domain/rules-config/param-input";
import type { FieldErrors, Message } from "~/domain/result";
import { listParameterSets, parameterForm } from "~/domain/rules-config/parameter-set.queries.server";
import { createParameterDraft } from "~/domain/rules-config/parameter-set.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { requireActor } from "~/web/auth.server";
import { DataTable } from "~/components/data-table";
import { getDb } from "~/web/db.server";
import { failureData } from "~/web/failure.server";
import { useRuleLang, useT } from "~/utils/i18n";
import { queryParam, readQuery } from "~/web/query.server";
import { z } from "zod";
import { readForm } from "~/web/form.server";
import { getRulesRuntime } from "~/web/rules.server";
import { shanghaiDate } from "~/utils/working-days";
import { ErrorBox } from "~/components/error-box";
import { FieldErrorList, SubmissionKeyInput } from "~/components/forms";
import { ParamName, ParamValue, useParamText } from "~/components/param-value";
import { Instant } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { pageTitle } from "~/utils/page-title";

const PERMISSIONS = ["manage:rule-params:region", "manage:rule-params:any"] as const;

export const meta = pageTitle("rulesConfig.params.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  const query = readQuery(request, z.object({ region: queryParam.regionCode(), rule: queryParam.text(40) }));
  const db = getDb();
  const rules = getRulesRuntime();
  const [sets, form] = await Promise.all([
    listParameterSets({ db, actor }),
    parameterForm({ db, actor, rules, regionCode: query.region ?? null, ruleId: query.rule ?? null, today: shanghaiDate() }),
  ]);
  const typesByRule = new Map(form.rules.map((r) => [r.ruleId, new Map(r.fields.map((f) => [f.name, f.type]))]));
  return {
    submissionKey: newSubmissionKey(),
    form: {
      ...form,
      // Values as the form and its hints show them (text), so nothing depends on how unknown values serialise.
      fields: form.fields.map((f) => ({
        name: f.name,
        type: f.type,
        description: f.description,
        min: f.min,
        max: f.max,
        enum: f.enum,
        startText: paramToText(f.type, f.setHere),
        setHereText: f.setHere === null ? null : paramDisplay(f.type, f.setHere),
        inheritedText: paramDisplay(f.type, f.inherited.value),
        inheritedSource: f.inherited.source,
        inheritedRegionName: f.inherited.regionName,
      })),
    },
    sets: sets.map((s) => ({
      ...s,
      title: form.rules.find((r) => r.ruleId === s.rule_id)?.title ?? null,
      values: Object.entries(s.params).map(([name, value]) => ({ name, type: typesByRule.get(s.rule_id)?.get(name) ?? "string", value })),
    })),
  };
}

interface ActionResult {
  fieldErrors: FieldErrors;
  formErrors: Message[];
  values: { regionCode: string; ruleId: string; note: string; params: Record<string, string>; submissionKey: string };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, ...PERMISSIONS);
  const formData = await readForm(request);
  const text = (name: string) => {
    const v = formData.get(name);
    return typeof v === "string" ? v : "";
  };
  const params: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("params.") && typeof value === "string") params[key.slice("params.".length)] = value;
  }
  const values = { regionCode: text("regionCode"), ruleId: text("ruleId"), note: text("note"), params, submissionKey: text(SUBMISSION_KEY_FIELD) };
  const result = await createParameterDraft({
    db: getDb(),
    actor,
    rulesRuntime: getRulesRuntime(),
    regionCode: values.regionCode,
    ruleId: values.ruleId,
    params,
    note: values.note,
    // A repeat of the same submission (same key) is answered with the first draft: the same redirect.
    submissionKey: values.submissionKey,
    requestId: context?.requestId ?? null,
  });
  if (!result.ok) return failureData<ActionResult>(result, { fieldErrors: result.fieldErrors, formErrors: result.formErrors, values });
  return redirect(`/officer/changes/parameters/${result.setId}?created=1`);
}

export default function ParameterSets() {
  const { sets, form, submissionKey } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionResult | undefined;
  const t = useT();
  const lang = useRuleLang();
  const busy = useNavigation().state === "submitting";
  const showText = useParamText();
  const errors = actionData?.fieldErrors ?? {};
  const sameChoice = actionData && actionData.values.regionCode === form.regionCode && actionData.values.ruleId === form.ruleId;
  return (
    <>
      <section className="panel">
        <p>
          <Link to="/officer/rules">← {t("rulesConfig.rule.back")}</Link>
        </p>
        <h1>{t("rulesConfig.params.title")}</h1>
        <p className="muted">{t("rulesConfig.params.intro")}</p>
        <h2>{t("rulesConfig.params.list")}</h2>
        {sets.length === 0 ? (
          <p className="muted">{t("rulesConfig.params.none")}</p>
        ) : (
          <DataTable
            testId="parameter-sets"
            rows={sets}
            rowKey={(s) => s.id}
            columns={[
              { id: "region", header: t("rulesConfig.params.region"), key: true, cell: (s) => s.region_name },
              { id: "rule", header: t("rulesConfig.params.rule"), key: true, cell: (s) => `${s.rule_id} ${s.title?.[lang] ?? ""}` },
              {
                id: "params",
                header: t("rulesConfig.params.col.params"),
                cell: (s) =>
                  s.values.length === 0
                    ? t("rulesConfig.params.emptySet")
                    : s.values.map((v, i) => (
                        <span key={v.name}>
                          {i > 0 ? "；" : ""}
                          <ParamName name={v.name} /> = <ParamValue type={v.type} value={v.value} />
                        </span>
                      )),
              },
              {
                id: "status",
                header: t("rulesConfig.params.col.status"),
                cell: (s) => (
                  <Link to={`/officer/changes/parameters/${s.id}`}>
                    <span className={`badge ${s.status === "active" ? "ok" : s.status === "draft" ? "amber" : ""}`}>
                      {t(`rulesConfig.params.status.${s.status}`)}
                    </span>
                  </Link>
                ),
              },
              {
                id: "createdBy",
                header: t("rulesConfig.params.col.createdBy"),
                cell: (s) => (
                  <>
                    {s.created_by_name ?? "—"}{" "}
                    <span className="muted">
                      <Instant value={s.created_at} />
                    </span>
                  </>
                ),
              },
              { id: "note", header: t("rulesConfig.params.col.note"), cell: (s) => s.note },
            ]}
          />
        )}
      </section>

      <section className="panel">
        <h2 id="new">{t("rulesConfig.params.new")}</h2>
        <Form method="get" action="/officer/changes/parameters">
          <div className="grid cols-3">
            <div className="field">
              <label htmlFor="choose-region">{t("rulesConfig.params.region")}</label>
              <select id="choose-region" name="region" defaultValue={form.regionCode ?? ""}>
                <option value="">{t("rulesConfig.params.choose")}</option>
                {form.regions.map((r) => (
                  <option key={r.code} value={r.code}>
                    {r.name}（{t(`rulesConfig.level.${r.level}`)}，{r.code}）
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="choose-rule">{t("rulesConfig.params.rule")}</label>
              <select id="choose-rule" name="rule" defaultValue={form.ruleId ?? ""}>
                <option value="">{t("rulesConfig.params.choose")}</option>
                {form.rules.map((r) => (
                  <option key={r.ruleId} value={r.ruleId}>
                    {r.ruleId} {r.title[lang]}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <span className="muted">{t("rulesConfig.params.chooseHint")}</span>
              <button type="submit" className="secondary">
                {t("rulesConfig.params.chooseSubmit")}
              </button>
            </div>
          </div>
        </Form>

        {form.regionCode && form.ruleId ? (
          <Form method="post" action={`/officer/changes/parameters?region=${form.regionCode}&rule=${form.ruleId}`}>
            <input type="hidden" name="regionCode" value={form.regionCode} />
            <input type="hidden" name="ruleId" value={form.ruleId} />
            <SubmissionKeyInput fresh={submissionKey} sent={sameChoice ? actionData!.values.submissionKey : undefined} errors={actionData?.formErrors} />
            <p className="muted">{t("rulesConfig.params.formHint")}</p>
            <ErrorBox messages={actionData?.formErrors} />
            <FieldErrorList id="params-error" errors={errors.params} />
            {form.fields.map((f) => {
              const name = `params.${f.name}`;
              const id = `param-${f.name}`;
              const start = sameChoice ? (actionData!.values.params[f.name] ?? "") : f.startText;
              const fieldErrors = errors[name];
              const describedBy = `${id}-hint${fieldErrors?.length ? ` ${id}-error` : ""}`;
              const source =
                f.inheritedSource === "default" || !f.inheritedRegionName
                  ? t(`rulesConfig.source.${f.inheritedSource}`)
                  : `${t(`rulesConfig.source.${f.inheritedSource}`)} · ${f.inheritedRegionName}`;
              const common = { id, name, "aria-describedby": describedBy, "aria-invalid": fieldErrors?.length ? true : undefined };
              return (
                <div className="field" key={f.name}>
                  <label htmlFor={id}>
                    <ParamName name={f.name} /> <span className="muted">（{t(`rulesConfig.type.${f.type}`)}）</span>
                  </label>
                  {f.type === "boolean" ? (
                    <select {...common} defaultValue={start}>
                      <option value="">{t("rulesConfig.params.inheritOption")}</option>
                      <option value="true">{t("rulesConfig.bool.true")}</option>
                      <option value="false">{t("rulesConfig.bool.false")}</option>
                    </select>
                  ) : f.enum && f.type === "string" ? (
                    <select {...common} defaultValue={start}>
                      <option value="">{t("rulesConfig.params.inheritOption")}</option>
                      {f.enum.map((v) => (
                        <option key={String(v)} value={String(v)}>
                          {String(v)}
                        </option>
                      ))}
                    </select>
                  ) : f.type === "string[]" || f.type === "record<string[]>" ? (
                    <textarea {...common} defaultValue={start} rows={Math.min(12, Math.max(3, start.split("\n").length + 1))} />
                  ) : (
                    <input {...common} type={f.type === "date" ? "date" : "text"} inputMode={f.type === "integer" ? "numeric" : undefined} defaultValue={start} />
                  )}
                  <p id={`${id}-hint`} className="muted">
                    {f.description[lang]}{" "}
                    {f.type === "integer" || f.type === "integer[]" || f.type === "string[]" || f.type === "record<string[]>" || f.type === "date"
                      ? t(`rulesConfig.params.hint.${f.type}`)
                      : null}{" "}
                    {f.min !== null ? t("rulesConfig.param.min", { min: f.min }) : null} {f.max !== null ? t("rulesConfig.param.max", { max: f.max }) : null}
                    <br />
                    <Interpolate id="rulesConfig.params.inherits" vars={{ value: showText(f.type, f.inheritedText), source }} />
                    {f.setHereText !== null ? (
                      <>
                        {" · "}
                        <Interpolate id="rulesConfig.params.setHere" vars={{ value: showText(f.type, f.setHereText) }} />
                      </>
                    ) : null}
                  </p>
                  <FieldErrorList id={`${id}-error`} errors={fieldErrors} />
                </div>
              );
            })}
            <div className="field">
              <label htmlFor="param-note">{t("rulesConfig.params.note")}</label>
              <textarea
                id="param-note"
                name="note"
                rows={2}
                maxLength={500}
                defaultValue={sameChoice ? actionData!.values.note : ""}
                aria-describedby="param-note-hint"
                aria-invalid={errors.note?.length ? true : undefined}
              />
              <p id="param-note-hint" className="muted">
                {t("rulesConfig.params.noteHint")}
              </p>
              <FieldErrorList id="param-note-error" errors={errors.note} />
            </div>
            <FieldErrorList id="region-error" errors={errors.regionCode} />
            <FieldErrorList id="rule-error" errors={errors.ruleId} />
            <div className="actions">
              <button type="submit" className="primary" disabled={busy}>
                {t("rulesConfig.params.submit")}
              </button>
            </div>
          </Form>
        ) : (
          <p className="muted">{t("rulesConfig.params.chooseHint")}</p>
        )}
      </section>
    </>
  );
}
