/**
 * The dashboard's two charts, drawn from its figures (ECharts SVG on the
 * server, app/web/charts.server.ts). They are served as images of their own
 * (officer+/dashboard.charts.$chart[.svg].tsx) rather than inlined: inlined,
 * each chart travels twice in every page (in the HTML and again in the
 * loader data Remix hydrates from), ~35 kB that made the page cost three
 * bare pages to serve; as images a browser fetches them once a minute.
 */
import type { CaseDashboard } from "~/domain/cases/case-dashboard.queries.server";
import { DECISION_KINDS } from "~/domain/cases/case-work.schema";
import { translate, type Lang } from "~/i18n";
import { DASHBOARD_CHARTS, OPEN_STATES, SEVERITIES, type DashboardChart } from "~/domain/cases/case-dashboard.charts";
import { barChartSvg, chartVersion } from "./charts.server";

export function dashboardChartSvg(chart: DashboardChart, dashboard: CaseDashboard, lang: Lang): Promise<string> {
  const t = (key: string) => translate(lang, key);
  const size = DASHBOARD_CHARTS[chart];
  if (chart === "open") {
    return barChartSvg({
      ...size,
      categories: OPEN_STATES.map((s) => t(`case.status.${s}`)),
      series: SEVERITIES.map(({ severity, color }) => ({
        name: t(`severity.${severity}`),
        color,
        data: OPEN_STATES.map((s) => dashboard.open.find((o) => o.status === s && o.severity === severity)?.count ?? 0),
      })),
      stacked: true,
    });
  }
  return barChartSvg({
    ...size,
    categories: DECISION_KINDS.map((k) => t(`case.decisionKind.${k}`)),
    series: [{ name: t("dashboard.decisions"), color: "#1f5fa8", data: DECISION_KINDS.map((k) => dashboard.decisionsThisMonth.find((d) => d.kind === k)?.count ?? 0) }],
    horizontal: true,
  });
}

/** Changes when a chart's figures do: the page's image address carries it, so a browser never shows an older chart than the table. */
export function dashboardChartsVersion(dashboard: CaseDashboard): string {
  return chartVersion([dashboard.open, dashboard.decisionsThisMonth]);
}
