/**
 * `npm run bench:web`: what the public pages cost on national data, over
 * HTTP, against a bare Remix page of the same build in the same run.
 *
 *  1. Data: the national database (tests/bench/generate.ts, 150,000
 *     kindergartens, ~1.2 M fee items), generated once and cached
 *     (tests/bench/web-data.ts), copied for the run.
 *  2. The requests, prepared from that data before the server starts
 *     (tests/bench/web-targets.ts): (a) GET /about, the baseline; (b) the public
 *     search; (c) kindergarten pages; (d) the account check with its rate limits
 *     raised (ACCOUNT_CHECK_CLIENT_POINTS, ACCOUNT_CHECK_KINDERGARTEN_POINTS), so
 *     the check itself is measured; (d') the same check with the default limits,
 *     one client on one kindergarten: how cheaply the 429 comes.
 *  3. The real server (tests/bench/processes.ts: `npm run build` when stale, then
 *     build/server/index.js as `npm run serve` starts it, its environment and
 *     node flags included), NODE_ENV=production, DEMO_DATA=0, no
 *     REDIS_URL: the jobs run in the web process), a fresh one per target on the
 *     same file: V8 grows its heap with the requests served, whatever they are,
 *     and gives little back, so on a shared server a target's memory would be
 *     its predecessors' too.
 *  4. Per target: first a probe (a route answering 404 or 405 is not there:
 *     said loudly, not measured), a warm-up (not reported), then autocannon
 *     (tests/bench/load.ts: every connection open and answered before the clock
 *     starts, a soft stop at the end) while the web process's VmRSS is sampled
 *     from /proc.
 *  5. The table: answers/s, p50/p99 of the answers measured, non-2xx, peak RSS
 *     and VmHWM, the ratio to (a); PASS/FAIL against the targets (ratio ≥ 0.7,
 *     p99 ≤ 100 ms, RSS ≤ 300 MB).
 * Exit code 0 whatever the targets say (it is a report); 1 when a target could
 * not be measured: its route is missing, or most of its answers were not the
 * ones measured (a run of errors is not a measurement).
 *
 * Usage: npm run bench:web -- [--duration 15] [--connections 50] [--only a,b,c,d,d'] [--kindergartens 150000]
 *          [--fresh] [--stand-ins] [--warmup 3] [--build] [--heap-mb N] [--cpu-prof]
 *   --fresh       generate the database anew even when a cached one matches.
 *   --heap-mb     the web process runs with --max-old-space-size=N: V8 collects sooner instead of
 *                 growing its heap, which is what RSS gains under load (not a leak: capped, it levels off).
 *   --stand-ins   b and c against the login page with the same queries (see web-targets.ts): to run
 *                 the harness end to end before issue 9's search and kindergarten page land.
 *   --build       `npm run build` first even when build/ looks current.
 *   --cpu-prof    the web process runs with `node --cpu-prof`; where its main thread spent the measured
 *                 run is printed per target (tests/bench/cpu-profile.ts), the profiles kept in
 *                 tests/artifacts/bench-web/<time>/<target>/.
 * Postgres (--pg) is not offered: the generator writes SQLite only, and copying ~1.5 M rows into
 * Postgres (~3 M fee items and filings) would be a second generator.
 * Not part of `npm test`. autocannon runs in this process and shares the two cores with the
 * server: the figures are for the whole machine.
 */
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { printMainThreadProfile } from "./cpu-profile";
import { parseArgs, removeDbFile } from "./generate";
import { detail, fmt, mb, measure, printTable, rateOf, type Outcome } from "./measure";
import { ensureBuild, ROOT, serveCommandLine, startWebServer } from "./processes";
import { nationalData } from "./web-data";
import { buildTargets, TARGET_IDS, type Target } from "./web-targets";

