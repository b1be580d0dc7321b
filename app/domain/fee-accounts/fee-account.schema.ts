/**
 * The fee-account filing form (民办教育促进法实施条例 Art. 44). A corporate
 * settlement account has no public check digit and its length depends on the
 * bank, so the number is checked loosely (digits, 8–30 long) and never with
 * Luhn, which only personal cards follow. Client-safe: the form validates
 * with the same schema.
 */
import { z } from "zod";
import type { AccountStatus } from "~/db/schema";
import { besideFieldChecks, tooLong } from "~/domain/result";
import { encodeMessage } from "~/i18n";
import { addDays, isCivilDate } from "~/utils/civil-date";
import { startsAfterApproved } from "./account-approval";

export const ACCOUNT_NUMBER_MIN = 8;
export const ACCOUNT_NUMBER_MAX = 30;
/** An account number's input takes spaces and hyphens between the digits: twice the digits. */
export const ACCOUNT_NUMBER_INPUT_MAX = ACCOUNT_NUMBER_MAX * 2;
export const RETURN_REASON_MAX = 500;

/** A filing's state, for the pages that pass it to nextFilingAction (routes import nothing from db/). */
export type { AccountStatus };

/**
 * The button that files the kindergarten's next account after its latest filing, as its account page names it:
 * 重新备案 once that filing is returned or withdrawn (the form starts from its values: refilingDraft), and for one
 * awaiting review, which is withdrawn first; 备案新账户 after an approved one, or with none. A01's advice names the
 * button by the same rule: it told a bookkeeper with a returned filing to click 备案新账户, which the page did not show;
 * so does R09's on a fee filing's page, given the kindergarten's latest filing state (latestAccountStatus).
 */
export function nextFilingAction(latest: AccountStatus | null | undefined): "fileAgain" | "fileNew" {
  return !latest || latest === "approved" ? "fileNew" : "fileAgain";
}

/** What people type between digit groups: spaces of any width and hyphens. */
export function compactAccountNumber(raw: string): string {
  return raw.normalize("NFKC").replace(/[\s-]+/gu, "");
}

// A field's own "required" message whether the field came empty ("", the raw form the domain reads) or absent
// (undefined: conform drops an empty field before the browser's check): the same words with and without JavaScript.
const text = (max: number, required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(max, tooLong(max));

const civilDate = z.preprocess(
  (v) => (v === "" ? undefined : v),
  z.string({ error: "account.effectiveFrom.required" }).refine(isCivilDate, "form.date.invalid"),
);

/** How far ahead an account may be filed to take effect. */
export const MAX_LEAD_DAYS = 366;

/**
 * What the effective date is checked against: the day (Shanghai) and the latest start of the kindergarten's
 * approved accounts (latestApprovedStart; null: none), past which a new account must start to be approvable.
 */
export interface FilingBounds {
  today: string;
  latestApprovedStart: string | null;
}

/**
 * The filing form, its effective date checked against `bounds` when given. The page checks with what its loader
 * read and the domain with its own clock and database, each in the same pass as the form's other mistakes, so
 * the bookkeeper hears of them all at once.
 */
export const accountFilingOn = (bounds: FilingBounds | null) =>
  z
    .object({
      bankName: text(60, "account.bankName.required"),
      branchName: text(60, "account.branchName.required"),
      accountName: text(100, "account.accountName.required"),
      accountNumber: z
        .string({ error: "account.accountNumber.required" })
        .transform(compactAccountNumber)
        .pipe(
          // conform's check turns the compacted "" into undefined here too: missing, in the same words.
          z
            .string({ error: "account.accountNumber.required" })
            // Nothing typed is told as missing only (as conform's absent field is), not also as too short.
            .min(1, { error: "account.accountNumber.required", abort: true })
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
    })
    // Beside the field checks: a date in the past is told in the same round as an empty bank.
    .superRefine((input, ctx) => {
      if (bounds !== null) checkEffectiveFrom(input.effectiveFrom, bounds, ctx);
    }, besideFieldChecks);

/** The form's shape with no clock: the type. */
export const accountFilingInput = accountFilingOn(null);
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
/** Filings the queue's CSV holds at most, in the tab's order (a province's office narrows by search). */
export const ACCOUNT_EXPORT_MAX_ROWS = 50_000;
/** Filings read a statement for the CSV. */
export const ACCOUNT_EXPORT_CHUNK_ROWS = 1_000;

/** The last four digits: all the public ever sees of a filed number. */
export function lastFour(accountNumber: string): string {
  return accountNumber.slice(-4);
}

/**
 * The effective date against the day and the approved accounts. Runs beside the field checks
 * (besideFieldChecks), over what could be read: only a well-formed date is compared, anything else has its own
 * message from its field.
 */
function checkEffectiveFrom(value: unknown, bounds: FilingBounds, ctx: z.RefinementCtx): void {
  if (typeof value !== "string" || !isCivilDate(value)) return;
  const issue = (key: string, vars?: Record<string, string | number>) =>
    ctx.addIssue({ code: "custom", path: ["effectiveFrom"], message: encodeMessage({ key, vars }) });
  if (value < bounds.today) issue("account.effectiveFrom.past");
  else if (value > addDays(bounds.today, MAX_LEAD_DAYS)) issue("account.effectiveFrom.tooFar", { days: MAX_LEAD_DAYS });
  // An approved account starting on or after this date could never be replaced by this one: approval would be refused.
  // Beside "not before today" it is said only when it asks more (an approved account starting today or later): the
  // start of the account in force since last year is no news to a date in the past.
  const approvedStart = bounds.latestApprovedStart;
  if (!startsAfterApproved(value, approvedStart) && (value >= bounds.today || approvedStart! >= bounds.today)) {
    issue("account.effectiveFrom.afterApproved", { date: approvedStart! });
  }
}
