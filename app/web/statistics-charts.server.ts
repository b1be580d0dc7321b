/**
 * The public statistics' charts, drawn from the same figures as the tables
 * beside them (ECharts SVG on the server, ./charts.server.ts) and served as
 * images of their own, as the officers' dashboard does: a suppressed figure
 * has no bar, so a chart never shows what its table withholds.
 */
import { chartSeries, drawnSeries, seriesLabel } from "~/domain/statistics/statistics-charts";
import { formatMonthShort } from "~/utils/instant";
import type { PublicStatistics } from "~/domain/statistics/statistics.queries.server";
import { METRICS, STATISTICS_CHARTS, type StatisticsChart } from "~/domain/statistics/statistics.schema";
import { translate, type Lang } from "~/i18n";
import { barChartSvg, chartVersion, type BarSeries } from "./charts.server";

const PALETTE = ["#1f5fa8", "#e0a030", "#2e8b57", "#c0392b", "#7f8c8d", "#8e44ad", "#16a085", "#d35400", "#2c3e50", "#b7950b"];

export function statisticsChartSvg(chart: StatisticsChart, statistics: PublicStatistics, lang: Lang): Promise<string> {
  const t = (key: string) => translate(lang, key);
  const size = STATISTICS_CHARTS[chart];
  const series = chartSeries(statistics, chart);
  if (chart === "flags") {
    // A bar per rule over the year: twelve months of twenty rules would be unreadable.
    const ranked = series.filter((s) => (s.total ?? 0) > 0).sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || a.key.localeCompare(b.key));
    return barChartSvg({
      ...size,
      categories: ranked.map((s) => s.key),
      series: [{ name: t("statistics.chart.flags"), color: PALETTE[0], data: ranked.map((s) => s.total) }],
      horizontal: true,
    });
  }
  const months = statistics.months.map((m) => formatMonthShort(Number(m.slice(5)), lang));
  // Refunds: the amount is drawn (in yuan); families are in the table.
  const drawn: BarSeries[] = drawnSeries(series).map((s, i) => ({
    name: seriesLabel(s.metric, s.key, t),
    color: PALETTE[i % PALETTE.length],
    data: s.metric === "refunds.amount_fen" ? s.months.map((v) => (v === null ? null : Math.round(v / 100))) : s.months,
  }));
  // Stacked where the keys divide one whole (sources, decision kinds); side by side where they are different counts (complaints).
  const stacked = chart !== "complaints" && series.every((s) => METRICS[s.metric].keys !== null);
  return barChartSvg({ ...size, categories: months, series: drawn, stacked });
}

/** The version of the figures in the image addresses. */
export const statisticsChartsVersion = (statistics: PublicStatistics): string => chartVersion([statistics.region.code, statistics.year, statistics.rows]);
