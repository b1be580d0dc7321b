/**
 * The parts of a rule file that shape its outcome rather than decide it:
 * `severityWhen` must name leaf conditions, `details` must copy registered
 * facts (filtering only list facts, with plain operators and declared
 * params), and every `{placeholder}` of the message must name a param or a
 * details key, with a known format; a segment `{?leaf}…{/?}` must name a leaf
 * condition, and the English message have the Chinese one's segments. A
 * message that cannot be filled is a load-time error, not a blank in front of
 * an officer.
 */
import { FACT_REGISTRY, type AppliesTo } from "../facts";
import { CONDITIONAL_SEGMENT } from "../explain";
import { isPlainOperator } from "../operators";
import type { ParamSpec } from "../params";
import { isFactRef, MESSAGE_FORMATS, type DetailSpec, type LeafInfo, type RuleFile } from "../schema";
import type { Fail } from "./errors";
import type { ReferenceChecks } from "./references";

export function checkSeverityWhen(severityWhen: RuleFile["severityWhen"], leaves: readonly LeafInfo[], fail: Fail): void {
  (severityWhen ?? []).forEach((s, i) => {
    if (!leaves.some((l) => l.name === s.condition)) {
      fail(["severityWhen", i, "condition"], `no leaf condition is named "${s.condition}"`);
    }
  });
}

export function checkDetails(
  details: Readonly<Record<string, DetailSpec>>,
  appliesTo: AppliesTo,
  params: Readonly<Record<string, ParamSpec>>,
  refs: ReferenceChecks,
  fail: Fail,
): void {
  for (const [key, spec] of Object.entries(details)) {
    if (Object.prototype.hasOwnProperty.call(params, key)) {
      fail(["details", key], `"${key}" is also a param name; placeholders would be ambiguous`);
    }
    refs.fact(spec.fact, ["details", key, "fact"]);
    if (spec.where) {
      if (FACT_REGISTRY[appliesTo][spec.fact]?.kind !== "list") {
        fail(["details", key, "where"], `fact "${spec.fact}" is not a list; only list facts can be filtered`);
      }
      if (!isPlainOperator(spec.where.operator)) {
        fail(["details", key, "where", "operator"], `unknown operator "${spec.where.operator}" (decorators are not allowed here)`);
      }
      if (isFactRef(spec.where.value)) fail(["details", key, "where", "value"], "fact references are not allowed here");
      refs.value(spec.where.value, ["details", key, "where", "value"]);
    }
  }
}

export function checkMessagePlaceholders(
  message: RuleFile["message"],
  params: Readonly<Record<string, ParamSpec>>,
  details: Readonly<Record<string, DetailSpec>>,
  leaves: readonly LeafInfo[],
  fail: Fail,
): void {
  for (const lang of ["zh", "en"] as const) {
    const segments = [...message[lang].matchAll(CONDITIONAL_SEGMENT)];
    for (const [, leaf] of segments) {
      if (!leaves.some((l) => l.name === leaf)) fail(["message", lang], `segment "{?${leaf}}" names no leaf condition`);
    }
    if (lang === "en" && segmentLeaves(segments) !== segmentLeaves([...message.zh.matchAll(CONDITIONAL_SEGMENT)])) {
      fail(["message", lang], "the segments' conditions differ from the Chinese message's");
    }
    const unsegmented = message[lang].replace(CONDITIONAL_SEGMENT, (_m, _leaf, text: string) => text);
    if (/\{[?/]/.test(unsegmented)) {
      fail(["message", lang], "a segment is not closed, is nested, or closes none (expected {?leaf}…{/?})");
    }
    for (const match of unsegmented.matchAll(/\{([^{}]*)\}/g)) {
      const m = /^([A-Za-z_]\w*)((?:\.\w+)*)(?:\|(\w+))?$/.exec(match[1]);
      const key = m?.[1];
      if (!m || !key) {
        fail(["message", lang], `malformed placeholder "{${match[1]}}" (expected {name}, {name.path} or {name|format})`);
      } else if (
        !Object.prototype.hasOwnProperty.call(params, key) &&
        !Object.prototype.hasOwnProperty.call(details, key)
      ) {
        fail(["message", lang], `placeholder "{${match[1]}}" names neither a param nor a details key`);
      } else if (m[3] !== undefined && !(MESSAGE_FORMATS as readonly string[]).includes(m[3])) {
        fail(["message", lang], `unknown format "${m[3]}" in "{${match[1]}}" (known: ${MESSAGE_FORMATS.join(", ")})`);
      }
    }
  }
}

const segmentLeaves = (segments: RegExpMatchArray[]) => segments.map((m) => m[1]).join(",");
