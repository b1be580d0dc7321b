/**
 * `npm run bench:cases`: the officers' case work on 1,000,000 cases, over
 * HTTP, against a bare Remix page of the same build in the same run (issue
 * 11, item 8).
 *
 *  1. Data: the national database with 1,000,000 cases, their events and
 *     answers, and the officers who work them (tests/bench/case-data.ts),
 *     generated once and cached, copied for the run. The deadline sweep is run
 *     to completion on the cached file first (timed and reported), as the
 *     scheduled sweep keeps a live database: the day's first run does the
 *     day's work, and the servers' start-up sweep finds it done.
 *  2. The real server as `npm run serve` starts it (tests/bench/processes.ts),
 *     NODE_ENV=production, no REDIS_URL; a fresh one per target on the same
 *     file, signed in over HTTP as the target's officer.
 *  3. Targets (tests/bench/measure.ts: probe, warm-up, autocannon at
 *     --connections for --duration, VmRSS sampled):
 *       a   GET /about: a bare Remix page, no database (the baseline);
 *       q   the queue of the busiest district's officer: the default view, each
 *           filter, "my cases", search by name and USCC, each sort, page size,
 *           and second pages (their cursors read from the first pages);
 *       qc  the same views as an officer of that district's city;
 *           (q and qc as deployed: a view is kept per officer until a case of
 *           their scope, a name or a user changes: app/web/shared-reads.server.ts)
 *       qw  q while one case of the district is written every --write-every ms by
 *           this process (a busy district's steps: every write makes the
 *           district's and the city's views anew);
 *       q0, qc0  q and qc with nothing kept (SHARED_READS_MB=0): what every view
 *           costs to make, as the first view after a change does;
 *       p   case pages of that district, open and closed;
 *       d   the dashboard of the district's officer; dc  of the city's.
 *     x: one XLSX export of the admin's queue filtered to 100,000–200,000 cases,
 *     the web process's RSS sampled while it streams; the file is read back
 *     (exceljs) and its rows counted against the filter's count.
 *  4. The table and PASS/FAIL against the targets: q and qc ≥ 0.7 × (a) and
 *     p99 ≤ 100 ms; p p99 ≤ 100 ms; d and dc p99 ≤ 300 ms; every web RSS and
 *     the export's ≤ 300 MB.
 * Exit code 0 whatever the targets say (it is a report); 1 when a target
 * could not be measured.
 *
 * Usage: npm run bench:cases -- [--duration 15] [--connections 50] [--warmup 3] [--only a,q,qc,qw,q0,qc0,p,d,dc,x]
 *          [--cases 1000000] [--kindergartens 150000] [--fresh] [--build] [--cpu-prof] [--write-every 10000]
 *   --cpu-prof  each target's web process runs with `node --cpu-prof`; where its main thread spent the
 *               measured run is printed per target, the profiles kept in tests/artifacts/bench-cases/.
 * Not part of `npm test`. autocannon runs in this process and shares the cores with the server.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import SQLite from "better-sqlite3";
import ExcelJS from "exceljs";
import { runScheduledTasksOn } from "./web-data";
import { caseData, CASE_BENCH_USERS, BENCH_PASSWORD } from "./case-data";
import { mulberry32, benchArgs, removeDbFile, tempDbFile } from "./generate";
import type { LoadRequest } from "./load";
import { fmt, mb, measure, printTable, rateOf, type HttpTarget, type Outcome } from "./measure";
import { printMainThreadProfile } from "./cpu-profile";
import { ensureBuild, ROOT, sampleMemory, serveCommandLine, startWebServer, type MemoryPeak, type WebServer } from "./processes";

const TARGETS = ["a", "q", "qc", "qw", "q0", "qc0", "p", "d", "dc", "x"] as const;
type TargetId = (typeof TARGETS)[number];
const OPTIONS = ["duration", "connections", "warmup", "only", "cases", "kindergartens", "fresh", "build", "cpu-prof", "write-every"];
const TARGET_RATIO = 0.7;
const TARGET_RSS_MB = 300;
const P99_TARGET: Partial<Record<TargetId, number>> = { q: 100, qc: 100, qw: 100, q0: 100, qc0: 100, p: 100, d: 300, dc: 300 };
const EXPORT_ROWS = { min: 100_000, max: 200_000 };
const REQUESTS_PER_TARGET = 40_000;

const { args, positive, selected } = benchArgs(process.argv.slice(2), OPTIONS, TARGETS);
const durationS = positive("duration", 15);
const connections = positive("connections", 50);
const warmupS = positive("warmup", 3, 0);
/**
 * (qw): one case of the district written this often (ms), by this process, while the target runs. The busiest
 * district has some 380 open cases; a step on each every other working day is one write every 2–3 minutes of an
 * office day, so the default is some fifteen times a busy day's pace.
 */
