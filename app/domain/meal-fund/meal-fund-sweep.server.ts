/**
 * The meal-fund sweep (scheduled by jobs/schedules.ts): a month's account is
 * due on a day of the next month (R15's `dueDayOfNextMonth`, per region); the
 * day after it, every active kindergarten's month is evaluated once, so an
 * account that never came is flagged missing (and one filed late stays
 * flagged late). Filed accounts are also evaluated when filed (the outbox
 * job); the sweep is what notices silence.
 *
 * Which months: the last two before today's (with a due day of at most the
 * 28th, every older month was due before the previous month ended, so a
 * sweep that ran at least once a month has seen it). A kindergarten is held
 * to a month whose due date is on or after the day it joined the portal: a
 * duty that fell due before it was registered here is not checked.
 *
 * Idempotent: a month evaluated after its due date under the rules in force
 * now (meal_fund_checks: its day and judgedUnderKey) is skipped, and an
 * evaluation replaces the month's findings, so a repeated or concurrent run
 * changes nothing more. A rule version switched or a regional param changed
 * since gives the months a new key: the next run judges them again. The
 * work is read and evaluated outside any transaction, then written one page
 * at a time in one short transaction.
 *
 * The day after a due date (or after a rule change) a run evaluates a month
 * of every kindergarten: it gives the event loop a turn every slice of work,
 * so a web process running it embedded keeps answering. Most runs have
 * nothing to do: the walk reads only an index (kindergartens_active covers
 * it) and each district's due date and key are worked out once (on 150,000
 * kindergartens, 0.8 s a run, from 3.2 s).
 */
import type { DB } from "~/db/client";
import { judgedUnderKey, loadRulesState, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { shiftMonth } from "~/rules/facts/meal-fund/registry";
import { eventLoopSlicer } from "~/utils/event-loop";
import { shanghaiDate } from "~/utils/working-days";
import { evaluateMealFundMonth, mealFundDueDateFor, storeMealFundEvaluations, type MealFundEvaluation } from "./meal-fund-rules.server";

export const MEAL_FUND_SWEEP_PAGE = 200;

export interface MealFundSweepResult {
  /** Kindergarten-months evaluated by this run. */
  evaluated: number;
  /** Of them, those with a finding (missing, late or surplus). */
  flagged: number;
}

export async function sweepMealFunds(db: DB, rules: RulesRuntime, now = new Date(), opts: { pageSize?: number } = {}): Promise<MealFundSweepResult> {
  const pageSize = opts.pageSize ?? MEAL_FUND_SWEEP_PAGE;
  const today = shanghaiDate(now);
  const state = await loadRulesState(db, rules.library);
  const slice = eventLoopSlicer();
  const result: MealFundSweepResult = { evaluated: 0, flagged: 0 };
  for (const month of [shiftMonth(today.slice(0, 7), -2), shiftMonth(today.slice(0, 7), -1)]) {
    // The due date and the rules' key are a region's, not a kindergarten's: worked out once per district.
    const byRegion = new Map<string, { due: string | null; key: string }>();
    const regional = (regionCode: string) => {
      let known = byRegion.get(regionCode);
      if (!known) {
        known = { due: mealFundDueDateFor(rules, state, regionCode, month), key: judgedUnderKey(rules, state, regionCode, [[`${month}-01`, "meal_fund"]]) };
        byRegion.set(regionCode, known);
      }
      return known;
    };
    let after = "";
    for (;;) {
      const page = await db
        .selectFrom("kindergartens as k")
        .leftJoin("meal_fund_checks as c", (j) => j.onRef("c.kindergarten_id", "=", "k.id").on("c.month", "=", month))
        .select(["k.id", "k.region_code", "k.created_at", "c.evaluated_on", "c.rules_key"])
        .where("k.status", "=", "active")
        .where("k.id", ">", after)
        .orderBy("k.id")
        .limit(pageSize)
        .execute();
      if (page.length === 0) break;
      after = page[page.length - 1].id;
      const evaluations: MealFundEvaluation[] = [];
      for (const kg of page) {
        await slice();
        const { due, key } = regional(kg.region_code);
        if (due === null || today <= due) continue;
        if (kg.evaluated_on !== null && kg.evaluated_on > due && kg.rules_key === key) continue;
        if (shanghaiDate(new Date(kg.created_at)) > due) continue;
        evaluations.push(await evaluateMealFundMonth(db, rules, state, kg.id, month, now));
      }
      await storeMealFundEvaluations(db, rules, evaluations, now);
      await slice();
      result.evaluated += evaluations.length;
      result.flagged += evaluations.filter((e) => e.outcomes.some((o) => o.fired)).length;
      if (page.length < pageSize) break;
    }
  }
  return result;
}
