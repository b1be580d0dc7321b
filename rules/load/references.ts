/**
 * What a rule file may refer to. A fact must be registered for the rule's
 * `appliesTo` (facts/), and a param-dependent fact needs its params declared
 * with the same type; a `{ "param": … }` value must name a declared param;
 * a `{ "fact": … }` value must name a known fact. Conditions and details
 * filters share these checks, so both report the same problem the same way.
 */
import { FACT_REGISTRY, isKnownFact, type AppliesTo } from "../facts";
import type { ParamSpec } from "../params";
import { FactRefSchema, isFactRef, isParamRef, ParamRefSchema } from "../schema";
import type { Fail } from "./errors";

export interface ReferenceChecks {
  /** `fact` is registered for the target and its params (if any) are declared. */
  fact(fact: string, segments: PropertyKey[]): void;
  /** A param or fact reference used as a value is well-formed and names something that exists. */
  value(value: unknown, segments: PropertyKey[]): void;
}

export function referenceChecks(appliesTo: AppliesTo, params: Readonly<Record<string, ParamSpec>>, fail: Fail): ReferenceChecks {
  const fact = (name: string, segments: PropertyKey[]) => {
    if (!isKnownFact(appliesTo, name)) {
      const known = Object.keys(FACT_REGISTRY[appliesTo]);
      fail(
        segments,
        `unknown fact "${name}" for appliesTo "${appliesTo}"` +
          (known.length ? ` (known: ${known.join(", ")})` : " (no facts are registered for it yet)"),
      );
    }
    // A param-dependent fact is computed from params the rule must declare, with the same type.
    for (const [param, type] of Object.entries(FACT_REGISTRY[appliesTo][name].params ?? {})) {
      const declared = params[param];
      if (!declared) fail(segments, `fact "${name}" is computed from param "${param}" (${type}); declare it in "params"`);
      if (declared.type !== type) {
        fail(segments, `fact "${name}" needs param "${param}" of type ${type}, but it is declared as ${declared.type}`);
      }
    }
  };
  const value = (v: unknown, segments: PropertyKey[]) => {
    if (isParamRef(v)) {
      const ref = ParamRefSchema.safeParse(v);
      if (!ref.success) fail([...segments, ...ref.error.issues[0].path], ref.error.issues[0].message);
      if (!Object.prototype.hasOwnProperty.call(params, v.param)) {
        fail([...segments, "param"], `unknown param "${String(v.param)}" (declare it in "params")`);
      }
    } else if (isFactRef(v)) {
      const ref = FactRefSchema.safeParse(v);
      if (!ref.success) fail([...segments, ...ref.error.issues[0].path], ref.error.issues[0].message);
      fact(String(v.fact), [...segments, "fact"]);
    }
  };
  return { fact, value };
}
