/**
 * `npm run bench:complaints`: parents' complaint intake (POST /complaints/new)
 * on one web process in production mode on SQLite, over HTTP, and whether
 * every acknowledged complaint is stored, exactly.
 *
 *  1. Data: a database of the generator (tests/bench/generate.ts; 3,000
 *     kindergartens by default, cached as the web benchmark caches its own,
 *     tests/bench/web-data.ts), copied for the run; the server migrates it at start.
 *  2. The forms (tests/bench/complaint-forms.ts): filled-in intake forms over
 *     those kindergartens (both tracks, every kind, charged items, contact as
 *     the track needs), each request with a fresh `intakeKey` (a repeated key
 *     answers with the first receipt and stores nothing), sent the way the
 *     page's own form sends them with JavaScript: single fetch, to
 *     `/complaints/new.data` (`--transport document` posts to the page itself).
 *  3. The real server (tests/bench/processes.ts: `npm run build` when stale,
 *     then build/server/index.js as `npm run serve` starts it, its environment
 *     and node flags included), NODE_ENV=production, DEMO_DATA=0,
 *     EVIDENCE_DIR a temporary folder; a fresh process per target on the same
 *     file, so each target's memory is its own. The jobs, `--jobs`:
 *       embedded (the default) no REDIS_URL: triage runs in the web process, the
 *                rate limiter's counters are in its memory (what `npm start` runs);
 *       worker   a private redis-server (a free port, no persistence, stopped
 *                after the run: nothing of the benchmark's is left in a shared
 *                Redis), REDIS_URL for the web process and the real worker
 *                (`jobs/worker.ts`, its own process on the same file), as a
 *                deployment with Redis runs: the worker relays the outbox and
 *                triages, the limiter counts in Redis.
 *  4. Targets, each: a probe (404 or 405: the route is not there, said loudly,
 *     not measured), a warm-up (not reported), then autocannon at
 *     --connections for --duration seconds (tests/bench/load.ts: every
 *     connection open and answered before the clock starts, a soft stop at the
 *     end) while the web process's VmRSS is sampled:
 *       (a) GET /about: a bare Remix page, the baseline for the ratio;
 *       (b) intake without files (urlencoded), the client limit raised
 *           (COMPLAINT_INTAKE_CLIENT_POINTS): intake itself is measured;
 *       (c) intake at the default limits, one client (every connection from
 *           127.0.0.1): what a refusal (429) costs, per second and in latency;
 *       (d) intake with evidence (multipart, two photo-like JPEGs of a few hundred
 *           KB, made once with sharp), limits raised: throughput and web RSS.
 *  5. After each run: the complaints stored during it (counted in the database)
 *     against the 2xx answers: EXACTLY equal, and every tracking number an answer
 *     carried found in the database; for (d) two evidence rows per complaint.
 *     Otherwise FAIL, loudly, and exit code 1. Then the outbox drained (triage).
 *  6. The table: answers/s, p50/p99, peak RSS and VmHWM, the ratio to (a); PASS or
 *     FAIL against the targets: (b) ≥ 300 accepted complaints/s with p99 ≤ 200 ms,
 *     (d) web RSS ≤ 300 MB.
 * Exit code 1 when stored ≠ acknowledged, or a target could not be measured.
 *
 * Usage: npm run bench:complaints -- [--duration 15] [--connections 50] [--only a,b,c,d] [--jobs embedded|worker]
 *          [--kindergartens 3000] [--transport data|document] [--warmup 3] [--build]
 *          [--fresh] [--heap-mb N] [--cpu-prof] [--server-env K=V,K=V]
 *   --cpu-prof  the web process runs with `node --cpu-prof` (tests/artifacts/bench-complaints/);
 *               the hot spots of the measured run are printed per target.
 *   --server-env  extra environment for the web process (experiments, e.g. MALLOC_ARENA_MAX=2); printed.
 * Not part of `npm test`. autocannon runs in this process and shares the cores with the
 * server: the figures are for the whole machine.
 */
