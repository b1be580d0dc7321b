/**
 * Filing evaluation on worker threads, so a re-evaluation uses every core:
 * the main thread writes one batch's flags while the workers read the next
 * batch's facts and run the rules engine on them. A worker runs the very
 * same code as the calling thread would (buildFilingFactsBatch, then
 * filingEvaluator: the regional engines of a RulesRuntime built from the
 * same rule library, under the same rules state) and hands back what
 * storing needs: per filing its keys, per outcome rule, version, fired and
 * severity, and for a flag its explanation, already serialised.
 *
 * On SQLite a worker reads the facts itself, over its own read-only
 * connection to the database file (WAL: it sees what is committed, as the
 * main connection does outside a transaction); otherwise the caller reads
 * the facts and the worker only evaluates.
 *
 * Invariants:
 * - Results are identical to evaluating in the calling thread. When workers
 *   cannot start here (no TypeScript loader for them, the module bundled
 *   into the Remix build, EVALUATION_WORKERS=0) evaluationPool() is null, or
 *   the pool does the work in the calling thread.
 * - A worker that fails while evaluating fails that request (the job is
 *   retried) and is replaced on the next request.
 * - Workers never keep the process alive when idle (unref), and exit after
 *   IDLE_MS without work; closeEvaluationPool() ends them at once.
 *
 * This module is also the workers' entry point (see the bottom of the file).
 */
import fs from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
import type { RuleSet } from "~/rules/schema";
import type { FilingFacts } from "~/rules/types";
import { createRulesRuntime, type RulesRuntime, type RulesState } from "~/domain/rules-runtime/rules-runtime.server";
import { getEnv } from "~/utils/env.server";
import { filingEvaluator, toEvaluationRecord, type EvaluationRecord } from "./evaluate.server";
import { buildFilingFactsBatch } from "./facts.server";

const WORKER_ROLE = "filing-evaluation";
/** This module compiled on its own, beside the compiled server (build-server.mjs writes it). */
const BUNDLED_WORKER_FILE = "evaluation-pool.server.js";
/** Workers exit after this long without work (they are started again on demand). */
const IDLE_MS = 60_000;
/** Rule libraries a worker keeps runtimes for (one per RulesRuntime in use; normally one). */
const MAX_CATALOGUES = 4;

type ToWorker =
  | { kind: "library"; libraryId: number; library: RuleSet }
  | { kind: "evaluate"; requestId: number; libraryId: number; state: RulesState; facts: FilingFacts[] }
  | { kind: "evaluateStored"; requestId: number; libraryId: number; state: RulesState; file: string; filingIds: string[] };

type FromWorker =
  | { kind: "ready" }
  | { kind: "evaluated"; requestId: number; evaluations: EvaluationRecord[] }
  | { kind: "failed"; requestId: number; error: { name: string; message: string; stack?: string } };

/** Evaluate facts here and keep what storing needs. */
async function summarise(rules: RulesRuntime, state: RulesState, factsList: FilingFacts[]): Promise<EvaluationRecord[]> {
  const evaluate = filingEvaluator(rules, state);
  const out: EvaluationRecord[] = [];
  for (const facts of factsList) out.push(toEvaluationRecord({ facts, outcomes: await evaluate(facts) }));
  return out;
}

/**
 * Read-only connections to SQLite files, one per file, for this thread. Kysely's
 * plain dialect: they never write, and their blocking busy_timeout (WAL readers
 * hardly ever meet one) stops this worker thread only, not the process's event loop.
 */
const readers = new Map<string, DB>();
function readerFor(file: string): DB {
  let db = readers.get(file);
  if (!db) {
    const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
    sqlite.pragma("busy_timeout = 5000");
    // No mmap_size: reading the file through a memory map made a batch's facts 19 % faster alone, but while the
    // main thread writes the same file it made them 2.5 times slower (national benchmark: 100 s against 62 s).
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    readers.set(file, db);
  }
  return db;
}

async function evaluateStoredHere(rules: RulesRuntime, state: RulesState, file: string, filingIds: string[]): Promise<EvaluationRecord[]> {
  return summarise(rules, state, await buildFilingFactsBatch(readerFor(file), filingIds));
}

const sqliteFiles = new WeakMap<DB, string | null>();

/**
 * The database file behind `db` when it is a SQLite file (not :memory: or a
 * temporary database), else null: then the caller reads facts itself.
 */
export async function sqliteFileOf(db: DB): Promise<string | null> {
  if (sqliteFiles.has(db)) return sqliteFiles.get(db)!;
  let file: string | null = null;
  // SQLite binds `?`, Postgres `$1`: tells the dialect without running anything.
  if (sql`select ${1}`.compile(db).sql.includes("?")) {
    const rows = await sql<{ name: string; file: string }>`PRAGMA database_list`.execute(db);
    const main = rows.rows.find((r) => r.name === "main");
    file = main && main.file ? main.file : null;
  }
  sqliteFiles.set(db, file);
  return file;
}

