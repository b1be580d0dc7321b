/**
 * Evaluates stored filings against the rules in force for their region: the
 * `evaluate-filing` job for one filing, re-evaluation and preview for
 * thousands. Idempotent: flags are upserted per (filing, rule, version) and
 * cases are deduplicated, so a retried or duplicated job leaves the same
 * state. A filing's current flags are the rule_results rows stamped with its
 * evaluated_at, and its evaluated_rules lists every rule version applied
 * (flagged or passed); older flags stay, so they still explain themselves.
 */
import type { DB } from "~/db/client";
import type { Insertable, Transaction } from "kysely";
import type { Database, RuleResultsTable, Severity } from "~/db/schema";
import type { FilingFacts, RuleOutcome } from "~/rules/types";
import { recordAudits, type AuditEntry } from "~/domain/audit/audit.server";
import { markClearedCases, openOrUpdateCasesForFlags, SEVERITY_RANK, type ClearCause, type EvaluatedForCases, type FlagForCase } from "~/domain/cases/case.service.server";
import { loadRulesState, type DraftChange, type RulesRuntime, type RulesState } from "~/domain/rules-runtime/rules-runtime.server";
import { buildFilingFactsBatch } from "./facts.server";
import { recordRuleTexts } from "~/domain/flags/stored-flags.server";
import { serializeExplanation } from "~/rules/explain";
import { lockRowsInIdOrder, retryTransientConflicts } from "~/db/locks";

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

/** A flag of this severity opens or keeps a case. */
export function caseWorthySeverity(severity: Severity | null): boolean {
  return severity !== null && SEVERITY_RANK[severity] >= SEVERITY_RANK[CASE_THRESHOLD];
}

/** Outcomes that would open or keep a case. */
export function caseWorthy<O extends Pick<RuleOutcome, "fired" | "severity">>(outcomes: readonly O[]): O[] {
  return outcomes.filter((o) => o.fired && caseWorthySeverity(o.severity));
}

/**
 * Evaluates filings' facts under one rules state: each with the engine for
 * its region and effective date (the law that governs the charge), as
 * `rules.engineFor` gives it. The one evaluation loop of the product: the
 * batch path, the single-filing job, previews and the benchmark use it.
 * They keep flags only, so only the outcomes that fired are explained.
 */
export function filingEvaluator(rules: RulesRuntime, state: RulesState): (facts: FilingFacts) => Promise<RuleOutcome[]> {
  return (facts) => {
    const asOf = facts.filing.effectiveFrom;
    return rules.engineFor(facts.kindergarten.regionCode, state, asOf).evaluateFiling(facts, asOf, { explain: "fired" });
  };
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
    options.state ?? loadRulesState(ctx.db, ctx.rules.library, options.draft),
  ]);
  const evaluate = filingEvaluator(ctx.rules, state);
  const evaluations: FilingEvaluation[] = [];
  for (const facts of factsList) evaluations.push({ facts, outcomes: await evaluate(facts) });
  return evaluations;
}

/** A flag as stored: an outcome that fired, its explanation already serialised. */
export interface StoredFlag {
  ruleId: string;
  version: number;
  severity: Severity;
  /** serializeExplanation's JSON: the rule_results.explanation column. */
  explanation: string;
}

/**
 * One filing's evaluation reduced to what storing it needs: the rule
 * versions applied (sorted "R03@1" keys) and the flags. This is what an
 * evaluation worker hands back (a fraction of the outcomes to copy across
 * threads: most checks pass).
 */
export interface EvaluationRecord {
  facts: {
    filing: Pick<FilingFacts["filing"], "id" | "term" | "version">;
    kindergarten: Pick<FilingFacts["kindergarten"], "id" | "regionCode">;
  };
  evaluatedRules: string[];
  flags: StoredFlag[];
}

export function toEvaluationRecord({ facts, outcomes }: FilingEvaluation): EvaluationRecord {
  return {
    facts: {
      filing: { id: facts.filing.id, term: facts.filing.term, version: facts.filing.version },
      kindergarten: { id: facts.kindergarten.id, regionCode: facts.kindergarten.regionCode },
    },
    evaluatedRules: outcomes.map((o) => `${o.ruleId}@${o.version}`).sort(),
    flags: outcomes
      .filter((o) => o.fired)
      .map((o) => ({ ruleId: o.ruleId, version: o.version, severity: o.severity!, explanation: serializeExplanation(o) })),
  };
}

/** What persistEvaluations stores: a FilingEvaluation, or the record of one (as an evaluation worker returns it). */
export type StorableEvaluation = FilingEvaluation | EvaluationRecord;

