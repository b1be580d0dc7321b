/**
 * When a re-evaluation found that a rule case's reason is gone (its rule no longer flags the kindergarten's newest
 * filing of the term: an account approved, a price corrected, a new filing), the case keeps being worked by an
 * officer but says so: flags_cleared_at is that instant (null: the reason stands, or it fired again since). The
 * queue's filter 原因已消除 reads it by region through a partial index holding only those few cases; its predicate is
 * literal SQL, as SQLite uses a partial index only when the query's WHERE carries the same term. Frozen: never
 * import app code here.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("inspection_cases").addColumn("flags_cleared_at", "text").execute();
  await db.schema
    .createIndex("inspection_cases_flags_cleared")
    .on("inspection_cases")
    .columns(["region_code", "status"])
    .where(sql.ref("flags_cleared_at"), "is not", null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("inspection_cases_flags_cleared").execute();
  await db.schema.alterTable("inspection_cases").dropColumn("flags_cleared_at").execute();
}
