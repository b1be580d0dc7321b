/**
 * How every safe change takes effect — a guidance-price batch, a regional
 * parameter set, a rule version: in ONE transaction the change applies itself
 * (its own compare-and-set claims and audit) and a re-evaluation run starts,
 * whose first batch goes through the outbox. So either both happen or
 * neither, and the caller gets the run id back to show its progress. The run
 * covers the change's scope (changeScope, read in the same transaction, as
 * its preview did): a batch's or a set's region, or everywhere for a rule
 * version.
 *
 * An activation form carries a one-time submission key, like a create form:
 * a repeat (a double click, a resend after a lost answer) is answered with
 * the first activation's run, not refused because the draft is no longer a
 * draft. `activationClaim` looks the key up before the change's own checks.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
import { transact, type Result } from "~/domain/result";
import { earlierAnswer, oncePer, submissionClaim, type Replayable, type SubmissionClaim } from "~/domain/submissions/submission.service.server";
import type { SubmissionForm } from "~/domain/submissions/submission.schema";
import type { DraftChange } from "~/domain/rules-runtime/rules-runtime.server";
import { changeScope } from "./preview.server";
import { startReevaluation, type ReevaluationReason } from "./reevaluation.server";

/**
 * The activation form's key, checked: `{ claim }` to go on with, or the
 * answer to give now (the first activation's, or why the key is refused).
 */
export async function activationClaim<T extends object>(
  db: DB,
  args: { actorId: string; form: SubmissionForm; key: unknown; subjectId: string },
): Promise<{ claim: SubmissionClaim } | { answer: Result<Replayable<T>> }> {
  const checked = submissionClaim({ actorId: args.actorId, form: args.form, key: args.key, content: { subjectId: args.subjectId } });
  if (!checked.ok) return { answer: checked };
  const earlier = await earlierAnswer<T>(db, checked.claim);
  return earlier ? { answer: earlier } : { claim: checked.claim };
}

export async function activateWithReevaluation<T extends object>(
  db: DB,
  /** `change`: what is activated, whose scope the run covers. */
  run: { reason: ReevaluationReason; subjectId: string; actorId: string; now: Date; change: DraftChange },
  claim: SubmissionClaim,
  /** The change's own activation; throws a Refusal to roll everything back with a reason. */
  apply: (trx: Transaction<Database>) => Promise<T>,
): Promise<Result<Replayable<T & { runId: string }>>> {
  return transact(db, (trx) =>
    oncePer(trx, claim, async () => {
      const applied = await apply(trx);
      const { regionCode } = await changeScope(trx, run.change);
      const runId = await startReevaluation(trx, { reason: run.reason, subjectId: run.subjectId, actorId: run.actorId, now: run.now, regionCode });
      return { ...applied, runId };
    }),
  );
}
