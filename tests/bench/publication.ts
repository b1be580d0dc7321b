/**
 * `npm run bench:publication`: what the public reads of the published cases
 * (典型案例), the statistics page and the open-data API's lists, over HTTP,
 * on national-scale data, against a bare Remix page of the same build in the
 * same run (issue 12, item 10).
 *
 *  1. Data: the case benchmark's database (150,000 kindergartens, 1,000,000
 *     cases) with 100,000 published public cases and the withdrawn ones
 *     (tests/bench/publication-data.ts), generated once and cached, copied for
 *     the run. What the scheduled jobs keep current on a live database is done
 *     to the cached file first, timed: the deadline sweep, the publication
 *     sweep and the statistics refresh.
 *  2. The query plans of the public list (`publishedCasesPage`, the query the
 *     page, the feed and the API share) under each filter: EXPLAIN QUERY PLAN on
 *     the SQL it sends, how many index entries its walk reads for a page of 20,
 *     and the page's time in this process (a page over 5 ms is named).
 *  3. The real server as `npm run serve` starts it (tests/bench/processes.ts),
 *     NODE_ENV=production, no REDIS_URL, OPEN_DATA_CLIENT_POINTS raised to
 *     1,000,000,000 (one client sends everything: the API is measured, not its
 *     limiter); a fresh one per target, anonymous.
 *  4. Targets (tests/bench/measure.ts: probe, warm-up, autocannon at
 *     --connections for --duration, VmRSS sampled), the requests drawn up front
 *     from the data with a seeded PRNG and rotated:
 *       a     GET /about: a bare Remix page, no database (the baseline);
 *       l     GET /cases: the first page, by province, city and district (codes
 *             from the data), year, decision kind, nature, some combined, and
 *             second pages through their `after` links;
 *       f     GET /cases.atom: the newest fifty, half unfiltered, half with l's filters;
 *       c     GET /cases/<id> of random published cases;
 *       api   GET /api/v1/cases?limit=50 with region, year, decisionKind, rule,
 *             nature rotated, and next pages;
 *       apik  GET /api/v1/kindergartens?limit=50 by province, city, district, nature, and next pages;
 *       s     GET /statistics by region and year.
 *  5. The table, and PASS/FAIL against the targets: p99 ≤ 100 ms and ≥ 0.7 × (a)
 *     for every target but (a).
 * Exit code 0 whatever the targets say (it is a report); 1 when a target could
 * not be measured.
 *
 * Usage: npm run bench:publication -- [--duration 15] [--connections 50] [--warmup 3] [--only a,l,f,c,api,apik,s]
 *          [--published 100000] [--cases 1000000] [--kindergartens 150000] [--fresh] [--build] [--cpu-prof] [--no-plans] [--without-year] [--shared-reads-mb 48]
 *   --fresh     generates the published cases anew (the case data stays cached).
 *   --no-plans  skips the query plans' report.
 *   --without-year  leaves the year filter out of the rotated views: what the lists cost without their slowest filter.
 *   --shared-reads-mb N  the servers keep N MB of public answers between changes of their data (SHARED_READS_MB;
 *               default the server's, 48); 0 makes every answer anew, as before 2026-12-04.
 *   --cpu-prof  each target's web process runs with `node --cpu-prof`; where its main thread spent the
 *               measured run is printed per target, the profiles kept in tests/artifacts/bench-publication/.
 * Not part of `npm test`. autocannon runs in this process and shares the cores with the server.
 */
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, type CompiledQuery } from "kysely";
import type { Database, PublicCaseDecisionKind } from "~/db/schema";
import { publishedCasesPage, type PublicCaseFilters } from "~/domain/publication/public-cases.queries.server";
import { PUBLIC_DECISION_KINDS } from "~/domain/publication/public-case.schema";
import { regionPrefix } from "~/domain/regions/region-scope";
import { mulberry32, benchArgs, removeDbFile } from "./generate";
import type { LoadRequest } from "./load";
import { fmt, measure, mb, printMarkdownTable, printTable, rateOf, type HttpTarget, type Outcome } from "./measure";
import { printMainThreadProfile } from "./cpu-profile";
import { ensureBuild, ROOT, serveCommandLine, startWebServer, type WebServer } from "./processes";
import { publicationData } from "./publication-data";
import { runScheduledTasksOn } from "./web-data";

