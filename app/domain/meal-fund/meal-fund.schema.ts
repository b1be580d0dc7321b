/**
 * The meal-fund account form (学前教育法 Art. 69 ¶1: 伙食费 accounted for
 * separately and published) and its bounds. A month's spending is entered per
 * kind from a fixed list, each in yuan and stored in fen. Client-safe: the
 * form validates with the same schema.
 */
import { z } from "zod";
import { besideFieldChecks } from "~/domain/result";
import { encodeMessage } from "~/i18n";
import { amountIssue, parseYuanToFen } from "~/utils/money";
import { COUNT_WORDS, parseWholeNumber } from "~/utils/whole-number";

/** The kinds of meal spending, in the order the form and the public page show them. */
export const MEAL_FUND_SPENDING_KINDS = ["food", "fuel", "utensils", "other"] as const;
export type MealFundSpendingKind = (typeof MEAL_FUND_SPENDING_KINDS)[number];

/** The first month an account can be filed for: 学前教育法 is in force from 2025-06-01. */
export const MEAL_FUND_FIRST_MONTH = "2025-06";
/** How far back a month can still be filed or corrected. */
export const MEAL_FUND_FILING_MONTHS = 24;
/** Months the operator's list and the public page show. */
export const MEAL_FUND_SHOWN_MONTHS = 12;
export const MEAL_FUND_NOTE_MAX = 500;
/** 10 million yuan: far above any kindergarten's monthly meal money. */
export const MEAL_FUND_MAX_AMOUNT_FEN = 1_000_000_000;
/** The refusal of an amount above MEAL_FUND_MAX_AMOUNT_FEN, naming that maximum (in yuan): ten digits typed, or the range. */
const AMOUNT_TOO_LARGE = encodeMessage({ key: "mealFund.amount.tooLarge", vars: { max: MEAL_FUND_MAX_AMOUNT_FEN / 100 } });
export const MEAL_FUND_MAX_CHILDREN = 5000;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isMealFundMonth = (value: unknown): value is string => typeof value === "string" && MONTH.test(value);

/** The number of days of a month (YYYY-MM). */
export function daysInMonth(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

const amount = z
  .string({ error: "mealFund.amount.required" })
  .trim()
  .min(1, "mealFund.amount.required")
  .transform((s, ctx) => {
    const fen = parseYuanToFen(s);
    if (fen === null) {
      ctx.addIssue({ code: "custom", message: amountIssue(s, { invalid: "mealFund.amount.invalid", tooLarge: AMOUNT_TOO_LARGE }) });
      return z.NEVER;
    }
    return fen;
  })
  .pipe(z.number().int().max(MEAL_FUND_MAX_AMOUNT_FEN, AMOUNT_TOO_LARGE));

/** A count as typed: full-width digits and the count's own word ("１８０人", "21天") read as the number. */
const wholeNumber = (min: number, max: number, key: string, words: readonly string[]) =>
  z
    .string({ error: key })
    .transform((s, ctx) => {
      const value = parseWholeNumber(s, words);
      if (value === null) {
        ctx.addIssue({ code: "custom", message: key });
        return z.NEVER;
      }
      return value;
    })
    .pipe(z.number().int().min(min, key).max(max, key));

export const mealFundInput = z
  .object({
    month: z.string({ error: "mealFund.month.invalid" }).regex(MONTH, "mealFund.month.invalid"),
    income: amount,
    // All four left blank, conform sends no spending object at all: read as an empty one, so each field says it is
    // required (in the same answer as the rest), not the object once the others are fixed.
    spending: z
      .object({
        food: amount,
        fuel: amount,
        utensils: amount,
        other: amount,
      } satisfies Record<MealFundSpendingKind, typeof amount>)
      // prefault, not default: the empty object is parsed, so its fields' messages come.
      .prefault({} as Record<MealFundSpendingKind, string>),
    childCount: wholeNumber(1, MEAL_FUND_MAX_CHILDREN, "mealFund.childCount.invalid", COUNT_WORDS.children),
    mealDays: wholeNumber(0, 31, "mealFund.mealDays.invalid", COUNT_WORDS.days),
    // Optional: conform turns an empty field into undefined, the raw form sends "".
    note: z
      .string()
      .trim()
      .max(MEAL_FUND_NOTE_MAX, { message: encodeMessage({ key: "mealFund.note.tooLong", vars: { max: MEAL_FUND_NOTE_MAX } }) })
      .optional()
      .default(""),
  })
  .superRefine((v, ctx) => {
    // Beside the fields' checks (besideFieldChecks): only a well-formed month and number are compared.
    if (typeof v.month !== "string" || !MONTH.test(v.month) || typeof v.mealDays !== "number" || v.mealDays > 31) return;
    const days = daysInMonth(v.month);
    if (v.mealDays > days) {
      ctx.addIssue({ code: "custom", path: ["mealDays"], message: encodeMessage({ key: "mealFund.mealDays.tooMany", vars: { days } }) });
    }
  }, besideFieldChecks);
export type MealFundInput = z.infer<typeof mealFundInput>;

/** Where a kindergarten's month stands: filed by the due date, filed after it, none after it, none yet, none and due before the kindergarten was registered. */
export type MealFundMonthState = "filed" | "late" | "missing" | "open" | "before_registration";

/** The stored spending list (JSON) of an account row. */
export const storedSpending = z.array(z.object({ kind: z.enum(MEAL_FUND_SPENDING_KINDS), amountFen: z.number().int().min(0) })).max(MEAL_FUND_SPENDING_KINDS.length);
export type StoredSpending = z.infer<typeof storedSpending>;

/** One month of the public page's meal-fund section (amounts in fen). */
export interface PublicMealFundMonth {
  month: string;
  incomeFen: number;
  spendingFen: number;
  spending: Record<MealFundSpendingKind, number>;
  /** Income minus spending of the month. */
  balanceFen: number;
  /** The balances of the shown months up to this one. */
  runningSurplusFen: number;
  childCount: number;
  mealDays: number;
  revision: number;
  filedOn: string;
}

export interface PublicMealFund {
  /** Newest first. */
  months: PublicMealFundMonth[];
  /** Over the shown months. */
  totals: { incomeFen: number; spendingFen: number; surplusFen: number; surplusBp: number | null } | null;
}