const WRITE_EVERY_MS = positive("write-every", 10_000);
const cases = positive("cases", 1_000_000);
const kindergartens = positive("kindergartens", 150_000);
const profileRoot = args.has("cpu-prof") ? path.join(ROOT, "tests/artifacts/bench-cases", new Date().toISOString().replace(/[:.]/g, "-")) : null;

const log = (line: string) => console.log(line);
const settings = { connections, durationS, warmupS, log };
const SUCCESS = { label: "2xx", test: (s: number) => s >= 200 && s < 300 };
const LANDS_WITH = "issue 11's case queue";

interface CaseTarget extends HttpTarget {
  id: Exclude<TargetId, "x">;
  /** Who signs in for it; null: no session (the baseline). */
  user: string | null;
}

/** What the requests are drawn from: the busy district's kindergartens and cases (tests/bench/case-data.ts). */
interface Sample {
  names: string[];
  usccs: string[];
  caseIds: string[];
  rules: string[];
  natures: string[];
  terms: string[];
}

function readSample(file: string): Sample {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    const busy = (sqlite.prepare(`SELECT region_code FROM users WHERE username = ?`).get(CASE_BENCH_USERS.district) as { region_code: string }).region_code;
    const kgs = sqlite.prepare(`SELECT approved_name AS name, uscc, nature FROM kindergartens WHERE region_code = ? ORDER BY id`).all(busy) as Array<{ name: string; uscc: string; nature: string }>;
    const column = (sql: string) => (sqlite.prepare(sql).all(busy) as Array<{ v: string }>).map((r) => r.v);
    return {
      names: kgs.map((k) => k.name),
      usccs: kgs.map((k) => k.uscc),
      caseIds: column(`SELECT id AS v FROM inspection_cases WHERE region_code = ? ORDER BY id`),
      rules: column(`SELECT DISTINCT rule_id AS v FROM inspection_cases WHERE region_code = ? ORDER BY 1`),
      natures: [...new Set(kgs.map((k) => k.nature))],
      terms: column(`SELECT DISTINCT term AS v FROM inspection_cases WHERE region_code = ? ORDER BY 1 DESC LIMIT 3`),
    };
  } finally {
    sqlite.close();
  }
}

/** The queue views an officer opens in a day: each filter, combinations, sorts, sizes, searches. */
function queueViews(sample: Sample, rand: () => number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const piece = (name: string) => {
    const chars = [...name.replace(/幼儿园|有限公司/g, "")];
    const from = Math.floor(rand() * Math.max(1, chars.length - 2));
    return chars.slice(from, from + 2 + Math.floor(rand() * 2)).join("");
  };
  const views = [
    "",
    "state=all",
    "state=pending",
    "state=in_progress",
    "state=awaiting_answer",
    "state=answered",
    "state=decided",
    "state=closed",
    "severity=red",
    "severity=amber",
    "assignee=me",
    "assignee=none",
    "overdue=1",
    "within=5",
    "escalated=1",
    "source=complaint",
    "source=spot_check",
    "sort=due",
    "sort=opened",
    "sort=updated",
    "size=100",
    "size=20",
    "severity=red&overdue=1",
    "assignee=me&sort=due",
    "state=all&sort=opened&size=100",
  ];
  for (let i = 0; i < 4; i++) views.push(`rule=${encodeURIComponent(pick(sample.rules))}`);
  for (const nature of sample.natures) views.push(`nature=${nature}`);
  for (const term of sample.terms) views.push(`state=all&term=${term}`);
  for (let i = 0; i < 10; i++) views.push(`q=${encodeURIComponent(piece(pick(sample.names)))}`);
  for (let i = 0; i < 5; i++) views.push(`q=${pick(sample.usccs)}`);
  return views.map((v) => `/officer/cases${v ? `?${v}` : ""}`);
}

