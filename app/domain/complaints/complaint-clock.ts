/**
 * The legal clock of a complaint or report (rule R17), in Chinese working
 * days (法定工作日: weekends and holidays skipped, 调休 working days counted,
 * the start day not counted). One deadline runs at a time, decided by the
 * state alone, so the queue, the tracking page and the deadline sweep can
 * never disagree:
 *
 * | state                         | deadline                          | basis |
 * |-------------------------------|-----------------------------------|-------|
 * | 投诉 received                  | accept or reject: 7 from receipt  | 投诉举报处理暂行办法 Art. 14 |
 * | 举报 received                  | verify: 15 (+15 approved)         | 行政处罚程序规定 Art. 18 |
 * | 投诉 accepted / mediating      | mediation ends: 45 from acceptance | Art. 21 |
 * | mediation ended, not told     | tell the parties: 7 from the end  | Art. 21 |
 * | 举报 decided, real name, not told | tell the reporter: 5 from the decision | Art. 31 |
 *
 * "Received" counts from clock_from: the day of receipt, or of a transfer to
 * the competent district (Art. 12: the receiving authority's own clock).
 * Client-safe: pages show days left with the same arithmetic.
 */
import type { ComplaintDueKind, ComplaintDueState, ComplaintStatus, ComplaintTrack } from "~/db/schema";
import { addWorkingDays, dueStateOn } from "~/utils/working-days";

export const ACCEPT_WORKING_DAYS = 7;
export const VERIFY_WORKING_DAYS = 15;
export const VERIFY_EXTENSION_WORKING_DAYS = 15;
export const MEDIATION_WORKING_DAYS = 45;
export const TERMINATION_NOTICE_WORKING_DAYS = 7;
export const REPORTER_NOTICE_WORKING_DAYS = 5;
/** A deadline this many working days away or fewer is "due soon" in the queue. */
export const DUE_SOON_WORKING_DAYS = 2;

export interface ClockState {
  track: ComplaintTrack;
  status: ComplaintStatus;
  anonymous: boolean;
  clockFrom: string;
  verificationExtended: boolean;
  acceptedOn: string | null;
  decidedOn: string | null;
  mediationEndedOn: string | null;
  lastReplyOn: string | null;
}

export interface Deadline {
  kind: ComplaintDueKind;
  dueOn: string;
  /** false when the span reaches a year whose holiday notice is not published yet (estimated from the statutory holidays). */
  calendarComplete: boolean;
}

const told = (since: string | null, lastReplyOn: string | null) => since !== null && lastReplyOn !== null && lastReplyOn >= since;

/** The deadline running now, or null when none does (rejected, closed, or every duty done). */
export function currentDeadline(state: ClockState): Deadline | null {
  const due = (kind: ComplaintDueKind, from: string, days: number): Deadline => {
    const { date, calendarComplete } = addWorkingDays(from, days);
    return { kind, dueOn: date, calendarComplete };
  };
  switch (state.status) {
    case "received":
      return state.track === "complaint"
        ? due("accept", state.clockFrom, ACCEPT_WORKING_DAYS)
        : due("verify", state.clockFrom, VERIFY_WORKING_DAYS + (state.verificationExtended ? VERIFY_EXTENSION_WORKING_DAYS : 0));
    case "accepted":
    case "mediating":
      return state.acceptedOn ? due("mediation_end", state.acceptedOn, MEDIATION_WORKING_DAYS) : null;
    case "mediation_ended":
      if (!state.mediationEndedOn || told(state.mediationEndedOn, state.lastReplyOn)) return null;
      return due("notify_termination", state.mediationEndedOn, TERMINATION_NOTICE_WORKING_DAYS);
    case "case_opened":
    case "no_case":
      if (state.anonymous || !state.decidedOn || told(state.decidedOn, state.lastReplyOn)) return null;
      return due("notify_reporter", state.decidedOn, REPORTER_NOTICE_WORKING_DAYS);
    case "rejected":
    case "closed":
      return null;
  }
}

export function dueState(today: string, dueOn: string): ComplaintDueState {
  return dueStateOn(today, dueOn, DUE_SOON_WORKING_DAYS);
}
