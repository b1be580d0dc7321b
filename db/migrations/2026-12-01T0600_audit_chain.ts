/**
 * The audit log as a hash chain (app/domain/audit/audit-chain.server.ts):
 * each entry gets its place in the chain (`seq`), the hash of the entry
 * before it and its own hash over both and its content; `audit_chain` is
 * the chain's head, one row, updated with every entry in the entry's own
 * transaction (its row lock in Postgres, the write lock in SQLite put the
 * entries of concurrent transactions in one order). Entries written before
 * this migration keep no place in the chain: the verifier counts them
 * apart. An index on the time serves the admin's log page (newest first).
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("audit_log").addColumn("seq", "integer").execute();
  await db.schema.alterTable("audit_log").addColumn("prev_hash", "text").execute();
  await db.schema.alterTable("audit_log").addColumn("hash", "text").execute();
  await db.schema.createIndex("audit_log_seq").on("audit_log").column("seq").unique().execute();
  // The admin's log page: newest first, a page at a time.
  await db.schema.createIndex("audit_log_created").on("audit_log").columns(["created_at", "id"]).execute();
  await db.schema
    .createTable("audit_chain")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .execute();
  await db
    .insertInto("audit_chain")
    .values({ id: 1, seq: 0, hash: "0".repeat(64), started_at: new Date().toISOString() })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("audit_chain").execute();
  await db.schema.dropIndex("audit_log_created").execute();
  await db.schema.dropIndex("audit_log_seq").execute();
  await db.schema.alterTable("audit_log").dropColumn("hash").execute();
  await db.schema.alterTable("audit_log").dropColumn("prev_hash").execute();
  await db.schema.alterTable("audit_log").dropColumn("seq").execute();
}
