/**
 * Public statistics (公开统计), precomputed (app/domain/statistics/):
 *
 * - statistics_cells: one figure per (level, region, month, metric, key).
 *   District rows are counted from the sources; city, province and country
 *   rows are sums of the level below, recomputed in the same transaction,
 *   so any region's year is one range of the primary key.
 * - kindergarten_complaint_statistics: per kindergarten and year of receipt,
 *   its complaints and their outcomes (one wide row: the public list ranks
 *   a region's kindergartens by what they received).
 * - statistics_dirty: the cells whose sources changed since they were last
 *   counted, written by triggers in the writer's own transaction. A trigger
 *   cannot be forgotten by a new writer (there are a dozen: intake, handling,
 *   sweeps, evaluation, re-evaluation, case work, publication, demo data)
 *   and sees the row before and after (a transferred complaint dirties its
 *   old district too), whatever instant the writer put in its timestamps. A
 *   marker is one row per cell with a generation the triggers bump; the
 *   refresh removes a marker only at the generation it counted, so a write
 *   committed meanwhile leaves its cell dirty for the next run.
 *
 * Months are reckoned in Asia/Shanghai (UTC+8, no daylight saving): an
 * instant's month is that of instant + 8 hours; civil dates are already
 * Shanghai dates. Frozen: never import app code here.
 */
import { PostgresAdapter, sql, type Kysely } from "kysely";

type Dialect = "sqlite" | "pg";

/** A cell a row dirties: its kind, subject and period as SQL over the row (OLD or NEW), when `when` holds. */
interface Mark {
  kind: "district" | "kindergarten";
  subject: string;
  period: string;
  when?: string;
  /** Instead of a single row: a SELECT DISTINCT of (subject, period) … (a kindergarten's filings). */
  from?: string;
}

const instantMonth = (d: Dialect, expr: string) =>
  d === "pg" ? `to_char((${expr})::timestamptz AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')` : `strftime('%Y-%m', ${expr}, '+8 hours')`;
const dateMonth = (expr: string) => `substr(${expr}, 1, 7)`;

/** The cells a row of each source dirties, for a row alias (OLD or NEW). */
function marksFor(d: Dialect, table: string, r: string): Mark[] {
  switch (table) {
    case "fee_filings":
      return [{ kind: "district", subject: `(SELECT k.region_code FROM kindergartens k WHERE k.id = ${r}.kindergarten_id)`, period: instantMonth(d, `${r}.submitted_at`) }];
    case "inspection_cases":
      return [
        { kind: "district", subject: `${r}.region_code`, period: instantMonth(d, `${r}.opened_at`) },
        { kind: "district", subject: `${r}.region_code`, period: dateMonth(`${r}.decided_on`), when: `${r}.decided_on IS NOT NULL` },
      ];
    case "complaints":
      return [
        { kind: "district", subject: `${r}.region_code`, period: instantMonth(d, `${r}.received_at`) },
        { kind: "district", subject: `${r}.region_code`, period: dateMonth(`${r}.accepted_on`), when: `${r}.accepted_on IS NOT NULL` },
        { kind: "district", subject: `${r}.region_code`, period: dateMonth(`${r}.decided_on`), when: `${r}.decided_on IS NOT NULL` },
        { kind: "kindergarten", subject: `${r}.kindergarten_id`, period: `substr(${instantMonth(d, `${r}.received_at`)}, 1, 4)` },
      ];
    case "complaint_events":
      // Closing is recorded by its event alone (complaints keep no closing date).
      return [
        {
          kind: "district",
          subject: `(SELECT c.region_code FROM complaints c WHERE c.id = ${r}.complaint_id)`,
          period: instantMonth(d, `${r}.created_at`),
          when: `${r}.kind = 'closed'`,
        },
      ];
    case "public_cases":
      return [{ kind: "district", subject: `${r}.region_code`, period: dateMonth(`${r}.published_on`), when: `${r}.published_on IS NOT NULL` }];
    case "kindergartens":
      // A kindergarten moved to another district takes its filings' figures, and its complaints' row, along.
      return [
        { kind: "district", subject: `${r}.region_code`, period: instantMonth(d, "f.submitted_at"), from: `fee_filings f WHERE f.kindergarten_id = ${r}.id` },
        { kind: "kindergarten", subject: `${r}.id`, period: `substr(${instantMonth(d, "c.received_at")}, 1, 4)`, from: `complaints c WHERE c.kindergarten_id = ${r}.id` },
      ];
    default:
      throw new Error(`no marks for ${table}`);
  }
}

