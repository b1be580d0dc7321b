/**
 * draft-public-case (topic case.decided, every decision): a case decided with
 * a violation gets its public case drafted for the officers (publication,
 * rule R20); a case decided anew has its earlier decision's public cases
 * taken down.
 * Idempotent by the decision's key: a retried job drafts nothing twice.
 */
import { draftPublicCase } from "~/domain/publication/public-case-draft.server";
import type { JobContext } from "../context";
import type { Processor } from "../types";

export const draftPublicCaseProcessor: Processor<JobContext, "case.decided"> = async (ctx, payload) => {
  const outcome = await draftPublicCase(ctx.db, payload.caseId, new Date());
  ctx.logger.info({ caseId: payload.caseId, ...outcome }, "public case drafted");
};
