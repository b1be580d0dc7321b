import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { enqueue } from "~/domain/outbox/outbox.server";
import { DEAD_LETTER_AT, requeueOutboxRow } from "~/domain/outbox/outbox.server";
import { createQueues, jobIdFor, type QueueSet } from "../../jobs/queues";
import { relayOutbox } from "../../jobs/relay";
import type { ProcessorMap } from "../../jobs/types";
import { startWorkers, type WorkersHandle } from "../../jobs/bullmq-workers";
import { getTestRedis, type TestRedis } from "../setup/redis";
import { createTestDb, type TestDb } from "../setup/test-db";
import { captureLogger, cleanupRedisPrefix, type CapturedLog, outboxRow, uniquePrefix, waitFor } from "./helpers";

describe("outbox relay + BullMQ workers", () => {
  let redis: TestRedis;
  let t: TestDb;
  let prefix: string;
  const toClose: { close(): Promise<void> }[] = [];

  beforeAll(async () => {
    redis = await getTestRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });
  beforeEach(async () => {
    t = await createTestDb();
    prefix = uniquePrefix();
  });
  afterEach(async () => {
    for (const c of toClose.splice(0).reverse()) await c.close();
    await cleanupRedisPrefix(redis.url, prefix);
    await t.destroy();
  });

  async function queues(): Promise<QueueSet> {
    const q = await createQueues({ redisUrl: redis.url, prefix });
    toClose.push(q);
    return q;
  }

  let lines: CapturedLog[] = [];
  async function workers(processors: ProcessorMap<null>, extra: Partial<Parameters<typeof startWorkers<null>>[0]> = {}): Promise<WorkersHandle> {
    const captured = captureLogger();
    lines = captured.lines;
    const h = await startWorkers({
      db: t.db,
      ctx: null,
      processors,
      redisUrl: redis.url,
      prefix,
      relay: { intervalMs: 50 },
      logger: captured.logger,
      ...extra,
    });
    toClose.push(h);
    return h;
  }

  it("relays rows enqueued in the domain and the workers process them", async () => {
    const seen: string[] = [];
    const h = await workers({
      "filing.submitted": async (_ctx, p) => {
        seen.push(p.filingId);
      },
    });
    const ids: string[] = [];
    await t.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 5; i++) ids.push(await enqueue(trx, "filing.submitted", { filingId: `F${i}` }));
    });
    await waitFor(
      async () => {
        const rows = await t.db.selectFrom("outbox").select("processed_at").where("processed_at", "is not", null).execute();
        return rows.length === 5;
      },
      { what: "all 5 rows processed" },
    );
    expect(seen.sort()).toEqual(["F0", "F1", "F2", "F3", "F4"]);
    for (const id of ids) {
      const row = await outboxRow(t.db, id);
      expect(row.relayed_at).not.toBeNull();
      const job = await h.queues.get("filings").getJob(jobIdFor(id));
      expect(job?.name).toBe("evaluate-filing");
      expect(job?.data).toEqual({ outboxId: id, topic: "filing.submitted" });
    }
  });

  it("relaying the same rows twice (or by two relays at once) creates one job each", async () => {
    const q = await queues();
    const a = await enqueue(t.db, "filing.submitted", { filingId: "A" });
    const b = await enqueue(t.db, "filing.submitted", { filingId: "B" });

    expect(await relayOutbox({ db: t.db, queues: q })).toMatchObject({ seen: 2, relayed: 2, deferred: 0 });
    // A crash between add and the relayed_at update looks exactly like this:
    await t.db.updateTable("outbox").set({ relayed_at: null }).execute();
    const [r1, r2] = await Promise.all([relayOutbox({ db: t.db, queues: q }), relayOutbox({ db: t.db, queues: q })]);
    expect(r1.relayed + r2.relayed).toBeGreaterThanOrEqual(2);
    expect(await relayOutbox({ db: t.db, queues: q })).toMatchObject({ seen: 0 });

    const counts = await q.get("filings").getJobCounts();
    expect(Object.values(counts).reduce((s, n) => s + n, 0)).toBe(2);
    expect(counts.waiting).toBe(2);
    expect((await q.get("filings").getJob(jobIdFor(a)))?.data.outboxId).toBe(a);
    expect((await q.get("filings").getJob(jobIdFor(b)))?.data.outboxId).toBe(b);
  });

  it("a job re-added after its row was processed does no work", async () => {
    let calls = 0;
    const h = await workers(
      {
        "filing.submitted": async () => {
          calls++;
        },
      },
      { relay: false, jobOptions: { removeOnComplete: true } },
    );
    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" });
    await relayOutbox({ db: t.db, queues: h.queues });
    await waitFor(async () => (await outboxRow(t.db, id)).processed_at, { what: "processed" });
    // The completed job is gone (removeOnComplete), so a stale relay can add it again.
    await waitFor(async () => !(await h.queues.get("filings").getJob(jobIdFor(id))), { what: "job removed" });
    await h.queues.get("filings").add("evaluate-filing", { outboxId: id, topic: "filing.submitted" }, { jobId: jobIdFor(id) });
    await waitFor(() => lines.some((l) => l.msg === "outbox row already processed: job skipped" && l.outboxId === id), {
      what: "second job skipped",
    });
    expect(calls).toBe(1);
    expect(lines.filter((l) => l.msg === "job done")).toHaveLength(1);
  });

  it("retries a failing job with backoff, records the error, then succeeds", async () => {
    let attempts = 0;
    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" });
    await workers(
      {
        "filing.submitted": async () => {
          attempts++;
          if (attempts < 3) throw new Error(`transient ${attempts}`);
        },
      },
      { jobOptions: { attempts: 5, backoff: { type: "exponential", delay: 50, jitter: 0.5 } } },
    );
    await waitFor(async () => (await outboxRow(t.db, id)).processed_at, { what: "processed after retries" });
    expect(attempts).toBe(3);
    const row = await outboxRow(t.db, id);
    expect(row.last_error).toBeNull();
    expect(row.available_at).not.toBe(DEAD_LETTER_AT);
  });

  it("fails a bad payload once (UnrecoverableError) and dead-letters its row", async () => {
    let calls = 0;
    const now = new Date().toISOString();
    const id = "01BADPAYLOADBULLMQ00000000";
    await t.db
      .insertInto("outbox")
      .values({ id, topic: "filing.submitted", payload: "not json", created_at: now, available_at: now, attempts: 0 })
      .execute();
    const h = await workers({
      "filing.submitted": async () => {
        calls++;
      },
    });
    await waitFor(async () => (await outboxRow(t.db, id)).available_at === DEAD_LETTER_AT, { what: "dead-lettered" });
    const job = await h.queues.get("filings").getJob(jobIdFor(id));
    expect(await job?.getState()).toBe("failed");
    expect(job?.attemptsMade).toBe(1);
    const row = await outboxRow(t.db, id);
    expect(row.processed_at).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/^UnrecoverableError: invalid payload/);
    expect(calls).toBe(0);
  });

  it("a dead-lettered row put back in line runs again under a fresh job id (its failed job is still in Redis)", async () => {
    const seen: string[] = [];
    const now = new Date().toISOString();
    const id = "01REQUEUEDBULLMQ0000000000";
    await t.db
      .insertInto("outbox")
      .values({ id, topic: "filing.submitted", payload: "not json", created_at: now, available_at: now, attempts: 0 })
      .execute();
    const h = await workers({
      "filing.submitted": async (_ctx, payload) => {
        seen.push(payload.filingId);
      },
    });
    await waitFor(async () => (await outboxRow(t.db, id)).available_at === DEAD_LETTER_AT, { what: "dead-lettered" });
    expect(await (await h.queues.get("filings").getJob(jobIdFor(id)))?.getState()).toBe("failed");

    // An operator mends the cause and puts the row back; the relay hands it to BullMQ again.
    await t.db.updateTable("outbox").set({ payload: JSON.stringify({ filingId: "F9" }) }).where("id", "=", id).execute();
    expect(await requeueOutboxRow(t.db, id)).toBe(true);
    await waitFor(async () => (await outboxRow(t.db, id)).processed_at, { what: "processed after the requeue" });
    expect(seen).toEqual(["F9"]);
    const row = await outboxRow(t.db, id);
    expect(await (await h.queues.get("filings").getJob(jobIdFor(id, row.available_at)))?.getState()).toBe("completed");
  });

  it("close() waits for the job in flight", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let started = false;
    let finished = false;
    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" });
    const h = await workers({
      "filing.submitted": async () => {
        started = true;
        await gate;
        finished = true;
      },
    });
    await waitFor(() => started, { what: "job started" });
    const closing = h.close();
    setTimeout(release, 100);
    await closing;
    expect(finished).toBe(true);
    expect((await outboxRow(t.db, id)).processed_at).not.toBeNull();
  });
});
