/**
 * The division table as the administrator reads it (`/admin/regions`, `manage:region:any`): provinces, cities and
 * districts in code order (which is each followed by what it holds), filtered by province, searched by a code's
 * beginning or a part of a name, REGION_PAGE_SIZE rows a page by keyset on the code. The table is the kept one
 * (region-table.server.ts: read whole once per version, about 3,350 rows nationally), so the filter and the page cost
 * no query; the page's counts (kindergartens registered at each row's code, active officers placed there) are two
 * grouped queries over the page's codes alone, served by the indexes on region_code, whatever the national size.
 */
import type { DB } from "~/db/client";
import type { RegionLevel } from "~/db/schema";
import { REGION_PAGE_SIZE, REGION_SEARCH_MAX } from "./region-directory.schema";
import { fromRegionTable, type RegionRow } from "./region-table.server";

export interface RegionDirectoryFilters {
  /** A province's code (xx0000): its rows only. */
  province?: string;
  /** Digits: codes beginning with them; anything else: names containing it. */
  q?: string;
  /** The cursor: the last code of the page before. */
  after?: string;
}

export interface RegionListing {
  code: string;
  name: string;
  level: RegionLevel;
  /** The names above it, province first. */
  within: string[];
  /** Divisions directly below it. */
  children: number;
  /** Kindergartens of the registry placed at this code (any status). */
  kindergartens: number;
  /** Active officers' accounts placed at this code. */
  officers: number;
}

interface Directory {
  sorted: readonly RegionRow[];
  byCode: ReadonlyMap<string, RegionRow>;
  children: ReadonlyMap<string, number>;
  totals: Record<RegionLevel, number>;
}

const directory = fromRegionTable((rows): Directory => {
  const sorted = [...rows].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const children = new Map<string, number>();
  const totals: Record<RegionLevel, number> = { province: 0, city: 0, district: 0 };
  for (const r of sorted) {
    totals[r.level] += 1;
    if (r.parent_code) children.set(r.parent_code, (children.get(r.parent_code) ?? 0) + 1);
  }
  return { sorted, byCode: new Map(sorted.map((r) => [r.code, r])), children, totals };
});

/** First index whose code is greater than `code` (the rows are sorted by code). */
function firstAfter(rows: readonly RegionRow[], code: string): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].code <= code) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function matcher(f: RegionDirectoryFilters): (r: RegionRow) => boolean {
  const prefix = f.province ? f.province.slice(0, 2) : "";
  const q = f.q?.trim().normalize("NFC").slice(0, REGION_SEARCH_MAX).toLowerCase() ?? "";
  const byCode = /^\d+$/.test(q);
  return (r) => r.code.startsWith(prefix) && (q === "" || (byCode ? r.code.startsWith(q) : r.name.toLowerCase().includes(q)));
}

async function countsAt(db: DB, codes: string[]) {
  if (codes.length === 0) return { kindergartens: new Map<string, number>(), officers: new Map<string, number>() };
  const [kindergartens, officers] = await Promise.all([
    db
      .selectFrom("kindergartens")
      .select((eb) => ["region_code", eb.fn.countAll().as("n")])
      .where("region_code", "in", codes)
      .groupBy("region_code")
      .execute(),
    db
      .selectFrom("users")
      .select((eb) => ["region_code", eb.fn.countAll().as("n")])
      .where("region_code", "in", codes)
      .where("role", "=", "officer")
      .where("active", "=", 1)
      .groupBy("region_code")
      .execute(),
  ]);
  const byCode = (rows: Array<{ region_code: string | null; n: unknown }>) => new Map(rows.map((r) => [r.region_code ?? "", Number(r.n)]));
  return { kindergartens: byCode(kindergartens), officers: byCode(officers) };
}

/** One page of the directory, what matched in all, the table's totals and the provinces the filter offers. */
export async function regionDirectoryPage(db: DB, f: RegionDirectoryFilters) {
  const dir = await directory(db);
  const matches = matcher(f);
  const start = f.after ? firstAfter(dir.sorted, f.after) : 0;
  const page: RegionRow[] = [];
  let next: string | null = null;
  let matched = 0;
  for (let i = 0; i < dir.sorted.length; i++) {
    const r = dir.sorted[i];
    if (!matches(r)) continue;
    matched += 1;
    if (i < start) continue;
    if (page.length < REGION_PAGE_SIZE) page.push(r);
    else next ??= page[page.length - 1].code;
  }
  const counts = await countsAt(db, page.map((r) => r.code));
  const within = (r: RegionRow): string[] => {
    const names: string[] = [];
    for (let up = r.parent_code ? dir.byCode.get(r.parent_code) : undefined; up; up = up.parent_code ? dir.byCode.get(up.parent_code) : undefined) names.unshift(up.name);
    return names;
  };
  const rows: RegionListing[] = page.map((r) => ({
    code: r.code,
    name: r.name,
    level: r.level,
    within: within(r),
    children: dir.children.get(r.code) ?? 0,
    kindergartens: counts.kindergartens.get(r.code) ?? 0,
    officers: counts.officers.get(r.code) ?? 0,
  }));
  return {
    rows,
    next,
    matched,
    totals: dir.totals,
    provinces: dir.sorted.filter((r) => r.level === "province").map((r) => ({ code: r.code, name: r.name })),
  };
}
