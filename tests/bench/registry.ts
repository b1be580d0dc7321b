/**
 * `npm run bench:registry`: the kindergarten registry's CSV import (importRegistry,
 * app/domain/registry/registry-import.server.ts) at a province's scale, in this process, against the floor of the
 * same run: a bare multi-row insert of the same kindergarten rows into the same table.
 *
 *  1. A throwaway database (a SQLite file, or with --pg a scratch Postgres database on BENCH_PG_URL, TEST_PG_URL or
 *     postgres://postgres:postgres@127.0.0.1:5432/postgres, dropped at the end), migrated, with the demo data (its
 *     regions: 宁波市 and five districts). Not timed.
 *  2. A CSV of --rows new kindergartens (default 20,000: a province such as Zhejiang has 8,000–10,000, and the
 *     import takes up to REGISTRY_IMPORT_MAX_ROWS), spread over the demo's city and districts, each nature and grade,
 *     valid USCCs (the nature's prefix, the check characters), names of 10–20 characters as a registry's are.
 *  3. The floor: the same rows inserted into `kindergartens` in one transaction, 500 rows a statement (the table's
 *     triggers fire as for the import); then deleted again (not timed).
 *  4. The import as the officer's two posts run it, as the admin: the preview (writes nothing), then the commit
 *     with the preview's digest (one transaction: the rows, the search index, the audit entries). Then a second
 *     file, the same rows with --changed of them changed (half renamed: a rule's fact, so a `kindergarten.changed`
 *     outbox row each; half given a new address), previewed and committed: the update path.
 *  5. A table: ms per step, rows/s, and the commit's ratio to the floor (commit ms ÷ floor ms). With --statements,
 *     the commits run again on a fresh database with every statement counted and timed by kind (a Kysely plugin:
 *     slower, so its times are not the table's), which says where a commit spends its time.
 *
 * Usage: npm run bench:registry -- [--rows 20000] [--changed 0.1] [--pg] [--statements] [--cpu-prof] [--keep]
 *   --cpu-prof  profiles this process (node:inspector) and prints where the commits spent their CPU (samples taken
 *            during the commits only; the profile is kept in tests/artifacts/bench-registry/).
 *   --keep   leaves the SQLite file (its path printed) or the Postgres database.
 * Not part of `npm test`. Exit code 1 when an import does not write what its preview said.
 */
