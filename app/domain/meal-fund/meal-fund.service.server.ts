/**
 * Filing a month's meal-fund account (学前教育法 Art. 69 ¶1). Owns the
 * invariants:
 * - an operator files for their own kindergarten only, an active one;
 * - a month from 2025-06 (the law's first month), not one still to begin, at
 *   most MEAL_FUND_FILING_MONTHS back;
 * - one account per kindergarten and month: filing a month again is a
 *   correction, stored as the next revision (no row is ever edited), so the
 *   history and the first filing day (what R15 judges lateness by) stay;
 * - a filing identical to the month's current revision (the same figures
 *   and note: the browser's Back restored the form and it was sent again
 *   under a fresh key) stores nothing and answers with that revision,
 *   `unchanged`: an identical "correction" would read to officers as one;
 * - a filing is published at once (the public page shows the latest
 *   revision), audited, and writes a `meal_fund.filed` outbox row in its
 *   transaction: the job evaluates R15 for the month.
 */
import type { DB } from "~/db/client";
import { lockFor } from "~/db/locks";
import { recordAudit } from "~/domain/audit/audit.server";
import { enqueue } from "~/domain/outbox/outbox.server";
import { addFieldError, fail, invalid, issuesToFieldErrors, message, type Result } from "~/domain/result";
import { submissionClaim, submitOnce, type Replayable } from "~/domain/submissions/submission.service.server";
import { hasPermission, type Actor } from "~/domain/users/actor";
import { shiftMonth } from "~/rules/facts/meal-fund/registry";
import { newId } from "~/utils/ids";
import { shanghaiDate } from "~/utils/working-days";
import { MEAL_FUND_FILING_MONTHS, MEAL_FUND_FIRST_MONTH, MEAL_FUND_SPENDING_KINDS, mealFundInput, storedSpending } from "./meal-fund.schema";

export interface FileMealFundArgs {
  db: DB;
  actor: Actor;
  /** The kindergarten the form was for: must be the operator's own. */
  kindergartenId: string;
  input: unknown;
  submissionKey: unknown;
  requestId?: string | null;
  now?: Date;
}

/** `unchanged`: identical to the month's current revision, which is answered (nothing was stored). */
export type FiledMealFund = { accountId: string; month: string; revision: number; unchanged: boolean };

export async function fileMealFund(args: FileMealFundArgs): Promise<Result<Replayable<FiledMealFund>>> {
  const now = args.now ?? new Date();
  const { actor } = args;
  if (!hasPermission(actor, "file:meal-fund:own") || !actor.kindergartenId || actor.kindergartenId !== args.kindergartenId) {
    return fail("forbidden", "mealFund.forbidden");
  }
  const parsed = mealFundInput.safeParse(args.input);
  const errors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  const current = shanghaiDate(now).slice(0, 7);
  if (parsed.success) {
    const { month } = parsed.data;
    if (month < MEAL_FUND_FIRST_MONTH) addFieldError(errors, "month", message("mealFund.month.tooEarly", { first: MEAL_FUND_FIRST_MONTH }));
    else if (month > current) addFieldError(errors, "month", message("mealFund.month.future"));
    else if (month < shiftMonth(current, -MEAL_FUND_FILING_MONTHS)) addFieldError(errors, "month", message("mealFund.month.tooOld", { months: MEAL_FUND_FILING_MONTHS }));
  }
  if (!parsed.success || Object.keys(errors).length > 0) return invalid(errors);
  const input = parsed.data;

  const claimed = submissionClaim({ actorId: actor.id, form: "meal_fund_account", key: args.submissionKey, content: { kindergartenId: args.kindergartenId, input } });
  if (!claimed.ok) return claimed;

  const kg = await args.db.selectFrom("kindergartens").select(["status"]).where("id", "=", args.kindergartenId).executeTakeFirst();
  if (!kg) return fail("forbidden", "mealFund.forbidden");
  if (kg.status !== "active") return fail("conflict", "mealFund.kindergartenInactive");

  const spending = MEAL_FUND_SPENDING_KINDS.map((kind) => ({ kind, amountFen: input.spending[kind] }));
  const spendingFen = spending.reduce((sum, s) => sum + s.amountFen, 0);

  return submitOnce<FiledMealFund>(args.db, claimed.claim, async (trx) => {
    // Two filings of one month at once (two tabs, two keys) must not both take the same revision number.
    await lockFor(trx, `meal-fund:${args.kindergartenId}:${input.month}`);
    const last = await trx
      .selectFrom("meal_fund_accounts")
      .select(["id", "revision", "income_fen", "spending", "child_count", "meal_days", "note"])
      .where("kindergarten_id", "=", args.kindergartenId)
      .where("month", "=", input.month)
      .orderBy("revision", "desc")
      .limit(1)
      .executeTakeFirst();
    if (last && sameAsFiled(last, { incomeFen: input.income, spending, childCount: input.childCount, mealDays: input.mealDays, note: input.note })) {
      return { ok: true, accountId: last.id, month: input.month, revision: Number(last.revision), unchanged: true };
    }
    const revision = Number(last?.revision ?? 0) + 1;
    const accountId = newId();
    await trx
      .insertInto("meal_fund_accounts")
      .values({
        id: accountId,
        kindergarten_id: args.kindergartenId,
        month: input.month,
        revision,
        income_fen: input.income,
        spending_fen: spendingFen,
        spending: JSON.stringify(spending),
        child_count: input.childCount,
        meal_days: input.mealDays,
        note: input.note,
        filed_at: now.toISOString(),
        filed_on: shanghaiDate(now),
        filed_by: actor.id,
      })
      .execute();
    await enqueue(trx, "meal_fund.filed", { kindergartenId: args.kindergartenId, month: input.month }, now);
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: revision === 1 ? "meal_fund.file" : "meal_fund.correct",
        entity: "meal_fund_account",
        entityId: accountId,
        detail: { month: input.month, revision, incomeFen: input.income, spendingFen },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true, accountId, month: input.month, revision, unchanged: false };
  });
}

/**
 * Whether a filing says exactly what the stored revision says: income, each
 * kind's spending, children, meal days and note (already trimmed by the
 * schema). A stored spending list that does not parse is never "the same".
 */
function sameAsFiled(
  row: { income_fen: number | string; spending: string; child_count: number | string; meal_days: number | string; note: string | null },
  filing: { incomeFen: number; spending: { kind: string; amountFen: number }[]; childCount: number; mealDays: number; note: string },
): boolean {
  if (Number(row.income_fen) !== filing.incomeFen || Number(row.child_count) !== filing.childCount || Number(row.meal_days) !== filing.mealDays) return false;
  if ((row.note ?? "") !== filing.note) return false;
  let stored: unknown;
  try {
    stored = JSON.parse(row.spending);
  } catch {
    return false;
  }
  const parsed = storedSpending.safeParse(stored);
  if (!parsed.success) return false;
  const byKind = new Map(parsed.data.map((s) => [s.kind, s.amountFen]));
  return byKind.size === filing.spending.length && filing.spending.every((s) => byKind.get(s.kind as never) === s.amountFen);
}
