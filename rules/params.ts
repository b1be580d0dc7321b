/**
 * Rule param types. A rule file's param may declare its `type` (and, for
 * integers, `min`/`max`); otherwise the type is inferred from the default.
 * The same check validates the default (at load time), engine overrides and
 * regional overlays, so a value that loads is a value every rule can use.
 */
import { isCivilDate } from "./dates";

export const PARAM_TYPES = [
  "integer",
  "boolean",
  "string",
  /** A civil date YYYY-MM-DD. */
  "date",
  "integer[]",
  /** A list of non-empty strings. */
  "string[]",
  /** An object whose values are lists of non-empty strings, e.g. `{ "public": ["12"] }`. */
  "record<string[]>",
] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

/**
 * A check beyond a param's type that the facts computed from it need (a
 * refund table's words must parse): why `value` cannot be used, or null.
 * Declared with the facts (FactDescriptor.paramChecks), applied wherever the
 * type is checked (param-checks.ts).
 */
export type ParamValueCheck = (value: unknown) => ParamProblem | null;

/** Why a value cannot be a param, in both languages: an officer entering a regional value reads it in the UI. */
export interface ParamProblem {
  zh: string;
  en: string;
}

/** What the loader keeps of a param's declaration. */
export interface ParamSpec {
  default: unknown;
  description: { zh: string; en: string };
  type: ParamType;
  /** Integers and integer-list elements: smallest allowed value (inclusive). */
  min?: number;
  /** Integers and integer-list elements: largest allowed value (inclusive). */
  max?: number;
  /** Strings, integers and list elements: the only values allowed. */
  enum?: readonly (string | number)[];
  /** A policy choice rather than a legal number, with where its default comes from. */
  policy?: { source: { zh: string; en: string } };
}

const isNonEmptyString = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** The type of a default when the file does not declare one; null when it cannot be inferred. */
export function inferParamType(value: unknown): ParamType | null {
  if (Number.isSafeInteger(value)) return "integer";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return "string";
  if (Array.isArray(value) && value.length > 0) {
    if (value.every((v) => Number.isSafeInteger(v))) return "integer[]";
    if (value.every(isNonEmptyString)) return "string[]";
  }
  return null;
}

export function describeParamType(type: ParamType): string {
  switch (type) {
    case "integer":
      return "number (an integer)";
    case "boolean":
      return "boolean";
    case "string":
      return "string";
    case "date":
      return "string (a date YYYY-MM-DD)";
    case "integer[]":
      return "array of integers";
    case "string[]":
      return "array of non-empty strings";
    case "record<string[]>":
      return "object whose values are arrays of non-empty strings";
  }
}

const jsonType = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

function describeValue(v: unknown): string {
  const text = JSON.stringify(v);
  const shown = text === undefined ? String(v) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `${jsonType(v)} ${shown}`;
}

type Constraints = Pick<ParamSpec, "type" | "min" | "max" | "enum">;

function rangeProblem(n: number, spec: Constraints): string | null {
  if (spec.min !== undefined && n < spec.min) return `${n} is below the minimum ${spec.min}`;
  if (spec.max !== undefined && n > spec.max) return `${n} is above the maximum ${spec.max}`;
  return enumProblem(n, spec);
}

function enumProblem(v: string | number, spec: Constraints): string | null {
  if (spec.enum === undefined || spec.enum.includes(v)) return null;
  return `${JSON.stringify(v)} is not one of ${spec.enum.map((e) => JSON.stringify(e)).join(", ")}`;
}

/**
 * Why `value` is not a valid value for the param, or null when it is.
 * The message reads "must be of type …, got …" or names the bound it breaks.
 */
export function paramValueProblem(spec: Constraints, value: unknown): string | null {
  const wrongType = () => `must be of type ${describeParamType(spec.type)}, got ${describeValue(value)}`;
  switch (spec.type) {
    case "integer":
      if (!Number.isSafeInteger(value)) return wrongType();
      return rangeProblem(value as number, spec);
    case "boolean":
      return typeof value === "boolean" ? null : wrongType();
    case "string":
      return typeof value === "string" ? enumProblem(value, spec) : wrongType();
    case "date":
      return isCivilDate(value) ? null : wrongType();
    case "integer[]": {
      if (!Array.isArray(value) || !value.every((v) => Number.isSafeInteger(v))) return wrongType();
      for (const v of value as number[]) {
        const p = rangeProblem(v, spec);
        if (p) return `element ${p}`;
      }
      return null;
    }
    case "string[]": {
      if (!Array.isArray(value) || !value.every(isNonEmptyString)) return wrongType();
      for (const v of value as string[]) {
        const p = enumProblem(v, spec);
        if (p) return `element ${p}`;
      }
      return null;
    }
    case "record<string[]>":
      return isPlainObject(value) &&
        Object.values(value).every((list) => Array.isArray(list) && list.every(isNonEmptyString))
        ? null
        : wrongType();
  }
}

/** A stable JSON text: object keys sorted at every level, arrays in order. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
