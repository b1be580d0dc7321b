/**
 * Filing evaluation on worker threads, so a re-evaluation uses a second core:
 * the main thread reads facts and writes results while a worker runs the
 * rules engine. The worker runs the very same code (filingEvaluator: the
 * regional engines of a RulesRuntime built from the same rule catalogue,
 * under the same rules state) and hands back each outcome with its stored
 * explanation already serialised.
 *
 * Invariants:
 * - Results are identical to evaluating in the calling thread; when workers
 *   cannot run here (no TypeScript loader, the module bundled into the Remix
 *   build, EVALUATION_WORKERS=0) the pool evaluates in the calling thread.
 * - A worker that fails while evaluating fails that request (the job is
 *   retried) and is replaced on the next request.
 * - Workers never keep the process alive when idle (unref), and exit after
 *   IDLE_MS without work; closeEvaluationPool() ends them at once.
 *
 * This module is also the workers' entry point (see the bottom of the file).
 */
import os from "node:os";
import { fileURLToPath } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { serializeOutcome } from "../../../rules/explain";
import type { RuleSet } from "../../../rules/schema";
import type { FilingFacts, RuleOutcome, Severity } from "../../../rules/types";
import { createRulesRuntime, type RulesRuntime, type RulesState } from "../rules-config/rules-runtime.server";
import { filingEvaluator } from "./evaluate.server";

const WORKER_ROLE = "filing-evaluation";
/** Workers exit after this long without work (they are started again on demand). */
const IDLE_MS = 60_000;
/** Rule catalogues a worker keeps runtimes for (one per RulesRuntime in use; normally one). */
const MAX_CATALOGUES = 4;

/** An outcome as a worker returns it: what the caller reads at once, and the stored explanation. */
interface EvaluatedOutcome {
  ruleId: string;
  version: number;
  fired: boolean;
  severity: Severity | null;
  explanation: string;
}

type ToWorker =
  | { kind: "catalogue"; catalogueId: number; catalogue: RuleSet }
  | { kind: "evaluate"; requestId: number; catalogueId: number; state: RulesState; facts: FilingFacts[] };

type FromWorker =
  | { kind: "ready" }
  | { kind: "evaluated"; requestId: number; outcomes: EvaluatedOutcome[][] }
  | { kind: "failed"; requestId: number; error: { name: string; message: string; stack?: string } };

/** Explanations serialised by a worker, by outcome: persistEvaluations stores them as they are. */
const explanations = new WeakMap<RuleOutcome, string>();

/** The stored explanation of an outcome: the worker's, or serialised now. */
export function explanationOf(outcome: RuleOutcome): string {
  return explanations.get(outcome) ?? serializeOutcome(outcome);
}

/**
 * An outcome from a worker. The fields a re-evaluation reads (rule, version,
 * fired, severity) are plain; the rest is parsed from the explanation only
 * if something reads it. Same keys, in the same order, as the engine's.
 */
function outcomeFrom(e: EvaluatedOutcome): RuleOutcome {
  let parsed: RuleOutcome | undefined;
  const full = () => (parsed ??= JSON.parse(e.explanation) as RuleOutcome);
  const outcome = {
    ruleId: e.ruleId,
    version: e.version,
    fired: e.fired,
    severity: e.severity,
    get title() {
      return full().title;
    },
    get message() {
      return full().message;
    },
    get legalBasis() {
      return full().legalBasis;
    },
    get params() {
      return full().params;
    },
    get conditions() {
      return full().conditions;
    },
    get details() {
      return full().details;
    },
  } as RuleOutcome;
  explanations.set(outcome, e.explanation);
  return outcome;
}

export interface EvaluationPool {
  /** Outcomes per filing, in the order of `facts`, as filingEvaluator(rules, state) gives them. */
  evaluate(rules: RulesRuntime, state: RulesState, facts: FilingFacts[]): Promise<RuleOutcome[][]>;
  /** Worker threads in use (0: evaluating in the calling thread). */
  readonly size: number;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  pending: Map<number, { resolve: (v: EvaluatedOutcome[][]) => void; reject: (e: Error) => void }>;
  catalogues: Set<number>;
}

async function evaluateHere(rules: RulesRuntime, state: RulesState, facts: FilingFacts[]): Promise<RuleOutcome[][]> {
  const evaluate = filingEvaluator(rules, state);
  const out: RuleOutcome[][] = [];
  for (const f of facts) out.push(await evaluate(f));
  return out;
}

function workerCount(): number {
  const configured = process.env.EVALUATION_WORKERS;
  if (configured !== undefined && configured !== "") {
    const n = Number(configured);
    return Number.isSafeInteger(n) && n >= 0 ? Math.min(n, 16) : 0;
  }
  // The main thread keeps one core for reading and writing.
  return Math.max(1, Math.min(4, os.availableParallelism() - 1));
}

/**
 * How to start a worker on this module: as it is for JavaScript, or through
 * tsx's loader when the process runs the TypeScript sources under tsx
 * (workers do not inherit the parent's loader hooks). Null when this module
 * is not its own file (bundled into the Remix build) or TypeScript cannot be
 * loaded: no workers then.
 */
