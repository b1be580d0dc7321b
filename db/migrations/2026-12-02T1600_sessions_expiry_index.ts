/**
 * Sessions by expiry: the hourly expired-sessions sweep deletes 1,000 expired
 * rows a statement. Without an index each statement read the whole table to
 * find them (its first run after an upgrade meets every session ever opened:
 * a million rows made a thousand such scans; on Postgres each also walks the
 * dead tuples of the batches before it). With it, each batch is a range of
 * the index. Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("sessions_expires_at").on("sessions").column("expires_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("sessions_expires_at").execute();
}