/** The columns whose change dirties a row's cells (an UPDATE touching none of them, such as a deadline sweep's, marks nothing). */
const WATCHED: Record<string, string[]> = {
  fee_filings: ["kindergarten_id", "submitted_at", "evaluated_at"],
  inspection_cases: ["region_code", "opened_at", "source", "decided_on", "decision_kind", "decision_detail"],
  complaints: ["region_code", "kindergarten_id", "track", "status", "received_at", "clock_from", "verification_extended", "accepted_on", "decided_on", "mediation_outcome"],
  public_cases: ["region_code", "status", "published_on", "decision_kind"],
  kindergartens: ["region_code"],
};

/** The triggers: (table, event) pairs. complaint_events are only inserted; kindergartens matter only when they move. */
const TRIGGERS: Array<{ table: string; event: "INSERT" | "UPDATE" }> = [
  { table: "fee_filings", event: "INSERT" },
  { table: "fee_filings", event: "UPDATE" },
  { table: "inspection_cases", event: "INSERT" },
  { table: "inspection_cases", event: "UPDATE" },
  { table: "complaints", event: "INSERT" },
  { table: "complaints", event: "UPDATE" },
  { table: "complaint_events", event: "INSERT" },
  { table: "public_cases", event: "INSERT" },
  { table: "public_cases", event: "UPDATE" },
  { table: "kindergartens", event: "UPDATE" },
];

function markStatement(m: Mark): string {
  const where = [`${m.subject} IS NOT NULL`, `${m.period} IS NOT NULL`, ...(m.when ? [m.when] : [])].join(" AND ");
  const select = m.from
    ? `SELECT DISTINCT '${m.kind}', ${m.subject}, ${m.period}, 1 FROM ${m.from} AND ${m.period} IS NOT NULL`
    : `SELECT '${m.kind}', ${m.subject}, ${m.period}, 1 WHERE ${where}`;
  return (
    `INSERT INTO statistics_dirty (kind, subject, period, generation) ${select} ` +
    `ON CONFLICT (kind, subject, period) DO UPDATE SET generation = statistics_dirty.generation + 1;`
  );
}

