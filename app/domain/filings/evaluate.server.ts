/**
 * Evaluates stored filings against the rules in force for their region: the
 * `evaluate-filing` job for one filing, re-evaluation and preview for
 * thousands. Idempotent: results are upserted per (filing, rule, version) and
 * cases are deduplicated, so a retried or duplicated job leaves the same
 * state. The current results of a filing are those stamped with its
 * evaluated_at; rows of earlier rule versions stay, so old flags still
 * explain themselves.
 */
import { ulid } from "ulid";
import type { DB } from "../../../db/client";
import type { Transaction } from "kysely";
import type { Database, Severity } from "../../../db/schema";
import type { FilingFacts, RuleOutcome } from "../../../rules/types";
import { openOrUpdateCaseForFlag, SEVERITY_RANK } from "../cases/case.service.server";
import { loadRulesState, type DraftChange, type RulesRuntime, type RulesState } from "../rules-config/rules-runtime.server";
import { buildFilingFactsBatch } from "./facts.server";

/** Flags at or above this severity open an inspection case; "info" only informs. */
export const CASE_THRESHOLD: Severity = "amber";

export interface EvaluationContext {
  db: DB;
  rules: RulesRuntime;
  now?: Date;
}

export interface FilingEvaluation {
  facts: FilingFacts;
  outcomes: RuleOutcome[];
}

/** Outcomes that would open or keep a case. */
export function caseWorthy(outcomes: readonly RuleOutcome[]): RuleOutcome[] {
  return outcomes.filter((o) => o.fired && o.severity && SEVERITY_RANK[o.severity] >= SEVERITY_RANK[CASE_THRESHOLD]);
}

/**
 * Facts and outcomes for a batch of filings, nothing written: under the rules
 * in force, or as they would be with a draft change. The rule versions are
 * those in force on each filing's effective date: the law that governs the
 * charge.
 */
export async function computeEvaluations(
  ctx: EvaluationContext,
  filingIds: string[],
  options: { draft?: DraftChange; state?: RulesState } = {},
): Promise<FilingEvaluation[]> {
  const draftGuidanceBatchId = options.draft?.kind === "guidance_batch" ? options.draft.batchId : undefined;
  const [factsList, state] = await Promise.all([
    buildFilingFactsBatch(ctx.db, filingIds, { draftGuidanceBatchId }),
    options.state ?? loadRulesState(ctx.db, ctx.rules.catalogue, options.draft),
  ]);
  const evaluations: FilingEvaluation[] = [];
  for (const facts of factsList) {
    const asOf = facts.filing.effectiveFrom;
    const engine = ctx.rules.engineFor(facts.kindergarten.regionCode, state, asOf);
    evaluations.push({ facts, outcomes: await engine.evaluateFiling(facts, asOf) });
  }
  return evaluations;
}

/**
 * Stores the evaluations (results, cases, filing status) in one transaction; returns the case ids touched per filing.
 * `afterPersist` runs last in that transaction (a re-evaluation run advances its cursor there), so both commit or neither.
 */
export async function persistEvaluations(
  ctx: EvaluationContext,
  evaluations: FilingEvaluation[],
  options: { afterPersist?: (trx: Transaction<Database>) => Promise<void> } = {},
): Promise<Map<string, string[]>> {
  const now = ctx.now ?? new Date();
  const at = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const casesByFiling = new Map<string, string[]>();
    for (const { facts, outcomes } of evaluations) {
      const filingId = facts.filing.id;
      for (const outcome of outcomes) {
        const explanation = JSON.stringify(outcome);
        const fired = outcome.fired ? 1 : 0;
        await trx
          .insertInto("rule_results")
          .values({
            id: ulid(),
            filing_id: filingId,
            rule_id: outcome.ruleId,
            rule_version: outcome.version,
            fired,
            severity: outcome.severity,
            explanation,
            evaluated_at: at,
          })
          .onConflict((oc) =>
            oc
              .columns(["filing_id", "rule_id", "rule_version"])
              .doUpdateSet({ fired, severity: outcome.severity, explanation, evaluated_at: at }),
          )
          .execute();
      }
      const caseIds: string[] = [];
      for (const outcome of caseWorthy(outcomes)) {
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
            severity: outcome.severity!,
          },
          now,
        );
        caseIds.push(caseId);
      }
      await trx.updateTable("fee_filings").set({ status: "evaluated", evaluated_at: at }).where("id", "=", filingId).execute();
      casesByFiling.set(filingId, caseIds);
    }
    if (options.afterPersist) await options.afterPersist(trx);
    return casesByFiling;
  });
}

/** The `evaluate-filing` job: evaluate one stored filing and record the outcome. */
export async function evaluateFiling(
  ctx: EvaluationContext,
  filingId: string,
): Promise<{ outcomes: RuleOutcome[]; caseIds: string[] }> {
  const [evaluation] = await computeEvaluations(ctx, [filingId]);
  if (!evaluation) throw new FilingNotFoundError(filingId);
  const cases = await persistEvaluations(ctx, [evaluation]);
  return { outcomes: evaluation.outcomes, caseIds: cases.get(filingId) ?? [] };
}

/** A permanent failure: retrying cannot make a missing filing appear. */
export class FilingNotFoundError extends Error {
  constructor(readonly filingId: string) {
    super(`filing ${filingId} not found`);
    this.name = "FilingNotFoundError";
  }
}