const TARGETS = ["a", "l", "f", "c", "api", "apik", "s"] as const;
type TargetId = (typeof TARGETS)[number];
const OPTIONS = ["duration", "connections", "warmup", "only", "published", "cases", "kindergartens", "fresh", "build", "cpu-prof", "no-plans", "without-year", "shared-reads-mb"];
const TARGET_RATIO = 0.7;
const TARGET_P99_MS = 100;
/** A list page slower than this in-process is named in the plan report (the brief's threshold). */
const SLOW_PAGE_MS = 5;
const REQUESTS_PER_TARGET = 40_000;
/** Raised for every server of the run, the baseline's too: the API's limiter would refuse one client's load. */
const OPEN_DATA_ENV = { OPEN_DATA_CLIENT_POINTS: "1000000000" };

const { args, positive, selected } = benchArgs(process.argv.slice(2), OPTIONS, TARGETS);
const durationS = positive("duration", 15);
const connections = positive("connections", 50);
const warmupS = positive("warmup", 3, 0);
const published = positive("published", 100_000);
const cases = positive("cases", 1_000_000);
const kindergartens = positive("kindergartens", 150_000);
/** A diagnostic: the rotated views without the year filter (see the plan report: a year walks the nationwide index). */
const withoutYear = args.has("without-year");
/** The memory kept for public reads (app/web/shared-reads.server.ts); 0 measures every answer made anew. Unset: the server's default. */
const sharedReadsMb = args.has("shared-reads-mb") ? String(positive("shared-reads-mb", 64, 0)) : undefined;
const SERVER_ENV = { ...OPEN_DATA_ENV, ...(sharedReadsMb === undefined ? {} : { SHARED_READS_MB: sharedReadsMb }) };
const profileRoot = args.has("cpu-prof") ? path.join(ROOT, "tests/artifacts/bench-publication", new Date().toISOString().replace(/[:.]/g, "-")) : null;

const log = (line: string) => console.log(line);
const settings = { connections, durationS, warmupS, log };
const SUCCESS = { label: "2xx", test: (s: number) => s >= 200 && s < 300 };
const LANDS_WITH = "issue 12 (publication, open data, statistics)";

// ---------------------------------------------------------------- what the requests are drawn from

/** The regions, rules and cases of the published data (a district's code is where its kindergarten is). */
interface Sample {
  /** District codes with published cases, weighted as the data is (drawn from the cases). */
  districts: string[];
  rules: string[];
  years: number[];
  ids: string[];
  natures: string[];
}

function readSample(file: string, rand: () => number): Sample {
  const sqlite = new SQLite(file, { readonly: true });
  try {
    const column = (sql: string) => (sqlite.prepare(sql).all() as Array<{ v: string | number }>).map((r) => r.v);
    const ids = column(`SELECT id AS v FROM public_cases WHERE status = 'published' ORDER BY id`) as string[];
    // 3,000 published cases drawn at random: their districts (busy districts more often) and their pages.
    const drawn = Array.from({ length: 3_000 }, () => ids[Math.floor(rand() * ids.length)]);
    const districtOf = sqlite.prepare(`SELECT region_code AS v FROM public_cases WHERE id = ?`).pluck();
    return {
      districts: drawn.slice(0, 300).map((id) => districtOf.get(id) as string),
      rules: column(`SELECT DISTINCT rule_id AS v FROM public_cases WHERE status = 'published' ORDER BY 1`) as string[],
      years: (column(`SELECT DISTINCT substr(decided_on, 1, 4) AS v FROM public_cases WHERE status = 'published' ORDER BY 1`) as string[]).map(Number),
      ids: drawn,
      natures: column(`SELECT DISTINCT nature AS v FROM kindergartens ORDER BY 1`) as string[],
    };
  } finally {
    sqlite.close();
  }
}

/** A filter of the public list as its three URLs spell it (the page, the feed: province/city/district; the API: region). */
interface View {
  province?: string;
  city?: string;
  district?: string;
  year?: number;
  kind?: PublicCaseDecisionKind;
  nature?: string;
  rule?: string;
}

