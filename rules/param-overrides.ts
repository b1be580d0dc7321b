/**
 * A rule's effective params: the file's defaults, replaced by per-rule
 * overrides (a province's thresholds, a district's keywords …). Every
 * override is checked against the param's declared type and bounds, by the
 * same check that validated the default, so a value that is accepted here is
 * one the rule can use. The engine, the overlay resolver and the admin pages
 * all go through these two functions.
 */
import { ruleParamProblem } from "./param-checks";
import type { RuleDefinition } from "./schema";

/** Per-rule param overrides (e.g. a province's thresholds): `{ R04: { amberBp: 1500 } }`. */
export type ParamOverrides = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * Why `value` cannot override `name` of `def`, or null when it can: the
 * param must exist and the value must have its type (and bounds) and pass
 * the checks its facts declare (param-checks.ts).
 */
export function paramOverrideProblem(def: RuleDefinition, name: string, value: unknown): string | null {
  const spec = def.params[name];
  if (!spec || !Object.prototype.hasOwnProperty.call(def.params, name)) {
    return `unknown param "${name}" (known: ${Object.keys(def.params).join(", ") || "none"})`;
  }
  const problem = ruleParamProblem(def, name, value);
  return problem ? `param "${name}" ${problem.en}` : null;
}

/** The effective params of a rule: defaults, then overrides (each checked against the param's type). */
export function effectiveParams(def: RuleDefinition, overrides?: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(def.params)) out[name] = spec.default;
  for (const [name, value] of Object.entries(overrides ?? {})) {
    if (!Object.prototype.hasOwnProperty.call(def.params, name)) {
      throw new Error(`${def.id}@${def.version}: unknown param override "${name}"`);
    }
    const problem = paramOverrideProblem(def, name, value);
    if (problem) throw new Error(`${def.id}@${def.version}: ${problem}`);
    out[name] = value;
  }
  return out;
}
