/**
 * Previews of a draft change computed in the background: a change whose scope
 * holds many active fee schedules (a rule version is national) is previewed by a
 * job, and its result kept here for the pages to show. Frozen: never import
 * app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("change_previews")
    .addColumn("id", "text", (c) => c.primaryKey())
    /** The draft change, serialised: "guidance_batch:<id>", "parameter_set:<id>", "rule_version:R04@2@2027-03-01". */
    .addColumn("change_key", "text", (c) => c.notNull())
    .addColumn("change", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("result", "text")
    .addColumn("error", "text")
    .addColumn("requested_by", "text", (c) => c.references("users.id"))
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await db.schema.createIndex("change_previews_key").on("change_previews").columns(["change_key", "requested_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("change_previews").execute();
}
