import chineseDays from "chinese-days";
import { describe, expect, it } from "vitest";
import { addDays } from "~/utils/civil-date";
import { addWorkingDays, estimatedDaysOff, isWorkingDay, legalWorkingDaysInMonth, shanghaiDate } from "~/utils/working-days";

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

  it("estimates beyond the published calendar from the statutory holidays, and flags it", () => {
    const deadline = addWorkingDays("2030-12-27", 2); // Fri → Mon 30, Tue 31
    expect(deadline.date).toBe("2030-12-31");
    expect(deadline.calendarComplete).toBe(false);
    // 2027: 除夕 Fri 02-05 and 初三 Mon 02-08 off; 初一 and 初二 fall on the weekend, so Tue 02-09 and Wed 02-10 in lieu.
    expect(["2027-02-04", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11"].map(isWorkingDay)).toEqual([true, false, false, false, false, true]);
    expect(addWorkingDays("2027-01-29", 7)).toEqual({ date: "2027-02-15", calendarComplete: false });
    // 清明 on its solar term, 端午 and 中秋 by the lunar calendar, 1–2 May and 1–3 October with their days in lieu.
    expect(["2027-04-05", "2027-06-09", "2027-09-15"].map(isWorkingDay)).toEqual([false, false, false]);
    expect(legalWorkingDaysInMonth("2027-10")).toEqual({ workingDays: 18, calendarComplete: false }); // 21 weekdays − Fri 1 Oct, Mon 4 and Tue 5 in lieu of Sat 2 and Sun 3
    // 2028: 元旦 on a Saturday (Mon 01-03 in lieu); 除夕 to 初三 Tue–Fri.
    expect([...estimatedDaysOff(2028)].filter((d) => d.startsWith("2028-01")).sort()).toEqual(["2028-01-01", "2028-01-03", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28"]);
  });

  it("agrees with the calendar counted day by day, across year ends and the tables' edges", () => {
    const byCalendar = (start: string, days: number) => {
      let date = start;
      for (let counted = 0; counted < days; ) {
        date = addDays(date, 1);
        const year = Number(date.slice(0, 4));
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        const weekdayWorked = weekday !== 0 && weekday !== 6;
        if (year < 2004 ? weekdayWorked : year > 2026 ? weekdayWorked && !estimatedDaysOff(year).has(date) : chineseDays.isWorkday(date)) counted += 1;
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
