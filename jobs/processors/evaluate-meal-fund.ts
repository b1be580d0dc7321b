/**
 * evaluate-meal-fund (topic meal_fund.filed): a month's meal-fund account
 * was filed or corrected; R15 runs for that month on today's facts and what
 * fires replaces the month's findings. The domain's reevaluateMealFundMonth
 * replaces rather than adds, so a retried or duplicated job leaves the same
 * flags.
 */
import { UnrecoverableError } from "../unrecoverable";
import { NoResultError } from "kysely";
import { reevaluateMealFundMonth } from "~/domain/meal-fund/meal-fund-rules.server";
import type { JobContext } from "../context";
import type { Processor } from "../types";

export const evaluateMealFundProcessor: Processor<JobContext, "meal_fund.filed"> = async (ctx, payload) => {
  const outcomes = await reevaluateMealFundMonth(ctx.db, ctx.rules, payload.kindergartenId, payload.month, new Date()).catch((err) => {
    // The kindergarten is read first and must exist (the account row references it): retrying cannot make it appear.
    throw err instanceof NoResultError ? new UnrecoverableError(`kindergarten ${payload.kindergartenId} not found`) : err;
  });
  ctx.logger.info(
    { kindergartenId: payload.kindergartenId, month: payload.month, fired: outcomes.filter((o) => o.fired).map((o) => `${o.ruleId}:${o.severity}`) },
    "meal-fund month evaluated",
  );
};
