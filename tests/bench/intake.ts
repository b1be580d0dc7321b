/**
 * `npm run bench:intake`: how many fee-schedule filings the portal accepts
 * per second, end to end over HTTP, with 10 and 50 operators filing at once,
 * in both deployments, against a bare Remix route on the same server.
 *
 * Per mode (a fresh database each, prepared before the server starts, not timed):
 *  - embedded: `server.ts` without REDIS_URL (the web process also runs the jobs);
 *  - worker:   `server.ts` with REDIS_URL=redis://127.0.0.1:6379 (or REDIS_URL from the environment)
 *              and a unique JOBS_PREFIX, plus the real worker `node --import tsx jobs/worker.ts`
 *              on the same database.
 * Both are the real entry points (tests/bench/processes.ts), NODE_ENV=production.
 *
 * The data: the demo data (36 kindergartens, one operator each) plus, for 50
 * operators, 14 kindergartens cloned from demo ones with an operator and a first
 * filing made through the domain (tests/bench/intake-setup.ts). Every operator
 * signs in over HTTP (POST /login, with an Origin header: cross-site writes are
 * refused), opens its filing page (GET /kindergarten/fees/new; the prefill is read with the
 * loader's own domain query) and prepares what the form would post:
 * its latest fee schedule (3–5 items: 保教费 …, 伙食费, service and 代收 items;
 * the disclosure texts, the 大班 deduction; 2–3 KB urlencoded) for the next term, the care fees
 * raised by 0–6 % (four variants), `intent=submit`, and per request a fresh
 * `submissionKey` (a ULID: the one-time key create forms are getting; ignored
 * until then).
 *
 * Per case (mode × concurrency):
 *  1. baseline: autocannon, the same connections and cookies, for the same time,
 *     against POST /lang: an existing, bare Remix action that reads the form through
 *     the same `readForm` (same body limit checks, parsing and text cleaning), touches
 *     no database and answers a redirect. It gets the same body with the list
 *     indexes flattened (`items[0].code` → `items_0_code`: /lang declares no list,
 *     and the field count and size stay the same), plus `lang` and `redirectTo`.
 *     Why not a new bench-only route: it would need an env flag, a 404 otherwise,
 *     and would sit in the route manifest that the hostile suite walks; /lang
 *     already is the "read the form, redirect, no database" route, in production.
 *  2. intake: POST /kindergarten/fees/new, one connection per operator, as fast as
 *     answers come, for --duration seconds, from the moment every connection is open
 *     and answered (a saturated Node server accepts new connections slowly: see
 *     tests/bench/load.ts); then a soft stop (no new requests; the ones in
 *     flight are answered and counted).
 *     Accepted = a redirect to the saved filing (/kindergarten/fees/<id>?saved=1).
 *  3. after the run: acknowledged (accepted responses) vs stored (new filing
 *     versions in the database, and every acknowledged id found there), and the
 *     time from the last response until the outbox is drained (every row processed);
 *     "evaluated/s" = accepted ÷ (run + drain): intake with its evaluation done, which
 *     is what compares the modes fairly (embedded on Postgres accepts fast and evaluates later).
 * Then one table, like tests/bench/run.ts. Temp databases and the Redis keys under
 * the run's prefix are removed. Exit code 1 when acknowledged ≠ stored.
 *
 * Usage: npm run bench:intake -- [--duration 12] [--concurrency 10,50] [--modes embedded,worker]
 *          [--pg] [--no-baseline] [--build] [--cpu-prof] [--keep-logs] [--log-level info] [--json file]
 *   --pg         Postgres instead of a SQLite file: a throwaway database on BENCH_PG_URL or
 *                TEST_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres), dropped after.
 *   --build      run `npm run build` first even when build/ looks current (it is built
 *                anyway when missing or older than the sources).
 *   --cpu-prof   the web process (and the worker) run with `node --cpu-prof`; the profiles land
 *                in tests/artifacts/bench-intake/ and the web process's hot spots (main thread, samples
 *                from each intake run's start until its jobs drained) are printed.
 *                Use it with one case, e.g. --modes embedded --concurrency 10 --no-baseline.
 *   --keep-logs  the server's and the worker's output go to tests/artifacts/bench-intake/
 *                (LOG_LEVEL=warn unless --log-level says otherwise; `info` logs every request with its ms).
 * Not part of `npm test`; plain `npm run bench` is the re-evaluation benchmark (run.ts).
 * Everything runs on this machine: autocannon shares the cores with the server (and
 * the worker), so the figures are for the whole box, not for the server alone.
 */