const provinceOf = (district: string) => `${district.slice(0, 2)}0000`;
const cityOf = (district: string) => `${district.slice(0, 4)}00`;

/** The views the public opens: the first page, each region level, each filter, some combined. */
function listViews(sample: Sample, rand: () => number, withRules: boolean): View[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const views: View[] = [{}];
  for (let i = 0; i < 6; i++) {
    const d = pick(sample.districts);
    views.push({ province: provinceOf(d) }, { province: provinceOf(d), city: cityOf(d) }, { province: provinceOf(d), city: cityOf(d), district: d });
  }
  for (const year of sample.years) views.push({ year });
  for (const kind of PUBLIC_DECISION_KINDS) views.push({ kind });
  for (const nature of sample.natures) views.push({ nature });
  if (withRules) for (let i = 0; i < 4; i++) views.push({ rule: pick(sample.rules) });
  for (let i = 0; i < 3; i++) {
    const d = pick(sample.districts);
    views.push(
      { province: provinceOf(d), year: pick(sample.years) },
      { province: provinceOf(d), city: cityOf(d), kind: pick(PUBLIC_DECISION_KINDS) },
      { province: provinceOf(d), nature: pick(sample.natures) },
      { year: pick(sample.years), kind: pick(PUBLIC_DECISION_KINDS) },
    );
  }
  return withoutYear ? views.filter((v) => v.year === undefined) : views;
}

const query = (params: Record<string, string | number | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]]))).toString();
  return q ? `?${q}` : "";
};
const pageQuery = (v: View) => query({ province: v.province, city: v.city, district: v.district, year: v.year, kind: v.kind, nature: v.nature });
const apiQuery = (v: View) => query({ limit: 50, region: v.district ?? v.city ?? v.province, year: v.year, decisionKind: v.kind, rule: v.rule, nature: v.nature });
/** The same view as the domain reads it (the narrowest region counts). */
const filtersOf = (v: View): PublicCaseFilters => ({
  region: v.district ?? v.city ?? v.province,
  year: v.year,
  decisionKind: v.kind,
  ruleId: v.rule,
  nature: v.nature as PublicCaseFilters["nature"],
});

/** A page's "next" link: the HTML list's `after` link, or an API answer's `next`. */
async function nextPage(server: WebServer, pathAndQuery: string): Promise<string | null> {
  const res = await fetch(`${server.baseUrl}${pathAndQuery}`);
  const body = await res.text();
  if (res.status !== 200) return null;
  if (pathAndQuery.startsWith("/api/")) return (JSON.parse(body) as { next: string | null }).next;
  const href = /href="(\/cases\?[^"]*after=[^"]+)"/.exec(body)?.[1];
  return href ? href.replace(/&amp;/g, "&") : null;
}

/** First pages, then the second pages of the first dozen through their own links. */
async function withSecondPages(server: WebServer, firsts: string[]): Promise<string[]> {
  const seconds: string[] = [];
  for (const first of firsts.slice(0, 12)) {
    const next = await nextPage(server, first);
    if (next) seconds.push(next);
  }
  return [...firsts, ...seconds];
}

/** The target's distinct requests, prepared on its server (second pages are read from it). */
async function pathsFor(id: TargetId, server: WebServer, sample: Sample): Promise<string[]> {
  const rand = mulberry32(20261201);
  const views = listViews(sample, rand, id === "api");
  switch (id) {
    case "a":
      return ["/about"];
    case "l":
      return withSecondPages(server, views.map((v) => `/cases${pageQuery(v)}`));
    case "f":
      // Feed readers mostly poll the whole feed; some follow a region's or a kind's.
      return [...views.map(() => "/cases.atom"), ...views.map((v) => `/cases.atom${pageQuery(v)}`)];
    case "c":
      return sample.ids.map((caseId) => `/cases/${caseId}`);
    case "api":
      return withSecondPages(server, views.map((v) => `/api/v1/cases${apiQuery(v)}`));
    case "apik": {
      const kgViews: View[] = views.filter((v) => v.province && !v.year && !v.kind && !v.nature);
      for (let i = 0; i < 4; i++) kgViews.push({ province: provinceOf(sample.districts[i]), nature: sample.natures[i % sample.natures.length] });
      return withSecondPages(server, kgViews.map((v) => `/api/v1/kindergartens${query({ limit: 50, region: v.district ?? v.city ?? v.province, nature: v.nature })}`));
    }
    case "s": {
      const statViews = views.filter((v) => !v.kind && !v.nature && !v.rule);
      return statViews.map((v) => `/statistics${query({ province: v.province, city: v.city, district: v.district, year: v.year })}`);
    }
  }
}

