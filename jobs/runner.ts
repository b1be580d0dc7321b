/**
 * The in-process runner: used when REDIS_URL is unset (single machine,
 * `npm start`). Drains the outbox in the web process and calls the same
 * processors the BullMQ workers call.
 *
 * Invariants:
 * - A row is claimed by a compare-and-set on available_at (pushed out by a
 *   lease), so two runners never run the same row at the same time, and a row
 *   whose runner died mid-job becomes due again when the lease expires.
 * - attempts counts claims, so a row that crashes the process still runs out of attempts.
 * - On error: last_error is stored and available_at moves out by exponential
 *   backoff with jitter. After maxAttempts, or at once for a permanent failure
 *   (UnrecoverableError: bad payload, unknown topic), the row is dead-lettered:
 *   processed_at stays null and available_at = DEAD_LETTER_AT (see outbox-state.ts).
 * - Only rows with relayed_at null are taken: relayed rows belong to BullMQ.
 * - Rows are processed one at a time; stop() lets the current one finish.
 */
import type { DB } from "~/db/client";
import type { OutboxRow } from "~/db/schema";
import { dispatchOutboxRow, isPermanentFailure, markProcessed, recordFailure } from "./outbox-state";
import type { ProcessorMap } from "./types";
import { errorMessage, silentLogger, type Logger } from "./logger";

export interface BackoffOptions {
  /** Delay after the first failure. */
  baseMs: number;
  /** Upper bound for any single delay. */
  maxMs: number;
  /** 0..1: the share of each delay that is randomised (0.5 = between 50 % and 100 % of the nominal delay). */
  jitter: number;
}

export const DEFAULT_RUNNER_BACKOFF: BackoffOptions = { baseMs: 2000, maxMs: 60 * 60 * 1000, jitter: 0.5 };

export interface InProcessRunnerOptions<C> {
  db: DB;
  ctx: C;
  processors: ProcessorMap<C>;
  /** Pause between polls when nothing was due. */
  pollMs?: number;
  /** Give up (dead-letter) after this many attempts. */
  maxAttempts?: number;
  backoff?: Partial<BackoffOptions>;
  /** How long a claim holds a row before another runner may take it over (crash recovery). */
  leaseMs?: number;
  /** Rows fetched per query (each still claimed and run one at a time). */
  batchSize?: number;
  logger?: Logger;
  /** Clock, injectable for tests. */
  now?: () => Date;
}

export interface DrainResult {
  processed: number;
  /** Failed and scheduled for another attempt. */
  retried: number;
  deadLettered: number;
}

export interface InProcessRunner {
  /** Runs everything due now (including retries that become due while draining); returns counts. */
  drainOnce(): Promise<DrainResult>;
  /** Starts the polling loop (startInProcessRunner does this for you). */
  start(): void;
  /** Stops polling and waits for the row in flight. */
  stop(): Promise<void>;
}

export function backoffDelay(attempt: number, b: BackoffOptions, random = Math.random): number {
  const nominal = Math.min(b.maxMs, b.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(nominal * (1 - b.jitter) + random() * nominal * b.jitter);
}

export function createInProcessRunner<C>(opts: InProcessRunnerOptions<C>): InProcessRunner {
  const { db, ctx, processors } = opts;
  const logger = opts.logger ?? silentLogger;
  const now = opts.now ?? (() => new Date());
  const pollMs = opts.pollMs ?? 500;
  const maxAttempts = opts.maxAttempts ?? 8;
  const leaseMs = opts.leaseMs ?? 5 * 60 * 1000;
  const batchSize = opts.batchSize ?? 20;
  const backoff: BackoffOptions = { ...DEFAULT_RUNNER_BACKOFF, ...opts.backoff };

  let stopping = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  /** Serialises drainOnce calls and the loop, so stop() has one thing to wait for. */
  let draining: Promise<DrainResult> | undefined;

  async function dueRows(): Promise<OutboxRow[]> {
    return db
      .selectFrom("outbox")
      .selectAll()
      .where("processed_at", "is", null)
      .where("relayed_at", "is", null)
      .where("available_at", "<=", now().toISOString())
      .orderBy("available_at")
      .orderBy("id")
      .limit(batchSize)
      .execute();
  }

  async function claim(row: OutboxRow): Promise<boolean> {
    const r = await db
      .updateTable("outbox")
      .set({
        available_at: new Date(now().getTime() + leaseMs).toISOString(),
        attempts: row.attempts + 1,
      })
      .where("id", "=", row.id)
      .where("processed_at", "is", null)
      .where("relayed_at", "is", null)
      .where("available_at", "=", row.available_at)
      .where("attempts", "=", row.attempts)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async function runOne(row: OutboxRow, result: DrainResult): Promise<void> {
    const attempt = row.attempts + 1;
    const log = logger.child({ outboxId: row.id, topic: row.topic, attempt });
    try {
      await dispatchOutboxRow(ctx, processors, row);
    } catch (err) {
      const permanent = isPermanentFailure(err);
      if (permanent || attempt >= maxAttempts) {
        await recordFailure(db, row.id, err, { dead: true });
        result.deadLettered++;
        log.error({ err: errorMessage(err), permanent }, "outbox job failed permanently: dead-lettered");
      } else {
        const retryAt = new Date(now().getTime() + backoffDelay(attempt, backoff));
        await recordFailure(db, row.id, err, { retryAt });
        result.retried++;
        log.warn({ err: errorMessage(err), retryAt: retryAt.toISOString() }, "outbox job failed: will retry");
      }
      return;
    }
    await markProcessed(db, row.id, now());
    result.processed++;
    log.info("outbox job done");
  }

  async function drain(): Promise<DrainResult> {
    const result: DrainResult = { processed: 0, retried: 0, deadLettered: 0 };
    for (;;) {
      if (stopping) return result;
      const rows = await dueRows();
      let claimedAny = false;
      for (const row of rows) {
        if (stopping) return result;
        if (!(await claim(row))) continue; // another runner took it
        claimedAny = true;
        await runOne(row, result);
      }
      if (!claimedAny) return result;
    }
  }

  function drainOnce(): Promise<DrainResult> {
    // Chain onto a drain already in progress rather than running two at once.
    const next = (draining ?? Promise.resolve()).catch(() => undefined).then(drain);
    draining = next;
    void next.finally(() => {
      if (draining === next) draining = undefined;
    }).catch(() => undefined);
    return next;
  }

  function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done() {
        clearTimeout(t);
        wake = undefined;
        resolve();
      }
      wake = done;
    });
  }

  return {
    drainOnce,
    start() {
      if (loop) return;
      stopping = false;
      loop = (async () => {
        while (!stopping) {
          try {
            await drainOnce();
          } catch (err) {
            logger.warn({ err: errorMessage(err) }, "in-process runner: drain failed");
          }
          if (!stopping) await sleep(pollMs);
        }
      })();
    },
    async stop() {
      stopping = true;
      wake?.();
      await loop;
      await draining?.catch(() => undefined);
      loop = undefined;
    },
  };
}

/** Creates the runner and starts polling. */
export function startInProcessRunner<C>(opts: InProcessRunnerOptions<C>): InProcessRunner {
  const runner = createInProcessRunner(opts);
  runner.start();
  return runner;
}
