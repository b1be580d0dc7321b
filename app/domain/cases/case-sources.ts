/**
 * The rule ids whose cases no rule's flag opens, and where each rule's cases come from: held once here, for the
 * server modules that open those cases and for the queue's URL schema, which runs in the browser too. Client-safe.
 */
import type { CaseSource } from "~/db/schema";

/** The rule id of a case an officer opened from a complaint (no rule fired: a person reported it). */
export const COMPLAINT_CASE_RULE = "COMPLAINT";
/** The rule id of a spot-check case (a draw opened it). */
export const SPOT_CHECK_CASE_RULE = "SPOT_CHECK";
/**
 * The complaint triage's cluster rule (rules/complaint/R18.*.json): a rule, but its findings are read from complaints,
 * so its cases come from complaints.
 */
export const COMPLAINT_CLUSTER_RULE = "R18";

/** The ids of cases no rule opened, with their source: the export's rule column says the source in their place. */
export const RULELESS_CASE_SOURCES: Readonly<Record<string, CaseSource>> = { [COMPLAINT_CASE_RULE]: "complaint", [SPOT_CHECK_CASE_RULE]: "spot_check" };

/**
 * Whether a case's rule id names a rule of the files (R04, A01, C03: an officer knows them by it and the rule's page
 * is under it), not a source (COMPLAINT, SPOT_CHECK), which is said by its title alone.
 */
export function isRulelessCase(rule: string): boolean {
  return Object.hasOwn(RULELESS_CASE_SOURCES, rule);
}

/**
 * Where the cases of a rule come from: the complaint and spot-check cases carry their own rule ids (COMPLAINT and
 * the cluster rule R18 are opened from complaints, SPOT_CHECK by a draw); every other rule's by its flags.
 */
export function sourceOfRule(rule: string): CaseSource {
  if (isRulelessCase(rule)) return RULELESS_CASE_SOURCES[rule];
  return rule === COMPLAINT_CLUSTER_RULE ? "complaint" : "rule";
}
