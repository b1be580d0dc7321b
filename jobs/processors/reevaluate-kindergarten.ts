/**
 * reevaluate-kindergarten (topic kindergarten.changed): a registry change of what the rules read of a kindergarten
 * (app/domain/registry) evaluates its account rules and its latest fee schedule again. The domain's
 * reevaluateKindergarten replaces what it found before, so a retried or duplicated job leaves the same flags.
 */
import { NoResultError } from "kysely";
import { reevaluateKindergarten } from "~/domain/filings/reevaluate-kindergarten.server";
import { UnrecoverableError } from "../unrecoverable";
import type { JobContext } from "../context";
import type { Processor } from "../types";

export const reevaluateKindergartenProcessor: Processor<JobContext, "kindergarten.changed"> = async (ctx, payload) => {
  const result = await reevaluateKindergarten({ db: ctx.db, rules: ctx.rules }, payload.kindergartenId).catch((err) => {
    // The kindergarten is read first: retrying cannot make a deleted one appear.
    throw err instanceof NoResultError ? new UnrecoverableError(`kindergarten ${payload.kindergartenId} not found`) : err;
  });
  ctx.logger.info(
    {
      kindergartenId: payload.kindergartenId,
      accountFired: result.account.filter((o) => o.fired).map((o) => `${o.ruleId}:${o.severity}`),
      filingId: result.filingId,
      filingFired: result.filing.filter((o) => o.fired).length,
      cases: result.caseIds.length,
    },
    "kindergarten re-evaluated after a registry change",
  );
};
