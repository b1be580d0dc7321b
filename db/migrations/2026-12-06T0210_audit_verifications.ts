/**
 * Verifications of the audit chain started from the administrator's audit page
 * (app/domain/audit/audit-verification.server.ts): each walks the chain as a
 * job, a stretch at a time, up to the head it recorded when it began, and keeps
 * its result here. `running` is 1 while one walks and null once it ends; its
 * unique index lets one run at a time (both databases allow many nulls in a
 * unique index). The page reads the latest (`started_at`).
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("audit_verifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("running", "integer")
    .addColumn("requested_by", "text")
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("progressed_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .addColumn("head_seq", "integer", (c) => c.notNull())
    .addColumn("head_hash", "text", (c) => c.notNull())
    .addColumn("chain_started_at", "text", (c) => c.notNull())
    .addColumn("checked", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("before_chain", "integer")
    .addColumn("cursor_seq", "integer", (c) => c.notNull())
    .addColumn("cursor_hash", "text", (c) => c.notNull())
    .addColumn("broken", "text")
    .execute();
  await db.schema.createIndex("audit_verifications_running").on("audit_verifications").column("running").unique().execute();
  await db.schema.createIndex("audit_verifications_started").on("audit_verifications").columns(["started_at", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("audit_verifications").execute();
}
