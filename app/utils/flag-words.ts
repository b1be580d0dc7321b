/**
 * A rule outcome's figures and conditions in words, for the flag explanation:
 * "最高涨幅 ≥ 黄色预警阈值 10%", and as a sentence "最高涨幅：25.21%，达到黄色预警阈值 10%", rather than "feeIncreaseMaxBp atLeast amberBp 1000".
 *
 * A stored flag carries names only (facts, operators, params and their
 * values), not the rule file's param descriptions, so the words come from the
 * message catalogue (fact.*, param.*, operator.*; a test keeps every fact and
 * param the rule files use labelled) and a value's unit from its name, the
 * convention of rules/facts: *Bp basis points (shown as percent), *Fen money
 * in fen (shown in yuan), *Days days. A name without a label shows as it is.
 */
import { formatPercent } from "~/rules/explain";
import { CASE_LABELS, describeScheme, FEE_KIND_LABELS, parseRefundTable } from "~/rules/facts/refund-schemes";
import type { ConditionExplanation, ConditionShape } from "~/rules/types";
import { isFactRef } from "~/rules/schema";
import { isMessageKey, listOf, PARAM_NAME_PREFIX, translate, type Lang } from "~/i18n";
import { formatFen } from "~/utils/money";
import { formatTerm } from "~/utils/term";

/** Values that are codes of a known list, by the name they travel under: translated through `<prefix>.<value>`. */
const ENUM_PREFIX: Record<string, string> = {
  ageBand: "age",
  guidanceAgeBand: "age",
  category: "category",
  unit: "unit",
  guidedItemUnits: "unit",
  prohibitedUnits: "unit",
  nature: "nature",
  kindergartenNature: "nature",
  filingEffectiveMonth: "month",
  effectiveMonth: "month",
  allowedMonths: "month",
  filedUnits: "unit",
  filedUnit: "unit",
  complaintKind: "complaintKind",
  complaintTrack: "complaintTrack",
  natures: "nature",
  disclosureGapFields: "disclosureField",
  serviceNotVoluntarySeverity: "severity",
  notVoluntarySeverity: "severity",
  rulesFrom: "evidence.rulesFrom",
  status: "evidence.status",
  refundVerdict: "refundVerdict",
  accountStatus: "accountStatus",
  // R15's spending rows: the meal-fund form's names of the kinds (主副食品采购, 燃料 …).
  kind: "mealFund.kind",
};

const words = (lang: Lang, key: string, fallback: string) => (isMessageKey(key) ? translate(lang, key) : fallback);

/** A figure or list named `name`, formatted by its unit or list of codes: "10%", "1,201.00 元", "60 天", "营利性民办". */
export function formatFigure(name: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : listOf(value.map((v) => formatFigure(name, v, lang)), lang);
  if (typeof value === "boolean") return translate(lang, value ? "evidence.yes" : "evidence.no");
  if (typeof value === "number" && /Bp$/.test(name)) return formatPercent(value);
  if (typeof value === "number" && /Fen$/.test(name)) return translate(lang, "flag.yuan", { amount: formatFen(value, lang) });
  if (typeof value === "number" && /Days$/.test(name)) return translate(lang, "flag.days", { days: value });
  // Params kept in whole tenths or hundredths (monthsPerSemesterTenths 50, dayRateDaysPerMonthHundredths 2175) read as
  // what they count: 5 个月, 21.75 天.
  const scaled = typeof value === "number" ? /(Tenths|Hundredths)$/.exec(name) : null;
  if (scaled && typeof value === "number") {
    const n = value / (scaled[1] === "Tenths" ? 10 : 100);
    return /^months/i.test(name) ? translate(lang, "flag.months", { n }) : /days/i.test(name) ? translate(lang, "flag.days", { days: n }) : String(n);
  }
  // A term's code (2026-autumn) reads as 2026年秋季学期.
  if (name === "term" && typeof value === "string") return formatTerm(value, lang);
  const prefix = ENUM_PREFIX[name];
  if (prefix && (typeof value === "string" || typeof value === "number")) return words(lang, `${prefix}.${value}`, String(value));
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    // R11's table of refund rules reads as the filing form's words: "保教费（请假缺勤）：整月未出勤退一个月；…".
    if (name === "refundTable") {
      const parsed = parseRefundTable(record as Record<string, string[]>);
      const text = lang === "en" ? "en" : "zh";
      if ("schedule" in parsed) {
        return parsed.schedule
          .map((e) => `${FEE_KIND_LABELS[e.feeKind][text]}${text === "en" ? ` (${CASE_LABELS[e.case].en}): ` : `（${CASE_LABELS[e.case].zh}）：`}${describeScheme(e.scheme, text)}`)
          .join(text === "en" ? "; " : "；");
      }
    }
    if (typeof record.zh === "string" && typeof record.en === "string") return String(record[lang === "en" ? "en" : "zh"]);
    // A param keyed by kindergarten nature (R16's expected prefixes): "营利性民办：91；…".
    return Object.entries(record)
      .map(([key, v]) => `${words(lang, `nature.${key}`, key)}${lang === "en" ? ": " : "："}${formatFigure(name, v, lang)}`)
      .join(lang === "en" ? "; " : "；");
  }
  return String(value);
}