/** The page's "next page" link, when it has one (the queue's own cursor). */
async function nextPage(server: WebServer, cookie: string, pathAndQuery: string): Promise<string | null> {
  const res = await fetch(`${server.baseUrl}${pathAndQuery}`, { headers: { cookie } });
  const html = await res.text();
  const href = /href="(\/officer\/cases\?[^"]*after=[^"]+)"/.exec(html)?.[1];
  return href ? href.replace(/&amp;/g, "&") : null;
}

async function signIn(server: WebServer, username: string): Promise<string> {
  const res = await fetch(`${server.baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: server.baseUrl },
    body: new URLSearchParams({ username, password: BENCH_PASSWORD, redirectTo: "" }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("__session="));
  if (res.status !== 302 || !cookie) throw new Error(`sign-in of ${username}: HTTP ${res.status} ${await res.text()}`);
  return cookie.split(";")[0];
}

/** The target's requests, prepared on its server (the cookie is its officer's session there). */
async function requestsFor(id: CaseTarget["id"], server: WebServer, cookie: string | null, sample: Sample): Promise<string[]> {
  const rand = mulberry32(20261130);
  const views = queueViews(sample, rand);
  switch (id) {
    case "a":
      return ["/about"];
    case "q":
    case "qc":
    case "qw":
    case "q0":
    case "qc0": {
      // Second pages of some views, through the cursors the first pages give.
      const seconds: string[] = [];
      for (const view of views.slice(0, 12)) {
        const next = await nextPage(server, cookie!, view);
        if (next) seconds.push(next);
      }
      return [...views, ...seconds];
    }
    case "p":
      return sample.caseIds.map((caseId) => `/officer/cases/${caseId}`);
    case "d":
    case "dc":
      return ["/officer/dashboard"];
  }
}

interface TargetInfo {
  title: string;
  shape: string;
  user: string | null;
  compared: boolean;
  /** The web process's environment besides the data's. */
  env?: Record<string, string>;
  /** A case of the busy district written every WRITE_EVERY_MS while it runs. */
  writes?: boolean;
}

const TARGET_INFO: Record<CaseTarget["id"], TargetInfo> = {
  a: { title: "a bare Remix page (the baseline)", shape: "GET /about", user: null, compared: false },
  q: { title: "the busiest district's queue, its officer's views", shape: "GET /officer/cases?…", user: CASE_BENCH_USERS.district, compared: true },
  qc: { title: "the same views as an officer of the city", shape: "GET /officer/cases?…", user: CASE_BENCH_USERS.city, compared: true },
  qw: {
    title: `(q) while a case of the district is written every ${WRITE_EVERY_MS} ms`,
    shape: "GET /officer/cases?…",
    user: CASE_BENCH_USERS.district,
    compared: true,
    writes: true,
  },
  q0: { title: "(q) with nothing kept: every view made", shape: "GET /officer/cases?…", user: CASE_BENCH_USERS.district, compared: true, env: { SHARED_READS_MB: "0" } },
  qc0: { title: "(qc) with nothing kept: every view made", shape: "GET /officer/cases?…", user: CASE_BENCH_USERS.city, compared: true, env: { SHARED_READS_MB: "0" } },
  p: { title: "case pages of the busiest district", shape: "GET /officer/cases/<id>", user: CASE_BENCH_USERS.district, compared: false },
  d: { title: "the district officer's dashboard", shape: "GET /officer/dashboard", user: CASE_BENCH_USERS.district, compared: false },
  dc: { title: "the city officer's dashboard", shape: "GET /officer/dashboard", user: CASE_BENCH_USERS.city, compared: false },
};

async function measureTarget(file: string, id: CaseTarget["id"], sample: Sample): Promise<Outcome<CaseTarget>> {
  const info = TARGET_INFO[id];
  const profileDir = profileRoot ? path.join(profileRoot, id) : null;
  const server = await startWebServer({ DATABASE_URL: file, ...info.env }, profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []);
  let outcome: Outcome<CaseTarget> | null = null;
  const writer = info.writes ? caseWriter(file, sample) : null;
  try {
    const cookie = info.user ? await signIn(server, info.user) : null;
    const paths = await requestsFor(id, server, cookie, sample);
    const rand = mulberry32(7);
    const headers: Record<string, string> = { "user-agent": "cases-bench", ...(cookie ? { cookie } : {}) };
    // Shuffled repeats of the views: many officers open the same views (kept per officer, but for q0 and qc0).
    const requests: LoadRequest[] = Array.from({ length: REQUESTS_PER_TARGET }, () => ({
      method: "GET",
      path: paths[Math.floor(rand() * paths.length)],
      headers,
    }));
    log(`(${id}) ${fmt(paths.length)} distinct requests; server pid ${server.proc.pid}`);
    writer?.start();
    outcome = await measure(server, { id, ...info, expected: SUCCESS, requests, standIn: null, landsWith: id === "a" ? null : LANDS_WITH }, settings);
    if (writer) log(`(${id}) ${fmt(writer.stop())} cases written while it ran`);
    return outcome;
  } finally {
    writer?.stop();
    await server.stop();
    if (profileDir && outcome?.window) printMainThreadProfile(profileDir, outcome.window, id, log, ROOT);
  }
}

/**
 * Writes one case of the busy district every WRITE_EVERY_MS from this process, as an officer's step does (its
 * `updated_at` and version; the triggers of migration 2026-12-04T0400 move the district's version).
 */
function caseWriter(file: string, sample: Sample) {
  const sqlite = new SQLite(file);
  sqlite.pragma("busy_timeout = 5000");
  const write = sqlite.prepare(`UPDATE inspection_cases SET updated_at = ?, version = version + 1 WHERE id = ?`);
  const rand = mulberry32(11);
  let timer: NodeJS.Timeout | null = null;
  let written = 0;
  return {
    start() {
      timer = setInterval(() => {
        write.run(new Date().toISOString(), sample.caseIds[Math.floor(rand() * sample.caseIds.length)]);
        written += 1;
      }, WRITE_EVERY_MS);
    },
    /** Stops writing (again: nothing) and closes; how many were written. */
    stop(): number {
      if (timer) clearInterval(timer);
      timer = null;
      if (sqlite.open) sqlite.close();
      return written;
    },
  };
}

interface ExportOutcome {
  query: string;
  expectedRows: number;
  rows: number | null;
  bytes: number;
  seconds: number;
  status: number;
  memory: MemoryPeak | null;
}

/** The admin's views with their case counts: the first within EXPORT_ROWS is exported. */
function exportView(file: string): { query: string; rows: number } {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    const candidates: Array<[string, string]> = [
      ["state=all&source=complaint", `source = 'complaint'`],
      ["state=all&severity=info", `severity = 'info'`],
      ["state=closed&severity=red", `status = 'closed' AND severity = 'red'`],
      ["state=all&severity=red", `severity = 'red'`],
    ];
    const counted = candidates.map(([query, where]) => ({ query, rows: (sqlite.prepare(`SELECT count(*) AS n FROM inspection_cases WHERE ${where}`).get() as { n: number }).n }));
    const fit = counted.find((c) => c.rows >= EXPORT_ROWS.min && c.rows <= EXPORT_ROWS.max);
    if (!fit) throw new Error(`no export view with ${EXPORT_ROWS.min}–${EXPORT_ROWS.max} cases: ${JSON.stringify(counted)}`);
    return fit;
  } finally {
    sqlite.close();
  }
}

/** The rows of an XLSX file's first sheet, read as a stream (the header row not counted). */
async function countXlsxRows(file: string): Promise<number> {
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit", sharedStrings: "cache" });
  for await (const sheet of reader) {
    for await (const _row of sheet as AsyncIterable<unknown>) rows++;
    break;
  }
  return Math.max(0, rows - 1);
}

async function measureExport(file: string): Promise<ExportOutcome> {
  const view = exportView(file);
  const server = await startWebServer({ DATABASE_URL: file });
  const out = path.join(path.dirname(tempDbFile("export")), "export.xlsx");
  try {
    const cookie = await signIn(server, CASE_BENCH_USERS.admin);
    log(`(x) GET /officer/cases/export.xlsx?${view.query}: ${fmt(view.rows)} cases …`);
    const sampler = sampleMemory(server.proc.pid!);
    const t0 = performance.now();
    let status = 0;
    let memory: MemoryPeak | null;
    try {
      const res = await fetch(`${server.baseUrl}/officer/cases/export.xlsx?${view.query}`, { headers: { cookie } });
      status = res.status;
      if (res.body) await fs.promises.writeFile(out, Readable.fromWeb(res.body as WebReadableStream<Uint8Array>));
    } finally {
      memory = sampler.stop();
    }
    const seconds = (performance.now() - t0) / 1000;
    const bytes = fs.existsSync(out) ? fs.statSync(out).size : 0;
    const rows = status === 200 ? await countXlsxRows(out) : null;
    log(`(x) HTTP ${status}, ${fmt(bytes / 1024 / 1024, 1)} MB in ${fmt(seconds, 1)} s, ${rows === null ? "not read" : `${fmt(rows)} rows`}; peak RSS ${mb(memory?.peakRss)} MB`);
    if (status >= 500) log(`(x) the server's last output:\n${server.output().slice(-3000)}`);
    return { query: view.query, expectedRows: view.rows, rows, bytes, seconds, status, memory };
  } finally {
    await server.stop();
    removeDbFile(out);
  }
}

