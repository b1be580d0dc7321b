/**
 * The parent's complaint / report form (投诉 / 举报), phone first, and the
 * receipt shown once it is stored. Plain words for the two tracks and the
 * seven kinds; the form's own schema validates on the phone before anything
 * is sent, the server checks everything again (dates, the kindergarten, the
 * files by their content). Without JavaScript every section is shown and the
 * list buttons post the form (conform's intents).
 */
import { getFormProps, getInputProps, getSelectProps, getTextareaProps, useForm, type FieldMetadata, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link, useNavigation } from "@remix-run/react";
import { cloneElement, isValidElement, useMemo, type ReactNode } from "react";
import { DefaultSubmit, FieldError, FormAlert, FormErrors, RefusedFieldFocus, useAutoFocus, useFocusWhenShown, useInvalidFieldFocus, useRefusedFieldFocus } from "~/components/forms";
import { CopyButton } from "~/components/copy-button";
import { CheckedFilesSubmit, useCheckedFiles } from "~/components/checked-files";
import { Instant } from "~/components/instant";
import { ComplaintDue } from "~/components/complaint-tracking";
import {
  CHARGED_UNITS,
  COMPLAINT_KINDS,
  COMPLAINT_TRACKS,
  complaintIntakeOn,
  HONEYPOT_FIELD,
  INTAKE_KEY_FIELD,
  MAX_CHARGED_ITEMS,
  MAX_COMPLAINT_FILES,
  MAX_REFUND_CLAIMS,
  NARRATIVE_MAX,
  NARRATIVE_MAX_UNITS,
  narrativeLength,
  type RecentReceipt,
} from "~/domain/complaints/complaint.schema";
import type { ComplaintDueKind, ComplaintKind, ComplaintTrack } from "~/db/schema";
import { CASE_LABELS, FEE_KIND_LABELS, REFUND_CASES, REFUND_FEE_KINDS } from "~/rules/facts/refund-schemes";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES } from "~/domain/evidence/evidence.schema";
import { SUBMISSION_KEY_PATTERN } from "~/domain/submissions/submission.schema";
import { useRuleLang, useT } from "~/utils/i18n";
import { useAnswerTitle } from "~/utils/page-title";

const MB = EVIDENCE_MAX_BYTES / 1024 / 1024;
/** The file input's name: its files are streamed apart from the fields conform reads (complaints.new). */
const EVIDENCE_FIELD = "evidence";

/** What the intake action answers. */
export type IntakeReply =
  | {
      outcome: "received";
      receipt: {
        trackingNo: string;
        accessCode: string | null;
        replayed: boolean;
        track: ComplaintTrack;
        kindergartenId: string;
        /** The deadline of the track chosen (complaint: acceptance; report: verification), with its date. */
        due: { kind: ComplaintDueKind; dueOn: string; estimated: boolean } | null;
      };
    }
  | { outcome: "invalid"; result: SubmissionResult<string[]> | null; bodyError: { field: string; message: string } | null }
  | { outcome: "limited"; retryAfterSeconds: number; result: SubmissionResult<string[]> | null };

type ItemField = FieldMetadata<{ name: string; amount: string; unit: string }>;
type RefundClaimField = FieldMetadata<{ month: string; feeKind: string; case: string; daysAttended: string; paid: string; refunded: string }>;

/** An empty month to type into (an empty row is no row: complaint.schema.ts). */
const EMPTY_REFUND_CLAIM = { month: "", feeKind: "care_education", case: "absence", daysAttended: "", paid: "", refunded: "" };

