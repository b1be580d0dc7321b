/**
 * The outbox relay: moves unrelayed outbox rows into BullMQ, oldest first.
 *
 * Invariants:
 * - jobId = outbox id (see jobIdFor; a requeued row's adds its requeue time),
 *   so relaying a row twice (two relays, or a crash between add and the
 *   relayed_at update) adds one job: BullMQ ignores an add whose jobId exists. Workers also skip rows already processed, which
 *   covers a re-add after the completed job was removed.
 * - relayed_at is set only after Redis accepted the job. If Redis is down the
 *   rows stay unrelayed and the next tick tries again: nothing is lost.
 * - Relayed is not done: the loop reconciles relayed rows with their queues
 *   (reconcile.ts) once their visibility window has passed, and all of them at
 *   once when Redis has lost its keys, so a Redis that forgets delays work but
 *   never drops it.
 * - Rows are never deleted here.
 */
import type { DB } from "~/db/client";
import type { OutboxRow } from "~/db/schema";
import { DEAD_LETTER_AT, DEFAULT_VISIBILITY_MS } from "~/domain/outbox/outbox.server";
import { relayedJobId, routeFor, type OutboxJobData, type QueueName, type QueueSet } from "./queues";
import { errorMessage, silentLogger, type Logger } from "./logger";
import { reconcileRelayed } from "./reconcile";

export interface RelayOptions {
  db: DB;
  queues: QueueSet;
  batchSize?: number;
  logger?: Logger;
  /** Give up on a Redis call after this long (the rows stay unrelayed). */
  addTimeoutMs?: number;
  /** How long to wait for a (re)connecting Redis before deferring the batch. */
  readyTimeoutMs?: number;
  now?: () => Date;
}

export interface RelayResult {
  /** Rows looked at in this batch. */
  seen: number;
  /** Rows handed to BullMQ and marked relayed. */
  relayed: number;
  /** Rows left unrelayed because Redis refused or was unreachable. */
  deferred: number;
  /** Rows whose topic has no route: dead-lettered, never relayed. */
  deadLettered: number;
}

const DEFAULT_BATCH = 100;

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** Relays one batch. Never throws for Redis trouble; database errors do propagate. */
export async function relayOutbox(opts: RelayOptions): Promise<RelayResult> {
  const { db, queues } = opts;
  const logger = opts.logger ?? silentLogger;
  const now = (opts.now ?? (() => new Date()))();
  const rows = await db
    .selectFrom("outbox")
    .selectAll()
    .where("relayed_at", "is", null)
    .where("processed_at", "is", null)
    .where("available_at", "<=", now.toISOString())
    .orderBy("created_at")
    .orderBy("id")
    .limit(opts.batchSize ?? DEFAULT_BATCH)
    .execute();
  const result: RelayResult = { seen: rows.length, relayed: 0, deferred: 0, deadLettered: 0 };
  if (rows.length === 0) return result;

  const byQueue = new Map<QueueName, { row: OutboxRow; name: string }[]>();
  const unroutable: OutboxRow[] = [];
  for (const row of rows) {
    const route = routeFor(row.topic);
    if (!route) {
      unroutable.push(row);
      continue;
    }
    const list = byQueue.get(route.queue) ?? [];
    list.push({ row, name: route.jobName });
    byQueue.set(route.queue, list);
  }

  if (unroutable.length > 0) {
    await db
      .updateTable("outbox")
      .set({ available_at: DEAD_LETTER_AT, last_error: "UnrecoverableError: no queue route for this topic" })
      .where("id", "in", unroutable.map((r) => r.id))
      .where("relayed_at", "is", null)
      .execute();
    result.deadLettered = unroutable.length;
    logger.error({ ids: unroutable.map((r) => r.id), topics: [...new Set(unroutable.map((r) => r.topic))] }, "outbox rows without a queue route dead-lettered");
  }

  if (byQueue.size > 0 && !(await queues.whenReady(opts.readyTimeoutMs ?? 1000))) {
    result.deferred = rows.length - unroutable.length;
    logger.warn({ pending: result.deferred }, "redis not ready: outbox rows stay unrelayed until it is back");
    return result;
  }

  for (const [queueName, items] of byQueue) {
    try {
      const queue = queues.get(queueName);
      await withTimeout(
        queue.addBulk(
          items.map(({ row, name }) => ({
            name,
            data: { outboxId: row.id, topic: row.topic } satisfies OutboxJobData,
            opts: { jobId: relayedJobId(row) },
          })),
        ),
        opts.addTimeoutMs ?? 5000,
        `adding ${items.length} jobs to ${queueName}`,
      );
    } catch (err) {
      result.deferred += items.length;
      logger.warn({ queue: queueName, pending: items.length, err: errorMessage(err) }, "relay to redis failed: rows stay unrelayed, will retry");
      continue;
    }
    await db
      .updateTable("outbox")
      .set({ relayed_at: new Date().toISOString() })
      .where("id", "in", items.map((i) => i.row.id))
      .where("relayed_at", "is", null)
      .execute();
    result.relayed += items.length;
  }
  if (result.relayed > 0) logger.debug({ relayed: result.relayed }, "outbox rows relayed");
  return result;
}

