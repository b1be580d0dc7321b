/**
 * How an open-data URL answers (a kindergarten's fees.json and fees.csv, the
 * API under /api/v1): the same for everyone (public data, nothing depends on
 * who asks), so browsers and proxies may keep it for a few minutes; a new
 * filing shows within that time. The file name is ASCII, which every
 * client's download dialog takes.
 */
export const OPEN_DATA_MAX_AGE_SECONDS = 300;

const TYPES = { json: "application/json; charset=utf-8", csv: "text/csv; charset=utf-8" } as const;

export type OpenDataFormat = keyof typeof TYPES;

export function openDataHeaders(format: OpenDataFormat, fileName: string): Record<string, string> {
  const safeName = fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  return {
    "Content-Type": TYPES[format],
    // JSON opens in the browser; a CSV is saved (and opened in a spreadsheet).
    "Content-Disposition": `${format === "csv" ? "attachment" : "inline"}; filename="${safeName}.${format}"`,
    "Cache-Control": `public, max-age=${OPEN_DATA_MAX_AGE_SECONDS}`,
  };
}

export function openDataResponse(body: string, format: OpenDataFormat, fileName: string): Response {
  return new Response(body, { headers: openDataHeaders(format, fileName) });
}