import fs from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { sql, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from "kysely";
import { ulid } from "ulid";
import { createDb, type DB } from "~/db/client";
import { CITY, DISTRICTS } from "~/db/demo-data";
import { migrateToLatest } from "~/db/migrate";
import type { KindergartenNature } from "~/db/schema";
import { seedDemo } from "~/db/seed";
import { computeOrgCodeCheckChar, computeUsccCheckChar, USCC_ALPHABET, usccPrefixForNature } from "~/domain/kindergartens/uscc";
import { importRegistry, type RegistryImportCounts } from "~/domain/registry/registry-import.server";
import { KINDERGARTEN_GRADES, NATURES, REGISTRY_COLUMNS } from "~/domain/registry/registry.schema";
import type { Actor } from "~/domain/users/actor";
import { benchArgs, mulberry32 } from "./generate";
import { createBenchDatabase, type BenchDatabase } from "./intake-setup";
import { monotonicMicros, printProfileSummary, type Window } from "./cpu-profile";
import { printMarkdownTable } from "./measure";
import { ROOT } from "./processes";

const OPTIONS = ["rows", "changed", "pg", "statements", "cpu-prof", "keep"];
const { args, positive } = benchArgs(process.argv.slice(2), OPTIONS, ["import"] as const);
const rows = positive("rows", 20_000);
const changedShare = Number(args.get("changed") ?? 0.1);
if (!(changedShare >= 0 && changedShare <= 1)) throw new Error("--changed must be a share between 0 and 1");
const dialect = args.has("pg") ? "postgres" : "sqlite";
if (dialect === "postgres" && !process.env.BENCH_PG_URL && !process.env.TEST_PG_URL) process.env.BENCH_PG_URL = "postgres://postgres:postgres@127.0.0.1:5432/postgres";
/** Rows a statement of the floor's insert: as many as the import's own multi-row inserts. */
const FLOOR_CHUNK = 500;

type Row = Record<(typeof REGISTRY_COLUMNS)[number], string>;

/** The file's rows: deterministic (one seeded PRNG), unique USCCs, names as a province's registry has them. */
function generateRows(n: number): Row[] {
  const random = mulberry32(20261205);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const regions = [{ code: CITY.code, name: "" }, ...DISTRICTS.map((d) => ({ code: d.code, name: d.name }))];
  const words = ["阳光", "启明", "春蕾", "育才", "星辰", "彩虹", "小太阳", "蓝天", "未来", "童心", "博雅", "金色摇篮", "实验", "蒲公英", "向日葵", "七色花"];
  const streets = ["中山路", "解放路", "鼓楼街", "望京路", "环城北路", "宁穿路", "天童路", "长江路"];
  const seen = new Set<string>();
  const out: Row[] = [];
  for (let i = 0; i < n; i++) {
    const region = pick(regions);
    const nature: KindergartenNature = pick(NATURES);
    let uscc: string;
    do {
      const body = nature === "public" ? `4${String(Math.floor(random() * 1e7)).padStart(7, "0")}` : `MJ${Array.from({ length: 6 }, () => USCC_ALPHABET[Math.floor(random() * USCC_ALPHABET.length)]).join("")}`;
      const first17 = usccPrefixForNature(nature) + region.code + body + computeOrgCodeCheckChar(body);
      uscc = first17 + computeUsccCheckChar(first17);
    } while (seen.has(uscc));
    seen.add(uscc);
    const name = `宁波市${region.name}${pick(words)}${i + 1}号幼儿园`;
    out.push({
      uscc,
      approved_name: name,
      name_in_use: random() < 0.3 ? `${pick(words)}幼儿园${region.name ? `（${region.name}）` : ""}` : "",
      nature,
      grade: pick(KINDERGARTEN_GRADES),
      region_code: region.code,
      address: `宁波市${region.name}${pick(streets)}${1 + Math.floor(random() * 900)}号`,
      status: random() < 0.05 ? "suspended" : "",
    });
  }
  return out;
}

const csvOf = (list: Row[]) => [REGISTRY_COLUMNS.join(","), ...list.map((r) => REGISTRY_COLUMNS.map((c) => r[c]).join(","))].join("\r\n") + "\r\n";

/** Every statement's kind (verb and table) counted and timed: where a commit's time goes. */
class StatementCounter implements KyselyPlugin {
  readonly kinds = new Map<string, { n: number; ms: number }>();
  private readonly started = new Map<unknown, { kind: string; at: number }>();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.started.set(args.queryId, { kind: kindOf(args.node), at: performance.now() });
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const s = this.started.get(args.queryId);
    if (s) {
      this.started.delete(args.queryId);
      const k = this.kinds.get(s.kind) ?? this.kinds.set(s.kind, { n: 0, ms: 0 }).get(s.kind)!;
      k.n += 1;
      k.ms += performance.now() - s.at;
    }
    return args.result;
  }
}

function kindOf(node: RootOperationNode): string {
  const table = (n: unknown): string => {
    const t = n as { kind?: string; table?: { identifier?: { name?: string } }; into?: unknown; from?: { froms?: unknown[] } } | undefined;
    if (!t) return "?";
    if (t.kind === "TableNode") return t.table?.identifier?.name ?? "?";
    if (t.kind === "AliasNode") return table((t as { node?: unknown }).node);
    return "?";
  };
  switch (node.kind) {
    case "InsertQueryNode":
      return `insert ${table(node.into)}`;
    case "UpdateQueryNode":
      return `update ${table(node.table)}`;
    case "DeleteQueryNode":
      return `delete ${table(node.from.froms[0])}`;
    case "SelectQueryNode":
      return `select ${node.from ? table(node.from.froms[0]) : ""}`.trim();
    default:
      return node.kind === "RawNode" ? "raw" : node.kind;
  }
}

interface Step {
  step: string;
  ms: number;
  rows: number;
}

async function prepared(bench: BenchDatabase): Promise<{ db: DB; admin: Actor }> {
  const db = createDb(bench.url);
  await migrateToLatest(db);
  await seedDemo(db);
  const u = await db.selectFrom("users").selectAll().where("username", "=", "admin").executeTakeFirstOrThrow();
  return { db, admin: { id: u.id, username: u.username, displayName: u.display_name, role: u.role, agency: u.agency, regionCode: u.region_code, kindergartenId: u.kindergarten_id } };
}

