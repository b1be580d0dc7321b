import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, shanghaiDate } from "~/utils/working-days";

describe("working-day deadlines (DOMAIN.md §5 worked examples)", () => {
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

  it("reckons today in Asia/Shanghai", () => {
    expect(shanghaiDate(new Date("2026-11-29T17:00:00Z"))).toBe("2026-11-30");
  });
});
