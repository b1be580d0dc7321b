/**
 * The meal-fund rules (rules/meal_fund/, appliesTo "meal_fund"; R15) as the
 * domain runs them: the facts of one kindergarten's month gathered, evaluated
 * with the engine of its region for that month, and what fired stored as
 * meal_fund_flags with the rule versions' words (rule_texts), replacing the
 * month's previous findings; meal_fund_checks records that the month was
 * evaluated and when. Evaluating a month again on the same facts leaves the
 * same flags: the filing job and the sweep may both run, and run twice.
 *
 * A month is evaluated when an account of it is filed (the outbox job
 * `meal_fund.filed`) and once after its due date (meal-fund-sweep.server.ts),
 * which finds the accounts that never came.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import { lockFor } from "~/db/locks";
import type { Database, MealFundAccountsTable } from "~/db/schema";
import { recordAudits, type AuditEntry } from "~/domain/audit/audit.server";
import { flagRowsOf, recordRuleTexts, type FiredFlagRow } from "~/domain/flags/stored-flags.server";
import { judgedUnderKey, loadRulesState, type RulesRuntime, type RulesState } from "~/domain/rules-runtime/rules-runtime.server";
import { shiftMonth, MEAL_FUND_LOOKBACK_MONTHS, mealFundDueDate } from "~/rules/facts/meal-fund/registry";
import type { MealFundFacts, MealFundMonthFact, RuleOutcome } from "~/rules/types";
import { shanghaiDate } from "~/utils/working-days";
import { storedSpending } from "./meal-fund.schema";

/** The rule whose param sets the day a month's account is due (the operator's list and the sweep read it). */
export const DUE_RULE_ID = "R15";

type Reader = DB | Transaction<Database>;

/**
 * The day a kindergarten's account of `month` is due under the rules in
 * force for that month in its region, or null when no due rule applies to
 * the month (before 2025-06).
 */
export function mealFundDueDateFor(rules: RulesRuntime, state: RulesState, regionCode: string, month: string): string | null {
  const r15 = rules.paramsFor(regionCode, state, `${month}-01`, "meal_fund").rules.find((r) => r.ruleId === DUE_RULE_ID);
  const day = r15?.params.dueDayOfNextMonth;
  return typeof day === "number" ? mealFundDueDate(month, day) : null;
}

/** The columns of a revision the rule's facts and the readers use. */
export type MealFundRevisionRow = Pick<
  MealFundAccountsTable,
  "id" | "month" | "revision" | "income_fen" | "spending_fen" | "spending" | "child_count" | "meal_days" | "filed_on"
>;

/** Each month's latest revision, with the day its first revision was filed. */
export function latestRevisions<R extends MealFundRevisionRow>(rows: readonly R[]): Map<string, R & { firstFiledOn: string }> {
  const out = new Map<string, R & { firstFiledOn: string }>();
  for (const row of rows) {
    const seen = out.get(row.month);
    const firstFiledOn = seen && seen.firstFiledOn < row.filed_on ? seen.firstFiledOn : row.filed_on;
    if (!seen || row.revision > seen.revision) out.set(row.month, { ...row, firstFiledOn });
    else seen.firstFiledOn = firstFiledOn;
  }
  return out;
}

/** The meal-fund facts of a kindergarten's month, evaluated on `now`'s Shanghai day. */
export async function gatherMealFundFacts(db: Reader, kindergartenId: string, month: string, now: Date): Promise<MealFundFacts & { accountId: string | null }> {
  const kg = await db.selectFrom("kindergartens").select(["id", "nature", "region_code"]).where("id", "=", kindergartenId).executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom("meal_fund_accounts")
    .select(["id", "month", "revision", "income_fen", "spending_fen", "spending", "child_count", "meal_days", "filed_on"])
    .where("kindergarten_id", "=", kindergartenId)
    .where("month", ">=", shiftMonth(month, -MEAL_FUND_LOOKBACK_MONTHS))
    .where("month", "<=", month)
    .execute();
  const latest = latestRevisions(rows);
  const own = latest.get(month);
  const previousMonths: MealFundMonthFact[] = [...latest.values()]
    .filter((r) => r.month < month)
    .map((r) => ({ month: r.month, incomeFen: r.income_fen, spendingFen: r.spending_fen }));
  return {
    kindergarten: { id: kg.id, nature: kg.nature, regionCode: kg.region_code },
    month,
    evaluatedOn: shanghaiDate(now),
    account: own
      ? {
          revision: own.revision,
          filedOn: own.firstFiledOn,
          incomeFen: own.income_fen,
          spending: storedSpending.parse(JSON.parse(own.spending)),
          childCount: own.child_count,
          mealDays: own.meal_days,
        }
      : null,
    previousMonths,
    accountId: own?.id ?? null,
  };
}

