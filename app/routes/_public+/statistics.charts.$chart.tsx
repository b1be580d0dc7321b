/** A chart of the public statistics as an SVG image, addressed by region, year, language and the figures' version. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { publicStatistics } from "~/domain/statistics/statistics.queries.server";
import { isStatisticsChart } from "~/domain/statistics/statistics.schema";
import { chartImageResponse } from "~/web/charts.server";
import { getDb } from "~/web/db.server";
import { throwFailure } from "~/web/failure.server";
import { statisticsChartSvg } from "~/web/statistics-charts.server";
import { readStatisticsQuery } from "~/web/statistics-query.server";
import type { SharedPublicPage } from "~/domain/public-reads/public-sources";

/** The same for every signed-out reader until these change: kept between changes (app/web/shared-reads.server.ts). */
export const handle = { sharedPublicPage: { sources: ["statistics", "kindergartens_public", "regions"], query: ["province", "city", "district", "year", "lang"] } satisfies SharedPublicPage };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const chart = params.chart ?? "";
  if (!isStatisticsChart(chart)) throw new Response("Not found", { status: 404 });
  const query = readStatisticsQuery(request);
  const result = await publicStatistics(getDb(), query);
  if (!result.ok) throwFailure(result);
  // Public and the same for everyone: the address carries the language and the figures' version (v), so it may be kept.
  return chartImageResponse(await statisticsChartSvg(chart, result.statistics, query.lang ?? "zh-CN"), "public, max-age=300");
}
