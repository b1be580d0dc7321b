/**
 * The publication sweep (scheduled, jobs/schedules.ts): a published case
 * whose retention ended (行政处罚信息公示规定 Art. 13: 3 months for the
 * minor kinds, 3 years otherwise, retentionMonths) is withdrawn: its content
 * leaves the public pages, the feed and the API, which then say only that it
 * was withdrawn. Idempotent: a case is withdrawn by a compare-and-set on its
 * state, so a doubled or overlapping run withdraws it once; a missed run is
 * caught up by the next one.
 */
import type { DB } from "~/db/client";
import { recordAudit } from "~/domain/audit/audit.server";
import { eventLoopSlicer } from "~/utils/event-loop";
import { newId } from "~/utils/ids";
import { shanghaiDate } from "~/utils/working-days";
import { withdrawnColumns } from "./public-case.service.server";

const BATCH = 200;

export async function sweepPublications(db: DB, now = new Date()): Promise<{ withdrawn: number }> {
  const today = shanghaiDate(now);
  const slice = eventLoopSlicer();
  let withdrawn = 0;
  for (;;) {
    const due = await db
      .selectFrom("public_cases")
      .select(["id", "version"])
      .where("status", "=", "published")
      .where("withdraw_due_on", "<=", today)
      .orderBy("withdraw_due_on")
      .limit(BATCH)
      .execute();
    if (due.length === 0) return { withdrawn };
    await db.transaction().execute(async (trx) => {
      for (const row of due) {
        const done = await trx
          .updateTable("public_cases")
          .set({ ...withdrawnColumns(now, "expired"), version: row.version + 1, updated_at: now.toISOString() })
          .where("id", "=", row.id)
          .where("status", "=", "published")
          .executeTakeFirst();
        if (Number(done.numUpdatedRows) !== 1) continue;
        withdrawn += 1;
        await trx
          .insertInto("public_case_events")
          .values({ id: newId(), public_case_id: row.id, kind: "withdrawn", actor_id: null, payload: JSON.stringify({ reason: "expired" }), created_at: now.toISOString() })
          .execute();
        await recordAudit(trx, { actorId: null, action: "publication.withdraw", entity: "public_case", entityId: row.id, detail: { reason: "expired" } }, now);
      }
    });
    await slice();
  }
}