export interface EvaluationPool {
  /** Evaluate these facts (read by the caller). */
  evaluate(rules: RulesRuntime, state: RulesState, facts: FilingFacts[]): Promise<EvaluationRecord[]>;
  /** Read these filings' facts from the SQLite file and evaluate them, in the given order (missing filings skipped). */
  evaluateStored(rules: RulesRuntime, state: RulesState, file: string, filingIds: string[]): Promise<EvaluationRecord[]>;
  /** Worker threads in use (0: working in the calling thread). */
  readonly size: number;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  pending: Map<number, { resolve: (v: EvaluationRecord[]) => void; reject: (e: Error) => void }>;
  libraries: Set<number>;
}

function workerCount(): number {
  const configured = getEnv().EVALUATION_WORKERS;
  if (configured !== undefined) return configured;
  // One per core: the main thread only reads pages of ids and writes the flags (well under half a core),
  // so the workers reading facts and running the engine are what keeps the cores busy.
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/**
 * How to start a worker on this module: as it is for JavaScript, or through
 * tsx's loader when the process runs the TypeScript sources under tsx
 * (workers do not inherit the parent's loader hooks). Bundled into the
 * compiled server (build/server/index.js, see build-server.mjs), the module is
 * also written as a file of its own beside the bundle: workers start on that.
 * Null when this module is bundled without such a file (the Remix build) or
 * TypeScript cannot be loaded: no workers then.
 */
function workerEntry(): { code: string; eval: boolean } | null {
  if (!import.meta.url.startsWith("file:")) return null;
  const file = fileURLToPath(import.meta.url);
  if (!/evaluation-pool\.server\.[cm]?[jt]s$/.test(file)) {
    const beside = fileURLToPath(new URL(`./${BUNDLED_WORKER_FILE}`, import.meta.url));
    return fs.existsSync(beside) ? { code: beside, eval: false } : null;
  }
  if (!/\.[cm]?ts$/.test(file)) return { code: file, eval: false };
  let tsxApi: string;
  try {
    tsxApi = import.meta.resolve("tsx/esm/api");
  } catch {
    return null;
  }
  const code = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  return { code, eval: true };
}

type Job =
  | { kind: "evaluate"; facts: FilingFacts[] }
  | { kind: "evaluateStored"; file: string; filingIds: string[] };

function createPool(size: number, entry: { code: string; eval: boolean }): EvaluationPool & { close(): Promise<void> } {
  const workers: PoolWorker[] = [];
  const libraryIds = new WeakMap<RulesRuntime, number>();
  let nextLibraryId = 1;
  let nextRequestId = 1;
  let available = true;
  let idleTimer: NodeJS.Timeout | undefined;

  const busy = () => workers.some((w) => w.pending.size > 0);

  const scheduleIdleExit = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (!busy()) for (const w of workers.splice(0)) void w.worker.terminate();
    }, IDLE_MS);
    idleTimer.unref();
  };

  const retire = (w: PoolWorker, error: Error) => {
    const i = workers.indexOf(w);
    if (i !== -1) workers.splice(i, 1);
    for (const p of w.pending.values()) p.reject(error);
    w.pending.clear();
    void w.worker.terminate();
  };

  const spawn = (): PoolWorker => {
    const worker = new Worker(entry.code, { eval: entry.eval, workerData: { role: WORKER_ROLE } });
    worker.unref();
    const w: PoolWorker = { worker, ready: false, pending: new Map(), libraries: new Set() };
    worker.on("message", (msg: FromWorker) => {
      if (msg.kind === "ready") {
        w.ready = true;
        return;
      }
      const p = w.pending.get(msg.requestId);
      if (!p) return;
      w.pending.delete(msg.requestId);
      if (w.pending.size === 0) worker.unref();
      if (msg.kind === "evaluated") p.resolve(msg.evaluations);
      else p.reject(Object.assign(new Error(msg.error.message), { name: msg.error.name, stack: msg.error.stack }));
      if (!busy()) scheduleIdleExit();
    });
    worker.on("error", (err) => {
      // A worker that never started means workers cannot run in this process: work here from now on.
      if (!w.ready) available = false;
      retire(w, err instanceof Error ? err : new Error(String(err)));
    });
    worker.on("exit", (code) => {
      if (!w.ready) available = false;
      retire(w, new Error(`evaluation worker exited with code ${code}`));
    });
    workers.push(w);
    return w;
  };

  const request = (w: PoolWorker, rules: RulesRuntime, state: RulesState, job: Job) =>
    new Promise<EvaluationRecord[]>((resolve, reject) => {
      let libraryId = libraryIds.get(rules);
      if (libraryId === undefined) libraryIds.set(rules, (libraryId = nextLibraryId++));
      if (!w.libraries.has(libraryId)) {
        w.worker.postMessage({ kind: "library", libraryId, library: rules.library } satisfies ToWorker);
        w.libraries.add(libraryId);
      }
      const requestId = nextRequestId++;
      if (w.pending.size === 0) w.worker.ref();
      w.pending.set(requestId, { resolve, reject });
      const message: ToWorker =
        job.kind === "evaluate"
          ? { kind: "evaluate", requestId, libraryId, state, facts: job.facts }
          : { kind: "evaluateStored", requestId, libraryId, state, file: job.file, filingIds: job.filingIds };
      w.worker.postMessage(message);
    });

  const here = (rules: RulesRuntime, state: RulesState, job: Job) =>
    job.kind === "evaluate" ? summarise(rules, state, job.facts) : evaluateStoredHere(rules, state, job.file, job.filingIds);

  /** Contiguous slices of the job, one per worker (least busy first); results in the job's order. */
  const run = async (rules: RulesRuntime, state: RulesState, job: Job): Promise<EvaluationRecord[]> => {
    const items = job.kind === "evaluate" ? job.facts : job.filingIds;
    if (!available || items.length === 0) return here(rules, state, job);
    clearTimeout(idleTimer);
    while (workers.length < size) spawn();
    const order = [...workers].sort((a, b) => a.pending.size - b.pending.size);
    const per = Math.ceil(items.length / order.length);
    const slices: { w: PoolWorker; job: Job }[] = [];
    order.forEach((w, i) => {
      const from = i * per;
      if (from >= items.length) return;
      slices.push({
        w,
        job:
          job.kind === "evaluate"
            ? { kind: "evaluate", facts: job.facts.slice(from, from + per) }
            : { kind: "evaluateStored", file: job.file, filingIds: job.filingIds.slice(from, from + per) },
      });
    });
    try {
      return (await Promise.all(slices.map((s) => request(s.w, rules, state, s.job)))).flat();
    } catch (err) {
      if (!available) return here(rules, state, job);
      throw err;
    }
  };

  return {
    get size() {
      return available ? size : 0;
    },
    evaluate: (rules, state, facts) => run(rules, state, { kind: "evaluate", facts }),
    evaluateStored: (rules, state, file, filingIds) => run(rules, state, { kind: "evaluateStored", file, filingIds }),
    async close() {
      clearTimeout(idleTimer);
      await Promise.all(workers.splice(0).map((w) => w.worker.terminate()));
    },
  };
}