export const factLabel = (fact: string, lang: Lang) => words(lang, `fact.${fact}`, fact);
/** A rule parameter by its name ("黄色预警阈值"), the one name every page gives it; one with no name by its identifier. */
export const paramLabel = (param: string, lang: Lang) => words(lang, `${PARAM_NAME_PREFIX}${param}`, param);

/** "≥", "属于", "含有"; a decorated operator not worded as a whole reads decorator, then operator ("全部 ≥"). */
export function operatorWords(operator: string, lang: Lang): string {
  if (isMessageKey(`operator.${operator}`)) return translate(lang, `operator.${operator}`);
  const colon = operator.indexOf(":");
  if (colon < 0) return operator;
  const decorator = operator.slice(0, colon);
  return `${words(lang, `operator.${decorator}`, decorator)} ${operatorWords(operator.slice(colon + 1), lang)}`;
}

export interface ConditionWords {
  /** What was looked at: "最高涨幅". */
  subject: string;
  operator: string;
  /** The param the threshold came from, "黄色预警阈值"; "" for a value written in the rule. */
  reference: string;
  /** "10%"; "未知" for a comparison with nothing (a null). */
  threshold: string;
  /** The fact's value: "25.21%"; "—" when the engine did not get to it. */
  actual: string;
  result: "met" | "notMet" | "skipped";
}

/**
 * What a condition compares its fact with, in words: "10%", "普惠性民办、非营利性民办", "是", "2025-08-07";
 * "未知" for nothing (a null); another fact ({"fact": …}, as a rule file writes it) by its label.
 */
export function thresholdWords(fact: string, param: string | null | undefined, value: unknown, lang: Lang): string {
  if (value === null) return translate(lang, "flag.unknown");
  if (isFactRef(value)) return factLabel(value.fact, lang);
  // A literal is compared with the fact, so it is in the fact's unit; a param has its own name and unit.
  return formatFigure(param ?? fact, value, lang);
}

/** One evaluated condition as a person reads it: subject, operator, reference and threshold make the sentence. */
export function describeCondition(c: ConditionExplanation, lang: Lang): ConditionWords {
  const unknown = translate(lang, "flag.unknown");
  return {
    subject: factLabel(c.fact, lang),
    operator: operatorWords(c.operator, lang),
    reference: c.param ? paramLabel(c.param, lang) : "",
    threshold: thresholdWords(c.fact, c.param, c.value, lang),
    actual: c.skipped ? "—" : c.factResult === null ? unknown : formatFigure(c.fact, c.factResult, lang),
    result: c.skipped ? "skipped" : c.result ? "met" : "notMet",
  };
}

/**
 * A rule's condition as its page states it, before any filing is judged: what is looked at, how it is compared and
 * with what, in the words a flag's conditions use (describeCondition): "办园性质 属于 普惠性民办、非营利性民办",
 * "最高涨幅 ≥ 黄色预警阈值". Not the rule file's identifiers (guidedPriceNature, in, amberBp). A condition asking for a
 * value written in the rule reads in English as the flag's sentences state a fact, the value after a colon ("Account
 * name matches the approved name: no", not "… is no"), and one asking whether a value is known says so ("Local
 * public kindergarten fee is known", not "is not unknown"); Chinese reads fact, 为, value either way.
 */
