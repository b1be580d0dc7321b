/**
 * reevaluate-account (topic account_check.mismatch): after a parent's check
 * did not match, the kindergarten's account rules run again on today's facts
 * (A02 counts the mismatches of the last 30 days) and what fires replaces the
 * kindergarten's current flags. The domain's reevaluateKindergartenAccount
 * replaces rather than adds, so a retried or duplicated job leaves the same
 * flags; several mismatches queued at once each re-count all of them.
 */
import { UnrecoverableError } from "../unrecoverable";
import { NoResultError } from "kysely";
import { reevaluateKindergartenAccount } from "~/domain/fee-accounts/account-rules.server";
import type { JobContext } from "../context";
import type { Processor } from "../types";

export const reevaluateAccountProcessor: Processor<JobContext, "account_check.mismatch"> = async (ctx, payload) => {
  const outcomes = await reevaluateKindergartenAccount(ctx.db, ctx.rules, payload.kindergartenId, new Date()).catch((err) => {
    // The kindergarten is read first and must exist (a mismatch row references it): retrying cannot make it appear.
    throw err instanceof NoResultError ? new UnrecoverableError(`kindergarten ${payload.kindergartenId} not found`) : err;
  });
  const fired = outcomes.filter((o) => o.fired);
  ctx.logger.info(
    { kindergartenId: payload.kindergartenId, rules: outcomes.length, fired: fired.map((o) => `${o.ruleId}:${o.severity}`) },
    "kindergarten's account rules re-evaluated",
  );
};
