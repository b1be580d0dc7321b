/**
 * DataTable columns of a guidance-price row, shared by the price list, a
 * batch and a price's history: what the row applies to, its amounts (base,
 * maximum float, the cap they give), its effective dates and its state on the
 * day (guidancePriceState).
 */
import type { GuidancePrice } from "~/db/schema";
import type { Column } from "~/components/data-table";
import { CivilDate, datedText } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { bpToPercent, capFen } from "~/domain/guidance-prices/guidance-price.schema";
import type { GuidancePriceState } from "~/domain/guidance-prices/guidance-price.state";
import { useLang, useT } from "~/utils/i18n";
import { formatFen } from "~/utils/money";

type KeyRow = Pick<GuidancePrice, "nature" | "grade" | "age_band" | "category"> & { region_name: string };
type AmountRow = Pick<GuidancePrice, "base_price_fen" | "max_float_bp">;
type EffectiveRow = Pick<GuidancePrice, "effective_from" | "effective_to">;

/** Region, nature, grade, age band and category: what the price applies to. */
export function usePriceKeyColumns<Row extends KeyRow>(): Column<Row>[] {
  const t = useT();
  return [
    { id: "region", header: t("guidance.col.region"), cell: (r) => r.region_name },
    { id: "nature", header: t("guidance.col.nature"), cell: (r) => t(`nature.${r.nature}`) },
    { id: "grade", header: t("guidance.col.grade"), cell: (r) => t(`guidance.grade.${r.grade}`) },
    { id: "ageBand", header: t("guidance.col.ageBand"), cell: (r) => t(`age.${r.age_band}`) },
    { id: "category", header: t("guidance.col.category"), key: true, cell: (r) => t(`category.${r.category}`) },
  ];
}

/** Base price, maximum float and the cap they give. */
export function usePriceAmountColumns<Row extends AmountRow>(): Column<Row>[] {
  const t = useT();
  const lang = useLang();
  return [
    { id: "basePrice", header: t("guidance.col.basePrice"), numeric: true, cell: (r) => formatFen(r.base_price_fen, lang) },
    { id: "maxFloat", header: t("guidance.col.maxFloat"), numeric: true, cell: (r) => `${bpToPercent(r.max_float_bp)}%` },
    {
      id: "cap",
      header: t("guidance.col.cap"),
      numeric: true,
      key: true,
      cell: (r) => formatFen(capFen(r.base_price_fen, r.max_float_bp), lang),
    },
  ];
}

export function usePriceEffectiveColumn<Row extends EffectiveRow>(): Column<Row> {
  const t = useT();
  return {
    id: "effective",
    header: t("guidance.col.effective"),
    cell: (r) => datedText([{ date: r.effective_from }, " – ", r.effective_to ? { date: r.effective_to } : t("guidance.openEnded")]),
  };
}

/** The row's state in words, with its badge: 现行, 待生效（2027-01-01 起）, 已被替代, 已失效, 草稿, 已作废. */
export function PriceState({ state }: { state: GuidancePriceState }) {
  const t = useT();
  const badge = state.kind === "inForce" ? "badge ok" : state.kind === "draft" || state.kind === "upcoming" ? "badge amber" : "badge";
  return (
    <span className={badge}>
      {state.kind === "upcoming" ? <Interpolate id="guidance.status.upcoming" vars={{ from: <CivilDate value={state.from} /> }} /> : t(`guidance.status.${state.kind}`)}
    </span>
  );
}

export function usePriceStateColumn<Row extends { state: GuidancePriceState }>(): Column<Row> {
  const t = useT();
  return { id: "status", header: t("guidance.col.status"), cell: (r) => <PriceState state={r.state} /> };
}