import { detail, fmt, mb, printMarkdownTable } from "./measure";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import SQLite from "better-sqlite3";
import { shanghaiDate } from "~/utils/working-days";
import {
  complaintKindergartens,
  complaintVariants,
  encodeFields,
  evidenceJpegs,
  MultipartForm,
  TRACKING_NO_IN_TEXT,
  urlencodedBody,
} from "./complaint-forms";
import { monotonicMicros, printProfileSummary, type Window } from "./cpu-profile";
import { parseArgs, removeDbFile } from "./generate";
import { runLoad, type LoadRequest, type LoadResult } from "./load";
import { ensureBuild, ROOT, sampleMemory, serveCommandLine, startWebServer, startWorker, type Child, type MemoryPeak, type WebServer } from "./processes";
import { startRedisServer } from "../setup/redis";
import { nationalData } from "./web-data";

const TARGET_IDS = ["a", "b", "c", "d"] as const;
type TargetId = (typeof TARGET_IDS)[number];
const OPTIONS = ["duration", "connections", "only", "jobs", "kindergartens", "transport", "warmup", "build", "fresh", "heap-mb", "cpu-prof", "server-env"];
const TARGET_RATE = 300;
const TARGET_P99_MS = 200;
const TARGET_RSS_MB = 300;
/** Far beyond what a run sends: intake is measured, not its limiter. */
const RAISED_POINTS = "1000000";
const VARIANTS = 2_000;
const FILES = 2;
const DRAIN_TIMEOUT_S = 300;

const args = parseArgs(process.argv.slice(2));
for (const name of args.keys()) {
  if (!OPTIONS.includes(name)) throw new Error(`unknown option --${name} (options: ${OPTIONS.map((o) => `--${o}`).join(" ")})`);
}
const durationS = Number(args.get("duration") ?? 15);
const connections = Number(args.get("connections") ?? 50);
const warmupS = Number(args.get("warmup") ?? 3);
const kindergartens = Number(args.get("kindergartens") ?? 3_000);
const transport = String(args.get("transport") ?? "data");
const jobs = String(args.get("jobs") ?? "embedded");
const heapMb = args.has("heap-mb") ? Number(args.get("heap-mb")) : null;
const cpuProf = args.has("cpu-prof");
/** Extra environment of the web process, `K=V,K=V` (experiments: MALLOC_ARENA_MAX, VIPS_CONCURRENCY …). */
const serverEnv: Record<string, string> = Object.fromEntries(
  (typeof args.get("server-env") === "string" ? String(args.get("server-env")).split(",") : []).map((kv) => {
    const at = kv.indexOf("=");
    if (at < 1) throw new Error(`--server-env: K=V pairs, comma-separated (got "${kv}")`);
    return [kv.slice(0, at), kv.slice(at + 1)];
  }),
);
const only = String(args.get("only") ?? TARGET_IDS.join(",")).split(",").map((s) => s.trim());
if (!Number.isFinite(durationS) || durationS < 1) throw new Error("--duration must be a number of seconds ≥ 1");
if (!Number.isFinite(warmupS) || warmupS < 0) throw new Error("--warmup must be a number of seconds ≥ 0");
if (!Number.isSafeInteger(connections) || connections < 1) throw new Error("--connections must be a positive integer");
if (!Number.isSafeInteger(kindergartens) || kindergartens < 1) throw new Error("--kindergartens must be a positive integer");
if (transport !== "data" && transport !== "document") throw new Error("--transport: data or document");
if (jobs !== "embedded" && jobs !== "worker") throw new Error("--jobs: embedded or worker");
if (heapMb !== null && !(Number.isSafeInteger(heapMb) && heapMb >= 16)) throw new Error("--heap-mb must be a whole number of MB ≥ 16");
const unknown = only.filter((id) => !(TARGET_IDS as readonly string[]).includes(id));
if (unknown.length > 0) throw new Error(`--only: ${unknown.join(", ")}? Targets: ${TARGET_IDS.join(",")}`);
const selected = TARGET_IDS.filter((id) => only.includes(id));

