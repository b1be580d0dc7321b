/**
 * What every production processor receives: the database, the rule engine
 * (loaded and validated once per process) and a logger.
 */
import type { DB } from "../db/client";
import { createRuleEngine } from "../rules/engine";
import { loadRuleSet } from "../rules/load";
import { createLogger, type Logger } from "./logger";

export type RuleEngine = ReturnType<typeof createRuleEngine>;

export interface JobContext {
  db: DB;
  engine: RuleEngine;
  logger: Logger;
}

export async function createJobContext(opts: { db: DB; rulesDir?: string; logger?: Logger }): Promise<JobContext> {
  const ruleSet = await loadRuleSet(opts.rulesDir);
  return {
    db: opts.db,
    engine: createRuleEngine(ruleSet),
    logger: opts.logger ?? createLogger({ component: "jobs" }),
  };
}