/** At least one flag of this evaluation would open or keep a case. */
export function isFlagged(evaluation: StorableEvaluation): boolean {
  return "flags" in evaluation ? evaluation.flags.some((f) => caseWorthySeverity(f.severity)) : caseWorthy(evaluation.outcomes).length > 0;
}

/** What persistEvaluations stored, per filing: its flags ("R03:red") and the cases they opened or kept. */
export interface StoredEvaluations {
  flagsByFiling: ReadonlyMap<string, string[]>;
  casesByFiling: ReadonlyMap<string, string[]>;
}

/** Rows per multi-row statement: 6 bound values each (SQLite allows 32,766, Postgres 65,535). */
const ROWS_PER_STATEMENT = 500;
/** Ids per IN list. */
const IN_CHUNK = 900;

/**
 * Stores the evaluations (flags, cases, the filing's status and evaluated rules) in one transaction; returns the case ids touched per filing.
 * `afterPersist` runs last in that transaction (a re-evaluation run advances its cursor there), so both commit or neither.
 *
 * Set-based: the rows are prepared (explanations serialised) before the
 * transaction opens, then written with multi-row upserts, one batched case
 * pass (openOrUpdateCasesForFlags) and one status update per IN chunk and
 * list of rule versions, so a
 * batch of hundreds of filings holds the write lock for a fraction of a
 * second. The outcome is the same as writing filing by filing: the last
 * evaluation of a (filing, rule, version) wins.
 */
