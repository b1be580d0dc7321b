/**
 * What waits for a kindergarten's bookkeeper besides the authority's notices (those are listed on their own): the
 * parents' complaints in mediation not answered yet, the meal-fund months past their due date without an account or
 * with a finding, and the fee account when it is returned, missing or waiting for review. Read from the same
 * queries as each section's own page, so the home page and the sections never disagree.
 */
import type { DB } from "~/db/client";
import { kindergartenComplaints } from "~/domain/complaints/complaint-kindergarten.server";
import { operatorAccounts } from "~/domain/fee-accounts/fee-account.queries.server";
import { operatorMealFund } from "~/domain/meal-fund/meal-fund.queries.server";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";

export interface OperatorTodo {
  /** Complaints in mediation the kindergarten has not answered. */
  complaintsToAnswer: number;
  /** Months past their due date with no account filed, newest first. */
  mealFundMissing: string[];
  /** Months whose account the rules found fault with. */
  mealFundFlagged: number;
  /** The fee account's filing when it needs the bookkeeper (returned, none filed) or is with the reviewer. */
  account: "returned" | "none" | "pending" | null;
}

export async function operatorTodo(db: DB, rules: RulesRuntime, actor: Actor, now = new Date()): Promise<OperatorTodo> {
  const [complaints, mealFund, accounts] = await Promise.all([kindergartenComplaints(db, actor), operatorMealFund(db, rules, actor, now), operatorAccounts(db, actor, now)]);
  const latest = accounts?.accounts[0];
  return {
    complaintsToAnswer: (complaints ?? []).filter((c) => c.status === "mediating" && !c.answered).length,
    mealFundMissing: (mealFund?.months ?? []).filter((m) => m.state === "missing").map((m) => m.month),
    mealFundFlagged: (mealFund?.months ?? []).filter((m) => m.flags.length > 0).length,
    account: !accounts ? null : latest?.status === "returned" ? "returned" : accounts.hasPending ? "pending" : accounts.accounts.some((a) => a.inForce) ? null : "none",
  };
}
