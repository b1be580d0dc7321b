/**
 * Officers by region: who may be given a case (the officers of its district,
 * city or province) is a look-up, not a read of every user (a province's
 * users are mostly kindergartens' operators: 150,000 of them nationwide).
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("users_region_role").on("users").columns(["region_code", "role"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("users_region_role").execute();
}