const TARGET_INFO: Record<TargetId, { title: string; shape: string; compared: boolean }> = {
  a: { title: "a bare Remix page (the baseline)", shape: "GET /about", compared: false },
  l: { title: "the public case list: first pages by region, year, kind, nature; second pages", shape: "GET /cases?…", compared: true },
  f: { title: "the Atom feed of the newest fifty, whole and filtered", shape: "GET /cases.atom?…", compared: true },
  c: { title: "a published case's page", shape: "GET /cases/<id>", compared: true },
  api: { title: "the API's case list, 50 a page, filters rotated, next pages", shape: "GET /api/v1/cases?limit=50&…", compared: true },
  apik: { title: "the API's kindergarten list, 50 a page, by region and nature, next pages", shape: "GET /api/v1/kindergartens?limit=50&region=…", compared: true },
  s: { title: "the statistics page by region and year", shape: "GET /statistics?…", compared: true },
};

interface PublicTarget extends HttpTarget {
  id: TargetId;
}

async function measureTarget(file: string, id: TargetId, sample: Sample): Promise<Outcome<PublicTarget>> {
  const info = TARGET_INFO[id];
  const profileDir = profileRoot ? path.join(profileRoot, id) : null;
  const server = await startWebServer({ DATABASE_URL: file, ...SERVER_ENV }, profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []);
  let outcome: Outcome<PublicTarget> | null = null;
  try {
    const paths = await pathsFor(id, server, sample);
    const rand = mulberry32(7);
    const headers = { "user-agent": "publication-bench" };
    // Shuffled repeats of the views: many readers open the same views; none is answered from a page cache.
    const requests: LoadRequest[] = Array.from({ length: REQUESTS_PER_TARGET }, () => ({ method: "GET", path: paths[Math.floor(rand() * paths.length)], headers }));
    log(`(${id}) ${fmt(new Set(paths).size)} distinct requests; server pid ${server.proc.pid}`);
    outcome = await measure(server, { id, ...info, expected: SUCCESS, requests, standIn: null, landsWith: id === "a" ? null : LANDS_WITH }, settings);
    return outcome;
  } finally {
    await server.stop();
    if (profileDir && outcome?.window) printMainThreadProfile(profileDir, outcome.window, id, log, ROOT);
  }
}

// ---------------------------------------------------------------- the list's query plans

/**
 * The public list's query under each filter, on the run's copy: the plan SQLite picks for the SQL
 * `publishedCasesPage` sends (captured from Kysely's log), the index entries its walk reads to fill a
 * page of 20 (counted on the same index: up to the page's last row when the walk is in the list's order,
 * the whole range when the plan sorts), and the page's median time in this process (query, content parse).
 */
