/**
 * How a rule version's conditions combine (`rule_texts.condition_tree`, JSON by leaf names: `{"all": ["forProfit",
 * {"any": ["increaseAtOrAboveAmber", "increaseAtOrAboveRed"]}]}`), recorded with its other words, so a flag's
 * 规则如何判断 reads "满足以下任一条件：" above the alternatives instead of a flat list in which an alternative that
 * did not hold looks like a condition that failed. Null for the versions recorded before: the rule files are not
 * read here (frozen), so start-up fills them from the library (`recordConditionTrees`), and a row it cannot fill
 * (a version no longer in the files) reads as the list it always was.
 *
 * On Postgres every pending migration runs in one transaction and rule_texts' read-version flush trigger is
 * deferred (2026-12-04T0500): constraints are made immediate around the alter, as 2026-12-05T0600 does for users.
 * Frozen: never import app code here.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) await sql`set constraints all immediate`.execute(db);
  await db.schema.alterTable("rule_texts").addColumn("condition_tree", "text").execute();
  if (isPostgres(db)) await sql`set constraints all deferred`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("rule_texts").dropColumn("condition_tree").execute();
}
