/**
 * How every safe change takes effect — a guidance-price batch, a regional
 * parameter set, a rule version: in ONE transaction the change applies itself
 * (its own compare-and-set claims and audit) and a re-evaluation run starts,
 * whose first batch goes through the outbox. So either both happen or
 * neither, and the caller gets the run id back to show its progress.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
import { transact, type Result } from "~/domain/result";
import { startReevaluation, type ReevaluationReason } from "./reevaluation.server";

export async function activateWithReevaluation<T extends object>(
  db: DB,
  run: { reason: ReevaluationReason; subjectId: string; actorId: string; now: Date },
  /** The change's own activation; throws a Refusal to roll everything back with a reason. */
  apply: (trx: Transaction<Database>) => Promise<T>,
): Promise<Result<T & { runId: string }>> {
  return transact(db, async (trx) => {
    const applied = await apply(trx);
    const runId = await startReevaluation(trx, run);
    return { ok: true as const, ...applied, runId };
  });
}
