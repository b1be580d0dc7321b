/**
 * What the dashboard draws, client-safe: the page lays out its tables and
 * chart images from these, the server draws the charts from the same lists
 * (app/web/dashboard-charts.server.ts).
 */
export const OPEN_STATES = ["open", "in_progress", "awaiting_answer", "answered", "decided"] as const;
export const SEVERITIES = [
  { severity: "red", color: "#c0392b" },
  { severity: "amber", color: "#e0a030" },
  { severity: "info", color: "#7f8c8d" },
] as const;

export const DASHBOARD_CHARTS = {
  open: { width: 560, height: 260 },
  decisions: { width: 560, height: 240 },
} as const;
export type DashboardChart = keyof typeof DASHBOARD_CHARTS;

export const isDashboardChart = (name: string): name is DashboardChart => Object.hasOwn(DASHBOARD_CHARTS, name);
