/**
 * Civil dates (YYYY-MM-DD, no time, no zone). Everything is UTC date
 * arithmetic on the calendar date, so results never depend on the server's
 * time zone or on daylight-saving changes.
 */

const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real calendar date written YYYY-MM-DD (year 0001–9999). Pure arithmetic: it runs on every evaluation. */
export function isCivilDate(value: unknown): value is string {
  if (typeof value !== "string" || value.length !== 10 || !CIVIL_DATE.test(value)) return false;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && isLeapYear(y) ? 29 : DAYS_IN_MONTH[m - 1]);
}

export function assertCivilDate(value: string, what = "date"): void {
  if (!isCivilDate(value)) throw new RangeError(`${what} must be a calendar date YYYY-MM-DD, got "${value}"`);
}

/** Days since 1970-01-01 of a civil date (exact integer). */
export function dayNumber(date: string): number {
  assertCivilDate(date);
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

/** to − from in whole days (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The civil date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The same day `months` calendar months later (earlier, when negative),
 * clamped to the end of the month: 2026-03-31 minus one month is
 * 2026-02-28, 2024-03-31 minus one month 2024-02-29. A lead time "published
 * N months ahead" (R06) is counted this way, as a calendar reads it.
 */
export function addMonths(date: string, months: number): string {
  assertCivilDate(date);
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const d = Math.min(Number(date.slice(8, 10)), lastDay);
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * The same day `years` years earlier (or later), clamped to the end of the
 * month: 2024-02-29 minus one year is 2023-02-28.
 */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** The month (1–12) of a civil date. */
export function monthOf(date: string): number {
  assertCivilDate(date);
  return Number(date.slice(5, 7));
}
