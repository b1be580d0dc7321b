/**
 * The series a written notice's number (文书编号) is drawn from: one counter per issuing authority (its region and
 * agency), kind of notice and year, holding the last number given. A decision takes the next number in its own
 * transaction (an upsert of this row, which serialises the authority's decisions of that kind and year on Postgres
 * and takes the database's write lock on SQLite), so two decisions never get one number and a decision rolled back
 * gives its number back. Nothing to backfill: a notice decided before keeps the number it was served with.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("notice_number_series")
    .addColumn("issuer_region", "text", (c) => c.notNull())
    .addColumn("issuer_agency", "text", (c) => c.notNull())
    .addColumn("notice_kind", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("last_number", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("notice_number_series_pk", ["issuer_region", "issuer_agency", "notice_kind", "year"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("notice_number_series").execute();
}
