/**
 * Refund rules filed as data (退费办法, R11), in words: one row per fee and
 * case ("保教费 · 请假缺勤：出勤≤4天退80%；…"). The words come from
 * `describeScheme`, the one formatter R11's and C05's explanations use, so
 * the operator reads the rules exactly as an officer's flag quotes them.
 */
import { DataTable } from "~/components/data-table";
import { CASE_LABELS, describeScheme, FEE_KIND_LABELS, type RefundSchedule } from "~/rules/facts/refund-schemes";
import { useRuleLang, useT } from "~/utils/i18n";

export function RefundScheduleTable({ schedule, testId }: { schedule: RefundSchedule; testId?: string }) {
  const t = useT();
  const lang = useRuleLang();
  return (
    <DataTable
      testId={testId}
      rows={schedule}
      rowKey={(e) => `${e.feeKind}.${e.case}`}
      columns={[
        { id: "fee", header: t("refund.col.fee"), key: true, cell: (e) => FEE_KIND_LABELS[e.feeKind][lang] },
        { id: "case", header: t("refund.col.case"), cell: (e) => CASE_LABELS[e.case][lang] },
        { id: "rule", header: t("refund.col.rule"), cell: (e) => describeScheme(e.scheme, lang) },
      ]}
    />
  );
}
