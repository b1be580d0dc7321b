/**
 * Demo meal-fund accounts (学前教育法 Art. 69 ¶1; rule R15), filed through the
 * domain as the operators would have, on the days they would have, then
 * evaluated as the filing job and the sweep would:
 *
 * - kg002 (海曙, 普惠) files the last four months on the 5th of each next
 *   month, in time, but keeps about 10 % of its meal money: its running
 *   surplus is above the 5 % limit (amber, surplus);
 * - kg005 (海曙, for-profit) files the months before last in time, and last
 *   month's before-last on the 20th instead of the 15th (amber, late); last
 *   month's account it has not filed, which the sweep flags missing once its
 *   due date has passed;
 * - kg003 (海曙) files in time and spends what it collects: nothing to flag.
 */
import type { Kysely } from "kysely";
import type { Database } from "~/db/schema";
import { reevaluateMealFundMonth } from "~/domain/meal-fund/meal-fund-rules.server";
import { fileMealFund } from "~/domain/meal-fund/meal-fund.service.server";
import { toActor } from "~/domain/users/auth.server";
import { sweepMealFunds } from "~/domain/meal-fund/meal-fund-sweep.server";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { shiftMonth } from "~/rules/facts/meal-fund/registry";
import { newSubmissionKey } from "~/domain/submissions/submission.service.server";
import { shanghaiDate } from "~/utils/working-days";

interface MonthSpec {
  /** Months before the current one (1 = last month). */
  ago: number;
  /** Day of the next month the account is filed on. */
  filedDay: number;
  incomeYuan: number;
  /** Share of the income spent, in per mille. */
  spentPerMille: number;
}

const STORIES: Record<string, MonthSpec[]> = {
  kg002: [4, 3, 2, 1].map((ago) => ({ ago, filedDay: 5, incomeYuan: 126_000 + ago * 1_500, spentPerMille: 898 })),
  kg005: [
    { ago: 4, filedDay: 12, incomeYuan: 88_000, spentPerMille: 985 },
    { ago: 3, filedDay: 14, incomeYuan: 90_500, spentPerMille: 990 },
    { ago: 2, filedDay: 20, incomeYuan: 91_200, spentPerMille: 978 },
  ],
  kg003: [3, 2, 1].map((ago) => ({ ago, filedDay: 8, incomeYuan: 102_000 - ago * 800, spentPerMille: 992 })),
};

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** Spending split over the kinds the way a kindergarten's kitchen spends: mostly food. */
function spendingOf(totalFen: number) {
  const fuel = Math.round(totalFen * 0.04);
  const utensils = Math.round(totalFen * 0.015);
  const other = Math.round(totalFen * 0.01);
  return { food: yuan(totalFen - fuel - utensils - other), fuel: yuan(fuel), utensils: yuan(utensils), other: yuan(other) };
}

async function operatorOf(db: Kysely<Database>, username: string): Promise<Actor | null> {
  const u = await db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
  if (!u || !u.kindergarten_id) return null;
  return toActor(u);
}

export async function seedMealFunds(db: Kysely<Database>, rules: RulesRuntime, now: Date): Promise<void> {
  const today = shanghaiDate(now);
  const current = today.slice(0, 7);
  for (const [username, months] of Object.entries(STORIES)) {
    const operator = await operatorOf(db, username);
    if (!operator) continue;
    // The demo's kindergartens are registered today; their stories begin months earlier.
    await db.updateTable("kindergartens").set({ created_at: `${shiftMonth(current, -6)}-01T00:00:00.000Z` }).where("id", "=", operator.kindergartenId!).execute();
    for (const spec of months) {
      const month = shiftMonth(current, -spec.ago);
      const day = `${shiftMonth(month, 1)}-${String(spec.filedDay).padStart(2, "0")}`;
      const filedOn = day < today ? day : today;
      const incomeFen = spec.incomeYuan * 100;
      const result = await fileMealFund({
        db,
        actor: operator,
        kindergartenId: operator.kindergartenId!,
        input: { month, income: yuan(incomeFen), spending: spendingOf(Math.round((incomeFen * spec.spentPerMille) / 1000)), childCount: "136", mealDays: "21", note: "" },
        submissionKey: newSubmissionKey(),
        now: new Date(`${filedOn}T09:30:00+08:00`),
      });
      if (!result.ok) throw new Error(`demo meal-fund account ${username} ${month} refused: ${JSON.stringify(result)}`);
      await reevaluateMealFundMonth(db, rules, operator.kindergartenId!, month, now);
    }
  }
  // Last month's missing accounts, once their due date has passed.
  await sweepMealFunds(db, rules, now);
}
