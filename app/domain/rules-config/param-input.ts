/**
 * Rule params as people type and read them. Pure and client-safe: the
 * parameter form, the domain's validation and the read-only tables all use
 * the same text forms, so a value shown on a page can be pasted back into the
 * form unchanged.
 *
 *   integer           "90"
 *   boolean           "true" | "false"
 *   string, date      as typed (date: YYYY-MM-DD)
 *   integer[]         "8, 9"            (commas, 、 or spaces)
 *   string[]          one entry per line
 *   record<string[]>  one "key: a, b" per line
 *
 * Problems are message keys with variables (i18n: rules-config.ts), always
 * carrying the param's name, so a field error reads on its own.
 */
import { isCivilDate } from "~/rules/dates";
import type { ParamSpec, ParamType } from "~/rules/params";
import type { Message } from "~/domain/result";

type Constraints = Pick<ParamSpec, "type" | "min" | "max" | "enum">;

const LIST_SEPARATOR = /[,，、\s]+/;

function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The text of a value in its form field (the inverse of parseParamText). */
export function paramToText(type: ParamType, value: unknown): string {
  if (value === undefined || value === null) return "";
  switch (type) {
    case "integer":
    case "string":
    case "date":
      return String(value);
    case "boolean":
      return value === true ? "true" : value === false ? "false" : String(value);
    case "integer[]":
      return Array.isArray(value) ? value.join(", ") : String(value);
    case "string[]":
      return Array.isArray(value) ? value.join("\n") : String(value);
    case "record<string[]>":
      return typeof value === "object"
        ? Object.entries(value as Record<string, unknown>)
            .map(([k, list]) => `${k}: ${Array.isArray(list) ? list.join(", ") : String(list)}`)
            .join("\n")
        : String(value);
  }
}

/** A one-line display of a value (tables): lists joined with 、, maps as "key: a, b；…". */
export function paramDisplay(type: ParamType, value: unknown): string {
  if (value === undefined || value === null) return "—";
  switch (type) {
    case "integer[]":
    case "string[]":
      return Array.isArray(value) ? value.join("、") : String(value);
    case "record<string[]>":
      return paramToText(type, value).split("\n").join("；");
    default:
      return paramToText(type, value);
  }
}

export type ParsedParam = { ok: true; value: unknown } | { ok: false; error: Message };

/**
 * A form field's text as a value of the param's type. Blank text means "not
 * set at this level" and is handled by the caller. Only the shape is checked
 * here; bounds and allowed values are checkParamValue's.
 */
export function parseParamText(name: string, type: ParamType, text: string): ParsedParam {
  const raw = text.trim();
  const fail = (key: string): ParsedParam => ({ ok: false, error: { key, vars: { param: name } } });
  switch (type) {
    case "integer":
      return /^[+-]?\d+$/.test(raw) && Number.isSafeInteger(Number(raw)) ? { ok: true, value: Number(raw) } : fail("rulesConfig.param.error.integer");
    case "boolean":
      if (raw === "true") return { ok: true, value: true };
      if (raw === "false") return { ok: true, value: false };
      return fail("rulesConfig.param.error.boolean");
    case "string":
      return { ok: true, value: raw };
    case "date":
      return isCivilDate(raw) ? { ok: true, value: raw } : fail("rulesConfig.param.error.date");
    case "integer[]": {
      const parts = splitList(raw);
      if (parts.length === 0 || !parts.every((p) => /^[+-]?\d+$/.test(p) && Number.isSafeInteger(Number(p)))) {
        return fail("rulesConfig.param.error.integerList");
      }
      return { ok: true, value: parts.map(Number) };
    }
    case "string[]": {
      const parts = lines(raw);
      return parts.length === 0 ? fail("rulesConfig.param.error.stringList") : { ok: true, value: parts };
    }
    case "record<string[]>": {
      const out: Record<string, string[]> = {};
      for (const line of lines(raw)) {
        const match = /^([^:：]+)[:：](.*)$/.exec(line);
        const key = match?.[1].trim();
        if (!match || !key || Object.prototype.hasOwnProperty.call(out, key)) return fail("rulesConfig.param.error.record");
        const values = splitList(match[2]);
        if (values.length === 0) return fail("rulesConfig.param.error.record");
        out[key] = values;
      }
      return Object.keys(out).length === 0 ? fail("rulesConfig.param.error.record") : { ok: true, value: out };
    }
  }
}

const TYPE_ERROR: Record<ParamType, string> = {
  integer: "rulesConfig.param.error.integer",
  boolean: "rulesConfig.param.error.boolean",
  string: "rulesConfig.param.error.string",
  date: "rulesConfig.param.error.date",
  "integer[]": "rulesConfig.param.error.integerList",
  "string[]": "rulesConfig.param.error.stringList",
  "record<string[]>": "rulesConfig.param.error.record",
};

function boundProblem(name: string, n: number, spec: Constraints): Message | null {
  if (spec.min !== undefined && n < spec.min) return { key: "rulesConfig.param.error.min", vars: { param: name, min: spec.min, value: n } };
  if (spec.max !== undefined && n > spec.max) return { key: "rulesConfig.param.error.max", vars: { param: name, max: spec.max, value: n } };
  return enumProblem(name, n, spec);
}

function enumProblem(name: string, v: string | number, spec: Constraints): Message | null {
  if (spec.enum === undefined || spec.enum.includes(v)) return null;
  return { key: "rulesConfig.param.error.enum", vars: { param: name, value: String(v), allowed: spec.enum.join("、") } };
}

const isNonEmptyString = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;

/**
 * Why a typed value does not fit the param's declaration, as a message key,
 * or null. Mirrors rules/params.ts paramValueProblem (which stays the
 * authority: the domain runs checkParamOverlays after this).
 */
export function checkParamValue(name: string, spec: Constraints, value: unknown): Message | null {
  const wrongType: Message = { key: TYPE_ERROR[spec.type], vars: { param: name } };
  switch (spec.type) {
    case "integer":
      return Number.isSafeInteger(value) ? boundProblem(name, value as number, spec) : wrongType;
    case "boolean":
      return typeof value === "boolean" ? null : wrongType;
    case "string":
      return typeof value === "string" ? enumProblem(name, value, spec) : wrongType;
    case "date":
      return isCivilDate(value) ? null : wrongType;
    case "integer[]":
      if (!Array.isArray(value) || value.length === 0 || !value.every((v) => Number.isSafeInteger(v))) return wrongType;
      for (const v of value as number[]) {
        const p = boundProblem(name, v, spec);
        if (p) return p;
      }
      return null;
    case "string[]":
      if (!Array.isArray(value) || value.length === 0 || !value.every(isNonEmptyString)) return wrongType;
      for (const v of value as string[]) {
        const p = enumProblem(name, v, spec);
        if (p) return p;
      }
      return null;
    case "record<string[]>":
      return typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((list) => Array.isArray(list) && list.length > 0 && list.every(isNonEmptyString))
        ? null
        : wrongType;
  }
}
