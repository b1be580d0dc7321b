/**
 * Evaluates a stored filing against the active rules (the `evaluate-filing`
 * job). Idempotent: results are upserted per (filing, rule, version) and cases
 * are deduplicated, so a retried or duplicated job leaves the same state.
 */
import type { DB } from "../../../db/client";
import type { Severity } from "../../../db/schema";
import type { FilingFacts, RuleOutcome } from "../../../rules/types";
import { openOrUpdateCaseForFlag, SEVERITY_RANK } from "../cases/case.service.server";
import { buildFilingFacts } from "./facts.server";
import { ulid } from "ulid";

/** What the domain needs of the rules engine (rules/engine.ts provides it). */
export interface FilingEvaluator {
  evaluateFiling(facts: FilingFacts, asOf?: string): Promise<RuleOutcome[]>;
}

/** Flags at or above this severity open an inspection case; "info" only informs. */
export const CASE_THRESHOLD: Severity = "amber";

export async function evaluateFiling(
  ctx: { db: DB; engine: FilingEvaluator; now?: Date },
  filingId: string,
): Promise<{ outcomes: RuleOutcome[]; caseIds: string[] }> {
  const { db, engine } = ctx;
  const now = ctx.now ?? new Date();
  const facts = await buildFilingFacts(db, filingId);
  if (!facts) throw new Error(`filing ${filingId} not found`);
  // The rule versions in force on the day the fees take effect: the law that governs the charge.
  const outcomes = await engine.evaluateFiling(facts, facts.filing.effectiveFrom);
  const at = now.toISOString();

  const caseIds = await db.transaction().execute(async (trx) => {
    for (const outcome of outcomes) {
      await trx
        .insertInto("rule_results")
        .values({
          id: ulid(),
          filing_id: filingId,
          rule_id: outcome.ruleId,
          rule_version: outcome.version,
          fired: outcome.fired ? 1 : 0,
          severity: outcome.severity,
          explanation: JSON.stringify(outcome),
          evaluated_at: at,
        })
        .onConflict((oc) =>
          oc.columns(["filing_id", "rule_id", "rule_version"]).doUpdateSet({
            fired: outcome.fired ? 1 : 0,
            severity: outcome.severity,
            explanation: JSON.stringify(outcome),
            evaluated_at: at,
          }),
        )
        .execute();
    }
    const ids: string[] = [];
    for (const outcome of outcomes) {
      if (!outcome.fired || !outcome.severity || SEVERITY_RANK[outcome.severity] < SEVERITY_RANK[CASE_THRESHOLD]) continue;
      const { caseId } = await openOrUpdateCaseForFlag(
        trx,
        {
          kindergartenId: facts.kindergarten.id,
          regionCode: facts.kindergarten.regionCode,
          ruleId: outcome.ruleId,
          ruleVersion: outcome.version,
          term: facts.filing.term,
          filingId,
          filingVersion: facts.filing.version,
          severity: outcome.severity,
        },
        now,
      );
      ids.push(caseId);
    }
    await trx
      .updateTable("fee_filings")
      .set({ status: "evaluated", evaluated_at: at })
      .where("id", "=", filingId)
      .execute();
    return ids;
  });
  return { outcomes, caseIds };
}