async function checkPlans(file: string, sample: Sample): Promise<void> {
  const sqlite = new SQLite(file, { readonly: true });
  let captured: CompiledQuery | null = null;
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      captured = event.query;
    },
  });
  const rule = sample.rules[Math.floor(mulberry32(5)() * sample.rules.length)];
  const d = sample.districts[0];
  // The extremes: the province with most published cases (the largest range a region view sorts), the rule with fewest.
  const busiest = sqlite
    .prepare(`SELECT substr(region_code, 1, 2) || '0000' FROM public_cases WHERE status = 'published' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)
    .pluck()
    .get() as string;
  const rarest = sqlite.prepare(`SELECT rule_id FROM public_cases WHERE status = 'published' GROUP BY 1 ORDER BY count(*), 1 LIMIT 1`).pluck().get() as string;
  const kindOf = (k: PublicCaseDecisionKind): View => ({ kind: k });
  const views: Array<[string, View]> = [
    ["first page", {}],
    ...sample.years.map((y): [string, View] => [`year ${y}`, { year: y }]),
    ...PUBLIC_DECISION_KINDS.map((k): [string, View] => [`kind ${k}`, kindOf(k)]),
    ...sample.natures.map((n): [string, View] => [`nature ${n}`, { nature: n }]),
    [`rule ${rule}`, { rule }],
    [`rule ${rarest} (the rarest)`, { rule: rarest }],
    [`province ${busiest} (the most cases)`, { province: busiest }],
    [`province ${provinceOf(d)}`, { province: provinceOf(d) }],
    [`city ${cityOf(d)}`, { city: cityOf(d) }],
    [`district ${d}`, { district: d }],
    [`province ${provinceOf(d)}, year ${sample.years[0]}`, { province: provinceOf(d), year: sample.years[0] }],
    [`city ${cityOf(d)}, kind rectification_ordered`, { city: cityOf(d), kind: "rectification_ordered" }],
    [`year ${sample.years[0]}, kind rectification_ordered`, { year: sample.years[0], kind: "rectification_ordered" }],
  ];
  const rows: string[][] = [];
  const slow: string[] = [];
  try {
    for (const [name, view] of views) {
      const filters = filtersOf(view);
      await publishedCasesPage(db, filters, null, 20);
      const times: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t0 = performance.now();
        await publishedCasesPage(db, filters, null, 20);
        times.push(performance.now() - t0);
      }
      const median = times.sort((x, y) => x - y)[Math.floor(times.length / 2)];
      const q = captured as CompiledQuery | null;
      if (!q) throw new Error("Kysely logged no query");
      const params = q.parameters as unknown[];
      const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail);
      const fetched = sqlite.prepare(q.sql).all(...params) as Array<{ id: string; published_at: string }>;
      const matching = (sqlite.prepare(`SELECT count(*) FROM (${q.sql.replace(/ limit \?$/i, "")})`).pluck().get(...params.slice(0, -1)) as number) ?? 0;
      const walked = walkedEntries(sqlite, plan, filters, fetched.length === 21 ? fetched[20] : null);
      const planText = plan.join("; ").replace(/SEARCH public_cases USING (COVERING )?INDEX /, "");
      rows.push([name, planText, fmt(matching), fmt(walked), fmt(median, 2)]);
      if (median > SLOW_PAGE_MS) slow.push(`${name}: ${fmt(median, 1)} ms, ${fmt(walked)} index entries walked (each a table row read for its filter columns and content) for ${fetched.length} rows`);
    }
    // Every province's first page: a region range is read whole and sorted when SQLite takes the region index.
    const provinces = sqlite.prepare(`SELECT DISTINCT substr(region_code, 1, 2) || '0000' FROM public_cases WHERE status = 'published' ORDER BY 1`).pluck().all() as string[];
    for (const province of provinces) {
      const filters = { region: province };
      await publishedCasesPage(db, filters, null, 20);
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        await publishedCasesPage(db, filters, null, 20);
        times.push(performance.now() - t0);
      }
      const median = times.sort((x, y) => x - y)[2];
      const q = captured as CompiledQuery | null;
      if (!q) throw new Error("Kysely logged no query");
      const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as Array<{ detail: string }>).map((r) => r.detail);
      if (median > SLOW_PAGE_MS) {
        slow.push(`province ${province}: ${fmt(median, 1)} ms, ${plan.some((p) => p.includes("TEMP B-TREE")) ? `its ${fmt(walkedEntries(sqlite, plan, filters, null))} published cases read whole (content included) and sorted` : plan.join("; ")}`);
      }
    }
  } finally {
    await db.destroy();
  }
  log("");
  log(`the public list's query (publishedCasesPage, a page of 20, in this process; the page, the feed and the API share it):`);
  printMarkdownTable(["view", "plan (index, constraint; a sort where SQLite adds one)", "matching", "entries walked", "median ms"], rows, log);
  log(slow.length === 0 ? `no page over ${SLOW_PAGE_MS} ms.` : `pages over ${SLOW_PAGE_MS} ms:\n${slow.map((s) => `  - ${s}`).join("\n")}`);
}

