/**
 * How the domain says no. A service returns `{ ok: true, … }` or a Failure
 * whose kind says why, independent of any transport: invalid input, not
 * allowed, not found (or outside the actor's scope, which reads the same),
 * or a conflict with the current state (a draft no longer a draft, two
 * activations at once). Routes map kinds to HTTP statuses in one place
 * (app/web/failure.server.ts); jobs never see HTTP at all.
 *
 * Every message is an i18n key with its variables, so the UI words it in
 * the reader's language; field errors are keyed by the form field's name.
 * Client-safe: forms import the types.
 */
import type { Kysely, Transaction } from "kysely";
import { encodeMessage, type Message } from "~/i18n";

export type { Message };

export type FieldErrors = Record<string, Message[]>;

export type FailureKind = "invalid" | "forbidden" | "not_found" | "conflict";

export interface Failure {
  ok: false;
  kind: FailureKind;
  /** About the request as a whole (for forbidden, not found and conflict: the reason). */
  formErrors: Message[];
  fieldErrors: FieldErrors;
}

export type Result<T extends object = object, F extends Failure = Failure> = ({ ok: true } & T) | F;

export function message(key: string, vars?: Message["vars"]): Message {
  return vars ? { key, vars } : { key };
}

/** A refusal with one reason. */
export function fail(kind: FailureKind, key: string, vars?: Message["vars"]): Failure {
  return { ok: false, kind, formErrors: [message(key, vars)], fieldErrors: {} };
}

/** Input that does not pass: messages per field, and optionally about the whole form. */
export function invalid(fieldErrors: FieldErrors, formErrors: Message[] = []): Failure {
  return { ok: false, kind: "invalid", fieldErrors, formErrors };
}

export function addFieldError(errors: FieldErrors, field: string, error: Message): void {
  (errors[field] ??= []).push(error);
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** zod-style issue paths as form field names: ["items", 0, "code"] → "items[0].code" (conform's naming). */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${String(part)}` : String(part)), "");
}

/** A schema's message for a text over its limit, with the limit in it (内容过长，最多 200 字). */
export const tooLong = (max: number): string => encodeMessage({ key: "form.tooLong", vars: { max } });

/**
 * A form field left empty as no value (a form posts "" for it): a field it makes optional is then absent, and a required
 * one is asked for with its own message, not called malformed.
 */
export const blankAsMissing = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/**
 * For a form's cross-field refinement that must run beside its fields' own checks: zod skips a refinement once a
 * field's transform has failed (an amount that is no amount), and the form's other mistakes would come a round
 * later. With this the refinement reads what could be read, so it checks each value's type itself.
 */
export const besideFieldChecks = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** zod issues (messages are i18n keys) as field errors. */
export function issuesToFieldErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) addFieldError(errors, fieldName(issue.path), message(issue.message));
  return errors;
}

/**
 * Thrown inside a transaction to roll it back with a reason (a compare-and-set
 * that lost a race, a check that no longer holds once the row is locked);
 * `transact` turns it back into the Failure it carries.
 */
export class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(`refused (${failure.kind}): ${failure.formErrors.map((m) => m.key).join(", ")}`);
    this.name = "Refusal";
  }
}

/** Runs `work` in a transaction; a Refusal thrown inside rolls it back and comes back as its Failure. */
export async function transact<D, T>(db: Kysely<D>, work: (trx: Transaction<D>) => Promise<T>): Promise<T | Failure> {
  try {
    return await db.transaction().execute(work);
  } catch (err) {
    if (err instanceof Refusal) return err.failure;
    throw err;
  }
}
