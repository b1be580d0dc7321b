/**
 * complaints.triage_rules_key: what a complaint's triage was judged under
 * (judgedUnderKey: the complaint rules on its day of receipt, and the filing
 * rules whose params it reads — R02's keywords, R11's refund table — with the
 * region's params). The re-triage sweep triages a complaint still in hand
 * again when the key in force differs. Complaints triaged before have none:
 * the next sweep triages those still in hand once more.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("complaints").addColumn("triage_rules_key", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("complaints").dropColumn("triage_rules_key").execute();
}
