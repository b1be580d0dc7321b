/**
 * The evaluation worker pool gives exactly what evaluating in this thread
 * gives: the same rule versions applied and the same flags, explanation
 * JSON byte for byte, for every demo filing (all natures, histories and
 * story lines), whether the workers read the facts themselves from the
 * SQLite file or are handed them.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { reloadEnv } from "~/utils/env.server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeEvaluations, toEvaluationRecord } from "~/domain/filings/evaluate.server";
import { closeEvaluationPool, evaluationPool, sqliteFileOf } from "~/domain/filings/evaluation-pool.server";
import { buildFilingFactsBatch } from "~/domain/filings/facts.server";
import { activateNewRules, createRulesRuntime, loadRulesState, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { seedDemo } from "~/db/seed";
import { loadRuleSet } from "~/rules/load/read-files";
import { createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

const NOW = new Date("2026-11-30T02:00:00.000Z");
/** The module compiled on its own beside the compiled server (`npm run build`; build-server.mjs): what its workers start on. */
const COMPILED = path.join(fileURLToPath(new URL("../..", import.meta.url)), "build/server/evaluation-pool.server.js");

describe("evaluation pool", () => {
  let t: TestDb;
  let rules: RulesRuntime;
  let filingIds: string[];
  const configured = process.env.EVALUATION_WORKERS;

  beforeAll(async () => {
    process.env.EVALUATION_WORKERS = "2";
    reloadEnv();
    await closeEvaluationPool();
    t = await createTestDb();
    await seedDemo(t.db, { now: NOW });
    rules = createRulesRuntime(loadRuleSet());
    await activateNewRules(t.db, rules.library, NOW);
    filingIds = (await t.db.selectFrom("fee_filings").select("id").orderBy("id").execute()).map((f) => f.id);
  }, 60_000);

  afterAll(async () => {
    await closeEvaluationPool();
    if (configured === undefined) delete process.env.EVALUATION_WORKERS;
    else process.env.EVALUATION_WORKERS = configured;
    reloadEnv();
    await t?.destroy();
  });

  async function inThisThread() {
    return (await computeEvaluations({ db: t.db, rules }, filingIds)).map(toEvaluationRecord);
  }

  it("evaluates handed facts exactly as this thread does", async () => {
    const state = await loadRulesState(t.db, rules.library);
    const facts = await buildFilingFactsBatch(t.db, filingIds);
    const expected = await inThisThread();
    expect(expected.length).toBeGreaterThan(50);
    expect(expected.some((r) => r.flags.length > 0)).toBe(true);
    expect(await evaluationPool()!.evaluate(rules, state, facts)).toEqual(expected);
    // Still two workers: had they failed to start, the pool would have fallen back to this thread (size 0).
    expect(evaluationPool()?.size).toBe(2);
  });

  it.skipIf(TEST_DIALECT === "pg")("reads the facts from the SQLite file itself and evaluates them exactly as this thread does", async () => {
    const state = await loadRulesState(t.db, rules.library);
    const file = await sqliteFileOf(t.db);
    expect(file).not.toBeNull();
    expect(await evaluationPool()!.evaluateStored(rules, state, file!, filingIds)).toEqual(await inThisThread());
    expect(evaluationPool()?.size).toBe(2);
  });

  // npm test builds it first; a bare `vitest run` of this file without a build skips it. On SQLite only: the compiled
  // workers are handed the facts, which the first test already hands the source module's workers from either database.
  it.skipIf(!fs.existsSync(COMPILED) || TEST_DIALECT === "pg")("runs its workers on the compiled module, as the compiled server does, with the same results", async () => {
    const compiled = (await import(pathToFileURL(COMPILED).href)) as typeof import("~/domain/filings/evaluation-pool.server");
    try {
      const state = await loadRulesState(t.db, rules.library);
      const facts = await buildFilingFactsBatch(t.db, filingIds);
      expect(await compiled.evaluationPool()!.evaluate(rules, state, facts)).toEqual(await inThisThread());
      expect(compiled.evaluationPool()?.size).toBe(2);
    } finally {
      await compiled.closeEvaluationPool();
    }
  });
});
