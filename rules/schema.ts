/**
 * The shape of a rule file (one rule, one version per file) and of the
 * validated definition the loader returns. The zod schemas check structure;
 * the loader (load/) adds what needs context: known facts and operators,
 * param references, placeholders, file names and overlapping versions.
 *
 * A rule file looks like:
 *
 *   {
 *     "id": "R04", "version": 1,
 *     "effectiveFrom": "2025-06-01", "effectiveTo": null,     // both days inclusive
 *     "appliesTo": "filing", "severity": "amber",
 *     "severityWhen": [{ "condition": "increaseAtOrAboveRed", "severity": "red" }],
 *     "title": {zh, en}, "message": {zh, en}, "description": {zh, en},
 *     "legalBasis": [{ "document": "…", "article": "…" }],
 *     "params": { "amberBp": { "default": 1000, "description": {zh, en} } },
 *     "details": { "items": { "fact": "feeIncreases", "where": { "path": "increaseBp", "operator": "atLeast", "value": { "param": "amberBp" } } } },
 *     "rule": { "name": "R04@1", "priority": 1, "conditions": { "all": [ … ] }, "event": { "type": "FORPROFIT_INCREASE_SIZE" } }
 *   }
 */
import { z } from "zod";
import { isCivilDate } from "./dates";
import { APPLIES_TO, type AppliesTo } from "./facts";
import { PARAM_TYPES, type ParamSpec } from "./params";
import type { ConditionShape, LegalBasis, LocalizedText, Severity } from "./types";

export const SEVERITIES = ["info", "amber", "red"] as const satisfies readonly Severity[];

/**
 * Placeholder formats understood by formatMessage: fen → yuan, bp → percent,
 * list → count, list → items joined ("、" in Chinese, ", " in English).
 */
export const MESSAGE_FORMATS = ["yuan", "percent", "count", "list"] as const;
export type MessageFormat = (typeof MESSAGE_FORMATS)[number];

const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;

export const CivilDate = z.string().refine(isCivilDate, { message: "expected a calendar date YYYY-MM-DD" });

const NonEmpty = z.string().trim().min(1);

/** A region code prefix (province 2, city 4 or district 6 digits): where a regional text binds. */
export const RegionPrefix = z.string().regex(/^\d{2}(\d{2}){0,2}$/, "a region code prefix: 2, 4 or 6 digits");
export const LocalizedTextSchema = z.strictObject({ zh: NonEmpty, en: NonEmpty });

export const JsonValue = z.json();

/** `{ "param": "amberBp" }`: the value of a rule param, substituted when the engine is built. */
export const ParamRefSchema = z.strictObject({ param: z.string().regex(IDENT) });
export type ParamRef = z.infer<typeof ParamRefSchema>;

export function isParamRef(v: unknown): v is ParamRef {
  return typeof v === "object" && v !== null && !Array.isArray(v) && Object.keys(v).length === 1 && "param" in v;
}

/** `{ "fact": "x", "path": "$.y" }`: compare with another fact (json-rules-engine native). */
export const FactRefSchema = z.strictObject({ fact: NonEmpty, path: z.string().min(1).optional() });

export function isFactRef(v: unknown): v is z.infer<typeof FactRefSchema> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "fact" in v;
}

/**
 * A leaf condition. `name` is mandatory: it is the explanation key, and
 * json-rules-engine keeps only `name` among custom properties. No `priority`
 * and no fact `params`: every leaf must be evaluated (priorities let the
 * engine short-circuit and leave leaves unexplained) and derived facts are
 * constants.
 */
export const LeafConditionSchema = z.strictObject({
  name: z.string().regex(IDENT, { message: "condition name must be an identifier (letters, digits, _)" }),
  fact: NonEmpty,
  operator: NonEmpty,
  value: JsonValue,
  path: z.string().min(1).optional(),
});
export type LeafCondition = z.infer<typeof LeafConditionSchema>;

/** Boolean nodes may carry a name too (kept for readability; not explained). */
export const BooleanNodeName = z.string().min(1).optional();

export type ConditionNode =
  | { all: ConditionNode[]; name?: string }
  | { any: ConditionNode[]; name?: string }
  | { not: ConditionNode; name?: string }
  | LeafCondition;

/**
 * A tunable value of a rule. `type` is inferred from the default when absent
 * (integer, boolean, string, integer[] or string[]); declare it for dates and
 * maps. `min`/`max` bound integers and the elements of integer lists;
 * `enum` lists the only values a string, integer or list element may take.
 */
export const ParamSpecSchema = z.strictObject({
  default: JsonValue,
  description: LocalizedTextSchema,
  type: z.enum(PARAM_TYPES).optional(),
  min: z.number().int().optional(),
  max: z.number().int().optional(),
  enum: z.array(z.union([z.string(), z.number().int()])).min(1).optional(),
  /**
   * Set when the law gives no number and the default is a policy choice:
   * where the default comes from (a local text, a peer's practice, the
   * portal's own judgement). Shown as "policy" next to the param.
   */
  policy: z.strictObject({ source: LocalizedTextSchema }).optional(),
});

