/**
 * The fingerprint of each rule version a process has loaded: the SHA-256 of its file's canonical JSON
 * (rules/load/fingerprint.ts), recorded the first time a process (the web server or a worker) starts with it.
 * A released version is never edited, so a process whose file of a recorded version has another fingerprint is
 * refused at start-up (app/domain/rules-runtime/rule-fingerprints.server.ts): what was judged under the version
 * would silently change meaning, and a worker would judge differently from the web process. Written by
 * insert-or-ignore, so two processes starting at once record one row and both compare with it. Nothing to
 * backfill: the first start after this migration records the files it has.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rule_version_fingerprints")
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("first_seen_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("rule_version_fingerprints_pk", ["rule_id", "version"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("rule_version_fingerprints").execute();
}
