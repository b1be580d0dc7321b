/**
 * Where the change that started a re-evaluation run can be read, for the reader of the run's page. Runs are read
 * everywhere (read:reevaluation:any: their counters are national), but the change behind one is not: a guidance
 * batch is read in the regions its reader sees (guidanceBatchDetail), a parameter set where its reader sets
 * parameters (parameterSetView), a rule by every officer and the administrator. Another district's change, or a
 * parameter set for a reader who sets none, is named without a link rather than linked to a page that answers 404
 * or 403 (tests/routes/run-subject-link).
 */
import type { ReevaluationRun } from "~/db/schema";
import { guidanceReadScope } from "~/domain/guidance-prices/guidance-price.scope";
import { coversRegion, seesRegion } from "~/domain/regions/region-scope";
import { paramManageScope } from "~/domain/rules-config/rules-config.scope";
import { hasPermission, type Actor } from "~/domain/users/actor";

/**
 * The page of the run's change the actor may open, or null: no subject, or one the actor may not read. The run's
 * region is its change's (changeScope): a batch's or a parameter set's; none for a rule version (national).
 */
export function runSubjectPath(actor: Actor, run: Pick<ReevaluationRun, "reason" | "subject_id" | "region_code">): string | null {
  const { reason, subject_id: subjectId, region_code: region } = run;
  if (!subjectId) return null;
  if (reason === "guidance_prices") {
    return region !== null && seesRegion(guidanceReadScope(actor), region) ? `/officer/guidance-prices/batches/${subjectId}` : null;
  }
  if (reason === "rule_parameters") {
    return region !== null && coversRegion(paramManageScope(actor), region) ? `/officer/changes/parameters/${subjectId}` : null;
  }
  // A rule version's subject is "R06@2": the rule's page.
  return hasPermission(actor, "read:rules:any") ? `/officer/rules/${subjectId.split("@")[0]}` : null;
}
