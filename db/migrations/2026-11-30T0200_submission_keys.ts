/**
 * One-time submission keys: every create form carries a key, and the first
 * submission under it stores its result here, in the transaction that
 * creates the object. A repeat of the same submission (a double click, a
 * resend after a lost answer) finds the row and is answered with that
 * result instead of creating a second object. Keys are scoped to the actor:
 * the primary key is (actor_id, key). Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("submission_keys")
    .addColumn("actor_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("key", "text", (c) => c.notNull())
    /** What kind of form: "filing", "guidance_draft", "guidance_import", "parameter_draft", "catalogue_item". */
    .addColumn("form", "text", (c) => c.notNull())
    /** SHA-256 of what was submitted: the same key with other content is refused, not answered with the first result. */
    .addColumn("fingerprint", "text", (c) => c.notNull())
    /** What a repeat is answered with, as JSON (e.g. {"filingId":"…"}); written in the same transaction as the claim. */
    .addColumn("result", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("submission_keys_pk", ["actor_id", "key"])
    .execute();
  await db.schema.createIndex("submission_keys_created").on("submission_keys").column("created_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("submission_keys").execute();
}