import { fmt, printMarkdownTable } from "./measure";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ulid } from "ulid";
import { createDb, type DB } from "~/db/client";
import { filingFormOptions } from "~/domain/filings/filing.queries.server";
import { itemMarksApply } from "~/domain/filings/filing.schema";
import { upcomingTerms } from "~/domain/flags/filing-correction";
import { toActor } from "~/domain/users/auth.server";
import { formatTerm } from "~/utils/term";
import { shanghaiDate } from "~/utils/working-days";
import { fenToYuanInput } from "~/utils/money";
import { parseArgs } from "./generate";
import { monotonicMicros, printProfileSummary, type Window } from "./cpu-profile";
import { runLoad, type LoadRequest, type LoadResult } from "./load";
import { ensureBuild, ROOT, startWebServer, startWorker, type Child, type WebServer } from "./processes";
import { cleanupRedisPrefix } from "../setup/redis";
import {
  countState,
  createBenchDatabase,
  prepareDatabase,
  storedFilingIds,
  type BenchOperator,
} from "./intake-setup";

type Mode = "embedded" | "worker";

const args = parseArgs(process.argv.slice(2));
const durationS = Number(args.get("duration") ?? 12);
const concurrencies = String(args.get("concurrency") ?? "10,50")
  .split(",")
  .map(Number);
const modes = String(args.get("modes") ?? "embedded,worker").split(",") as Mode[];
const dialect = args.has("pg") ? "postgres" : "sqlite";
const withBaseline = !args.has("no-baseline");
const cpuProf = args.has("cpu-prof");
const jsonOut = args.get("json");
const logLevel = typeof args.get("log-level") === "string" ? String(args.get("log-level")) : undefined;
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const DRAIN_TIMEOUT_S = 900;
const FILING_LOCATION = /^\/kindergarten\/fees\/([0-9A-HJKMNP-TV-Z]{26})\?saved=1$/;

if (!Number.isFinite(durationS) || durationS < 1) throw new Error("--duration must be a number of seconds ≥ 1");
if (concurrencies.some((c) => !Number.isSafeInteger(c) || c < 1)) throw new Error("--concurrency: positive integers, comma-separated");
if (modes.some((m) => m !== "embedded" && m !== "worker")) throw new Error("--modes: embedded and/or worker");

const log = (line: string) => console.log(line);

interface CaseResult {
  mode: Mode;
  concurrency: number;
  intake: LoadResult;
  baseline: LoadResult | null;
  stored: number;
  ackedMissing: number;
  drainS: number | null;
  deadLettered: number;
  /** Log lines reporting SQLITE_BUSY during the case, per process. */
  busyLines: Record<string, number>;
}

// -- HTTP set-up of one operator ------------------------------------------------------------

async function signIn(baseUrl: string, username: string): Promise<string> {
  const res = await fetch(`${baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: baseUrl },
    body: new URLSearchParams({ username, password: "demo1234", redirectTo: "" }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("__session="));
  if (res.status !== 302 || !cookie) throw new Error(`sign-in of ${username}: HTTP ${res.status} ${await res.text()}`);
  return cookie.split(";")[0];
}

type FilingFormView = NonNullable<Awaited<ReturnType<typeof filingFormOptions>>> & { terms: string[]; today: string };

/**
 * What the filing page shows the operator: the page itself is fetched over HTTP (200 with the
 * session), its data read with the loader's own domain query. (Single fetch's `.data` answer is
 * turbo-stream encoded, and the legacy `?_data` one is empty for a loader returning a plain object.)
 */
async function formView(baseUrl: string, cookie: string, db: DB, operator: BenchOperator): Promise<FilingFormView> {
  const res = await fetch(`${baseUrl}/kindergarten/fees/new`, { headers: { cookie } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${operator.username}: GET /kindergarten/fees/new answered ${res.status}`);
  const user = await db.selectFrom("users").selectAll().where("username", "=", operator.username).executeTakeFirstOrThrow();
  const actor = toActor(user);
  const options = await filingFormOptions(db, actor);
  if (!options) throw new Error(`${operator.username}: no filing form`);
  const today = shanghaiDate();
  return { ...options, terms: upcomingTerms(today), today };
}

const VARIANTS = [0, 0.02, 0.04, 0.06];