function report(outcomes: Outcome<CaseTarget>[], exported: ExportOutcome | null): boolean {
  const baseRate = printTable(outcomes, "a", log);
  log("answers/s, p50, p99: of the 2xx answers; peak RSS: sampled every 100 ms while the target ran; VmHWM: the process's peak since it started.");
  log("");
  for (const { target: t } of outcomes) log(`(${t.id}) ${t.title}: ${t.shape}`);
  if (exported) log(`(x) XLSX export of the admin's queue, ${exported.query}: ${fmt(exported.expectedRows)} cases`);
  log("");
  const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
  let measured = true;
  for (const { target: t, load: r, memory, unmeasured } of outcomes) {
    if (!r || unmeasured) {
      measured = false;
      log(`NOT MEASURED  (${t.id}): ${unmeasured}`);
      continue;
    }
    if (t.compared) log(`${verdict(rateOf(r) / baseRate >= TARGET_RATIO)}  (${t.id}) ÷ (a) = ${fmt(rateOf(r) / baseRate, 2)} (target ≥ ${TARGET_RATIO})`);
    const p99 = P99_TARGET[t.id];
    if (p99 !== undefined) log(`${verdict(r.acceptedP99 <= p99)}  (${t.id}) p99 ${fmt(r.acceptedP99, 1)} ms (target ≤ ${p99} ms)`);
    if (memory) log(`${verdict(memory.peakRss <= TARGET_RSS_MB * 1024 * 1024)}  (${t.id}) web RSS ${mb(memory.peakRss)} MB (target ≤ ${TARGET_RSS_MB} MB)`);
  }
  if (exported) {
    if (exported.status !== 200 || exported.rows !== exported.expectedRows) {
      measured = false;
      log(`NOT MEASURED  (x): HTTP ${exported.status}, ${exported.rows ?? "no"} rows read of ${fmt(exported.expectedRows)}`);
    } else {
      const peak = exported.memory?.peakRss;
      log(`${peak === undefined ? "–   " : verdict(peak <= TARGET_RSS_MB * 1024 * 1024)}  (x) ${fmt(exported.rows)} rows in ${fmt(exported.seconds, 1)} s, web RSS ${mb(peak)} MB (target ≤ ${TARGET_RSS_MB} MB)`);
    }
  }
  return measured;
}

