/**
 * Loads and validates the rule files (`<set>/<ID>.v<N>.json`, one rule
 * version per file) and picks the version in force on a date.
 *
 * Everything that can be wrong in a file is reported here, at load time, as a
 * RuleFileError naming the file and the JSON path inside it: malformed JSON,
 * schema violations, unknown facts (see facts/), unknown operators (see
 * operators.ts), unknown params, unknown message placeholders, a rule.name
 * that is not "<id>@<version>", a file name that does not match, duplicate
 * versions, and two versions of one rule whose effective periods overlap.
 * Published files are never edited: a change is a new version file.
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
import fs from "node:fs";
import path from "node:path";
import { assertCivilDate } from "./dates";
import { FACT_REGISTRY, isKnownFact, type AppliesTo } from "./facts";
import { isKnownOperator, isPlainOperator } from "./operators";
import { inferParamType, paramValueProblem, type ParamSpec } from "./params";
import {
  FactRefSchema,
  LeafConditionSchema,
  MESSAGE_FORMATS,
  ParamRefSchema,
  RuleFileSchema,
  isFactRef,
  isParamRef,
  type ConditionNode,
  type LeafInfo,
  type RuleDefinition,
  type RuleFile,
  type RuleSet,
} from "./schema";

type PathSegment = string | number;

/** A rule file is invalid. `message` reads `<file>: <json path>: <problem>`. */
export class RuleFileError extends Error {
  constructor(
    /** The file, relative to the working directory when inside it. */
    readonly file: string,
    /** Where in the file, e.g. `rule.conditions.all[1].operator`; "" for the whole file. */
    readonly jsonPath: string,
    readonly problem: string,
  ) {
    super(jsonPath ? `${file}: ${jsonPath}: ${problem}` : `${file}: ${problem}`);
    this.name = "RuleFileError";
  }
}

