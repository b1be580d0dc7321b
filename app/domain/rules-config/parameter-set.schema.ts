/**
 * What a regional parameter set may hold, read from the rule files: which
 * params each rule declares (the form offers exactly these) and whether given
 * values fit every version of the rule that declares them. Pure: no database.
 */
import { checkParamOverlays, ParamOverlayError } from "~/rules/overlays";
import type { ParamType } from "~/rules/params";
import type { RuleDefinition, RuleSet } from "~/rules/schema";
import type { LocalizedText } from "~/rules/types";
import { addFieldError, hasErrors, type FieldErrors } from "~/domain/result";
import { checkParamValue, parseParamText } from "./param-input";

export const MAX_NOTE_LENGTH = 500;

/** A param as the form offers it: the declaration of the newest version that declares it. */
export interface ParamField {
  name: string;
  type: ParamType;
  description: LocalizedText;
  defaultValue: unknown;
  min: number | null;
  max: number | null;
  enum: Array<string | number> | null;
}

export interface ConfigurableRule {
  ruleId: string;
  title: LocalizedText;
  fields: ParamField[];
}

/** Every param any version of the rule declares, newest version's declaration first, in its file order. */
export function paramFields(library: RuleSet, ruleId: string): ParamField[] {
  const versions = library.filter((d) => d.id === ruleId).sort((a, b) => b.version - a.version);
  const fields = new Map<string, ParamField>();
  for (const def of versions) {
    for (const [name, spec] of Object.entries(def.params)) {
      if (fields.has(name)) continue;
      fields.set(name, {
        name,
        type: spec.type,
        description: { zh: spec.description.zh, en: spec.description.en },
        defaultValue: spec.default,
        min: spec.min ?? null,
        max: spec.max ?? null,
        enum: spec.enum ? [...spec.enum] : null,
      });
    }
  }
  return [...fields.values()];
}

/** The rules that have params (the others cannot be tuned per region), by id. */
export function configurableRules(library: RuleSet): ConfigurableRule[] {
  const ids = [...new Set(library.map((d) => d.id))].sort();
  const out: ConfigurableRule[] = [];
  for (const ruleId of ids) {
    const fields = paramFields(library, ruleId);
    if (fields.length === 0) continue;
    const latest = library.filter((d) => d.id === ruleId).reduce((a, b) => (b.version > a.version ? b : a));
    out.push({ ruleId, title: { zh: latest.title.zh, en: latest.title.en }, fields });
  }
  return out;
}

/**
 * Validates params for one rule: each value (typed, or a form's text parsed
 * by the param's type; blank = not set at this level) against every version
 * of the rule that declares it, then checkParamOverlays as the authority.
 * Field keys are `params.<name>`; every message names the param.
 */
export function validateParams(
  library: RuleSet,
  regionCode: string,
  ruleId: string,
  input: Readonly<Record<string, unknown>>,
): { params: Record<string, unknown>; fieldErrors: FieldErrors } {
  const versions: RuleDefinition[] = library.filter((d) => d.id === ruleId);
  const fields = new Map(paramFields(library, ruleId).map((f) => [f.name, f]));
  const params: Record<string, unknown> = {};
  const fieldErrors: FieldErrors = {};
  for (const [name, raw] of Object.entries(input)) {
    const field = fields.get(name);
    if (!field) {
      addFieldError(fieldErrors, `params.${name}`, { key: "rulesConfig.param.error.unknown", vars: { param: name, rule: ruleId } });
      continue;
    }
    let value = raw;
    if (raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "")) continue;
    if (typeof raw === "string" && field.type !== "string") {
      const parsed = parseParamText(name, field.type, raw);
      if (!parsed.ok) {
        addFieldError(fieldErrors, `params.${name}`, parsed.error);
        continue;
      }
      value = parsed.value;
    } else if (typeof raw === "string") {
      value = raw.trim();
    }
    const problem = versions
      .filter((d) => Object.prototype.hasOwnProperty.call(d.params, name))
      .map((d) => checkParamValue(name, d.params[name], value))
      .find((p) => p !== null);
    if (problem) {
      addFieldError(fieldErrors, `params.${name}`, problem);
      continue;
    }
    params[name] = value;
  }
  if (!hasErrors(fieldErrors)) {
    try {
      checkParamOverlays(library, [{ regionCode, ruleId, params }]);
    } catch (err) {
      if (!(err instanceof ParamOverlayError)) throw err;
      const problem = { problem: err.problem, problemZh: err.problemZh ?? err.problem };
      if (err.param) addFieldError(fieldErrors, `params.${err.param}`, { key: "rulesConfig.param.error.invalid", vars: { param: err.param, ...problem } });
      else addFieldError(fieldErrors, "params", { key: "rulesConfig.param.error.invalidSet", vars: problem });
    }
  }
  return { params, fieldErrors };
}
