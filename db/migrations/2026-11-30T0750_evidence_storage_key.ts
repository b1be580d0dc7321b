/**
 * evidence_files by storage_key: the orphan sweep
 * (app/domain/evidence/evidence-sweep.server.ts) asks which of a batch of
 * store keys a row references (`storage_key IN (…)`); without the index each
 * batch would read the whole table.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("evidence_files_storage_key").on("evidence_files").column("storage_key").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("evidence_files_storage_key").execute();
}
