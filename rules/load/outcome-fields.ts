/**
 * The parts of a rule file that shape its outcome rather than decide it:
 * `severityWhen` must name leaf conditions, `details` must copy registered
 * facts (filtering only list facts, with plain operators and declared
 * params), and every `{placeholder}` of the message must name a param or a
 * details key, with a known format. A message that cannot be filled is a
 * load-time error, not a blank in front of an officer.
 */
import { FACT_REGISTRY, type AppliesTo } from "../facts";
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
  fail: Fail,
): void {
  for (const lang of ["zh", "en"] as const) {
    for (const match of message[lang].matchAll(/\{([^{}]*)\}/g)) {
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
