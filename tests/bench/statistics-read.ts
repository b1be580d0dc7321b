/**
 * An in-process timing of the public statistics page's domain read
 * (`publicStatistics`) on a national-size precomputed table: 3,000 districts
 * (31 provinces × 10 cities × ~10 districts) × 36 months × the metrics' keys,
 * with the city, province and country sums, and 30,000 kindergartens' complaint
 * years. Not part of `npm test`:
 *
 *   npx tsx tests/bench/statistics-read.ts [--iterations 300] [--keep]
 *
 * Prints rows generated and, per region level, the median and p99 of one read
 * (BENCH_SLOW=1 also lists the reads over 20 ms).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { createDb } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { publicStatistics } from "~/domain/statistics/statistics.queries.server";
import { prng } from "../factories/statistics";

const iterations = Number(process.argv[process.argv.indexOf("--iterations") + 1]) || 300;
const KEYS: Array<[string, string[]]> = [
  ["filings.filed", ["all"]],
  ["flags.rule", ["R01", "R02", "R03", "R04", "R05", "R10"]],
  ["cases.opened", ["rule", "complaint", "spot_check"]],
  ["cases.decided", ["no_violation", "minor_corrected", "rectification_ordered", "refund_ordered", "penalty", "referred"]],
  ["refunds.amount_fen", ["all"]],
  ["refunds.families", ["all"]],
  ["complaints.received", ["complaint", "report"]],
  ["complaints.accepted", ["all"]],
  ["complaints.closed", ["all"]],
  ["complaints.decided", ["in_time", "late"]],
  ["cases.published", ["rectification_ordered", "refund_ordered", "penalty"]],
];

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stats-bench-"));
  const db = createDb(path.join(dir, "bench.db"));
  await migrateToLatest(db);
  const r = prng(42);
  const regions: Array<{ code: string; name: string; level: "province" | "city" | "district"; parent_code: string | null }> = [];
  const districts: string[] = [];
  for (let p = 0; p < 31; p++) {
    const province = `${11 + p}0000`;
    regions.push({ code: province, name: `省${p}`, level: "province", parent_code: null });
    for (let c = 1; c <= 10; c++) {
      const city = `${11 + p}${String(c).padStart(2, "0")}00`;
      regions.push({ code: city, name: `市${p}-${c}`, level: "city", parent_code: province });
      const n = p === 30 && c === 10 ? 0 : 10;
      for (let d = 1; d <= n && districts.length < 3000; d++) {
        const code = `${city.slice(0, 4)}${String(d).padStart(2, "0")}`;
        regions.push({ code, name: `区${code}`, level: "district", parent_code: city });
        districts.push(code);
      }
    }
  }
  for (let i = 0; i < regions.length; i += 500) await db.insertInto("regions").values(regions.slice(i, i + 500)).execute();

  const months: string[] = [];
  for (let y = 2024; y <= 2026; y++) for (let m = 1; m <= 12; m++) months.push(`${y}-${String(m).padStart(2, "0")}`);
  const started = Date.now();
  let rows = 0;
  await db.transaction().execute(async (trx) => {
    let batch: Array<{ level: "district"; region_code: string; month: string; metric: string; key: string; value: number }> = [];
    const flush = async () => {
      if (batch.length) await trx.insertInto("statistics_cells").values(batch).execute();
      rows += batch.length;
      batch = [];
    };
    for (const code of districts) {
      for (const month of months) {
        for (const [metric, keys] of KEYS) {
          for (const key of keys) {
            if (r.next() < 0.3) continue;
            batch.push({ level: "district", region_code: code, month, metric, key, value: metric === "refunds.amount_fen" ? 10_000 * (1 + r.int(500)) : 1 + r.int(40) });
            if (batch.length === 500) await flush();
          }
        }
      }
    }
    await flush();
    // The sums above the districts, as the refresh keeps them.
    await sql`insert into statistics_cells select 'city', substr(region_code, 1, 4) || '00', month, metric, key, sum(value) from statistics_cells where level = 'district' group by 2, 3, 4, 5`.execute(trx);
    await sql`insert into statistics_cells select 'province', substr(region_code, 1, 2) || '0000', month, metric, key, sum(value) from statistics_cells where level = 'city' group by 2, 3, 4, 5`.execute(trx);
    await sql`insert into statistics_cells select 'country', '000000', month, metric, key, sum(value) from statistics_cells where level = 'province' group by 3, 4, 5`.execute(trx);
  });
  const total = Number((await db.selectFrom("statistics_cells").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

  // 30,000 kindergartens, each with complaint years.
  const kindergartens = 30_000;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < kindergartens; i += 400) {
      const ks = Array.from({ length: Math.min(400, kindergartens - i) }, (_, j) => {
        const n = i + j;
        return { id: `K${String(n).padStart(9, "0")}`, uscc: `U${n}`, approved_name: `幼儿园${n}`, name_in_use: `幼儿园${n}`, nature: "forprofit_private" as const, grade: "class1", region_code: districts[n % districts.length], address: "", status: "active" as const, created_at: "2024-01-01T00:00:00.000Z", updated_at: "2024-01-01T00:00:00.000Z" };
      });
      await trx.insertInto("kindergartens").values(ks).execute();
      const years = ks.flatMap((k) =>
        ["2024", "2025", "2026"].map((year) => {
          const received = r.int(12);
          return { kindergarten_id: k.id, year, region_code: k.region_code, received, complaints: received, reports: 0, pending: received, rejected: 0, agreement: 0, no_agreement: 0, case_opened: 0, no_case: 0, closed: 0 };
        }),
      ).filter((y) => y.received > 0);
      if (years.length) await trx.insertInto("kindergarten_complaint_statistics").values(years).execute();
    }
  });
  console.log(`generated ${rows.toLocaleString()} district rows, ${total.toLocaleString()} rows with the sums, in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const now = new Date("2026-12-01T04:00:00.000Z");
  const cases: Array<[string, Parameters<typeof publicStatistics>[1]]> = [
    ["country", { year: "2026" }],
    ["province", { province: "330000", year: "2026" }],
    ["city", { province: "330000", city: "330200", year: "2025" }],
    ["district", { district: "330203", year: "2026" }],
  ];
  for (const [label, query] of cases) {
    const times: number[] = [];
    for (let i = 0; i < iterations + 20; i++) {
      const t0 = process.hrtime.bigint();
      const result = await publicStatistics(db, query, now);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!result.ok) throw new Error(`${label}: ${JSON.stringify(result)}`);
      if (i >= 20) times.push(ms);
      if (i >= 20 && ms > 20 && process.env.BENCH_SLOW) console.log(`  slow read ${i}: ${ms.toFixed(1)} ms`);
    }
    times.sort((a, b) => a - b);
    const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(2);
    console.log(`${label.padEnd(8)} publicStatistics: median ${q(0.5)} ms, p99 ${q(0.99)} ms, max ${times[times.length - 1].toFixed(2)} ms (${iterations} reads)`);
  }
  await db.destroy();
  if (process.argv.includes("--keep")) console.log(`kept ${path.join(dir, "bench.db")}`);
  else fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