/** One month's evaluation, ready to store. */
export interface MealFundEvaluation {
  kindergartenId: string;
  month: string;
  evaluatedOn: string;
  /** The revision evaluated, or null without an account. */
  accountId: string | null;
  outcomes: RuleOutcome[];
  /** What it was judged under (judgedUnderKey of the month's first day). */
  rulesKey: string;
}

/** Evaluates a kindergarten's month under the rules state in force (read once by a caller evaluating many). */
export async function evaluateMealFundMonth(
  db: Reader,
  rules: RulesRuntime,
  state: RulesState,
  kindergartenId: string,
  month: string,
  now: Date,
): Promise<MealFundEvaluation> {
  const { accountId, ...facts } = await gatherMealFundFacts(db, kindergartenId, month, now);
  const regionCode = facts.kindergarten.regionCode;
  const outcomes = await rules.engineFor(regionCode, state, `${month}-01`, "meal_fund").evaluateMealFund(facts);
  return { kindergartenId, month, evaluatedOn: facts.evaluatedOn, accountId, outcomes, rulesKey: judgedUnderKey(rules, state, regionCode, [[`${month}-01`, "meal_fund"]]) };
}

/**
 * Stores evaluations: per kindergarten and month, the fired outcomes replace
 * the month's flags and the check row records the evaluation; each is audited
 * as the system's. One short transaction for many months (the sweep's page).
 * An evaluation whose month got a new revision since its facts were read is
 * dropped: the filing's own job evaluates the new one.
 *
 * Locks are taken in one order (Postgres): all the months' locks first, by
 * key, then the words of every version fired, in one statement (by key),
 * then the months' own rows, under their locks. Taken month by month, a
 * sweep held a month's lock and new words that a filing's job, holding the
 * next month's lock, waited for (or two writers recorded two new versions'
 * words in other orders): 40P01.
 */
export async function storeMealFundEvaluations(db: DB, rules: RulesRuntime, evaluations: readonly MealFundEvaluation[], now: Date): Promise<void> {
  if (evaluations.length === 0) return;
  const lockKey = (e: MealFundEvaluation) => `meal-fund-flags:${e.kindergartenId}:${e.month}`;
  await db.transaction().execute(async (trx) => {
    // The filing job and the sweep evaluating one month at once: one after the other, or both would keep their flags.
    for (const key of [...new Set(evaluations.map(lockKey))].sort()) await lockFor(trx, key);
    const current: { e: MealFundEvaluation; flags: FiredFlagRow[] }[] = [];
    for (const e of evaluations) {
      // A revision filed since these facts were read: its own job evaluates it, and stale findings must not replace its.
      const latest = await trx
        .selectFrom("meal_fund_accounts")
        .select("id")
        .where("kindergarten_id", "=", e.kindergartenId)
        .where("month", "=", e.month)
        .orderBy("revision", "desc")
        .limit(1)
        .executeTakeFirst();
      if ((latest?.id ?? null) === e.accountId) current.push({ e, flags: flagRowsOf(e.outcomes, now) });
    }
    await recordRuleTexts(trx, rules.library, current.flatMap(({ flags }) => flags.map((f) => ({ ruleId: f.rule_id, version: f.rule_version }))), now);
    const audits: AuditEntry[] = [];
    for (const { e, flags } of current) {
      await trx.deleteFrom("meal_fund_flags").where("kindergarten_id", "=", e.kindergartenId).where("month", "=", e.month).execute();
      if (flags.length > 0) {
        await trx
          .insertInto("meal_fund_flags")
          .values(flags.map((f) => ({ ...f, kindergarten_id: e.kindergartenId, month: e.month, account_id: e.accountId })))
          .execute();
      }
      const evaluated = e.outcomes.map((o) => `${o.ruleId}@${o.version}`).sort();
      const check = { evaluated_on: e.evaluatedOn, evaluated_at: now.toISOString(), evaluated_rules: JSON.stringify(evaluated), rules_key: e.rulesKey };
      await trx
        .insertInto("meal_fund_checks")
        .values({ kindergarten_id: e.kindergartenId, month: e.month, ...check })
        .onConflict((oc) => oc.columns(["kindergarten_id", "month"]).doUpdateSet(check))
        .execute();
      audits.push({
        actorId: null,
        action: "meal_fund.evaluated",
        entity: "kindergarten",
        entityId: e.kindergartenId,
        detail: { month: e.month, accountId: e.accountId, evaluated, fired: flags.map((f) => `${f.rule_id}:${f.severity}`) },
      });
    }
    await recordAudits(trx, audits, now);
  });
}

/** The filing job's work: evaluate the month just filed and store what it finds. Idempotent. */
export async function reevaluateMealFundMonth(db: DB, rules: RulesRuntime, kindergartenId: string, month: string, now: Date): Promise<RuleOutcome[]> {
  const state = await loadRulesState(db, rules.library);
  const evaluation = await evaluateMealFundMonth(db, rules, state, kindergartenId, month, now);
  await storeMealFundEvaluations(db, rules, [evaluation], now);
  return evaluation.outcomes;
}
