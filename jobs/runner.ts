/**
 * The in-process runner: used when REDIS_URL is unset (single machine,
 * `npm start`). Drains the outbox in the web process and calls the same
 * processors the BullMQ workers call.
 *
 * Invariants:
 * - A row is claimed by a compare-and-set on available_at (pushed out by a
 *   lease) that also records the runner in leased_by, so two runners never run
 *   the same row at the same time. The lease is renewed while the row runs, so a
 *   slow job keeps it and a dead runner's lease runs out within `leaseMs`.
 * - A runner that starts releases the leases of dead runners of its own host
 *   (leased_by names host and pid): a restarted process resumes their rows at
 *   once instead of waiting for the leases to run out. A released or expired
 *   lease counts as an interruption, never as an attempt: the runner dying is
 *   not the row's fault.
 * - attempts counts the processor's own errors. On error: last_error is stored
 *   and available_at moves out by exponential backoff with jitter. After
 *   maxAttempts, or at once for a permanent failure (UnrecoverableError: bad
 *   payload, unknown topic), the row is dead-lettered: processed_at stays null
 *   and available_at = DEAD_LETTER_AT (see outbox-state.ts).
 * - Only rows with relayed_at null are taken: relayed rows belong to BullMQ.
 * - Rows are processed one at a time; stop() lets the current one finish.
 */
import fs from "node:fs";
import os from "node:os";
import { eventLoopSlicer } from "~/utils/event-loop";
import { newId } from "~/utils/ids";
import type { DB } from "~/db/client";
import type { OutboxRow } from "~/db/schema";
import {
  backoffDelay,
  dispatchOutboxRow,
  isPermanentFailure,
  markProcessed,
  recordFailure,
  type BackoffOptions,
} from "./outbox-state";
import type { ProcessorMap } from "./types";
import { errorMessage, silentLogger, type Logger } from "./logger";

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
  /** How long a claim holds a row unless renewed; a dead runner's rows come back after this long at most. */
  leaseMs?: number;
  /** Rows fetched per query (each still claimed and run one at a time). */
  batchSize?: number;
  logger?: Logger;
  /** Fault injection for tests: wait this long after claiming a row, before its processor. */
  testDelayMs?: number;
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

