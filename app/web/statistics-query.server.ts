/**
 * The public statistics' query, one reader for the page, its CSV and its
 * chart images, so the three take the same parameters: the region chooser's
 * province, city and district (the most specific one given counts; none is
 * the whole country), the year, and for an image its language.
 */
import { z } from "zod";
import { LANGS } from "~/i18n";
import { queryParam, readQuery } from "./query.server";

const year = () => z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^\d{4}$/, "not a year").optional());

export function statisticsQuery() {
  return z.object({
    province: queryParam.regionCode(),
    city: queryParam.regionCode(),
    district: queryParam.regionCode(),
    year: year(),
    lang: queryParam.oneOf(LANGS as unknown as readonly ["zh-CN", "en"]),
  });
}
// Built at the first request (queryParam is server code; zod compiles a schema at its first parse).
let schema: ReturnType<typeof statisticsQuery> | undefined;

export function readStatisticsQuery(request: Request) {
  return readQuery(request, (schema ??= statisticsQuery()));
}

/** The query string of a region and year, as the page's links, CSV and images carry it. */
export function statisticsSearch(q: { province?: string; city?: string; district?: string; year?: string }, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ province: q.province, city: q.city, district: q.district, year: q.year, ...extra })) if (v) params.set(k, v);
  return params.toString();
}
