/**
 * What every production processor receives: the database, the rules runtime
 * (rule files loaded and validated once per process; engines per regional
 * parameter set) and a logger.
 */
import type { DB } from "~/db/client";
import {
  activateNewRules,
  createRulesRuntime,
  loadRulesState,
  type RulesRuntime,
} from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { createLogger, type Logger } from "./logger";

export interface JobContext {
  db: DB;
  rules: RulesRuntime;
  logger: Logger;
}

export async function createJobContext(opts: {
  db: DB;
  /** Rule files directory; default: loadRuleSet's own default (./rules). */
  rulesDir?: string;
  logger?: Logger;
}): Promise<JobContext> {
  const rules = createRulesRuntime(loadRuleSet(opts.rulesDir));
  await activateNewRules(opts.db, rules.library);
  // Two versions in force on one day stop the worker here rather than at the first job.
  rules.activeSet((await loadRulesState(opts.db, rules.library)).activations);
  return { db: opts.db, rules, logger: opts.logger ?? createLogger({ component: "jobs" }) };
}
