/**
 * Resuming a stalled re-evaluation run (see RunStall): once the cause is
 * mended, an administrator puts the dead-lettered batch back in line and the
 * run carries on from its cursor, within its scope (the batch is idempotent
 * and reads the scope from the run, see reevaluation.server.ts).
 */
import type { DB } from "~/db/client";
import { recordAudit } from "~/domain/audit/audit.server";
import { requeueOutboxRow } from "~/domain/outbox/outbox.server";
import { fail, type Result } from "~/domain/result";
import type { Actor } from "~/domain/users/actor";
import { runStalls } from "./reevaluation.server";


/**
 * Puts a stalled run's batch back in line, with an audit entry. A run that is
 * not stalled (it advanced, finished, or was resumed a moment ago) is left
 * alone: a conflict.
 */
export async function resumeRun(db: DB, runId: string, actor: Pick<Actor, "id">, now = new Date()): Promise<Result<{ outboxId: string }>> {
  return db.transaction().execute(async (trx) => {
    const run = await trx.selectFrom("reevaluation_runs").select(["id", "status", "cursor", "region_code"]).where("id", "=", runId).executeTakeFirst();
    if (!run) return fail("not_found", "changes.run.notFound");
    const stall = (await runStalls(trx, [run])).get(run.id);
    if (!stall || !(await requeueOutboxRow(trx, stall.outboxId, now))) return fail("conflict", "changes.run.notStalled");
    await trx.updateTable("reevaluation_runs").set({ error: null }).where("id", "=", run.id).execute();
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: "reevaluation.resume",
        entity: "reevaluation_run",
        entityId: run.id,
        // The scope it carries on over (null: national): the batch reads it from the run, as every batch does.
        detail: { outboxId: stall.outboxId, afterCursor: run.cursor, regionCode: run.region_code, error: stall.error },
      },
      now,
    );
    return { ok: true, outboxId: stall.outboxId };
  });
}
