/** A chart of the officer's dashboard as an SVG image (app/web/dashboard-charts.server.ts says why not inlined). */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { caseDashboard } from "~/domain/cases/case-dashboard.queries.server";
import { requireActor } from "~/web/auth.server";
import { isDashboardChart } from "~/domain/cases/case-dashboard.charts";
import { chartImageResponse } from "~/web/charts.server";
import { dashboardChartSvg } from "~/web/dashboard-charts.server";
import { getDb } from "~/web/db.server";
import { getLang } from "~/web/lang.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  const chart = params.chart ?? "";
  if (!isDashboardChart(chart)) throw new Response("Not found", { status: 404 });
  const dashboard = await caseDashboard(getDb(), actor);
  if (!dashboard) throw new Response("Not found", { status: 404 });
  // The address carries the figures' version and the language: a minute's caching never shows an old chart.
  return chartImageResponse(await dashboardChartSvg(chart, dashboard, await getLang(request)), "private, max-age=60");
}
