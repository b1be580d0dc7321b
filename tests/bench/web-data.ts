/**
 * The benchmarks' generated databases, generated once and kept between runs:
 * the national one (tests/bench/generate.ts, 150,000 kindergartens by default)
 * and the case benchmark's (tests/bench/case-data.ts adds a million cases to
 * it) take minutes to generate and every run wants the same data.
 *
 * The cache is a SQLite file in os.tmpdir()/kindergarten-portal-bench-cache/, named after
 * the size and a hash of what shapes the data (the generators, the demo texts
 * they borrow): a change to any of them makes a new file, and the file of the
 * same size with an older hash is deleted then. `fresh` generates anew
 * regardless. A run never opens the cached file itself: the server writes (an
 * account check that does not match is recorded), so each run gets a copy,
 * brought to the latest migration and deleted after it.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { generate, removeDbFile, tempDbFile, type GenerateStats } from "./generate";
import { ROOT } from "./processes";
import { createDb } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { createJobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { productionSchedules } from "../../jobs/schedules";

// Not named portal-bench-*: removeDbFile deletes such a folder with the file in it.
const CACHE_DIR = path.join(os.tmpdir(), "kindergarten-portal-bench-cache");

/**
 * What the generated rows depend on, besides the size. Not the migrations: a
 * cached file older than one is migrated as each run's copy is made (what the
 * server would do at start), which costs seconds where generating costs minutes.
 */
const SHAPING_FILES = ["tests/bench/generate.ts", "db/demo-data.ts"];

function shapingHash(extraFiles: readonly string[]): string {
  const hash = crypto.createHash("sha256");
  for (const file of [...SHAPING_FILES, ...extraFiles]) {
    hash.update(file).update("\0").update(fs.readFileSync(path.join(ROOT, file))).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

export interface BenchData<S> {
  /** The working copy for this run (delete it with `removeDbFile`). */
  file: string;
  /** The generator's figures when it ran now; null when the cached file was used. */
  generated: S | null;
  cachedFile: string;
  cacheBytes: number;
  /** Seconds to generate (or find) the cached file. */
  prepareSeconds: number;
  /** Seconds to copy it for this run and bring the copy to the latest migration. */
  copySeconds: number;
}

/**
 * A generated database, from the cache when a file of the same name and shaping hash is
 * there, else built by `build` into a file it must create, then cached; a copy for this run.
 */
export async function cachedBenchData<S>(opts: {
  /** The cached file's name before its hash, e.g. "national-150000-". */
  prefix: string;
  /** Files that shape this data besides the national generator's (the hash covers them). */
  shapedBy?: readonly string[];
  what: string;
  fresh: boolean;
  log: (line: string) => void;
  build: (file: string) => Promise<S>;
  /**
   * Work done on the cached file itself, after it is migrated, before it is copied: what a live
   * database would have had done to it by now (e.g. the day's deadline sweep), done once, not per run.
   */
  keepCurrent?: (file: string) => Promise<void>;
}): Promise<BenchData<S>> {
  const t0 = performance.now();
  const cachedFile = path.join(CACHE_DIR, `${opts.prefix}${shapingHash(opts.shapedBy ?? [])}.db`);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  let generated: S | null = null;
  if (opts.fresh || !fs.existsSync(cachedFile)) {
    for (const stale of fs.readdirSync(CACHE_DIR).filter((f) => f.startsWith(opts.prefix))) fs.rmSync(path.join(CACHE_DIR, stale), { force: true });
    opts.log(`generating ${opts.what} (cached as ${cachedFile}) …`);
    // Renamed into place when complete: an interrupted generation never looks like a cached file.
    const partial = `${cachedFile}.partial`;
    try {
      generated = await opts.build(partial);
      fs.renameSync(partial, cachedFile);
    } finally {
      removeDbFile(partial);
    }
  } else {
    opts.log(`using the cached database ${cachedFile} (--fresh generates it anew)`);
  }
  if (opts.keepCurrent) {
    const db = createDb(cachedFile);
    try {
      await migrateToLatest(db);
    } finally {
      await db.destroy();
    }
    await opts.keepCurrent(cachedFile);
  }
  const prepareSeconds = (performance.now() - t0) / 1000;

  const t1 = performance.now();
  const file = tempDbFile("web");
  // A copy-on-write clone where the file system has them, a plain copy otherwise.
  fs.copyFileSync(cachedFile, file, fs.constants.COPYFILE_FICLONE);
  const db = createDb(file);
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  return {
    file,
    generated,
    cachedFile,
    cacheBytes: fs.statSync(cachedFile).size,
    prepareSeconds,
    copySeconds: (performance.now() - t1) / 1000,
  };
}

export type NationalData = BenchData<GenerateStats>;

/**
 * What the scheduled tasks keep current on a live database, done on the cached file, each task to
 * completion and timed: every production task (jobs/schedules.ts: the deadline sweeps, the statistics
 * refresh, the meal-fund, account-flags and re-triage sweeps …), so a task added there is covered here.
 * The day's first run does the day's work (a month of every kindergarten's meal-fund accounts, the
 * statistics the migration marked); the servers measured then find nothing to do at start, as a live
 * database's would, instead of doing it beside the first target's load. Not the evidence orphan sweep:
 * it works on files, and the benchmarks' servers keep theirs in a folder of their own (processes.ts).
 */
export async function runScheduledTasksOn(file: string, log: (line: string) => void): Promise<void> {
  const db = createDb(file);
  try {
    const ctx = await createJobContext({ db, logger: silentLogger });
    for (const task of productionSchedules()) {
      if (task.name === "evidence-orphan-sweep") continue;
      const t0 = performance.now();
      const result = await task.run(ctx, new Date());
      log(`  ${task.name} on the cached database: ${((performance.now() - t0) / 1000).toFixed(1)} s, ${JSON.stringify(result)}`);
    }
  } finally {
    await db.destroy();
  }
}

export function nationalData(opts: { kindergartens: number; fresh: boolean; log: (line: string) => void }): Promise<NationalData> {
  return cachedBenchData({
    prefix: `national-${opts.kindergartens}-`,
    what: `${opts.kindergartens.toLocaleString("en")} kindergartens`,
    fresh: opts.fresh,
    log: opts.log,
    keepCurrent: (file) => runScheduledTasksOn(file, opts.log),
    build: (file) => generate({ kindergartens: opts.kindergartens, file, log: (l) => opts.log(`  ${l}`) }),
  });
}