/**
 * Index entries the plan's walk reads: the whole constrained range when SQLite sorts it (a temp
 * b-tree), else the range up to the row after the page (the walk stops there; the whole range when
 * the page was the last).
 */
function walkedEntries(sqlite: SQLite.Database, plan: string[], filters: PublicCaseFilters, stop: { id: string; published_at: string } | null): number {
  const uses = (index: string) => plan.some((p) => p.includes(`${index} `));
  const sorted = plan.some((p) => p.includes("TEMP B-TREE"));
  const where = ["status = 'published'"];
  const params: string[] = [];
  const prefix = filters.region ? regionPrefix(filters.region) : "";
  if (uses("public_cases_published_region")) where.push("region_code = ?"), params.push(prefix);
  if (uses("public_cases_published_city") || uses("public_cases_published_province")) where.push(`substr(region_code, 1, ${prefix.length}) = ?`), params.push(prefix);
  if (uses("public_cases_published_year")) where.push("substr(decided_on, 1, 4) = ?"), params.push(String(filters.year));
  if (!sorted && stop) where.push("(published_at, id) >= (?, ?)"), params.push(stop.published_at, stop.id);
  return sqlite.prepare(`SELECT count(*) FROM public_cases WHERE ${where.join(" AND ")}`).pluck().get(...params) as number;
}

// ---------------------------------------------------------------- the run

function report(outcomes: Outcome<PublicTarget>[]): boolean {
  const baseRate = printTable(outcomes, "a", log);
  log("answers/s, p50, p99: of the 2xx answers; peak RSS: sampled every 100 ms while the target ran; VmHWM: the process's peak since it started.");
  log("");
  for (const { target: t } of outcomes) log(`(${t.id}) ${t.title}: ${t.shape}`);
  log("");
  const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
  let measured = true;
  for (const { target: t, load: r, unmeasured } of outcomes) {
    if (!r || unmeasured) {
      measured = false;
      log(`NOT MEASURED  (${t.id}): ${unmeasured}`);
      continue;
    }
    if (!t.compared) continue;
    const ratio = rateOf(r) / baseRate;
    log(`${verdict(ratio >= TARGET_RATIO && r.acceptedP99 <= TARGET_P99_MS)}  (${t.id}) ÷ (a) = ${fmt(ratio, 2)} (target ≥ ${TARGET_RATIO}), p99 ${fmt(r.acceptedP99, 1)} ms (target ≤ ${TARGET_P99_MS} ms)`);
  }
  return measured;
}

async function main() {
  ensureBuild(args.has("build"), log);
  log(
    `publication benchmark: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(2)).join(" ")}; Node ${process.version}; ` +
      `targets ${selected.join(", ")}${withoutYear ? " (views without a year)" : ""}; ${connections} connections; ${durationS} s a target (+ ${warmupS} s warm-up); SHARED_READS_MB ${sharedReadsMb ?? "default (48)"}; web process: ${serveCommandLine()}`,
  );
  const data = await publicationData({ kindergartens, cases, published, fresh: args.has("fresh"), log, keepCurrent: (file) => runScheduledTasksOn(file, log) });
  const g = data.generated;
  if (g) log(`  generated in ${fmt(g.seconds, 1)} s: ${JSON.stringify({ ...g, seconds: undefined })}`);
  log(`  ${mb(data.cacheBytes)} MB, ready in ${fmt(data.prepareSeconds, 1)} s; copied for this run in ${fmt(data.copySeconds, 1)} s`);
  try {
    const sample = readSample(data.file, mulberry32(1201));
    log(`  ${fmt(sample.ids.length)} published cases drawn, ${fmt(new Set(sample.districts).size)} districts, decision years ${sample.years.join(", ")}`);
    if (!args.has("no-plans")) await checkPlans(data.file, sample);
    const outcomes: Outcome<PublicTarget>[] = [];
    for (const id of selected) outcomes.push(await measureTarget(data.file, id, sample));
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
