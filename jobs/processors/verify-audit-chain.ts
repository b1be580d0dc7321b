/**
 * verify-audit-chain (topic audit_chain.verify): one stretch of a verification
 * of the audit chain. All state lives in the domain's runAuditVerificationStretch,
 * which is idempotent (a stretch already walked, or of a verification that has
 * ended, is a no-op) and enqueues the next stretch in the same transaction as
 * this one's progress, so the walk survives crashes. It gives the event loop a
 * turn every slice: in the web process (the in-process runner) requests are
 * answered meanwhile.
 */
import { AuditVerificationNotFoundError, DEFAULT_VERIFICATION_STRETCH, runAuditVerificationStretch } from "~/domain/audit/audit-verification.server";
import { eventLoopSlicer } from "~/utils/event-loop";
import { UnrecoverableError } from "../unrecoverable";
import type { JobContext } from "../context";
import type { Processor } from "../types";

export function createVerifyAuditChainProcessor(stretch = DEFAULT_VERIFICATION_STRETCH): Processor<JobContext, "audit_chain.verify"> {
  return async (ctx, payload) => {
    const outcome = await runAuditVerificationStretch(ctx.db, payload, { stretch, slice: eventLoopSlicer() }).catch((err) => {
      // Retrying cannot make a missing verification appear.
      throw err instanceof AuditVerificationNotFoundError ? new UnrecoverableError(err.message) : err;
    });
    ctx.logger.info({ verificationId: payload.verificationId, afterSeq: payload.afterSeq, ...outcome }, outcome.ran ? "audit chain stretch verified" : "audit chain stretch already done: skipped");
  };
}

export const verifyAuditChainProcessor = createVerifyAuditChainProcessor();
