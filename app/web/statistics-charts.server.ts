/**
 * The public statistics' charts, drawn from the same figures as the tables
 * beside them (ECharts SVG on the server, ./charts.server.ts) and served as
 * images of their own, as the officers' dashboard does: a suppressed figure
 * has no bar, so a chart never shows what its table withholds.
 */
import type { PublicStatistics } from "~/domain/statistics/statistics.queries.server";
import { METRICS, STATISTICS_CHARTS, type MetricName, type StatisticsChart } from "~/domain/statistics/statistics.schema";
import { translate, type Lang } from "~/i18n";
import { barChartSvg, chartVersion, type BarSeries } from "./charts.server";

const PALETTE = ["#1f5fa8", "#e0a030", "#2e8b57", "#c0392b", "#7f8c8d", "#8e44ad", "#16a085", "#d35400", "#2c3e50", "#b7950b"];

/** What a series of the page is called: a metric's key in words. */
export function seriesLabel(metric: MetricName, key: string, t: (key: string) => string): string {
  if (metric === "flags.rule") return key;
  if (metric === "cases.opened") return t(`statistics.source.${key}`);
  if (metric === "cases.decided" || metric === "cases.published") return t(`case.decisionKind.${key}`);
  if (metric === "complaints.received") return t(`statistics.received.${key}`);
  if (metric === "complaints.decided") return t(`statistics.decided.${key}`);
  return t(`statistics.metric.${metric}`);
}

/** The monthly values of each (metric, key) the chart draws; suppressed months are null. */
export function chartSeries(statistics: PublicStatistics, chart: StatisticsChart): Array<{ metric: MetricName; key: string; months: Array<number | null>; total: number | null }> {
  const metrics = STATISTICS_CHARTS[chart].metrics as readonly MetricName[];
  const out = new Map<string, { metric: MetricName; key: string; months: Array<number | null>; total: number | null }>();
  for (const row of statistics.rows) {
    if (!metrics.includes(row.metric)) continue;
    const k = `${row.metric}|${row.key}`;
    const entry = out.get(k) ?? out.set(k, { metric: row.metric, key: row.key, months: [], total: null }).get(k)!;
    if (row.period.length === 7) entry.months.push(row.value);
    else entry.total = row.value;
  }
  return [...out.values()];
}

export function statisticsChartSvg(chart: StatisticsChart, statistics: PublicStatistics, lang: Lang): string {
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
  const months = statistics.months.map((m) => translate(lang, "statistics.monthShort", { n: Number(m.slice(5)) }));
  const drawn: BarSeries[] = series
    // Refunds: the amount is drawn (in yuan); families are in the table.
    .filter((s) => s.metric !== "refunds.families")
    .map((s, i) => ({
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
