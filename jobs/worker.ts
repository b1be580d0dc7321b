/**
 * Entry for `npm run worker` (tsx jobs/worker.ts): BullMQ workers for every
 * queue plus the outbox relay, until SIGTERM/SIGINT. Configuration is read
 * from the environment; see runWorkerProcess in ./workers.ts.
 */
import { createJobContext } from "./context";
import { processors } from "./processors/index";
import { runWorkerProcess } from "./workers";

await runWorkerProcess({
  processors,
  createContext: (db, logger) => createJobContext({ db, rulesDir: process.env.RULES_DIR || undefined, logger }),
});
