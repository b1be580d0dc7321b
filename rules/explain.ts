/**
 * Turning an engine run into the "why": explanation rows per leaf condition,
 * the rule-specific evidence (`details`), and message formatting for the UI.
 * Pure functions; nothing here touches the engine's state.
 */
import { formatYuan } from "./facts/filing/money";
import { evaluatePlainOperator } from "./operators";
import { isParamRef, type RuleDefinition } from "./schema";
import type { ConditionExplanation, RuleOutcome } from "./types";

/** The evaluated condition tree of a json-rules-engine RuleResult (leaves carry the results). */
interface EvaluatedNode {
  all?: EvaluatedNode[];
  any?: EvaluatedNode[];
  not?: EvaluatedNode;
  name?: string;
  fact?: string;
  path?: string;
  operator?: string;
  value?: unknown;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
}

/**
 * One row per leaf condition, in document order: the fact's value, the
 * operator, the value it was compared with (a param's resolved value, or
 * another fact's value) and the result. Leaves are identified by `name`, the
 * one custom property json-rules-engine keeps on conditions.
 */
export function explainConditions(def: RuleDefinition, evaluated: unknown): ConditionExplanation[] {
  const byName = new Map<string, EvaluatedNode>();
  const visit = (node: EvaluatedNode | undefined) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node.all)) node.all.forEach(visit);
    else if (Array.isArray(node.any)) node.any.forEach(visit);
    else if (node.not) visit(node.not);
    else if (node.name !== undefined) byName.set(node.name, node);
  };
  visit(evaluated as EvaluatedNode);

  return def.leaves.map((leaf) => {
    const node = byName.get(leaf.name);
    const skipped = node?.result === undefined;
    const row: ConditionExplanation = {
      name: leaf.name,
      fact: leaf.fact,
      ...(leaf.path !== undefined ? { path: leaf.path } : {}),
      factResult: node?.factResult ?? null,
      operator: leaf.operator,
      value: node && "valueResult" in node ? node.valueResult : (node?.value ?? null),
      result: node?.result === true,
      ...(leaf.param !== undefined ? { param: leaf.param } : {}),
      ...(skipped ? { skipped: true } : {}),
    };
    return row;
  });
}

/**
 * A dotted property path. On a list, a non-numeric key maps over the
 * elements (lists of lists are flattened), so `{items.name|list}` lists the
 * names of the items.
 */
