/**
 * Validating one rule file's text into a RuleDefinition: JSON syntax (with
 * line and column), the zod schema, the file's identity (rule.name is
 * "<id>@<version>", the file name matches, the period is not reversed), then
 * its params, conditions, severityWhen, details and message, each checked by
 * its own module in that order. The first problem found is thrown as a
 * RuleFileError; nothing here reads the disk, so a file can be validated
 * before it is saved.
 */
import type { AppliesTo } from "../facts";
import { ruleParamProblem } from "../param-checks";
import { RuleFileSchema, type RuleDefinition, type RuleFile } from "../schema";
import { conditionShape } from "../condition-tree";
import { checkConditions } from "./conditions";
import { failIn, RuleFileError, type Fail } from "./errors";
import { checkDetails, checkMessagePlaceholders, checkSeverityWhen } from "./outcome-fields";
import { checkParamSpecs } from "./param-specs";
import { referenceChecks } from "./references";

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
  const fail: Fail = failIn(file);

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
  def.withdraws?.forEach((v, i) => {
    if (v >= def.version) fail(["withdraws", i], `version ${v} is not earlier than this file's version ${def.version}`);
  });

  const appliesTo: AppliesTo = def.appliesTo;
  const params = checkParamSpecs(def.params, fail);
  for (const [name, spec] of Object.entries(params)) {
    const problem = ruleParamProblem({ appliesTo, params }, name, spec.default);
    if (problem) fail(["params", name, "default"], problem.en);
  }
  const refs = referenceChecks(appliesTo, params, fail);
  const { conditions, leaves } = checkConditions(def.rule.conditions, refs, fail);
  checkSeverityWhen(def.severityWhen, leaves, fail);
  const details = def.details ?? {};
  checkDetails(details, appliesTo, params, refs, fail);
  checkMessagePlaceholders(def.message, params, details, leaves, fail);

  return {
    id: def.id,
    version: def.version,
    effectiveFrom: def.effectiveFrom,
    effectiveTo: def.effectiveTo,
    appliesTo,
    ...(def.withdraws ? { withdraws: def.withdraws } : {}),
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
    conditionTree: conditionShape(conditions),
    file,
  };
}
