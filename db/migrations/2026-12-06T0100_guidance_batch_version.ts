/**
 * A guidance-price batch's version: a draft can be edited (its rows replaced), and two officers editing the same
 * draft must not overwrite each other unseen. Each edit sends the version it was made from and raises it by one; an
 * edit made from an older version is refused. Existing batches start at 1.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("guidance_price_batches")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("guidance_price_batches").dropColumn("version").execute();
}
