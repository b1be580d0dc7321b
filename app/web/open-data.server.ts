/**
 * How an open-data URL answers: the same for everyone (public data, nothing
 * depends on who asks), so browsers and proxies may keep it for a few minutes;
 * a new filing shows within that time. The file name is ASCII, which every
 * client's download dialog takes.
 */
const MAX_AGE_SECONDS = 300;

const TYPES = { json: "application/json; charset=utf-8", csv: "text/csv; charset=utf-8" } as const;

export function openDataResponse(body: string, format: keyof typeof TYPES, fileName: string): Response {
  const safeName = fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(body, {
    headers: {
      "Content-Type": TYPES[format],
      // JSON opens in the browser; a CSV is saved (and opened in a spreadsheet).
      "Content-Disposition": `${format === "csv" ? "attachment" : "inline"}; filename="${safeName}.${format}"`,
      "Cache-Control": `public, max-age=${MAX_AGE_SECONDS}`,
    },
  });
}
