/**
 * The legal clocks of an inspection case, decided by its state alone, so the
 * queue, the case page, the kindergarten's page and the deadline sweep can
 * never disagree. Several may run at once; the case's due date is the
 * earliest:
 *
 * | clock     | runs while                                   | due                                  | basis |
 * |-----------|----------------------------------------------|--------------------------------------|-------|
 * | verify    | not registered (立案), not decided            | opened + 15 working days (+15 approved) | 市场监督管理行政处罚程序规定 Art. 18 |
 * | decision  | registered, not decided                      | registered + 90 days                 | 行政处罚法 Art. 60 |
 *
 * A reopened case (after a decision, or an order not proven in time) is
 * reviewed anew: its verification clock runs from the day it was reopened,
 * unless it is registered again after that.
 * | answer    | the kindergarten was notified, no answer yet | the date the notice set              | the notice |
 * | follow_up | an order's date is set, no proof yet         | the date the decision set            | the decision |
 *
 * Working days skip weekends and holidays and count 调休 days (the start day
 * not counted); a year whose holiday notice is not published yet is estimated
 * from the statutory holidays and says so (calendarComplete). Client-safe.
 */
import type { CaseDueKind, CaseDueState, CaseStatus } from "~/db/schema";
import { addDays } from "~/utils/civil-date";
import { addWorkingDays, calendarKnown, dueStateOn, workingDaysLeft } from "~/utils/working-days";

export const VERIFY_WORKING_DAYS = 15;
export const VERIFY_EXTENSION_WORKING_DAYS = 15;
/** Calendar days: 行政处罚法 Art. 60 counts days, not working days. */
export const DECISION_DAYS = 90;
/**
 * A deadline this many working days away or fewer is "due soon": the sweep's state, the queue's due-soon figure and
 * the dashboard's, each a link to the queue's `within` view of this many days.
 */
export const CASE_DUE_SOON_WORKING_DAYS = 3;

export interface CaseClockState {
  status: CaseStatus;
  /** The civil day the case was opened (Asia/Shanghai). */
  openedOn: string;
  verificationExtended: boolean;
  registeredOn: string | null;
  reopenedOn: string | null;
  answerDueOn: string | null;
  followUpDueOn: string | null;
  proofReceived: boolean;
}

export interface CaseDeadline {
  kind: CaseDueKind;
  dueOn: string;
  /** false when the span reaches a year whose holiday notice is not published yet (estimated from the statutory holidays). */
  calendarComplete: boolean;
}

const settled = (status: CaseStatus) => status === "decided" || status === "closed";

/** Every clock running now, earliest first. */
export function runningClocks(state: CaseClockState): CaseDeadline[] {
  const clocks: CaseDeadline[] = [];
  if (!settled(state.status)) {
    const registered = state.registeredOn;
    if (registered !== null && (state.reopenedOn === null || registered >= state.reopenedOn)) {
      clocks.push({ kind: "decision", dueOn: addDays(registered, DECISION_DAYS), calendarComplete: true });
    } else {
      const days = VERIFY_WORKING_DAYS + (state.verificationExtended ? VERIFY_EXTENSION_WORKING_DAYS : 0);
      const { date, calendarComplete } = addWorkingDays(state.reopenedOn ?? state.openedOn, days);
      clocks.push({ kind: "verify", dueOn: date, calendarComplete });
    }
  }
  if (state.status === "awaiting_answer" && state.answerDueOn) clocks.push({ kind: "answer", dueOn: state.answerDueOn, calendarComplete: true });
  if (state.status === "decided" && state.followUpDueOn && !state.proofReceived) {
    clocks.push({ kind: "follow_up", dueOn: state.followUpDueOn, calendarComplete: true });
  }
  return clocks.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** The clock the case answers to first, or null when none runs. */
export function currentCaseDeadline(state: CaseClockState): CaseDeadline | null {
  return runningClocks(state)[0] ?? null;
}

export function caseDueState(today: string, dueOn: string): CaseDueState {
  return dueStateOn(today, dueOn, CASE_DUE_SOON_WORKING_DAYS);
}

/** Every clock a case can run, in the order a case meets them (legends list them so). */
export const CASE_DUE_KINDS: readonly CaseDueKind[] = ["verify", "answer", "decision", "follow_up"];

/** A case's deadline as the queue shows it: which clock, the date, and the days left (negative: overdue). */
export interface CaseDueView {
  kind: CaseDueKind;
  dueOn: string;
  /** Working days, or calendar days for the 90-day decision clock (行政处罚法 Art. 60 counts days). */
  unit: "working" | "calendar";
  daysLeft: number;
  /** The verification clock (the one the system counts in working days) ending in a year without its holiday notice: an estimate. */
  estimated: boolean;
}

/**
 * The stored clock columns read for today: a case without `due_kind` still
 * being worked is an old row whose due date is its verification clock; a
 * decided or closed one without it has no clock running (null).
 */
export function caseDueView(today: string, c: { status: CaseStatus; due_date: string; due_kind: CaseDueKind | null }): CaseDueView | null {
  const kind = c.due_kind ?? (settled(c.status) ? null : "verify");
  if (kind === null || c.status === "closed") return null;
  return { kind, dueOn: c.due_date, ...daysLeftOn(today, kind, c.due_date) };
}

/** What is left of a clock on `today`, in its own unit: calendar days for the 90-day decision, working days otherwise. */
export function daysLeftOn(today: string, kind: CaseDueKind, dueOn: string): Pick<CaseDueView, "unit" | "daysLeft" | "estimated"> {
  if (kind === "decision") return { unit: "calendar", daysLeft: Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000), estimated: false };
  return { unit: "working", daysLeft: workingDaysLeft(today, dueOn), estimated: kind === "verify" && !calendarKnown(dueOn) };
}
