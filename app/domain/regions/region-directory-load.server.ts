/**
 * Loading the division table (GB/T 2260 provinces, prefecture-level cities and county-level districts) into `regions`,
 * for an installation's first steps and for a newer official table later (`npm run regions:load`, db/regions-cli.ts).
 * Everything else needs the regions first: an officer's jurisdiction, a kindergarten's district, a guidance price's region.
 *
 * A row is a code and a name; its level and its parent follow from the code, so a file cannot contradict the code
 * arithmetic every query relies on (app/utils/region-codes.ts). The load only adds and renames: a code in the database
 * but not in the file is reported and kept, since kindergartens, users, cases and prices may point at it, and a
 * division abolished by a newer table is still where those records were made. The vendored table is
 * db/data/regions-2023.json (NBS 2023, built by scripts/build-regions-data.mjs).
 */
import { createHash } from "node:crypto";
import type { Transaction } from "kysely";
import { lockFor } from "~/db/locks";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
import national2023 from "~/db/data/regions-2023.json";
import { recordAudit } from "~/domain/audit/audit.server";
import { fail, invalid, message, type Failure, type Message } from "~/domain/result";
import { csvTemplate, readCsvTable, type CsvCellMessage, type CsvRowError } from "~/utils/csv-table.server";
import { regionLevel, regionParent } from "~/utils/region-codes";

/** A row to load; `line` is where it is in its file, for the refusals (a CSV's line, the header being 1). */
export interface RegionDirectoryRow {
  line: number;
  code: string;
  name: string;
}

export const REGION_NAME_MAX = 40;
export const REGION_CSV_COLUMNS = ["code", "name"] as const;
/**
 * The template's example rows (`/admin/regions/template.csv`, the page's table of columns): a province, one of its
 * prefectures and one of that prefecture's districts, as the national table has them, so the template loads as it is
 * even into an empty table (a row's parent must be in the file or in the database).
 */
export const REGION_CSV_EXAMPLE_ROWS: ReadonlyArray<Record<(typeof REGION_CSV_COLUMNS)[number], string>> = [
  { code: "330000", name: "浙江省" },
  { code: "330200", name: "宁波市" },
  { code: "330203", name: "海曙区" },
];
/** The national table has about 3,350 rows; a file of one edition with a margin. */
export const REGION_CSV_MAX_ROWS = 10_000;
export const REGION_CSV_MAX_BYTES = 1024 * 1024;
/** Rows per INSERT: 2,000 parameters, well within SQLite's and Postgres's limits. */
const INSERT_CHUNK = 500;

/** The vendored table: where it came from, and its rows (the JSON's row number as the line). */
export const NATIONAL_REGIONS = {
  file: "db/data/regions-2023.json",
  source: national2023.source,
  edition: national2023.edition,
  cutoff: national2023.cutoff,
  rows: (): RegionDirectoryRow[] => national2023.regions.map(([code, name], i) => ({ line: i + 1, code, name })),
};

/** The vendored table's provinces, in code order, with how many rows each has (itself, its cities and districts). */
export const nationalProvinces: () => ReadonlyArray<{ code: string; name: string; rows: number }> = (() => {
  let made: Array<{ code: string; name: string; rows: number }> | null = null;
  return () =>
    (made ??= national2023.regions
      .filter(([code]) => code.endsWith("0000"))
      .map(([code, name]) => ({ code, name, rows: national2023.regions.filter(([c]) => c.startsWith(code.slice(0, 2))).length }))
      .sort((a, b) => (a.code < b.code ? -1 : 1)));
})();

export type RegionLoadRefusal = Failure & { rowErrors: CsvRowError[] };

export type RegionLoadResult =
  | {
      ok: true;
      inserted: number;
      renamed: Array<{ code: string; from: string; to: string }>;
      unchanged: number;
      /** Codes of the loaded scope in the database and not in the file: kept, listed. */
      absent: Array<{ code: string; name: string }>;
    }
  | RegionLoadRefusal;

const refused = (rowErrors: CsvRowError[], formErrors: Message[] = []): RegionLoadRefusal => ({ ...invalid({}, formErrors), rowErrors });

/** The CSV template: a BOM so Excel opens it as UTF-8, the header and the example rows; read by `regionRowsFromCsv`. */
export function regionCsvTemplate(): string {
  return csvTemplate(REGION_CSV_COLUMNS, REGION_CSV_EXAMPLE_ROWS);
}

