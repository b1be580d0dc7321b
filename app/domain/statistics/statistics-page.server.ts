/**
 * What the public statistics page shows of a region's year: the figures, each
 * chart's series (worked out once, so the page's data is what it shows and no
 * row list travels twice) and the titles of the rules its flags chart names
 * (a parent reads R03 by its title; the titles are in memory, no query).
 */
import type { DB } from "~/db/client";
import { latestRuleTitles, type RuleSet } from "~/rules/schema";
import { chartSeries } from "./statistics-charts";
import { publicStatistics, type StatisticsQuery } from "./statistics.queries.server";
import { STATISTICS_CHART_NAMES } from "./statistics.schema";

export async function publicStatisticsPage(db: DB, library: RuleSet, query: StatisticsQuery, now: Date = new Date()) {
  const result = await publicStatistics(db, query, now);
  if (!result.ok) return result;
  const charts = STATISTICS_CHART_NAMES.map((chart) => ({ chart, series: chartSeries(result.statistics, chart) }));
  const flagged = charts.find((c) => c.chart === "flags")?.series.map((x) => x.key) ?? [];
  return { ok: true as const, statistics: result.statistics, charts, rules: latestRuleTitles(library, flagged) };
}
