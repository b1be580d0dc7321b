/**
 * What a stored evaluation was judged under (judgedUnderKey: the rule
 * versions in force and the region's params, digested), so that a sweep can
 * judge again what the rules changed:
 * - meal_fund_checks.rules_key: a month is evaluated again when the key in
 *   force for it differs. Rows from before have none and are evaluated once
 *   more by the next sweep.
 * - account_flag_checks: the day and key of a kindergarten's last account
 *   evaluation (its current flags, account_id null). The account-flags sweep
 *   evaluates again, each day, the kindergartens with current flags or with
 *   parents' mismatching checks in the window: A02's window moves on, and a
 *   rule changed since is applied.
 * - account_check_mismatches by check time: the sweep reads the window's
 *   kindergartens from it.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("meal_fund_checks").addColumn("rules_key", "text").execute();
  await db.schema
    .createTable("account_flag_checks")
    .addColumn("kindergarten_id", "text", (c) => c.primaryKey().references("kindergartens.id"))
    .addColumn("evaluated_on", "text", (c) => c.notNull())
    .addColumn("rules_key", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("account_check_mismatches_checked").on("account_check_mismatches").columns(["checked_at", "kindergarten_id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("account_check_mismatches_checked").execute();
  await db.schema.dropTable("account_flag_checks").execute();
  await db.schema.alterTable("meal_fund_checks").dropColumn("rules_key").execute();
}
