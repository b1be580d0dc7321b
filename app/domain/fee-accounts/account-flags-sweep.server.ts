/**
 * The account-flags sweep (scheduled by jobs/schedules.ts). A kindergarten's
 * current account flags (A01 on the account in force, A02 on parents'
 * mismatching checks of the last 30 days) are evaluated when a parent's check
 * does not match (the account-check job). Left at that, an A02 flag would
 * outlive its window, and a rule version switched or a regional param
 * changed would never reach flags already stored. So, once a day, the
 * kindergartens that have current flags or mismatching checks in the window
 * are evaluated again: those whose last evaluation (account_flag_checks) was
 * on an earlier day or under other rules (judgedUnderKey).
 *
 * Idempotent: a kindergarten evaluated today under the rules in force is
 * skipped, and an evaluation replaces its current flags, so a repeated or
 * concurrent run changes nothing more. Read a page of kindergartens at a time
 * in id order; each evaluation is its own short transaction, and the event
 * loop gets a turn every slice of work (a web process may run it embedded).
 */
import type { DB } from "~/db/client";
import { judgedUnderKey, loadRulesState, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { eventLoopSlicer } from "~/utils/event-loop";
import { shanghaiDate } from "~/utils/working-days";
import { mismatchWindowStart, reevaluateKindergartenAccount } from "./account-rules.server";

export const ACCOUNT_FLAGS_SWEEP_PAGE = 200;

export interface AccountFlagsSweepResult {
  /** Kindergartens evaluated by this run. */
  evaluated: number;
  /** Of them, those left with at least one current flag. */
  flagged: number;
}

export async function sweepAccountFlags(db: DB, rules: RulesRuntime, now = new Date(), opts: { pageSize?: number } = {}): Promise<AccountFlagsSweepResult> {
  const pageSize = opts.pageSize ?? ACCOUNT_FLAGS_SWEEP_PAGE;
  const today = shanghaiDate(now);
  const windowStart = mismatchWindowStart(today);
  const state = await loadRulesState(db, rules.library);
  const slice = eventLoopSlicer();
  const result: AccountFlagsSweepResult = { evaluated: 0, flagged: 0 };
  let after = "";
  for (;;) {
    const ids = await db
      .selectFrom("account_flags")
      .select("kindergarten_id")
      .where("account_id", "is", null)
      .where("kindergarten_id", ">", after)
      .union(db.selectFrom("account_check_mismatches").select("kindergarten_id").where("checked_at", ">=", windowStart).where("kindergarten_id", ">", after))
      .orderBy("kindergarten_id")
      .limit(pageSize)
      .execute();
    if (ids.length === 0) break;
    after = ids[ids.length - 1].kindergarten_id;
    const page = await db
      .selectFrom("kindergartens as k")
      .leftJoin("account_flag_checks as c", "c.kindergarten_id", "k.id")
      .select(["k.id", "k.region_code", "c.evaluated_on", "c.rules_key"])
      .where("k.id", "in", ids.map((r) => r.kindergarten_id))
      .orderBy("k.id")
      .execute();
    for (const kg of page) {
      await slice();
      if (kg.evaluated_on !== null && kg.evaluated_on >= today && kg.rules_key === judgedUnderKey(rules, state, kg.region_code, [[today, "account"]])) continue;
      const outcomes = await reevaluateKindergartenAccount(db, rules, kg.id, now, state);
      result.evaluated += 1;
      if (outcomes.some((o) => o.fired && o.severity !== null)) result.flagged += 1;
    }
    if (ids.length < pageSize) break;
  }
  return result;
}
