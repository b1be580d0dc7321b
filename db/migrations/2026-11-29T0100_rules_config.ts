/**
 * Rules as regional, changeable data: the facts the full rule set needs on
 * filings and items, regional parameter overlays, guidance-price batches
 * (draft → active, history kept) and re-evaluation runs. Frozen: never import
 * app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("fee_filings").addColumn("pricing_basis", "text", (c) => c.notNull().defaultTo("")).execute();
  await db.schema.alterTable("fee_filings").addColumn("refund_rules", "text", (c) => c.notNull().defaultTo("")).execute();
  await db.schema.alterTable("fee_filings").addColumn("complaint_channel", "text", (c) => c.notNull().defaultTo("")).execute();
  await db.schema.alterTable("fee_filings").addColumn("applies_to_enrolled", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("fee_filings").addColumn("waiver_deduction_fen", "integer", (c) => c.notNull().defaultTo(0)).execute();

  await db.schema.alterTable("fee_items").addColumn("voluntary", "integer", (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable("fee_items").addColumn("bundled", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("fee_items").addColumn("cost_fen", "integer").execute();

  await db.schema.alterTable("fee_item_types").addColumn("active", "integer", (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable("fee_item_types").addColumn("updated_at", "text").execute();

  await db.schema
    .createTable("guidance_price_batches")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("source_document", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("row_count", "integer", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("activated_by", "text", (c) => c.references("users.id"))
    .addColumn("activated_at", "text")
    .execute();
  await db.schema.alterTable("guidance_prices").addColumn("batch_id", "text").execute(); // no FK: SQLite cannot drop a referencing column in down()
  await db.schema.alterTable("guidance_prices").addColumn("status", "text", (c) => c.notNull().defaultTo("active")).execute();
  await db.schema.alterTable("guidance_prices").addColumn("superseded_at", "text").execute();

  await db.schema
    .createTable("rule_parameter_sets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("region_code", "text", (c) => c.notNull().references("regions.code"))
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("params", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("activated_by", "text", (c) => c.references("users.id"))
    .addColumn("activated_at", "text")
    .addColumn("retired_at", "text")
    .execute();
  await db.schema
    .createIndex("rule_parameter_sets_active")
    .on("rule_parameter_sets")
    .columns(["status", "region_code", "rule_id"])
    .execute();

  // Which version of each rule is in force when: rule files are the immutable catalogue, this is the switch.
  await db.schema
    .createTable("rule_activations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("active_from", "text", (c) => c.notNull())
    .addColumn("active_to", "text")
    .addColumn("activated_by", "text", (c) => c.references("users.id"))
    .addColumn("activated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("rule_activations_once", ["rule_id", "version"])
    .execute();

  await db.schema
    .createTable("reevaluation_runs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("subject_id", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("processed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("newly_flagged", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("cleared", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("cursor", "text")
    .addColumn("error", "text")
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("started_at", "text")
    .addColumn("finished_at", "text")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("reevaluation_runs").ifExists().execute();
  await db.schema.dropTable("rule_activations").ifExists().execute();
  await db.schema.dropTable("rule_parameter_sets").ifExists().execute();
  for (const column of ["superseded_at", "status", "batch_id"]) {
    await db.schema.alterTable("guidance_prices").dropColumn(column).execute();
  }
  await db.schema.dropTable("guidance_price_batches").ifExists().execute();
  for (const column of ["updated_at", "active"]) await db.schema.alterTable("fee_item_types").dropColumn(column).execute();
  for (const column of ["cost_fen", "bundled", "voluntary"]) await db.schema.alterTable("fee_items").dropColumn(column).execute();
  for (const column of ["waiver_deduction_fen", "applies_to_enrolled", "complaint_channel", "refund_rules", "pricing_basis"]) {
    await db.schema.alterTable("fee_filings").dropColumn(column).execute();
  }
}