const INTAKE_PATH = transport === "data" ? "/complaints/new.data" : "/complaints/new";

const log = (line: string) => console.log(line);

interface Target {
  id: TargetId;
  title: string;
  shape: string;
  limits: "raised" | "default";
  /** The answer measured: for (a), (b), (d) a 2xx; for (c) the 429. */
  expected: { label: string; test: (status: number) => boolean };
  /** The next request of a run (a fresh intake key each). */
  request(): LoadRequest;
  /** An intake target: stored complaints are counted against 2xx answers. */
  intake: boolean;
  /** Evidence files per accepted complaint. */
  files: number;
}

const SUCCESS = { label: "2xx", test: (s: number) => s >= 200 && s < 300 };
const LIMITED = { label: "429", test: (s: number) => s === 429 };

function buildTargets(file: string, jpegs: Awaited<ReturnType<typeof evidenceJpegs>> | null): Target[] {
  const variants = complaintVariants(complaintKindergartens(file), { count: VARIANTS, today: shanghaiDate() });
  const encoded = variants.map(encodeFields);
  const form = jpegs ? new MultipartForm(jpegs) : null;
  const textParts = form ? variants.map((v) => form.textPart(v)) : [];
  let next = 0;
  const headers = (contentType: string) => ({ "content-type": contentType, "user-agent": "complaint-bench" });
  const urlencoded = (): LoadRequest => ({
    method: "POST",
    path: INTAKE_PATH,
    headers: headers("application/x-www-form-urlencoded"),
    body: urlencodedBody(encoded[next++ % encoded.length]),
  });
  const build: Record<TargetId, () => Target> = {
    a: () => ({
      id: "a",
      title: "bare Remix page, no database (baseline)",
      shape: "GET /about",
      limits: "raised",
      expected: SUCCESS,
      request: () => ({ method: "GET", path: "/about", headers: { "user-agent": "complaint-bench" } }),
      intake: false,
      files: 0,
    }),
    b: () => ({
      id: "b",
      title: "complaint intake without files, client limit raised",
      shape: `POST ${INTAKE_PATH} (urlencoded)`,
      limits: "raised",
      expected: SUCCESS,
      request: urlencoded,
      intake: true,
      files: 0,
    }),
    c: () => ({
      id: "c",
      title: "complaint intake at the default limits, one client: the limiter's refusals",
      shape: `POST ${INTAKE_PATH} (urlencoded), all from 127.0.0.1`,
      limits: "default",
      expected: LIMITED,
      request: urlencoded,
      intake: true,
      files: 0,
    }),
    d: () => ({
      id: "d",
      title: `complaint intake with ${FILES} JPEGs, client limit raised`,
      shape: `POST ${INTAKE_PATH} (multipart, ${FILES} × ~${form ? fmt(form.filesBytes / FILES / 1024) : "?"} KB)`,
      limits: "raised",
      expected: SUCCESS,
      request: () => ({
        method: "POST",
        path: INTAKE_PATH,
        headers: headers(form!.contentType),
        bytes: form!.body(textParts[next++ % textParts.length]),
      }),
      intake: true,
      files: FILES,
    }),
  };
  return selected.map((id) => build[id]());
}

// -- what the database holds ------------------------------------------------------------------

interface Counts {
  complaints: number;
  evidence: number;
  pendingOutbox: number;
  deadLettered: number;
}

/** Read straight from the file (WAL: the server's writes are not held up). */
function counts(file: string): Counts {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const one = (sql: string) => Number((sqlite.prepare(sql).get() as { n: number }).n);
    return {
      complaints: one("SELECT count(*) AS n FROM complaints"),
      evidence: one("SELECT count(*) AS n FROM complaint_evidence"),
      pendingOutbox: one("SELECT count(*) AS n FROM outbox WHERE processed_at IS NULL AND available_at < '9999-01-01'"),
      deadLettered: one("SELECT count(*) AS n FROM outbox WHERE processed_at IS NULL AND available_at >= '9999-01-01'"),
    };
  } finally {
    sqlite.close();
  }
}

