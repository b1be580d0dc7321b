import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { FieldErrorList, FormAlert, joinMessages, messageSeparator, messagesAsShown, SubmissionKeyInput } from "~/components/forms";
import type { FieldErrors, Message } from "~/domain/result";
import { drawFormOptions } from "~/domain/spot-checks/spot-check.queries.server";
import {
  DRAW_MAX_COUNT,
  drawFormInput,
  EXCLUSION_REASON_MAX,
  EXCLUSIONS_MAX,
  NATURE_ORDER,
  reasonField,
  REDRAW_REASON_MAX,
  REDRAW_WINDOW_DAYS,
  STRATIFY_MODES,
} from "~/domain/spot-checks/spot-check.schema";
import { drawSpotCheck } from "~/domain/spot-checks/spot-check.service.server";
import { SUBMISSION_KEY_FIELD } from "~/domain/submissions/submission.schema";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { useLang, useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("spotChecks.form.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "draw:spot-check:region");
  const options = await drawFormOptions(getDb(), actor);
  if (!options) throw new Response("Forbidden", { status: 403 });
  return { ...options, submissionKey: newSubmissionKey() };
}

interface Refused {
  fieldErrors: FieldErrors;
  formErrors: Message[];
  /** What was sent, to fill the form in again. */
  values: ReturnType<typeof drawFormInput>;
  sentKey: string | null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireActor(request, "draw:spot-check:region");
  const form = await readForm(request);
  const input = drawFormInput(form);
  const sentKey = form.get(SUBMISSION_KEY_FIELD);
  const result = await drawSpotCheck({ db: getDb(), actor, input, submissionKey: sentKey, requestId: context?.requestId });
  if (!result.ok) {
    return failureData<Refused>(result, { fieldErrors: result.fieldErrors, formErrors: result.formErrors, values: input, sentKey: typeof sentKey === "string" ? sentKey : null });
  }
  // A repeat of the same submission lands on the same draw.
  return redirect(`/officer/spot-checks/${result.drawId}?drawn=1`);
}

/**
 * The reason field's messages: the refusal of a repeat links its words "see the last draw" (查看上次抽取) to that
 * draw, whose id the message carries.
 */
function RedrawReasonErrors({ errors }: { errors: Message[] | undefined }) {
  const t = useT();
  const lang = useLang();
  if (!errors?.length) return null;
  // Each message and what sets it apart from the next, as joinMessages shows them in the reader's language.
  const separator = messageSeparator(lang);
  const shown = messagesAsShown(
    errors.map((m) => t(m.key, m.vars)),
    lang,
  );
  return (
    <p id="redrawReason-error" className="field-error">
      {errors.map((m, i) => {
        const text = shown[i];
        const linked = t("spotChecks.redrawReason.lastDraw");
        const at = typeof m.vars?.drawId === "string" ? text.indexOf(linked) : -1;
        return (
          <span key={i}>
            {i > 0 ? separator : null}
            {at < 0 ? (
              text
            ) : (
              <>
                {text.slice(0, at)}
                <Link to={`/officer/spot-checks/${m.vars!.drawId}`}>{linked}</Link>
                {text.slice(at + linked.length)}
              </>
            )}
          </span>
        );
      })}
    </p>
  );
}

export default function NewSpotCheck() {
  const { regions, officers, submissionKey } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>() as Refused | undefined;
  const t = useT();
  const lang = useLang();
  const busy = useNavigation().state === "submitting";
  const errors = refused?.fieldErrors ?? {};
  const values = refused?.values;
  const text = (name: string) => {
    const v = (values as Record<string, unknown> | undefined)?.[name];
    return typeof v === "string" ? v : "";
  };
  // A field's hint (`hintId`), when it has one, is read with it from the start; its error when there is one.
  const described = (name: string, hintId?: string) => {
    const invalid = !!errors[name]?.length;
    const ids = [hintId, invalid ? `${name}-error` : undefined].filter(Boolean).join(" ");
    return { ...(invalid ? { "aria-invalid": true } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
  };
  const excluded = new Set(values?.excluded as string[] | undefined);
  const reasons = (values?.reasons ?? {}) as Record<string, string>;
  const perNature = (values?.perNature ?? {}) as Record<string, string | undefined>;
  return (
    <section className="panel">
      <p>
        <Link to="/officer/spot-checks">← {t("spotChecks.form.back")}</Link>
      </p>
      <h1>{t("spotChecks.form.title")}</h1>
      <p className="muted">{t("spotChecks.form.intro")}</p>
      {/* The button is at the foot of a long form: the answer is brought into view and focused, or nothing seemed to happen. */}
      {refused?.formErrors.length ? (
        <FormAlert message={joinMessages(refused.formErrors.map((m) => t(m.key, m.vars)), lang)} />
      ) : refused ? (
        <FormAlert message={t("form.fixErrors")} />
      ) : null}
      <Form method="post" noValidate>
        <SubmissionKeyInput fresh={submissionKey} sent={refused?.sentKey} errors={refused?.formErrors} />
        <div className="grid cols-3">
          <div className="field">
            <label htmlFor="regionCode">{t("spotChecks.region")}</label>
            <select id="regionCode" name="regionCode" defaultValue={text("regionCode") || (regions.length === 1 ? regions[0].code : "")} {...described("regionCode")}>
              <option value="">{t("spotChecks.form.choose")}</option>
              {regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}（{r.code}）
                </option>
              ))}
            </select>
            <FieldErrorList id="regionCode-error" errors={errors.regionCode} />
          </div>
          <div className="field">
            <label htmlFor="stratify">{t("spotChecks.stratify")}</label>
            <select id="stratify" name="stratify" defaultValue={text("stratify") || "none"} {...described("stratify")}>
              {STRATIFY_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`spotChecks.stratify.${mode}`)}
                </option>
              ))}
            </select>
            <FieldErrorList id="stratify-error" errors={errors.stratify} />
          </div>
          <div className="field">
            <label htmlFor="count">{t("spotChecks.count")}</label>
            <input id="count" name="count" type="number" min={1} max={DRAW_MAX_COUNT} inputMode="numeric" defaultValue={text("count")} {...described("count")} />
            <p className="muted">{t("spotChecks.form.countHint", { max: DRAW_MAX_COUNT })}</p>
            <FieldErrorList id="count-error" errors={errors.count} />
          </div>
        </div>
        <fieldset>
          <legend>{t("spotChecks.form.perNature")}</legend>
          <div className="grid cols-3">
            {NATURE_ORDER.map((nature) => {
              const name = `perNature.${nature}`;
              return (
                <div className="field" key={nature}>
                  <label htmlFor={name}>{t(`nature.${nature}`)}</label>
                  <input id={name} name={name} type="number" min={0} max={DRAW_MAX_COUNT} inputMode="numeric" defaultValue={perNature[nature] ?? ""} {...described(name)} />
                  <FieldErrorList id={`${name}-error`} errors={errors[name]} />
                </div>
              );
            })}
          </div>
        </fieldset>
        <div className="field">
          <label htmlFor="seed">{t("spotChecks.form.seed")}</label>
          <input id="seed" name="seed" type="text" spellCheck={false} autoComplete="off" maxLength={200} defaultValue={text("seed")} {...described("seed", "seed-hint")} />
          <p className="muted" id="seed-hint">
            {t("spotChecks.form.seedFormat")} {t("spotChecks.form.seedHint")}
          </p>
          <FieldErrorList id="seed-error" errors={errors.seed} />
        </div>
        <div className="field">
          <label htmlFor="redrawReason">{t("spotChecks.form.redrawReason")}</label>
          <textarea
            id="redrawReason"
            name="redrawReason"
            rows={2}
            maxLength={REDRAW_REASON_MAX}
            defaultValue={text("redrawReason")}
            aria-describedby={errors.redrawReason?.length ? "redrawReason-error redrawReason-hint" : "redrawReason-hint"}
            {...(errors.redrawReason?.length ? { "aria-invalid": true } : {})}
          />
          <p className="muted" id="redrawReason-hint">
            {t("spotChecks.form.redrawReasonHint", { days: REDRAW_WINDOW_DAYS, max: REDRAW_REASON_MAX })}
          </p>
          <RedrawReasonErrors errors={errors.redrawReason} />
        </div>
        <fieldset>
          <legend>{t("spotChecks.form.exclusions")}</legend>
          <p className="muted">{t("spotChecks.form.exclusionsHint", { max: EXCLUSIONS_MAX })}</p>
          <FieldErrorList id="excluded-error" errors={errors.excluded} />
          {officers.length === 0 ? (
            <p>{t("spotChecks.form.noOfficers")}</p>
          ) : (
            <table className="data-table">
              <thead>
                <tr>
                  <th>{t("spotChecks.form.exclude")}</th>
                  <th>{t("spotChecks.form.officer")}</th>
                  <th>{t("spotChecks.form.officerRegion")}</th>
                  <th>{t("spotChecks.form.reason")}</th>
                </tr>
              </thead>
              <tbody>
                {officers.map((o) => {
                  const reason = reasonField(o.id);
                  return (
                    <tr key={o.id}>
                      <td>
                        <input type="checkbox" name="excluded" value={o.id} id={`excluded-${o.id}`} defaultChecked={excluded.has(o.id)} aria-label={t("text.labelled", { label: t("spotChecks.form.exclude"), value: o.name })} />
                      </td>
                      <td>
                        <label htmlFor={`excluded-${o.id}`}>{o.name}</label>
                      </td>
                      <td>{o.regionName}</td>
                      <td>
                        <input name={reason} type="text" maxLength={EXCLUSION_REASON_MAX} defaultValue={reasons[o.id] ?? ""} aria-label={t("text.labelled", { label: t("spotChecks.form.reason"), value: o.name })} {...described(reason)} />
                        <FieldErrorList id={`${reason}-error`} errors={errors[reason]} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {t("spotChecks.form.submit")}
          </button>
        </div>
      </Form>
    </section>
  );
}
