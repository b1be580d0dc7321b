/**
 * Working an inspection case to its decision (docs/architecture.md, "Case
 * work"): the case's lifecycle columns, its clocks and escalation, the
 * kindergarten's answers, the files attached by either side, and the
 * district lead.
 *
 * - inspection_cases.version: optimistic concurrency (two officers never
 *   overwrite each other's step); every step bumps it.
 * - Clocks: verification (opened_at, or reopened_on, + 15 working days, +15
 *   with an approved extension) until the case is registered (立案) or decided; the decision
 *   (registered_on + 90 days); the kindergarten's answer (answer_due_on); the
 *   follow-up of an order (follow_up_due_on) until proof arrives. due_date
 *   stays the earliest clock running (what the queue sorts by); due_kind
 *   says which one, due_state whether it is due soon or overdue (the sweep).
 * - escalated_at: the first time an overdue case went to the city's queue
 *   and the district lead.
 * Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  const caseColumns: [string, "text" | "integer", ((c: any) => any)?][] = [
    ["version", "integer", (c) => c.notNull().defaultTo(1)],
    ["assigned_at", "text"],
    ["verification_extended", "integer", (c) => c.notNull().defaultTo(0)],
    ["registered_on", "text"],
    ["notified_at", "text"],
    ["answer_due_on", "text"],
    ["answered_at", "text"],
    ["decision_kind", "text"],
    ["decision_basis", "text"],
    ["decision_detail", "text"],
    ["decided_on", "text"],
    ["decided_by", "text"],
    ["follow_up_due_on", "text"],
    ["proof_received_at", "text"],
    ["closed_on", "text"],
    ["reopened_on", "text"],
    ["due_kind", "text"],
    ["due_state", "text", (c) => c.notNull().defaultTo("ok")],
    ["escalated_at", "text"],
  ];
  for (const [name, type, build] of caseColumns) {
    await db.schema.alterTable("inspection_cases").addColumn(name, type, build ?? ((c) => c)).execute();
  }
  // Cases opened before this migration: their verification clock is the due date they carry.
  await sql`update inspection_cases set due_kind = 'verify' where status != 'closed'`.execute(db);

  // The sweep walks the cases whose clock runs, by due date.
  await db.schema.createIndex("inspection_cases_due").on("inspection_cases").columns(["due_state", "due_date"]).execute();
  // "My cases" and the assignee filter.
  await db.schema.createIndex("inspection_cases_assignee").on("inspection_cases").columns(["assigned_to", "status"]).execute();

  await db.schema
    .createTable("case_answers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("inspection_cases.id"))
    // answer: the kindergarten's answer to the notice; proof: proof of rectification or refund after an order.
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("correction_filing_id", "text", (c) => c.references("fee_filings.id"))
    .addColumn("refund_fen", "integer")
    .addColumn("refund_families", "integer")
    .addColumn("submitted_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("submitted_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("case_answers_case").on("case_answers").columns(["case_id", "submitted_at"]).execute();

  await db.schema
    .createTable("case_files")
    .addColumn("case_id", "text", (c) => c.notNull().references("inspection_cases.id"))
    .addColumn("evidence_id", "text", (c) => c.notNull().references("evidence_files.id"))
    // kindergarten (with an answer) or officer (with a finding event).
    .addColumn("party", "text", (c) => c.notNull())
    .addColumn("answer_id", "text", (c) => c.references("case_answers.id"))
    .addColumn("event_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("case_files_pk", ["case_id", "evidence_id"])
    .execute();

  // The district's (or city's) lead: approves verification extensions, receives escalations, draws spot checks.
  await db.schema.alterTable("users").addColumn("lead", "integer", (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("lead").execute();
  await db.schema.dropTable("case_files").execute();
  await db.schema.dropTable("case_answers").execute();
  await db.schema.dropIndex("inspection_cases_assignee").execute();
  await db.schema.dropIndex("inspection_cases_due").execute();
  for (const name of [
    "escalated_at", "due_state", "due_kind", "reopened_on", "closed_on", "proof_received_at", "follow_up_due_on", "decided_by", "decided_on",
    "decision_detail", "decision_basis", "decision_kind", "answered_at", "answer_due_on", "notified_at", "registered_on",
    "verification_extended", "assigned_at", "version",
  ]) {
    await db.schema.alterTable("inspection_cases").dropColumn(name).execute();
  }
}