export function ComplaintForm(props: {
  kindergartenId: string;
  intakeKey: string;
  today: string;
  reply: IntakeReply | undefined;
  kind?: ComplaintKind | null;
  /** The account a link brought (the account check's number found wrong), already read with the field's rules. */
  accountPaidInto?: string | null;
}) {
  const { kindergartenId, intakeKey, today, reply } = props;
  const t = useT();
  const busy = useNavigation().state === "submitting";
  const lastResult = reply?.outcome === "invalid" || reply?.outcome === "limited" ? (reply.result ?? undefined) : undefined;
  // Built once for the day the page was served: the form validates when sent, and on every keystroke after that.
  const schema = useMemo(() => complaintIntakeOn(today), [today]);
  const [form, fields] = useForm({
    id: "complaint",
    lastResult,
    // Not on leaving a field: its message, shown as the parent taps 提交 below it, pushed the button down between the
    // press and the release, and the tap sent nothing (the narrative typed last, too short). Sent, every field is checked
    // and focus goes to the first to correct.
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    defaultValue: { kind: props.kind ?? undefined, accountPaidInto: props.accountPaidInto ?? undefined, items: [{ name: "", amount: "", unit: "once" }], refundClaims: [EMPTY_REFUND_CLAIM] },
  });
  const items = fields.items.getFieldList();
  const refundClaims = fields.refundClaims.getFieldList();
  const track = fields.track.value;
  // The months are asked for a refund complaint; before a kind is chosen too, so a form without JavaScript has them.
  const asksRefund = fields.kind.value === undefined || fields.kind.value === "" || fields.kind.value === "refund";
  const anonymous = track === "report" && fields.anonymous.value === "on";
  // The text the schema counts: trimmed (a last line break after 2,000 characters read 2001 / 2000 and was taken).
  const narrativeCount = narrativeLength((fields.narrative.value ?? "").trim());

  // A list button posted without JavaScript comes back as a reply too, but nothing failed.
  const failed = reply?.outcome === "limited" || (reply?.outcome === "invalid" && (reply.bodyError !== null || lastResult?.status === "error"));
  // The key a refused post carried: nothing was stored, so the corrected form goes under it (see SubmissionKeyInput).
  const sentKey = lastResult?.initialValue?.[INTAKE_KEY_FIELD];
  const keyRefused = (form.errors ?? []).some((e) => e.startsWith("submission.key.") || e.startsWith("complaint.intake.keyReused"));
  const key = typeof sentKey === "string" && SUBMISSION_KEY_PATTERN.test(sentKey) && !keyRefused ? sentKey : intakeKey;

  const bodyError = reply?.outcome === "invalid" ? reply.bodyError : null;
  // The files chosen, checked on the phone; the server's message about the files it was sent goes once others are chosen.
  const files = useCheckedFiles({
    max: MAX_COMPLAINT_FILES,
    serverSaid: bodyError?.field === "evidence" ? [bodyError.message] : (lastResult?.error?.evidence ?? undefined),
    reply,
  });
  const fieldErrorFor = (name: string, errors: string[] | undefined) => (bodyError && bodyError.field === name ? [bodyError.message] : errors);

  // Refused without JavaScript: the page comes back with focus on the first field to correct, top to bottom as shown.
  const refusedErrors = lastResult?.status === "error" || bodyError ? { ...lastResult?.error, ...(bodyError ? { [bodyError.field]: [bodyError.message] } : {}) } : null;
  const rowNames = <T extends Record<string, FieldMetadata<unknown>>>(row: { getFieldset: () => T }, keys: ReadonlyArray<keyof T>) => {
    const fieldset = row.getFieldset();
    return keys.map((key) => fieldset[key].name);
  };
  const itemNames = items.map((item) => rowNames(item as unknown as ItemField, ["name", "amount", "unit"]));
  const claimNames = asksRefund ? refundClaims.map((claim) => rowNames(claim as unknown as RefundClaimField, ["month", "feeKind", "case", "daysAttended", "paid", "refunded"])) : [];
  const focus = useRefusedFieldFocus(refusedErrors, [
    fields.track.name,
    fields.kind.name,
    // A list's own message ("add at least one") is answered in its first row.
    ...(itemNames[0] ? [[fields.items.name, itemNames[0][0]] as const] : []),
    ...itemNames.flat(),
    ...(claimNames[0] ? [[fields.refundClaims.name, claimNames[0][0]] as const] : []),
    ...claimNames.flat(),
    fields.paidOn.name,
    fields.learnedOn.name,
    fields.accountPaidInto.name,
    fields.narrative.name,
    EVIDENCE_FIELD,
    ...(track !== "complaint" ? [fields.anonymous.name] : []),
    ...(anonymous ? [] : [fields.contactName.name, fields.contactPhone.name, fields.contactAddress.name]),
    ...(track !== "report" ? [fields.shareContact.name] : []),
    fields.publishConsent.name,
  ]);

  // With JavaScript: after a refused submit, focus on the first field marked invalid (a list's message included).
  const onSubmit = useInvalidFieldFocus(form, failed ? reply : null);
  const narrativeRefused = bodyError?.field === "narrative";
  // A list's own message ("add at least one") is said at its first row's first control, which is marked with it.
  const itemsMessage = fields.items.errors?.length ? fields.items.errorId : undefined;
  const claimsMessage = fields.refundClaims.errors?.length ? fields.refundClaims.errorId : undefined;

  return (
    <RefusedFieldFocus.Provider value={focus}>
      {reply?.outcome === "limited" ? (
        <FormAlert message={t("complaint.limited", { minutes: Math.max(1, Math.ceil(reply.retryAfterSeconds / 60)) })} />
      ) : (
        // A refused body says what under its field, and promises nothing: without JavaScript what was typed is not sent back.
        <FormErrors form={form} failed={failed && !form.errors?.length && bodyError === null} />
      )}
      {bodyError && bodyError.field !== "evidence" && bodyError.field !== "narrative" ? <FormAlert message={t(bodyError.message)} /> : null}
      <Form method="post" encType="multipart/form-data" className="complaint-form" {...getFormProps(form)} onSubmit={onSubmit}>
        <DefaultSubmit {...form.validate.getButtonProps()} />
        <input type="hidden" name="kindergartenId" value={kindergartenId} />
        <input type="hidden" name={INTAKE_KEY_FIELD} value={key} />
        <FieldError field={{ errorId: "complaint-kindergarten-error", errors: lastResult?.error?.kindergartenId ?? undefined }} />
        {/* Hidden by CSS, not by type=hidden: a person never sees or fills it; a bot filling every field does. */}
        <div className="complaint-hp" aria-hidden="true">
          <label htmlFor="complaint-website">{t("complaint.honeypot")}</label>
          <input id="complaint-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>

        <fieldset className="choices">
          <legend>{t("complaint.track.legend")}</legend>
          {COMPLAINT_TRACKS.map((value) => (
            <label key={value} className="choice">
              <input {...radioProps(fields.track, value)} autoFocus={focus === fields.track.name && value === COMPLAINT_TRACKS[0] ? true : undefined} />
              <span>
                <strong>{t(`complaint.track.${value}`)}</strong>
                <span className="muted">{t(`complaint.track.${value}.hint`)}</span>
              </span>
            </label>
          ))}
          <FieldError field={fields.track} />
        </fieldset>

        <fieldset className="choices">
          <legend>{t("complaint.kind.legend")}</legend>
          {COMPLAINT_KINDS.map((value) => (
            <label key={value} className="choice">
              <input {...radioProps(fields.kind, value)} autoFocus={focus === fields.kind.name && value === COMPLAINT_KINDS[0] ? true : undefined} />
              <span>{t(`complaint.kind.${value}`)}</span>
            </label>
          ))}
          <FieldError field={fields.kind} />
        </fieldset>

        <fieldset>
          <legend>{t("complaint.items.legend")}</legend>
          <p className="muted">{t("complaint.items.hint")}</p>
          <FieldError field={fields.items} />
          {items.map((item, index) => (
            <ItemRow
              key={item.key}
              item={item as unknown as ItemField}
              index={index}
              listMessage={index === 0 ? itemsMessage : undefined}
              remove={
                items.length > 1 ? (
                  <button className="secondary" {...form.remove.getButtonProps({ name: fields.items.name, index })}>
                    {t("complaint.item.remove")}
                  </button>
                ) : null
              }
            />
          ))}
          {items.length < MAX_CHARGED_ITEMS ? (
            <p>
              <button className="secondary" {...form.insert.getButtonProps({ name: fields.items.name, defaultValue: { name: "", amount: "", unit: "once" } })}>
                + {t("complaint.item.add")}
              </button>
            </p>
          ) : null}
        </fieldset>

        {asksRefund ? (
          <fieldset data-testid="refund-claims">
            <legend>{t("complaint.refund.legend")}</legend>
            <p className="muted">{t("complaint.refund.hint")}</p>
            <FieldError field={fields.refundClaims} />
            {refundClaims.map((claim, index) => (
              <RefundClaimRow
                key={claim.key}
                claim={claim as unknown as RefundClaimField}
                index={index}
                listMessage={index === 0 ? claimsMessage : undefined}
                maxMonth={today.slice(0, 7)}
                remove={
                  refundClaims.length > 1 ? (
                    <button className="secondary" {...form.remove.getButtonProps({ name: fields.refundClaims.name, index })}>
                      {t("complaint.refund.remove")}
                    </button>
                  ) : null
                }
              />
            ))}
            {refundClaims.length < MAX_REFUND_CLAIMS ? (
              <p>
                <button className="secondary" {...form.insert.getButtonProps({ name: fields.refundClaims.name, defaultValue: EMPTY_REFUND_CLAIM })}>
                  + {t("complaint.refund.add")}
                </button>
              </p>
            ) : null}
          </fieldset>
        ) : null}

        <div className="grid cols-2">
          <Field field={fields.paidOn} label={t("complaint.paidOn")}>
            <input {...getInputProps(fields.paidOn, { type: "date" })} max={today} min="2000-01-01" />
          </Field>
          <Field field={fields.learnedOn} label={t("complaint.learnedOn")} hint={t("complaint.learnedOn.hint")}>
            <input {...getInputProps(fields.learnedOn, { type: "date" })} max={today} min="2000-01-01" />
          </Field>
        </div>
        <Field
          field={fields.accountPaidInto}
          label={t(fields.kind.value === "other_account" ? "complaint.accountPaidInto.needed" : "complaint.accountPaidInto")}
          hint={t("complaint.accountPaidInto.hint")}
        >
          <input {...getInputProps(fields.accountPaidInto, { type: "text" })} inputMode="numeric" autoComplete="off" />
        </Field>

        <div className="field">
          <label htmlFor={fields.narrative.id}>{t("complaint.narrative")}</label>
          <p className="muted">{t("complaint.narrative.hint")}</p>
          <textarea
            {...getTextareaProps(fields.narrative)}
            {...(narrativeRefused ? { "aria-invalid": true, "aria-describedby": fields.narrative.errorId } : {})}
            rows={6}
            // A browser's maxlength counts UTF-16 units, an emoji two: the limit is the schema's, in characters as the
            // counter shows them; this is the schema's hard bound, which only stops a paste far beyond it.
            maxLength={NARRATIVE_MAX_UNITS}
            // Not useAutoFocus: this component provides RefusedFieldFocus, and its own useContext reads the one above (none).
            autoFocus={focus === fields.narrative.name ? true : undefined}
          />
          <p className="muted counter" aria-live="polite">
            {t("complaint.narrative.count", { n: narrativeCount, max: NARRATIVE_MAX })}
          </p>
          <FieldError field={{ errorId: fields.narrative.errorId, errors: fieldErrorFor("narrative", fields.narrative.errors) }} />
        </div>

        <div className="field">
          <label htmlFor="complaint-evidence">{t("complaint.evidence")}</label>
          <p className="muted">{t("complaint.evidence.hint", { max: MAX_COMPLAINT_FILES, mb: MB })}</p>
          <input
            id="complaint-evidence"
            name={EVIDENCE_FIELD}
            autoFocus={focus === EVIDENCE_FIELD ? true : undefined}
            type="file"
            multiple
            accept={EVIDENCE_ACCEPT}
            aria-describedby="complaint-evidence-error"
            {...files.inputProps}
          />
          {failed && files.count === 0 ? <p className="muted">{t("complaint.evidence.again")}</p> : null}
          <FieldError field={{ errorId: "complaint-evidence-error", errors: files.errors }} />
        </div>

        <fieldset>
          <legend>{t("complaint.contact.legend")}</legend>
          <p className="muted">{t("complaint.contact.hint")}</p>
          {track !== "complaint" ? (
            <div className="field checkbox">
              <label>
                <input {...getInputProps(fields.anonymous, { type: "checkbox" })} autoFocus={focus === fields.anonymous.name ? true : undefined} /> {t("complaint.anonymous")}
              </label>
              <FieldError field={fields.anonymous} />
            </div>
          ) : null}
          {anonymous ? null : (
            <>
              <Field field={fields.contactName} label={t("complaint.contactName")}>
                <input {...getInputProps(fields.contactName, { type: "text" })} autoComplete="name" />
              </Field>
              <Field field={fields.contactPhone} label={t("complaint.contactPhone")}>
                <input {...getInputProps(fields.contactPhone, { type: "tel" })} inputMode="tel" autoComplete="tel" />
              </Field>
              <Field field={fields.contactAddress} label={t("complaint.contactAddress")}>
                <input {...getInputProps(fields.contactAddress, { type: "text" })} autoComplete="street-address" />
              </Field>
            </>
          )}
          {track !== "report" ? (
            <div className="field checkbox">
              <label>
                <input {...getInputProps(fields.shareContact, { type: "checkbox" })} autoFocus={focus === fields.shareContact.name ? true : undefined} /> {t("complaint.shareContact")}
              </label>
            </div>
          ) : null}
        </fieldset>

        <div className="field checkbox">
          <label>
            <input {...getInputProps(fields.publishConsent, { type: "checkbox" })} autoFocus={focus === fields.publishConsent.name ? true : undefined} /> {t("complaint.publishConsent")}
          </label>
        </div>

        <CheckedFilesSubmit id="complaint-submit" files={files} fieldId="complaint-evidence" disabled={busy}>
          {busy ? t("complaint.submitting") : t("complaint.submit")}
        </CheckedFilesSubmit>
      </Form>
    </RefusedFieldFocus.Provider>
  );
}

