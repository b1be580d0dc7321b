/**
 * Flags as stored and as read back. A rule_results row is a flag (an outcome
 * that fired) and keeps what is its own (rule id, version, severity and the
 * explanation JSON: params, conditions, evidence); the words of its rule
 * version (title, message, legal basis, how its conditions combine) are recorded once per version in
 * rule_texts, in the transaction that stores the version's first flag, and
 * joined back on reading. So a flag explains itself in full for as long as
 * its row exists, whatever happens to the rule files later. Passed checks
 * are not rows: the filing's evaluated_rules lists every version applied.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import type { Database, Severity } from "~/db/schema";
import { outcomeFromStored, serializeExplanation, type RuleText } from "~/rules/explain";
import { basisFor } from "~/rules/legal-basis";
import type { RuleSet } from "~/rules/schema";
import type { RuleOutcome } from "~/rules/types";
import { newId } from "~/utils/ids";

/**
 * Records the words of these rule versions unless already recorded. A
 * version missing from the library cannot be explained later: refused.
 */
export async function recordRuleTexts(
  trx: Transaction<Database> | DB,
  library: RuleSet,
  versions: Iterable<{ ruleId: string; version: number }>,
  now: Date,
): Promise<void> {
  const seen = new Set<string>();
  const rows = [];
  for (const { ruleId, version } of versions) {
    const key = `${ruleId}@${version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const def = library.find((d) => d.id === ruleId && d.version === version);
    if (!def) throw new Error(`rule ${key} is not in the rule library: its results could not be explained`);
    rows.push({
      rule_id: ruleId,
      version,
      title: JSON.stringify(def.title),
      message: JSON.stringify(def.message),
      legal_basis: JSON.stringify(def.legalBasis),
      condition_tree: JSON.stringify(def.conditionTree),
      recorded_at: now.toISOString(),
    });
  }
  if (rows.length === 0) return;
  // In key order: two transactions recording the same new versions wait on the first one both insert, never crosswise.
  rows.sort((a, b) => (a.rule_id < b.rule_id ? -1 : a.rule_id > b.rule_id ? 1 : a.version - b.version));
  await trx
    .insertInto("rule_texts")
    .values(rows)
    .onConflict((oc) => oc.columns(["rule_id", "version"]).doNothing())
    .execute();
}

/**
 * The versions whose words were recorded before rule_texts kept how their conditions combine
 * (migration 2026-12-05T0710) get it from the library, once, at start-up; a version no longer in the library keeps
 * none, and its flags' conditions read as a list. Returns how many were filled.
 */
export async function recordConditionTrees(db: DB, library: RuleSet): Promise<number> {
  const missing = await db.selectFrom("rule_texts").select(["rule_id", "version"]).where("condition_tree", "is", null).execute();
  let filled = 0;
  for (const { rule_id, version } of missing) {
    const def = library.find((d) => d.id === rule_id && d.version === version);
    if (!def) continue;
    await db
      .updateTable("rule_texts")
      .set({ condition_tree: JSON.stringify(def.conditionTree) })
      .where("rule_id", "=", rule_id)
      .where("version", "=", version)
      .where("condition_tree", "is", null)
      .execute();
    filled += 1;
  }
  return filled;
}

/** The columns every flag table (account, meal fund, complaint) has, for one outcome that fired. */
export interface FiredFlagRow {
  id: string;
  rule_id: string;
  rule_version: number;
  severity: Severity;
  explanation: string;
  evaluated_at: string;
}

/**
 * The outcomes that fired with a severity, as flag rows of `now`, their rule
 * versions' words recorded first (in the caller's transaction) so that each
 * row explains itself when read back. The caller adds what the row concerns.
 */
export async function firedFlagRows(
  trx: Transaction<Database>,
  library: RuleSet,
  outcomes: readonly RuleOutcome[],
  now: Date,
): Promise<FiredFlagRow[]> {
  const rows = flagRowsOf(outcomes, now);
  await recordRuleTexts(trx, library, rows.map((r) => ({ ruleId: r.rule_id, version: r.rule_version })), now);
  return rows;
}

/**
 * firedFlagRows without recording the words: for a caller storing many
 * subjects' flags, which records all their versions' words at once first
 * (recordRuleTexts, in the same transaction).
 */
export function flagRowsOf(outcomes: readonly RuleOutcome[], now: Date): FiredFlagRow[] {
  const fired = outcomes.filter((o) => o.fired && o.severity !== null);
  return fired.map((o) => ({
    id: newId(),
    rule_id: o.ruleId,
    rule_version: o.version,
    severity: o.severity!,
    explanation: serializeExplanation(o),
    evaluated_at: now.toISOString(),
  }));
}

/** The rule_texts columns a reader selects next to a result row (join on rule id and version). */
export const RULE_TEXT_COLUMNS = ["t.title", "t.message", "t.legal_basis", "t.condition_tree"] as const;

export interface StoredResultRow {
  rule_id: string;
  rule_version: number;
  severity: Severity;
  explanation: string;
  title: string;
  message: string;
  legal_basis: string;
  /** How the version's conditions combine (JSON); null for a version recorded before it was kept and not in the library. */
  condition_tree?: string | null;
  /**
   * The kindergarten's region code (selected with KINDERGARTEN_REGION_COLUMN):
   * the version's words keep every basis entry, and a regional one is shown
   * only for a kindergarten in its region, as the engine gave it.
   */
  region_code: string;
}

/** Selected next to a result row from the kindergarten it concerns (joined as "k"). */
export const KINDERGARTEN_REGION_COLUMN = "k.region_code" as const;

/** A stored flag with its rule version's words, as the outcome the engine gave. */
export function storedOutcome(row: StoredResultRow): RuleOutcome {
  const text: RuleText = {
    title: JSON.parse(row.title) as RuleText["title"],
    message: JSON.parse(row.message) as RuleText["message"],
    legalBasis: basisFor(JSON.parse(row.legal_basis) as RuleText["legalBasis"], row.region_code),
    ...(row.condition_tree ? { conditionTree: JSON.parse(row.condition_tree) as NonNullable<RuleText["conditionTree"]> } : {}),
  };
  return outcomeFromStored(
    { ruleId: row.rule_id, version: row.rule_version, fired: true, severity: row.severity, explanation: row.explanation },
    text,
  );
}
