/**
 * Amounts in one billing unit: a fee billed per semester, per year or per day
 * converted to a monthly amount, so it can be compared with a monthly price
 * (the guidance prices are per month: the guidance_prices table has no unit
 * column, and every price document the portal holds states a monthly base).
 *
 * The law gives no conversion, so the convention is stated and set by params:
 * - a semester counts `monthsPerSemesterTenths` / 10 months (default 5, as
 *   Hefei's refund rules count a semester; some regions count 4.5): a
 *   per-semester amount is divided by it;
 * - a year is two semesters (10 months by default: the school year, holiday
 *   months not charged), not 12 calendar months;
 * - a day rate is multiplied by `dayRateDaysPerMonthHundredths` / 100 days
 *   (default 21.75, the average legal working days of a month that wage law
 *   uses: (365 − 104) / 12). Day rates follow attendance, so a month with 23
 *   working days costs more and one with holidays less; 21.75 is the average.
 *   0 turns day-rate conversion off: such items are listed, not judged;
 * - a one-off ("once") amount has no monthly equivalent: listed, not judged.
 *
 * The monthly amount is rounded UP to the whole fen. With an integer cap
 * and tolerance, ceil(x) > n exactly when x > n, so the decision is the one
 * of the exact amount: a semester fee of 5 × cap is at the cap, and
 * 5 × cap + 1 fen (0.2 fen a month above) is above it, shown as 1 fen.
 */
import type { FeeUnit } from "../types";

export interface UnitConvention {
  /** Months in a semester, in tenths (50 = 5 months). */
  monthsPerSemesterTenths: number;
  /** Days billed in a month for a day rate, in hundredths (2175 = 21.75 days); 0 = do not convert day rates. */
  dayRateDaysPerMonthHundredths: number;
}

/** How an amount in `unit` becomes a monthly amount: × numerator / denominator, and the factor as shown. */
export interface MonthlyFactor {
  numerator: number;
  denominator: number;
  /** As an explanation shows it: "× 1", "÷ 5", "÷ 10", "× 21.75". */
  shown: string;
}

/** "5", "4.5", "21.75": a count in tenths or hundredths without trailing zeros. */
const decimal = (value: number, scale: number) => String(value / scale);

/** The factor turning an amount billed per `unit` into a monthly amount, or null when there is none (a one-off, or day rates turned off). */
export function monthlyFactor(unit: FeeUnit, convention: UnitConvention): MonthlyFactor | null {
  const semesterTenths = convention.monthsPerSemesterTenths;
  switch (unit) {
    case "month":
      return { numerator: 1, denominator: 1, shown: "× 1" };
    case "semester":
      return { numerator: 10, denominator: semesterTenths, shown: `÷ ${decimal(semesterTenths, 10)}` };
    case "year":
      return { numerator: 10, denominator: 2 * semesterTenths, shown: `÷ ${decimal(2 * semesterTenths, 10)}` };
    case "day": {
      const days = convention.dayRateDaysPerMonthHundredths;
      return days > 0 ? { numerator: days, denominator: 100, shown: `× ${decimal(days, 100)}` } : null;
    }
    case "once":
      return null;
  }
}

/** amountFen × factor, rounded up to the whole fen (see above: the comparison stays exact). */
export function toMonthlyFen(amountFen: number, factor: MonthlyFactor): number {
  const scaled = amountFen * factor.numerator;
  return Math.ceil(scaled / factor.denominator);
}
