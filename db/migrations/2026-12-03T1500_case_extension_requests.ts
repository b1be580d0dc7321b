/**
 * An assignee's request for the verification clock's extension, waiting for
 * a lead (程序规定 Art. 18: the extension is approved by the office's head):
 * when it was made, null when none waits. Set by the request step, cleared by
 * the approval, a refusal, a decision or a reopening; the request and its
 * reason are on the timeline. Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("inspection_cases").addColumn("extension_requested_at", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("inspection_cases").dropColumn("extension_requested_at").execute();
}
