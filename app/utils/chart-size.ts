/**
 * How tall a bar chart's image is drawn (app/web/charts.server.ts), client-safe: a page declares the image's size
 * before it loads, and a declared size that differs from the drawn one moves the page as the image arrives.
 */

/** The height of one legend line (15 px text, its gap). */
export const LEGEND_LINE = 22;

/** The plot's height and, when there is more than one series, a legend line per series under it. */
export function barChartHeight(plotHeight: number, seriesCount: number): number {
  return plotHeight + (seriesCount > 1 ? seriesCount * LEGEND_LINE : 0);
}
