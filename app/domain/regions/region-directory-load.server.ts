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
import { lockFor } from "~/db/locks";
import type { DB } from "~/db/client";
import national2023 from "~/db/data/regions-2023.json";
import { recordAudit } from "~/domain/audit/audit.server";
import { invalid, message, type Failure, type Message } from "~/domain/result";
import { readCsvTable, type CsvCellMessage, type CsvRowError } from "~/utils/csv-table.server";
import { regionLevel, regionParent } from "~/utils/region-codes";

/** A row to load; `line` is where it is in its file, for the refusals (a CSV's line, the header being 1). */
export interface RegionDirectoryRow {
  line: number;
  code: string;
  name: string;
}

export const REGION_NAME_MAX = 40;
export const REGION_CSV_COLUMNS = ["code", "name"] as const;
/** The national table has about 3,350 rows; a file of one edition with a margin. */
export const REGION_CSV_MAX_ROWS = 10_000;
export const REGION_CSV_MAX_BYTES = 1024 * 1024;
/** Rows per INSERT: 2,000 parameters, well within SQLite's and Postgres's limits. */
const INSERT_CHUNK = 500;

/** The vendored table: where it came from, and its rows (the JSON's row number as the line). */
export const NATIONAL_REGIONS = {
  file: "db/data/regions-2023.json",
  source: national2023.source,
  rows: (): RegionDirectoryRow[] => national2023.regions.map(([code, name], i) => ({ line: i + 1, code, name })),
};

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

/** A CSV with the columns code,name (UTF-8, as Excel's "CSV UTF-8" writes it), read by the imports' shared reader. */
export function regionRowsFromCsv(file: Uint8Array): { ok: true; rows: RegionDirectoryRow[] } | RegionLoadRefusal {
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

/**
 * Loads `rows` (or, with `province`, the rows of that province: a province deploying needs only its own): every row is
 * checked first (the code's shape, the name, a code twice, a parent neither in the rows nor in the database) and a
 * single refused row refuses the whole load, nothing written. Then, in one transaction and parents first, new codes
 * are inserted and changed names updated; nothing is deleted. Audited (`region.load`, no actor) when it changed
 * something; the regions' public read version moves with the rows (its trigger), so kept pages name places anew.
 */
export async function loadRegionDirectory(
  db: DB,
  rows: readonly RegionDirectoryRow[],
  options: { source: string; province?: string; now?: Date },
): Promise<RegionLoadResult> {
  let scoped = rows;
  let prefix = "";
  if (options.province !== undefined) {
    const p = provincePrefix(options.province);
    if (p === null) return refused([], [message("regions.load.province")]);
    prefix = p;
    scoped = rows.filter((r) => r.code.startsWith(prefix));
    if (scoped.length === 0) return refused([], [message("regions.load.noRowsInProvince", { province: prefix })]);
  }
  if (scoped.length === 0) return refused([], [message("regions.load.noRows")]);

  return db.transaction().execute(async (trx): Promise<RegionLoadResult> => {
    // Two loads at once would each insert what the other has not seen yet (SQLite: one writer anyway).
    await lockFor(trx, "regions:load");
    const existing = new Map((await trx.selectFrom("regions").select(["code", "name"]).execute()).map((r) => [r.code, r.name]));

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
    for (let i = 0; i < fresh.length; i += INSERT_CHUNK) {
      const chunk = fresh.slice(i, i + INSERT_CHUNK).map((r) => ({ code: r.code, name: r.name, level: regionLevel(r.code), parent_code: regionParent(r.code) }));
      await trx.insertInto("regions").values(chunk).execute();
    }
    for (const r of renamed) await trx.updateTable("regions").set({ name: r.to }).where("code", "=", r.code).execute();

    const absent = [...existing]
      .filter(([code]) => code.startsWith(prefix) && !lineOf.has(code))
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => (a.code < b.code ? -1 : 1));
    if (fresh.length + renamed.length > 0) {
      await recordAudit(
        trx,
        {
          actorId: null,
          action: "region.load",
          entity: "region_table",
          entityId: options.source,
          detail: { province: prefix || null, inserted: fresh.length, renamed, unchanged: valid.length - fresh.length - renamed.length, absent: absent.map((a) => a.code) },
        },
        options.now,
      );
    }
    return { ok: true, inserted: fresh.length, renamed, unchanged: valid.length - fresh.length - renamed.length, absent };
  });
}