export function conditionStatement(c: { fact: string; operator: string; value: unknown; param?: string | null }, lang: Lang): string {
  const subject = factLabel(c.fact, lang);
  if (!c.param && (c.operator === "equal" || c.operator === "notEqual") && !isFactRef(c.value)) {
    const equal = c.operator === "equal";
    if (c.value === null) return translate(lang, equal ? "statement.unknown" : "statement.known", { subject, unknown: translate(lang, "flag.unknown") });
    return translate(lang, equal ? "statement.is" : "statement.isNot", { subject, value: thresholdWords(c.fact, null, c.value, lang) });
  }
  const threshold = c.param ? paramLabel(c.param, lang) : thresholdWords(c.fact, null, c.value, lang);
  return `${subject} ${operatorWords(c.operator, lang)} ${threshold}`;
}

/** How an operator relates a fact to its threshold in a sentence; a negated operator says its positive one's opposite. */
const RELATIONS: Record<string, { kind: string; negated?: true }> = {
  exceeds: { kind: "more" },
  greaterThan: { kind: "more" },
  atLeast: { kind: "atLeast" },
  greaterThanInclusive: { kind: "atLeast" },
  below: { kind: "less" },
  lessThan: { kind: "less" },
  atMost: { kind: "atMost" },
  lessThanInclusive: { kind: "atMost" },
  oneOf: { kind: "in" },
  in: { kind: "in" },
  notOneOf: { kind: "in", negated: true },
  notIn: { kind: "in", negated: true },
  contains: { kind: "contains" },
  doesNotContain: { kind: "contains", negated: true },
  after: { kind: "after" },
  onOrBefore: { kind: "after", negated: true },
  before: { kind: "before" },
  onOrAfter: { kind: "before", negated: true },
  "someFact:oneOf": { kind: "includesAny" },
};
/** Relations whose threshold is a list: named, with the list in brackets ("属于适用的办园性质（…）"). */
const LIST_RELATIONS = new Set(["in", "includesAny"]);

/** "黄色预警阈值 10%" / "10% (amber threshold)": the threshold, with the param it came from. */
function thresholdPhrase(w: ConditionWords, list: boolean, lang: Lang): string {
  if (!w.reference) return w.threshold;
  if (lang === "en") return `${w.threshold} (${w.reference.charAt(0).toLowerCase()}${w.reference.slice(1)})`;
  return list ? `${w.reference}（${w.threshold}）` : `${w.reference} ${w.threshold}`;
}

/** A relation and its threshold: Chinese puts a space only before a figure ("超过 0", "属于适用的…"). */
function relate(relation: string, phrase: string, lang: Lang): string {
  if (lang === "en" || /^[-\w]/.test(phrase)) return `${relation} ${phrase}`;
  return `${relation}${phrase}`;
}

/**
 * One evaluated condition as a sentence a bookkeeper reads: what was looked at, its value, and how it stands
 * to the threshold, as it turned out ("最高涨幅：25.21%，达到黄色预警阈值 10%"; "非自愿收费的预警级别：黄色预警，
 * 不是红色预警"; "执行月份：10月，不属于允许上调生效的月份（8月、9月）"), rather than a row of fact, operator
 * and value ("非自愿收费的预警级别 为 红色 | 黄色 | 不满足"). A yes/no or a value that matched is said alone
 * ("本次上调了保教费、住宿费或保育费：是"); a fact with no value reads 无 (未知 where the rule asks whether
 * it is known); a condition the engine did not get to says so.
 */
