/**
 * Filed fee accounts (民办教育促进法实施条例 Art. 44): operators file, education
 * officers review, and a kindergarten has at most one approved account in
 * force on any date.
 *
 * - bank_accounts becomes a filing with a review state (pending → approved |
 *   returned) and the dates it is in force (effective_from … effective_to,
 *   both inclusive civil dates; effective_to is set when a replacement is
 *   approved). superseded_at gives way to effective_to.
 * - evidence_files: uploaded documents (the account-opening certificate),
 *   stored outside the database under storage_key, checked by content.
 * - account_flags: outcomes of the account rules (appliesTo "account"), one
 *   row per (evaluation, rule version), stamped with evaluated_at.
 * - account_check_mismatches: a parent's "check before you pay" that did not
 *   match the filed account: no client identifier, only a keyed digest and
 *   the last four digits of the number that was typed.
 * Frozen: never import app code here.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("evidence_files")
    .addColumn("id", "text", (c) => c.primaryKey())
    /** What the content is (sniffed, never the client's word): application/pdf, image/jpeg, image/png. */
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("byte_size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    /** Where the evidence store keeps the bytes (a relative path for the local directory store). */
    .addColumn("storage_key", "text", (c) => c.notNull())
    /** The uploaded file's name, cleaned and shortened: shown to officers only. */
    .addColumn("original_name", "text", (c) => c.notNull())
    .addColumn("uploaded_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  const add = (name: string, type: "text" | "integer", build?: (c: any) => any) =>
    db.schema.alterTable("bank_accounts").addColumn(name, type, build ?? ((c) => c)).execute();
  await add("effective_from", "text", (c) => c.notNull().defaultTo(""));
  await add("effective_to", "text");
  await add("evidence_id", "text", (c) => c.references("evidence_files.id"));
  await add("submitted_by", "text", (c) => c.references("users.id"));
  await add("reviewed_by", "text", (c) => c.references("users.id"));
  await add("reviewed_at", "text");
  /** Why the officer returned the filing (shown to the operator), or an approval remark. */
  await add("review_note", "text", (c) => c.notNull().defaultTo(""));
  /** JSON list of the account rule versions applied at submission ("A01@1"). */
  await add("evaluated_rules", "text", (c) => c.notNull().defaultTo("[]"));
  await db
    .updateTable("bank_accounts")
    .set({
      effective_from: sql`substr(filed_at, 1, 10)`,
      effective_to: sql`case when superseded_at is null then null else substr(superseded_at, 1, 10) end`,
      status: "approved",
    })
    .execute();
  await db.schema.dropIndex("bank_accounts_kindergarten").execute();
  await db.schema.alterTable("bank_accounts").dropColumn("superseded_at").execute();
  await db.schema
    .createIndex("bank_accounts_kindergarten")
    .on("bank_accounts")
    .columns(["kindergarten_id", "status", "effective_from"])
    .execute();
  // The review queue: pending filings, oldest first.
  await db.schema.createIndex("bank_accounts_status_filed").on("bank_accounts").columns(["status", "filed_at"]).execute();

  await db.schema
    .createTable("account_flags")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    /** The account evaluated; null for a kindergarten-wide outcome without a filed account. */
    .addColumn("account_id", "text", (c) => c.references("bank_accounts.id"))
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("rule_version", "integer", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("evaluated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("account_flags_kindergarten").on("account_flags").columns(["kindergarten_id", "evaluated_at"]).execute();
  await db.schema.createIndex("account_flags_account").on("account_flags").columns(["account_id", "evaluated_at"]).execute();

  await db.schema
    .createTable("account_check_mismatches")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    /** HMAC of the typed number's digits: tells repeated reports of one account apart from many. */
    .addColumn("account_digest", "text", (c) => c.notNull())
    .addColumn("account_last4", "text", (c) => c.notNull())
    /** 1 when the parent also typed an account name. */
    .addColumn("name_given", "integer", (c) => c.notNull())
    .addColumn("checked_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("account_check_mismatches_kindergarten")
    .on("account_check_mismatches")
    .columns(["kindergarten_id", "checked_at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("account_check_mismatches").execute();
  await db.schema.dropTable("account_flags").execute();
  await db.schema.dropIndex("bank_accounts_status_filed").execute();
  await db.schema.dropIndex("bank_accounts_kindergarten").execute();
  await db.schema.alterTable("bank_accounts").addColumn("superseded_at", "text").execute();
  for (const column of ["evaluated_rules", "review_note", "reviewed_at", "reviewed_by", "submitted_by", "evidence_id", "effective_to", "effective_from"]) {
    await db.schema.alterTable("bank_accounts").dropColumn(column).execute();
  }
  await db.updateTable("bank_accounts").set({ status: "active" }).execute();
  await db.schema.createIndex("bank_accounts_kindergarten").on("bank_accounts").columns(["kindergarten_id", "status"]).execute();
  await db.schema.dropTable("evidence_files").execute();
}
