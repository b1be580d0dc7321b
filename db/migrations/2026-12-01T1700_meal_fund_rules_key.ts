/**
 * meal_fund_checks.rules_key: what a month was judged under (the meal-fund
 * rule versions in force for the month in the kindergarten's region, with
 * their regional params). The sweep evaluates a month again when the key in
 * force differs, so a rule version switched or a regional param changed
 * re-judges the months the sweep covers. Rows from before have none and are
 * evaluated once more by the next sweep.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("meal_fund_checks").addColumn("rules_key", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("meal_fund_checks").dropColumn("rules_key").execute();
}
