/**
 * Rules new in a release, switched on at start-up. A rule id no activation
 * mentions yet gets its versions activated as its files place them in time
 * (activateNewRules, rules-runtime). Like every other activation, that starts
 * a re-evaluation run in the same transaction (national: a rule reads every
 * region), so
 * - the fee schedules filed before the release are judged under the new rule
 *   too, batch by batch through the outbox, as after an admin's activation;
 * - a change preview stored before the release is stale (overlappingRunSince
 *   sees the run) and is computed again under the rules now in force.
 *
 * No run is started
 * - on a fresh installation (no rule activated before): nothing was judged
 *   yet, and the runs' list would open with an empty national run;
 * - when no new rule judges fee schedules (an account, complaint or meal-fund
 *   rule): a run walks only the fee schedules and a preview shows only them;
 *   what those rules judge is kept with what it was judged under
 *   (judgedUnderKey), and its hourly sweep judges it again.
 * A second start-up with the same files activates nothing and starts nothing;
 * of two processes starting at once, the one whose rows were written starts
 * the run (the other's insert writes none).
 */
import type { DB } from "~/db/client";
import type { RuleSet } from "~/rules/schema";
import { activateNewRules } from "~/domain/rules-runtime/rules-runtime.server";
import { startReevaluation } from "./reevaluation.server";

export async function activateReleasedRules(db: DB, library: RuleSet, now = new Date()): Promise<{ activated: string[]; runId: string | null }> {
  let runId: string | null = null;
  const activated = await activateNewRules(db, library, now, async (trx, written) => {
    runId = null; // a transaction run again starts from nothing
    if (written.freshInstallation) return;
    const judgesFilings = written.activated.some((a) => library.find((d) => d.id === a.ruleId && d.version === a.version)?.appliesTo === "filing");
    if (!judgesFilings) return;
    runId = await startReevaluation(trx, { reason: "rules_released", subjectId: null, actorId: null, now });
  });
  return { activated, runId };
}
