/**
 * The relay's reconciliation against a real Redis: a relayed row is done only
 * when its job has completed; past the visibility window (or at once when
 * Redis lost its keys) the row's job is looked up, and whatever happened to it
 * is carried back to the row.
 */
import { beforeEach, describe, expect, it } from "vitest";
import { DEAD_LETTER_AT, enqueue } from "~/domain/outbox/outbox.server";
import { UnrecoverableError, Worker } from "bullmq";
import { createQueues, createRedisConnection, relayedJobId, type OutboxJobData, type QueueSet } from "../../jobs/queues";
import { reconcileRelayed } from "../../jobs/reconcile";
import { relayOutbox, startRelay } from "../../jobs/relay";
import { STALLED_REASON } from "../../jobs/outbox-state";
import { cleanupRedisPrefix, outboxRow, useJobsFixture, waitFor } from "./helpers";

describe("outbox reconciliation", () => {
  const fx = useJobsFixture();
  let queues: QueueSet;
  beforeEach(async () => {
    const q = await createQueues({ redisUrl: fx.redis.url, prefix: fx.prefix });
    queues = q;
    fx.onCleanup(() => q.close());
  });

  /** Rows enqueued and relayed (their jobs wait in Redis: no worker runs here). */
  async function relayed(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(await enqueue(fx.t.db, "filing.submitted", { filingId: `F${i}` }));
    expect((await relayOutbox({ db: fx.t.db, queues })).relayed).toBe(n);
    return ids;
  }

  const later = () => new Date(Date.now() + 1000);

  it("leaves rows whose jobs still wait, only noting that it looked", async () => {
    const [id] = await relayed(1);
    const before = (await outboxRow(fx.t.db, id!)).relayed_at!;
    await new Promise((r) => setTimeout(r, 5));
    expect(await reconcileRelayed({ db: fx.t.db, queues, handedOverBefore: later() })).toMatchObject({ checked: 1, inQueue: 1, lost: 0 });
    const row = await outboxRow(fx.t.db, id!);
    expect(row.relayed_at! > before).toBe(true);
    expect(row.processed_at).toBeNull();
  });

  it("hands rows over again when Redis forgot their jobs, under the same job id", async () => {
    const ids = await relayed(3);
    await cleanupRedisPrefix(fx.redis.url, fx.prefix); // as a restart without persistence would
    expect(await reconcileRelayed({ db: fx.t.db, queues, handedOverBefore: later() })).toMatchObject({ checked: 3, lost: 3 });
    for (const id of ids) expect((await outboxRow(fx.t.db, id)).relayed_at).toBeNull();
    expect((await relayOutbox({ db: fx.t.db, queues })).relayed).toBe(3);
    for (const id of ids) expect(await queues.get("filings").getJobState(relayedJobId(await outboxRow(fx.t.db, id)))).toBe("waiting");
  });

  it("does not look at rows handed over within the window", async () => {
    await relayed(2);
    await cleanupRedisPrefix(fx.redis.url, fx.prefix);
    expect(await reconcileRelayed({ db: fx.t.db, queues, handedOverBefore: new Date(Date.now() - 60_000) })).toMatchObject({ checked: 0 });
  });

  it("a job that stalled puts its row back after a back-off; one that failed by its own error dead-letters it", async () => {
    const [stalled, broken] = await relayed(2);
    // A bare BullMQ worker fails both jobs for good; the "failed" handler that would
    // have told the rows is not there (as when the worker died while writing it).
    const reasons = new Map([
      [stalled!, STALLED_REASON],
      [broken!, "TypeError: x is not a function"],
    ]);
    const connection = createRedisConnection(fx.redis.url, "worker");
    const worker = new Worker<OutboxJobData>(
      "filings",
      async (job) => {
        throw new UnrecoverableError(reasons.get(job.data.outboxId));
      },
      { connection, prefix: fx.prefix },
    );
    try {
      await waitFor(async () => (await queues.get("filings").getFailedCount()) === 2, { what: "both jobs failed" });
    } finally {
      await worker.close();
      connection.disconnect();
    }
    expect(await reconcileRelayed({ db: fx.t.db, queues, handedOverBefore: later() })).toMatchObject({ checked: 2, interrupted: 1, deadLettered: 1 });
    const s = await outboxRow(fx.t.db, stalled!);
    expect({ relayed: s.relayed_at, interruptions: s.interruptions, attempts: s.attempts, error: s.last_error }).toEqual({
      relayed: null,
      interruptions: 1,
      attempts: 0,
      error: STALLED_REASON,
    });
    expect(s.available_at > new Date().toISOString()).toBe(true); // backing off
    expect(s.available_at).not.toBe(DEAD_LETTER_AT);
    const b = await outboxRow(fx.t.db, broken!);
    expect({ available: b.available_at, error: b.last_error }).toEqual({ available: DEAD_LETTER_AT, error: "Error: TypeError: x is not a function" });
  });

  it("the relay loop notices at once that Redis lost its keys (the epoch key) and hands everything over again", async () => {
    const loop = startRelay({ db: fx.t.db, queues, intervalMs: 20, epochCheckMs: 20, visibilityMs: 3_600_000 });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) ids.push(await enqueue(fx.t.db, "filing.submitted", { filingId: `F${i}` }));
      const jobsWaiting = async () => {
        const states = await Promise.all(ids.map(async (id) => queues.get("filings").getJobState(relayedJobId(await outboxRow(fx.t.db, id)))));
        return states.every((s) => s === "waiting");
      };
      await waitFor(jobsWaiting, { what: "the first hand-over" });
      await cleanupRedisPrefix(fx.redis.url, fx.prefix); // the epoch key goes with the jobs
      await waitFor(jobsWaiting, { what: "the jobs to be handed over again", timeoutMs: 5_000 });
    } finally {
      await loop.stop();
    }
  });
});
