/**
 * One step's form among several on a page (an inspection case's steps, a
 * complaint's handling actions), as a plain form that works without
 * JavaScript: the step's title, the version the officer read, the refusal of
 * the last try, the fields, and the button that posts the step as `intent`.
 * Field ids are prefixed with the step, so two forms' fields never share one.
 * The browser's own checks are off (noValidate): a missing field is told by the
 * server, under the field and in the page's language, not in a browser tooltip.
 * What is typed in its text boxes outlives a reload or Back in the same tab (useTabKeptText).
 *
 * A step that cannot be taken back (`review`) is confirmed after the server has checked it: its post is first only
 * checked (REVIEW_FIELD): the server answers the mistakes as for any post, or, for a step it would take, what it would
 * record (`checked`), and the form shows a confirmation step (that summary, and a button that posts the same values for
 * real). So the officer is asked to confirm only a step the server has found valid, with JavaScript and without; the
 * actions answer through one helper (app/web/step-action.server.ts, `answerStep`).
 */
import { Form, useLocation } from "@remix-run/react";
import { cloneElement, forwardRef, isValidElement, useEffect, useRef, useState, type ReactElement, type ReactNode } from "react";
import type { FieldErrors, Message } from "~/domain/result";
import { joinMessages } from "~/components/forms";
import { useLang, useT } from "~/utils/i18n";
import { useVersionedFormBusy } from "~/utils/versioned-form";
import { useTabKeptText } from "~/utils/form-draft";

/** What an action answers a step: done, refused with a reason or field messages, or checked and awaiting confirmation. */
export interface StepAnswer<Checked = unknown> {
  intent: string | null;
  done: boolean;
  error: Message | null;
  fieldErrors: FieldErrors;
  /**
   * A refused step's fields as they were sent (not its version or intent): the form comes back with them, its
   * choices included, also without JavaScript, where the page is rendered anew from the post.
   */
  values?: Record<string, string>;
  /**
   * Checked and not taken (a post with REVIEW_FIELD the server found valid): what the step would record; the step
   * waits for the officer's confirmation, which posts `values`.
   */
  checked?: Checked;
}

/** The field a step's form posts to have the step checked only (StepForm's `review`): its value is "1". */
export const REVIEW_FIELD = "review";

/** The fields of a refused post to send back with its answer (stepAnswer's `values`): its text, not its version or intent. */
export function sentValues(input: Record<string, string>): Record<string, string> {
  const { version: _version, intent: _intent, ...values } = input;
  return values;
}

/** A refusal's reason, as the page shows it above a form. */
export function ErrorLine({ message }: { message: Message }) {
  const t = useT();
  return (
    <p className="form-error" role="alert" tabIndex={-1}>
      {t(message.key, message.vars)}
    </p>
  );
}

/**
 * A refused step whose form the page no longer offers (the record moved on in another tab or by another officer, and a
 * stale page posted a step it no longer allows; or a post with no step the page knows): its form would have shown the
 * reason, and is gone, so the page says it above everything else, naming the step (`label`; null for an intent the page
 * does not know). Rendered from the answer, so the same without JavaScript (the page the post returns) and with it,
 * where it takes the focus as a step's form gives it to its own refusal. Nothing for a step the page still offers.
 */
export function RefusedStepAlert({ answer, offered, label }: { answer: StepAnswer | undefined; offered: readonly string[]; label: (intent: string) => string | null }) {
  const t = useT();
  const lang = useLang();
  const ref = useRef<HTMLDivElement>(null);
  const gone = answer !== undefined && !answer.done && answer.checked === undefined && (answer.intent === null || !offered.includes(answer.intent));
  const reasons = gone ? [answer.error, ...Object.values(answer.fieldErrors ?? {}).flat()].filter((m): m is Message => m !== null && m !== undefined) : [];
  useEffect(() => {
    if (gone && reasons.length > 0) ref.current?.focus();
  }, [gone, answer, reasons.length]);
  if (!gone || reasons.length === 0) return null;
  const step = answer.intent === null ? null : label(answer.intent);
  const why = joinMessages([...new Map(reasons.map((m) => [m.key, t(m.key, m.vars)])).values()], lang);
  return (
    <div ref={ref} className="form-error" role="alert" tabIndex={-1} data-testid="step-refused">
      {step === null ? why : t("step.refusedGone", { step, reason: why })}
    </div>
  );
}

