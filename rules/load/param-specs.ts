/**
 * A rule file's `params` block: each param's type (declared, or inferred from
 * the default), its bounds and enum checked against that type, and its
 * default checked against all of them. The result is the typed ParamSpec map
 * the rest of the file is checked against and the engine resolves values
 * from.
 */
import { inferParamType, paramValueProblem, type ParamSpec } from "../params";
import type { RuleFile } from "../schema";
import type { Fail } from "./errors";

export function checkParamSpecs(declared: RuleFile["params"], fail: Fail): Record<string, ParamSpec> {
  const params: Record<string, ParamSpec> = {};
  for (const [name, spec] of Object.entries(declared)) {
    const type = spec.type ?? inferParamType(spec.default);
    if (type === null) {
      fail(["params", name, "default"], `cannot infer the type of ${JSON.stringify(spec.default)}; declare "type"`);
    }
    if ((spec.min !== undefined || spec.max !== undefined) && type !== "integer" && type !== "integer[]") {
      fail(["params", name, spec.min !== undefined ? "min" : "max"], `min/max apply only to integer and integer[] params`);
    }
    if (spec.min !== undefined && spec.max !== undefined && spec.min > spec.max) {
      fail(["params", name, "max"], `max ${spec.max} is below min ${spec.min}`);
    }
    if (spec.enum !== undefined && !["string", "integer", "string[]", "integer[]"].includes(type)) {
      fail(["params", name, "enum"], `enum applies only to string, integer, string[] and integer[] params`);
    }
    const problem = paramValueProblem({ type, min: spec.min, max: spec.max, enum: spec.enum }, spec.default);
    if (problem) fail(["params", name, "default"], problem);
    params[name] = {
      default: spec.default,
      description: spec.description,
      type,
      ...(spec.min !== undefined ? { min: spec.min } : {}),
      ...(spec.max !== undefined ? { max: spec.max } : {}),
      ...(spec.enum !== undefined ? { enum: spec.enum } : {}),
      ...(spec.policy !== undefined ? { policy: spec.policy } : {}),
    };
  }
  return params;
}
