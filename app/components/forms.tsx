/**
 * Labelled form fields for conform forms: every field has a visible label, an
 * error slot linked by aria-describedby, and messages translated from the
 * i18n keys the zod schemas use.
 */
import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import { createContext, useContext, useEffect, useRef, type ButtonHTMLAttributes, type FormEvent, type MouseEvent, type ReactNode } from "react";
import type { Lang } from "~/i18n";
import type { Message } from "~/domain/result";
import { SUBMISSION_KEY_FIELD, SUBMISSION_KEY_PATTERN } from "~/domain/submissions/submission.schema";
import { useLang, useT } from "~/utils/i18n";
import { useHydrated } from "~/utils/use-hydrated";

type AnyField = FieldMetadata<any>;

export function FieldError({ field }: { field: { errors?: string[]; errorId: string } }) {
  const t = useT();
  const lang = useLang();
  if (!field.errors?.length) return null;
  return (
    <p id={field.errorId} className="field-error">
      {joinMessages(field.errors.map((e) => t(e)), lang)}
    </p>
  );
}

/** A plain form's messages under a field (domain Messages, not conform's encoded strings). */
export function FieldErrorList({ id, errors }: { id: string; errors: Message[] | undefined }) {
  const t = useT();
  const lang = useLang();
  if (!errors?.length) return null;
  return (
    <p id={id} className="field-error">
      {joinMessages(errors.map((e) => t(e.key, e.vars)), lang)}
    </p>
  );
}

/**
 * Focuses the element (tabIndex -1) and brings it into view whenever `shown` changes, unless focus already went to
 * a field (conform leads it to the first marked one): for what a submit was answered with.
 */
export function useFocusWhenShown<T extends HTMLElement>(shown: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (active && active !== document.body && !(active instanceof HTMLButtonElement)) return;
      ref.current?.focus();
      ref.current?.scrollIntoView({ block: "center" });
    });
    return () => cancelAnimationFrame(frame);
  }, [shown]);
  return ref;
}

/**
 * A message a submit was answered with, above its form: brought into view and focused when it appears, so that a
 * parent who pressed a button at the bottom of a long form on a phone sees that something happened, unless focus
 * already went to a marked field (conform leads it to the first).
 */
export function FormAlert({ id, message }: { id?: string; message: string }) {
  const ref = useFocusWhenShown<HTMLDivElement>(message);
  return (
    <div ref={ref} className="form-error" role="alert" id={id} tabIndex={-1}>
      {message}
    </div>
  );
}

/**
 * After a submit refused, in the browser by the form's own check or by the server's answer, focus goes to the form's
 * first control marked invalid (`aria-invalid`), top to bottom. conform focuses the first control named by a message;
 * a message that no control is named by (a list's "add at least one item") was passed over, to a field further down,
 * or, alone, left focus on the Submit button: a parent on a phone, at the bottom of a long form, was told nothing. A frame later: once the
 * marks are rendered, and after FormAlert has brought its message into view.
 *
 * `form` is conform's form metadata; returns the form's onSubmit. A submit by one of conform's intents (adding or
 * removing a row, Enter's check) moves nothing: the parent is where they meant to be.
 */
export function useInvalidFieldFocus(
  form: { id: string; onSubmit: (event: FormEvent<HTMLFormElement>) => void; validate: { getButtonProps: () => { name?: string } } },
  refusedByServer: unknown,
): (event: FormEvent<HTMLFormElement>) => void {
  const { id } = form;
  useEffect(() => {
    if (refusedByServer) return focusFirstInvalid(id);
  }, [refusedByServer, id]);
  const intent = form.validate.getButtonProps().name;
  return (event) => {
    form.onSubmit(event);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (event.defaultPrevented && !(submitter instanceof HTMLButtonElement && submitter.name === intent)) focusFirstInvalid(id);
  };
}

function focusFirstInvalid(formId: string): () => void {
  const frame = requestAnimationFrame(() => {
    const form = document.getElementById(formId);
    if (!(form instanceof HTMLFormElement)) return;
    const first = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!first || first === document.activeElement) return;
    first.focus();
    first.scrollIntoView({ block: "center" });
  });
  return () => cancelAnimationFrame(frame);
}

