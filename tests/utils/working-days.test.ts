import chineseDays from "chinese-days";
import { describe, expect, it } from "vitest";
import { addDays } from "~/utils/civil-date";
import { addWorkingDays, isWorkingDay, shanghaiDate } from "~/utils/working-days";

describe("working-day deadlines (worked examples from the State Council holiday notices)", () => {
  it.each([
    ["2025-09-30", 7, "2025-10-16"], // National Day week skipped, 10-11 make-up Saturday counted
    ["2026-02-13", 7, "2026-03-02"], // Spring Festival; Saturdays 02-14 and 02-28 are working days
    ["2025-01-24", 15, "2025-02-20"],
  ])("%s + %i working days = %s", (start, days, expected) => {
    const deadline = addWorkingDays(start, days);
    expect(deadline.date).toBe(expected);
    expect(deadline.calendarComplete).toBe(true);
  });

  it("counts a make-up Saturday and skips a holiday Monday", () => {
    expect(isWorkingDay("2026-02-14")).toBe(true);
    expect(isWorkingDay("2026-02-16")).toBe(false);
  });

  it("falls back to Mon–Fri and flags it beyond the published calendar", () => {
    const deadline = addWorkingDays("2030-12-27", 2); // Fri → Mon 30, Tue 31
    expect(deadline.date).toBe("2030-12-31");
    expect(deadline.calendarComplete).toBe(false);
  });

  it("agrees with the calendar counted day by day, across year ends and the tables' edges", () => {
    const byCalendar = (start: string, days: number) => {
      let date = start;
      for (let counted = 0; counted < days; ) {
        date = addDays(date, 1);
        const year = Number(date.slice(0, 4));
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        if (year > 2026 || year < 2004 ? weekday !== 0 && weekday !== 6 : chineseDays.isWorkday(date)) counted += 1;
      }
      return date;
    };
    const starts = ["1999-12-20", "2024-12-24", "2025-09-28", "2025-12-31", "2026-02-13", "2026-12-25", "2026-12-31", "2200-12-20"];
    for (let d = "2025-01-01"; d < "2027-01-10"; d = addDays(d, 9)) starts.push(d);
    for (const start of starts) {
      for (const days of [0, 1, 2, 5, 7, 15, 20, 30, 60, 250]) expect(addWorkingDays(start, days).date, `${start} + ${days}`).toBe(byCalendar(start, days));
    }
    expect(isWorkingDay("2025-10-11")).toBe(true); // a make-up Saturday, from the table
    expect(isWorkingDay("2025-10-06")).toBe(false);
  });

  it("reckons today in Asia/Shanghai", () => {
    expect(shanghaiDate(new Date("2026-11-29T17:00:00Z"))).toBe("2026-11-30");
  });
});
