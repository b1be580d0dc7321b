/**
 * The web process's rules runtime: rule files are read and validated once
 * (server.ts loads it at start-up, so a bad rule file stops the server).
 */
import { createRulesRuntime, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { getEnv } from "~/utils/env.server";

const holder = globalThis as unknown as { __portalRules?: RulesRuntime };

export function getRulesRuntime(): RulesRuntime {
  holder.__portalRules ??= createRulesRuntime(loadRuleSet(getEnv().RULES_DIR));
  return holder.__portalRules;
}
