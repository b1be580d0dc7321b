/**
 * How long the statistics refresh takes on national data: the first run after
 * the migration (every existing cell marked), then an incremental run after
 * 100 filings, 100 cases and 100 complaints changed. Works on a copy of the
 * given SQLite file (e.g. `npx tsx tests/bench/generate.ts --out national.db`).
 * Not part of `npm test`:
 *
 *   npx tsx tests/bench/statistics-refresh.ts --from national.db
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { refreshStatistics } from "~/domain/statistics/statistics-refresh.server";

async function main() {
  const from = process.argv[process.argv.indexOf("--from") + 1];
  if (!from || !fs.existsSync(from)) throw new Error("--from <sqlite file> is required");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stats-refresh-"));
  const file = path.join(dir, "copy.db");
  fs.copyFileSync(from, file);
  const db = createDb(file);
  try {
    let t0 = performance.now();
    await migrateToLatest(db);
    const dirty = Number((await db.selectFrom("statistics_dirty").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    console.log(`migrated in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${dirty.toLocaleString()} cells marked`);
    t0 = performance.now();
    const first = await refreshStatistics(db);
    console.log(`first refresh: ${((performance.now() - t0) / 1000).toFixed(1)} s, ${JSON.stringify(first)}`);

    const at = new Date().toISOString();
    const filings = await db.selectFrom("fee_filings").select("id").orderBy("id").limit(100).execute();
    for (const f of filings) await db.updateTable("fee_filings").set({ evaluated_at: at }).where("id", "=", f.id).execute();
    const cases = await db.selectFrom("inspection_cases").select("id").orderBy("id").limit(100).execute();
    for (const c of cases) await db.updateTable("inspection_cases").set({ decision_kind: "no_violation", decided_on: at.slice(0, 10) }).where("id", "=", c.id).execute();
    const complaints = await db.selectFrom("complaints").select("id").orderBy("id").limit(100).execute();
    for (const c of complaints) await db.updateTable("complaints").set({ status: "accepted", accepted_on: at.slice(0, 10) }).where("id", "=", c.id).execute();
    const marked = Number((await db.selectFrom("statistics_dirty").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    t0 = performance.now();
    const next = await refreshStatistics(db);
    console.log(`after ${filings.length} filings, ${cases.length} cases, ${complaints.length} complaints changed (${marked} cells marked): ${((performance.now() - t0) / 1000).toFixed(2)} s, ${JSON.stringify(next)}`);
  } finally {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