/** One radio of a group: each its own id (conform gives the group's to every one), so no two elements share one. */
function radioProps(field: FieldMetadata<string | undefined>, value: string) {
  const { key: _key, ...props } = getInputProps(field, { type: "radio", value });
  return { ...props, id: `${props.id}-${value}` };
}

function Field(props: { field: FieldMetadata<unknown>; label: string; hint?: string; children: ReactNode }) {
  const { field, label, hint, children } = props;
  // The hint is read with the control (what to enter, and when it is needed), before its error if it has one.
  const hintId = `${field.id}-hint`;
  const autoFocus = useAutoFocus(field.name);
  const control =
    (hint || autoFocus) && isValidElement<{ "aria-describedby"?: string; autoFocus?: boolean }>(children)
      ? cloneElement(children, {
          ...(hint ? { "aria-describedby": [hintId, children.props["aria-describedby"]].filter(Boolean).join(" ") } : {}),
          ...(autoFocus ? { autoFocus } : {}),
        })
      : children;
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      {control}
      {hint ? (
        <p className="muted" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} />
    </div>
  );
}

/**
 * A row's first control's props marked with its list's own message too (`listMessage`, the message's id): the control
 * that answers "add at least one" is the one announced as invalid, and focused (without JavaScript, `useRefusedFieldFocus`;
 * with it, `useInvalidFieldFocus`).
 */
