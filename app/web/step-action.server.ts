/**
 * A StepForm's post answered (app/components/step-form.tsx), the same on every page of steps (an inspection case's, a
 * complaint's): the step taken, or, for a step the page confirms posted with REVIEW_FIELD, only checked. A checked
 * step the server would take comes back awaiting the officer's confirmation, with what it would record (`checked`) and
 * the values that were checked, which the confirmation posts for real; a refusal, checked or taken, comes back with
 * the step's form as it was sent (its choices too, which a browser without JavaScript would reset).
 */
import { data } from "@remix-run/node";
import { REVIEW_FIELD, sentValues, type StepAnswer } from "~/components/step-form";
import type { Failure, Result } from "~/domain/result";
import { failureData } from "~/web/failure.server";

export async function answerStep<Checked extends object>(
  /** The form's text fields as posted. */
  sent: Record<string, string>,
  step: {
    /** The steps asked to be confirmed: only these are checked without being taken. */
    confirmed: readonly string[];
    /** The step checked as it would be taken now, nothing written: what it would record. */
    check: (input: Record<string, string>) => Promise<Result<Checked>>;
    take: (input: Record<string, string>) => Promise<Result>;
  },
) {
  const { [REVIEW_FIELD]: review, ...input } = sent;
  const intent = typeof input.intent === "string" ? input.intent.slice(0, 40) : null;
  const refused = (failure: Failure) =>
    failureData<StepAnswer<Checked>>(failure, { intent, done: false, error: failure.formErrors[0] ?? null, fieldErrors: failure.fieldErrors, values: sentValues(input) });
  // A direct post without REVIEW_FIELD (or a step the page does not confirm) is taken at once.
  if (review === "1" && intent !== null && step.confirmed.includes(intent)) {
    const result = await step.check(input);
    if (!result.ok) return refused(result);
    const { ok: _ok, ...checked } = result;
    return data<StepAnswer<Checked>>({ intent, done: false, error: null, fieldErrors: {}, values: sentValues(input), checked: checked as unknown as Checked });
  }
  const result = await step.take(input);
  if (!result.ok) return refused(result);
  return data<StepAnswer<Checked>>({ intent, done: true, error: null, fieldErrors: {} });
}
