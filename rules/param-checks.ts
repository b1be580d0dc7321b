/**
 * Whether a value can be a rule's param: its declared type and bounds
 * (params.ts), then the checks that the facts of the rule's target declare
 * for a param of that name (FactDescriptor.paramChecks: R11's refund table
 * must be readable as refund rules). The loader checks defaults with it, the
 * overlay checks and resolver and the engine's overrides check values with
 * it, so an officer's regional value that a fact could not use is refused
 * when it is entered, not found when filings are evaluated.
 */
import { FACT_REGISTRY, type AppliesTo } from "./facts";
import { paramValueProblem, type ParamProblem, type ParamSpec, type ParamValueCheck } from "./params";

const checksByTarget = new Map<AppliesTo, ReadonlyMap<string, readonly ParamValueCheck[]>>();

function checksFor(appliesTo: AppliesTo): ReadonlyMap<string, readonly ParamValueCheck[]> {
  let checks = checksByTarget.get(appliesTo);
  if (!checks) {
    const byParam = new Map<string, ParamValueCheck[]>();
    for (const fact of Object.values(FACT_REGISTRY[appliesTo])) {
      for (const [param, check] of Object.entries(fact.paramChecks ?? {})) {
        const list = byParam.get(param) ?? byParam.set(param, []).get(param)!;
        if (!list.includes(check)) list.push(check);
      }
    }
    checksByTarget.set(appliesTo, (checks = byParam));
  }
  return checks;
}

/**
 * Why `value` cannot be the rule's param `name` (declared in `def.params`), or null when it can. A type or
 * bounds problem is worded in English only (the officers' form checks those first, with its own words).
 */
export function ruleParamProblem(def: { appliesTo: AppliesTo; params: Readonly<Record<string, ParamSpec>> }, name: string, value: unknown): ParamProblem | null {
  const problem = paramValueProblem(def.params[name], value);
  if (problem) return { zh: `取值不符合参数的类型或范围（${problem}）`, en: problem };
  for (const check of checksFor(def.appliesTo).get(name) ?? []) {
    const found = check(value);
    if (found) return found;
  }
  return null;
}
