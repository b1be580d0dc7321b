/**
 * A case clock's days in words, as the queue, the case page and the queue's exports' readers see them. A clock
 * counted in working days has 0 left on three kinds of day, and only one of them is the due day itself: the days
 * after a deadline with no working day since (the weekend after a Friday deadline) are overdue, by date, as the
 * deadline sweep and the queue's 已超期 count have it; the days before a deadline with no working day left (the
 * Saturday before an answer date set on a Sunday) are not due yet. "今天到期" on all three told an officer on a
 * Saturday that an escalated case was due that day.
 */
import type { CaseDueView } from "~/domain/cases/case-clock";
import type { useT } from "~/utils/i18n";

export function caseDueWords(
  t: ReturnType<typeof useT>,
  today: string,
  due: Pick<CaseDueView, "dueOn" | "daysLeft" | "unit">,
): { words: string; overdue: boolean } {
  const overdue = due.dueOn < today;
  const n = Math.abs(due.daysLeft);
  const calendar = due.unit === "calendar";
  if (due.daysLeft > 0) return { words: t(calendar ? "queue.calendarDaysLeft" : "case.daysLeft", { n }), overdue };
  if (due.daysLeft < 0) return { words: t(calendar ? "queue.calendarDaysOverdue" : "case.daysOverdue", { n }), overdue };
  if (overdue) return { words: t("case.dueState.overdue"), overdue };
  return { words: t(due.dueOn === today ? "case.dueToday" : "case.noWorkingDayLeft"), overdue };
}
