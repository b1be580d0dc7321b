/**
 * Legal deadlines in Chinese working days (法定工作日): weekends and public
 * holidays skipped, make-up working days (调休) counted, the start day not
 * counted. Calendar data comes from chinese-days, which ships the State
 * Council notices up to its last published year; beyond that we estimate and
 * say so, because a deadline computed without the holiday notice may move
 * once it is published. The estimate is what the law fixes before any notice
 * (全国年节及纪念日放假办法, as amended in 2024, Art. 2 and 6): Mon–Fri, less
 * the statutory holidays that fall on a weekday, less one weekday in lieu for
 * each that falls on a weekend. Only the notice's 调休 (working a weekend to
 * join days off) is unknown: it moves days without changing how many.
 */
import chineseDays from "chinese-days";
import calendar from "chinese-days/dist/chinese-days.json";
import { addDays } from "./civil-date";

const lastYearWithData = Math.max(
  ...Object.keys((calendar as { holidays: Record<string, string> }).holidays).map((d) => Number(d.slice(0, 4))),
);

export interface WorkingDayDeadline {
  date: string; // YYYY-MM-DD
  /** false when the span reaches a year whose holiday notice is not in the data (estimated: estimatedDaysOff). */
  calendarComplete: boolean;
}

/** From the calendar itself (slow: chinese-days parses the date); the year tables below are made with it. */
function calendarSaysWorkingDay(date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (year > lastYearWithData) return !isWeekend(date) && !estimatedDaysOff(year).has(date);
  return chineseDays.isWorkday(date);
}

const isWeekend = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

/** chinese-days' lunar tables end with lunar year 2099; later years get the holidays of fixed dates only. */
const LAST_LUNAR_YEAR = 2099;
const daysOffByYear = new Map<number, Set<string>>();

/**
 * The weekdays off in a year whose holiday notice is not out: the statutory holidays of the 2024 amendment
 * (元旦 1 January; 春节 除夕 and the first three days of the lunar year; 清明 on its solar term; 劳动节 1–2 May;
 * 端午 5/5 and 中秋 8/15 of the lunar calendar; 国庆节 1–3 October) that fall on a weekday, and for each that falls
 * on a weekend the first weekday after it that is not already off (Art. 6: 适逢周六、周日，应当在工作日补假).
 */
export function estimatedDaysOff(year: number): ReadonlySet<string> {
  const known = daysOffByYear.get(year);
  if (known) return known;
  const mmdd = (m: number, d: number) => `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  const holidays = [mmdd(1, 1), mmdd(5, 1), mmdd(5, 2), mmdd(10, 1), mmdd(10, 2), mmdd(10, 3)];
  if (year <= LAST_LUNAR_YEAR) {
    const newYear = chineseDays.getSolarDateFromLunar(`${year}-01-01`).date;
    holidays.push(addDays(newYear, -1), newYear, addDays(newYear, 1), addDays(newYear, 2));
    holidays.push(chineseDays.getSolarTermDate(year, 4, "pure_brightness"));
    holidays.push(chineseDays.getSolarDateFromLunar(`${year}-05-05`).date, chineseDays.getSolarDateFromLunar(`${year}-08-15`).date);
  }
  const off = new Set(holidays.filter((d) => d.startsWith(`${year}-`)));
  for (const holiday of [...off].sort()) {
    if (!isWeekend(holiday)) continue;
    let inLieu = addDays(holiday, 1);
    while (isWeekend(inLieu) || off.has(inLieu)) inLieu = addDays(inLieu, 1);
    off.add(inLieu);
  }
  daysOffByYear.set(year, off);
  return off;
}

export function isWorkingDay(date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (!tabled(year)) return calendarSaysWorkingDay(date);
  const { upTo } = yearTable(year);
  const i = dayOfYear(date, year);
  return upTo[i] - (i > 0 ? upTo[i - 1] : 0) === 1;
}

/**
 * The `days`-th working day after `start`. Within the tabled years a walk
 * along the year tables (every deadline of every case a sweep recomputes;
 * day by day through the calendar it was most of a complaint's deadline).
 */
export function addWorkingDays(start: string, days: number): WorkingDayDeadline {
  const date = days <= 0 ? start : tabled(Number(start.slice(0, 4))) ? tabledWorkingDayAfter(start, days) : workingDayAfterByCalendar(start, days);
  return { date, calendarComplete: calendarKnown(date) };
}

/**
 * The day itself when it is a working day, otherwise the first working day after it: where a deadline ending on a
 * weekend or a public holiday ends (期间届满日为节假日的，以节假日后的第一日为届满日; in working days, the next working day).
 */
export function workingDayOnOrAfter(date: string): string {
  return isWorkingDay(date) ? date : addWorkingDays(date, 1).date;
}

/** The last year whose holiday notice is in the data: later years' working days are estimated (estimatedDaysOff). */
export const calendarKnownThroughYear = (): number => lastYearWithData;

/** Whether the holiday notice of the date's year is in the data (otherwise its working days are estimated: estimatedDaysOff). */
export function calendarKnown(date: string): boolean {
  return Number(date.slice(0, 4)) <= lastYearWithData;
}

function workingDayAfterByCalendar(start: string, days: number): string {
  let date = start;
  let counted = 0;
  while (counted < days) {
    date = addDays(date, 1);
    if (calendarSaysWorkingDay(date)) counted += 1;
  }
  return date;
}

function tabledWorkingDayAfter(start: string, days: number): string {
  let year = Number(start.slice(0, 4));
  let { upTo } = yearTable(year);
  let from = dayOfYear(start, year) + 1;
  // The working days of `year` up to the one looked for.
  let wanted = upTo[from - 1] + days;
  while (wanted > upTo[upTo.length - 1]) {
    wanted -= upTo[upTo.length - 1];
    year += 1;
    if (!tabled(year)) return workingDayAfterByCalendar(`${year - 1}-12-31`, wanted);
    upTo = yearTable(year).upTo;
    from = 0;
  }
  let i = from;
  while (upTo[i] < wanted) i += 1;
  return new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10);
}

/** The civil date in Asia/Shanghai, where every deadline and "today" is reckoned. */
export function shanghaiDate(instant: Date = new Date()): string {
  return new Date(instant.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** The instant (UTC ISO) a Shanghai civil day begins: stored instants are compared with windows of civil days. */
export function shanghaiDayStart(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00+08:00`)).toISOString();
}

