/**
 * Initial schema. Frozen: never import app code here. Written with Kysely's
 * schema builder in types both SQLite and Postgres accept as-is.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("regions")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("parent_code", "text", (c) => c.references("regions.code"))
    .execute();

  await db.schema
    .createTable("kindergartens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("uscc", "text", (c) => c.notNull().unique())
    .addColumn("approved_name", "text", (c) => c.notNull())
    .addColumn("name_in_use", "text", (c) => c.notNull())
    .addColumn("nature", "text", (c) => c.notNull())
    .addColumn("grade", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("kindergartens_region").on("kindergartens").columns(["region_code"]).execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("username", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("agency", "text")
    .addColumn("region_code", "text", (c) => c.references("regions.code"))
    .addColumn("kindergarten_id", "text", (c) => c.references("kindergartens.id"))
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("sessions_user").on("sessions").columns(["user_id"]).execute();

  await db.schema
    .createTable("bank_accounts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .addColumn("bank_name", "text", (c) => c.notNull())
    .addColumn("branch_name", "text", (c) => c.notNull())
    .addColumn("account_number", "text", (c) => c.notNull())
    .addColumn("account_name", "text", (c) => c.notNull())
    .addColumn("cnaps_code", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("filed_at", "text", (c) => c.notNull())
    .addColumn("superseded_at", "text")
    .execute();
  await db.schema
    .createIndex("bank_accounts_kindergarten")
    .on("bank_accounts")
    .columns(["kindergarten_id", "status"])
    .execute();

  await db.schema
    .createTable("guidance_prices")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("nature", "text", (c) => c.notNull())
    .addColumn("grade", "text", (c) => c.notNull())
    .addColumn("age_band", "text", (c) => c.notNull())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("base_price_fen", "integer", (c) => c.notNull())
    .addColumn("max_float_bp", "integer", (c) => c.notNull())
    .addColumn("effective_from", "text", (c) => c.notNull())
    .addColumn("effective_to", "text")
    .addColumn("source_document", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("guidance_prices_lookup")
    .on("guidance_prices")
    .columns(["region_code", "nature", "grade", "category"])
    .execute();

  await db.schema
    .createTable("fee_item_types")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("name_zh", "text", (c) => c.notNull())
    .addColumn("name_en", "text", (c) => c.notNull())
    .addColumn("region_code", "text")
    .execute();

  await db.schema
    .createTable("fee_filings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .addColumn("term", "text", (c) => c.notNull())
    .addColumn("effective_from", "text", (c) => c.notNull())
    .addColumn("published_on", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("submitted_by", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text", (c) => c.notNull())
    .addColumn("evaluated_at", "text")
    .addColumn("previous_filing_id", "text", (c) => c.references("fee_filings.id"))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addUniqueConstraint("fee_filings_kindergarten_version", ["kindergarten_id", "version"])
    .execute();

  await db.schema
    .createTable("fee_items")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("filing_id", "text", (c) => c.notNull().references("fee_filings.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull().references("fee_item_types.code"))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("amount_fen", "integer", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("age_band", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema.createIndex("fee_items_filing").on("fee_items").columns(["filing_id", "position"]).execute();

  await db.schema
    .createTable("rule_results")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("filing_id", "text", (c) => c.notNull().references("fee_filings.id"))
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("rule_version", "integer", (c) => c.notNull())
    .addColumn("fired", "integer", (c) => c.notNull())
    .addColumn("severity", "text")
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("evaluated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("rule_results_once", ["filing_id", "rule_id", "rule_version"])
    .execute();

  await db.schema
    .createTable("inspection_cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("dedupe_key", "text", (c) => c.notNull().unique())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .addColumn("region_code", "text", (c) => c.notNull())
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("term", "text", (c) => c.notNull())
    .addColumn("filing_id", "text", (c) => c.references("fee_filings.id"))
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("severity_rank", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("opened_at", "text", (c) => c.notNull())
    .addColumn("due_date", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("assigned_to", "text", (c) => c.references("users.id"))
    .execute();
  // The officer queue: region prefix, open cases, severity desc, due date asc, id (keyset).
  await db.schema
    .createIndex("inspection_cases_queue")
    .on("inspection_cases")
    .columns(["status", "region_code", "severity_rank", "due_date", "id"])
    .execute();
  await db.schema
    .createIndex("inspection_cases_kindergarten")
    .on("inspection_cases")
    .columns(["kindergarten_id"])
    .execute();

  await db.schema
    .createTable("case_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("inspection_cases.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.references("users.id"))
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("case_events_case").on("case_events").columns(["case_id", "created_at"]).execute();

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

  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("available_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("relayed_at", "text")
    .addColumn("processed_at", "text")
    .addColumn("last_error", "text")
    .execute();
  await db.schema.createIndex("outbox_pending").on("outbox").columns(["processed_at", "available_at"]).execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("actor_id", "text")
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("detail", "text", (c) => c.notNull())
    .addColumn("request_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_log_entity").on("audit_log").columns(["entity", "entity_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_log",
    "outbox",
    "complaints",
    "case_events",
    "inspection_cases",
    "rule_results",
    "fee_items",
    "fee_filings",
    "fee_item_types",
    "guidance_prices",
    "bank_accounts",
    "sessions",
    "users",
    "kindergartens",
    "regions",
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
