/**
 * Parents' complaints (投诉) and reports (举报) under 市场监督管理投诉举报处理暂行办法.
 *
 * - complaints: replaces the unused table of the first migration (no route
 *   ever wrote to it). One row per submission: the track, what happened, the
 *   contact (a 投诉 requires it, Art. 9; a 举报 may be anonymous), the
 *   handling district (the kindergarten's, until a transfer), the state, the
 *   legal clock in force (due_on, due_kind, due_state, kept by the deadline
 *   sweep) and an optimistic version for concurrent officers.
 * - complaint_items: the items and amounts actually charged (item_key: the
 *   normalised name triage matched, for the cluster rule R18).
 * - complaint_evidence: evidence files attached by a party.
 * - complaint_events: the timeline; public_text is what the tracking page may
 *   show the complainant (officers' replies, state changes in words).
 * - complaint_flags: the complaint rules' outcomes at triage.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("complaints").execute();
  await db.schema
    .createTable("complaints")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("tracking_no", "text", (c) => c.notNull().unique())
    /** HMAC-SHA256 of the access code (keyed from the session secret): the code itself is shown once, never stored. */
    .addColumn("access_code_hash", "text", (c) => c.notNull())
    /** The intake form's one-time key: a repeated post (double tap, retry) answers with the first receipt. */
    .addColumn("intake_key", "text", (c) => c.notNull().unique())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    /** The district handling it: the kindergarten's (Art. 12) until a transfer. */
    .addColumn("region_code", "text", (c) => c.notNull())
    /** complaint (投诉) | report (举报). */
    .addColumn("track", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("anonymous", "integer", (c) => c.notNull())
    .addColumn("contact_name", "text")
    .addColumn("contact_phone", "text")
    .addColumn("contact_address", "text")
    /** The complainant agreed that the kindergarten may see their contact during mediation. */
    .addColumn("share_contact", "integer", (c) => c.notNull())
    /** Separate consent, off by default: the narrative may be published once anonymised. */
    .addColumn("publish_consent", "integer", (c) => c.notNull())
    .addColumn("narrative", "text", (c) => c.notNull())
    .addColumn("paid_on", "text")
    .addColumn("learned_on", "text", (c) => c.notNull())
    .addColumn("account_paid_into", "text")
    .addColumn("received_at", "text", (c) => c.notNull())
    /** The civil date the current clock counts from (receipt, or the transfer). */
    .addColumn("clock_from", "text", (c) => c.notNull())
    .addColumn("due_on", "text")
    .addColumn("due_kind", "text")
    /** ok | due_soon | overdue, as the sweep last saw it (null: no clock runs). */
    .addColumn("due_state", "text")
    .addColumn("verification_extended", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("accepted_on", "text")
    .addColumn("decided_on", "text")
    .addColumn("mediation_ended_on", "text")
    .addColumn("mediation_outcome", "text")
    .addColumn("refund_agreed_fen", "integer")
    .addColumn("rejection_ground", "text")
    /** The civil date of the last reply the complainant was sent: it answers a duty to inform (Art. 21, 31). */
    .addColumn("last_reply_on", "text")
    .addColumn("case_id", "text", (c) => c.references("inspection_cases.id"))
    .addColumn("triaged_at", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("complaints_region_queue").on("complaints").columns(["region_code", "status", "due_on"]).execute();
  await db.schema.createIndex("complaints_kindergarten").on("complaints").columns(["kindergarten_id", "received_at"]).execute();
  await db.schema.createIndex("complaints_clock").on("complaints").columns(["due_on", "due_state"]).execute();

  await db.schema
    .createTable("complaint_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("complaint_id", "text", (c) => c.notNull().references("complaints.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("amount_fen", "integer", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    /** The normalised item name triage compared, for grouping complaints about the same item. */
    .addColumn("item_key", "text")
    .execute();
  await db.schema.createIndex("complaint_items_complaint").on("complaint_items").columns(["complaint_id", "position"]).execute();
  await db.schema.createIndex("complaint_items_key").on("complaint_items").columns(["item_key"]).execute();

  await db.schema
    .createTable("complaint_evidence")
    .addColumn("complaint_id", "text", (c) => c.notNull().references("complaints.id"))
    .addColumn("evidence_id", "text", (c) => c.notNull().references("evidence_files.id"))
    /** complainant | kindergarten | officer */
    .addColumn("party", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("complaint_evidence_pk", ["complaint_id", "evidence_id"])
    .execute();

  await db.schema
    .createTable("complaint_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("complaint_id", "text", (c) => c.notNull().references("complaints.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.references("users.id"))
    /** complainant | officer | kindergarten | system */
    .addColumn("party", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    /** 1 when the complainant's tracking page shows this event. */
    .addColumn("public", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("complaint_events_complaint").on("complaint_events").columns(["complaint_id", "created_at"]).execute();

  await db.schema
    .createTable("complaint_flags")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("complaint_id", "text", (c) => c.notNull().references("complaints.id"))
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("rule_version", "integer", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("evaluated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("complaint_flags_complaint").on("complaint_flags").columns(["complaint_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["complaint_flags", "complaint_events", "complaint_evidence", "complaint_items", "complaints"]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema
    .createTable("complaints")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("tracking_no", "text", (c) => c.notNull().unique())
    .addColumn("access_code_hash", "text", (c) => c.notNull())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("anonymous", "integer", (c) => c.notNull())
    .addColumn("contact_name", "text")
    .addColumn("contact_phone", "text")
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addColumn("case_id", "text", (c) => c.references("inspection_cases.id"))
    .execute();
}
