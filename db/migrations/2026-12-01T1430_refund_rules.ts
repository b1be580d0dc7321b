/**
 * Refund rules as data (R11, C05): a filing's structured refund rules per fee
 * and case (fee_filings.refund_schedule, JSON: the list of entries of
 * rules/facts/refund-schemes.ts; null for a filing made without them), and a
 * refund complaint's months as the parent gives them (complaints.refund_claims,
 * JSON: month, fee, case, days attended, paid and refunded in fen; null for
 * other kinds). Both are read and written whole with their row, never queried
 * inside, so a JSON text is the same on SQLite and Postgres.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("fee_filings").addColumn("refund_schedule", "text").execute();
  await db.schema.alterTable("complaints").addColumn("refund_claims", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("complaints").dropColumn("refund_claims").execute();
  await db.schema.alterTable("fee_filings").dropColumn("refund_schedule").execute();
}
