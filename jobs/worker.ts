/**
 * Entry for `npm run worker` (tsx jobs/worker.ts): BullMQ workers for every
 * queue plus the outbox relay, until SIGTERM/SIGINT. Configuration is read
 * from the environment; see runWorkerProcess in ./bullmq-workers.ts.
 */
import { createJobContext } from "./context";
import { processors } from "./processors/index";
import { getEnv } from "~/utils/env.server";
import { runWorkerProcess } from "./bullmq-workers";
import { productionSchedules } from "./schedules";

await runWorkerProcess({
  processors,
  schedules: productionSchedules(),
  createContext: (db, logger) => createJobContext({ db, rulesDir: getEnv().RULES_DIR, logger }),
});
