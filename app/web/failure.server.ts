/**
 * The one place a domain Failure becomes HTTP: its kind decides the status
 * (invalid 400, forbidden 403, not found 404, conflict 409), and its messages
 * travel as the page needs them — as they are for plain forms, encoded as
 * strings for conform's reply (the form's error slots translate them back).
 */
import { data } from "@remix-run/node";
import { encodeMessage } from "~/i18n";
import { fail, type Failure, type FailureKind, type Message } from "~/domain/result";

const STATUS: Record<FailureKind, number> = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409 };

export function statusOf(kind: FailureKind): number {
  return STATUS[kind];
}

/** The failure's messages for `submission.reply()`; zod's form-level issues (field "") join the form errors. */
export function conformErrors(failure: Failure): { formErrors: string[]; fieldErrors: Record<string, string[]> } {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors = failure.formErrors.map(encodeMessage);
  for (const [field, messages] of Object.entries(failure.fieldErrors)) {
    if (field === "") formErrors.push(...messages.map(encodeMessage));
    else fieldErrors[field] = messages.map(encodeMessage);
  }
  return { formErrors, fieldErrors };
}

/** An action's answer to a refused request: `payload` (what the page shows) with the failure's status. */
export function failureData<T>(failure: Failure, payload: T) {
  return data(payload, { status: statusOf(failure.kind) });
}

/** A refused button press (activate, discard, resume): `{ error }`, the reason for the page's error line. */
export function errorData(failure: Failure) {
  return failureData<{ error: Message }>(failure, { error: failure.formErrors[0] ?? { key: "error.generic" } });
}

/** A form post whose `intent` is none the page offers. */
export function unknownIntent() {
  return errorData(fail("invalid", "error.generic"));
}

/** A loader or action that has no form to show the failure on: the error page with the failure's status. */
export function throwFailure(failure: Failure): never {
  throw new Response(failure.formErrors[0]?.key ?? failure.kind, { status: statusOf(failure.kind) });
}