async function main() {
  ensureBuild(args.has("build"), log);
  log(
    `case benchmark: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; Node ${process.version}; ` +
      `targets ${selected.join(", ")}; ${connections} connections; ${durationS} s a target (+ ${warmupS} s warm-up); web process: ${serveCommandLine()}`,
  );
  const data = await caseData({ kindergartens, cases, fresh: args.has("fresh"), log, keepCurrent: (file) => runScheduledTasksOn(file, log) });
  const g = data.generated;
  if (g) {
    log(`  generated in ${fmt(g.seconds, 1)} s: ${fmt(g.cases)} cases, ${fmt(g.events)} events, ${fmt(g.answers)} answers, ${fmt(g.users)} users; by state ${JSON.stringify(g.byStatus)}`);
  }
  log(`  ${mb(data.cacheBytes)} MB, ready in ${fmt(data.prepareSeconds, 1)} s; copied for this run in ${fmt(data.copySeconds, 1)} s`);
  try {
    const sample = readSample(data.file);
    log(`  busiest district: ${fmt(sample.caseIds.length)} cases of ${fmt(sample.names.length)} kindergartens`);
    const outcomes: Outcome<CaseTarget>[] = [];
    for (const id of selected) if (id !== "x") outcomes.push(await measureTarget(data.file, id, sample));
    const exported = selected.includes("x") ? await measureExport(data.file) : null;
    log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(" ")} (other programs on the machine share the cores)`);
    process.exitCode = report(outcomes, exported) ? 0 : 1;
  } finally {
    removeDbFile(data.file);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