/** A CSV with the columns code,name (UTF-8, as Excel's "CSV UTF-8" writes it), read by the imports' shared reader. */
export function regionRowsFromCsv(file: Uint8Array | string): { ok: true; rows: RegionDirectoryRow[] } | RegionLoadRefusal {
  const read = readCsvTable(file, { columns: REGION_CSV_COLUMNS, maxRows: REGION_CSV_MAX_ROWS });
  if (!read.ok) return { ...invalid({}, read.fileErrors), rowErrors: [] };
  if (read.rowErrors.length > 0) return refused(read.rowErrors);
  return { ok: true, rows: read.records.map((r) => ({ line: r.line, code: r.values.code ?? "", name: r.values.name ?? "" })) };
}

/** GB/T 2260's shape: six digits, a province other than 00, and a district's city other than 00 (330001 names nothing). */
function wellFormed(code: string): boolean {
  if (!/^\d{6}$/.test(code) || code.startsWith("00")) return false;
  return regionLevel(code) !== "district" || code.slice(2, 4) !== "00";
}

/** "33" or "330000" → "33"; anything else null. */
function provincePrefix(province: string): string | null {
  const m = /^(\d{2})(0000)?$/.exec(province.trim());
  return m && m[1] !== "00" ? m[1] : null;
}

/** What a load would do to the table as it stands: computed from the rows and the database, nothing written. */
interface RegionLoadPlan {
  fresh: Array<{ code: string; name: string }>;
  renamed: Array<{ code: string; from: string; to: string }>;
  unchanged: number;
  absent: Array<{ code: string; name: string }>;
  /** What a commit of this plan writes (not what it leaves alone), for a preview's confirmation. */
  digest: string;
}

/** The rows of `options.province` (every row without one), or why there are none to load. */
function scopedRows(rows: readonly RegionDirectoryRow[], province: string | undefined): { prefix: string; rows: readonly RegionDirectoryRow[] } | RegionLoadRefusal {
  if (province === undefined) return rows.length === 0 ? refused([], [message("regions.load.noRows")]) : { prefix: "", rows };
  const prefix = provincePrefix(province);
  if (prefix === null) return refused([], [message("regions.load.province")]);
  const scoped = rows.filter((r) => r.code.startsWith(prefix));
  if (scoped.length === 0) return refused([], [message("regions.load.noRowsInProvince", { province: prefix })]);
  return { prefix, rows: scoped };
}

/** Every row checked against the others and the database (`existing`, code → name); one refused row refuses the plan. */
function planLoad(scoped: readonly RegionDirectoryRow[], prefix: string, existing: ReadonlyMap<string, string>): RegionLoadPlan | RegionLoadRefusal {
  const lineOf = new Map<string, number>();
  const rowErrors: CsvRowError[] = [];
  const refuse = (row: RegionDirectoryRow, m: CsvCellMessage) => rowErrors.push({ line: row.line, messages: [m] });
  const valid: Array<{ code: string; name: string }> = [];
  for (const row of scoped) {
    const code = row.code.trim();
    const name = row.name.trim();
    if (!wellFormed(code)) refuse(row, { ...message("regions.load.code"), column: "code", value: code });
    else if (name === "" || Array.from(name).length > REGION_NAME_MAX) refuse(row, { ...message("regions.load.name", { max: REGION_NAME_MAX }), column: "name", value: name });
    else if (lineOf.has(code)) refuse(row, { ...message("regions.load.duplicate", { code, line: lineOf.get(code)! }), column: "code", value: code });
    else {
      lineOf.set(code, row.line);
      valid.push({ code, name });
    }
  }
  for (const { code } of valid) {
    const parent = regionParent(code);
    if (parent !== null && !lineOf.has(parent) && !existing.has(parent)) {
      rowErrors.push({ line: lineOf.get(code)!, messages: [{ ...message("regions.load.parentMissing", { parent }), column: "code", value: code }] });
    }
  }
  if (rowErrors.length > 0) return refused(rowErrors.sort((a, b) => a.line - b.line));

  // A parent's code sorts before its children's (330000 < 330200 < 330203): by code is parents first.
  const fresh = valid.filter((r) => !existing.has(r.code)).sort((a, b) => (a.code < b.code ? -1 : 1));
  const renamed = valid.filter((r) => existing.has(r.code) && existing.get(r.code) !== r.name).map((r) => ({ code: r.code, from: existing.get(r.code)!, to: r.name }));
  const absent = [...existing]
    .filter(([code]) => code.startsWith(prefix) && !lineOf.has(code))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const digest = createHash("sha256")
    .update(JSON.stringify({ prefix, fresh: fresh.map((r) => [r.code, r.name]), renamed: renamed.map((r) => [r.code, r.from, r.to]) }))
    .digest("hex");
  return { fresh, renamed, unchanged: valid.length - fresh.length - renamed.length, absent, digest };
}

