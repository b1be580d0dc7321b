/**
 * Table cells of a guidance-price row, shared by the price list, a batch and
 * a price's history: what the row applies to, its amounts (base, maximum
 * float, the cap they give) and its effective dates.
 */
import type { GuidancePrice } from "~/db/schema";
import { bpToPercent, capFen } from "~/domain/guidance-prices/guidance-price.schema";
import { useLang, useT } from "~/utils/i18n";
import { formatFen } from "~/utils/money";

export function PriceKeyCells({ row }: { row: Pick<GuidancePrice, "nature" | "grade" | "age_band" | "category"> & { region_name: string } }) {
  const t = useT();
  return (
    <>
      <td data-label={t("guidance.col.region")}>{row.region_name}</td>
      <td data-label={t("guidance.col.nature")}>{t(`nature.${row.nature}`)}</td>
      <td data-label={t("guidance.col.grade")}>{t(`guidance.grade.${row.grade}`)}</td>
      <td data-label={t("guidance.col.ageBand")}>{t(`age.${row.age_band}`)}</td>
      <td data-label={t("guidance.col.category")}>{t(`category.${row.category}`)}</td>
    </>
  );
}

export function PriceAmountCells({ row }: { row: Pick<GuidancePrice, "base_price_fen" | "max_float_bp"> }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <td data-label={t("guidance.col.basePrice")} className="num">
        {formatFen(row.base_price_fen, lang)}
      </td>
      <td data-label={t("guidance.col.maxFloat")} className="num">
        {bpToPercent(row.max_float_bp)}%
      </td>
      <td data-label={t("guidance.col.cap")} className="num">
        {formatFen(capFen(row.base_price_fen, row.max_float_bp), lang)}
      </td>
    </>
  );
}

export function PriceEffectiveCell({ row }: { row: Pick<GuidancePrice, "effective_from" | "effective_to"> }) {
  const t = useT();
  return (
    <td data-label={t("guidance.col.effective")}>
      {row.effective_from} – {row.effective_to ?? t("guidance.openEnded")}
    </td>
  );
}
