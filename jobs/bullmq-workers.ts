/**
 * BullMQ side of the jobs layer: the Worker per queue, the relay loop, and
 * the process wrapper used by the `npm run worker` entry (jobs/worker.ts).
 *
 * Invariants:
 * - A job only points at its outbox row ({ outboxId, topic }); the row's payload is the truth.
 * - A job whose row is already processed is skipped: a re-added or stalled-and-rerun
 *   job does no duplicate work once the first run has committed.
 * - processed_at is set after the processor succeeded, before BullMQ marks the job
 *   completed. A crash between the two re-runs an idempotent processor and nothing else.
 * - A job that fails for good by its own error (attempts exhausted or UnrecoverableError)
 *   dead-letters its row (see outbox-state.ts), so both runners leave the same trace.
 * - A job whose worker died is not failing by its own error: maxStalledCount 0 makes
 *   BullMQ fail it at its first stall, and the "failed" handler puts the row back in
 *   line after a back-off (requeueAfterInterruption), as often as it takes. If that
 *   write is lost too, the relay's reconciliation does it (reconcile.ts).
 * - close() lets in-flight jobs finish (worker.close()) and the relay finish its batch,
 *   for closeTimeoutMs at most: a close that cannot finish (Redis is down, so BullMQ
 *   waits for it) ends the Redis connections instead; an unfinished job's row is
 *   processed again later, as after a crash.
 */
import { Worker, type DefaultJobOptions, type Job } from "bullmq";
import { createDb, type DB } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { getEnv } from "~/utils/env.server";
import {
  dispatchOutboxRow,
  findOutboxRow,
  isPermanentFailure,
  isStalledFailure,
  markProcessed,
  recordFailure,
  requeueAfterInterruption,
} from "./outbox-state";
import {
  QUEUE_NAMES,
  createQueues,
  createRedisConnection,
  jobsPrefix,
  redisDurability,
  type OutboxJobData,
  type QueueName,
  type QueueSet,
} from "./queues";
import type { EndingRedis } from "./ending-redis";
import { startRelay, type RelayLoop } from "./relay";
import { startBullmqSchedules, type BullmqSchedulesHandle, type ScheduledTask } from "./schedules";
import type { ProcessorMap } from "./types";
import { createLogger, errorMessage, type Logger } from "./logger";

export interface StartWorkersOptions<C> {
  db: DB;
  ctx: C;
  processors: ProcessorMap<C>;
  redisUrl: string;
  /** Redis key prefix (JOBS_PREFIX); tests use a unique one each. */
  prefix?: string;
  /** Jobs run in parallel per queue. */
  concurrency?: number;
  /** Which queues to consume (default: all). */
  queues?: readonly QueueName[];
  /** Run the outbox relay in this process too (default true). */
  relay?: boolean | { intervalMs?: number; batchSize?: number; visibilityMs?: number; epochCheckMs?: number };
  /** Overrides for the job options the relay sets (attempts, backoff, retention). */
  jobOptions?: DefaultJobOptions;
  /** BullMQ lock duration; a dead worker's job is recoverable after about this long. */
  lockDurationMs?: number;
  /** How often stalled jobs (their worker died) are looked for. */
  stalledIntervalMs?: number;
  /** Fault injection for tests: wait this long after a job starts, before its processor. */
  testDelayMs?: number;
  /** How long close() waits for in-flight jobs and BullMQ before it ends the Redis connections (default 20 s). */
  closeTimeoutMs?: number;
  /** Tasks on a clock (the complaint deadline sweep): BullMQ job schedulers, consumed here too. */
  schedules?: readonly ScheduledTask<C>[];
  logger?: Logger;
}

