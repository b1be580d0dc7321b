/**
 * What every production processor receives: the database, the rules runtime
 * (rule files loaded and validated once per process, their fingerprints
 * checked against the database's; engines per regional parameter set) and a
 * logger.
 */
import type { DB } from "~/db/client";
import {
  activateNewRules,
  createRulesRuntime,
  loadRulesState,
  type RulesRuntime,
} from "~/domain/rules-runtime/rules-runtime.server";
import { checkRuleFingerprints } from "~/domain/rules-runtime/rule-fingerprints.server";
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
  // A released version whose file differs from the one the database recorded (edited, or this worker has other
  // rule files than the web process) stops the worker here: it would judge differently (RuleFingerprintError).
  await checkRuleFingerprints(opts.db, rules.library);
  await activateNewRules(opts.db, rules.library);
  // Two versions in force on one day stop the worker here rather than at the first job.
  rules.activeSet((await loadRulesState(opts.db, rules.library)).activations);
  return { db: opts.db, rules, logger: opts.logger ?? createLogger({ component: "jobs" }) };
}
