/** A filing's fee items: what is charged, to whom, how much, per what, and what the service is. */
import { FeeItemName } from "~/components/fee-item-name";
import type { FeeItem } from "~/db/schema";
import { DataTable } from "~/components/data-table";
import { useLang, useT } from "~/utils/i18n";
import { formatFen } from "~/utils/money";

type ItemRow = Pick<FeeItem, "name" | "category" | "age_band" | "amount_fen" | "unit" | "description">;

export function FeeItemsTable({ items, testId }: { items: readonly ItemRow[]; testId?: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <DataTable
      testId={testId}
      rows={items}
      rowKey={(_, i) => String(i)}
      columns={[
        {
          id: "item",
          header: t("fees.item"),
          key: true,
          cell: (item) => <FeeItemName name={item.name} category={item.category} />,
        },
        { id: "ageBand", header: t("fees.ageBand"), cell: (item) => t(`age.${item.age_band}`) },
        { id: "amount", header: t("fees.amount"), numeric: true, key: true, cell: (item) => formatFen(item.amount_fen, lang) },
        { id: "unit", header: t("fees.unit"), cell: (item) => t(`unit.${item.unit}`) },
        { id: "description", header: t("fees.description"), cell: (item) => item.description },
      ]}
    />
  );
}
