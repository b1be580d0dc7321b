/**
 * A re-evaluation run whose next batch the job layer gave up on (its outbox
 * row dead-lettered after its attempts ran out, or at once for a permanent
 * failure) does not advance by itself: it is stalled. An administrator reads
 * why and, once the cause is mended, resumes it: the same batch is put back
 * in line and the run carries on from its cursor (the batch is idempotent,
 * see reevaluation.server.ts).
 */
import type { DB } from "../../../db/client";
import type { ReevaluationRun } from "../../../db/schema";
import { recordAudit } from "../audit/audit.server";
import { DEAD_LETTER_AT, requeueOutboxRow } from "../outbox/outbox.server";
import { parsePayload } from "../outbox/topics";
import type { Actor } from "../users/actor";
import { getRunSummary, ReevaluationRunNotFoundError, runPercent, type RunSummary } from "./reevaluation.server";

export interface RunStall {
  /** The dead-lettered `reevaluation.batch` outbox row: the batch after the run's cursor. */
  outboxId: string;
  /** Why its last attempt failed. */
  error: string | null;
  attempts: number;
}

/** The run's next batch, if the job layer has given up on it; null while the run is advancing or finished. */
export async function findRunStall(db: DB, run: Pick<ReevaluationRun, "id" | "status" | "cursor">): Promise<RunStall | null> {
  if (run.status !== "pending" && run.status !== "running") return null;
  // Dead-lettered rows are few (outbox_pending index); the payload is matched parsed, not as text.
  const rows = await db
    .selectFrom("outbox")
    .select(["id", "payload", "last_error", "attempts"])
    .where("processed_at", "is", null)
    .where("available_at", "=", DEAD_LETTER_AT)
    .where("topic", "=", "reevaluation.batch")
    .orderBy("created_at", "desc")
    .execute();
  for (const row of rows) {
    let payload;
    try {
      payload = parsePayload("reevaluation.batch", row.payload);
    } catch {
      continue; // a mangled row is not this run's batch
    }
    if (payload.runId === run.id && payload.afterCursor === run.cursor) {
      return { outboxId: row.id, error: row.last_error, attempts: row.attempts };
    }
  }
  return null;
}

export type ResumeResult = { resumed: true; outboxId: string } | { resumed: false; reason: "not_stalled" };

/**
 * Puts a stalled run's batch back in line, with an audit entry. A run that is
 * not stalled (it advanced, finished, or was resumed a moment ago) is left
 * alone.
 */
export async function resumeRun(db: DB, runId: string, actor: Pick<Actor, "id">, now = new Date()): Promise<ResumeResult> {
  return db.transaction().execute(async (trx) => {
    const run = await trx.selectFrom("reevaluation_runs").select(["id", "status", "cursor"]).where("id", "=", runId).executeTakeFirst();
    if (!run) throw new ReevaluationRunNotFoundError(runId);
    const stall = await findRunStall(trx, run);
    if (!stall || !(await requeueOutboxRow(trx, stall.outboxId, now))) return { resumed: false, reason: "not_stalled" } as const;
    await trx.updateTable("reevaluation_runs").set({ error: null }).where("id", "=", run.id).execute();
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: "reevaluation.resume",
        entity: "reevaluation_run",
        entityId: run.id,
        detail: { outboxId: stall.outboxId, afterCursor: run.cursor, error: stall.error },
      },
      now,
    );
    return { resumed: true, outboxId: stall.outboxId } as const;
  });
}

/** What the run's progress page shows: the run, its percentage, and whether it is stalled. */
export async function runProgress(db: DB, runId: string): Promise<{ run: RunSummary & { percent: number }; stall: RunStall | null } | null> {
  const run = await getRunSummary(db, runId);
  if (!run) return null;
  return { run: { ...run, percent: runPercent(run) }, stall: await findRunStall(db, run) };
}