function getPath(value: unknown, path: string): unknown {
  let cur: unknown = value;
  for (const key of path.split(".")) {
    if (Array.isArray(cur) && !/^\d+$/.test(key)) {
      cur = cur.flatMap((el) => {
        const v = el !== null && typeof el === "object" ? (el as Record<string, unknown>)[key] : undefined;
        return v === undefined ? [] : Array.isArray(v) ? v : [v];
      });
      continue;
    }
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

/** The rule's `details`: each spec's fact value, list facts optionally filtered by `where`. */
export function buildDetails(
  def: RuleDefinition,
  params: Readonly<Record<string, unknown>>,
  facts: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(def.details)) {
    const value = facts[spec.fact];
    if (!spec.where) {
      out[key] = value ?? null;
      continue;
    }
    const { path, operator } = spec.where;
    const threshold = isParamRef(spec.where.value) ? params[spec.where.value.param] : spec.where.value;
    out[key] = Array.isArray(value)
      ? value.filter((row) => evaluatePlainOperator(operator, getPath(row, path), threshold))
      : [];
  }
  return out;
}

// fen → yuan lives with the facts' money helpers (the refund check writes amounts into its finding too).
export { formatYuan };

/** Basis points → percent, trailing zeros dropped ("10%", "12.5%", "9.99%"). */
export function formatPercent(bp: number): string {
  if (!Number.isSafeInteger(bp)) return `${bp / 100}%`;
  const abs = Math.abs(bp);
  const frac = String(abs % 100).padStart(2, "0").replace(/0+$/, "");
  return `${bp < 0 ? "-" : ""}${Math.trunc(abs / 100)}${frac ? `.${frac}` : ""}%`;
}

function formatValue(value: unknown, format: string | undefined, lang: "zh" | "en"): string {
  if (format === "count") return Array.isArray(value) ? String(value.length) : "0";
  if (value === null || value === undefined) return "—";
  if (format === "list") {
    if (!Array.isArray(value)) return formatValue(value, undefined, lang);
    const texts = [...new Set(value.map((v) => formatValue(v, undefined, lang)))];
    return texts.length === 0 ? "—" : texts.join(lang === "zh" ? "、" : ", ");
  }
  if (format === "yuan" && typeof value === "number") return formatYuan(value);
  if (format === "percent" && typeof value === "number") return formatPercent(value);
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/**
 * Fill an outcome's message placeholders for display. Placeholders name a
 * details key or a param, optionally with a property path and a format:
 * `{maxOverCapFen|yuan}`, `{redBp|percent}`, `{overCapItems|count}`,
 * `{missingFields|list}`, `{items.name|list}`, `{topItem.code}`. `|list`
 * joins distinct values ("、" in Chinese, ", " in English). Missing values
 * (and empty lists with `|list`) render as "—"; a clause that leads with a
 * count of zero is left out (withoutNoneClauses). Meant for fired outcomes;
 * a non-fired outcome's message describes what would have been flagged.
 * A segment `{?leaf}…{/?}` stays only when that leaf condition held
 * (withFiredSegments).
 *
 * `rowName`, when given, words each row of a list a placeholder names by
 * `.name` (`{raisedItems.name|list}`): the page's reader, who knows the
 * filing's items, gives a catalogue item its English name there, as the
 * evidence tables do; the stored rows carry only the filed (Chinese) name.
 */
export function formatMessage(
  outcome: Pick<RuleOutcome, "message" | "params" | "details"> & Partial<Pick<RuleOutcome, "fired" | "conditions">>,
  lang: "zh" | "en",
  rowName?: (row: Record<string, unknown>) => unknown,
): string {
  const context: Record<string, unknown> = { ...outcome.params, ...outcome.details };
  const valueOf = (key: string, rest: string) => {
    const value = context[key];
    if (rowName && rest === ".name" && Array.isArray(value)) {
      return value.flatMap((row: unknown) => {
        if (row === null || typeof row !== "object") return [];
        const name = rowName(row as Record<string, unknown>);
        return name === undefined ? [] : [name];
      });
    }
    return rest ? getPath(value, rest.slice(1)) : value;
  };
  const template = withoutNoneClauses(withFiredSegments(outcome.message[lang], outcome).trim(), lang, valueOf);
  return (lang === "en" ? withEnglishNumber(template, valueOf) : template).replace(PLACEHOLDER, (_m, key: string, rest: string, fmt?: string) =>
    formatValue(valueOf(key, rest), fmt, lang),
  );
}

/** Plurals the English messages write without "(s)" after a count ("{windowDays} days"), with their singular. */
const ENGLISH_SINGULAR: Record<string, string> = {
  months: "month",
  days: "day",
  years: "year",
  numbers: "number",
  complaints: "complaint",
  items: "item",
  increases: "increase",
  times: "time",
};
/**
 * A count and what it counts: "{x|count} fee item(s)", "{leadDays} day(s)", "{windowDays} days", up to six words
 * between ("care-and-education, boarding or nursery fee item(s)"); or a count that is the subject itself
 * ("{bundledItems|count} are bundled").
 */
const COUNTED_PHRASE = new RegExp(
  String.raw`(\{([A-Za-z_]\w*)((?:\.\w+)*)(?:\|(\w+))?\})(?:( (?:[A-Za-z-]+,? ){0,6}?)(?:([A-Za-z]+)\(s\)|(${Object.keys(ENGLISH_SINGULAR).join("|")})\b)|(?= (?:are|were|have)\b))`,
  "g",
);
/** The verbs of the messages that agree with a counted subject, and their third-person singular. */
const ENGLISH_VERB_SINGULAR: Record<string, string> = { are: "is", were: "was", have: "has", exceed: "exceeds", match: "matches" };
const AGREEING_VERB = new RegExp(String.raw`\b(${Object.keys(ENGLISH_VERB_SINGULAR).join("|")})\b`);
const ENGLISH_PLURAL = new Intl.PluralRules("en");
/** Marks, while a clause is rewritten, where a counted phrase of one ended (its verb and pronoun follow). */
const ONE = "\u0000";

/**
 * The English message with its counts agreeing: "1 fee item is", "2 fee items are", "There is 1 increase",
 * "1 month", rather than the rule files' "1 fee item(s) are" and "1 months". The words of a published rule
 * version are never edited (a text-only fix would otherwise need a new version and an activation), so the
 * agreement is made here, where every flag's message is read, stored ones included. Per clause (split at
 * "; " and ". "): each count picks its noun's form; after a count of one the first agreeing verb before the
 * next placeholder is made singular ("that are" → "that is", "exceed" → "exceeds"), and after the clause's
 * first count of one "their" becomes "its". A value that is not a number (a list "3, 4", "—") keeps the plural.
 */
function withEnglishNumber(template: string, valueOf: (key: string, rest: string) => unknown): string {
  return template
    .split(/(?<=; |\. )/)
    .map((clause) => {
      let first = true;
      let subjectIsOne = false;
      const marked = clause.replace(
        COUNTED_PHRASE,
        (_m, placeholder: string, key: string, rest: string, fmt: string | undefined, between: string | undefined, noun?: string, plural?: string) => {
          const value = formatValue(valueOf(key, rest), fmt, "en");
          const one = /^-?\d+$/.test(value) && ENGLISH_PLURAL.select(Number(value)) === "one";
          if (first) subjectIsOne = one;
          first = false;
          const word = noun ? (one ? noun : `${noun}s`) : plural ? (one ? ENGLISH_SINGULAR[plural] : plural) : "";
          return `${placeholder}${between ?? ""}${word}${one ? ONE : ""}`;
        },
      );
      let agreed = marked
        .replace(/\bThere are (\{[^}]*\}[^\0]*\0)/, "There is $1")
        .replace(/\0([^{\0]*)/g, (_m, tail: string) => tail.replace(AGREEING_VERB, (verb: string) => ENGLISH_VERB_SINGULAR[verb]));
      if (subjectIsOne) agreed = agreed.replace(/\btheir\b/, "its");
      return agreed;
    })
    .join("");
}

/** `{?leafName}…{/?}`: a part of a message that only one of the rule's conditions explains. */
export const CONDITIONAL_SEGMENT = /\{\?([A-Za-z_]\w*)\}([\s\S]*?)\{\/\?\}/g;

/**
 * A flag's message keeps the segments of the conditions that held and drops
 * the others: a meal-fund account filed on time but with too large a surplus
 * is not said to be "0 days late". A check that passed (or a message given
 * without its outcome) keeps every segment, since it describes all it would
 * have flagged.
 */
function withFiredSegments(template: string, outcome: Partial<Pick<RuleOutcome, "fired" | "conditions">>): string {
  const { fired, conditions } = outcome;
  if (!fired || !conditions) return template.replace(CONDITIONAL_SEGMENT, "$2");
  return template.replace(CONDITIONAL_SEGMENT, (_m, leaf: string, text: string) =>
    conditions.some((c) => c.name === leaf && c.result) ? text : "",
  );
}

const PLACEHOLDER = /\{([A-Za-z_]\w*)((?:\.\w+)*)(?:\|(\w+))?\}/g;
const CLAUSE_SEPARATOR = { zh: "；", en: "; " } as const;
/** A clause that leads with a count: "{bundledItems|count} 项与保教费捆绑收取（…）". */
const COUNT_LED = /^\s*\{([A-Za-z_]\w*)((?:\.\w+)*)\|count\}/;

/**
 * The message without its clauses about none: a message of several clauses
 * (separated by "；" / "; ") each about a group says every part
 * ("0 项与保教费捆绑收取（—）") though a flag is about some of them. A clause is
 * about a group when it leads with a count, or when it says nothing but counts
 * and lists ("收费公示信息不完整：缺少 {missingFields.zh|list}"): about none when
 * that count is zero or those counts and lists are all zero and empty. When one
 * clause is about some, those about none are left out, the message's closing
 * stop kept ("缺少 收费依据。", not "缺少 收费依据；0 项…未说明服务内容（—）。");
 * a message about none at all (a passed check's, describing what would be
 * flagged) stays whole.
 */
function withoutNoneClauses(template: string, lang: "zh" | "en", valueOf: (key: string, rest: string) => unknown): string {
  const separator = CLAUSE_SEPARATOR[lang];
  const clauses = template.split(separator);
  if (clauses.length < 2) return template;
  const stop = /[。.]$/.exec(clauses[clauses.length - 1])?.[0] ?? "";
  clauses[clauses.length - 1] = clauses[clauses.length - 1].slice(0, clauses[clauses.length - 1].length - stop.length);
  const about = clauses.map((clause): "some" | "none" | null => {
    const led = COUNT_LED.exec(clause);
    if (led) return formatValue(valueOf(led[1], led[2]), "count", lang) === "0" ? "none" : "some";
    const placeholders = [...clause.matchAll(PLACEHOLDER)];
    if (placeholders.length === 0 || !placeholders.every(([, , , fmt]) => fmt === "count" || fmt === "list")) return null;
    const none = placeholders.every(([, key, rest, fmt]) => formatValue(valueOf(key, rest), fmt, lang) === (fmt === "count" ? "0" : "—"));
    return none ? "none" : "some";
  });
  const kept = clauses.filter((_, i) => about[i] !== "none");
  return !about.includes("some") || kept.length === clauses.length ? template : kept.join(separator) + stop;
}

/**
 * What an outcome says that its rule version does not: the params it ran
 * with, the evaluated conditions and, for a flag, the evidence. This is what
 * is stored per result; the rule id, version, fired and severity have columns
 * of their own, and the version's words (title, message, legal basis, how
 * its conditions combine) are stored once per version (see RuleText).
 *
 * A passed check keeps its params and conditions (what was tested, against
 * which thresholds) but not the evidence tables, which only a flag shows:
 * most checks pass, so those tables would be most of what a national
 * re-evaluation writes, and nobody reads them.
 */
export type OutcomeExplanation = Pick<RuleOutcome, "params" | "conditions" | "details">;

/** The words of a rule version, the same in every outcome of it (the tree absent where it was not recorded). */
export type RuleText = Pick<RuleOutcome, "title" | "message" | "legalBasis" | "conditionTree">;

export function serializeExplanation(outcome: OutcomeExplanation & Pick<RuleOutcome, "fired">): string {
  return JSON.stringify({ params: outcome.params, conditions: outcome.conditions, details: outcome.fired ? outcome.details : {} });
}

/** A stored result made whole again: its columns, its explanation JSON and its version's words. */
export function outcomeFromStored(
  stored: { ruleId: string; version: number; fired: boolean; severity: RuleOutcome["severity"]; explanation: string },
  text: RuleText,
): RuleOutcome {
  const explanation = JSON.parse(stored.explanation) as OutcomeExplanation;
  return {
    ruleId: stored.ruleId,
    version: stored.version,
    fired: stored.fired,
    severity: stored.severity,
    title: text.title,
    message: text.message,
    legalBasis: text.legalBasis,
    params: explanation.params,
    conditions: explanation.conditions,
    ...(text.conditionTree ? { conditionTree: text.conditionTree } : {}),
    details: explanation.details,
  };
}
