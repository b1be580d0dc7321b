/**
 * /complaints/track: the complainant follows their complaint with the
 * tracking number and the access code. A POST, so the code never lands in a
 * URL, a browser history or an access log; counted per client before the
 * body is read (429 + Retry-After on every transport). A wrong number and a
 * wrong code are one answer (404, the page with one message). Every answer
 * is no-store: a shared computer's back button must not show it again.
 */
import { getFormProps, getInputProps, useForm, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, type ActionFunctionArgs, type HeadersFunction, type LinksFunction } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation, useSearchParams } from "@remix-run/react";
import complaintStyles from "~/components/complaint.css";
import { TrackedComplaintView } from "~/components/complaint-tracking";
import { FieldError, FormAlert, joinMessages, useRefusedFieldFocus } from "~/components/forms";
import { MAX_CODE_INPUT_LENGTH, trackingLookupInput, type TrackedComplaint } from "~/domain/complaints/complaint.schema";
import { trackComplaint } from "~/domain/complaints/complaint-tracking.server";
import { useLang, useT } from "~/utils/i18n";
import { complaintTrackingThrottle } from "~/web/complaint-throttle.server";
import { getDb } from "~/web/db.server";
import { conformErrors, failureData } from "~/web/failure.server";
import { readForm } from "~/web/form.server";
import { pageTitle } from "~/utils/page-title";

/** Two short fields. */
const FORM_LIMITS = { maxBytes: 4 * 1024, maxFields: 20 };
const NO_STORE = { "Cache-Control": "no-store" };

export type TrackReply =
  | { outcome: "found"; complaint: TrackedComplaint }
  | { outcome: "invalid"; result: SubmissionResult<string[]> }
  | { outcome: "limited"; retryAfterSeconds: number };

export const links: LinksFunction = () => [{ rel: "stylesheet", href: complaintStyles }];

export async function action({ request, context }: ActionFunctionArgs) {
  const allowance = await complaintTrackingThrottle().take(context?.clientIp ?? "unknown");
  if (!allowance.allowed) {
    const reply: TrackReply = { outcome: "limited", retryAfterSeconds: allowance.retryAfterSeconds };
    return data(reply, { status: 429, headers: { "Retry-After": String(allowance.retryAfterSeconds), ...NO_STORE } });
  }
  const form = await readForm(request, FORM_LIMITS);
  const submission = parseWithZod(form, { schema: trackingLookupInput });
  const result = await trackComplaint(getDb(), { trackingNo: form.get("trackingNo"), accessCode: form.get("accessCode") });
  if (!result.ok) {
    // The typed code is not sent back: the field is emptied (conform's reply keeps the number).
    const reply: TrackReply = { outcome: "invalid", result: submission.reply({ ...conformErrors(result), hideFields: ["accessCode"] }) };
    return failureData(result, reply);
  }
  const reply: TrackReply = { outcome: "found", complaint: result.complaint };
  return data(reply, { headers: NO_STORE });
}

export const headers: HeadersFunction = ({ actionHeaders }) => {
  const out = new Headers();
  for (const name of ["Retry-After", "Cache-Control"]) {
    const value = actionHeaders.get(name);
    if (value) out.set(name, value);
  }
  return out;
};

export const meta = pageTitle("complaint.trackPage.title");

export default function TrackComplaint() {
  const reply = useActionData<typeof action>() as TrackReply | undefined;
  const t = useT();
  const lang = useLang();
  const busy = useNavigation().state === "submitting";
  const lastResult = reply?.outcome === "invalid" ? reply.result : undefined;
  // The receipt's link carries the number (never the code): the parent types only the code.
  const trackingNo = (useSearchParams()[0].get("no") ?? "").slice(0, MAX_CODE_INPUT_LENGTH);
  const [form, fields] = useForm({
    id: "track",
    lastResult,
    defaultValue: { trackingNo },
    // Not on leaving a field: a message shown as the parent taps 查询 moved the button off the finger (the code emptied),
    // and the tap sent nothing. Sent, both are checked and focus goes to the first to correct.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: trackingLookupInput }),
  });
  // Refused without JavaScript: the page comes back with focus on the first field to correct.
  const focus = useRefusedFieldFocus(lastResult?.error, [fields.trackingNo.name, fields.accessCode.name]);
  return (
    <>
      <section className="panel">
        {/* 投诉 and 举报 are two procedures: once found, the page is headed with the one followed. */}
        <h1>{reply?.outcome === "found" ? t(`complaint.trackPage.title.${reply.complaint.track}`) : t("complaint.trackPage.title")}</h1>
        <p className="muted">{t("complaint.trackPage.intro")}</p>
        {reply?.outcome === "limited" ? (
          <FormAlert message={t("complaint.tracking.limited", { minutes: Math.max(1, Math.ceil(reply.retryAfterSeconds / 60)) })} />
        ) : form.errors?.length ? (
          <FormAlert id={form.errorId} message={joinMessages(form.errors.map((e) => t(e)), lang)} />
        ) : null}
        {form.errors?.includes("complaint.tracking.notFound") ? <NotFoundNextSteps /> : null}
        <Form method="post" className="complaint-track-form" {...getFormProps(form)}>
          <div className="field">
            <label htmlFor={fields.trackingNo.id}>{t("complaint.trackPage.trackingNo")}</label>
            <input {...getInputProps(fields.trackingNo, { type: "text" })} autoComplete="off" autoCapitalize="characters" spellCheck={false} placeholder="K7MQ-93XD-2PHA" autoFocus={focus === fields.trackingNo.name ? true : undefined} />
            <FieldError field={fields.trackingNo} />
          </div>
          <div className="field">
            <label htmlFor={fields.accessCode.id}>{t("complaint.trackPage.accessCode")}</label>
            <input
              {...getInputProps(fields.accessCode, { type: "text" })}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              autoFocus={focus === fields.accessCode.name ? true : undefined}
            />
            <FieldError field={fields.accessCode} />
          </div>
          <button className="primary" type="submit" disabled={busy}>
            {t("complaint.trackPage.submit")}
          </button>
        </Form>
        <p className="muted">{t("complaint.trackPage.lost")}</p>
        <p>
          <Link className="tap" to="/complaints/new">
            {t("complaint.trackPage.new")}
          </Link>
        </p>
      </section>
      {reply?.outcome === "found" ? <TrackedComplaintView complaint={reply.complaint} /> : null}
    </>
  );
}

/**
 * What to check when the number and code match no complaint: where they were given (the receipt page, and this
 * device's list for two hours; nothing is sent by text message), and, when no receipt was ever shown, to file anew.
 * The same words whichever of the two was wrong: the page must not tell a guesser which one it was.
 */
function NotFoundNextSteps() {
  const t = useT();
  return (
    <div className="notice track-not-found" data-testid="track-not-found">
      <p>{t("complaint.trackPage.check.title")}</p>
      <ul>
        <li>{t("complaint.trackPage.check.where")}</li>
        <li>{t("complaint.trackPage.check.device")}</li>
        <li>
          {t("complaint.trackPage.check.neverReceived")}{" "}
          <Link className="tap" to="/complaints/new">
            {t("complaint.trackPage.check.fileAnew")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
