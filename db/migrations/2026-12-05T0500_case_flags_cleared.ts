/**
 * When a re-evaluation found that a rule case's reason is gone (its rule no longer flags the kindergarten's newest
 * filing of the term: an account approved, a price corrected, a new filing), the case keeps being worked by an
 * officer but says so: flags_cleared_at is that instant (null: the reason stands, or it fired again since). The
 * queue's filter 原因已消除 reads it by region through a partial index holding only those few cases; its predicate is
 * literal SQL, as SQLite uses a partial index only when the query's WHERE carries the same term. Frozen: never
 * import app code here.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  // Postgres runs every pending migration in one transaction, and inspection_cases' read-version triggers are
  // deferred (2026-12-04T0500): a migration before this one that wrote cases (2026-12-04T0700 clears stale
  // escalations) leaves trigger events pending, and Postgres refuses to alter a table that has them. Fired now, then
  // deferred again as the triggers were made.
  if (isPostgres(db)) await sql`set constraints all immediate`.execute(db);
  await db.schema.alterTable("inspection_cases").addColumn("flags_cleared_at", "text").execute();
  await db.schema
    .createIndex("inspection_cases_flags_cleared")
    .on("inspection_cases")
    .columns(["region_code", "status"])
    .where(sql.ref("flags_cleared_at"), "is not", null)
    .execute();
  if (isPostgres(db)) await sql`set constraints all deferred`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("inspection_cases_flags_cleared").execute();
  await db.schema.alterTable("inspection_cases").dropColumn("flags_cleared_at").execute();
}
