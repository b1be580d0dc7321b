/**
 * Reconciles relayed outbox rows with what Redis still knows.
 *
 * A row handed to BullMQ is not done: Redis may forget its job (killed without
 * persistence, flushed, failed over to a lagging replica, keys evicted), and a
 * worker's "failed" event may never reach the database (the worker died while
 * writing it). So a relayed, unprocessed row whose hand-over is older than the
 * visibility window is looked up in its queue:
 *
 *   job waiting / active / delayed  still BullMQ's: relayed_at moves to now (look again a window later)
 *   job unknown (Redis forgot it)   relayed_at cleared: the relay hands it over again, same job id
 *   job failed, worker stalled      requeued after a back-off, fresh job id (requeueAfterInterruption)
 *   job failed by its own error     dead-lettered, as the worker's "failed" handler would have done
 *   job completed                   cannot leave the row unprocessed (the processor marks it first),
 *                                   so it is handed over again under a fresh id, like a lost job
 *
 * Handing a row over twice is harmless: the job id is derived from the row, and a
 * job for a processed row is skipped. After a Redis restart the relay does not wait
 * for the window: `claimEpoch` (queues.ts) tells it Redis lost its keys, and every
 * relayed row is looked at at once.
 */
import type { DB } from "~/db/client";
import type { OutboxRow } from "~/db/schema";
import { DEAD_LETTER_AT } from "~/domain/outbox/outbox.server";
import { recordFailure, requeueAfterInterruption, STALLED_REASON } from "./outbox-state";
import { relayedJobId, routeFor, type QueueSet } from "./queues";
import { errorMessage, silentLogger, type Logger } from "./logger";

export interface ReconcileOptions {
  db: DB;
  queues: QueueSet;
  /** Rows handed over before this instant are looked at. */
  handedOverBefore: Date;
  batchSize?: number;
  logger?: Logger;
  now?: () => Date;
}

export interface ReconcileResult {
  /** Rows looked at. */
  checked: number;
  /** Jobs still in the queue: nothing to do. */
  inQueue: number;
  /** Jobs Redis forgot: handed over again. */
  lost: number;
  /** Jobs whose worker died: requeued after a back-off. */
  interrupted: number;
  /** Jobs that failed for good but whose row did not say so: dead-lettered now. */
  deadLettered: number;
}

const DEFAULT_BATCH = 200;

/**
 * Looks at every relayed, unprocessed row handed over before `handedOverBefore`,
 * batch by batch. Stops quietly (rows stay as they are) when Redis does not answer.
 */
export async function reconcileRelayed(opts: ReconcileOptions): Promise<ReconcileResult> {
  const { db, queues } = opts;
  const logger = opts.logger ?? silentLogger;
  const now = opts.now ?? (() => new Date());
  const cutoff = opts.handedOverBefore.toISOString();
  const result: ReconcileResult = { checked: 0, inQueue: 0, lost: 0, interrupted: 0, deadLettered: 0 };
  // Every outcome moves a row out of the selection (relayed_at now, cleared, or the row
  // dead-lettered), so the loop ends; the key cursor only guards against a row that
  // could not be updated (a concurrent change) being read again and again.
  let after = "";
  for (;;) {
    const rows = await db
      .selectFrom("outbox")
      .selectAll()
      .where("processed_at", "is", null)
      .where("relayed_at", "is not", null)
      .where("relayed_at", "<", cutoff)
      .where("available_at", "!=", DEAD_LETTER_AT)
      .where("id", ">", after)
      .orderBy("id")
      .limit(opts.batchSize ?? DEFAULT_BATCH)
      .execute();
    if (rows.length === 0) return result;
    after = rows[rows.length - 1]!.id;
    let states: (readonly [OutboxRow, Awaited<ReturnType<typeof jobStateOf>>])[];
    try {
      states = await Promise.all(rows.map(async (row) => [row, await jobStateOf(queues, row)] as const));
    } catch (err) {
      logger.warn({ err: errorMessage(err) }, "outbox reconciliation paused: redis did not answer");
      return result;
    }
    const stillQueued: string[] = [];
    const lost: string[] = [];
    for (const [row, job] of states) {
      result.checked++;
      if (job.state === "queued") {
        stillQueued.push(row.id);
      } else if (job.state === "unknown") {
        lost.push(row.id);
      } else if (job.state === "completed" || (job.state === "failed" && job.reason === STALLED_REASON)) {
        const why = job.state === "completed" ? "job completed without marking its row" : STALLED_REASON;
        if (await requeueAfterInterruption(db, row, why, now())) result.interrupted++;
      } else if (job.state === "failed") {
        await recordFailure(db, row.id, job.error, { dead: true });
        result.deadLettered++;
      }
    }
    if (stillQueued.length > 0) {
      await db
        .updateTable("outbox")
        .set({ relayed_at: now().toISOString() })
        .where("id", "in", stillQueued)
        .where("processed_at", "is", null)
        .execute();
      result.inQueue += stillQueued.length;
    }
    if (lost.length > 0) {
      // Same job id next time: Redis holds nothing under it any more.
      await db
        .updateTable("outbox")
        .set({ relayed_at: null })
        .where("id", "in", lost)
        .where("processed_at", "is", null)
        .execute();
      result.lost += lost.length;
      logger.warn({ rows: lost.length }, "jobs missing from redis: outbox rows handed over again");
    }
    if (result.interrupted + result.deadLettered > 0) {
      logger.warn({ interrupted: result.interrupted, deadLettered: result.deadLettered }, "outbox rows whose jobs ended without the row knowing");
    }
  }
}

type JobState =
  | { state: "queued" | "unknown" | "completed" }
  | { state: "failed"; reason: string; error: Error };

async function jobStateOf(queues: QueueSet, row: OutboxRow): Promise<JobState> {
  const route = routeFor(row.topic);
  // A row without a route was dead-lettered by the relay and never relayed.
  if (!route) return { state: "unknown" };
  const queue = queues.get(route.queue);
  const jobId = relayedJobId(row);
  const state = await queue.getJobState(jobId);
  if (state === "unknown") return { state: "unknown" };
  if (state === "completed") return { state: "completed" };
  if (state !== "failed") return { state: "queued" };
  const job = await queue.getJob(jobId);
  const reason = job?.failedReason || "job failed";
  return { state: "failed", reason, error: new Error(reason) };
}
