/**
 * Publishing anonymised violation cases (docs/architecture.md, "Publication"):
 *
 * - public_cases: one per decided violation (`decision_key` = case + decision
 *   day + kind, so the drafting job is idempotent), its state from draft to
 *   published and withdrawn, the deadlines (publish within 20 working days of
 *   the decision, withdraw when the retention ends), who submitted and who
 *   approved, and, once approved, the frozen content the public reads
 *   (`content`, JSON). The filter columns (region, nature, rule, kind, the
 *   decision's day) are copied from the case so the public list is one table.
 * - public_case_revisions: every version of the draft's texts (the summary,
 *   the officer's narrative, the consented complaint excerpt), never edited.
 * - public_case_events: the draft's timeline (drafted, revised, submitted,
 *   returned with a reason, published, withdrawn).
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("public_cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("decision_key", "text", (c) => c.notNull().unique())
    .addColumn("case_id", "text", (c) => c.notNull().references("inspection_cases.id"))
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("nature", "text", (c) => c.notNull())
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("decision_kind", "text", (c) => c.notNull())
    .addColumn("decided_on", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("publish_due_on", "text", (c) => c.notNull())
    .addColumn("submitted_by", "text", (c) => c.references("users.id"))
    .addColumn("published_at", "text")
    .addColumn("published_on", "text")
    .addColumn("published_by", "text", (c) => c.references("users.id"))
    .addColumn("withdraw_due_on", "text")
    .addColumn("withdrawn_at", "text")
    .addColumn("withdrawal_reason", "text")
    .addColumn("content", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // The officers' list: a district's drafts by state and due date.
  await db.schema.createIndex("public_cases_queue").on("public_cases").columns(["region_code", "status", "publish_due_on", "id"]).execute();
  // The public list, newest first, nationwide or by region (a prefix of the district code range).
  await db.schema.createIndex("public_cases_published").on("public_cases").columns(["status", "published_at", "id"]).execute();
  await db.schema.createIndex("public_cases_published_region").on("public_cases").columns(["status", "region_code", "published_at", "id"]).execute();
  // The withdrawal sweep: published cases whose retention ends.
  await db.schema.createIndex("public_cases_withdraw_due").on("public_cases").columns(["status", "withdraw_due_on"]).execute();
  await db.schema.createIndex("public_cases_case").on("public_cases").column("case_id").execute();

  await db.schema
    .createTable("public_case_revisions")
    .addColumn("public_case_id", "text", (c) => c.notNull().references("public_cases.id"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("narrative", "text", (c) => c.notNull())
    .addColumn("complaint_excerpt", "text", (c) => c.notNull())
    // null: the system's first draft.
    .addColumn("author_id", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("public_case_revisions_pk", ["public_case_id", "revision"])
    .execute();

  await db.schema
    .createTable("public_case_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("public_case_id", "text", (c) => c.notNull().references("public_cases.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.references("users.id"))
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("public_case_events_case").on("public_case_events").columns(["public_case_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("public_case_events").execute();
  await db.schema.dropTable("public_case_revisions").execute();
  await db.schema.dropTable("public_cases").execute();
}