/**
 * The field that takes focus (`autoFocus`) on a page rendered after a post was refused, when the browser has no
 * JavaScript (or had not run it yet): the first entry of `order`, the form's fields top to bottom as the page shows
 * them, that has a message in `errors`. A screen reader or a phone then lands on what to correct, not at the top of
 * the page. The browser focuses the element marked in the server's HTML as it parses it; a page whose JavaScript
 * runs marks none after hydrating: there conform leads focus to the first marked field when a submit is refused (the
 * account check its own), and a field rendered later must not take focus from where the parent is.
 *
 * An entry `[message, field]` sends a message that has no element of its own (a list's "add at least one") to the
 * field that answers it. Returns the name of the field to focus, or undefined.
 */
export function useRefusedFieldFocus(
  errors: Readonly<Record<string, readonly unknown[] | null | undefined>> | null | undefined,
  order: ReadonlyArray<string | readonly [message: string, field: string]>,
): string | undefined {
  const hydrated = useHydrated();
  if (hydrated || !errors) return undefined;
  for (const entry of order) {
    const [message, field] = typeof entry === "string" ? [entry, entry] : entry;
    if ((errors[message]?.length ?? 0) > 0) return field;
  }
  return undefined;
}

/**
 * useRefusedFieldFocus's choice handed down to the fields of a form drawn by several components (rows of a list):
 * a field reads it with `useAutoFocus(name)`.
 */
export const RefusedFieldFocus = createContext<string | undefined>(undefined);

/** `true` for the field useRefusedFieldFocus chose (as `autoFocus`), else undefined: nothing rendered. */
export function useAutoFocus(name: string | undefined): true | undefined {
  const chosen = useContext(RefusedFieldFocus);
  return chosen !== undefined && chosen === name ? true : undefined;
}

/** The form-level message: the form's own errors, or a reminder that fields are marked. */
export function FormErrors({ form, failed }: { form: { errors?: string[]; errorId: string }; failed?: boolean }) {
  const t = useT();
  const lang = useLang();
  const errors = form.errors ?? [];
  if (errors.length === 0 && !failed) return null;
  return <FormAlert id={form.errorId} message={errors.length > 0 ? joinMessages(errors.map((e) => t(e)), lang) : t("form.fixErrors")} />;
}

/** Several messages as one line, with the reader's language's separator. */
/**
 * Several messages shown in one place, as the reader's language writes them: Chinese clauses joined with "；"; English
 * sentences, each ended with a full stop and set apart by a space ("Enter an amount; The amount …" put a capital
 * letter after a semicolon). One message is shown as it is.
 */
export function joinMessages(messages: readonly string[], lang: Lang): string {
  return messagesAsShown(messages, lang).join(messageSeparator(lang));
}

/** Each of several messages as joinMessages shows it (for a display that renders them one by one, with links). */
export function messagesAsShown(messages: readonly string[], lang: Lang): string[] {
  return lang === "en" && messages.length > 1 ? messages.map(asSentence) : [...messages];
}

/** What joinMessages puts between two messages. */
export function messageSeparator(lang: Lang): string {
  return lang === "en" ? " " : "；";
}

