/**
 * Versions of what an officer's case queue reads, so a queue page kept in
 * memory (app/web/shared-reads.server.ts, `keptOfficerPage`) is served again
 * only while nothing it shows has changed. Triggers, as for
 * public_read_versions (2026-12-04T0300): no writer can forget them (the case
 * steps, the deadline sweep, imports, demo data, an operator's SQL).
 *
 * - case_read_versions: one counter per region (district) of the cases,
 *   bumped by every row of inspection_cases inserted, changed or deleted in
 *   it (both regions when a case moves). Per region, not one for all cases: a
 *   district's queue is kept while other districts' officers work theirs; a
 *   city's or a province's queue is stamped with the sum of its regions'
 *   counters (they only grow, so any change moves the sum).
 * - public_read_versions gains two sources the queue reads beside the cases
 *   and the public ones: `users` (who an officer is and who cases can be given
 *   to: names, roles, agencies, regions, leads, active; not password hashes)
 *   and `rule_texts` (the titles the cases go by, recorded as rule versions are
 *   first used).
 *
 * SQLite bumps once per row; Postgres once per row for the cases (the counter
 * is the row's region) and once per statement for the two sources, except for
 * an update of users (once per row whose watched columns changed). On
 * Postgres a case's writer holds its region's counter row until it commits,
 * so two transactions writing cases of one district take turns from their
 * first case write; case steps and the sweep's batches are short.
 * Frozen: never import app code here.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

type Dialect = "sqlite" | "pg";

const dialectOf = (db: Kysely<any>): Dialect => (db.getExecutor().adapter instanceof PostgresAdapter ? "pg" : "sqlite");

const SOURCES = ["users", "rule_texts"] as const;

const WATCHES: Array<{ table: string; source: (typeof SOURCES)[number]; events: Array<"INSERT" | "UPDATE" | "DELETE">; changed?: string[] }> = [
  { table: "users", source: "users", events: ["INSERT", "UPDATE", "DELETE"], changed: ["username", "display_name", "role", "agency", "region_code", "kindergarten_id", "active", "lead"] },
  { table: "rule_texts", source: "rule_texts", events: ["INSERT", "UPDATE", "DELETE"] },
];

const sourceTrigger = (table: string, event: string) => `public_read_bump_${table}_${event.toLowerCase()}`;
const CASE_EVENTS = ["INSERT", "UPDATE", "DELETE"] as const;
const caseTrigger = (event: string) => `case_read_bump_${event.toLowerCase()}`;

/** The statement that bumps `region` (an expression over NEW or OLD), adding its row the first time. */
const bumpRegion = (region: string) =>
  `INSERT INTO case_read_versions (region_code, version) VALUES (${region}, 1) ` +
  `ON CONFLICT (region_code) DO UPDATE SET version = case_read_versions.version + 1;`;

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await db.schema
    .createTable("case_read_versions")
    .addColumn("region_code", "text", (c) => c.primaryKey())
    .addColumn("version", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`INSERT INTO case_read_versions (region_code, version) SELECT DISTINCT region_code, 0 FROM inspection_cases`.execute(db);
  await db
    .insertInto("public_read_versions")
    .values(SOURCES.map((source) => ({ source, version: 0 })))
    .execute();

  if (d === "sqlite") {
    await sql.raw(`CREATE TRIGGER ${caseTrigger("INSERT")} AFTER INSERT ON inspection_cases FOR EACH ROW BEGIN ${bumpRegion("NEW.region_code")} END`).execute(db);
    await sql.raw(`CREATE TRIGGER ${caseTrigger("DELETE")} AFTER DELETE ON inspection_cases FOR EACH ROW BEGIN ${bumpRegion("OLD.region_code")} END`).execute(db);
    await sql
      .raw(
        `CREATE TRIGGER ${caseTrigger("UPDATE")} AFTER UPDATE ON inspection_cases FOR EACH ROW BEGIN ${bumpRegion("NEW.region_code")} ` +
          `UPDATE case_read_versions SET version = version + 1 WHERE region_code = OLD.region_code AND OLD.region_code IS NOT NEW.region_code; END`,
      )
      .execute(db);
  } else {
    await sql
      .raw(
        `CREATE FUNCTION case_read_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
          `IF TG_OP <> 'DELETE' THEN ${bumpRegion("NEW.region_code")} END IF; ` +
          `IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.region_code IS DISTINCT FROM NEW.region_code) THEN ${bumpRegion("OLD.region_code")} END IF; ` +
          `RETURN NULL; END $$`,
      )
      .execute(db);
    for (const event of CASE_EVENTS) {
      await sql.raw(`CREATE TRIGGER ${caseTrigger(event)} AFTER ${event} ON inspection_cases FOR EACH ROW EXECUTE FUNCTION case_read_bump()`).execute(db);
    }
  }

  // The same triggers as 2026-12-04T0300's; its function public_read_bump() serves Postgres.
  for (const w of WATCHES) {
    for (const event of w.events) {
      const when = event === "UPDATE" && w.changed ? w.changed.map((c) => (d === "pg" ? `OLD.${c} IS DISTINCT FROM NEW.${c}` : `OLD.${c} IS NOT NEW.${c}`)).join(" OR ") : null;
      const name = sourceTrigger(w.table, event);
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
  const on = (table: string) => (d === "pg" ? ` ON ${table}` : "");
  for (const w of WATCHES) {
    for (const event of w.events) await sql.raw(`DROP TRIGGER IF EXISTS ${sourceTrigger(w.table, event)}${on(w.table)}`).execute(db);
  }
  for (const event of CASE_EVENTS) await sql.raw(`DROP TRIGGER IF EXISTS ${caseTrigger(event)}${on("inspection_cases")}`).execute(db);
  if (d === "pg") await sql.raw(`DROP FUNCTION IF EXISTS case_read_bump()`).execute(db);
  await db.deleteFrom("public_read_versions").where("source", "in", [...SOURCES]).execute();
  await db.schema.dropTable("case_read_versions").execute();
}
