/**
 * `npm run bench`: a national re-evaluation, end to end, on synthetic data.
 *
 * One process, one run:
 *  1. generate a fresh SQLite database (tests/bench/generate.ts; not measured);
 *  2. pipeline: the product's re-evaluation exactly as the job runs it:
 *     startReevaluation in a transaction, then the in-process outbox runner
 *     drains the `reevaluation.batch` chain (runReevaluationBatch: page of
 *     active filings → facts → regional engines → results, cases, statuses,
 *     run cursor and next batch in one transaction per batch), wall-clock;
 *  3. engine alone: the same filings' facts, built beforehand (chunk by
 *     chunk, not timed), through the same regional engines, no database;
 *  4. plain TypeScript: the same 14 checks by hand (plain-checks.ts) on the
 *     same facts, and a cross-check of which rules fire against the engine;
 *  5. a table with the figures, the two ratios, peak memory and the targets.
 *
 * Usage: npm run bench -- [--kindergartens N] [--keep] [--from file.db] [--batch N] [--workers N] [--runs N]
 *   --from copies an existing generated database instead of generating one;
 *   --runs N re-evaluates N times (the later runs find results and cases stored; the table reports the first);
 *   --workers sets EVALUATION_WORKERS (evaluation worker threads; 0: none).
 */
import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { countActiveFilings, listActiveFilingIds } from "~/domain/changes/active-filings.server";
import { DEFAULT_REEVALUATION_BATCH, getRun, startReevaluation } from "~/domain/changes/reevaluation.server";
import { filingEvaluator } from "~/domain/filings/evaluate.server";
import { closeEvaluationPool, evaluationPool } from "~/domain/filings/evaluation-pool.server";
import { buildFilingFactsBatch } from "~/domain/filings/facts.server";
import { createRulesRuntime, loadRulesState } from "~/domain/rules-runtime/rules-runtime.server";
import { createDb } from "~/db/client";
import type { JobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { createReevaluateProcessor } from "../../jobs/processors/reevaluate";
import { createInProcessRunner } from "../../jobs/runner";
import { serializeExplanation } from "~/rules/explain";
import { loadRuleSet } from "~/rules/load/read-files";
import type { FilingFacts, RuleOutcome } from "~/rules/types";
import { generate, parseArgs, removeDbFile, tempDbFile } from "./generate";
import { DEFAULT_PLAIN_PARAMS, plainChecks, type PlainParams } from "./plain-checks";

const TARGET_SECONDS = 60;
const TARGET_RATIO = 0.5;
const NATIONAL = 150_000;

const args = parseArgs(process.argv.slice(2));
const kindergartens = Number(args.get("kindergartens") ?? NATIONAL);
const batchSize = Number(args.get("batch") ?? DEFAULT_REEVALUATION_BATCH);
const runs = Number(args.get("runs") ?? 1);
const keep = args.has("keep");
const workersArg = args.get("workers");
if (typeof workersArg === "string") process.env.EVALUATION_WORKERS = workersArg;
const from = args.get("from");
if (!Number.isSafeInteger(kindergartens) || kindergartens < 1) throw new Error("--kindergartens must be a positive integer");
if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new Error("--batch must be a positive integer");
if (!Number.isSafeInteger(runs) || runs < 1) throw new Error("--runs must be a positive integer");

const fmt = (n: number, digits = 0) => n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (bytes: number) => `${fmt(bytes / 1024 / 1024)} MB`;
const log = (line: string) => console.log(line);

/** Peak RSS and heap, sampled while a phase runs (the event loop turns between batches often). */
function memorySampler() {
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > rss) rss = m.rss;
    if (m.heapUsed > heap) heap = m.heapUsed;
  };
  sample();
  const timer = setInterval(sample, 50);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { rss, heap };
    },
  };
}