export function createInProcessRunner<C>(opts: InProcessRunnerOptions<C>): InProcessRunner {
  const { db, ctx, processors } = opts;
  const logger = opts.logger ?? silentLogger;
  const now = opts.now ?? (() => new Date());
  const pollMs = opts.pollMs ?? 500;
  const maxAttempts = opts.maxAttempts ?? 8;
  const leaseMs = opts.leaseMs ?? 60_000;
  const runnerId = runnerIdentity();
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

  /** A row still leased by someone when its lease ran out: that runner died under it. */
  async function claim(row: OutboxRow): Promise<boolean> {
    const r = await db
      .updateTable("outbox")
      .set({
        available_at: new Date(now().getTime() + leaseMs).toISOString(),
        leased_by: runnerId,
        ...(row.leased_by ? { interruptions: row.interruptions + 1 } : {}),
      })
      .where("id", "=", row.id)
      .where("processed_at", "is", null)
      .where("relayed_at", "is", null)
      .where("available_at", "=", row.available_at)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Keeps the lease while the processor runs, so only a dead runner loses it. */
  function holdLease(id: string): () => void {
    const timer = setInterval(() => {
      db.updateTable("outbox")
        .set({ available_at: new Date(now().getTime() + leaseMs).toISOString() })
        .where("id", "=", id)
        .where("leased_by", "=", runnerId)
        .where("processed_at", "is", null)
        .execute()
        .catch((err) => logger.warn({ outboxId: id, err: errorMessage(err) }, "could not renew an outbox lease"));
    }, Math.max(10, Math.floor(leaseMs / 3)));
    timer.unref();
    return () => clearInterval(timer);
  }

  async function runOne(row: OutboxRow, result: DrainResult): Promise<void> {
    const attempt = row.attempts + 1;
    const log = logger.child({ outboxId: row.id, topic: row.topic, attempt });
    const release = holdLease(row.id);
    try {
      if (opts.testDelayMs) {
        log.info("outbox job started");
        await new Promise((r) => setTimeout(r, opts.testDelayMs));
      }
      await dispatchOutboxRow(ctx, processors, row);
    } catch (err) {
      release();
      const permanent = isPermanentFailure(err);
      if (permanent || attempt >= maxAttempts) {
        await recordFailure(db, row.id, err, { attempts: attempt, dead: true });
        result.deadLettered++;
        log.error({ err: errorMessage(err), permanent }, "outbox job failed permanently: dead-lettered");
      } else {
        const retryAt = new Date(now().getTime() + backoffDelay(attempt, backoff));
        await recordFailure(db, row.id, err, { attempts: attempt, retryAt });
        result.retried++;
        log.warn({ err: errorMessage(err), retryAt: retryAt.toISOString() }, "outbox job failed: will retry");
      }
      return;
    }
    release();
    await markProcessed(db, row.id, now());
    result.processed++;
    log.info("outbox job done");
  }

  async function drain(): Promise<DrainResult> {
    const result: DrainResult = { processed: 0, retried: 0, deadLettered: 0 };
    const slice = eventLoopSlicer();
    for (;;) {
      if (stopping) return result;
      const rows = await dueRows();
      let claimedAny = false;
      for (const row of rows) {
        if (stopping) return result;
        if (!(await claim(row))) continue; // another runner took it
        claimedAny = true;
        await runOne(row, result);
        // better-sqlite3 never gives the event loop back by itself: without this, a backlog of
        // jobs holds every request of the web process it shares (1 s stalls under intake load).
        // A slice of a few jobs between yields keeps the jobs' share when requests pile up.
        await slice();
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
        try {
          const released = await releaseDeadLeases(db, runnerId, now());
          if (released > 0) logger.info({ released }, "in-process runner: rows of a previous process resumed");
        } catch (err) {
          logger.warn({ err: errorMessage(err) }, "in-process runner: could not release old leases");
        }
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

/** "host/pid/instance": who holds a lease, and enough to tell at start whether that process still lives. */
export function runnerIdentity(): string {
  return `${os.hostname()}/${process.pid}/${newId()}`;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists, it is just not ours to signal.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
  return !isZombie(pid);
}

/**
 * A killed process whose parent died with it waits for pid 1 to reap it, and
 * a container's pid 1 is often a program that never does: signal 0 still
 * reaches such a zombie, which would keep its leases held until they run out.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) S ...": comm may hold spaces and parentheses, the state follows the last ")".
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return false; // no /proc (not Linux) or gone since: signal 0 has answered
  }
}

/**
 * Releases the leases held by runners of this host that are gone: another instance
 * under our own pid (we replaced it: a container restarts its process as pid 1) or
 * a pid that no longer exists. Their rows are due at once and, having a leased_by,
 * count the interruption when claimed. Leases of other hosts are left to run out.
 */
export async function releaseDeadLeases(db: DB, self: string, now = new Date()): Promise<number> {
  const [host, pid] = self.split("/");
  const holders = await db
    .selectFrom("outbox")
    .select("leased_by")
    .distinct()
    .where("processed_at", "is", null)
    .where("leased_by", "is not", null)
    .execute();
  const dead = holders
    .map((h) => h.leased_by!)
    .filter((holder) => {
      const [holderHost, holderPid] = holder.split("/");
      if (holder === self || holderHost !== host) return false;
      return holderPid === pid || !processAlive(Number(holderPid));
    });
  if (dead.length === 0) return 0;
  const r = await db
    .updateTable("outbox")
    .set({ available_at: now.toISOString() })
    .where("leased_by", "in", dead)
    .where("processed_at", "is", null)
    .where("relayed_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** Creates the runner and starts polling. */
export function startInProcessRunner<C>(opts: InProcessRunnerOptions<C>): InProcessRunner {
  const runner = createInProcessRunner(opts);
  runner.start();
  return runner;
}