function workerEntry(): { code: string; eval: boolean } | null {
  if (!import.meta.url.startsWith("file:")) return null;
  const file = fileURLToPath(import.meta.url);
  if (!/evaluation-pool\.server\.[cm]?[jt]s$/.test(file)) return null;
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

function createPool(size: number, entry: { code: string; eval: boolean }): EvaluationPool & { close(): Promise<void> } {
  const workers: PoolWorker[] = [];
  const catalogueIds = new WeakMap<RulesRuntime, number>();
  let nextCatalogueId = 1;
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
    const w: PoolWorker = { worker, ready: false, pending: new Map(), catalogues: new Set() };
    worker.on("message", (msg: FromWorker) => {
      if (msg.kind === "ready") {
        w.ready = true;
        return;
      }
      const p = w.pending.get(msg.requestId);
      if (!p) return;
      w.pending.delete(msg.requestId);
      if (w.pending.size === 0) worker.unref();
      if (msg.kind === "evaluated") p.resolve(msg.outcomes);
      else p.reject(Object.assign(new Error(msg.error.message), { name: msg.error.name, stack: msg.error.stack }));
      if (!busy()) scheduleIdleExit();
    });
    worker.on("error", (err) => {
      // A worker that never started means workers cannot run in this process: evaluate here from now on.
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

  const request = (w: PoolWorker, rules: RulesRuntime, state: RulesState, facts: FilingFacts[]) =>
    new Promise<EvaluatedOutcome[][]>((resolve, reject) => {
      let catalogueId = catalogueIds.get(rules);
      if (catalogueId === undefined) catalogueIds.set(rules, (catalogueId = nextCatalogueId++));
      if (!w.catalogues.has(catalogueId)) {
        w.worker.postMessage({ kind: "catalogue", catalogueId, catalogue: rules.catalogue } satisfies ToWorker);
        w.catalogues.add(catalogueId);
      }
      const requestId = nextRequestId++;
      if (w.pending.size === 0) w.worker.ref();
      w.pending.set(requestId, { resolve, reject });
      w.worker.postMessage({ kind: "evaluate", requestId, catalogueId, state, facts } satisfies ToWorker);
    });

  return {
    get size() {
      return available ? size : 0;
    },
    async evaluate(rules, state, facts) {
      if (!available || facts.length === 0) return evaluateHere(rules, state, facts);
      clearTimeout(idleTimer);
      while (workers.length < size) spawn();
      // Contiguous slices, one per worker, least busy first.
      const order = [...workers].sort((a, b) => a.pending.size - b.pending.size);
      const per = Math.ceil(facts.length / order.length);
      const slices = order
        .map((w, i) => ({ w, facts: facts.slice(i * per, (i + 1) * per) }))
        .filter((s) => s.facts.length > 0);
      let results: EvaluatedOutcome[][][];
      try {
        results = await Promise.all(slices.map((s) => request(s.w, rules, state, s.facts)));
      } catch (err) {
        if (!available) return evaluateHere(rules, state, facts);
        throw err;
      }
      return results.flat().map((outcomes) => outcomes.map(outcomeFrom));
    },
    async close() {
      clearTimeout(idleTimer);
      await Promise.all(workers.splice(0).map((w) => w.worker.terminate()));
    },
  };
}

let shared: (EvaluationPool & { close(): Promise<void> }) | null | undefined;

/**
 * The process's evaluation pool, or null when evaluation stays in this
 * thread (one core, EVALUATION_WORKERS=0, or this module bundled).
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
}

// ---------------------------------------------------------------------------
// The worker.

if (!isMainThread && parentPort && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  const port = parentPort;
  const runtimes = new Map<number, RulesRuntime>();
  port.on("message", async (msg: ToWorker) => {
    if (msg.kind === "catalogue") {
      runtimes.set(msg.catalogueId, createRulesRuntime(msg.catalogue));
      if (runtimes.size > MAX_CATALOGUES) runtimes.delete(runtimes.keys().next().value!);
      return;
    }
    try {
      const rules = runtimes.get(msg.catalogueId);
      if (!rules) throw new Error(`unknown rule catalogue ${msg.catalogueId}`);
      const evaluate = filingEvaluator(rules, msg.state);
      const outcomes: EvaluatedOutcome[][] = [];
      for (const facts of msg.facts) {
        outcomes.push(
          (await evaluate(facts)).map((o) => ({ ruleId: o.ruleId, version: o.version, fired: o.fired, severity: o.severity, explanation: serializeOutcome(o) })),
        );
      }
      port.postMessage({ kind: "evaluated", requestId: msg.requestId, outcomes } satisfies FromWorker);
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      port.postMessage({ kind: "failed", requestId: msg.requestId, error: { name: e.name, message: e.message, stack: e.stack } } satisfies FromWorker);
    }
  });
  port.postMessage({ kind: "ready" } satisfies FromWorker);
}
