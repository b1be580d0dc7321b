/**
 * Embedded mode (REDIS_URL unset): the in-process runner with the production
 * processors, for the web process's composition root (server.ts).
 */
import type { DB } from "~/db/client";
import { createJobContext } from "./context";
import type { Logger } from "./logger";
import { processors } from "./processors/index";
import { startInProcessRunner, type InProcessRunner, type InProcessRunnerOptions } from "./runner";
import type { JobContext } from "./context";

export async function startEmbeddedJobs(
  opts: { db: DB; rulesDir?: string; logger?: Logger } & Pick<
    InProcessRunnerOptions<JobContext>,
    "pollMs" | "maxAttempts" | "backoff" | "leaseMs" | "testDelayMs"
  >,
): Promise<InProcessRunner> {
  const ctx = await createJobContext({ db: opts.db, rulesDir: opts.rulesDir, logger: opts.logger });
  return startInProcessRunner({
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
}
