/**
 * Outbox topics and their payloads. The domain writes them; jobs/ reads them.
 * Living in the domain keeps the import graph one way (jobs → domain).
 */
import { z } from "zod";

export const topicPayloads = {
  /**
   * Evaluate a filing: filed, or judged again because what the rules read changed. `cause`: what changed, for the
   * timeline of a case whose reason the evaluation finds gone (absent: the filing itself).
   */
  "filing.submitted": z.object({
    filingId: z.string().min(1),
    cause: z.object({ kind: z.literal("account_approved"), accountId: z.string().min(1) }).optional(),
  }),
  /** One batch of a re-evaluation run: the active filings after this kindergarten id (null: from the start). */
  "reevaluation.batch": z.object({ runId: z.string().min(1), afterCursor: z.string().min(1).nullable() }),
  /** Compute a stored preview of a draft change (change_previews row). */
  "preview.compute": z.object({ previewId: z.string().min(1) }),
  /** A parent's account check did not match: re-evaluate the kindergarten's account rules (A02 counts mismatches). */
  "account_check.mismatch": z.object({ kindergartenId: z.string().min(1) }),
  /** A complaint or report was received: triage it against what the kindergarten filed (complaint rules). */
  "complaint.received": z.object({ complaintId: z.string().min(1) }),
  /** A case was decided with a violation: draft its public case (publication, rule R20). */
  "case.decided": z.object({ caseId: z.string().min(1) }),
  /** A month's meal-fund account was filed (or corrected): evaluate R15 for that month. */
  "meal_fund.filed": z.object({ kindergartenId: z.string().min(1), month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }),
  /** A kindergarten's registry record changed what the rules read of it (name, nature, grade, region): evaluate it again. */
  "kindergarten.changed": z.object({ kindergartenId: z.string().min(1) }),
  /**
   * A stretch of a verification of the audit chain (app/domain/audit/audit-verification.server.ts): the entries after
   * `afterSeq`, the last one the verification checked so far (0: from the chain's start).
   */
  "audit_chain.verify": z.object({ verificationId: z.string().min(1), afterSeq: z.number().int().min(0) }),
} as const;

export type Topic = keyof typeof topicPayloads;
export type TopicPayload<T extends Topic> = z.infer<(typeof topicPayloads)[T]>;

export function parsePayload<T extends Topic>(topic: T, raw: string): TopicPayload<T> {
  return topicPayloads[topic].parse(JSON.parse(raw)) as TopicPayload<T>;
}

export function isTopic(topic: string): topic is Topic {
  return Object.hasOwn(topicPayloads, topic);
}