/** How many of these tracking numbers are stored. */
function storedTrackingNos(file: string, numbers: readonly string[]): number {
  const sqlite = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    let found = 0;
    for (let i = 0; i < numbers.length; i += 500) {
      const chunk = numbers.slice(i, i + 500);
      const row = sqlite.prepare(`SELECT count(*) AS n FROM complaints WHERE tracking_no IN (${chunk.map(() => "?").join(",")})`).get(...chunk) as { n: number };
      found += Number(row.n);
    }
    return found;
  } finally {
    sqlite.close();
  }
}

/** Until the outbox is empty (triage done, by the web process or the worker); null if one of them exits or it takes too long. */
async function waitForDrain(file: string, processes: readonly Child[]): Promise<number | null> {
  const t0 = performance.now();
  for (;;) {
    if (counts(file).pendingOutbox === 0) return (performance.now() - t0) / 1000;
    if (processes.some((p) => p.exited()) || performance.now() - t0 > DRAIN_TIMEOUT_S * 1000) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}

// -- one target -------------------------------------------------------------------------------

interface Outcome {
  target: Target;
  unmeasured: string | null;
  load: LoadResult | null;
  memory: MemoryPeak | null;
  /** Intake targets: the count check. */
  check: {
    twoXx: number;
    withTrackingNo: number;
    stored: number;
    trackingNosFound: number;
    evidenceRows: number;
    drainS: number | null;
    deadLettered: number;
  } | null;
}

/** The request as sent to this server: a write carries the server's own origin (cross-origin writes are refused). */
function sentTo(server: WebServer, request: LoadRequest): LoadRequest {
  return request.method === "GET" ? request : { ...request, headers: { ...request.headers, origin: server.baseUrl } };
}

async function probe(server: WebServer, target: Target): Promise<string | null> {
  const request = sentTo(server, target.request());
  const res = await fetch(`${server.baseUrl}${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.bytes ? new Uint8Array(request.bytes) : request.body,
    redirect: "manual",
  });
  const text = await res.text();
  if (res.status === 404 || res.status === 405) {
    return `${request.method} ${request.path} answered ${res.status}: the public intake route (app/routes/_public+/complaints.new.tsx) is not there yet`;
  }
  if (res.status >= 500) return `${request.method} ${request.path} answered ${res.status}: ${text.slice(0, 300)}`;
  if (target.intake && target.limits === "raised" && !(res.status >= 200 && res.status < 300 && TRACKING_NO_IN_TEXT.test(text))) {
    return `${request.method} ${request.path} answered ${res.status} without a tracking number: ${text.slice(0, 600)}`;
  }
  return null;
}

const errorsOf = (r: LoadResult) => r.responses - r.accepted + r.unanswered;

async function measure(file: string, server: WebServer, worker: Child | null, target: Target, profileWindows: Window[]): Promise<Outcome> {
  const processes = worker ? [server, worker] : [server];
  const refusal = await probe(server, target);
  if (refusal) {
    log(`(${target.id}) NOT MEASURED: ${refusal}`);
    return { target, unmeasured: refusal, load: null, memory: null, check: null };
  }
  // 2xx answers and the tracking numbers they carried, per run.
  let twoXx = 0;
  let trackingNos: string[] = [];
  const load = (seconds: number) => {
    twoXx = 0;
    trackingNos = [];
    return runLoad({
      baseUrl: server.baseUrl,
      connections,
      durationS: seconds,
      request: () => sentTo(server, target.request()),
      accept: (status, _location, body) => {
        if (status >= 200 && status < 300) {
          twoXx++;
          const m = target.intake ? TRACKING_NO_IN_TEXT.exec(body) : null;
          if (m) trackingNos.push(m[1]);
        }
        return target.expected.test(status);
      },
    });
  };
  if (warmupS > 0) {
    await load(warmupS);
    if (target.intake) await waitForDrain(file, processes);
  }
  const before = target.intake ? counts(file) : null;
  log(`(${target.id}) ${target.shape}, ${durationS} s …`);
  const sampler = sampleMemory(server.proc.pid!);
  const from = monotonicMicros();
  let result: LoadResult;
  let peak: MemoryPeak | null;
  try {
    result = await load(durationS);
  } finally {
    peak = sampler.stop();
  }
  // The profile's window is the run itself: the triage left over after it (the drain below) is not intake's.
  profileWindows.push({ fromUs: from, toUs: monotonicMicros() });
  let check: Outcome["check"] = null;
  if (target.intake && before) {
    const afterRun = counts(file);
    const drainS = await waitForDrain(file, processes);
    const after = counts(file);
    check = {
      twoXx,
      withTrackingNo: trackingNos.length,
      stored: afterRun.complaints - before.complaints,
      trackingNosFound: storedTrackingNos(file, trackingNos),
      evidenceRows: afterRun.evidence - before.evidence,
      drainS,
      deadLettered: after.deadLettered - before.deadLettered,
    };
  }
  const wrong = errorsOf(result);
  const unmeasured =
    result.responses === 0 || wrong > result.responses / 2
      ? `${fmt(wrong)} of ${fmt(result.responses)} answers were not ${target.expected.label} (${detail(result)}): not a measurement`
      : null;
  log(
    `(${target.id}) ${fmt(result.accepted / result.seconds)} ${target.expected.label}/s, p50 ${fmt(result.acceptedP50, 1)} ms, p99 ${fmt(result.acceptedP99, 1)} ms, ` +
      `other answers: ${detail(result)}; peak RSS ${mb(peak?.peakRss)} MB`,
  );
  if (check) {
    log(
      `(${target.id}) 2xx answers ${fmt(check.twoXx)} (with a tracking number ${fmt(check.withTrackingNo)}); complaints stored ${fmt(check.stored)}; ` +
        `tracking numbers found ${fmt(check.trackingNosFound)}; evidence rows ${fmt(check.evidenceRows)}; ` +
        `outbox drained ${check.drainS === null ? "NOT within the timeout" : `${fmt(check.drainS, 1)} s after the run`}`,
    );
  }
  if (unmeasured) log(`(${target.id}) NOT MEASURED: ${unmeasured}`);
  if (worker?.exited()) log(`(${target.id}) the worker exited (code ${worker.proc.exitCode}). Output:\n${worker.output().slice(-3000)}`);
  if (server.exited()) log(`(${target.id}) server.ts exited (code ${server.proc.exitCode}). Output:\n${server.output().slice(-3000)}`);
  else if (Object.keys(result.rejected).some((k) => k.startsWith("5") || k.startsWith("4") && k !== "429")) {
    log(`(${target.id}) the server's last output:\n${server.output().slice(-3000)}`);
  }
  return { target, unmeasured, load: result, memory: peak, check };
}

async function onItsOwnServer(file: string, evidenceDir: string, target: Target, profileDir: string | null, profileWindows: Map<TargetId, Window[]>): Promise<Outcome> {
  const raised = target.limits === "raised" ? RAISED_POINTS : undefined;
  const nodeArgs = [
    ...(heapMb === null ? [] : [`--max-old-space-size=${heapMb}`]),
    ...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", path.join(profileDir, target.id)] : []),
  ];
  const t0 = performance.now();
  // --jobs worker: a Redis of this target's own, the worker on it, then the web process.
  const redis = jobs === "worker" ? await startRedisServer() : null;
  const env = { ...serverEnv, DATABASE_URL: file, EVIDENCE_DIR: evidenceDir, COMPLAINT_INTAKE_CLIENT_POINTS: raised, REDIS_URL: redis?.url };
  const worker = redis ? startWorker(env) : null;
  const windows: Window[] = [];
  profileWindows.set(target.id, windows);
  try {
    const server = await startWebServer(env, nodeArgs);
    try {
      log(
        `(${target.id}) server ${server.baseUrl} (pid ${server.proc.pid}) answered in ${fmt((performance.now() - t0) / 1000, 1)} s; ` +
          `intake limit per client ${raised ? `raised to ${RAISED_POINTS}` : "at its default"}; ` +
          (worker ? `jobs in the worker (pid ${worker.proc.pid}), Redis ${redis!.url}` : "jobs in the web process"),
      );
      return await measure(file, server, worker, target, windows);
    } finally {
      await server.stop();
    }
  } finally {
    await worker?.stop();
    await redis?.stop();
  }
}

// -- the report -------------------------------------------------------------------------------

function report(outcomes: Outcome[]): { measured: boolean; countsHold: boolean } {
  const rateOf = (r: LoadResult) => r.accepted / r.seconds;
  const baseline = outcomes.find((o) => o.target.id === "a" && o.load && !o.unmeasured);
  const baseRate = baseline?.load ? rateOf(baseline.load) : NaN;
  const head = ["target", "measures", "answers/s", "p50 ms", "p99 ms", "other answers", "2xx", "stored", "peak RSS MB", "VmHWM MB", "÷ (a)"];
  const rows = outcomes.map(({ target: t, load: r, memory, unmeasured, check }) => {
    if (!r || unmeasured) return [`(${t.id})`, t.expected.label, "not measured", "", "", r ? fmt(errorsOf(r)) : "", "", "", "", "", ""];
    return [
      `(${t.id})`,
      t.expected.label,
      fmt(rateOf(r)),
      fmt(r.acceptedP50, 1),
      fmt(r.acceptedP99, 1),
      fmt(errorsOf(r)),
      check ? fmt(check.twoXx) : "",
      check ? fmt(check.stored) : "",
      mb(memory?.peakRss),
      mb(memory?.hwm),
      t.id === "a" ? "1" : fmt(rateOf(r) / baseRate, 2),
    ];
  });
  printMarkdownTable(head, rows, log);
  log(
    "answers/s, p50, p99: of the answers measured (2xx; for (c) the 429s); other answers: every other answer and unanswered requests; " +
      "2xx / stored: intake answers 2xx and complaints stored during the run; peak RSS: sampled every 100 ms during the run; VmHWM: the process's peak since it started.",
  );
  log("");
  for (const { target: t } of outcomes) log(`(${t.id}) ${t.title}: ${t.shape}`);
  log("");

  let measured = true;
  let countsHold = true;
  const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
  for (const { target: t, load: r, memory, unmeasured, check } of outcomes) {
    const label = `(${t.id})`;
    if (check) {
      const equal = check.stored === check.twoXx && check.trackingNosFound === check.withTrackingNo && check.withTrackingNo === check.twoXx;
      const evidenceOk = check.evidenceRows === check.stored * t.files;
      if (!equal || !evidenceOk) countsHold = false;
      log(
        `${verdict(equal)}  ${label} complaints stored ${fmt(check.stored)} = 2xx answers ${fmt(check.twoXx)}` +
          ` (2xx with a tracking number ${fmt(check.withTrackingNo)}, of them found in the database ${fmt(check.trackingNosFound)})`,
      );
      if (!equal) {
        log(`!!!!  ${label} STORED ≠ ACKNOWLEDGED: ${fmt(check.stored)} complaints stored, ${fmt(check.twoXx)} answered 2xx` + (r?.unanswered ? ` (${r.unanswered} requests never answered)` : ""));
      }
      if (t.files > 0) log(`${verdict(evidenceOk)}  ${label} evidence rows ${fmt(check.evidenceRows)} = ${t.files} × stored (${fmt(check.stored * t.files)})`);
      if (check.deadLettered > 0) log(`WARN  ${label} ${check.deadLettered} outbox rows dead-lettered during the run (triage failed)`);
    }
    if (!r || unmeasured) {
      measured = false;
      log(`NOT MEASURED  ${label}: ${unmeasured}`);
      continue;
    }
    if (t.id === "b") {
      log(`${verdict(rateOf(r) >= TARGET_RATE)}  ${label} ${fmt(rateOf(r))} accepted complaints/s (target ≥ ${TARGET_RATE})`);
      log(`${verdict(r.acceptedP99 <= TARGET_P99_MS)}  ${label} p99 ${fmt(r.acceptedP99, 1)} ms (target ≤ ${TARGET_P99_MS} ms)`);
      if (r.rejected["429"]) log(`WARN  ${label} ${fmt(r.rejected["429"])} answers were 429: COMPLAINT_INTAKE_CLIENT_POINTS was not raised?`);
    }
    if (t.id === "c") {
      log(`      ${label} ${fmt(rateOf(r))} refusals (429)/s, p50 ${fmt(r.acceptedP50, 1)} ms, p99 ${fmt(r.acceptedP99, 1)} ms; ${fmt(r.responses - r.accepted)} answers were not 429 (${detail(r)})`);
    }
    if (t.id === "d") {
      if (memory) log(`${verdict(memory.peakRss <= TARGET_RSS_MB * 1024 * 1024)}  ${label} web RSS ${mb(memory.peakRss)} MB (target ≤ ${TARGET_RSS_MB} MB)`);
      else log(`–     ${label} web RSS: /proc not readable here`);
      log(`      ${label} ${fmt(rateOf(r), 1)} accepted complaints with evidence/s, p99 ${fmt(r.acceptedP99, 1)} ms`);
    }
  }
  return { measured, countsHold };
}

async function main() {
  ensureBuild(args.has("build"), log);
  const load0 = os.loadavg();
  log(
    `complaint intake benchmark: ${os.cpus().length} cores, load average ${load0.map((l) => l.toFixed(2)).join(" ")}; Node ${process.version}; ` +
      `targets ${selected.join(", ")}; jobs ${jobs === "worker" ? "in the worker, with a private Redis" : "in the web process"}; ${connections} connections; ${durationS} s a target (+ ${warmupS} s warm-up); POST ${INTAKE_PATH}` +
      `; web process: ${serveCommandLine(heapMb === null ? [] : [`--max-old-space-size=${heapMb}`])}` +
      (Object.keys(serverEnv).length ? `; web process environment + ${Object.entries(serverEnv).map(([k, v]) => `${k}=${v}`).join(" ")}` : ""),
  );
  const data = await nationalData({ kindergartens, fresh: args.has("fresh"), log });
  log(`  database: ${mb(data.cacheBytes)} MB, ${fmt(kindergartens)} kindergartens; copied for this run in ${fmt(data.copySeconds, 1)} s`);
  const evidenceDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-complaints-evidence-"));
  const profileDir = cpuProf ? path.join(ROOT, "tests/artifacts/bench-complaints", new Date().toISOString().replace(/[:.]/g, "-")) : null;
  const profileWindows = new Map<TargetId, Window[]>();
  try {
    const jpegs = selected.includes("d") ? await evidenceJpegs(FILES) : null;
    if (jpegs) log(`  evidence: ${jpegs.map((j) => `${j.name} ${fmt(j.bytes.byteLength / 1024)} KB`).join(", ")} (1280×960 JPEG, with EXIF)`);
    const targets = buildTargets(data.file, jpegs);
    const outcomes: Outcome[] = [];
    for (const target of targets) outcomes.push(await onItsOwnServer(data.file, evidenceDir, target, profileDir, profileWindows));
    log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (other programs on the machine share the cores)`);
    const { measured, countsHold } = report(outcomes);
    if (profileDir) {
      for (const [id, windows] of profileWindows) {
        const dir = path.join(profileDir, id);
        const main = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => /\.0\.\d+\.cpuprofile$/.test(f)) : undefined;
        if (!main) continue;
        log(`\n(${id}) web process, the measured run only:`);
        printProfileSummary(path.join(dir, main), log, 30, windows);
      }
      log(`CPU profiles in ${path.relative(ROOT, profileDir)}/ (npx tsx tests/bench/cpu-profile.ts <file> for one)`);
    }
    if (!countsHold) log("\nFAIL: the complaints stored do not match the answers given (see above)");
    process.exitCode = measured && countsHold ? 0 : 1;
  } finally {
    removeDbFile(data.file);
    fs.rmSync(evidenceDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