function triggerSql(d: Dialect, table: string, event: "INSERT" | "UPDATE"): string[] {
  const name = `statistics_mark_${table}_${event.toLowerCase()}`;
  const rows = event === "UPDATE" && table !== "kindergartens" ? ["OLD", "NEW"] : ["NEW"];
  // A kindergarten that moved: its old district's cells (OLD) and its new district's (NEW).
  const aliases = table === "kindergartens" ? ["OLD", "NEW"] : rows;
  const body = aliases.flatMap((r) => marksFor(d, table, r).filter((m) => !(table === "kindergartens" && r === "OLD" && m.kind === "kindergarten")).map(markStatement));
  const watched = WATCHED[table];
  const when =
    event === "UPDATE"
      ? watched.map((c) => (d === "pg" ? `OLD.${c} IS DISTINCT FROM NEW.${c}` : `OLD.${c} IS NOT NEW.${c}`)).join(" OR ")
      : table === "complaint_events"
        ? "NEW.kind = 'closed'"
        : null;
  if (d === "sqlite") {
    return [`CREATE TRIGGER ${name} AFTER ${event} ON ${table} FOR EACH ROW ${when ? `WHEN ${when} ` : ""}BEGIN ${body.join(" ")} END`];
  }
  return [
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body.join(" ")} RETURN NULL; END $$`,
    `CREATE TRIGGER ${name} AFTER ${event} ON ${table} FOR EACH ROW ${when ? `WHEN (${when}) ` : ""}EXECUTE FUNCTION ${name}()`,
  ];
}

const dialectOf = (db: Kysely<any>): Dialect => (db.getExecutor().adapter instanceof PostgresAdapter ? "pg" : "sqlite");

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("statistics_cells")
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull())
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("metric", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("value", "bigint", (c) => c.notNull())
    .addPrimaryKeyConstraint("statistics_cells_pk", ["level", "region_code", "month", "metric", "key"])
    .execute();

  await db.schema
    .createTable("kindergarten_complaint_statistics")
    .addColumn("kindergarten_id", "text", (c) => c.notNull().references("kindergartens.id"))
    .addColumn("year", "text", (c) => c.notNull())
    .addColumn("region_code", "text", (c) => c.notNull())
    .addColumn("received", "integer", (c) => c.notNull())
    .addColumn("complaints", "integer", (c) => c.notNull())
    .addColumn("reports", "integer", (c) => c.notNull())
    .addColumn("pending", "integer", (c) => c.notNull())
    .addColumn("rejected", "integer", (c) => c.notNull())
    .addColumn("agreement", "integer", (c) => c.notNull())
    .addColumn("no_agreement", "integer", (c) => c.notNull())
    .addColumn("case_opened", "integer", (c) => c.notNull())
    .addColumn("no_case", "integer", (c) => c.notNull())
    .addColumn("closed", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("kindergarten_complaint_statistics_pk", ["kindergarten_id", "year"])
    .execute();
  // A region's kindergartens of a year, most complained about first.
  await db.schema
    .createIndex("kindergarten_complaint_statistics_region")
    .on("kindergarten_complaint_statistics")
    .columns(["year", "region_code", "received"])
    .execute();

  await db.schema
    .createTable("statistics_dirty")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("period", "text", (c) => c.notNull())
    .addColumn("generation", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("statistics_dirty_pk", ["kind", "subject", "period"])
    .execute();

  // The refresh's reads, per district and date window, that no index served yet (cases opened by district and
  // time read inspection_cases_q_region_opened, decided ones inspection_cases_decisions).
  await db.schema.createIndex("complaints_region_received").on("complaints").columns(["region_code", "received_at"]).execute();
  await db.schema.createIndex("fee_filings_kindergarten_submitted").on("fee_filings").columns(["kindergarten_id", "submitted_at"]).execute();

  const d = dialectOf(db);
  for (const t of TRIGGERS) for (const statement of triggerSql(d, t.table, t.event)) await sql.raw(statement).execute(db);

  // What exists already is dirty once: the first refresh counts it.
  for (const t of ["fee_filings", "inspection_cases", "complaints", "public_cases"]) {
    const marks = marksFor(d, t, "x").filter((m) => m.kind === "district" || t === "complaints");
    for (const m of marks) {
      const where = [`${m.subject} IS NOT NULL`, `${m.period} IS NOT NULL`, ...(m.when ? [m.when] : [])].join(" AND ");
      await sql.raw(`INSERT INTO statistics_dirty (kind, subject, period, generation) SELECT DISTINCT '${m.kind}', ${m.subject}, ${m.period}, 1 FROM ${t} x WHERE ${where} ON CONFLICT (kind, subject, period) DO NOTHING`).execute(db);
    }
  }
  const closed = marksFor(d, "complaint_events", "x")[0];
  await sql.raw(`INSERT INTO statistics_dirty (kind, subject, period, generation) SELECT DISTINCT 'district', ${closed.subject}, ${closed.period}, 1 FROM complaint_events x WHERE ${closed.when} AND ${closed.subject} IS NOT NULL ON CONFLICT (kind, subject, period) DO NOTHING`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  const d = dialectOf(db);
  for (const t of TRIGGERS) {
    const name = `statistics_mark_${t.table}_${t.event.toLowerCase()}`;
    await sql.raw(d === "pg" ? `DROP TRIGGER IF EXISTS ${name} ON ${t.table}` : `DROP TRIGGER IF EXISTS ${name}`).execute(db);
    if (d === "pg") await sql.raw(`DROP FUNCTION IF EXISTS ${name}()`).execute(db);
  }
  await db.schema.dropIndex("fee_filings_kindergarten_submitted").execute();
  await db.schema.dropIndex("complaints_region_received").execute();
  await db.schema.dropTable("statistics_dirty").execute();
  await db.schema.dropTable("kindergarten_complaint_statistics").execute();
  await db.schema.dropTable("statistics_cells").execute();
}
