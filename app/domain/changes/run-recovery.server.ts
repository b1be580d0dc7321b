/**
 * Resuming a stalled re-evaluation run (see RunStall): once the cause is
 * mended, an administrator puts the dead-lettered batch back in line and the
 * run carries on from its cursor (the batch is idempotent, see
 * reevaluation.server.ts).
 */
import type { DB } from "~/db/client";
import { recordAudit } from "~/domain/audit/audit.server";
import { requeueOutboxRow } from "~/domain/outbox/outbox.server";
import type { Actor } from "~/domain/users/actor";
import { ReevaluationRunNotFoundError, runStalls } from "./reevaluation.server";

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
    const stall = (await runStalls(trx, [run])).get(run.id);
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
