/**
 * A re-evaluation whose worker is SIGKILLed three times mid-batch, with real
 * worker processes (`npm run worker` entry) on the test database. Each kill
 * stalls the batch's job; the stall puts its outbox row back in line after a
 * back-off (an interruption, never an attempt), so the run ends done with exact
 * counts, no dead letter and nobody pressing "continue".
 */
import { afterEach, describe, expect, it } from "vitest";
import { getRun, startReevaluation } from "~/domain/changes/reevaluation.server";
import { listDeadLetters } from "../../jobs/outbox-state";
import { addGuidancePrice, createKindergarten, HAISHU, insertCareFeeFiling, NINGBO, seedReferenceData } from "../factories/domain";
import { killWorker, spawnWorker, type WorkerChild } from "../setup/worker";
import { expectedCaseKeys, openedCaseKeys, useJobsFixture, waitFor } from "../jobs/helpers";

describe("worker killed again and again", () => {
  const fx = useJobsFixture();
  const children: WorkerChild[] = [];
  afterEach(async () => {
    for (const c of children.splice(0)) await killWorker(c);
  });

  it("a re-evaluation whose worker is killed three times mid-batch ends done, exact counts, no dead letter", { timeout: 120_000 }, async () => {
    await seedReferenceData(fx.t.db);
    await addGuidancePrice(fx.t.db, { region_code: NINGBO, nature: "inclusive_private", grade: "class1", base_price_fen: 100_000 });
    for (let i = 0; i < 12; i++) {
      const kg = await createKindergarten(fx.t.db, { nature: "inclusive_private", grade: "class1", region_code: HAISHU });
      await insertCareFeeFiling(fx.t.db, kg.id, 95_000 + i * 2000);
    }
    const runId = await fx.t.db.transaction().execute((trx) => startReevaluation(trx, { reason: "manual", subjectId: null, actorId: null, now: new Date() }));
    const batchRow = await fx.t.db.selectFrom("outbox").select("id").where("topic", "=", "reevaluation.batch").executeTakeFirstOrThrow();

    const env = (extra: Record<string, string> = {}) => ({
      DATABASE_URL: fx.t.url,
      REDIS_URL: fx.redis.url,
      JOBS_PREFIX: fx.prefix,
      JOBS_RELAY_INTERVAL_MS: "100",
      JOBS_LOCK_DURATION_MS: "1000",
      JOBS_STALLED_INTERVAL_MS: "300",
      ...extra,
    });
    const tail = (c: WorkerChild) => `stdout: ${JSON.stringify(c.lines.slice(-8))} stderr: ${c.stderr.join("").slice(-1500)}`;
    const started = (c: WorkerChild) => c.lines.some((l) => l.msg === "worker started");

    // Each next worker is up before its predecessor dies, so the kills come quickly.
    let current = spawnWorker(env({ JOBS_TEST_DELAY_MS: "60000" }));
    children.push(current);
    for (let kill = 1; kill <= 3; kill++) {
      const doomed = current;
      await waitFor(() => doomed.lines.some((l) => l.msg === "job started" && l.topic === "reevaluation.batch") || doomed.proc.exitCode !== null, {
        what: `worker ${kill} to start the batch`,
        timeoutMs: 40_000,
      }).catch((err) => {
        throw new Error(`${(err as Error).message}; ${tail(doomed)}`);
      });
      current = spawnWorker(env(kill < 3 ? { JOBS_TEST_DELAY_MS: "60000" } : {}));
      children.push(current);
      const next = current;
      await waitFor(() => started(next) || next.proc.exitCode !== null, { what: "the next worker to start", timeoutMs: 30_000 });
      await killWorker(doomed);
    }

    const survivor = current;
    await waitFor(async () => (await getRun(fx.t.db, runId))?.status === "done", { what: "the run to finish", timeoutMs: 60_000 }).catch((err) => {
      throw new Error(`${(err as Error).message}; ${tail(survivor)}`);
    });

    const run = (await getRun(fx.t.db, runId))!;
    expect({ status: run.status, processed: run.processed, total: run.total }).toEqual({ status: "done", processed: 12, total: 12 });
    // The run is done in the last batch's transaction; its outbox row is marked processed after that commits, when the
    // processor returns to the job layer: a moment later, not in the same instant (read at once, it was null once).
    const outboxRow = () => fx.t.db.selectFrom("outbox").selectAll().where("id", "=", batchRow.id).executeTakeFirstOrThrow();
    await waitFor(async () => (await outboxRow()).processed_at !== null, { what: "the batch's outbox row to be marked processed" }).catch(() => {});
    const row = await outboxRow();
    expect(row.processed_at).not.toBeNull();
    expect({ interruptions: row.interruptions, attempts: row.attempts }).toEqual({ interruptions: 3, attempts: 0 });
    expect(await listDeadLetters(fx.t.db)).toEqual([]);
    const filingIds = (await fx.t.db.selectFrom("fee_filings").select("id").execute()).map((f) => f.id);
    expect(await openedCaseKeys(fx.t.db)).toEqual(await expectedCaseKeys(fx.t.db, filingIds));
  });
});
