/**
 * A rule's condition tree, checked node by node so every error names the
 * exact node: boolean nodes (all/any/not) with nothing else but a name, and
 * leaves that match the leaf schema, carry a unique name, read a known fact
 * with a known operator and refer only to declared params. Also collects
 * the leaves in document order, which explanations and severityWhen use.
 * Priorities and condition references are refused: they would let the
 * engine skip conditions that then cannot be explained.
 */
import { isKnownOperator } from "../operators";
import { isParamRef, LeafConditionSchema, type ConditionNode, type LeafInfo } from "../schema";
import type { Fail } from "./errors";
import type { ReferenceChecks } from "./references";

const NO_PRIORITIES = "priorities are not allowed: they let the engine skip conditions that then cannot be explained";

/** Check the tree at `rule.conditions`; returns it (as typed nodes) with its leaves. */
export function checkConditions(
  root: unknown,
  refs: ReferenceChecks,
  fail: Fail,
): { conditions: ConditionNode; leaves: LeafInfo[] } {
  const leaves: LeafInfo[] = [];
  const walk = (node: unknown, segments: PropertyKey[], isRoot: boolean): ConditionNode => {
    if (typeof node !== "object" || node === null || Array.isArray(node)) {
      return fail(segments, "expected a condition object");
    }
    const record = node as Record<string, unknown>;
    if ("condition" in record) {
      fail([...segments, "condition"], "condition references are not supported; write the condition inline");
    }
    const booleans = (["all", "any", "not"] as const).filter((k) => k in record);
    if (booleans.length > 1) fail(segments, `a condition has exactly one of all/any/not, found ${booleans.join(" and ")}`);
    if (booleans.length === 1) {
      const op = booleans[0];
      for (const key of Object.keys(record)) {
        if (key === op || key === "name") continue;
        fail([...segments, key], key === "priority" ? NO_PRIORITIES : `unknown key "${key}"`);
      }
      if (record.name !== undefined && typeof record.name !== "string") fail([...segments, "name"], "expected a string");
      const name = record.name as string | undefined;
      if (op === "not") {
        const child = walk(record.not, [...segments, "not"], false);
        return name === undefined ? { not: child } : { not: child, name };
      }
      const children = record[op];
      if (!Array.isArray(children) || children.length === 0) fail([...segments, op], "expected a non-empty array of conditions");
      const mapped = (children as unknown[]).map((c, i) => walk(c, [...segments, op, i], false));
      const out = op === "all" ? { all: mapped } : { any: mapped };
      return name === undefined ? out : { ...out, name };
    }
    if (isRoot) fail(segments, "the root condition must be all, any or not");

    const leaf = LeafConditionSchema.safeParse(record);
    if (!leaf.success) {
      const issue = leaf.error.issues[0];
      if (issue.code === "unrecognized_keys" && issue.keys.length > 0) {
        const key = issue.keys[0];
        fail(
          [...segments, ...issue.path, key],
          key === "priority"
            ? NO_PRIORITIES
            : key === "params"
              ? "fact params are not supported: derived facts are computed once, before the run"
              : `unknown key "${key}"`,
        );
      }
      fail([...segments, ...issue.path], issue.message);
    }
    const c = leaf.data;
    if (leaves.some((l) => l.name === c.name)) fail([...segments, "name"], `duplicate condition name "${c.name}"`);
    refs.fact(c.fact, [...segments, "fact"]);
    if (!isKnownOperator(c.operator)) fail([...segments, "operator"], `unknown operator "${c.operator}"`);
    refs.value(c.value, [...segments, "value"]);
    leaves.push({
      name: c.name,
      fact: c.fact,
      ...(c.path !== undefined ? { path: c.path } : {}),
      operator: c.operator,
      ...(isParamRef(c.value) ? { param: c.value.param } : {}),
    });
    return c;
  };
  const conditions = walk(root, ["rule", "conditions"], true);
  return { conditions, leaves };
}