function withListMessage<P extends { "aria-invalid"?: boolean | "true" | "false"; "aria-describedby"?: string }>(props: P, listMessage: string | undefined): P {
  if (!listMessage) return props;
  return { ...props, "aria-invalid": true, "aria-describedby": [props["aria-describedby"], listMessage].filter(Boolean).join(" ") };
}

function ItemRow({ item, index, remove, listMessage }: { item: ItemField; index: number; remove: ReactNode; listMessage?: string }) {
  const t = useT();
  const f = item.getFieldset();
  return (
    <fieldset className="item-row" aria-label={t("complaint.item", { n: index + 1 })}>
      <Field field={f.name} label={t("complaint.item.name")}>
        <input {...withListMessage(getInputProps(f.name, { type: "text" }), listMessage)} />
      </Field>
      <Field field={f.amount} label={t("complaint.item.amount")}>
        <input {...getInputProps(f.amount, { type: "text" })} inputMode="decimal" />
      </Field>
      <Field field={f.unit} label={t("complaint.item.unit")}>
        <select {...getSelectProps(f.unit)}>
          {CHARGED_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`unit.${u}`)}
            </option>
          ))}
        </select>
      </Field>
      {remove ? <div>{remove}</div> : null}
    </fieldset>
  );
}

/** One month of a refund complaint: only what C05 computes with (no child's details). */
function RefundClaimRow({ claim, index, maxMonth, remove, listMessage }: { claim: RefundClaimField; index: number; maxMonth: string; remove: ReactNode; listMessage?: string }) {
  const t = useT();
  const lang = useRuleLang();
  const f = claim.getFieldset();
  return (
    <fieldset className="item-row" aria-label={t("complaint.refund.claim", { n: index + 1 })}>
      <Field field={f.month} label={t("complaint.refund.month")}>
        <input {...withListMessage(getInputProps(f.month, { type: "month" }), listMessage)} min="2000-01" max={maxMonth} placeholder="2026-10" />
      </Field>
      <Field field={f.feeKind} label={t("complaint.refund.feeKind")}>
        <select {...getSelectProps(f.feeKind)}>
          {REFUND_FEE_KINDS.map((k) => (
            <option key={k} value={k}>
              {FEE_KIND_LABELS[k][lang]}
            </option>
          ))}
        </select>
      </Field>
      <Field field={f.case} label={t("complaint.refund.case")}>
        <select {...getSelectProps(f.case)}>
          {REFUND_CASES.map((c) => (
            <option key={c} value={c}>
              {CASE_LABELS[c][lang]}
            </option>
          ))}
        </select>
      </Field>
      <Field field={f.daysAttended} label={t("complaint.refund.daysAttended")}>
        <input {...getInputProps(f.daysAttended, { type: "text" })} inputMode="numeric" />
      </Field>
      <Field field={f.paid} label={t("complaint.refund.paid")}>
        <input {...getInputProps(f.paid, { type: "text" })} inputMode="decimal" />
      </Field>
      <Field field={f.refunded} label={t("complaint.refund.refunded")}>
        <input {...getInputProps(f.refunded, { type: "text" })} inputMode="decimal" />
      </Field>
      {remove ? <div>{remove}</div> : null}
    </fieldset>
  );
}

