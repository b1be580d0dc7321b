/** A filing's fee items: what is charged, to whom, how much, per what, and what the service is. */
import { FeeItemName } from "~/components/fee-item-name";
import type { FeeItem } from "~/db/schema";
import { DataTable } from "~/components/data-table";
import { itemMarksApply } from "~/domain/filings/filing.schema";
import { useLang, useT } from "~/utils/i18n";
import { formatFen } from "~/utils/money";

type ItemRow = Pick<FeeItem, "name" | "category" | "age_band" | "amount_fen" | "unit" | "description"> & { name_en: string } &
  Partial<Pick<FeeItem, "voluntary" | "bundled" | "cost_fen">>;

/** `marks`: also what the filing says of each item beyond its amount (opt-in, bundled, a 代收's cost), as its operator filed it. */
export function FeeItemsTable({ items, testId, marks = false }: { items: readonly ItemRow[]; testId?: string; marks?: boolean }) {
  const t = useT();
  const lang = useLang();
  // Only the marks the item's category has (itemMarksApply): a 保教费 stored as opt-in (rows older than the rule, the
  // demo's) is not one, and the public page does not call it one either.
  const marksOf = (item: ItemRow) => {
    const apply = itemMarksApply(item.category);
    return [
      apply.optIn && item.voluntary ? t("fees.voluntary") : null,
      apply.optIn && item.bundled ? t("fees.bundled") : null,
      apply.cost && item.cost_fen !== null && item.cost_fen !== undefined ? t("text.labelled", { label: t("fees.cost"), value: formatFen(item.cost_fen, lang) }) : null,
    ]
      .filter((mark) => mark !== null)
      .join(lang === "en" ? "; " : "；");
  };
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
          cell: (item) => <FeeItemName item={item} />,
        },
        { id: "ageBand", header: t("fees.ageBand"), cell: (item) => t(`age.${item.age_band}`) },
        { id: "amount", header: t("fees.amount"), numeric: true, key: true, cell: (item) => formatFen(item.amount_fen, lang) },
        { id: "unit", header: t("fees.unit"), cell: (item) => t(`unit.${item.unit}`) },
        { id: "description", header: t("fees.description"), prose: true, cell: (item) => item.description },
        ...(marks ? [{ id: "marks", header: t("fees.marks"), cell: (item: ItemRow) => marksOf(item) || "—" }] : []),
      ]}
    />
  );
}
