/**
 * Legal deadlines in Chinese working days (法定工作日): weekends and public
 * holidays skipped, make-up working days (调休) counted, the start day not
 * counted. Calendar data comes from chinese-days, which ships the State
 * Council notices up to its last published year; beyond that we fall back to
 * Mon–Fri and say so, because a deadline computed without the holiday notice
 * may move once it is published.
 */
import chineseDays from "chinese-days";
import calendar from "chinese-days/dist/chinese-days.json";
import { addDays } from "./civil-date";

const lastYearWithData = Math.max(
  ...Object.keys((calendar as { holidays: Record<string, string> }).holidays).map((d) => Number(d.slice(0, 4))),
);

export interface WorkingDayDeadline {
  date: string; // YYYY-MM-DD
  /** false when the span reaches a year whose holiday notice is not in the data (Mon–Fri assumed). */
  calendarComplete: boolean;
}

export function isWorkingDay(date: string): boolean {
  if (Number(date.slice(0, 4)) > lastYearWithData) {
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    return day !== 0 && day !== 6;
  }
  return chineseDays.isWorkday(date);
}

export function addWorkingDays(start: string, days: number): WorkingDayDeadline {
  let date = start;
  let counted = 0;
  while (counted < days) {
    date = addDays(date, 1);
    if (isWorkingDay(date)) counted += 1;
  }
  return { date, calendarComplete: Number(date.slice(0, 4)) <= lastYearWithData };
}

/** The civil date in Asia/Shanghai, where every deadline and "today" is reckoned. */
export function shanghaiDate(instant: Date = new Date()): string {
  return new Date(instant.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * Working days from `today` to `dueOn` (those after today up to the due day):
 * 0 on the day itself; negative once past, counting the working days since
 * (a weekend right after the due day is overdue yet still 0 working days
 * late: the state says overdue by date, see dueStateOn).
 */
export function workingDaysLeft(today: string, dueOn: string): number {
  const [from, to, sign] = today <= dueOn ? [today, dueOn, 1] : [dueOn, today, -1];
  let count = 0;
  for (let d = from; d < to; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) count += 1;
  }
  return sign * count || 0; // never −0
}

/** Overdue once the due day has passed; due soon within `soonWorkingDays` working days of it. */
export function dueStateOn(today: string, dueOn: string, soonWorkingDays: number): "ok" | "due_soon" | "overdue" {
  if (today > dueOn) return "overdue";
  return workingDaysLeft(today, dueOn) <= soonWorkingDays ? "due_soon" : "ok";
}
