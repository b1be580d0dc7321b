/**
 * A complaint's running deadline in words (rule R17's working days), as the queue's badge and its export say it:
 * days left, due today, or overdue. Overdue with no working day since the due day (the weekend after a Friday
 * deadline) is overdue without a count: "已超期（0 个工作日）" read as not overdue at all.
 */
import type { useT } from "~/utils/i18n";

export function complaintDueWords(t: ReturnType<typeof useT>, deadline: { workingDaysLeft: number; state: "ok" | "due_soon" | "overdue" }): string {
  if (deadline.state === "overdue") return deadline.workingDaysLeft === 0 ? t("handling.due.overdueNoCount") : t("handling.due.overdue", { n: Math.abs(deadline.workingDaysLeft) });
  return deadline.workingDaysLeft === 0 ? t("handling.due.today") : t("handling.due.left", { n: deadline.workingDaysLeft });
}