/** An English message as a sentence: a full stop unless it ends with one, "?" or "!" (before a closing quote or bracket). */
function asSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?…]["'\u201d\u2019)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export function InputField(props: {
  field: AnyField;
  label: string;
  type?: "text" | "date" | "password" | "number";
  inputMode?: "decimal" | "numeric" | "text";
  hint?: ReactNode;
  autoCapitalize?: string;
  /**
   * What a browser or a password manager may fill in (`autocomplete`): a password field says whether it is the
   * user's own current password or a new one, and a form about someone else (a new account's username and name)
   * says "off", so nobody's saved credentials or name are offered there.
   */
  autoComplete?: "username" | "current-password" | "new-password" | "off";
}) {
  const { field, label, type = "text", inputMode, hint, autoCapitalize, autoComplete } = props;
  // The hint is read with the field (its format, its bounds), and with its error when there is one.
  const hintId = hint ? `${field.id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <input {...getInputProps(field, { type, ariaDescribedBy: hintId })} inputMode={inputMode} autoCapitalize={autoCapitalize} autoComplete={autoComplete} />
      {hint ? (
        <p className="muted" id={hintId}>
          {hint}
        </p>
      ) : null}
      <FieldError field={field} />
    </div>
  );
}

export function SelectField(props: {
  field: AnyField;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  placeholder?: string;
}) {
  const { field, label, options, placeholder } = props;
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <select {...getSelectProps(field)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError field={field} />
    </div>
  );
}

export function TextAreaField({ field, label, rows = 2 }: { field: AnyField; label: string; rows?: number }) {
  return (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <textarea {...getTextareaProps(field)} rows={rows} />
      <FieldError field={field} />
    </div>
  );
}

export function CheckboxField({ field, label }: { field: AnyField; label: string }) {
  return (
    <label>
      <input {...getInputProps(field, { type: "checkbox" })} /> {label}
    </label>
  );
}

/**
 * The hidden one-time key every create form carries (app/domain/submissions):
 * a repeat of the same post (a double click, a resend after a lost answer)
 * carries the same key and is answered with the first result instead of
 * storing a second object.
 *
 * `fresh` is the key the page's loader made. `sent` is the key a refused post
 * carried (conform's `lastResult.initialValue`, or the values a plain form
 * echoes): nothing was stored, so the corrected form goes under the same key,
 * also after a document post without JavaScript, whose page is rendered with
 * a new loader key. (With JavaScript the page keeps its loader data after a
 * 4xx anyway: single fetch does not revalidate.) When the key itself was
 * refused (`errors` holds a submission.key.* message) the fresh one is used.
 */
export function SubmissionKeyInput(props: { fresh: string; sent?: unknown; errors?: ReadonlyArray<string | Message> | null }) {
  const { fresh, sent, errors } = props;
  const keyRefused = (errors ?? []).some((e) => (typeof e === "string" ? e : e.key).startsWith("submission.key."));
  const value = typeof sent === "string" && SUBMISSION_KEY_PATTERN.test(sent) && !keyRefused ? sent : fresh;
  return <input type="hidden" name={SUBMISSION_KEY_FIELD} value={value} />;
}

/**
 * The button Enter in a field presses: a form's implicit submission takes its first submit button, which in a form
 * with lists would be the first row's 删除 (the row lost without a word). Put first in such a form, out of sight and
 * out of the tab order, it does what Enter should: a check (预检查, or conform's validate intent), never a change.
 */
export function DefaultSubmit(props: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "type" | "children">) {
  return <button type="submit" {...props} className="default-submit" tabIndex={-1} aria-hidden="true" />;
}

/**
 * The onMouseDown of a form's buttons when its fields are checked as they are left (conform's `shouldValidate:
 * "onBlur"`): every such form's submit buttons, and the filing form's row buttons (添加项目, 删除). Pressed, the button
 * does not take the focus, so the field last edited is not left then and its message does not appear between the
 * press and the release, moving the button from under the pointer (the click lost: the form sent only at a second
 * press, no row added after typing 680,5). A submit checks every field anyway; a row button leaves the field to be
 * checked when it is left or the form sent. Keyboard presses are unaffected.
 */
export function keepFocusOnPress(event: MouseEvent<HTMLButtonElement>): void {
  event.preventDefault();
}

/**
 * A form's onSubmit that asks the browser's confirm(`question`) first and sends nothing unless confirmed: for a step
 * that cannot be undone (a decision, an approval made public, a withdrawal, a draft discarded). Without JavaScript the
 * form posts as it is.
 */
export function confirmFirst(question: string): (event: FormEvent<HTMLFormElement>) => void {
  return (event) => {
    if (!window.confirm(question)) event.preventDefault();
  };
}
