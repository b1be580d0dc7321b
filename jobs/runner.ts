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
 * - A fetched batch is claimed in one statement and its leases are renewed
 *   together; rows run one at a time, and those that succeeded are marked
 *   processed together when the slice ends (before the event loop gets its
 *   turn), so a complaint's triage costs one commit of its own, not three. A
 *   crash before the mark runs them again: every processor is idempotent.
 * - stop() lets the current row finish, marks what succeeded and hands the
 *   batch's unrun rows back at once.
 */
import fs from "node:fs";
import os from "node:os";
import { sql } from "kysely";
import { eventLoopSlicer, SLICE_MS } from "~/utils/event-loop";
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
  /** Rows fetched and claimed per query (then run one at a time). */
  batchSize?: number;
  logger?: Logger;
  /** Fault injection for tests: wait this long after claiming a row, before its processor. */
  testDelayMs?: number;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Work done before the event loop gets its turn (and the slice's rows are marked); a test sets it long to run a batch as one slice. */
  sliceMs?: number;
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

  /**
   * Claims the rows that are still due, all in one statement (one commit, not one per row): a row another
   * runner leased since it was read is no longer due and is left out. A row still leased by someone when
   * its lease ran out counts an interruption: that runner died under it.
   */
  async function claim(rows: OutboxRow[]): Promise<OutboxRow[]> {
    const at = now();
    const won = await db
      .updateTable("outbox")
      .set({
        available_at: new Date(at.getTime() + leaseMs).toISOString(),
        leased_by: runnerId,
        interruptions: sql<number>`interruptions + (case when leased_by is null then 0 else 1 end)`,
      })
      .where("id", "in", rows.map((r) => r.id))
      .where("processed_at", "is", null)
      .where("relayed_at", "is", null)
      .where("available_at", "<=", at.toISOString())
      .returning("id")
      .execute();
    const ids = new Set(won.map((r) => r.id));
    return rows.filter((r) => ids.has(r.id));
  }

  /** Keeps the leases of a claimed batch while it runs, so only a dead runner loses them. */
  function holdLeases(held: ReadonlySet<string>): () => void {
    const timer = setInterval(() => {
      db.updateTable("outbox")
        .set({ available_at: new Date(now().getTime() + leaseMs).toISOString() })
        .where("id", "in", [...held])
        .where("leased_by", "=", runnerId)
        .where("processed_at", "is", null)
        .execute()
        .catch((err) => logger.warn({ outboxIds: [...held], err: errorMessage(err) }, "could not renew outbox leases"));
    }, Math.max(10, Math.floor(leaseMs / 3)));
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Rows of a batch that a stop left unrun: due again at once, for whoever runs next. */
  async function releaseLeases(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await db
      .updateTable("outbox")
      .set({ available_at: now().toISOString(), leased_by: null })
      .where("id", "in", ids)
      .where("leased_by", "=", runnerId)
      .where("processed_at", "is", null)
      .execute();
  }

  /** Runs the row's processor; true when it succeeded (the caller marks it processed), else its failure is recorded. */
  async function runOne(row: OutboxRow, result: DrainResult): Promise<boolean> {
    const attempt = row.attempts + 1;
    const log = logger.child({ outboxId: row.id, topic: row.topic, attempt });
    try {
      if (opts.testDelayMs) {
        log.info("outbox job started");
        await new Promise((r) => setTimeout(r, opts.testDelayMs));
      }
      await dispatchOutboxRow(ctx, processors, row);
    } catch (err) {
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
      return false;
    }
    result.processed++;
    log.info("outbox job done");
    return true;
  }

  async function drain(): Promise<DrainResult> {
    const result: DrainResult = { processed: 0, retried: 0, deadLettered: 0 };
    /** Done, not yet marked: marked together before the event loop gets its turn, one commit for the slice. */
    let done: string[] = [];
    const markDone = async () => {
      if (done.length === 0) return;
      const ids = done;
      done = [];
      await markProcessed(db, ids, now());
    };
    // better-sqlite3 never gives the event loop back by itself: without slices, a backlog of
    // jobs holds every request of the web process it shares (1 s stalls under intake load).
    const slice = eventLoopSlicer(opts.sliceMs ?? SLICE_MS, markDone);
    for (;;) {
      if (stopping) return result;
      const due = await dueRows();
      if (due.length === 0) return result;
      const claimed = await claim(due);
      if (claimed.length === 0) return result; // other runners took them all
      // Renewed until marked (a processed row's lease is no longer renewed) or failed (no longer ours).
      const release = holdLeases(new Set(claimed.map((r) => r.id)));
      const unrun = claimed.slice();
      try {
        while (unrun.length > 0 && !stopping) {
          const row = unrun.shift()!;
          if (await runOne(row, result)) done.push(row.id);
          await slice();
        }
        await markDone();
      } finally {
        release();
      }
      if (stopping) {
        await releaseLeases(unrun.map((r) => r.id));
        return result;
      }
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
