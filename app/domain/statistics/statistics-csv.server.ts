/**
 * The public statistics as CSV (/statistics.csv): the page's figures, one a
 * line, with the region, period, metric and key as codes (README "公开统计"
 * lists them). A suppressed figure is an empty value with suppressed = 1, so
 * a program cannot mistake it for a zero. UTF-8 with a byte-order mark, CRLF,
 * formula-like cells escaped, as the other open-data files.
 */
import Papa from "papaparse";
import type { PublicStatistics } from "./statistics.queries.server";

export const STATISTICS_CSV_COLUMNS = ["region_code", "region_name", "level", "period", "metric", "key", "value", "suppressed"] as const;

export function statisticsCsv(statistics: PublicStatistics): string {
  const name = statistics.region.name;
  const data = statistics.rows.map((r) => [r.region_code, name, r.level, r.period, r.metric, r.key, r.value === null ? "" : r.value, r.suppressed ? 1 : 0]);
  return `\uFEFF${Papa.unparse({ fields: [...STATISTICS_CSV_COLUMNS], data }, { escapeFormulae: true, newline: "\r\n" })}\r\n`;
}

/** The file's name: the region's code (or "china") and the year. */
export const statisticsCsvName = (statistics: PublicStatistics): string => `statistics-${statistics.region.code ?? "china"}-${statistics.year}`;