const OPTIONS = ["duration", "connections", "only", "kindergartens", "fresh", "stand-ins", "warmup", "build", "heap-mb", "cpu-prof"];
const TARGET_RATIO = 0.7;
const TARGET_P99_MS = 100;
const TARGET_RSS_MB = 300;
/** Per-window points far beyond what a run sends: the check is measured, not its limiter. */
const RAISED_POINTS = "1000000";
/** More than a run sends at the fastest rate seen on this machine, so the list is never gone round again. */
const REQUESTS_PER_TARGET = 40_000;

const args = parseArgs(process.argv.slice(2));
for (const name of args.keys()) {
  if (name === "pg") throw new Error("--pg is not available: the generator writes SQLite only (see the header of tests/bench/web.ts)");
  if (!OPTIONS.includes(name)) throw new Error(`unknown option --${name} (options: ${OPTIONS.map((o) => `--${o}`).join(" ")})`);
}
const durationS = Number(args.get("duration") ?? 15);
const connections = Number(args.get("connections") ?? 50);
const warmupS = Number(args.get("warmup") ?? 3);
const kindergartens = Number(args.get("kindergartens") ?? 150_000);
const only = String(args.get("only") ?? TARGET_IDS.join(","))
  .split(",")
  .map((id) => id.trim().replace("′", "'"));
const standIns = args.has("stand-ins");
const heapMb = args.has("heap-mb") ? Number(args.get("heap-mb")) : null;
if (heapMb !== null && !(Number.isSafeInteger(heapMb) && heapMb >= 16)) throw new Error("--heap-mb must be a whole number of MB ≥ 16");
if (!Number.isFinite(durationS) || durationS < 1) throw new Error("--duration must be a number of seconds ≥ 1");
if (!Number.isFinite(warmupS) || warmupS < 0) throw new Error("--warmup must be a number of seconds ≥ 0");
if (!Number.isSafeInteger(connections) || connections < 1) throw new Error("--connections must be a positive integer");
if (!Number.isSafeInteger(kindergartens) || kindergartens < 1) throw new Error("--kindergartens must be a positive integer");
const unknown = only.filter((id) => !(TARGET_IDS as readonly string[]).includes(id));
if (unknown.length > 0) throw new Error(`--only: ${unknown.join(", ")}? Targets: ${TARGET_IDS.join(",")}`);
const selected = TARGET_IDS.filter((id) => only.includes(id));
const profileRoot = args.has("cpu-prof") ? path.join(ROOT, "tests/artifacts/bench-web", new Date().toISOString().replace(/[:.]/g, "-")) : null;

const log = (line: string) => console.log(line);
const settings = { connections, durationS, warmupS, log };

/**
 * The target on a server of its own, started on the database for it: the memory sampled is then
 * the target's (V8 grows its heap with the requests served, whatever they were, and gives little
 * back), and (d') gets the account check's default limits while the others get them raised.
 */
async function onItsOwnServer(file: string, target: Target): Promise<Outcome<Target>> {
  const raised = target.limits === "raised" ? RAISED_POINTS : undefined;
  const t0 = performance.now();
  const profileDir = profileRoot ? path.join(profileRoot, target.id.replace("'", "-limited")) : null;
  const server = await startWebServer(
    { DATABASE_URL: file, ACCOUNT_CHECK_CLIENT_POINTS: raised, ACCOUNT_CHECK_KINDERGARTEN_POINTS: raised },
    [...(heapMb === null ? [] : [`--max-old-space-size=${heapMb}`]), ...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : [])],
  );
  let outcome: Outcome<Target> | null = null;
  try {
    log(
      `(${target.id}) server ${server.baseUrl} (pid ${server.proc.pid}) answered in ${fmt((performance.now() - t0) / 1000, 1)} s; ` +
        `account check limits ${raised ? `raised to ${RAISED_POINTS} points` : "at their defaults"}`,
    );
    outcome = await measure(server, target, settings);
    return outcome;
  } finally {
    await server.stop();
    if (profileDir && outcome?.window) printMainThreadProfile(profileDir, outcome.window, target.id, log, ROOT);
  }
}

