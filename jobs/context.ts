/**
 * What every production processor receives: the database, the rule engine
 * (rule files loaded and validated once per process) and a logger.
 */
import type { DB } from "../db/client";
import { createRuleEngine, type RuleEngine, type RuleEngineOptions } from "../rules/engine";
import { loadRuleSet } from "../rules/load";
import { createLogger, type Logger } from "./logger";

export type { RuleEngine };

export interface JobContext {
  db: DB;
  engine: RuleEngine;
  logger: Logger;
}

export async function createJobContext(opts: {
  db: DB;
  /** Rule files directory; default: loadRuleSet's own default (./rules). */
  rulesDir?: string;
  engineOptions?: RuleEngineOptions;
  logger?: Logger;
}): Promise<JobContext> {
  const ruleSet = loadRuleSet(opts.rulesDir);
  return {
    db: opts.db,
    engine: createRuleEngine(ruleSet, opts.engineOptions),
    logger: opts.logger ?? createLogger({ component: "jobs" }),
  };
}