/** The commits' time windows, for the profile's summary. */
const commitWindows: Window[] = [];

async function timed<T>(label: string, steps: Step[], n: number, work: () => Promise<T>): Promise<T> {
  const fromUs = monotonicMicros();
  const t0 = performance.now();
  const out = await work();
  steps.push({ step: label, ms: performance.now() - t0, rows: n });
  if (label.endsWith("commit")) commitWindows.push({ fromUs, toUs: monotonicMicros() });
  return out;
}

/** The in-process CPU profiler (--cpu-prof): started before the floor, stopped after the last commit. */
function profiler() {
  const session = new Session();
  const post = <T>(method: string, params?: object) =>
    new Promise<T>((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result as T))));
  return {
    async start() {
      session.connect();
      await post("Profiler.enable");
      await post("Profiler.setSamplingInterval", { interval: 200 });
      await post("Profiler.start");
    },
    async stopInto(file: string) {
      const { profile } = await post<{ profile: unknown }>("Profiler.stop");
      session.disconnect();
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(profile));
    },
  };
}

/** The floor: the same rows as the import writes them, in one transaction, FLOOR_CHUNK a statement. */
async function floor(db: DB, list: Row[]): Promise<number> {
  const at = new Date().toISOString();
  const values = list.map((r) => ({
    id: ulid(),
    uscc: r.uscc,
    approved_name: r.approved_name,
    name_in_use: r.name_in_use || r.approved_name,
    nature: r.nature as KindergartenNature,
    grade: r.grade,
    region_code: r.region_code,
    address: r.address,
    status: (r.status || "active") as "active",
    created_at: at,
    updated_at: at,
  }));
  const t0 = performance.now();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < values.length; i += FLOOR_CHUNK) await trx.insertInto("kindergartens").values(values.slice(i, i + FLOOR_CHUNK)).execute();
  });
  const ms = performance.now() - t0;
  for (let i = 0; i < values.length; i += 5000) await db.deleteFrom("kindergartens").where("id", "in", values.slice(i, i + 5000).map((v) => v.id)).execute();
  if (dialect === "postgres") await sql`VACUUM ANALYZE kindergartens`.execute(db);
  return ms;
}

/** Preview, then commit with its digest; fails loudly when the commit's counts are not the preview's. */
async function importFile(db: DB, admin: Actor, text: string, label: string, steps: Step[], n: number): Promise<RegistryImportCounts> {
  const seen = await timed(`${label}: preview`, steps, n, () => importRegistry({ db, actor: admin, file: text, fileName: "bench.csv", submissionKey: ulid(), commit: false }));
  if (!seen.ok || seen.committed) throw new Error(`${label}: the preview failed: ${JSON.stringify(seen).slice(0, 400)}`);
  const done = await timed(`${label}: commit`, steps, n, () => importRegistry({ db, actor: admin, file: text, fileName: "bench.csv", submissionKey: ulid(), commit: true, previewed: seen.preview.digest }));
  if (!done.ok || !done.committed) throw new Error(`${label}: the commit failed: ${JSON.stringify(done).slice(0, 400)}`);
  if (JSON.stringify(done.counts) !== JSON.stringify(seen.preview.counts)) throw new Error(`${label}: committed ${JSON.stringify(done.counts)}, previewed ${JSON.stringify(seen.preview.counts)}`);
  return done.counts;
}

function changedFile(list: Row[]): { rows: Row[]; changed: number } {
  const every = changedShare > 0 ? Math.max(1, Math.round(1 / changedShare)) : 0;
  let changed = 0;
  const out = list.map((r, i) => {
    if (every === 0 || i % every !== 0) return r;
    changed += 1;
    // Half renamed (a rule's fact: re-evaluated through the outbox), half moved to a new address (no rule reads it).
    return changed % 2 === 1 ? { ...r, approved_name: r.approved_name.replace(/幼儿园$/, "实验幼儿园") } : { ...r, address: `${r.address}（新址）` };
  });
  return { rows: out, changed };
}

