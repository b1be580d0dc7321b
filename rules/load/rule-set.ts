/**
 * The rule set as a whole. checkRuleSet runs the checks no single file can
 * make (an id+version defined twice, two versions of a rule in force on the
 * same day) and freezes the result; activeRules picks the versions in force
 * on a date. Published files are never edited: a change is a new version
 * file, so these two are where versions meet.
 */
import { addDays, assertCivilDate } from "../dates";
import type { AppliesTo } from "../facts";
import type { RuleDefinition, RuleSet } from "../schema";
import { RuleFileError } from "./errors";
import { deepFreeze } from "../deep-freeze";

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


/**
 * Each rule's versions as the files alone place them in time: a version is in
 * force from its effectiveFrom until the day before the next version starts
 * (by effectiveFrom; on the same day the higher version, a later correction,
 * wins), and never beyond its own effectiveTo. A version superseded on the
 * day it would start is left out, and so is a version a later file withdraws. This is what a fresh installation
 * activates, and what "the dates a version covers" means for the rule files
 * (the legal-texts check); an installation that already runs a rule switches
 * versions through activation instead.
 */
export function fileChronology(library: readonly RuleDefinition[]): RuleSet {
  const withdrawn = new Set(library.flatMap((d) => (d.withdraws ?? []).map((v) => `${d.id}@${v}`)));
  const byRule = new Map<string, RuleDefinition[]>();
  for (const d of library) {
    if (!withdrawn.has(`${d.id}@${d.version}`)) byRule.set(d.id, [...(byRule.get(d.id) ?? []), d]);
  }
  const placed: RuleDefinition[] = [];
  for (const versions of byRule.values()) {
    const ordered = [...versions].sort((a, b) =>
      a.effectiveFrom === b.effectiveFrom ? a.version - b.version : a.effectiveFrom < b.effectiveFrom ? -1 : 1,
    );
    let nextStart: string | null = null;
    // Walk from the latest start back, so each version knows where the one after it begins.
    for (let i = ordered.length - 1; i >= 0; i--) {
      const d = ordered[i];
      const sameStartAsLater = i + 1 < ordered.length && ordered[i + 1].effectiveFrom === d.effectiveFrom;
      if (sameStartAsLater) continue;
      const bound = nextStart === null ? null : addDays(nextStart, -1);
      const to = [d.effectiveTo, bound].filter((x): x is string => x !== null).sort()[0] ?? null;
      placed.push({ ...d, effectiveTo: to });
      nextStart = d.effectiveFrom;
    }
  }
  return checkRuleSet(placed);
}

/** The versions in force on `asOf` (YYYY-MM-DD, inclusive bounds) for one target, sorted by id. */
export function activeRules(ruleSet: RuleSet, asOf: string, appliesTo: AppliesTo): RuleDefinition[] {
  assertCivilDate(asOf, "asOf");
  return ruleSet.filter(
    (d) => d.appliesTo === appliesTo && d.effectiveFrom <= asOf && (d.effectiveTo === null || asOf <= d.effectiveTo),
  );
}