/** The form's fields as the page would post them (the previous schedule for the next term), in `variants` versions. */
function filingFields(data: FilingFormView): Array<Array<[string, string]>> {
  const category = new Map(data.itemTypes.map((t) => [t.code, t.category]));
  const term = data.terms[0];
  const effectiveFrom = term.endsWith("spring") ? `${term.slice(0, 4)}-03-01` : `${term.slice(0, 4)}-09-01`;
  return VARIANTS.map((raise) => {
    const fields: Array<[string, string]> = [
      ["kindergartenId", data.kindergarten.id],
      ["term", term],
      ["effectiveFrom", effectiveFrom],
      ["publishedOn", data.today],
    ];
    data.previousItems.forEach((it, i) => {
      const care = category.get(it.code) === "care_education" || category.get(it.code) === "nursery";
      const amount = care ? Math.round((it.amount_fen * (1 + raise)) / 100) * 100 : it.amount_fen;
      fields.push([`items[${i}].code`, it.code]);
      fields.push([`items[${i}].amount`, fenToYuanInput(amount)]);
      fields.push([`items[${i}].unit`, it.unit]);
      fields.push([`items[${i}].ageBand`, it.age_band]);
      fields.push([`items[${i}].description`, it.description]);
      fields.push([`items[${i}].cost`, it.cost_fen === null ? "" : fenToYuanInput(it.cost_fen)]);
      // The form offers the marks only on the items that have them (a row filed before that may hold 保教费 as opt-in).
      const marks = itemMarksApply(category.get(it.code));
      if (marks.optIn && it.voluntary === 1) fields.push([`items[${i}].voluntary`, "on"]);
      if (marks.optIn && it.bundled === 1) fields.push([`items[${i}].bundled`, "on"]);
    });
    fields.push(["pricingBasis", data.previousTexts.pricingBasis]);
    fields.push(["refundRules", data.previousTexts.refundRules]);
    fields.push(["complaintChannel", data.previousTexts.complaintChannel]);
    fields.push(["waiverDeduction", data.previousTexts.waiverDeductionFen > 0 ? fenToYuanInput(data.previousTexts.waiverDeductionFen) : ""]);
    fields.push(["note", `${formatTerm(term, "zh-CN")}收费标准备案${raise > 0 ? `（保教费上调${Math.round(raise * 100)}%）` : ""}`]);
    fields.push(["intent", "submit"]);
    return fields;
  });
}

const encode = (fields: Array<[string, string]>) => new URLSearchParams(fields).toString();

/** One operator's connection: its session and its prepared bodies (without the submissionKey). */
interface LoadConnection {
  cookie: string;
  bodies: string[];
}

/**
 * The load run's requests: each connection posts its operator's bodies in turn, each with a fresh
 * one-time `submissionKey`, as the form would.
 */
function formPosts(baseUrl: string, path: string, connections: LoadConnection[]) {
  const sent = connections.map(() => 0);
  return {
    baseUrl,
    connections: connections.length,
    request(c: number): LoadRequest {
      const conn = connections[c];
      return {
        method: "POST",
        path,
        headers: { "content-type": "application/x-www-form-urlencoded", origin: baseUrl, cookie: conn.cookie, "user-agent": "intake-bench" },
        body: `${conn.bodies[sent[c]++ % conn.bodies.length]}&submissionKey=${ulid()}`,
      };
    },
  };
}

interface SignedIn {
  operator: BenchOperator;
  intake: LoadConnection;
  baseline: LoadConnection;
  items: number;
  bytes: number;
}

async function prepareOperator(baseUrl: string, db: DB, operator: BenchOperator): Promise<SignedIn> {
  const cookie = await signIn(baseUrl, operator.username);
  const data = await formView(baseUrl, cookie, db, operator);
  if (data.kindergarten.id !== operator.kindergartenId) throw new Error(`${operator.username}: form of another kindergarten`);
  const variants = filingFields(data);
  const intakeBodies = variants.map(encode);
  const flat = (fields: Array<[string, string]>): Array<[string, string]> => [
    ...fields.map(([k, v]): [string, string] => [k.replace(/\[(\d+)\]\./, "_$1_"), v]),
    ["lang", "zh-CN"],
    ["redirectTo", "/kindergarten/fees"],
  ];
  return {
    operator,
    intake: { cookie, bodies: intakeBodies },
    baseline: { cookie, bodies: variants.map((v) => encode(flat(v))) },
    items: data.previousItems.length,
    bytes: Buffer.byteLength(intakeBodies[0]) + 40,
  };
}

