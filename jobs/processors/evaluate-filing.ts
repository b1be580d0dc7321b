/**
 * evaluate-filing (topic filing.submitted): runs the active rules over a
 * submitted filing. All state lives in the domain's evaluateFiling, which is
 * idempotent (upserted results, cases deduplicated), so a retry is harmless.
 */
import { UnrecoverableError } from "../unrecoverable";
import { evaluateFiling, FilingNotFoundError } from "~/domain/filings/evaluate.server";
import type { JobContext } from "../context";
import type { Processor } from "../types";

export const evaluateFilingProcessor: Processor<JobContext, "filing.submitted"> = async (ctx, payload) => {
  const { outcomes, caseIds } = await evaluateFiling({ db: ctx.db, rules: ctx.rules }, payload.filingId, payload.cause).catch((err) => {
    // Retrying cannot make a missing filing appear.
    throw err instanceof FilingNotFoundError ? new UnrecoverableError(err.message) : err;
  });
  ctx.logger.info(
    { filingId: payload.filingId, rules: outcomes.length, fired: outcomes.filter((o) => o.fired).length, cases: caseIds.length },
    "filing evaluated",
  );
};