async function existingRegions(db: DB | Transaction<Database>): Promise<Map<string, string>> {
  return new Map((await db.selectFrom("regions").select(["code", "name"]).execute()).map((r) => [r.code, r.name]));
}

/** What loading `rows` (of `options.province`) would do now, nothing written: the whole lists and the plan's digest. */
export async function previewRegionDirectory(
  db: DB,
  rows: readonly RegionDirectoryRow[],
  options: { province?: string },
): Promise<({ ok: true } & RegionLoadPlan) | RegionLoadRefusal> {
  const scoped = scopedRows(rows, options.province);
  if ("ok" in scoped) return scoped;
  const plan = planLoad(scoped.rows, scoped.prefix, await existingRegions(db));
  return "ok" in plan ? plan : { ok: true, ...plan };
}

/** Who loaded the table, for its audit entry: the command line (no actor) or an administrator's page. */
export interface RegionLoadBy {
  actorId: string | null;
  via: "cli" | "admin";
  requestId?: string | null;
}

/**
 * Loads `rows` (or, with `province`, the rows of that province: a province deploying needs only its own): every row is
 * checked first (the code's shape, the name, a code twice, a parent neither in the rows nor in the database) and a
 * single refused row refuses the whole load, nothing written. Then, in one transaction and parents first, new codes
 * are inserted and changed names updated; nothing is deleted. Audited (`region.load`, with who and how) when it
 * changed something; the regions' public read version moves with the rows (its trigger), so kept pages name places
 * anew. Given a preview's digest (`previewed`), a load whose writes are no longer the ones previewed (the table
 * changed in between) is refused as a conflict: what the administrator confirmed is what is written.
 */
export async function loadRegionDirectory(
  db: DB,
  rows: readonly RegionDirectoryRow[],
  options: { source: string; province?: string; now?: Date; by?: RegionLoadBy; previewed?: string | null },
): Promise<RegionLoadResult> {
  const scoped = scopedRows(rows, options.province);
  if ("ok" in scoped) return scoped;
  const by = options.by ?? { actorId: null, via: "cli" };

  return db.transaction().execute(async (trx): Promise<RegionLoadResult> => {
    // Two loads at once would each insert what the other has not seen yet (SQLite: one writer anyway).
    await lockFor(trx, "regions:load");
    const plan = planLoad(scoped.rows, scoped.prefix, await existingRegions(trx));
    if ("ok" in plan) return plan;
    const { fresh, renamed, unchanged, absent } = plan;
    const changes = fresh.length + renamed.length;
    // A confirmation whose writes differ from the preview's. One with nothing left to write (the same load confirmed
    // twice, or made meanwhile by someone else) is no conflict: the table already is what was confirmed.
    if (options.previewed && options.previewed !== plan.digest && changes > 0) {
      return { ...fail("conflict", "regions.load.changedSincePreview"), rowErrors: [] };
    }
    for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
      const chunk = fresh.slice(i, i + INSERT_CHUNK).map((r) => ({ code: r.code, name: r.name, level: regionLevel(r.code), parent_code: regionParent(r.code) }));
      await trx.insertInto("regions").values(chunk).execute();
    }
    for (const r of renamed) await trx.updateTable("regions").set({ name: r.to }).where("code", "=", r.code).execute();

    if (changes > 0) {
      await recordAudit(
        trx,
        {
          actorId: by.actorId,
          action: "region.load",
          entity: "region_table",
          entityId: options.source,
          detail: { via: by.via, province: scoped.prefix || null, inserted: fresh.length, renamed, unchanged, absent: absent.map((a) => a.code) },
          requestId: by.requestId ?? null,
        },
        options.now,
      );
    }
    return { ok: true, inserted: fresh.length, renamed, unchanged, absent };
  });
}
