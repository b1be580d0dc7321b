/**
 * What approving a filing does to a kindergarten's approved accounts, as one
 * pure function: the approval itself (reviewAccount), the review page's
 * sentence about it and the filing form's check of the effective date all
 * read it, so what the officer is told is what approval does.
 *
 * The rule (at most one approved account in force on any date): the new
 * account starts on the date it asked for, or on the day of approval if that
 * has passed (never retroactively); the approved account still open on that
 * day ends the day before; an approved account starting on or after that day
 * makes approval impossible, so a new account must start after every
 * approved one. Client-safe.
 */
import { addDays } from "~/utils/civil-date";
import type { AccountPeriod } from "./account-period";

export interface ApprovedPeriod extends AccountPeriod {
  id: string;
}

export type ApprovalPlan =
  /** Approval puts the filing in force from `effectiveFrom` and ends `ends` (if any) on `ends.effectiveTo`. */
  | { ok: true; effectiveFrom: string; ends: { id: string; effectiveTo: string } | null }
  /** Impossible: an approved account starts on `laterFrom`, on or after the day this one would start. */
  | { ok: false; effectiveFrom: string; laterFrom: string };

/** The day a filing asking for `requestedFrom` takes effect when approved on `today`. */
export function approvalStart(requestedFrom: string, today: string): string {
  return requestedFrom > today ? requestedFrom : today;
}

/** The latest start among approved accounts: a new account must start after it (null: none approved). */
export function latestApprovedStart(approved: ReadonlyArray<Pick<AccountPeriod, "effective_from">>): string | null {
  return approved.reduce<string | null>((latest, a) => (latest === null || a.effective_from > latest ? a.effective_from : latest), null);
}

/** Whether an account starting on `start` can stand beside the approved ones whose latest start is `latestStart`. */
export function startsAfterApproved(start: string, latestStart: string | null): boolean {
  return latestStart === null || start > latestStart;
}

/**
 * What approving, on `today`, a filing that asked for `requestedFrom` does, given the kindergarten's other
 * approved accounts (never overlapping, so at most one is open on any day).
 */
export function planApproval(approved: readonly ApprovedPeriod[], requestedFrom: string, today: string): ApprovalPlan {
  const effectiveFrom = approvalStart(requestedFrom, today);
  const latest = latestApprovedStart(approved);
  if (!startsAfterApproved(effectiveFrom, latest)) return { ok: false, effectiveFrom, laterFrom: latest! };
  const open = approved.find((a) => a.effective_to === null || a.effective_to >= effectiveFrom);
  return { ok: true, effectiveFrom, ends: open ? { id: open.id, effectiveTo: addDays(effectiveFrom, -1) } : null };
}