let shared: (EvaluationPool & { close(): Promise<void> }) | null | undefined;

/**
 * The process's evaluation pool, or null when evaluation stays in this
 * thread (EVALUATION_WORKERS=0, or this module bundled).
 */
export function evaluationPool(): EvaluationPool | null {
  if (shared === undefined) {
    const size = workerCount();
    const entry = workerEntry();
    shared = size > 0 && entry && isMainThread ? createPool(size, entry) : null;
  }
  return shared && shared.size > 0 ? shared : null;
}

/** Ends the pool's workers (they would also exit when idle); the next evaluationPool() starts a new pool. */
export async function closeEvaluationPool(): Promise<void> {
  const pool = shared;
  shared = undefined;
  await pool?.close();
  for (const db of readers.values()) await db.destroy();
  readers.clear();
}

// ---------------------------------------------------------------------------
// The worker.

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  const port = parentPort;
  const runtimes = new Map<number, RulesRuntime>();
  port.on("message", async (msg: ToWorker) => {
    if (msg.kind === "library") {
      runtimes.set(msg.libraryId, createRulesRuntime(msg.library));
      if (runtimes.size > MAX_CATALOGUES) runtimes.delete(runtimes.keys().next().value!);
      return;
    }
    try {
      const rules = runtimes.get(msg.libraryId);
      if (!rules) throw new Error(`unknown rule library ${msg.libraryId}`);
      const evaluations =
        msg.kind === "evaluate"
          ? await summarise(rules, msg.state, msg.facts)
          : await evaluateStoredHere(rules, msg.state, msg.file, msg.filingIds);
      port.postMessage({ kind: "evaluated", requestId: msg.requestId, evaluations } satisfies FromWorker);
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      port.postMessage({ kind: "failed", requestId: msg.requestId, error: { name: e.name, message: e.message, stack: e.stack } } satisfies FromWorker);
    }
  });
  port.postMessage({ kind: "ready" } satisfies FromWorker);
}
