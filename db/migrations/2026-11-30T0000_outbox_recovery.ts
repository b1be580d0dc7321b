/**
 * What the job layer needs to recover from dying processes without a human:
 * - leased_by: which in-process runner holds a row's lease ("host/pid/instance"), so a
 *   restarted process can release the leases of the process it replaces at once;
 * - interruptions: how often the row's runner died under it (a BullMQ job that stalled,
 *   a lease that was released or expired). It drives the back-off of the next attempt and
 *   never dead-letters: a dying worker is not a poison message.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("outbox").addColumn("leased_by", "text").execute();
  await db.schema
    .alterTable("outbox")
    .addColumn("interruptions", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // The relay's reconciliation looks for rows handed to Redis but not done.
  await db.schema.createIndex("outbox_relayed").on("outbox").columns(["processed_at", "relayed_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("outbox_relayed").execute();
  await db.schema.alterTable("outbox").dropColumn("interruptions").execute();
  await db.schema.alterTable("outbox").dropColumn("leased_by").execute();
}