/** What the copy button puts on the clipboard: both codes, each named, to paste into a note. */
function receiptText(t: ReturnType<typeof useT>, receipt: Extract<IntakeReply, { outcome: "received" }>["receipt"]): string {
  const lines = [`${t("complaint.receipt.trackingNo")}: ${receipt.trackingNo}`];
  if (receipt.accessCode) lines.push(`${t("complaint.receipt.accessCode")}: ${receipt.accessCode}`);
  return lines.join("\n");
}

/** The receipt: the number and, this once, the access code, with what to do with them. */
export function ComplaintReceipt({ receipt }: { receipt: Extract<IntakeReply, { outcome: "received" }>["receipt"] }) {
  const t = useT();
  // The receipt replaces the form the parent submitted at its bottom: its top is brought into view and read.
  const heading = useFocusWhenShown<HTMLHeadingElement>(receipt.trackingNo);
  const title = t("complaint.receipt.title", { track: t(`complaint.trackNoun.${receipt.track}`) });
  useAnswerTitle(title);
  return (
    <section className="panel complaint-receipt" aria-live="polite">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <dl className="codes">
        <dt>{t("complaint.receipt.trackingNo")}</dt>
        <dd data-testid="tracking-no">{receipt.trackingNo}</dd>
        {receipt.accessCode ? (
          <>
            <dt>{t("complaint.receipt.accessCode")}</dt>
            <dd data-testid="access-code">{receipt.accessCode}</dd>
          </>
        ) : null}
      </dl>
      <p className="form-error" role="note">
        {!receipt.replayed ? t("complaint.receipt.writeDown") : receipt.accessCode ? t("complaint.receipt.replayedWithCode") : t("complaint.receipt.replayed")}
      </p>
      <p>
        <CopyButton text={() => receiptText(t, receipt)} label={t("complaint.receipt.copy")} copiedLabel={t("complaint.receipt.copied")} />
      </p>
      {/* The one deadline of the track chosen, dated, as the tracking page will show it; not both tracks' in words. */}
      {receipt.due ? (
        <p data-testid="receipt-deadline">
          <ComplaintDue due={receipt.due} />
        </p>
      ) : (
        <p>{t("complaint.receipt.next")}</p>
      )}
      <p className="actions">
        {/* The number, not the code, may travel in the address: the tracking page is filled in with it. */}
        <Link className="primary" to={`/complaints/track?no=${encodeURIComponent(receipt.trackingNo)}`}>
          {t("complaint.receipt.trackIt")}
        </Link>{" "}
        <Link className="tap" to="/complaints/new" reloadDocument>
          {t("complaint.receipt.another")}
        </Link>
      </p>
    </section>
  );
}

