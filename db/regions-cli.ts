/**
 * The division table from the command line, an installation's first step after its migrations (nothing can be placed
 * in a region before the regions exist): `tsx db/regions-cli.ts [--province <code>] [--file <path.csv>]`
 * (`npm run regions:load -- …`). Opens DATABASE_URL (SQLite ./data/portal.db when unset), which must be migrated.
 *
 *   (no option)            the vendored national table, db/data/regions-2023.json (NBS 2023; scripts/build-regions-data.mjs)
 *   --province 33          only that province's rows (33 or 330000), of the vendored table or of --file
 *   --file regions.csv     a CSV with the columns code,name (UTF-8), for a newer official table
 *
 * New codes are inserted, changed names updated, nothing deleted (loadRegionDirectory): running it again changes
 * nothing. A refused row refuses the whole file, each refusal printed with its line, in Chinese and English.
 */
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { Migrator } from "kysely";
import { createDb, dialectOf, DEFAULT_SQLITE_PATH, type DB } from "./client";
import { migrations } from "./migrations/index";
import {
  loadRegionDirectory,
  NATIONAL_REGIONS,
  REGION_CSV_MAX_BYTES,
  regionRowsFromCsv,
  type RegionDirectoryRow,
  type RegionLoadRefusal,
} from "~/domain/regions/region-directory-load.server";
import { invalid } from "~/domain/result";
import { translate, type Message } from "~/i18n";
import { getEnv } from "~/utils/env.server";

const USAGE = `Usage:
  tsx db/regions-cli.ts [--province <code>] [--file <path.csv>]
      Loads the division table into the database: the vendored national table (${NATIONAL_REGIONS.file}),
      or the CSV file (columns code,name; UTF-8); --province 33 loads one province's rows only.`;

/** How many codes of a list are printed before "… and N more". */
const SHOWN = 20;

const bilingual = (m: Message) => `${translate("zh-CN", m.key, m.vars)} / ${translate("en", m.key, m.vars)}`;

function describeRefusal(refusal: RegionLoadRefusal): string {
  const lines = refusal.formErrors.map((m) => `  ${bilingual(m)}`);
  for (const row of refusal.rowErrors) {
    for (const m of row.messages) lines.push(`  line ${row.line}${m.column ? ` ${m.column}${m.value !== undefined ? ` "${m.value}"` : ""}` : ""}: ${bilingual(m)}`);
  }
  return lines.join("\n");
}

function listed(items: string[]): string {
  const more = items.length - SHOWN;
  return items.slice(0, SHOWN).map((s) => `    ${s}`).join("\n") + (more > 0 ? `\n    … 另有 ${more} 个 / and ${more} more` : "");
}

async function pendingMigrations(db: DB): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  return (await migrator.getMigrations()).filter((m) => m.executedAt === undefined).map((m) => m.name);
}

/** The rows and the name the audit trail gives their source; a refusal when the file cannot be read as a table. */
async function rowsOf(file: string | undefined): Promise<{ ok: true; rows: RegionDirectoryRow[]; source: string } | RegionLoadRefusal> {
  if (file === undefined) return { ok: true, rows: NATIONAL_REGIONS.rows(), source: path.basename(NATIONAL_REGIONS.file) };
  // One far above the limit is not read into memory first.
  if ((await stat(file)).size > REGION_CSV_MAX_BYTES) return { ...invalid({}, [{ key: "csv.upload.tooLarge", vars: { maxKb: REGION_CSV_MAX_BYTES / 1024 } }]), rowErrors: [] };
  const read = regionRowsFromCsv(new Uint8Array(await readFile(file)));
  return read.ok ? { ...read, source: path.basename(file) } : read;
}

async function main(argv: string[]): Promise<number> {
  let values: { province?: string; file?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { province: { type: "string" }, file: { type: "string" }, help: { type: "boolean" } },
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${USAGE}`);
    return 1;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const url = getEnv().DATABASE_URL;
  console.log(`regions:load: ${dialectOf(url) === "postgres" ? "Postgres (DATABASE_URL)" : `SQLite ${url || DEFAULT_SQLITE_PATH}`}`);
  const db = createDb(url);
  try {
    const pending = await pendingMigrations(db);
    if (pending.length > 0) {
      console.error(`The database is not migrated (${pending.length} pending, first ${pending[0]}): run npm run db:migrate first.\n数据库尚未迁移，请先运行 npm run db:migrate。`);
      return 1;
    }
    const read = await rowsOf(values.file);
    if (!read.ok) {
      console.error(`Nothing loaded / 未载入任何区划:\n${describeRefusal(read)}`);
      return 1;
    }
    const result = await loadRegionDirectory(db, read.rows, { source: read.source, province: values.province });
    if (!result.ok) {
      console.error(`Nothing loaded / 未载入任何区划:\n${describeRefusal(result)}`);
      return 1;
    }
    const scope = values.province === undefined ? "" : `（省级代码 ${values.province} / province ${values.province}）`;
    console.log(`${read.source}${scope}:`);
    console.log(`  新增 ${result.inserted} / inserted ${result.inserted}`);
    console.log(`  更名 ${result.renamed.length} / renamed ${result.renamed.length}`);
    if (result.renamed.length > 0) console.log(listed(result.renamed.map((r) => `${r.code} ${r.from} → ${r.to}`)));
    console.log(`  未变 ${result.unchanged} / unchanged ${result.unchanged}`);
    if (result.absent.length > 0) {
      console.log(`  数据库中有、文件中没有（保留未动）${result.absent.length} / in the database, not in the file (kept) ${result.absent.length}:`);
      console.log(listed(result.absent.map((r) => `${r.code} ${r.name}`)));
    }
    return 0;
  } catch (err) {
    console.error(`regions:load failed: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  } finally {
    await db.destroy().catch(() => {});
  }
}

process.exitCode = await main(process.argv.slice(2));
