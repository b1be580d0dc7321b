/**
 * A refund complaint's months as the complainant gave them: to the complainant and the officers whole, to a
 * kindergarten without the complainant's consent to share who they are only the month and the fee
 * (MaskedRefundClaim): the columns follow what the rows hold.
 */
import { DataTable } from "~/components/data-table";
import { CivilDate } from "~/components/instant";
import type { MaskedRefundClaim, StoredRefundClaim } from "~/domain/complaints/complaint.schema";
import { CASE_LABELS, FEE_KIND_LABELS } from "~/rules/facts/refund-schemes";
import { formatFen } from "~/utils/money";
import { useLang, useRuleLang, useT } from "~/utils/i18n";

export function RefundClaimsTable({ rows }: { rows: StoredRefundClaim[] | MaskedRefundClaim[] }) {
  const t = useT();
  const lang = useLang();
  const ruleLang = useRuleLang();
  if (rows.length === 0) return null;
  const month = { id: "month", header: t("complaint.refund.month"), key: true, cell: (c: MaskedRefundClaim) => <CivilDate value={c.month} /> };
  const feeKind = { id: "feeKind", header: t("complaint.refund.feeKind"), cell: (c: MaskedRefundClaim) => FEE_KIND_LABELS[c.feeKind][ruleLang] };
  if (!isWhole(rows)) {
    return <DataTable caption={t("complaint.refund.legendMasked")} rows={rows} rowKey={(_, i) => String(i)} columns={[month, feeKind]} />;
  }
  return (
    <DataTable
      caption={t("complaint.refund.legend")}
      rows={rows}
      rowKey={(_, i) => String(i)}
      columns={[
        month,
        feeKind,
        { id: "case", header: t("complaint.refund.case"), cell: (c) => CASE_LABELS[c.case][ruleLang] },
        { id: "days", header: t("complaint.refund.daysAttended"), numeric: true, cell: (c) => c.daysAttended },
        { id: "paid", header: t("complaint.refund.paid"), numeric: true, cell: (c) => formatFen(c.paidFen, lang) },
        { id: "refunded", header: t("complaint.refund.refundedColumn"), numeric: true, cell: (c) => formatFen(c.refundedFen, lang) },
      ]}
    />
  );
}

const isWhole = (rows: StoredRefundClaim[] | MaskedRefundClaim[]): rows is StoredRefundClaim[] => rows.length > 0 && "paidFen" in rows[0];
