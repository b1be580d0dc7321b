/**
 * Work that runs on a clock rather than from an outbox row: the complaint
 * deadline sweep (R17), the case deadline sweep, the evidence orphan sweep, the
 * publication withdrawal sweep, the public statistics' refresh, the outbox
 * retention sweep, the complaint contact retention sweep, the expired sessions' sweep, and the sweeps that evaluate
 * rules (ruleScheduledTasks). A scheduled task calls one idempotent domain
 * function with the current instant; nothing is written to the outbox, since
 * a missed or doubled run is repaired by the next one.
 *
 * - With REDIS_URL: one BullMQ job scheduler per task in the "scheduled" queue
 *   (`upsertJobScheduler` under the task's name: restarting any number of
 *   workers updates the one scheduler instead of adding another), and a
 *   Worker on that queue in every worker process; BullMQ hands each run to
 *   one of them. Schedulers of tasks no longer configured are removed.
 * - Without it: a timer in the web process (startScheduleTimers), beside the
 *   in-process runner. It runs each task once at start, then every interval,
 *   never two runs of one task at a time.
 */
import type { Job } from "bullmq";
import { sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import { eraseExpiredContacts } from "~/domain/complaints/complaint-contact-retention.server";
import { sweepComplaintDeadlines } from "~/domain/complaints/complaint-sweep.server";
import { evidenceDirectory, localDirectoryStore, stagingRoot } from "~/domain/evidence/evidence-store.server";
import { removeOrphanEvidence } from "~/domain/evidence/evidence-sweep.server";
import { retriageComplaints } from "~/domain/complaints/complaint-retriage-sweep.server";
import { sweepAccountFlags } from "~/domain/fee-accounts/account-flags-sweep.server";
import { sweepMealFunds } from "~/domain/meal-fund/meal-fund-sweep.server";
import { purgeProcessedOutbox } from "~/domain/outbox/outbox.server";
import { purgeExpiredSessions } from "~/domain/users/auth.server";
import { sweepPublications } from "~/domain/publication/public-case-sweep.server";
import { refreshStatistics } from "~/domain/statistics/statistics-refresh.server";
import { getEnv } from "~/utils/env.server";
import type { JobContext } from "./context";
import { createRedisConnection } from "./queues";
import type { EndingRedis } from "./ending-redis";
import { errorMessage, type Logger } from "./logger";

export const SCHEDULE_QUEUE = "scheduled";
export const DEFAULT_COMPLAINT_SWEEP_INTERVAL_MS = 10 * 60 * 1000;
export const DEFAULT_CASE_SWEEP_INTERVAL_MS = 10 * 60 * 1000;
/** The public statistics lag the sources by at most this (plus the run itself). */
export const DEFAULT_STATISTICS_REFRESH_INTERVAL_MS = 60 * 1000;
/** Hourly: orphans are only removed after a day's grace, so an hour's delay costs nothing. */
export const EVIDENCE_SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** Hourly: retention ends on a day, so a case is withdrawn within the hour the day begins. */
export const PUBLICATION_SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** Hourly: a month's account falls due on a day, so a missing one is flagged within the hour the next day begins. */
export const MEAL_FUND_SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** Hourly: A02's window moves by days, so a flag it no longer supports goes within the hour the next day begins. */
export const ACCOUNT_FLAGS_SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** Hourly: processed outbox rows leave within the hour their retention ends. */
export const OUTBOX_RETENTION_SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** Hourly: an expired session's row (and its user agent) goes within the hour it expires. */
export const SESSION_SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** Hourly: retention ends on a day, so a complainant's contact details are erased within the hour the day begins. */
export const CONTACT_RETENTION_SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** Hourly: a rule change reaches the findings of complaints in hand within the hour. */
export const COMPLAINT_RETRIAGE_INTERVAL_MS = 60 * 60 * 1000;

export interface ScheduledTask<C> {
  /** The job scheduler's id and the job name: stable across releases. */
  name: string;
  everyMs: number;
  run(ctx: C, now: Date): Promise<unknown>;
}

/** The production tasks, with their intervals from the environment. */
export function scheduledTasks(): ScheduledTask<Pick<JobContext, "db">>[] {
  return [
    {
      name: "complaint-deadline-sweep",
      everyMs: getEnv().COMPLAINT_SWEEP_INTERVAL_MS ?? DEFAULT_COMPLAINT_SWEEP_INTERVAL_MS,
      run: (ctx, now) => sweepComplaintDeadlines(ctx.db, now),
    },
    {
      // Due-soon, overdue and escalation, and orders not proven in time.
      name: "case-deadline-sweep",
      everyMs: getEnv().CASE_SWEEP_INTERVAL_MS ?? DEFAULT_CASE_SWEEP_INTERVAL_MS,
      run: (ctx, now) => sweepCaseDeadlines(ctx.db, now),
    },
    {
      // Evidence blobs no row names (a crash between storing a file and committing its row) and abandoned staged uploads.
      name: "evidence-orphan-sweep",
      everyMs: EVIDENCE_SWEEP_INTERVAL_MS,
      run: (ctx, now) => removeOrphanEvidence(ctx.db, localDirectoryStore(evidenceDirectory()), { stagingDir: stagingRoot(), now }),
    },
    {
      // Published cases whose retention ended leave the public pages (行政处罚信息公示规定 Art. 13).
      name: "publication-withdrawal-sweep",
      everyMs: PUBLICATION_SWEEP_INTERVAL_MS,
      run: (ctx, now) => sweepPublications(ctx.db, now),
    },
    {
      // The public statistics: the cells whose sources changed since the last run (app/domain/statistics/).
      name: "statistics-refresh",
      everyMs: getEnv().STATISTICS_REFRESH_INTERVAL_MS ?? DEFAULT_STATISTICS_REFRESH_INTERVAL_MS,
      run: (ctx) => refreshStatistics(ctx.db),
    },
    {
      // Processed outbox rows past their retention: the table would otherwise grow by every change, for ever.
      name: "outbox-retention-sweep",
      everyMs: OUTBOX_RETENTION_SWEEP_INTERVAL_MS,
      run: (ctx, now) => purgeProcessedOutbox(ctx.db, now, { retentionDays: getEnv().OUTBOX_RETENTION_DAYS }),
    },
    {
      // Complainants' contact details of complaints finished longer ago than their retention (PIPL Art. 19).
      name: "complaint-contact-retention-sweep",
      everyMs: CONTACT_RETENTION_SWEEP_INTERVAL_MS,
      run: (ctx, now) => eraseExpiredContacts(ctx.db, now, { retentionMonths: getEnv().COMPLAINT_CONTACT_RETENTION_MONTHS }),
    },
    {
      // Sessions past their expiry: they sign no one in, and they hold a browser's user agent.
      name: "expired-sessions-sweep",
      everyMs: SESSION_SWEEP_INTERVAL_MS,
      run: (ctx, now) => purgeExpiredSessions(ctx.db, now),
    },
  ];
}

/**
 * The production tasks that evaluate rules, and so need the rules runtime
 * besides the database: the meal-fund sweep (R15: accounts not filed by their
 * due date), the account-flags sweep (current account flags judged again
 * each day: A02's window, rules changed since) and the re-triage of
 * complaints in hand whose rules changed since their triage. Kept apart from
 * scheduledTasks() so a context of the database alone still runs those.
 */
export function ruleScheduledTasks(): ScheduledTask<Pick<JobContext, "db" | "rules">>[] {
  return [
    {
      name: "meal-fund-sweep",
      everyMs: MEAL_FUND_SWEEP_INTERVAL_MS,
      run: (ctx, now) => sweepMealFunds(ctx.db, ctx.rules, now),
    },
    {
      name: "account-flags-sweep",
      everyMs: ACCOUNT_FLAGS_SWEEP_INTERVAL_MS,
      run: (ctx, now) => sweepAccountFlags(ctx.db, ctx.rules, now),
    },
    {
      name: "complaint-retriage-sweep",
      everyMs: COMPLAINT_RETRIAGE_INTERVAL_MS,
      run: (ctx, now) => retriageComplaints(ctx.db, ctx.rules, now),
    },
  ];
}

/** Every production task: what the worker process and embedded mode schedule. */
export function productionSchedules(): ScheduledTask<Pick<JobContext, "db" | "rules">>[] {
  return [...scheduledTasks(), ...ruleScheduledTasks()];
}

export interface SchedulesHandle {
  close(): Promise<void>;
}

export interface BullmqSchedulesHandle extends SchedulesHandle {
  /** Its Redis connections, for a caller whose close() must end them when BullMQ's close does not finish. */
  readonly connections: readonly EndingRedis[];
}

/** A task that failed on its timer runs again this soon, not only at its next interval. */
export const RETRY_AFTER_FAILURE_MS = 2_000;

/** The in-process clock: each task now, then every `everyMs`; stop() waits for a run in progress. */
export function startScheduleTimers<C>(opts: { ctx: C; tasks: readonly ScheduledTask<C>[]; logger: Logger }): SchedulesHandle {
  const timers: NodeJS.Timeout[] = [];
  /** At most one pending retry per task (a later failure replaces it: a retry is a tick like any other). */
  const retries = new Map<string, NodeJS.Timeout>();
  const running = new Set<Promise<void>>();
  let stopped = false;
  for (const task of opts.tasks) {
    let busy = false;
    const tick = () => {
      if (busy || stopped) return;
      busy = true;
      const run = (async () => {
        try {
          const result = await task.run(opts.ctx, new Date());
          opts.logger.debug({ task: task.name, result }, "scheduled task done");
        } catch (err) {
          opts.logger.error({ task: task.name, err: errorMessage(err) }, "scheduled task failed: it runs again shortly");
          // Not only at the next interval (an hour for some): a failure is often the moment's (a lock, a busy database).
          if (!stopped) retries.set(task.name, setTimeout(tick, Math.min(task.everyMs, RETRY_AFTER_FAILURE_MS)));
        } finally {
          busy = false;
        }
      })();
      running.add(run);
      void run.finally(() => running.delete(run));
    };
    timers.push(setInterval(tick, task.everyMs));
    // At start too: a deadline that passed while the process was down is marked at once.
    setImmediate(tick);
  }
  return {
    async close() {
      stopped = true;
      for (const t of [...timers, ...retries.values()]) clearTimeout(t);
      await Promise.allSettled([...running]);
    },
  };
}

/**
 * The BullMQ side: upserts one job scheduler per task (removing those of tasks
 * that are gone) and consumes the queue. Several worker processes may call it:
 * the schedulers are keyed by name, and each run goes to one worker.
 */
export async function startBullmqSchedules<C>(opts: {
  redisUrl: string;
  prefix: string;
  ctx: C;
  tasks: readonly ScheduledTask<C>[];
  logger: Logger;
}): Promise<BullmqSchedulesHandle> {
  // Loaded here, not at start: a web process (which runs the timers, or nothing) never needs BullMQ.
  const { Queue, Worker } = await import("bullmq");
  const byName = new Map(opts.tasks.map((t) => [t.name, t]));
  const producer = createRedisConnection(opts.redisUrl, "worker", opts.logger);
  const queue = new Queue(SCHEDULE_QUEUE, {
    connection: producer,
    prefix: opts.prefix,
    defaultJobOptions: { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } },
  });
  queue.on("error", () => {});
  for (const scheduler of await queue.getJobSchedulers(0, -1)) {
    const id = scheduler.key;
    if (!byName.has(id)) await queue.removeJobScheduler(id);
  }
  for (const task of opts.tasks) {
    await queue.upsertJobScheduler(task.name, { every: task.everyMs }, { name: task.name, data: {}, opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 500 } } });
  }
  const consumer = createRedisConnection(opts.redisUrl, "worker", opts.logger);
  const worker = new Worker(
    SCHEDULE_QUEUE,
    async (job: Job) => {
      const task = byName.get(job.name);
      // A run of a task this release no longer has (left over in Redis): nothing to do.
      if (!task) return null;
      return task.run(opts.ctx, new Date());
    },
    { connection: consumer, prefix: opts.prefix, concurrency: 1 },
  );
  worker.on("error", (err) => opts.logger.warn({ queue: SCHEDULE_QUEUE, err: errorMessage(err) }, "worker error"));
  worker.on("failed", (job, err) => opts.logger.error({ task: job?.name, err: errorMessage(err) }, "scheduled task failed: it runs again at the next interval"));
  return {
    connections: [producer, consumer],
    async close() {
      await Promise.allSettled([worker.close(), queue.close()]);
      producer.endAll();
      consumer.endAll();
    },
  };
}