async function main() {
  const log = (line: string) => console.log(line);
  const list = generateRows(rows);
  const first = csvOf(list);
  const second = changedFile(list);
  log(`registry import benchmark: ${dialect}, ${rows.toLocaleString("en")} rows (${(Buffer.byteLength(first) / 1024 / 1024).toFixed(1)} MB), ${second.changed.toLocaleString("en")} changed in the second file`);

  const bench = await createBenchDatabase(dialect);
  const steps: Step[] = [];
  let failed = false;
  const cpu = args.has("cpu-prof") ? profiler() : null;
  await cpu?.start();
  try {
    const { db, admin } = await prepared(bench);
    try {
      const floorMs = await floor(db, list);
      steps.push({ step: "floor: bare multi-row insert", ms: floorMs, rows });
      const created = await importFile(db, admin, first, "new rows", steps, rows);
      if (created.new !== rows) throw new Error(`expected ${rows} new, got ${JSON.stringify(created)}`);
      const updated = await importFile(db, admin, csvOf(second.rows), "changed rows", steps, rows);
      if (updated.changed !== second.changed) throw new Error(`expected ${second.changed} changed, got ${JSON.stringify(updated)}`);
      const audit = await db.selectFrom("audit_log").select((eb) => eb.fn.countAll().as("n")).where("action", "in", ["kindergarten.create", "kindergarten.update"]).executeTakeFirstOrThrow();
      log(`written: ${created.new} registered, ${updated.changed} updated, ${Number(audit.n)} audit entries of kindergartens (the demo's included)`);
    } finally {
      await db.destroy();
    }
    if (cpu) {
      const file = path.join(ROOT, "tests/artifacts/bench-registry", `${dialect}-${rows}.cpuprofile`);
      await cpu.stopInto(file);
      printProfileSummary(file, log, 25, commitWindows);
    }
  } catch (err) {
    failed = true;
    console.error(err);
  } finally {
    if (args.has("keep")) log(`kept: ${bench.url}`);
    else await bench.destroy();
  }

  const floorMs = steps.find((s) => s.step.startsWith("floor"))?.ms ?? NaN;
  printMarkdownTable(
    ["step", "rows", "ms", "rows/s", "÷ floor"],
    steps.map((s) => [s.step, s.rows.toLocaleString("en"), s.ms.toFixed(0), Math.round((s.rows / s.ms) * 1000).toLocaleString("en"), (s.ms / floorMs).toFixed(1)]),
    log,
  );

  if (args.has("statements") && !failed) {
    const bench2 = await createBenchDatabase(dialect);
    try {
      const { db, admin } = await prepared(bench2);
      const counter = new StatementCounter();
      const counted = db.withPlugin(counter);
      try {
        for (const [label, text] of [
          ["new rows", first],
          ["changed rows", csvOf(second.rows)],
        ] as const) {
          const seen = await importRegistry({ db, actor: admin, file: text, submissionKey: ulid(), commit: false });
          if (!seen.ok || seen.committed) throw new Error("preview failed");
          counter.kinds.clear();
          const t0 = performance.now();
          const done = await importRegistry({ db: counted, actor: admin, file: text, submissionKey: ulid(), commit: true, previewed: seen.preview.digest });
          if (!done.ok) throw new Error(`commit failed: ${JSON.stringify(done).slice(0, 300)}`);
          const total = performance.now() - t0;
          const kinds = [...counter.kinds].sort(([, a], [, b]) => b.ms - a.ms);
          const statements = kinds.reduce((n, [, k]) => n + k.n, 0);
          const inStatements = kinds.reduce((n, [, k]) => n + k.ms, 0);
          log(`\n${label}, commit with every statement counted: ${statements.toLocaleString("en")} statements (${(statements / rows).toFixed(2)} a row), ${total.toFixed(0)} ms, ${inStatements.toFixed(0)} ms of it in statements`);
          printMarkdownTable(
            ["statement", "count", "ms", "ms each"],
            kinds.map(([kind, k]) => [kind, k.n.toLocaleString("en"), k.ms.toFixed(0), (k.ms / k.n).toFixed(3)]),
            log,
          );
        }
      } finally {
        await db.destroy();
      }
    } finally {
      await bench2.destroy();
    }
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