/** The receipts this browser was given in the last two hours, above the form: a reload or a second look finds them. */
export function RecentReceipts({ receipts }: { receipts: RecentReceipt[] }) {
  const t = useT();
  if (receipts.length === 0) return null;
  return (
    <section className="complaint-recent" aria-labelledby="complaint-recent-title" data-testid="recent-receipts">
      <h2 id="complaint-recent-title">{t("complaint.recent.title")}</h2>
      <ul>
        {receipts.map((r) => (
          <li key={r.trackingNo}>
            <p>
              {/* One sentence per track: a noun put first in a sentence would need a capital the catalogue's noun has not got. */}
              {t(`complaint.recent.what.${r.track}`, { name: r.kindergartenName })} <Instant value={r.receivedAt} />
            </p>
            <dl className="codes">
              <dt>{t("complaint.receipt.trackingNo")}</dt>
              <dd>{r.trackingNo}</dd>
              {r.accessCode ? (
                <>
                  <dt>{t("complaint.receipt.accessCode")}</dt>
                  <dd>{r.accessCode}</dd>
                </>
              ) : null}
            </dl>
            <Link className="tap" to={`/complaints/track?no=${encodeURIComponent(r.trackingNo)}`}>
              {t("complaint.receipt.trackIt")}
            </Link>
          </li>
        ))}
      </ul>
      <Form method="post" action="/complaints/forget-receipts" reloadDocument>
        <p className="muted">
          {t("complaint.recent.note")}{" "}
          <button type="submit" className="link-button tap">
            {t("complaint.recent.forget")}
          </button>
        </p>
      </Form>
    </section>
  );
}
