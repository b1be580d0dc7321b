/**
 * What the engine does with a validated condition tree before handing it to
 * json-rules-engine: substitute param values, point param-dependent facts at
 * their rule-qualified keys, and list the facts the tree reads.
 *
 * ## How params reach the conditions
 *
 * A rule's tunable numbers live in its `params` (`{ "amberBp": { "default":
 * 1000, … } }`). A condition (or a `details.*.where` filter) refers to one
 * with a value of the form `{ "param": "amberBp" }`:
 *
 *   { "name": "increaseAtOrAboveAmber", "fact": "feeIncreaseMaxBp",
 *     "operator": "atLeast", "value": { "param": "amberBp" } }
 *
 * When an engine is built (engine.ts → `resolveParamRefs`), every such
 * reference is replaced by the param's effective value: the file's default,
 * or a per-province/district override passed to `createRuleEngine`. We chose
 * this over a `{ "fact": "params", "path": "$.amberBp" }` reference because
 *   - the params of different rules cannot collide in one shared almanac,
 *   - there is no extra fact lookup per condition per run, and
 *   - the explanation row shows the resolved threshold as the condition's
 *     `value`, with `param: "amberBp"` saying where it came from.
 * json-rules-engine itself never sees `{ "param": … }`.
 */
import { isFactRef, isParamRef, type ConditionNode } from "./schema";
import type { ConditionShape } from "./types";

/**
 * Replace every `{ "param": name }` value in a condition tree with the param's
 * value, and (when `renameFact` is given) rename facts, also in `{ "fact": … }`
 * values: the engine uses this to point param-dependent facts at their
 * rule-qualified keys.
 */
export function resolveParamRefs(
  node: ConditionNode,
  params: Readonly<Record<string, unknown>>,
  renameFact?: (fact: string) => string,
): ConditionNode {
  if ("all" in node) return { ...node, all: node.all.map((c) => resolveParamRefs(c, params, renameFact)) };
  if ("any" in node) return { ...node, any: node.any.map((c) => resolveParamRefs(c, params, renameFact)) };
  if ("not" in node) return { ...node, not: resolveParamRefs(node.not, params, renameFact) };
  let value: unknown = node.value;
  if (isParamRef(value)) value = params[value.param];
  else if (renameFact && isFactRef(value)) value = { ...value, fact: renameFact(String(value.fact)) };
  return { ...node, fact: renameFact ? renameFact(node.fact) : node.fact, value: value as typeof node.value };
}

/** Every fact a condition tree reads, including `{ "fact": … }` values. */
export function factsOfConditions(node: ConditionNode, out: Set<string> = new Set()): Set<string> {
  if ("all" in node) node.all.forEach((c) => factsOfConditions(c, out));
  else if ("any" in node) node.any.forEach((c) => factsOfConditions(c, out));
  else if ("not" in node) factsOfConditions(node.not, out);
  else {
    out.add(node.fact);
    if (isFactRef(node.value)) out.add(String(node.value.fact));
  }
  return out;
}

/** The tree's shape by leaf names, what an explanation needs to say how the conditions combine. */
export function conditionShape(node: ConditionNode): ConditionShape {
  if ("all" in node) return { all: node.all.map(conditionShape) };
  if ("any" in node) return { any: node.any.map(conditionShape) };
  if ("not" in node) return { not: conditionShape(node.not) };
  return node.name;
}