export interface WorkersHandle {
  workers: Worker<OutboxJobData>[];
  /** The relay's producer queues (also usable to inspect jobs). */
  queues: QueueSet;
  relay: RelayLoop | undefined;
  /** Graceful within closeTimeoutMs: in-flight jobs finish, the relay finishes its batch. Does not destroy the DB. */
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const DEFAULT_CLOSE_TIMEOUT_MS = 20_000;
/** After the connections are ended BullMQ's close settles at once; this only bounds a surprise. */
const FORCED_CLOSE_MS = 2_000;

/** True when `p` settled within `ms`; the timer does not keep the process alive. */
async function settlesWithin(p: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([p.then(() => true), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

export async function startWorkers<C>(opts: StartWorkersOptions<C>): Promise<WorkersHandle> {
  const { db, ctx, processors } = opts;
  const logger = opts.logger ?? createLogger({ component: "jobs" });
  const prefix = opts.prefix ?? jobsPrefix();
  const testDelayMs = opts.testDelayMs ?? 0;
  /** DB writes started from worker events; close() waits for them before the DB goes away. */
  const pending = new Set<Promise<unknown>>();
  const track = (p: Promise<unknown>) => {
    pending.add(p);
    void p.finally(() => pending.delete(p)).catch(() => undefined);
  };

  async function processJob(job: Job<OutboxJobData>): Promise<void> {
    const { outboxId } = job.data;
    const log = logger.child({ outboxId, topic: job.data.topic, jobId: job.id, attempt: job.attemptsMade + 1 });
    const row = await findOutboxRow(db, outboxId);
    if (!row) {
      // Nothing to do and nothing retrying could fix; the row was purged.
      log.warn("outbox row not found: job skipped");
      return;
    }
    if (row.processed_at) {
      log.info("outbox row already processed: job skipped");
      return;
    }
    log.info("job started");
    if (testDelayMs > 0) await sleep(testDelayMs);
    await dispatchOutboxRow(ctx, processors, row);
    await markProcessed(db, outboxId);
    log.info("job done");
  }

  async function requeueInterrupted(outboxId: string, reason: string): Promise<void> {
    try {
      const row = await findOutboxRow(db, outboxId);
      if (row && !row.processed_at) await requeueAfterInterruption(db, row, reason);
    } catch (err) {
      // The relay's reconciliation finds the failed job and does this later.
      logger.error({ outboxId, err: errorMessage(err) }, "could not requeue an interrupted job");
    }
  }

  const connections: EndingRedis[] = [];
  const workers = (opts.queues ?? QUEUE_NAMES).map((name) => {
    const connection = createRedisConnection(opts.redisUrl, "worker", logger);
    connections.push(connection);
    const worker = new Worker<OutboxJobData>(name, processJob, {
      connection,
      prefix,
      concurrency: opts.concurrency ?? 4,
      ...(opts.lockDurationMs ? { lockDuration: opts.lockDurationMs } : {}),
      ...(opts.stalledIntervalMs ? { stalledInterval: opts.stalledIntervalMs } : {}),
      // Fail at the first stall, so the "failed" handler (not BullMQ's immediate re-run) decides: back off, retry forever.
      maxStalledCount: 0,
    });
    worker.on("error", (err) => logger.warn({ queue: name, err: errorMessage(err) }, "worker error"));
    worker.on("failed", (job, err) => {
      if (!job) {
        logger.error({ queue: name, err: errorMessage(err) }, "job failed (no job data)");
        return;
      }
      const fields = { queue: name, outboxId: job.data.outboxId, jobId: job.id, attempts: job.attemptsMade, err: errorMessage(err) };
      if (isStalledFailure(err)) {
        logger.warn(fields, "job's worker died: outbox row back in line after a back-off");
        track(requeueInterrupted(job.data.outboxId, errorMessage(err)));
        return;
      }
      const final = Boolean(job.finishedOn) || isPermanentFailure(err);
      if (final) logger.error(fields, "job failed permanently: outbox row dead-lettered");
      else logger.warn(fields, "job failed: BullMQ will retry");
      track(
        recordFailure(db, job.data.outboxId, err, { attempts: job.attemptsMade, dead: final }).catch((e) =>
          logger.error({ outboxId: job.data.outboxId, err: errorMessage(e) }, "could not record job failure"),
        ),
      );
    });
    worker.on("stalled", (jobId) => logger.warn({ queue: name, jobId }, "job stalled (its worker died?): it will run again"));
    return worker;
  });

  const queues = await createQueues({ redisUrl: opts.redisUrl, prefix, defaultJobOptions: opts.jobOptions, logger });
  const relayOpts = typeof opts.relay === "object" ? opts.relay : {};
  const relay = opts.relay === false ? undefined : startRelay({ db, queues, logger, ...relayOpts });
  const schedules: BullmqSchedulesHandle | undefined =
    opts.schedules && opts.schedules.length > 0 ? await startBullmqSchedules({ redisUrl: opts.redisUrl, prefix, ctx, tasks: opts.schedules, logger }) : undefined;

  let closing: Promise<void> | undefined;
  return {
    workers,
    queues,
    relay,
    close() {
      closing ??= (async () => {
        // Both finish what they are doing: the relay its batch, each worker its active jobs.
        const graceful = Promise.allSettled([relay?.stop(), schedules?.close(), ...workers.map((w) => w.close())]);
        const closeTimeoutMs = opts.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS;
        if (!(await settlesWithin(graceful, closeTimeoutMs))) {
          logger.warn({ closeTimeoutMs }, "jobs did not stop in time (is Redis down?): ending the redis connections; unfinished jobs run again");
          for (const c of [...connections, ...(schedules?.connections ?? [])]) c.endAll();
          await settlesWithin(graceful, FORCED_CLOSE_MS);
        }
        await Promise.allSettled([...pending]);
        await queues.close();
        for (const c of connections) c.endAll();
      })();
      return closing;
    },
  };
}

/**
 * Work is never lost with any Redis (the outbox reconciles), but a Redis that forgets
 * re-runs what it forgot a little later, and one that evicts drops queued jobs under
 * memory pressure. Say so once, at start, where the operator looks.
 */
async function warnUnlessDurable(redisUrl: string, logger: Logger): Promise<void> {
  try {
    const { persistent, evictionPolicy } = await redisDurability(redisUrl);
    if (persistent === false) {
      logger.warn("redis does not persist (no RDB snapshots, no AOF): after a restart the relay hands lost jobs over again; run redis with appendonly yes");
    }
    if (evictionPolicy !== undefined && evictionPolicy !== "noeviction") {
      logger.warn({ evictionPolicy }, "redis may evict keys under memory pressure: set maxmemory-policy noeviction");
    }
    if (persistent === undefined) logger.info("redis CONFIG is not available: persistence and eviction policy unknown");
  } catch (err) {
    logger.warn({ err: errorMessage(err) }, "could not ask redis about persistence");
  }
}

export interface WorkerProcessOptions<C> {
  processors: ProcessorMap<C>;
  /** Tasks on a clock (scheduledTasks() in production). */
  schedules?: readonly ScheduledTask<C>[];
  createContext(db: DB, logger: Logger): Promise<C>;
}

/**
 * The whole worker process: env → DB (migrated, idempotently) → context →
 * workers + relay → graceful shutdown on SIGTERM/SIGINT. Shared by the
 * production entry and the test fixture, so the kill test exercises this code.
 *
 * Environment:
 *   REDIS_URL (required), DATABASE_URL (default ./data/portal.db), JOBS_PREFIX,
 *   WORKER_CONCURRENCY (4), JOBS_LOCK_DURATION_MS (30000), JOBS_STALLED_INTERVAL_MS (30000),
 *   JOBS_RELAY_INTERVAL_MS (250), JOBS_RELAY_BATCH (100), JOBS_VISIBILITY_MS (60000), LOG_LEVEL,
 *   JOBS_TEST_DELAY_MS (ignored when NODE_ENV=production).
 */
export async function runWorkerProcess<C>(opts: WorkerProcessOptions<C>): Promise<void> {
  const env = getEnv();
  const logger = createLogger({ component: "worker" });
  const redisUrl = env.REDIS_URL;
  if (!redisUrl) {
    logger.fatal("REDIS_URL is not set: the BullMQ worker needs Redis (without it, the web process runs jobs in-process)");
    process.exitCode = 1;
    return;
  }
  const testDelayMs = env.NODE_ENV === "production" ? undefined : env.JOBS_TEST_DELAY_MS;
  const db = createDb(env.DATABASE_URL);
  // The web process migrates too; this is idempotent and guarded by Kysely's migration lock.
  await migrateToLatest(db);
  let ctx: C;
  try {
    ctx = await opts.createContext(db, logger);
  } catch (err) {
    // A bad rule file, a released version's file that differs from the one recorded (rule-fingerprints.server.ts),
    // two versions in force on one day: said once, and the worker does not start.
    logger.fatal({ err: err instanceof Error ? err.message : String(err) }, "the worker cannot start: its context (the rules) cannot be loaded");
    await db.destroy();
    process.exitCode = 1;
    return;
  }
  const handle = await startWorkers({
    db,
    ctx,
    processors: opts.processors,
    redisUrl,
    prefix: jobsPrefix(),
    concurrency: env.WORKER_CONCURRENCY,
    lockDurationMs: env.JOBS_LOCK_DURATION_MS,
    stalledIntervalMs: env.JOBS_STALLED_INTERVAL_MS,
    relay: { intervalMs: env.JOBS_RELAY_INTERVAL_MS, batchSize: env.JOBS_RELAY_BATCH, visibilityMs: env.JOBS_VISIBILITY_MS },
    testDelayMs,
    schedules: opts.schedules,
    logger,
  });
  logger.info({ queues: QUEUE_NAMES, prefix: jobsPrefix(), testDelayMs }, "worker started");
  await warnUnlessDurable(redisUrl, logger);

  let shuttingDown = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (shuttingDown) {
      logger.warn({ signal }, "second signal: exiting without waiting");
      process.exit(1);
    }
    shuttingDown = true;
    logger.info({ signal }, "shutting down: waiting for in-flight jobs");
    try {
      await handle.close();
      await db.destroy();
      logger.info("worker stopped");
      process.exit(0);
    } catch (err) {
      logger.error({ err: errorMessage(err) }, "error during shutdown");
      process.exit(1);
    }
  };
  process.on("SIGTERM", (s) => void shutdown(s));
  process.on("SIGINT", (s) => void shutdown(s));
}
