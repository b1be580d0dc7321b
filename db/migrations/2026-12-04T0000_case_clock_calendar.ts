/**
 * The last year whose official holiday notice the stored case deadlines were
 * reckoned with (one row). A verification clock that ends in a later year is
 * an estimate from the statutory holidays; when a release brings the year's
 * notice, the case sweep reckons those clocks again and moves this mark.
 * Frozen: never import app code here.
 */
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("case_clock_calendar")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("known_through_year", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("case_clock_calendar").execute();
}
