/**
 * Charts drawn on the server as SVG (Apache ECharts' server-side renderer):
 * the page carries a finished picture, no chart script reaches the browser,
 * and a page printed or saved keeps it. Only the parts a bar chart needs are
 * registered, and only when the first chart is drawn: loaded, even that part
 * of ECharts holds ~12 MB of the web process's heap, which a process that
 * never draws a chart (most of them: only the dashboard's and the
 * statistics' images do) would carry for nothing.
 */
import crypto from "node:crypto";
import { barChartHeight } from "~/utils/chart-size";

type ECharts = typeof import("echarts/core");
let loading: Promise<ECharts> | undefined;

function loadECharts(): Promise<ECharts> {
  loading ??= (async () => {
    const [echarts, { BarChart }, { GridComponent, LegendComponent }, { SVGRenderer }] = await Promise.all([
      import("echarts/core"),
      import("echarts/charts"),
      import("echarts/components"),
      import("echarts/renderers"),
    ]);
    echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);
    return echarts;
  })().catch((error: unknown) => {
    // A failed load is tried again by the next chart, not kept as every chart's answer.
    loading = undefined;
    throw error;
  });
  return loading;
}

export interface BarSeries {
  name: string;
  /** null: no bar (a figure withheld, such as a suppressed count). */
  data: Array<number | null>;
  color: string;
}

export interface BarChartOptions {
  categories: string[];
  series: BarSeries[];
  width?: number;
  height?: number;
  stacked?: boolean;
  horizontal?: boolean;
}

/**
 * Drawn charts by their options: drawing one costs ~20 ms of the main thread, and a
 * dashboard's figures (kept a minute per scope) draw the same chart for every visitor.
 */
const drawn = new Map<string, string>();
const DRAWN_MAX = 200;

/** A (stacked) bar chart, one bar per category; the series in the legend. */
export async function barChartSvg(opts: BarChartOptions): Promise<string> {
  const key = JSON.stringify(opts);
  let svg = drawn.get(key);
  if (svg === undefined) {
    svg = draw(await loadECharts(), opts);
    if (drawn.size >= DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
    drawn.set(key, svg);
  }
  return svg;
}

function draw(echarts: ECharts, opts: BarChartOptions): string {
  const width = opts.width ?? 560;
  // The legend is one series a line under the chart: side by side, long names ran into each other at a phone's
  // width (the image is shown ~350 wide there); the image grows by the legend's lines instead.
  const plotHeight = opts.height ?? 260;
  const height = barChartHeight(plotHeight, opts.series.length);
  const legendHeight = height - plotHeight;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    // The image is drawn 560 wide and shown ~350 wide on a phone: text is drawn large enough to read there (~9 px).
    const categoryAxis = { type: "category" as const, data: opts.categories, axisLabel: { interval: 0, fontSize: 13 } };
    const valueAxis = { type: "value" as const, minInterval: 1 };
    chart.setOption({
      animation: false,
      // Opaque, the white of the panel it sits on: the light placeholder behind the image (img.chart, styles.css),
      // which keeps its place before it loads, is not seen through it after.
      backgroundColor: "#fff",
      textStyle: { fontFamily: "system-ui, 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', sans-serif" },
      legend: { show: legendHeight > 0, orient: "vertical", left: 8, bottom: 4, itemGap: 6, textStyle: { fontSize: 15 }, itemWidth: 18, itemHeight: 12 },
      grid: { left: opts.horizontal ? 110 : 40, right: 16, top: 12, bottom: 30 + legendHeight },
      xAxis: opts.horizontal ? valueAxis : categoryAxis,
      yAxis: opts.horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
      series: opts.series.map((s) => ({ type: "bar", name: s.name, data: s.data, itemStyle: { color: s.color }, ...(opts.stacked ? { stack: "all" } : {}) })),
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/**
 * A version of the figures a chart is drawn from, for its image address: the
 * page and the image are fetched apart, and a new address whenever the
 * figures change means a cached image is never older than the table beside it.
 */
export function chartVersion(figures: unknown): string {
  return crypto.createHash("sha1").update(JSON.stringify(figures)).digest("base64url").slice(0, 10);
}

/**
 * How a chart image answers: SVG that may run nothing (no script, no outside
 * resource: the policy allows only inline styles), cached as the caller says
 * (its address carries the figures' version and the language).
 */
export function chartImageResponse(svg: string, cacheControl: string): Response {
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": cacheControl,
      "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}
