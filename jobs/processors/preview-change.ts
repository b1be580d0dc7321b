/**
 * preview-change (topic preview.compute): compute a stored preview of a draft
 * change. Idempotent in the domain (computeStoredPreview leaves a preview that
 * is no longer pending alone).
 */
import { computeStoredPreview } from "~/domain/changes/preview-jobs.server";
import type { JobContext } from "../context";
import type { Processor } from "../types";

export const previewChangeProcessor: Processor<JobContext, "preview.compute"> = async (ctx, payload) => {
  const stored = await computeStoredPreview({ db: ctx.db, rules: ctx.rules }, payload.previewId);
  ctx.logger.info({ previewId: payload.previewId, stored }, stored ? "change preview stored" : "change preview not pending: skipped");
};