export interface RelayLoopOptions extends RelayOptions {
  /** Pause between batches when the last one was not full. */
  intervalMs?: number;
  /**
   * A relayed row not done after this long is looked up in its queue (and handed
   * over again if Redis lost it). Long enough that a healthy queue rarely needs it.
   */
  visibilityMs?: number;
  /** How often the relay asks Redis whether it has lost its keys (the epoch key). */
  epochCheckMs?: number;
}


export interface RelayLoop {
  /** Stops polling; resolves once the batch in progress (if any) has finished. */
  stop(): Promise<void>;
  /** False once stop() has been called. */
  readonly running: boolean;
}

export function startRelay(opts: RelayLoopOptions): RelayLoop {
  const logger = opts.logger ?? silentLogger;
  const intervalMs = opts.intervalMs ?? 250;
  const batchSize = opts.batchSize ?? DEFAULT_BATCH;
  let stopped = false;
  let wake: (() => void) | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  const visibilityMs = opts.visibilityMs ?? DEFAULT_VISIBILITY_MS;
  const epochCheckMs = opts.epochCheckMs ?? 1000;
  const clock = opts.now ?? (() => new Date());
  let lastEpochCheck = 0;
  let lastWindowCheck = 0;

  /** Redis lost its keys: everything handed over so far is looked at now; otherwise only rows past the window, a few times a window. */
  async function reconcile(): Promise<void> {
    const now = clock().getTime();
    let before: Date | undefined;
    if (now - lastEpochCheck >= epochCheckMs && (await opts.queues.whenReady(opts.readyTimeoutMs ?? 1000))) {
      lastEpochCheck = now;
      if (await withTimeout(opts.queues.claimEpoch(), opts.addTimeoutMs ?? 5000, "checking the epoch key")) {
        logger.warn("redis holds no epoch key (new, restarted without persistence, or flushed): checking every relayed outbox row");
        before = new Date(now);
      }
    }
    if (!before && now - lastWindowCheck >= visibilityMs / 4) before = new Date(now - visibilityMs);
    if (!before) return;
    lastWindowCheck = now;
    const r = await reconcileRelayed({ db: opts.db, queues: opts.queues, handedOverBefore: before, logger, now: clock });
    if (r.checked > 0) logger.info({ ...r }, "relayed outbox rows reconciled with redis");
  }

  const loop = (async () => {
    while (!stopped) {
      let full = false;
      try {
        await reconcile();
      } catch (err) {
        logger.warn({ err: errorMessage(err) }, "outbox reconciliation failed");
      }
      try {
        const r = await relayOutbox({ ...opts, batchSize });
        full = r.seen === batchSize && r.deferred === 0;
      } catch (err) {
        // A database hiccup must not kill the loop; the rows are still there next tick.
        logger.warn({ err: errorMessage(err) }, "outbox relay batch failed");
      }
      if (!stopped && !full) await sleep(intervalMs);
    }
  })();

  return {
    get running() {
      return !stopped;
    },
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
