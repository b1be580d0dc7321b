/**
 * reevaluate (topic reevaluation.batch): one batch of a re-evaluation run.
 * All state lives in the domain's runReevaluationBatch, which is idempotent
 * (a stale or repeated payload is a no-op) and enqueues the next batch in the
 * same transaction as this one's results, so the chain survives crashes.
 */
import { UnrecoverableError } from "../unrecoverable";
import {
  DEFAULT_REEVALUATION_BATCH,
  ReevaluationRunNotFoundError,
  runReevaluationBatch,
} from "~/domain/changes/reevaluation.server";
import type { JobContext } from "../context";
import type { Processor } from "../types";

export function createReevaluateProcessor(batchSize = DEFAULT_REEVALUATION_BATCH): Processor<JobContext, "reevaluation.batch"> {
  return async (ctx, payload) => {
    const outcome = await runReevaluationBatch({ db: ctx.db, rules: ctx.rules }, payload, batchSize).catch((err) => {
      // Retrying cannot make a missing run appear.
      throw err instanceof ReevaluationRunNotFoundError ? new UnrecoverableError(err.message) : err;
    });
    ctx.logger.info({ runId: payload.runId, afterCursor: payload.afterCursor, ...outcome }, outcome.ran ? "re-evaluation batch done" : "re-evaluation batch already done: skipped");
  };
}

export const reevaluateProcessor = createReevaluateProcessor();
