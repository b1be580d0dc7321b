/**
 * The statistics marker of an updated filing, marked once. The trigger of
 * 2026-12-01T1100_statistics marks the cell of the row before the update and
 * that of the row after it; an evaluation only stamps evaluated_at, so both
 * are the same cell and every filing of a re-evaluation ran two upserts (and
 * four kindergarten lookups) where one does. Now the row before is marked only
 * when the cell itself moved (the kindergarten or the submission instant
 * changed), and each mark looks the kindergarten up once. Which cells end
 * dirty is unchanged. Frozen: never import app code here.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

type Dialect = "sqlite" | "pg";

const NAME = "statistics_mark_fee_filings_update";

const month = (d: Dialect, r: string) =>
  d === "pg" ? `to_char((${r}.submitted_at)::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')` : `strftime('%Y-%m', ${r}.submitted_at, '+8 hours')`;
const differs = (d: Dialect, column: string) => (d === "pg" ? `OLD.${column} IS DISTINCT FROM NEW.${column}` : `OLD.${column} IS NOT NEW.${column}`);

/** The district-month cell of the filing row `r` (OLD or NEW) marked dirty, when `when` holds. */
function mark(d: Dialect, r: string, when?: string): string {
  return (
    `INSERT INTO statistics_dirty (kind, subject, period, generation) ` +
    `SELECT 'district', k.region_code, ${month(d, r)}, 1 FROM kindergartens k ` +
    `WHERE k.id = ${r}.kindergarten_id AND k.region_code IS NOT NULL AND ${month(d, r)} IS NOT NULL${when ? ` AND (${when})` : ""} ` +
    `ON CONFLICT (kind, subject, period) DO UPDATE SET generation = statistics_dirty.generation + 1;`
  );
}

/** The 1100 migration's body: both rows marked, whatever changed. */
function originalMark(d: Dialect, r: string): string {
  const subject = `(SELECT k.region_code FROM kindergartens k WHERE k.id = ${r}.kindergarten_id)`;
  return (
    `INSERT INTO statistics_dirty (kind, subject, period, generation) SELECT 'district', ${subject}, ${month(d, r)}, 1 ` +
    `WHERE ${subject} IS NOT NULL AND ${month(d, r)} IS NOT NULL ` +
    `ON CONFLICT (kind, subject, period) DO UPDATE SET generation = statistics_dirty.generation + 1;`
  );
}

async function define(db: Kysely<any>, d: Dialect, body: string[]): Promise<void> {
  const when = ["kindergarten_id", "submitted_at", "evaluated_at"].map((c) => differs(d, c)).join(" OR ");
  if (d === "pg") {
    // The trigger (and its WHEN) stays; its function is replaced.
    await sql.raw(`CREATE OR REPLACE FUNCTION ${NAME}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body.join(" ")} RETURN NULL; END $$`).execute(db);
    return;
  }
  await sql.raw(`DROP TRIGGER IF EXISTS ${NAME}`).execute(db);
  await sql.raw(`CREATE TRIGGER ${NAME} AFTER UPDATE ON fee_filings FOR EACH ROW WHEN ${when} BEGIN ${body.join(" ")} END`).execute(db);
}

const dialectOf = (db: Kysely<any>): Dialect => (db.getExecutor().adapter instanceof PostgresAdapter ? "pg" : "sqlite");

export async function up(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  const moved = `${differs(d, "kindergarten_id")} OR ${differs(d, "submitted_at")}`;
  await define(db, d, [mark(d, "OLD", moved), mark(d, "NEW")]);
}

export async function down(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  await define(db, d, [originalMark(d, "OLD"), originalMark(d, "NEW")]);
}
