/**
 * The kindergarten's answer to a complaint in mediation (投诉举报处理暂行办法
 * Art. 16–22): what it says, and the refund it made if any. Client-safe.
 */
import { z } from "zod";
import { blankAsMissing } from "~/domain/result";
import { amountIssue, parseYuanToFen } from "~/utils/money";
import { CHARGED_TOO_LARGE, MAX_CHARGED_FEN } from "./complaint.schema";

export const ANSWER_MAX = 2000;
/** Evidence files per answer (refund receipts, the corrected notice). */
export const MAX_ANSWER_FILES = 5;

export const complaintAnswerInput = z.object({
  explanation: z
    .string({ error: "complaintAnswer.explanation.required" })
    .trim()
    .min(1, "complaintAnswer.explanation.required")
    .max(ANSWER_MAX, "answer.explanation.tooLong"),
  refund: z.preprocess(
    blankAsMissing,
    z
      .string()
      .transform((s, ctx) => {
        const fen = parseYuanToFen(s.trim());
        if (fen === null) {
          ctx.addIssue({ code: "custom", message: amountIssue(s, { invalid: "complaint.item.amount.invalid", tooLarge: CHARGED_TOO_LARGE }) });
          return z.NEVER;
        }
        return fen;
      })
      .pipe(z.number().int().positive("complaint.item.amount.positive").max(MAX_CHARGED_FEN, CHARGED_TOO_LARGE))
      .optional(),
  ),
});
export type ComplaintAnswerInput = z.infer<typeof complaintAnswerInput>;
