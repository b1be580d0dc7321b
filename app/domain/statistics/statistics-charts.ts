/**
 * What the statistics page lays out from its figures, client-safe: a
 * series' words and each chart's monthly series. The page's tables and the
 * server's chart images (app/web/statistics-charts.server.ts) use the same,
 * so a chart and its table always agree.
 */
import type { PublicStatistics } from "./statistics.queries.server";
import { STATISTICS_CHARTS, type MetricName, type StatisticsChart } from "./statistics.schema";
import { barChartHeight } from "~/utils/chart-size";

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

/** The series a chart draws as monthly bars: refunds draw the amount, the families are in the table only. */
export function drawnSeries<T extends { metric: MetricName }>(series: readonly T[]): T[] {
  return series.filter((s) => s.metric !== "refunds.families");
}

/** The height a chart's image is drawn at, for the page to declare: the flags chart is one series (a bar per rule). */
export function chartImageHeight(chart: StatisticsChart, series: ReadonlyArray<{ metric: MetricName }>): number {
  return barChartHeight(STATISTICS_CHARTS[chart].height, chart === "flags" ? 1 : drawnSeries(series).length);
}