export function conditionSentence(c: ConditionExplanation, lang: Lang): string {
  const w = describeCondition(c, lang);
  if (w.result === "skipped") return translate(lang, "sentence.skipped", { subject: w.subject });
  const comma = lang === "en" ? ", " : "，";
  const missing = c.factResult === null || c.factResult === undefined;
  const actual = missing && c.value !== null ? translate(lang, "sentence.none") : w.actual;
  const stated = `${w.subject}${lang === "en" ? ": " : "："}${actual}`;
  if (c.operator === "equal" || c.operator === "notEqual") {
    // The fact is what the condition asks for (equal held), or the condition is about knowing it (a null): the
    // fact's value says it all.
    if ((c.operator === "equal" && c.result) || c.value === null) return stated;
    // notEqual held: the value, and what it is not ("黄色预警，不是红色预警"); a yes/no needs nothing more.
    if (c.result) {
      if (missing || typeof c.factResult === "boolean") return stated;
      return `${stated}${comma}${relate(translate(lang, "relation.isNot"), thresholdPhrase(w, false, lang), lang)}`;
    }
    // Did not hold: what the condition asks for, then what this case has. "按收费项目填报了退费办法：是" alone under
    // 不符合 would not say the condition asked for 否 (R11's alternative), nor "filed (approved), not not filed" read.
    const threshold = w.reference ? thresholdPhrase(w, false, lang) : translate(lang, "sentence.quoted", { value: w.threshold });
    // English does not say 'is “yes”': a yes/no reads "Paid before the penalty limit: no (the condition asks for yes)".
    if (typeof c.value === "boolean") return translate(lang, "sentence.asksYesNo", { subject: w.subject, operator: w.operator, threshold, yesNo: w.threshold, actual });
    return translate(lang, "sentence.asks", { subject: w.subject, operator: w.operator, threshold, actual });
  }
  const relation = RELATIONS[c.operator];
  if (!relation) return translate(lang, "sentence.actual", { subject: w.subject, operator: w.operator, threshold: thresholdPhrase(w, true, lang), actual });
  const holds = relation.negated ? !c.result : c.result;
  const words = translate(lang, `relation.${relation.kind}.${holds ? "met" : "notMet"}`);
  return `${stated}${comma}${relate(words, thresholdPhrase(w, LIST_RELATIONS.has(relation.kind), lang), lang)}`;
}

/** Whether a condition, or a group of them, held: what the 结果 column says. */
export type ConditionResult = "met" | "notMet" | "skipped";

function conditionResult(c: ConditionExplanation): ConditionResult {
  return c.skipped ? "skipped" : c.result ? "met" : "notMet";
}

/**
 * One row of a rule's conditions as they combine: a condition (`item`), or the heading of a group of them
 * ("满足以下任一条件："). `lead` numbers an alternative ("（2）"); `result`, when the items have one, is the
 * condition's or the group's (any holds when one member does).
 */
export interface ShapedLine<T> {
  /** 0 for the conditions that must all hold; one more for each group a row is inside. */
  depth: number;
  lead: string;
  heading?: string;
  item?: T;
  result?: ConditionResult;
  /** On an "any" group's heading whose result is met: the numbers of the alternatives that held (1-based). */
  heldBy?: number[];
}

const GROUP_HEADING = { any: "flag.group.any", all: "flag.group.all", not: "flag.group.not" } as const;

/**
 * A rule's conditions as a person writes them: those that must all hold one under another, and alternatives under
 * "满足以下任一条件：", numbered. The rule's tree (`conditionTree`) says how they combine; without it (a flag whose
 * version's words were recorded before the tree was kept), or when it does not name exactly these conditions, they
 * are listed as they come. Used by a flag's 规则如何判断 (with results) and a rule's page (without).
 */
export function shapedLines<T extends { name: string }>(
  items: readonly T[],
  tree: ConditionShape | undefined,
  lang: Lang,
  resultOf?: (item: T) => ConditionResult,
): ShapedLine<T>[] {
  const byName = new Map(items.map((item) => [item.name, item] as const));
  const named: string[] = [];
  const collect = (node: ConditionShape): void => {
    if (typeof node === "string") named.push(node);
    else if ("all" in node) node.all.forEach(collect);
    else if ("any" in node) node.any.forEach(collect);
    else collect(node.not);
  };
  if (tree) collect(tree);
  if (!tree || named.length !== items.length || named.some((name) => !byName.has(name))) {
    return items.map((item) => ({ depth: 0, lead: "", item, result: resultOf?.(item) }));
  }

  const lines: ShapedLine<T>[] = [];
  // Adds the node's rows (a group's heading first, its result set once its members are known); returns its result.
  const walk = (node: ConditionShape, depth: number, lead: string, inAll: boolean): ConditionResult | undefined => {
    if (typeof node === "string") {
      const item = byName.get(node)!;
      const line = { depth, lead, item, result: resultOf?.(item) };
      lines.push(line);
      return line.result;
    }
    // Conditions that must all hold, among others that must all hold (the rule's top level), need no heading.
    if ("all" in node && inAll && !lead) return combine("all", node.all.map((child) => walk(child, depth, "", true)));
    const kind = "all" in node ? "all" : "any" in node ? "any" : "not";
    const members = "all" in node ? node.all : "any" in node ? node.any : [node.not];
    const heading: ShapedLine<T> = { depth, lead, heading: translate(lang, GROUP_HEADING[kind]) };
    lines.push(heading);
    const results = members.map((child, i) =>
      walk(child, depth + 1, kind === "any" ? translate(lang, "flag.group.alternative", { n: i + 1 }) : "", kind === "all"),
    );
    heading.result = combine(kind, results);
    if (kind === "any" && heading.result === "met") heading.heldBy = results.flatMap((r, i) => (r === "met" ? [i + 1] : []));
    return heading.result;
  };
  walk(tree, 0, "", true);
  return lines;
}