async function main() {
  // 1. Data ---------------------------------------------------------------------
  const file = tempDbFile("run");
  let generated: Awaited<ReturnType<typeof generate>> | null = null;
  if (typeof from === "string") {
    const src = path.resolve(from);
    log(`copying ${src} …`);
    fs.copyFileSync(src, file);
  } else {
    log(`generating ${fmt(kindergartens)} kindergartens into ${file} …`);
    generated = await generate({ kindergartens, file, log: (l) => log(`  ${l}`) });
    log(
      `  ${fmt(generated.filings)} filings, ${fmt(generated.items)} fee items (${fmt(generated.activeItems)} in the active fee schedules), ` +
        `${fmt(generated.guidancePrices)} guidance prices, ${generated.overlays} overlays; ${fmt(generated.seconds, 1)} s, ${mb(generated.fileBytes)}`,
    );
  }

  const db = createDb(file);
  // How long each write transaction holds SQLite's write lock (the whole transaction: BEGIN … COMMIT, the
  // checkpoint included): what a web request's write may wait for. Measured by wrapping db.transaction().
  const transactionMs: number[] = [];
  const transaction = db.transaction.bind(db);
  db.transaction = () => {
    const builder = transaction();
    const execute = builder.execute.bind(builder);
    builder.execute = async (fn) => {
      const started = performance.now();
      try {
        return await execute(fn);
      } finally {
        transactionMs.push(performance.now() - started);
      }
    };
    return builder;
  };
  try {
    const rules = createRulesRuntime(loadRuleSet());
    const ctx: JobContext = { db, rules, logger: silentLogger };
    const active = await countActiveFilings(db);
    const kindergartenCount = Number(
      (await db.selectFrom("kindergartens").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n,
    );
    const activeItems = Number(
      (
        await db
          .selectFrom("fee_items as i")
          .innerJoin("fee_filings as f", "f.id", "i.filing_id")
          .select((eb) => eb.fn.countAll().as("n"))
          .where(({ not, exists, selectFrom }) =>
            not(exists(selectFrom("fee_filings as l").select("l.id").whereRef("l.kindergarten_id", "=", "f.kindergarten_id").whereRef("l.version", ">", "f.version"))),
          )
          .executeTakeFirstOrThrow()
      ).n,
    );
    log(`active fee schedules: ${fmt(active)} filings with ${fmt(activeItems)} fee items`);

    // 2. Pipeline -------------------------------------------------------------------
    /** One national re-evaluation exactly as the job runs it: the run started in a transaction, the outbox chain drained. */
    const pipeline = async () => {
      const mem = memorySampler();
      const cpu0 = process.cpuUsage();
      const elu0 = performance.eventLoopUtilization();
      const t0 = performance.now();
      const runId = await db
        .transaction()
        .execute((trx) => startReevaluation(trx, { reason: "manual", subjectId: null, actorId: null, now: new Date() }));
      const runner = createInProcessRunner({ db, ctx, processors: { "reevaluation.batch": createReevaluateProcessor(batchSize) }, logger: silentLogger });
      const drained = await runner.drainOnce();
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      const elu = performance.eventLoopUtilization(elu0);
      const peak = mem.stop();
      const run = (await getRun(db, runId))!;
      if (run.status !== "done" || drained.retried > 0 || drained.deadLettered > 0) {
        throw new Error(`the run did not finish cleanly: ${JSON.stringify({ run, drained })}`);
      }
      return { seconds, cpu, elu, peak, run, drained };
    };

    log(`pipeline: startReevaluation + the in-process runner draining reevaluation.batch (batch ${batchSize}) …`);
    transactionMs.length = 0;
    const first = await pipeline();
    const txs = [...transactionMs].sort((a, b) => a - b);
    const { seconds: pipelineSeconds, cpu, elu, run, drained } = first;
    const pipelineMem = first.peak;
    const poolSize = evaluationPool()?.size ?? 0;
    const processed = run.processed;
    const counts = await db
      .selectFrom("rule_results")
      .select(["rule_id", (eb) => eb.fn.countAll().as("fired")])
      .groupBy("rule_id")
      .orderBy("rule_id")
      .execute();
    const flagRows = counts.reduce((s, c) => s + Number(c.fired), 0);
    const cases = Number((await db.selectFrom("inspection_cases").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    const events = Number((await db.selectFrom("case_events").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    log(
      `  ${fmt(processed)} filings in ${drained.processed} batches, ${fmt(pipelineSeconds, 1)} s; ${fmt(flagRows)} flags, ` +
        `${fmt(cases)} cases, ${fmt(events)} case events; newly flagged ${fmt(run.newly_flagged)}`,
    );
    log(
      `  evaluation worker threads: ${poolSize}; main thread busy ${fmt(elu.utilization * 100)} %; ` +
        `process CPU ${fmt((cpu.user + cpu.system) / 1e6, 1)} s (${fmt(((cpu.user + cpu.system) / 1e6 / pipelineSeconds) * 100)} % of one core)`,
    );
    log(`  fired per rule: ${counts.map((c) => `${c.rule_id} ${fmt(Number(c.fired))}`).join(", ")}`);
    const later: number[] = [];
    for (let i = 2; i <= runs; i++) {
      const again = await pipeline();
      later.push(again.seconds);
      log(
        `  run ${i} (results and cases already stored): ${fmt(again.run.processed / again.seconds)} filings/s, ${fmt(again.seconds, 1)} s; ` +
          `newly flagged ${fmt(again.run.newly_flagged)}, cleared ${fmt(again.run.cleared)}; main thread busy ${fmt(again.elu.utilization * 100)} %`,
      );
    }

    // 3./4. Engine alone and plain TypeScript on the same facts ------------------------
    log(`engine alone and plain TypeScript: every active filing's facts, built chunk by chunk outside the timing …`);
    const state = await loadRulesState(db, rules.library);
    const PLAIN_REPEAT = 20;
    let engineSeconds = 0;
    let plainSeconds = 0;
    let evaluated = 0;
    let disagreements = 0;
    const examples: string[] = [];
    let engineFired = 0;
    let storedMismatches = 0;
    let storedChecked = 0;
    let factsSeconds = 0;
    const emem = memorySampler();
    let cursor: string | null = null;
    for (;;) {
      const page = await listActiveFilingIds(db, { afterKindergartenId: cursor, limit: 2000 });
      if (page.filingIds.length === 0) break;
      cursor = page.lastKindergartenId;
      const f0 = performance.now();
      const factsList: FilingFacts[] = await buildFilingFactsBatch(db, page.filingIds);
      factsSeconds += (performance.now() - f0) / 1000;

      const outcomes: RuleOutcome[][] = new Array(factsList.length);
      const e0 = performance.now();
      const evaluate = filingEvaluator(rules, state);
      for (let i = 0; i < factsList.length; i++) outcomes[i] = await evaluate(factsList[i]);
      engineSeconds += (performance.now() - e0) / 1000;

      let sink = 0;
      const p0 = performance.now();
      for (let r = 0; r < PLAIN_REPEAT; r++) {
        for (let i = 0; i < factsList.length; i++) sink += plainChecks(factsList[i], DEFAULT_PLAIN_PARAMS).length;
      }
      plainSeconds += (performance.now() - p0) / 1000 / PLAIN_REPEAT;
      if (sink < 0) log("impossible");

      // The pipeline stored what the engine gives on these facts: for every filing the rule versions
      // applied and its flags (rule, version, severity, explanation byte for byte), and nothing else.
      const stored = new Map<string, { severity: string; explanation: string }>();
      const applied = new Map<string, string>();
      for (let i = 0; i < page.filingIds.length; i += 900) {
        const ids = page.filingIds.slice(i, i + 900);
        const [flags, filings] = await Promise.all([
          db
            .selectFrom("rule_results as r")
            .innerJoin("fee_filings as f", "f.id", "r.filing_id")
            .select(["r.filing_id", "r.rule_id", "r.rule_version", "r.severity", "r.explanation"])
            .where("r.filing_id", "in", ids)
            .whereRef("r.evaluated_at", "=", "f.evaluated_at")
            .execute(),
          db.selectFrom("fee_filings").select(["id", "evaluated_rules"]).where("id", "in", ids).execute(),
        ]);
        for (const r of flags) stored.set(`${r.filing_id}|${r.rule_id}|${r.rule_version}`, r);
        for (const f of filings) applied.set(f.id, f.evaluated_rules);
      }
      for (let i = 0; i < factsList.length; i++) {
        const filingId = factsList[i].filing.id;
        const mismatch = (what: string) => {
          storedMismatches++;
          if (examples.length < 5) examples.push(`stored ${filingId}: ${what}`);
        };
        const versions = JSON.stringify(outcomes[i].map((o) => `${o.ruleId}@${o.version}`).sort());
        if (applied.get(filingId) !== versions) mismatch(`evaluated rules ${applied.get(filingId)} vs engine ${versions}`);
        for (const o of outcomes[i]) {
          const key = `${filingId}|${o.ruleId}|${o.version}`;
          const row = stored.get(key);
          stored.delete(key);
          if (!o.fired) {
            if (row) mismatch(`${o.ruleId}@${o.version} stored as a flag, but the engine passes it`);
          } else if (!row || row.severity !== o.severity || row.explanation !== serializeExplanation(o)) {
            mismatch(`${o.ruleId}@${o.version}: ${row ? `${row.severity}` : "missing"} vs engine ${o.severity}`);
          }
          storedChecked++;
        }
      }
      for (const key of stored.keys()) {
        storedMismatches++;
        if (examples.length < 5) examples.push(`stored flag ${key} the engine did not give`);
      }

      // Cross-check every filing, with the params the engine used (regional overlays included).
      for (let i = 0; i < factsList.length; i++) {
        const byRule = new Map(outcomes[i].map((o) => [o.ruleId, o]));
        const params = { ...DEFAULT_PLAIN_PARAMS } as Record<string, unknown>;
        for (const o of outcomes[i]) if (o.ruleId in params) params[o.ruleId] = o.params;
        const engine = outcomes[i].filter((o) => o.fired).map((o) => `${o.ruleId}/${o.severity}`).join(" ");
        const plain = plainChecks(factsList[i], params as unknown as PlainParams).map((f) => `${f.ruleId}/${f.severity}`).join(" ");
        engineFired += byRule.size > 0 ? outcomes[i].filter((o) => o.fired).length : 0;
        if (engine !== plain) {
          disagreements++;
          if (examples.length < 5) examples.push(`${factsList[i].filing.id}: engine [${engine}] plain [${plain}]`);
        }
      }
      evaluated += factsList.length;
      if (page.filingIds.length < 2000) break;
    }
    const engineMem = emem.stop();
    const engineRate = evaluated / engineSeconds;
    const plainRate = evaluated / plainSeconds;
    const pipelineRate = processed / pipelineSeconds;
    log(`  facts built in ${fmt(factsSeconds, 1)} s (not timed); ${fmt(evaluated)} filings, ${fmt(engineFired)} fired outcomes; plain/engine disagreements ${disagreements}`);
    log(`  stored evaluations checked against the engine: ${fmt(storedChecked)} outcomes, ${storedMismatches} mismatches`);
    for (const e of examples) log(`    ${e}`);

    // 5. Report -----------------------------------------------------------------------
    const usage = process.resourceUsage();
    const nationalSeconds = NATIONAL / pipelineRate;
    const rows: [string, string][] = [
      ["kindergartens / active filings", `${fmt(kindergartenCount)} / ${fmt(processed)}`],
      ["fee items in the active fee schedules", fmt(activeItems)],
      ["pipeline (read, facts, engine, write)", `${fmt(pipelineRate)} filings/s, ${fmt(pipelineSeconds, 1)} s`],
      [
        "write transactions (median / p95 / max)",
        `${fmt(txs[Math.floor(txs.length / 2)] ?? 0)} / ${fmt(txs[Math.floor(txs.length * 0.95)] ?? 0)} / ${fmt(txs.at(-1) ?? 0)} ms (${txs.length})`,
      ],
      ["engine alone (same facts, 1 thread)", `${fmt(engineRate)} filings/s, ${fmt(engineSeconds, 1)} s`],
      ["pipeline: evaluation worker threads", `${poolSize} (+ the main thread reading and writing)`],
      ["plain TypeScript (same checks)", `${fmt(plainRate)} filings/s, ${fmt(plainSeconds * 1000, 1)} ms`],
      ["pipeline / engine alone", fmt(pipelineRate / engineRate, 2)],
      ["engine alone / plain TypeScript", `${fmt(engineRate / plainRate, 5)} (plain is ${fmt(plainRate / engineRate)}× faster)`],
      ["peak RSS / heap, pipeline", `${mb(pipelineMem.rss)} / ${mb(pipelineMem.heap)}`],
      ["peak RSS / heap, engine-alone phase", `${mb(engineMem.rss)} / ${mb(engineMem.heap)}`],
      ["process maxRSS (whole run)", mb(usage.maxRSS * 1024)],
      ["engine/plain cross-check disagreements", `${disagreements} of ${fmt(evaluated)}`],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    log("");
    log("| what".padEnd(width + 2) + " | figure");
    log(`|${"-".repeat(width + 2)}|${"-".repeat(40)}`);
    for (const [k, v] of rows) log(`| ${k.padEnd(width)} | ${v}`);
    log("");
    const scaled = processed === NATIONAL ? "" : ` (extrapolated from ${fmt(processed)}: ${fmt(nationalSeconds, 1)} s)`;
    const pass60 = nationalSeconds <= TARGET_SECONDS;
    const passRatio = pipelineRate >= TARGET_RATIO * engineRate;
    log(`${pass60 ? "PASS" : "FAIL"}  national re-evaluation ≤ ${TARGET_SECONDS} s: ${fmt(pipelineSeconds, 1)} s for ${fmt(processed)} filings${scaled}`);
    log(`${passRatio ? "PASS" : "FAIL"}  pipeline ≥ ${TARGET_RATIO} × engine alone: ${fmt(pipelineRate / engineRate, 2)}`);
    log(`${disagreements === 0 ? "PASS" : "FAIL"}  plain TypeScript flags the same rules as the engine on every filing`);
    log(`${storedMismatches === 0 ? "PASS" : "FAIL"}  the pipeline stored exactly the engine's rule versions and flags for every filing`);
    process.exitCode = pass60 && passRatio && disagreements === 0 && storedMismatches === 0 ? 0 : 1;
  } finally {
    await closeEvaluationPool();
    await db.destroy();
    if (keep) log(`kept: ${file}`);
    else removeDbFile(file);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