export const DetailSpecSchema = z.strictObject({
  /** A registered fact; its value is copied into `details` under the spec's key. */
  fact: NonEmpty,
  /** Keep only the elements of a list fact for which `element[path] <operator> value` holds. */
  where: z
    .strictObject({
      path: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, {
        message: "expected a dotted property path such as overCapFen",
      }),
      operator: NonEmpty,
      value: JsonValue,
    })
    .optional(),
});
export type DetailSpec = z.infer<typeof DetailSpecSchema>;

export const RuleFileSchema = z.strictObject({
  id: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { message: "expected an id such as R03" }),
  version: z.number().int().min(1),
  effectiveFrom: CivilDate,
  /** Last day in force (inclusive), or null for open-ended. */
  effectiveTo: CivilDate.nullable(),
  appliesTo: z.enum(APPLIES_TO),
  /**
   * Earlier versions of this rule that this file withdraws as published in
   * error (e.g. a period that cited a text not yet in force): they are never
   * placed in time again, and a correction that activates this version ends
   * their activations before they began.
   */
  withdraws: z.array(z.number().int().min(1)).min(1).optional(),
  /** Severity when the rule fires and no `severityWhen` entry matches. */
  severity: z.enum(SEVERITIES),
  /** First entry whose named leaf condition is true sets the severity of a fired outcome. */
  severityWhen: z
    .array(z.strictObject({ condition: z.string().regex(IDENT), severity: z.enum(SEVERITIES) }))
    .optional(),
  title: LocalizedTextSchema,
  message: LocalizedTextSchema,
  description: LocalizedTextSchema,
  /**
   * `regions` (region code prefixes) scopes an entry to kindergartens there:
   * a regional text is cited only where it binds.
   */
  legalBasis: z
    .array(
      z.strictObject({
        document: NonEmpty,
        article: NonEmpty.optional(),
        regions: z.array(RegionPrefix).min(1).optional(),
      }),
    )
    .min(1),
  params: z.record(z.string().regex(IDENT), ParamSpecSchema),
  details: z.record(z.string().regex(IDENT), DetailSpecSchema).optional(),
  rule: z.strictObject({
    name: NonEmpty,
    priority: z.number().int().min(1).optional(),
    /** Checked node by node by the loader, for precise error paths. */
    conditions: z.record(z.string(), z.unknown()),
    event: z.strictObject({ type: NonEmpty, params: z.record(z.string(), JsonValue).optional() }),
  }),
});
export type RuleFile = z.infer<typeof RuleFileSchema>;

/** Where a leaf sits and what its threshold refers to, for explanations. */
export interface LeafInfo {
  name: string;
  fact: string;
  path?: string;
  operator: string;
  /** Set when the condition's value is `{ "param": … }`. */
  param?: string;
}

/** A validated rule file. */
export interface RuleDefinition {
  id: string;
  version: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  appliesTo: AppliesTo;
  /** Earlier versions this one withdraws (published in error); absent when none. */
  withdraws?: number[];
  severity: Severity;
  severityWhen: { condition: string; severity: Severity }[];
  title: LocalizedText;
  message: LocalizedText;
  description: LocalizedText;
  legalBasis: LegalBasis[];
  /** Every param with its type filled in (declared or inferred). */
  params: Record<string, ParamSpec>;
  details: Record<string, DetailSpec>;
  rule: {
    name: string;
    priority: number;
    conditions: ConditionNode;
    event: { type: string; params?: Record<string, unknown> };
  };
  /** The leaves of rule.conditions in document order. */
  leaves: LeafInfo[];
  /** rule.conditions by leaf names (conditionShape): how an outcome's conditions combine. */
  conditionTree: ConditionShape;
  /** The file it came from, relative to the working directory when inside it. */
  file: string;
  /**
   * The file's fingerprint, SHA-256 of its canonical JSON (load/fingerprint.ts): set by loadRuleSet, absent for
   * a definition validated from text alone (parseRuleFile). Start-up records it per version and refuses a
   * version whose recorded fingerprint differs (app/domain/rules-runtime/rule-fingerprints.server.ts).
   */
  sha256?: string;
}

/** The validated rule files of a directory, sorted by id then version. */
export type RuleSet = readonly RuleDefinition[];

/**
 * Each rule's title as its latest version in the files words it, for rules named by id alone (a statistics table,
 * an audit entry's flags).
 */
export function latestRuleTitles(library: RuleSet, ruleIds: readonly string[]): Record<string, RuleDefinition["title"]> {
  const titles: Record<string, RuleDefinition["title"]> = {};
  for (const definition of library) if (ruleIds.includes(definition.id)) titles[definition.id] = definition.title;
  return titles;
}
