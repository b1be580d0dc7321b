/**
 * Meal-fund accounts (学前教育法 Art. 69 ¶1: 伙食费专款专用, accounted for
 * separately and published) and rule R15's findings:
 *
 * - meal_fund_accounts: a kindergarten's account of one month (YYYY-MM): the
 *   伙食费 collected, what was spent by kind (`spending`, JSON
 *   [{ kind, amountFen }] over a fixed list of kinds, and their sum
 *   `spending_fen`), children and meal days, a note. A correction is a new
 *   revision (unique kindergarten + month + revision); no row is edited, so the
 *   history stays. `filed_on` is the Shanghai day of the filing: R15 judges
 *   lateness by the first revision's.
 * - meal_fund_flags: R15's outcomes that fired for a kindergarten and month,
 *   replaced by each evaluation of that month, explained like account_flags.
 * - meal_fund_checks: when a kindergarten's month was last evaluated and which
 *   rule versions applied: the sweep evaluates a month once after its due
 *   date, and a repeated sweep finds it done.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("meal_fund_accounts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("income_fen", "integer", (c) => c.notNull())
    .addColumn("spending_fen", "integer", (c) => c.notNull())
    .addColumn("spending", "text", (c) => c.notNull())
    .addColumn("child_count", "integer", (c) => c.notNull())
    .addColumn("meal_days", "integer", (c) => c.notNull())
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("filed_at", "text", (c) => c.notNull())
    .addColumn("filed_on", "text", (c) => c.notNull())
    .addColumn("filed_by", "text", (c) => c.references("users.id"))
    .addUniqueConstraint("meal_fund_accounts_revision", ["kindergarten_id", "month", "revision"])
    .execute();

  await db.schema
    .createTable("meal_fund_flags")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .addColumn("month", "text", (c) => c.notNull())
    /** The revision evaluated; null when no account was filed (missing). */
    .addColumn("account_id", "text", (c) => c.references("meal_fund_accounts.id"))
    .addColumn("rule_id", "text", (c) => c.notNull())
    .addColumn("rule_version", "integer", (c) => c.notNull())
    .addColumn("severity", "text", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("evaluated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("meal_fund_flags_kindergarten").on("meal_fund_flags").columns(["kindergarten_id", "month"]).execute();
  // The officers' list: newest findings first.
  await db.schema.createIndex("meal_fund_flags_evaluated").on("meal_fund_flags").columns(["evaluated_at", "id"]).execute();

  await db.schema
    .createTable("meal_fund_checks")
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("evaluated_on", "text", (c) => c.notNull())
    .addColumn("evaluated_at", "text", (c) => c.notNull())
    /** JSON list of the rule versions applied ("R15@1"). */
    .addColumn("evaluated_rules", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("meal_fund_checks_pk", ["kindergarten_id", "month"])
    .execute();
  // The sweep reads a month's checks of many kindergartens.
  await db.schema.createIndex("meal_fund_checks_month").on("meal_fund_checks").columns(["month", "kindergarten_id", "evaluated_on"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("meal_fund_checks").execute();
  await db.schema.dropTable("meal_fund_flags").execute();
  await db.schema.dropTable("meal_fund_accounts").execute();
}
