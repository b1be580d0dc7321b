/**
 * The cases whose verification extension waits for a lead, by region: the
 * dashboard counts them and links to the queue's filter. Partial, so it holds
 * only the few waiting (the column is null on every other case); its
 * predicate is literal SQL, as SQLite uses a partial index only when the
 * query's WHERE carries the same term. Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("inspection_cases_extension_requests")
    .on("inspection_cases")
    .columns(["region_code", "status"])
    .where(sql.ref("extension_requested_at"), "is not", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("inspection_cases_extension_requests").execute();
}
