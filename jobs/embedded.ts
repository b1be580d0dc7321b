/**
 * Embedded mode (REDIS_URL unset): the in-process runner with the production
 * processors, and the scheduled tasks on a timer (schedules.ts), for the web
 * process's composition root (server.ts).
 */
import type { DB } from "~/db/client";
import { createJobContext } from "./context";
import type { Logger } from "./logger";
import { processors } from "./processors/index";
import { startInProcessRunner, type InProcessRunner, type InProcessRunnerOptions } from "./runner";
import { productionSchedules, startScheduleTimers, type ScheduledTask } from "./schedules";
import type { JobContext } from "./context";

export async function startEmbeddedJobs(
  opts: {
    db: DB;
    rulesDir?: string;
    logger?: Logger;
    /** The tasks on a clock; default the production ones (productionSchedules()), [] for none. */
    schedules?: readonly ScheduledTask<JobContext>[];
  } & Pick<InProcessRunnerOptions<JobContext>, "pollMs" | "maxAttempts" | "backoff" | "leaseMs" | "testDelayMs">,
): Promise<InProcessRunner> {
  const ctx = await createJobContext({ db: opts.db, rulesDir: opts.rulesDir, logger: opts.logger });
  const runner = startInProcessRunner({
    db: opts.db,
    ctx,
    processors,
    logger: ctx.logger,
    pollMs: opts.pollMs,
    maxAttempts: opts.maxAttempts,
    backoff: opts.backoff,
    leaseMs: opts.leaseMs,
    testDelayMs: opts.testDelayMs,
  });
  const timers = startScheduleTimers({ ctx, tasks: opts.schedules ?? productionSchedules(), logger: ctx.logger });
  return {
    drainOnce: () => runner.drainOnce(),
    start: () => runner.start(),
    async stop() {
      await Promise.all([timers.close(), runner.stop()]);
    },
  };
}