// -- waiting for the jobs -----------------------------------------------------------------

/** Seconds until no outbox row is left to do (null: not within the timeout). */
async function waitForDrain(db: DB, timeoutS: number, alive: () => void): Promise<number | null> {
  const t0 = performance.now();
  for (;;) {
    const { pending } = await countState(db);
    if (pending === 0) return (performance.now() - t0) / 1000;
    if (performance.now() - t0 > timeoutS * 1000) return null;
    alive();
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Log lines that report SQLITE_BUSY ("database is locked"). */
const countBusy = (text: string) => text.split("\n").filter((l) => /SQLITE_BUSY|database is locked/.test(l)).length;

// -- one mode -----------------------------------------------------------------------------

async function runMode(mode: Mode, profileDir: string | null, logDir: string | null): Promise<CaseResult[]> {
  const maxConcurrency = Math.max(...concurrencies);
  const database = await createBenchDatabase(dialect);
  const prefix = `bench-intake-${ulid().toLowerCase()}`;
  const children: Child[] = [];
  let server: WebServer | null = null;
  let db: DB | null = null;
  const results: CaseResult[] = [];
  /** From each intake run's start until its jobs drained: what the CPU profile summary covers. */
  const profileWindows: Window[] = [];
  try {
    log(`\n[${mode}] preparing the database (${dialect}): migrate, demo data, ${maxConcurrency} operators …`);
    const operators = await prepareDatabase(database.url, maxConcurrency);
    const env = {
      LOG_LEVEL: logLevel,
      DATABASE_URL: database.url,
      REDIS_URL: mode === "worker" ? REDIS_URL : undefined,
      JOBS_PREFIX: mode === "worker" ? prefix : undefined,
    };
    const nodeArgs = (name: string) => (profileDir ? ["--cpu-prof", "--cpu-prof-dir", path.join(profileDir, `${mode}-${name}`)] : []);
    if (mode === "worker") children.push(startWorker(env, nodeArgs("worker")));
    server = await startWebServer(env, nodeArgs("web"));
    children.push(server);
    const alive = () => {
      for (const c of children) if (c.exited()) throw new Error(`${c.name} exited (code ${c.proc.exitCode}). Output:\n${c.output().slice(-4000)}`);
    };
    log(`[${mode}] ${server.baseUrl}${mode === "worker" ? ` + worker (REDIS_URL ${REDIS_URL}, JOBS_PREFIX ${prefix})` : " (jobs in-process)"}`);

    db = createDb(database.url);
    const seededPending = (await countState(db)).pending;
    const seededDrain = await waitForDrain(db, DRAIN_TIMEOUT_S, alive);
    log(`[${mode}] the seeded filings evaluated (${seededPending} outbox rows left when the server answered, drained ${fmt(seededDrain ?? NaN, 1)} s later); signing in ${operators.length} operators over HTTP …`);
    const signedIn: SignedIn[] = [];
    for (let i = 0; i < operators.length; i += 4) {
      signedIn.push(...(await Promise.all(operators.slice(i, i + 4).map((o) => prepareOperator(server!.baseUrl, db!, o)))));
    }
    const items = signedIn.map((s) => s.items);
    log(
      `[${mode}] bodies: ${Math.min(...items)}–${Math.max(...items)} items, ${fmt(Math.min(...signedIn.map((s) => s.bytes)))}–` +
        `${fmt(Math.max(...signedIn.map((s) => s.bytes)))} bytes urlencoded`,
    );

    // Warm-up (not reported): both routes compiled and JIT-warm, then the jobs it made drained.
    const warm = signedIn.slice(0, Math.min(...concurrencies));
    await runLoad({ ...formPosts(server.baseUrl, "/lang", warm.map((s) => s.baseline)), durationS: 2, accept: () => true });
    await runLoad({ ...formPosts(server.baseUrl, "/kindergarten/fees/new", warm.map((s) => s.intake)), durationS: 2, accept: () => true });
    await waitForDrain(db, DRAIN_TIMEOUT_S, alive);

    for (const concurrency of concurrencies) {
      alive();
      const conns = signedIn.slice(0, concurrency);
      const outputMark = children.map((c) => c.output().length);
      let baseline: LoadResult | null = null;
      if (withBaseline) {
        log(`[${mode}] ${concurrency} operators: baseline POST /lang, ${durationS} s …`);
        baseline = await runLoad({
          ...formPosts(server.baseUrl, "/lang", conns.map((s) => s.baseline)),
          durationS,
          accept: (status, location) => (status === 302 || status === 303) && location === "/kindergarten/fees",
        });
      }
      const before = await countState(db);
      const windowFrom = monotonicMicros();
      log(`[${mode}] ${concurrency} operators: filings POST /kindergarten/fees/new, ${durationS} s …`);
      const intake = await runLoad({
        ...formPosts(server.baseUrl, "/kindergarten/fees/new", conns.map((s) => s.intake)),
        durationS,
        accept: (status, location) => {
          const m = (status === 302 || status === 303) && location ? FILING_LOCATION.exec(location) : null;
          return m ? m[1] : false;
        },
      });
      const drainS = await waitForDrain(db, DRAIN_TIMEOUT_S, alive);
      profileWindows.push({ fromUs: windowFrom, toUs: monotonicMicros() });
      const after = await countState(db);
      const found = await storedFilingIds(db, intake.acceptedIds);
      const busyLines = Object.fromEntries(children.map((c, i) => [c.name, countBusy(c.output().slice(outputMark[i]))]));
      const result: CaseResult = {
        mode,
        concurrency,
        intake,
        baseline,
        stored: after.filings - before.filings,
        ackedMissing: intake.acceptedIds.length - found.size,
        drainS,
        deadLettered: after.deadLettered - before.deadLettered,
        busyLines,
      };
      results.push(result);
      log(
        `[${mode}] ${concurrency} operators: ${fmt(intake.accepted / intake.seconds, 1)} filings/s (${fmt(intake.accepted)} in ${fmt(intake.seconds, 1)} s), ` +
          `p50 ${fmt(intake.p50)} ms, p99 ${fmt(intake.p99)} ms, errors ${errorsOf(intake)}; stored ${fmt(result.stored)}; ` +
          `drained ${drainS === null ? `not within ${DRAIN_TIMEOUT_S} s` : `${fmt(drainS, 1)} s`} after the run` +
          (baseline ? `; baseline ${fmt(baseline.accepted / baseline.seconds)} req/s` : ""),
      );
    }
    return results;
  } finally {
    for (const c of [...children].reverse()) await c.stop();
    if (logDir) {
      fs.mkdirSync(logDir, { recursive: true });
      for (const c of children) fs.writeFileSync(path.join(logDir, `${mode}-${c.name}.log`), c.output());
      log(`[${mode}] process output in ${path.relative(ROOT, logDir)}/`);
    }
    if (db) await db.destroy();
    if (mode === "worker") {
      try {
        const n = await cleanupRedisPrefix(REDIS_URL, prefix);
        log(`[${mode}] removed ${n} Redis keys under ${prefix}:`);
      } catch (err) {
        log(`[${mode}] could not clean Redis keys under ${prefix}: ${(err as Error).message}`);
      }
    }
    await database.destroy();
    if (profileDir && server) {
      // The web process's main thread (thread 0; the others are evaluation worker threads).
      const dir = path.join(profileDir, `${mode}-web`);
      const main = fs.existsSync(dir) ? fs.readdirSync(dir).find((f) => /\.0\.\d+\.cpuprofile$/.test(f)) : undefined;
      if (main) printProfileSummary(path.join(dir, main), log, 30, profileWindows);
      log(`[${mode}] CPU profiles in ${path.relative(ROOT, profileDir)}/ (npx tsx tests/bench/cpu-profile.ts <file> for one)`);
    }
  }
}

/** Requests not accepted: answered otherwise, or not answered at all (socket error, timeout). */
function errorsOf(r: LoadResult): number {
  return r.responses - r.accepted + r.unanswered;
}

/** min / median / max of a list of counts. */
function spread(counts: number[]): string {
  const s = [...counts].sort((a, b) => a - b);
  return s.length ? `min ${s[0]} / median ${s[Math.floor(s.length / 2)]} / max ${s[s.length - 1]}` : "–";
}

function errorDetail(r: LoadResult): string {
  const parts = Object.entries(r.rejected).map(([k, v]) => `${k} ×${v}`);
  if (r.socketErrors) parts.push(`socket errors ×${r.socketErrors}`);
  if (r.timeouts) parts.push(`timeouts ×${r.timeouts}`);
  if (r.unanswered) parts.push(`unanswered ×${r.unanswered}`);
  return parts.join(", ") || "none";
}

// -- main ---------------------------------------------------------------------------------

async function main() {
  ensureBuild(args.has("build"), log);
  const artifacts = path.join(ROOT, "tests/artifacts/bench-intake", new Date().toISOString().replace(/[:.]/g, "-"));
  const profileDir = cpuProf ? artifacts : null;
  const logDir = args.has("keep-logs") ? artifacts : null;
  const load0 = os.loadavg();
  log(
    `intake benchmark: ${os.cpus().length} cores, load average ${load0.map((l) => l.toFixed(2)).join(" ")}; Node ${process.version}; ` +
      `${dialect}; modes ${modes.join(", ")}; ${concurrencies.join(" and ")} operators; ${durationS} s per run`,
  );
  const results: CaseResult[] = [];
  for (const mode of modes) results.push(...(await runMode(mode, profileDir, logDir)));

  const head = [
    "mode",
    "operators",
    "filings/s",
    "p50 ms",
    "p99 ms",
    "errors",
    "baseline req/s",
    "base p50/p99 ms",
    "filings/baseline",
    "acked",
    "stored",
    "drained after",
    "evaluated/s",
  ];
  const rows = results.map((r) => {
    const rate = r.intake.accepted / r.intake.seconds;
    const base = r.baseline ? r.baseline.accepted / r.baseline.seconds : NaN;
    return [
      r.mode === "embedded" ? "embedded" : "web + worker",
      String(r.concurrency),
      fmt(rate, 1),
      fmt(r.intake.p50),
      fmt(r.intake.p99),
      fmt(errorsOf(r.intake)),
      fmt(base),
      r.baseline ? `${fmt(r.baseline.p50, 1)} / ${fmt(r.baseline.p99, 1)}` : "–",
      r.baseline ? fmt(rate / base, 3) : "–",
      fmt(r.intake.accepted),
      fmt(r.stored),
      r.drainS === null ? `> ${DRAIN_TIMEOUT_S} s` : `${fmt(r.drainS, 1)} s`,
      r.drainS === null ? "–" : fmt(r.intake.accepted / (r.intake.seconds + r.drainS), 1),
    ];
  });
  printMarkdownTable(head, rows, log);
  log("evaluated/s: the accepted filings over the run plus the time their jobs took to drain (stored and evaluated).");
  log("");
  for (const r of results) {
    const label = `${r.mode === "embedded" ? "embedded" : "web + worker"}, ${r.concurrency} operators`;
    log(
      `${label}: accepted-only p50/p99 ${fmt(r.intake.acceptedP50)} / ${fmt(r.intake.acceptedP99)} ms, max ${fmt(r.intake.max)} ms; ` +
        `accepted per operator ${spread(r.intake.perConnection)}; all connected in ${fmt(r.intake.connectSeconds, 2)} s; ` +
        `errors: ${errorDetail(r.intake)}; log lines with SQLITE_BUSY: ${Object.entries(r.busyLines).map(([k, v]) => `${k} ${v}`).join(", ")}; dead-lettered jobs: ${r.deadLettered}` +
        (r.baseline && errorsOf(r.baseline) > 0 ? `; baseline errors: ${errorDetail(r.baseline)}` : ""),
    );
  }
  log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (other programs on the machine share the cores)`);
  log("");
  let ok = true;
  for (const r of results) {
    const label = `${r.mode === "embedded" ? "embedded" : "web + worker"}, ${r.concurrency} operators`;
    const equal = r.intake.accepted === r.stored && r.ackedMissing === 0;
    ok &&= equal;
    log(
      `${equal ? "PASS" : "FAIL"}  ${label}: acknowledged ${fmt(r.intake.accepted)} = stored ${fmt(r.stored)}` +
        (r.ackedMissing ? ` (${r.ackedMissing} acknowledged ids not in the database)` : ""),
    );
    if (r.drainS === null) {
      ok = false;
      log(`FAIL  ${label}: the outbox did not drain within ${DRAIN_TIMEOUT_S} s`);
    }
  }
  if (typeof jsonOut === "string") {
    fs.writeFileSync(
      jsonOut,
      JSON.stringify(
        results.map((r) => ({ ...r, intake: { ...r.intake, acceptedIds: undefined }, baseline: r.baseline ? { ...r.baseline, acceptedIds: undefined } : null })),
        null,
        2,
      ),
    );
    log(`results written to ${jsonOut}`);
  }
  process.exitCode = ok ? 0 : 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
