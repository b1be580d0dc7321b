/**
 * A complaint's legal deadline in working days (rule R17) as a badge: days
 * left, due soon, due today or overdue. The arithmetic is the domain's
 * (complaint-clock.ts); this only words it.
 */
import { complaintDueWords } from "~/components/complaint-due";
import { CivilDate } from "~/components/instant";
import { useT } from "~/utils/i18n";

export interface DeadlineView {
  kind: string;
  dueOn: string;
  workingDaysLeft: number;
  state: "ok" | "due_soon" | "overdue";
  /** false when the due day's year has no holiday notice yet: the date is an estimate, marked ≈. */
  calendarComplete: boolean;
}

export function ComplaintDeadline({ deadline, withKind = false }: { deadline: DeadlineView | null; withKind?: boolean }) {
  const t = useT();
  if (!deadline) return <span className="muted">{t("handling.due.none")}</span>;
  const words = complaintDueWords(t, deadline);
  const badge = deadline.state === "overdue" ? "red" : deadline.state === "due_soon" ? "amber" : "ok";
  return (
    <span data-due-state={deadline.state}>
      {withKind ? <>{t(`handling.dueKind.${deadline.kind}`)} · </> : null}
      <span className={`badge ${badge}`}>{words}</span> <span className="muted">
        {deadline.calendarComplete ? null : "≈"}
        <CivilDate value={deadline.dueOn} />
      </span>
    </span>
  );
}
