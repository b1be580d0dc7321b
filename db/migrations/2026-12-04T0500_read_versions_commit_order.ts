/**
 * Postgres: the read-version counters (public_read_versions, 2026-12-04T0300;
 * case_read_versions, 2026-12-04T0400) are bumped at commit, all of a
 * transaction's at once and in one order, not at each write.
 *
 * Why: a bump row-locks its counter until commit. Bumped at each write, a
 * transaction that wrote cases of district X then Y and another that wrote Y
 * then X (a spot-check draw over a city beside an evaluation batch, which
 * records its rules' words and then opens and updates cases filing by
 * filing) each held the counter the other wanted next: Postgres ended one
 * (40P01). So did any two transactions crossing two public sources, or a
 * source and a district. The audit chain met this first and takes its head
 * last; the counters now come after it: nothing is locked after them.
 *
 * How: the triggers 2026-12-04T0300 and T0400 created stay, but their
 * functions now only note what the write changes (a source, a case's
 * region) in a transaction-local setting (`read_versions.sources`,
 * `read_versions.regions`; a rolled-back savepoint takes its notes back with
 * its rows). A deferred constraint trigger on every watched table runs
 * `read_versions_flush()` at commit: the first of its firings bumps every
 * noted source, then every noted region, each in sorted order, and clears the
 * notes; the rest find nothing. Locks taken in one global order, at the very
 * end, cannot wait on each other in a cycle. A counter is now held from the
 * flush to the commit only, so writers of one district take turns for less
 * time than before; and a transaction bumps each counter once, not once per
 * row (the readers only ask whether a counter moved).
 *
 * Weighed and not taken:
 * - statement triggers with transition tables bumping a statement's regions
 *   in sorted order: orders one statement only; the evaluation batch writes
 *   cases in many statements (an insert of the new ones, an update per
 *   changed one), and a draw's insert would still meet it head-on;
 * - an append-only change log (a sequence, a district's version its latest
 *   change id): ids are taken in start order, not commit order, so a
 *   reader can see id 11 committed while id 10 is not yet, keep a view under
 *   11, and never see 10's change; a count of changes avoids that but needs
 *   the log kept whole or folded back into counters (locks again), and a
 *   city's version becomes a scan.
 *
 * SQLite is unchanged: one writer at a time holds no counter against
 * another, and its per-row triggers still bump in the writer's transaction.
 * Frozen: never import app code here.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

/** Every table a counter watches (2026-12-04T0300 and T0400). */
const WATCHED = [
  "public_cases",
  "statistics_cells",
  "kindergarten_complaint_statistics",
  "kindergartens",
  "kindergarten_search",
  "regions",
  "users",
  "rule_texts",
  "inspection_cases",
] as const;

const flushTrigger = (table: string) => `read_versions_flush_${table}`;

/** The bump statements as 2026-12-04T0400 wrote them, for `down`. */
const bumpRegion = (region: string) =>
  `INSERT INTO case_read_versions (region_code, version) VALUES (${region}, 1) ` +
  `ON CONFLICT (region_code) DO UPDATE SET version = case_read_versions.version + 1;`;

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  // A note is a comma-delimited set (",330203,330205,"): source names and region codes hold no comma.
  await sql
    .raw(
      `CREATE FUNCTION read_versions_note(setting text, key text) RETURNS void LANGUAGE plpgsql AS $$ ` +
        `DECLARE noted text := coalesce(current_setting(setting, true), ''); BEGIN ` +
        `IF position(',' || key || ',' IN noted) = 0 THEN ` +
        `PERFORM set_config(setting, CASE WHEN noted = '' THEN ',' ELSE noted END || key || ',', true); END IF; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION public_read_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
        `PERFORM read_versions_note('read_versions.sources', TG_ARGV[0]); RETURN NULL; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION case_read_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
        `IF TG_OP <> 'DELETE' THEN PERFORM read_versions_note('read_versions.regions', NEW.region_code); END IF; ` +
        `IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.region_code IS DISTINCT FROM NEW.region_code) THEN ` +
        `PERFORM read_versions_note('read_versions.regions', OLD.region_code); END IF; ` +
        `RETURN NULL; END $$`,
    )
    .execute(db);
  // Sources before regions, each sorted (C collation: bytewise, whatever the database's locale): every transaction
  // locks counters in this one order, after everything else it locked.
  await sql
    .raw(
      `CREATE FUNCTION read_versions_flush() RETURNS trigger LANGUAGE plpgsql AS $$ ` +
        `DECLARE noted_sources text := coalesce(current_setting('read_versions.sources', true), ''); ` +
        `noted_regions text := coalesce(current_setting('read_versions.regions', true), ''); k text; BEGIN ` +
        `IF noted_sources = '' AND noted_regions = '' THEN RETURN NULL; END IF; ` +
        `PERFORM set_config('read_versions.sources', '', true); PERFORM set_config('read_versions.regions', '', true); ` +
        `FOR k IN SELECT s FROM unnest(string_to_array(noted_sources, ',')) s WHERE s <> '' ORDER BY s COLLATE "C" LOOP ` +
        `UPDATE public_read_versions SET version = version + 1 WHERE source = k; END LOOP; ` +
        `FOR k IN SELECT r FROM unnest(string_to_array(noted_regions, ',')) r WHERE r <> '' ORDER BY r COLLATE "C" LOOP ` +
        `${bumpRegion("k")} END LOOP; ` +
        `RETURN NULL; END $$`,
    )
    .execute(db);
  for (const table of WATCHED) {
    await sql
      .raw(
        `CREATE CONSTRAINT TRIGGER ${flushTrigger(table)} AFTER INSERT OR UPDATE OR DELETE ON ${table} ` +
          `DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION read_versions_flush()`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const table of WATCHED) await sql.raw(`DROP TRIGGER IF EXISTS ${flushTrigger(table)} ON ${table}`).execute(db);
  await sql.raw(`DROP FUNCTION IF EXISTS read_versions_flush()`).execute(db);
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION public_read_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
        `UPDATE public_read_versions SET version = version + 1 WHERE source = TG_ARGV[0]; RETURN NULL; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE OR REPLACE FUNCTION case_read_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ` +
        `IF TG_OP <> 'DELETE' THEN ${bumpRegion("NEW.region_code")} END IF; ` +
        `IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.region_code IS DISTINCT FROM NEW.region_code) THEN ${bumpRegion("OLD.region_code")} END IF; ` +
        `RETURN NULL; END $$`,
    )
    .execute(db);
  await sql.raw(`DROP FUNCTION IF EXISTS read_versions_note(text, text)`).execute(db);
}