function report(outcomes: Outcome<Target>[]): boolean {
  const baseRate = printTable(outcomes, "a", log);
  log(
    "answers/s, p50, p99: of the answers measured (2xx; for (d') the 429s); non-2xx: every other answer, and for (d') the 429s; " +
      "peak RSS: sampled every 100 ms while the target ran; VmHWM: the process's peak since it started.",
  );
  log("");
  for (const { target: t } of outcomes) log(`(${t.id}) ${t.title}: ${t.shape}${t.standIn ? `; measured on a stand-in: ${t.standIn}` : ""}`);
  log("");

  let measured = true;
  for (const { target: t, load: r, memory, unmeasured } of outcomes) {
    const label = `(${t.id})${t.standIn ? " stand-in" : ""}`;
    if (!r || unmeasured) {
      measured = false;
      log(`NOT MEASURED  ${label}: ${unmeasured}`);
      continue;
    }
    const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
    if (t.compared) {
      const ratio = rateOf(r) / baseRate;
      log(`${Number.isFinite(ratio) ? verdict(ratio >= TARGET_RATIO) : "–   "}  ${label} ÷ (a) = ${fmt(ratio, 2)} (target ≥ ${TARGET_RATIO})`);
    }
    log(`${verdict(r.acceptedP99 <= TARGET_P99_MS)}  ${label} p99 ${fmt(r.acceptedP99, 1)} ms (target ≤ ${TARGET_P99_MS} ms)`);
    if (memory) log(`${verdict(memory.peakRss <= TARGET_RSS_MB * 1024 * 1024)}  ${label} web RSS ${mb(memory.peakRss)} MB (target ≤ ${TARGET_RSS_MB} MB)`);
    else log(`–     ${label} web RSS: /proc not readable here`);
    if (t.id === "d'") {
      log(`      ${label} ${fmt((100 * r.accepted) / Math.max(1, r.responses), 2)} % of the answers were 429; ${fmt(r.responses - r.accepted)} were not (${detail(r)})`);
    }
    if (t.id === "d" && r.rejected["429"]) {
      log(`WARN  ${label} ${fmt(r.rejected["429"])} answers were 429: the limits were not raised (ACCOUNT_CHECK_CLIENT_POINTS / ACCOUNT_CHECK_KINDERGARTEN_POINTS?)`);
    }
  }
  return measured;
}

async function main() {
  ensureBuild(args.has("build"), log);
  const load0 = os.loadavg();
  log(
    `web benchmark: ${os.cpus().length} cores, load average ${load0.map((l) => l.toFixed(2)).join(" ")}; Node ${process.version}; ` +
      `targets ${selected.join(", ")}${standIns ? " (b, c on stand-ins)" : ""}; ${connections} connections; ${durationS} s a target (+ ${warmupS} s warm-up)` +
      `; web process: ${serveCommandLine(heapMb === null ? [] : [`--max-old-space-size=${heapMb}`])}`,
  );
  const data = await nationalData({ kindergartens, fresh: args.has("fresh"), log });
  const g = data.generated;
  if (g) {
    log(
      `  generated in ${fmt(g.seconds, 1)} s: ${fmt(g.kindergartens)} kindergartens, ${fmt(g.filings)} filings, ${fmt(g.items)} fee items; ` +
        `${mb(g.fileBytes)} MB`,
    );
  }
  log(`  ${mb(data.cacheBytes)} MB, ready in ${fmt(data.prepareSeconds, 1)} s; copied for this run in ${fmt(data.copySeconds, 1)} s`);
  try {
    const targets = buildTargets(data.file, selected, { count: REQUESTS_PER_TARGET, standIns });
    const outcomes: Outcome<Target>[] = [];
    for (const target of targets) outcomes.push(await onItsOwnServer(data.file, target));
    log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (other programs on the machine share the cores)`);
    process.exitCode = report(outcomes) ? 0 : 1;
  } finally {
    removeDbFile(data.file);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
