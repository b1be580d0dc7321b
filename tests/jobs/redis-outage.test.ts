import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueue } from "~/domain/outbox/outbox.server";
import { createQueues } from "../../jobs/queues";
import { relayOutbox } from "../../jobs/relay";
import type { ProcessorMap } from "../../jobs/types";
import { startWorkers, type StartWorkersOptions } from "../../jobs/bullmq-workers";
import { EndingRedis } from "../../jobs/ending-redis";
import { freePort, startRedisServer, type RedisServer } from "../setup/redis";
import { createTestDb, type TestDb } from "../setup/test-db";
import { captureLogger, outboxRow, waitFor } from "./helpers";

/**
 * These tests need a Redis they can take down, so they always start their own
 * redis-server (on a fixed port, restarted on the same port), even when REDIS_URL is set.
 */
describe("redis outage", () => {
  let t: TestDb;
  const cleanups: (() => Promise<void>)[] = [];

  beforeEach(async () => {
    t = await createTestDb();
  });
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
    await t.destroy();
  });

  function recordingProcessors(seen: string[]): ProcessorMap<null> {
    return {
      "filing.submitted": async (_ctx, p) => {
        seen.push(p.filingId);
      },
    };
  }

  /** Workers on `redisUrl` that record the filings they process, relaying every 50 ms, logging into `lines`. */
  async function startRecordingWorkers(redisUrl: string, more: Partial<StartWorkersOptions<null>> = {}) {
    const seen: string[] = [];
    const { logger, lines } = captureLogger();
    const h = await startWorkers({ db: t.db, ctx: null, processors: recordingProcessors(seen), redisUrl, prefix: "outage", relay: { intervalMs: 50 }, logger, ...more });
    return { h, seen, lines };
  }

  it("relayOutbox with Redis unreachable keeps rows unrelayed and does not throw", async () => {
    const port = await freePort(); // nothing listens here
    const { logger, lines } = captureLogger();
    const queues = await createQueues({ redisUrl: `redis://127.0.0.1:${port}`, prefix: "outage", logger });
    cleanups.push(() => queues.close());
    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" });

    const started = Date.now();
    const r = await relayOutbox({ db: t.db, queues, logger, readyTimeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(r).toEqual({ seen: 1, relayed: 0, deferred: 1, deadLettered: 0 });
    const row = await outboxRow(t.db, id);
    expect(row.relayed_at).toBeNull();
    expect(row.processed_at).toBeNull();
    expect(lines.some((l) => l.level === 40 && /stay unrelayed/.test(l.msg))).toBe(true);
  });

  it("workers started while Redis is down catch up once it comes up", async () => {
    const port = await freePort();
    const { h, seen, lines } = await startRecordingWorkers(`redis://127.0.0.1:${port}`);
    let server: RedisServer | undefined;
    cleanups.push(async () => {
      await h.close();
      await server?.stop();
    });

    const id = await enqueue(t.db, "filing.submitted", { filingId: "F1" });
    await waitFor(() => lines.some((l) => /stay unrelayed/.test(l.msg)), { what: "a relay warning" });
    await new Promise((r) => setTimeout(r, 500));
    expect((await outboxRow(t.db, id)).relayed_at).toBeNull();

    server = await startRedisServer({ port });
    await waitFor(async () => (await outboxRow(t.db, id)).processed_at, { what: "processed after Redis came up", timeoutMs: 20_000 });
    expect(seen).toEqual(["F1"]);
  });

  it("a connection disconnected while it waits to reconnect ends, and settles what it had queued", async () => {
    const port = await freePort(); // nothing listens here
    const redis = new EndingRedis(`redis://127.0.0.1:${port}`, { maxRetriesPerRequest: null, retryStrategy: () => 60_000 });
    redis.on("error", () => {});
    await waitFor(() => redis.status === "reconnecting", { what: "waiting to reconnect" });
    const queued = redis.get("k").catch((e: Error) => e.message);
    const ended = new Promise<void>((resolve) => redis.once("end", () => resolve()));

    redis.disconnect();
    await ended;
    expect(redis.status).toBe("end");
    expect(await queued).toMatch(/Connection is closed/);
  });

  // Once running, BullMQ's close only needs its connections to end (EndingRedis); while a
  // connection still waits to become ready for the first time, only the time-out ends it.
  for (const [when, forced] of [
    ["as they start", true],
    ["once they run", false],
  ] as const) {
    it(`closing the workers while Redis is down (it went away ${when}) returns: a SIGTERM during an outage stops the process`, async () => {
      // Once running, the close is graceful, but its BullMQ closes may take over a second on a loaded machine (a CI
      // run's): room for them, so that only a close that could not finish is forced.
      const closeTimeoutMs = forced ? 1000 : 5000;
      const server = await startRedisServer();
      const { h, lines } = await startRecordingWorkers(server.url, {
        schedules: [{ name: "outage-tick", everyMs: 60_000, run: async () => undefined }],
        closeTimeoutMs,
      });
      cleanups.push(() => server.stop());
      if (when === "once they run") await new Promise((r) => setTimeout(r, 500));
      await server.stop();
      // Long enough for every connection to have lost Redis and be waiting to reconnect.
      await new Promise((r) => setTimeout(r, 1500));

      const started = Date.now();
      await h.close();
      expect(Date.now() - started).toBeLessThan(closeTimeoutMs + 3000);
      expect(lines.some((l) => l.level === 40 && /did not stop in time/.test(l.msg))).toBe(forced);
    });
  }

  it("closing the workers with Redis up is graceful and does not wait for the time-out", async () => {
    const server = await startRedisServer();
    const { h, lines } = await startRecordingWorkers(server.url, { closeTimeoutMs: 10_000 });
    cleanups.push(() => server.stop());
    await new Promise((r) => setTimeout(r, 500));

    const started = Date.now();
    await h.close();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(lines.some((l) => /did not stop in time/.test(l.msg))).toBe(false);
  });

  it("Redis going away mid-run loses nothing: rows wait, then are processed once it is back", async () => {
    let server = await startRedisServer();
    const port = server.port;
    const { h, seen, lines } = await startRecordingWorkers(server.url);
    cleanups.push(async () => {
      await h.close();
      await server.stop();
    });

    const first = await enqueue(t.db, "filing.submitted", { filingId: "F1" });
    await waitFor(async () => (await outboxRow(t.db, first)).processed_at, { what: "first row processed" });

    await server.stop();
    const warningsBefore = lines.filter((l) => /relay to redis failed|stay unrelayed/.test(l.msg)).length;
    const second = await enqueue(t.db, "filing.submitted", { filingId: "F2" });
    await waitFor(() => lines.filter((l) => /relay to redis failed|stay unrelayed/.test(l.msg)).length > warningsBefore, {
      what: "a relay warning during the outage",
    });
    await new Promise((r) => setTimeout(r, 500));
    let row = await outboxRow(t.db, second);
    expect(row.relayed_at).toBeNull();
    expect(row.processed_at).toBeNull();

    server = await startRedisServer({ port });
    await waitFor(async () => (await outboxRow(t.db, second)).processed_at, { what: "second row processed after Redis is back", timeoutMs: 30_000 });
    row = await outboxRow(t.db, second);
    expect(row.relayed_at).not.toBeNull();
    expect(seen).toEqual(["F1", "F2"]);
  });
});
