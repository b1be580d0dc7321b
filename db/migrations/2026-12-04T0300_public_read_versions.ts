/**
 * Versions of what the public reads (app/web/shared-reads.server.ts): one
 * counter per source, bumped by triggers in the writer's own transaction, so a
 * public page or API answer kept in memory is served again only while every
 * source it was made from is unchanged. Triggers, as for statistics_dirty
 * (2026-12-01T1100_statistics): no writer can forget them (publication,
 * withdrawal sweeps, the statistics refresh, demo data, an operator's SQL).
 *
 * - public_cases: any row inserted, changed or deleted (publication, revision,
 *   withdrawal; drafts too, which costs a page render now and then and keeps the
 *   trigger free of a reading of what the public sees).
 * - statistics: statistics_cells and kindergarten_complaint_statistics (the
 *   refresh rewrites only the cells it found dirty).
 * - kindergartens_public: who the public kindergartens are: a kindergarten added
 *   or removed, or its USCC, names, nature, district or status changed, and the
 *   name search's index (the API's list; the statistics page lists kindergartens
 *   by name and leaves closed ones out). Not its filings, accounts or address.
 * - regions: the region directory (names, levels) the lists and choosers show.
 *
 * SQLite bumps once per row (it has no statement triggers); Postgres once per
 * statement, except for an update of kindergartens, whose bump depends on the
 * row's columns (once per row changed). On Postgres a writer holds its
 * source's counter row until it commits, so two transactions writing the same
 * source take turns from their first bump; the writers are the publication
 * steps and sweep, the statistics refresh and edits of kindergartens or
 * regions, all short.
 * Frozen: never import app code here.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

type Dialect = "sqlite" | "pg";

const SOURCES = ["public_cases", "statistics", "kindergartens_public", "regions"] as const;

/** Which table's writes bump which source; `changed`: an update bumps only when one of these columns changed. */
const WATCHES: Array<{ table: string; source: (typeof SOURCES)[number]; events: Array<"INSERT" | "UPDATE" | "DELETE">; changed?: string[] }> = [
  { table: "public_cases", source: "public_cases", events: ["INSERT", "UPDATE", "DELETE"] },
  { table: "statistics_cells", source: "statistics", events: ["INSERT", "UPDATE", "DELETE"] },
  { table: "kindergarten_complaint_statistics", source: "statistics", events: ["INSERT", "UPDATE", "DELETE"] },
  { table: "kindergartens", source: "kindergartens_public", events: ["INSERT", "UPDATE", "DELETE"], changed: ["uscc", "approved_name", "name_in_use", "nature", "region_code", "status"] },
  { table: "kindergarten_search", source: "kindergartens_public", events: ["INSERT", "UPDATE", "DELETE"] },
  { table: "regions", source: "regions", events: ["INSERT", "UPDATE", "DELETE"] },
];

const dialectOf = (db: Kysely<any>): Dialect => (db.getExecutor().adapter instanceof PostgresAdapter ? "pg" : "sqlite");

const triggerName = (table: string, event: string) => `public_read_bump_${table}_${event.toLowerCase()}`;

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await db.schema
    .createTable("public_read_versions")
    .addColumn("source", "text", (c) => c.primaryKey())
    .addColumn("version", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await db
    .insertInto("public_read_versions")
    .values(SOURCES.map((source) => ({ source, version: 0 })))
    .execute();
  if (d === "pg") {
    await sql
      .raw(
        `CREATE FUNCTION public_read_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
          `UPDATE public_read_versions SET version = version + 1 WHERE source = TG_ARGV[0]; RETURN NULL; END $$`,
      )
      .execute(db);
  }
  for (const w of WATCHES) {
    for (const event of w.events) {
      const when = event === "UPDATE" && w.changed ? w.changed.map((c) => (d === "pg" ? `OLD.${c} IS DISTINCT FROM NEW.${c}` : `OLD.${c} IS NOT NEW.${c}`)).join(" OR ") : null;
      const name = triggerName(w.table, event);
      if (d === "sqlite") {
        await sql
          .raw(
            `CREATE TRIGGER ${name} AFTER ${event} ON ${w.table} FOR EACH ROW ${when ? `WHEN ${when} ` : ""}` +
              `BEGIN UPDATE public_read_versions SET version = version + 1 WHERE source = '${w.source}'; END`,
          )
          .execute(db);
      } else {
        const each = when ? `FOR EACH ROW WHEN (${when})` : "FOR EACH STATEMENT";
        await sql.raw(`CREATE TRIGGER ${name} AFTER ${event} ON ${w.table} ${each} EXECUTE FUNCTION public_read_bump('${w.source}')`).execute(db);
      }
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  for (const w of WATCHES) {
    for (const event of w.events) await sql.raw(`DROP TRIGGER IF EXISTS ${triggerName(w.table, event)}${d === "pg" ? ` ON ${w.table}` : ""}`).execute(db);
  }
  if (d === "pg") await sql.raw(`DROP FUNCTION IF EXISTS public_read_bump()`).execute(db);
  await db.schema.dropTable("public_read_versions").execute();
}