export function formatJsonPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (typeof s === "string" && /^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(String(s))}]`;
  }
  return out;
}

function displayPath(absolute: string): string {
  const rel = path.relative(process.cwd(), absolute);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : absolute;
}

function listJsonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJsonFiles(full));
    else if (entry.isFile() && entry.name.endsWith(".json")) out.push(full);
  }
  return out.sort();
}

/**
 * Read every `*.json` under `dir` (recursively) into the catalogue of rule
 * versions: each file validated, no id+version defined twice. A file's
 * effective period is the span it may be used in; which version is in force
 * when is decided by activation (the app's rule_activations), and
 * checkRuleSet refuses two versions in force on one day. Synchronous: it runs
 * once at start-up.
 */
export function loadRuleSet(dir: string = path.join(process.cwd(), "rules")): RuleSet {
  const definitions = listJsonFiles(dir).map((absolute) => {
    const file = displayPath(absolute);
    return parseRuleFile(fs.readFileSync(absolute, "utf8"), file, path.basename(absolute));
  });
  return checkRuleSet(definitions, { allowOverlappingPeriods: true });
}

function jsonSyntaxError(text: string, err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const position = /position (\d+)/.exec(message);
  if (!position || /line \d+/.test(message)) return `invalid JSON: ${message}`;
  const before = text.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `invalid JSON: ${message} (line ${line} column ${column})`;
}

/**
 * Validate one rule file's text. `file` is used in error messages;
 * `fileName`, when given, must be `<id>.v<version>.json`.
 */
export function parseRuleFile(text: string, file: string, fileName?: string): RuleDefinition {
  function fail(segments: readonly PropertyKey[], problem: string): never {
    throw new RuleFileError(file, formatJsonPath(segments), problem);
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (err) {
    throw new RuleFileError(file, "", jsonSyntaxError(text, err));
  }

  const parsed = RuleFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const segments: PropertyKey[] = [...issue.path];
    if (issue.code === "unrecognized_keys" && issue.keys.length > 0) {
      segments.push(issue.keys[0]);
      return fail(segments, `unknown key "${issue.keys[0]}"`);
    }
    return fail(segments, issue.message);
  }
  const def: RuleFile = parsed.data;

  const expectedName = `${def.id}@${def.version}`;
  if (def.rule.name !== expectedName) {
    fail(["rule", "name"], `must be "${expectedName}" (id@version), found "${def.rule.name}"`);
  }
  if (fileName !== undefined && fileName !== `${def.id}.v${def.version}.json`) {
    const [, stem] = /^(.*?)\.v\d+\.json$/.exec(fileName) ?? [];
    fail(
      stem === def.id ? ["version"] : ["id"],
      `file name "${fileName}" does not match id "${def.id}" and version ${def.version} (expected "${def.id}.v${def.version}.json")`,
    );
  }
  if (def.effectiveTo !== null && def.effectiveTo < def.effectiveFrom) {
    fail(["effectiveTo"], `${def.effectiveTo} is before effectiveFrom ${def.effectiveFrom}`);
  }

  const params: Record<string, ParamSpec> = {};
  for (const [name, spec] of Object.entries(def.params)) {
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
    };
  }

  const appliesTo: AppliesTo = def.appliesTo;
  const checkFact = (fact: string, segments: PropertyKey[]) => {
    if (!isKnownFact(appliesTo, fact)) {
      const known = Object.keys(FACT_REGISTRY[appliesTo]);
      fail(
        segments,
        `unknown fact "${fact}" for appliesTo "${appliesTo}"` +
          (known.length ? ` (known: ${known.join(", ")})` : " (no facts are registered for it yet)"),
      );
    }
    // A param-dependent fact is computed from params the rule must declare, with the same type.
    for (const [param, type] of Object.entries(FACT_REGISTRY[appliesTo][fact].params ?? {})) {
      const declared = params[param];
      if (!declared) fail(segments, `fact "${fact}" is computed from param "${param}" (${type}); declare it in "params"`);
      if (declared.type !== type) {
        fail(segments, `fact "${fact}" needs param "${param}" of type ${type}, but it is declared as ${declared.type}`);
      }
    }
  };
  const checkValue = (value: unknown, segments: PropertyKey[]) => {
    if (isParamRef(value)) {
      const ref = ParamRefSchema.safeParse(value);
      if (!ref.success) fail([...segments, ...ref.error.issues[0].path], ref.error.issues[0].message);
      if (!Object.prototype.hasOwnProperty.call(def.params, value.param)) {
        fail([...segments, "param"], `unknown param "${String(value.param)}" (declare it in "params")`);
      }
    } else if (isFactRef(value)) {
      const ref = FactRefSchema.safeParse(value);
      if (!ref.success) fail([...segments, ...ref.error.issues[0].path], ref.error.issues[0].message);
      checkFact(String(value.fact), [...segments, "fact"]);
    }
  };

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
        fail(
          [...segments, key],
          key === "priority"
            ? "priorities are not allowed: they let the engine skip conditions that then cannot be explained"
            : `unknown key "${key}"`,
        );
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
            ? "priorities are not allowed: they let the engine skip conditions that then cannot be explained"
            : key === "params"
              ? "fact params are not supported: derived facts are computed once, before the run"
              : `unknown key "${key}"`,
        );
      }
      fail([...segments, ...issue.path], issue.message);
    }
    const c = leaf.data;
    if (leaves.some((l) => l.name === c.name)) fail([...segments, "name"], `duplicate condition name "${c.name}"`);
    checkFact(c.fact, [...segments, "fact"]);
    if (!isKnownOperator(c.operator)) fail([...segments, "operator"], `unknown operator "${c.operator}"`);
    checkValue(c.value, [...segments, "value"]);
    leaves.push({
      name: c.name,
      fact: c.fact,
      ...(c.path !== undefined ? { path: c.path } : {}),
      operator: c.operator,
      ...(isParamRef(c.value) ? { param: c.value.param } : {}),
    });
    return c;
  };
  const conditions = walk(def.rule.conditions, ["rule", "conditions"], true);

  (def.severityWhen ?? []).forEach((s, i) => {
    if (!leaves.some((l) => l.name === s.condition)) {
      fail(["severityWhen", i, "condition"], `no leaf condition is named "${s.condition}"`);
    }
  });

  const details = def.details ?? {};
  for (const [key, spec] of Object.entries(details)) {
    if (Object.prototype.hasOwnProperty.call(def.params, key)) {
      fail(["details", key], `"${key}" is also a param name; placeholders would be ambiguous`);
    }
    checkFact(spec.fact, ["details", key, "fact"]);
    if (spec.where) {
      if (FACT_REGISTRY[appliesTo][spec.fact]?.kind !== "list") {
        fail(["details", key, "where"], `fact "${spec.fact}" is not a list; only list facts can be filtered`);
      }
      if (!isPlainOperator(spec.where.operator)) {
        fail(["details", key, "where", "operator"], `unknown operator "${spec.where.operator}" (decorators are not allowed here)`);
      }
      if (isFactRef(spec.where.value)) fail(["details", key, "where", "value"], "fact references are not allowed here");
      checkValue(spec.where.value, ["details", key, "where", "value"]);
    }
  }

  for (const lang of ["zh", "en"] as const) {
    for (const match of def.message[lang].matchAll(/\{([^{}]*)\}/g)) {
      const m = /^([A-Za-z_]\w*)((?:\.\w+)*)(?:\|(\w+))?$/.exec(match[1]);
      const key = m?.[1];
      if (!m || !key) {
        fail(["message", lang], `malformed placeholder "{${match[1]}}" (expected {name}, {name.path} or {name|format})`);
      } else if (
        !Object.prototype.hasOwnProperty.call(def.params, key) &&
        !Object.prototype.hasOwnProperty.call(details, key)
      ) {
        fail(["message", lang], `placeholder "{${match[1]}}" names neither a param nor a details key`);
      } else if (m[3] !== undefined && !(MESSAGE_FORMATS as readonly string[]).includes(m[3])) {
        fail(["message", lang], `unknown format "${m[3]}" in "{${match[1]}}" (known: ${MESSAGE_FORMATS.join(", ")})`);
      }
    }
  }

  return {
    id: def.id,
    version: def.version,
    effectiveFrom: def.effectiveFrom,
    effectiveTo: def.effectiveTo,
    appliesTo,
    severity: def.severity,
    severityWhen: def.severityWhen ?? [],
    title: def.title,
    message: def.message,
    description: def.description,
    legalBasis: def.legalBasis,
    params,
    details,
    rule: {
      name: def.rule.name,
      priority: def.rule.priority ?? 1,
      conditions,
      event: def.rule.event,
    },
    leaves,
    file,
  };
}

const periodLabel = (d: RuleDefinition) => `${d.effectiveFrom} – ${d.effectiveTo ?? "open"}`;

/**
 * Checks across files: no duplicate id+version, and no two versions of a rule
 * in force on the same day (effective periods are inclusive at both ends).
 * Returns the definitions sorted by id, then version.
 */
export function checkRuleSet(
  definitions: readonly RuleDefinition[],
  options: { allowOverlappingPeriods?: boolean } = {},
): RuleSet {
  const sorted = [...definitions].sort((a, b) => (a.id === b.id ? a.version - b.version : a.id < b.id ? -1 : 1));
  for (let i = 0; i < sorted.length; i++) {
    const b = sorted[i];
    for (let j = 0; j < i; j++) {
      const a = sorted[j];
      if (a.id !== b.id) continue;
      if (a.version === b.version) {
        throw new RuleFileError(b.file, "version", `${b.id} version ${b.version} is also defined in ${a.file}`);
      }
      const overlaps =
        !options.allowOverlappingPeriods &&
        a.effectiveFrom <= (b.effectiveTo ?? "9999-12-31") &&
        b.effectiveFrom <= (a.effectiveTo ?? "9999-12-31");
      if (overlaps) {
        throw new RuleFileError(
          b.file,
          "effectiveFrom",
          `${b.id} v${b.version} (${periodLabel(b)}) overlaps ${a.id} v${a.version} (${periodLabel(a)}) in ${a.file}; ` +
            `end the earlier version (effectiveTo is the last day in force) before the new one starts`,
        );
      }
    }
  }
  // Definitions are shared by every outcome (title, legal basis …): freeze them so no caller can alter a rule.
  sorted.forEach(deepFreeze);
  return Object.freeze(sorted);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export { assertCivilDate };

/** The versions in force on `asOf` (YYYY-MM-DD, inclusive bounds) for one target, sorted by id. */
export function activeRules(ruleSet: RuleSet, asOf: string, appliesTo: AppliesTo): RuleDefinition[] {
  assertCivilDate(asOf, "asOf");
  return ruleSet.filter(
    (d) => d.appliesTo === appliesTo && d.effectiveFrom <= asOf && (d.effectiveTo === null || asOf <= d.effectiveTo),
  );
}

/** Per-rule param overrides (e.g. a province's thresholds): `{ R04: { amberBp: 1500 } }`. */
export type ParamOverrides = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/**
 * Why `value` cannot override `name` of `def`, or null when it can: the
 * param must exist and the value must have its type (and bounds).
 */
export function paramOverrideProblem(def: RuleDefinition, name: string, value: unknown): string | null {
  const spec = def.params[name];
  if (!spec || !Object.prototype.hasOwnProperty.call(def.params, name)) {
    return `unknown param "${name}" (known: ${Object.keys(def.params).join(", ") || "none"})`;
  }
  const problem = paramValueProblem(spec, value);
  return problem ? `param "${name}" ${problem}` : null;
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