export async function persistEvaluations(
  ctx: EvaluationContext,
  evaluations: readonly StorableEvaluation[],
  options: {
    afterPersist?: (trx: Transaction<Database>) => Promise<void>;
    /**
     * The audit entries for these evaluations, in place of one `filing.evaluated` entry per filing: a
     * re-evaluation run records each batch once (see reevaluation.server.ts), since 150,000 entries that
     * repeat what rule_results already holds cost a national run a sixth of its write time.
     */
    auditAs?: (stored: StoredEvaluations) => AuditEntry[];
    /** Runs of the transaction when Postgres ends it for a deadlock (retryTransientConflicts); 1: no retry. */
    attempts?: number;
    /** What made these evaluations run, for the timeline of a case whose reason they find gone (markClearedCases). */
    cause?: ClearCause;
  } = {},
): Promise<Map<string, string[]>> {
  const now = ctx.now ?? new Date();
  const at = now.toISOString();
  const results = new Map<string, Insertable<RuleResultsTable>>();
  const flags: FlagForCase[] = [];
  const flagsPerEvaluation: number[] = [];
  /** Per filing, the rule versions applied (JSON); a later evaluation of the same filing replaces an earlier one. */
  const evaluatedRules = new Map<string, string>();
  const forCases: EvaluatedForCases[] = [];
  for (const evaluation of evaluations) {
    const { facts, evaluatedRules: applied, flags: fired } = "flags" in evaluation ? evaluation : toEvaluationRecord(evaluation);
    const filingId = facts.filing.id;
    evaluatedRules.set(filingId, JSON.stringify(applied));
    forCases.push({
      kindergartenId: facts.kindergarten.id,
      term: facts.filing.term,
      filingId,
      filingVersion: facts.filing.version,
      ruleIds: applied.map((key) => key.slice(0, key.lastIndexOf("@"))),
      caseWorthyRuleIds: new Set(fired.filter((f) => caseWorthySeverity(f.severity)).map((f) => f.ruleId)),
      notices: new Map(fired.filter((f) => !caseWorthySeverity(f.severity)).map((f) => [f.ruleId, f.version])),
    });
    for (const flag of fired) {
      const key = `${filingId}|${flag.ruleId}|${flag.version}`;
      // A later evaluation of the same row replaces an earlier one (and one Postgres statement may not touch a row twice).
      results.delete(key);
      results.set(key, {
        filing_id: filingId,
        rule_id: flag.ruleId,
        rule_version: flag.version,
        severity: flag.severity,
        explanation: flag.explanation,
        evaluated_at: at,
      });
    }
    const worthy = fired.filter((f) => caseWorthySeverity(f.severity));
    flagsPerEvaluation.push(worthy.length);
    for (const outcome of worthy) {
      flags.push({
        kindergartenId: facts.kindergarten.id,
        regionCode: facts.kindergarten.regionCode,
        ruleId: outcome.ruleId,
        ruleVersion: outcome.version,
        term: facts.filing.term,
        filingId,
        filingVersion: facts.filing.version,
        severity: outcome.severity,
      });
    }
  }
  // Sorted: rows are upserted in this order, and two evaluations of the same filings must lock them in one order.
  const rows = [...results.values()].sort(
    (a, b) => compareText(a.filing_id, b.filing_id) || compareText(a.rule_id, b.rule_id) || a.rule_version - b.rule_version,
  );
  // Filings of one region and date share the list of rule versions: one update per list, not per filing.
  const filingsByRules = new Map<string, string[]>();
  for (const [filingId, rules] of evaluatedRules) {
    const ids = filingsByRules.get(rules) ?? [];
    ids.push(filingId);
    filingsByRules.set(rules, ids);
  }

  // Locks are taken table by table in one order (rule_texts, rule_results, inspection_cases, fee_filings, then
  // the caller's run row and the audit chain's head), each table's rows in one order (sorted above, or locked
  // by id on Postgres), so two evaluations over the same filings and cases queue instead of deadlocking. A
  // deadlock that remains by design (a case another transaction opened meanwhile, openOrUpdateCasesForFlags)
  // runs the transaction again: everything it needs was prepared above, and all it wrote was rolled back.
  return retryTransientConflicts(() => ctx.db.transaction().execute(async (trx) => {
    await recordRuleTexts(trx, ctx.rules.library, rows.map((r) => ({ ruleId: r.rule_id, version: r.rule_version })), now);
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      await trx
        .insertInto("rule_results")
        .values(rows.slice(i, i + ROWS_PER_STATEMENT))
        .onConflict((oc) =>
          oc.columns(["filing_id", "rule_id", "rule_version"]).doUpdateSet((eb) => ({
            severity: eb.ref("excluded.severity"),
            explanation: eb.ref("excluded.explanation"),
            evaluated_at: eb.ref("excluded.evaluated_at"),
          })),
        )
        .execute();
    }
    const cases = await openOrUpdateCasesForFlags(trx, flags, now);
    // Then the cases whose reason these evaluations found gone: marked, with the timeline saying by what.
    await markClearedCases(trx, forCases, options.cause ?? { kind: "evaluation" }, now);
    // One update per list of rule versions would lock the filings list by list: locked first, all in id order.
    await lockRowsInIdOrder(trx, "fee_filings", evaluatedRules.keys());
    for (const [rules, ids] of filingsByRules) {
      for (let i = 0; i < ids.length; i += IN_CHUNK) {
        await trx
          .updateTable("fee_filings")
          .set({ status: "evaluated", evaluated_at: at, evaluated_rules: rules })
          .where("id", "in", ids.slice(i, i + IN_CHUNK))
          .execute();
      }
    }
    const casesByFiling = new Map<string, string[]>();
    let next = 0;
    evaluations.forEach(({ facts }, i) => {
      casesByFiling.set(facts.filing.id, cases.slice(next, next + flagsPerEvaluation[i]).map((c) => c.caseId));
      next += flagsPerEvaluation[i];
    });
    if (options.afterPersist) await options.afterPersist(trx);
    // Last, in one batch: the evaluations on the audit record as the system's (the chain's head held to the commit only).
    const flagsByFiling = new Map<string, string[]>();
    for (const r of rows) flagsByFiling.set(r.filing_id, [...(flagsByFiling.get(r.filing_id) ?? []), `${r.rule_id}:${r.severity}`]);
    const entries = options.auditAs
      ? options.auditAs({ flagsByFiling, casesByFiling })
      : [...evaluatedRules].map(([filingId, rules]): AuditEntry => ({
          actorId: null,
          action: "filing.evaluated",
          entity: "fee_filing",
          entityId: filingId,
          detail: { rules: JSON.parse(rules) as unknown, flags: flagsByFiling.get(filingId) ?? [], cases: casesByFiling.get(filingId) ?? [] },
        }));
    await recordAudits(trx, entries, now);
    return casesByFiling;
  }), options.attempts);
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The `evaluate-filing` job: evaluate one stored filing and record the outcome. */
export async function evaluateFiling(
  ctx: EvaluationContext,
  filingId: string,
  cause?: ClearCause,
): Promise<{ outcomes: RuleOutcome[]; caseIds: string[] }> {
  const [evaluation] = await computeEvaluations(ctx, [filingId]);
  if (!evaluation) throw new FilingNotFoundError(filingId);
  const cases = await persistEvaluations(ctx, [evaluation], { cause });
  return { outcomes: evaluation.outcomes, caseIds: cases.get(filingId) ?? [] };
}

/** A permanent failure: retrying cannot make a missing filing appear. */
export class FilingNotFoundError extends Error {
  constructor(readonly filingId: string) {
    super(`filing ${filingId} not found`);
    this.name = "FilingNotFoundError";
  }
}