/**
 * What a step taken says ("已保存：办结"), `text` naming it, when the step's own form is gone (a case claimed, a complaint
 * accepted): the page shows it above its steps, and, where the step left none (a complaint closed, a case with no step
 * after its closing), at its top, as RefusedStepAlert says a refusal, and it takes the focus. A step whose form stays
 * (a finding recorded, a reply) says it in that form, under its heading (StepForm's `done`): above the steps it was
 * out of sight of the officer who had scrolled down to the form, who saw only the form emptied. Rendered from the
 * answer, so the same without JavaScript and with it.
 */
export function StepDoneNotice({ answer, offered, text }: { answer: StepAnswer | undefined; offered: readonly string[]; text: (intent: string) => string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const intent = answer?.done ? answer.intent : null;
  const formGone = intent !== null && !offered.includes(intent);
  useEffect(() => {
    if (formGone) ref.current?.focus();
  }, [formGone, answer]);
  if (!formGone) return null;
  return <DoneLine ref={ref}>{text(intent)}</DoneLine>;
}

/** The line that says a step was taken: a status, focusable, as both StepDoneNotice and a step's own form show it. */
const DoneLine = forwardRef<HTMLParagraphElement, { children: ReactNode }>(function DoneLine({ children }, ref) {
  return (
    <p ref={ref} className="notice" role="status" tabIndex={-1} data-testid="step-done">
      {children}
    </p>
  );
});

/**
 * The pieces of a step's fields: `id` of a control, `field` (label, control and the messages the last answer gave
 * it; no label of its own for a control that carries one, a checkbox inside its label), `choice` (a select whose
 * first option is empty, so nothing is chosen unless the refused post or `selected` says what is), `sent` (what the
 * refused post held in a field: a control's default, so that a refusal keeps what was typed and chosen).
 */
export function useStepFields(intent: string, answer: StepAnswer | undefined) {
  const t = useT();
  const lang = useLang();
  const id = (name: string) => `${intent}-${name}`;
  const refused = answer !== undefined && answer.intent === intent && !answer.done;
  const sent = (name: string): string | undefined => (refused ? answer.values?.[name] : undefined);
  const field = (name: string, label: string | null, control: ReactNode, hint?: ReactNode) => {
    // Every message of the field at once (a basis that neither fits the decision nor is the agency's says both).
    const errors = [...new Map((answer?.fieldErrors?.[name] ?? []).map((e) => [e.key, e])).values()];
    // A hint is read with the control (what to enter), before its message if it has one; a refused control says so and
    // is read with its message (the step's focus goes to the first such).
    const describedBy = [hint ? id(`${name}-hint`) : null, errors.length > 0 ? id(`${name}-error`) : null].filter(Boolean).join(" ");
    const marked =
      describedBy !== "" && isValidElement(control)
        ? cloneElement(control as ReactElement<Record<string, unknown>>, { ...(errors.length > 0 ? { "aria-invalid": true } : {}), "aria-describedby": describedBy })
        : control;
    return (
      <div className="field" key={name}>
        {label === null ? null : <label htmlFor={id(name)}>{label}</label>}
        {marked}
        {hint ? (
          <p id={id(`${name}-hint`)} className="muted">
            {hint}
          </p>
        ) : null}
        {errors.length > 0 ? (
          <p id={id(`${name}-error`)} className="field-error">
            {joinMessages(
              errors.map((e) => t(e.key, e.vars)),
              lang,
            )}
          </p>
        ) : null}
      </div>
    );
  };
  const choice = (name: string, label: string, options: ReadonlyArray<{ value: string; label: string }>, required = true, selected = "") => {
    const initial = sent(name) ?? selected;
    return field(
      name,
      label,
      // Keyed by its choice: after a step changes who has the case, the select shows the new one, not the old; after a
      // refusal, the one sent.
      <select key={initial} id={id(name)} name={name} required={required} defaultValue={initial}>
        <option value="">—</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>,
    );
  };
  return { id, field, choice, sent };
}

export function StepForm(props: {
  intent: string;
  version: number;
  /** The step's name, as its heading and its button. */
  label: string;
  /** What the form says under its heading once its step is taken ("已完成：记录核查情况"), where the form starts again. */
  done: string;
  /** A step that ends or undoes work (close, reject, reopen) has a quieter button. */
  quiet: boolean;
  testId: string;
  answer: StepAnswer | undefined;
  multipart?: boolean;
  /**
   * A step that cannot be taken back is checked by the server first and confirmed after (the module's comment); the
   * summary says what would be recorded.
   */
  review?: { summary: ReactNode };
  children: ReactNode;
}) {
  const t = useT();
  const busy = useVersionedFormBusy();
  // Done, the step's form starts empty again (a new Form element, its fields at their defaults): what was typed is
  // on the timeline now, and a second click would record it twice. Refused, it keeps what was typed.
  const [round, setRound] = useState(0);
  const done = props.answer?.done === true && props.answer.intent === props.intent;
  const reviewed = props.review !== undefined && props.answer?.checked !== undefined && props.answer.intent === props.intent;
  useEffect(() => {
    if (done) setRound((r) => r + 1);
  }, [done, props.answer]);
  // Focus follows the answer, as a keyboard or screen-reader user needs it: refused, to the first marked field (or
  // the reason, when no field is marked); done, to the line under the step's heading that says so (the form starts
  // again below it: scrolled into view, it is what the officer sees of the step taken).
  const formRef = useRef<HTMLFormElement>(null);
  const confirmRef = useRef<HTMLFormElement>(null);
  useTabKeptText({ form: formRef, scope: `${useLocation().pathname}.${props.intent}`, saved: done, remount: round });
  useEffect(() => {
    const form = formRef.current;
    if (!form || !props.answer || props.answer.intent !== props.intent) return;
    // Checked, to the confirmation's question.
    if (reviewed) {
      confirmRef.current?.querySelector<HTMLElement>("h4")?.focus();
      return;
    }
    const target = done ? form.querySelector<HTMLElement>('[data-testid="step-done"]') : (form.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.querySelector<HTMLElement>('[role="alert"]'));
    target?.focus();
  }, [done, reviewed, props.answer, props.intent, round]);
  return (
    <>
      <Form
        ref={formRef}
        key={round}
        method="post"
        encType={props.multipart ? "multipart/form-data" : undefined}
        data-testid={props.testId}
        className="action-form"
        noValidate
      >
        <h3>{props.label}</h3>
        {done ? <DoneLine>{props.done}</DoneLine> : null}
        <input type="hidden" name="version" value={props.version} />
        {props.review ? <input type="hidden" name={REVIEW_FIELD} value="1" /> : null}
        {props.answer?.error ? <ErrorLine message={props.answer.error} /> : null}
        {props.children}
        <p className="actions">
          <button className={props.quiet ? "secondary" : "primary"} type="submit" name="intent" value={props.intent} disabled={busy}>
            {props.label}
          </button>
        </p>
      </Form>
      {reviewed ? (
        // The values the server checked, posted again for real; what is typed above meanwhile is checked anew by its own button.
        <Form ref={confirmRef} method="post" className="action-form notice" data-testid={`${props.testId}-confirm`}>
          <h4 tabIndex={-1}>{t("step.confirmHeading", { step: props.label })}</h4>
          <p>{t("step.confirm", { step: props.label })}</p>
          {props.review?.summary}
          <input type="hidden" name="version" value={props.version} />
          {Object.entries(props.answer?.values ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <p className="actions">
            <button className="primary" type="submit" name="intent" value={props.intent} disabled={busy}>
              {t("step.confirmButton", { step: props.label })}
            </button>
          </p>
          <p className="muted">{t("step.confirmEdit")}</p>
        </Form>
      ) : null}
    </>
  );
}