/**
 * Working days from `today` to `dueOn` (those after today up to the due day):
 * 0 on the day itself; negative once past, counting the working days since
 * (a weekend right after the due day is overdue yet still 0 working days
 * late: the state says overdue by date, see dueStateOn).
 */
export function workingDaysLeft(today: string, dueOn: string): number {
  const counted = (d: string) => d >= `${ORDINAL_FROM_YEAR}-01-01` && d <= `${ORDINAL_TO_YEAR}-12-31`;
  if (counted(today) && counted(dueOn)) return workingDayOrdinal(dueOn) - workingDayOrdinal(today) || 0; // never −0
  const [from, to, sign] = today <= dueOn ? [today, dueOn, 1] : [dueOn, today, -1];
  let count = 0;
  for (let d = from; d < to; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) count += 1;
  }
  return sign * count || 0;
}

/** The years whose working days are tabled (outside: counted day by day). */
const ORDINAL_FROM_YEAR = 2000;
const ORDINAL_TO_YEAR = 2200;
const tabled = (year: number) => year >= ORDINAL_FROM_YEAR && year <= ORDINAL_TO_YEAR;
/** The day's index in its year (0 for 1 January). */
const dayOfYear = (date: string, year: number) => (Date.parse(`${date}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86_400_000;
/** Per year: the working days before it (since ORDINAL_FROM_YEAR) and, per day of the year, those up to and including it. */
const years = new Map<number, { before: number; upTo: Int16Array }>();

function yearTable(year: number): { before: number; upTo: Int16Array } {
  const known = years.get(year);
  if (known) return known;
  let before = 0;
  if (year > ORDINAL_FROM_YEAR) {
    const prev = yearTable(year - 1);
    before = prev.before + prev.upTo[prev.upTo.length - 1];
  }
  const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;
  const upTo = new Int16Array(days);
  let count = 0;
  for (let i = 0, d = `${year}-01-01`; i < days; i++, d = addDays(d, 1)) {
    if (calendarSaysWorkingDay(d)) count += 1;
    upTo[i] = count;
  }
  const table = { before, upTo };
  years.set(year, table);
  return table;
}

/**
 * The working days from the start of ORDINAL_FROM_YEAR up to and including
 * `date`: the working days between two dates are a subtraction (the queue
 * shows the days left of a page of cases; each is a look-up once its years
 * are tabled).
 */
function workingDayOrdinal(date: string): number {
  const year = Number(date.slice(0, 4));
  const table = yearTable(year);
  return table.before + table.upTo[dayOfYear(date, year)];
}

/**
 * The first day past "due within `workingDays` working days" of today: a deadline from today up to the day before it
 * has at most that many working days left, a rest day after the last of them included, as dueStateOn counts due soon.
 * What a query counting due-soon rows compares `due_on` with.
 */
export function dueWithinBefore(today: string, workingDays: number): string {
  return addWorkingDays(today, workingDays + 1).date;
}

/** Overdue once the due day has passed; due soon within `soonWorkingDays` working days of it. */
export function dueStateOn(today: string, dueOn: string, soonWorkingDays: number): "ok" | "due_soon" | "overdue" {
  if (today > dueOn) return "overdue";
  return workingDaysLeft(today, dueOn) <= soonWorkingDays ? "due_soon" : "ok";
}

/**
 * The legal working days (法定工作日) of a calendar month `YYYY-MM`: the
 * refund rules count attendance against them (holidays out, 调休 make-up
 * days in). `calendarComplete` is false for a year beyond the holiday data
 * (estimated), as for deadlines.
 */
export function legalWorkingDaysInMonth(month: string): { workingDays: number; calendarComplete: boolean } {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`expected a month YYYY-MM, got "${month}"`);
  let workingDays = 0;
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) if (isWorkingDay(d)) workingDays += 1;
  return { workingDays, calendarComplete: Number(month.slice(0, 4)) <= lastYearWithData };
}
