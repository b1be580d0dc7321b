/**
 * The legal clock of complaints and reports (R17) on the 2026 calendar:
 * Mid-Autumn (Fri 2026-09-25) and National Day (2026-10-01 … 10-07) are not
 * working days, Saturday 2026-10-10 is a make-up working day (调休).
 */
import { describe, expect, it } from "vitest";
import { currentDeadline, dueState, type ClockState } from "~/domain/complaints/complaint-clock";
import { workingDaysLeft } from "~/utils/working-days";

const received = (over: Partial<ClockState> = {}): ClockState => ({
  track: "complaint",
  status: "received",
  anonymous: false,
  clockFrom: "2026-09-28",
  verificationExtended: false,
  acceptedOn: null,
  decidedOn: null,
  mediationEndedOn: null,
  lastReplyOn: null,
  ...over,
});

describe("currentDeadline", () => {
  it("gives a 投诉 7 working days to be accepted or rejected, across National Day and its make-up Saturday", () => {
    // 09-29, 09-30, 10-08, 10-09, 10-10 (调休), 10-12, 10-13.
    expect(currentDeadline(received())).toMatchObject({ kind: "accept", dueOn: "2026-10-13", calendarComplete: true });
  });

  it("gives a 举报 15 working days to verify, 30 once the extension is approved", () => {
    expect(currentDeadline(received({ track: "report" }))).toMatchObject({ kind: "verify", dueOn: "2026-10-23" });
    expect(currentDeadline(received({ track: "report", verificationExtended: true }))).toMatchObject({ kind: "verify", dueOn: "2026-11-13" });
  });

  it("ends mediation 45 working days after acceptance, whether or not it has started", () => {
    for (const status of ["accepted", "mediating"] as const) {
      expect(currentDeadline(received({ status, acceptedOn: "2026-09-28" }))).toMatchObject({ kind: "mediation_end", dueOn: "2026-12-04" });
    }
  });

  it("asks for the parties to be told within 7 working days of the mediation's end, and stops once a reply went out", () => {
    const ended = received({ status: "mediation_ended", acceptedOn: "2026-09-01", mediationEndedOn: "2026-09-30" });
    expect(currentDeadline(ended)).toMatchObject({ kind: "notify_termination", dueOn: "2026-10-15" });
    expect(currentDeadline({ ...ended, lastReplyOn: "2026-09-29" })).toMatchObject({ kind: "notify_termination" });
    expect(currentDeadline({ ...ended, lastReplyOn: "2026-09-30" })).toBeNull();
  });

  it("asks for a real-name reporter to be told within 5 working days of the decision; an anonymous one cannot be told", () => {
    for (const status of ["case_opened", "no_case"] as const) {
      const decided = received({ track: "report", status, decidedOn: "2026-09-30" });
      expect(currentDeadline(decided)).toMatchObject({ kind: "notify_reporter", dueOn: "2026-10-13" });
      expect(currentDeadline({ ...decided, lastReplyOn: "2026-10-08" })).toBeNull();
      expect(currentDeadline({ ...decided, anonymous: true })).toBeNull();
    }
  });

  it("runs no clock for a rejected or closed complaint", () => {
    expect(currentDeadline(received({ status: "rejected" }))).toBeNull();
    expect(currentDeadline(received({ status: "closed" }))).toBeNull();
  });

  it("says when a deadline reaches a year whose holidays are not published", () => {
    expect(currentDeadline(received({ clockFrom: "2027-12-27" }))).toMatchObject({ calendarComplete: false });
  });
});

describe("workingDaysLeft and dueState", () => {
  it("counts only working days, and turns overdue by date the day after the due day", () => {
    expect(workingDaysLeft("2026-09-30", "2026-10-13")).toBe(5);
    expect(workingDaysLeft("2026-10-13", "2026-10-13")).toBe(0);
    expect(workingDaysLeft("2026-10-14", "2026-10-13")).toBe(-1);
    // Due on the last day before the holiday: the whole holiday is overdue, and still 0 working days late.
    expect(workingDaysLeft("2026-10-05", "2026-09-30")).toBe(0);
    expect(dueState("2026-10-05", "2026-09-30")).toBe("overdue");
    expect(workingDaysLeft("2026-10-08", "2026-09-30")).toBe(-1);
  });

  it("is due soon within two working days, even when a holiday lies between", () => {
    expect(dueState("2026-09-29", "2026-10-08")).toBe("due_soon");
    expect(dueState("2026-09-28", "2026-10-08")).toBe("ok");
    expect(dueState("2026-10-13", "2026-10-13")).toBe("due_soon");
  });
});
