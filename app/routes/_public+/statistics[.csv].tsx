/** The public statistics of a region and year as CSV (open data; columns in the README, "公开统计"). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { statisticsCsv, statisticsCsvName } from "~/domain/statistics/statistics-csv.server";
import { publicStatistics } from "~/domain/statistics/statistics.queries.server";
import { getDb } from "~/web/db.server";
import { throwFailure } from "~/web/failure.server";
import { openDataResponse } from "~/web/open-data.server";
import { readStatisticsQuery } from "~/web/statistics-query.server";
import type { SharedPublicPage } from "~/domain/public-reads/public-sources";

/** The same for every signed-out reader until these change: kept between changes (app/web/shared-reads.server.ts). */
export const handle = { sharedPublicPage: { sources: ["statistics", "kindergartens_public", "regions"], query: ["province", "city", "district", "year", "lang"] } satisfies SharedPublicPage };

export async function loader({ request }: LoaderFunctionArgs) {
  const result = await publicStatistics(getDb(), readStatisticsQuery(request));
  if (!result.ok) throwFailure(result);
  return openDataResponse(statisticsCsv(result.statistics), "csv", statisticsCsvName(result.statistics));
}
