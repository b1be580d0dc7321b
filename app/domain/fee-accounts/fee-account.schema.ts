/**
 * The fee-account filing form (民办教育促进法实施条例 Art. 44). A corporate
 * settlement account has no public check digit and its length depends on the
 * bank, so the number is checked loosely (digits, 8–30 long) and never with
 * Luhn, which only personal cards follow. Client-safe: the form validates
 * with the same schema.
 */
import { z } from "zod";
import { tooLong } from "~/domain/result";
import { isCivilDate } from "~/utils/civil-date";

export const ACCOUNT_NUMBER_MIN = 8;
export const ACCOUNT_NUMBER_MAX = 30;
export const RETURN_REASON_MAX = 500;

/** What people type between digit groups: spaces of any width and hyphens. */
export function compactAccountNumber(raw: string): string {
  return raw.normalize("NFKC").replace(/[\s-]+/gu, "");
}

const text = (max: number, required: string) =>
  z
    .string({ error: "form.required" })
    .trim()
    .min(1, required)
    .max(max, tooLong(max));

const civilDate = z.string({ error: "form.required" }).refine(isCivilDate, "form.date.invalid");

export const accountFilingInput = z.object({
  bankName: text(60, "account.bankName.required"),
  branchName: text(60, "account.branchName.required"),
  accountName: text(100, "account.accountName.required"),
  accountNumber: z
    .string({ error: "account.accountNumber.required" })
    .transform(compactAccountNumber)
    .pipe(
      z
        .string()
        .min(1, "account.accountNumber.required")
        .regex(/^\d+$/, "account.accountNumber.digits")
        .min(ACCOUNT_NUMBER_MIN, "account.accountNumber.length")
        .max(ACCOUNT_NUMBER_MAX, "account.accountNumber.length"),
    ),
  // Optional: conform turns an empty field into undefined (also inside a preprocess), the raw form sends "".
  cnapsCode: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\s+/g, "") || undefined : v),
    z.string().regex(/^\d{12}$/, "account.cnapsCode.format").optional(),
  ),
  effectiveFrom: civilDate,
});
export type AccountFilingInput = z.infer<typeof accountFilingInput>;

export const accountReviewInput = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("approve"), note: z.string().trim().max(RETURN_REASON_MAX, tooLong(RETURN_REASON_MAX)).optional().default("") }),
  z.object({
    decision: z.literal("return"),
    note: z.string({ error: "account.review.reasonRequired" }).trim().min(2, "account.review.reasonRequired").max(RETURN_REASON_MAX, tooLong(RETURN_REASON_MAX)),
  }),
], { error: "account.review.decision" });
export type AccountReviewInput = z.infer<typeof accountReviewInput>;

/** The review queue's tabs: filings by state. */
export const QUEUE_STATUSES = ["pending", "returned", "approved"] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** How far ahead an account may be filed to take effect. */
export const MAX_LEAD_DAYS = 366;

/** The last four digits: all the public ever sees of a filed number. */
export function lastFour(accountNumber: string): string {
  return accountNumber.slice(-4);
}
