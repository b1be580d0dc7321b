/**
 * Redis killed without persistence mid-intake, as an operator meets it: the real
 * worker entry (`npm run worker`: relay + BullMQ workers, real rules), a private
 * redis-server that forgets everything when killed, and the test database
 * (SQLite here, Postgres under `npm run test:pg`). Jobs already handed to Redis
 * are gone; the relay notices (the epoch key) and hands their rows over again.
 * Nobody presses a button: every filing is evaluated, exactly once in effect,
 * and the cases opened are those a fault-free evaluation opens.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listDeadLetters } from "../../jobs/outbox-state";
import { addGuidancePrice, createKindergartenWithOperator, fileFees, HAISHU, NINGBO, seedReferenceData } from "../factories/domain";
import { startRedisServer, type RedisServer } from "../setup/redis";
import { createTestDb, type TestDb } from "../setup/test-db";
import { killWorker, spawnWorker, type WorkerChild } from "../setup/worker";
import {
  expectedCaseKeys,
  openedCaseKeys,
  undoneOutboxRows,
  uniquePrefix,
  waitFor,
} from "../jobs/helpers";

const NOW = new Date("2026-09-29T17:30:00.000Z");
const FILINGS = 30;

describe("redis that forgets", () => {
  let t: TestDb;
  let redis: RedisServer | undefined;
  let worker: WorkerChild | undefined;

  beforeEach(async () => {
    t = await createTestDb();
    await seedReferenceData(t.db);
  });
  afterEach(async () => {
    if (worker) await killWorker(worker);
    await redis?.stop();
    await t.destroy();
  });

  it("killed without persistence mid-intake: every filing evaluated once, expected cases = opened cases", { timeout: 90_000 }, async () => {
    redis = await startRedisServer(); // --save "" --appendonly no
    const port = redis.port;
    await addGuidancePrice(t.db, { region_code: NINGBO, nature: "inclusive_private", grade: "class1", base_price_fen: 100_000 });
    const operators: Awaited<ReturnType<typeof createKindergartenWithOperator>>["operator"][] = [];
    for (let i = 0; i < FILINGS; i++) {
      operators.push((await createKindergartenWithOperator(t.db, { nature: "inclusive_private", grade: "class1", region_code: HAISHU })).operator);
    }
    // Slow jobs, one at a time: a backlog of handed-over jobs sits in Redis when it dies.
    const w = spawnWorker({
      DATABASE_URL: t.url,
      REDIS_URL: redis.url,
      JOBS_PREFIX: uniquePrefix(),
      JOBS_RELAY_INTERVAL_MS: "100",
      JOBS_TEST_DELAY_MS: "100",
      WORKER_CONCURRENCY: "1",
    });
    worker = w;
    const tail = () => `stdout: ${JSON.stringify(w.lines.slice(-8))} stderr: ${w.stderr.join("").slice(-1500)}`;
    await waitFor(() => w.lines.some((l) => l.msg === "worker started") || w.proc.exitCode !== null, { what: "the worker to start", timeoutMs: 30_000 });

    const filingIds: string[] = [];
    const file = async (i: number) => {
      // Every other one above the 普惠 cap (base 1000 yuan + 10 %): flagged, a case.
      const amount = i % 2 === 0 ? "1200" : "980";
      filingIds.push(await fileFees(t.db, operators[i]!, [{ code: "CARE_EDU", amount }], { now: NOW }));
    };
    for (let i = 0; i < 15; i++) await file(i);
    const backlog = () => t.db.selectFrom("outbox").select("id").where("relayed_at", "is not", null).where("processed_at", "is", null).execute();
    await waitFor(async () => (await backlog()).length >= 8, { what: "a backlog of relayed, unprocessed jobs" });
    await redis.stop(); // SIGKILL: the backlog is gone with it
    for (let i = 15; i < 22; i++) await file(i); // intake goes on while Redis is down
    redis = await startRedisServer({ port }); // back, empty
    for (let i = 22; i < FILINGS; i++) await file(i);

    await waitFor(async () => (await undoneOutboxRows(t.db)) === 0, { what: "the outbox to drain", timeoutMs: 45_000 }).catch((err) => {
      throw new Error(`${(err as Error).message}; ${tail()}`);
    });
    // The fault really lost jobs, and the relay handed them over again.
    expect(w.lines.some((l) => l.msg === "jobs missing from redis: outbox rows handed over again"), tail()).toBe(true);

    const filings = await t.db.selectFrom("fee_filings").select(["id", "status", "evaluated_at"]).execute();
    expect(filings).toHaveLength(FILINGS);
    expect(filings.filter((f) => f.status !== "evaluated" || !f.evaluated_at)).toEqual([]);
    const results = await t.db.selectFrom("rule_results").select(["filing_id", "rule_id", "rule_version", "evaluated_at"]).execute();
    expect(new Set(results.map((r) => `${r.filing_id}|${r.rule_id}|${r.rule_version}|${r.evaluated_at}`)).size).toBe(results.length);
    const expected = await expectedCaseKeys(t.db, filingIds);
    expect(expected.length).toBeGreaterThanOrEqual(FILINGS / 2);
    expect(await openedCaseKeys(t.db)).toEqual(expected);
    expect(await listDeadLetters(t.db)).toEqual([]);
  });
});