/** One row of a flag's 规则如何判断: the condition's sentence or the group's heading, after its number, and the result. */
export interface ConditionLine {
  depth: number;
  words: string;
  result: ConditionResult;
  /** The result in words: "符合", "不符合", "未判断"; a group of alternatives that held says which ("符合（第 2 项）"). */
  resultWords: string;
}

/** A row's result in words; an "any" group that held names the alternatives that did, so the reader sees which fired. */
function resultWords(result: ConditionResult, heldBy: readonly number[] | undefined, lang: Lang): string {
  if (result === "met" && heldBy && heldBy.length > 0) return translate(lang, "flag.metBy", { n: listOf(heldBy.map(String), lang) });
  return translate(lang, `flag.${result}`);
}

/**
 * A flag's conditions in words, as they combine (shapedLines), each group with its own result ("符合（第 1 项）" when
 * its first alternative held): an alternative that did not hold (R04's red threshold, under an amber flag) reads as
 * the alternative it is, not as a condition that failed.
 */
export function conditionLines(conditions: readonly ConditionExplanation[], tree: ConditionShape | undefined, lang: Lang): ConditionLine[] {
  return shapedLines(conditions, tree, lang, conditionResult).map((line) => ({
    depth: line.depth,
    words: `${line.lead}${line.item ? conditionSentence(line.item, lang) : line.heading}`,
    result: line.result ?? "skipped",
    resultWords: resultWords(line.result ?? "skipped", line.heldBy, lang),
  }));
}

/** A group's result from its members': any holds when one does, all when every one does, not when its member does not. */
function combine(kind: "all" | "any" | "not", results: Array<ConditionResult | undefined>): ConditionResult | undefined {
  if (results.includes(undefined)) return undefined;
  if (kind === "not") return results[0] === "met" ? "notMet" : results[0] === "notMet" ? "met" : "skipped";
  if (kind === "any") return results.includes("met") ? "met" : results.every((r) => r === "skipped") ? "skipped" : "notMet";
  return results.every((r) => r === "met") ? "met" : results.includes("notMet") ? "notMet" : "skipped";
}

/** A param list longer than this shows its first few values and how many there are. */
const PARAM_LIST_SHOWN = 3;
const PARAM_LIST_BRIEF_ABOVE = 5;

/**
 * A param's value as the flag's footer shows it: as formatFigure, but a long list (R02's 57 keywords) is its first
 * few values and the count ("赞助、捐资助学、捐资办学 等 57 个"): what matched is in the evidence, and the whole
 * list is on the rule's page.
 */
export function formatParamBrief(name: string, value: unknown, lang: Lang): string {
  if (!Array.isArray(value) || value.length <= PARAM_LIST_BRIEF_ABOVE) return formatFigure(name, value, lang);
  return translate(lang, "flag.andMore", {
    shown: formatFigure(name, value.slice(0, PARAM_LIST_SHOWN), lang),
    total: value.length,
    more: value.length - PARAM_LIST_SHOWN,
  });
}

/** "R04 第1版" / "R04 v1". */
export function ruleVersionLabel(ruleId: string, version: number, lang: Lang): string {
  return translate(lang, "flag.ruleVersion", { id: ruleId, version });
}

/** A stored reference "R04@1" as words; anything else as it is. */
export function ruleRefLabel(ref: string, lang: Lang): string {
  const match = /^(.+)@(\d+)$/.exec(ref);
  return match ? ruleVersionLabel(match[1], Number(match[2]), lang) : ref;
}
