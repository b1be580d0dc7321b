/**
 * What the public statistics page (and later /api/v1/statistics) reads: a
 * region's year of precomputed figures, suppressed where they could point to
 * a person (statistics.schema.ts), and its kindergartens' complaints. Every
 * level has its own precomputed rows (the refresh sums districts into cities,
 * provinces and the country), so a read is one primary-key range of a few
 * hundred rows whatever the region: no aggregation on a request.
 */
import type { DB } from "~/db/client";
import type { StatisticsLevel } from "~/db/schema";
import { findPublicKindergarten } from "~/domain/disclosure/disclosure.queries.server";
import type { PublicKindergartenFacts } from "~/domain/disclosure/disclosure.schema";
import { regionChoices, regionDirectory } from "~/domain/disclosure/region-directory.server";
import { regionChainOf, regionCodeBounds } from "~/domain/regions/region-scope";
import { invalid, message, type Result } from "~/domain/result";
import { shanghaiDate } from "~/utils/working-days";
import {
  COUNTRY_CODE,
  FIRST_YEAR,
  KINDERGARTEN_OUTCOMES,
  METRICS,
  METRIC_NAMES,
  suppressFigures,
  suppressTotal,
  withholdOneOf,
  type KindergartenComplaintRow,
  type MetricName,
  type StatisticsRow,
} from "./statistics.schema";

/** The most complained-about kindergartens listed for a city or district. */
export const KINDERGARTEN_LIST_MAX = 50;

export interface StatisticsQuery {
  province?: string;
  city?: string;
  district?: string;
  year?: string;
}

export interface PublicStatistics {
  /** code null: the whole country. */
  region: { code: string | null; name: string; level: StatisticsLevel };
  year: string;
  years: string[];
  months: string[];
  /** Every (metric, key) of the year: twelve months and the year ('YYYY'); keys without any figure are left out, except a metric's fixed keys. */
  rows: StatisticsRow[];
  /** The region's kindergartens with complaints in the year, most first; null above a city (too many to list). */
  kindergartens: KindergartenComplaintRow[] | null;
  choices: ReturnType<typeof regionChoices>;
}

/** Years a page may ask for: the first year of records to this one. */
export function statisticsYears(now: Date = new Date()): string[] {
  const last = Number(shanghaiDate(now).slice(0, 4));
  const years: string[] = [];
  for (let y = last; y >= FIRST_YEAR; y -= 1) years.push(String(y));
  return years;
}

export async function publicStatistics(db: DB, query: StatisticsQuery, now: Date = new Date()): Promise<Result<{ statistics: PublicStatistics }>> {
  const years = statisticsYears(now);
  const year = query.year ?? years[0];
  if (!years.includes(year)) return invalid({ year: [message("statistics.year.invalid")] });
  const directory = await regionDirectory(db);
  const code = query.district ?? query.city ?? query.province ?? null;
  const level: StatisticsLevel | undefined = code === null ? "country" : directory.level(code);
  if (!level) return invalid({ region: [message("statistics.region.invalid")] });
  const regionCode = code ?? COUNTRY_CODE;

  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  const cells = await db
    .selectFrom("statistics_cells")
    .select(["month", "metric", "key", "value"])
    .where("level", "=", level)
    .where("region_code", "=", regionCode)
    .where("month", ">=", months[0])
    .where("month", "<=", months[11])
    .execute();

  const byKey = new Map<string, number[]>();
  const keyed = (metric: MetricName, key: string) => {
    const k = `${metric}|${key}`;
    return byKey.get(k) ?? byKey.set(k, new Array<number>(12).fill(0)).get(k)!;
  };
  for (const metric of METRIC_NAMES) for (const key of METRICS[metric].keys ?? []) keyed(metric, key);
  for (const c of cells) {
    if (!(c.metric in METRICS)) continue;
    keyed(c.metric as MetricName, c.key)[Number(c.month.slice(5, 7)) - 1] += Number(c.value);
  }

  const rows: StatisticsRow[] = [];
  // Each series' place worked out once, not in every comparison (the page's loader runs this on every request).
  const order = [...byKey].map(([k, values]) => {
    const [metric, key] = k.split("|") as [MetricName, string];
    return { metric, key, values, rank: METRIC_NAMES.indexOf(metric), keyRank: keyOrder(metric, key) };
  });
  order.sort((a, b) => a.rank - b.rank || a.keyRank - b.keyRank || KEY_COLLATOR.compare(a.key, b.key));
  for (const { metric, key, values } of order) {
    const total = values.reduce((a, b) => a + b, 0);
    const suppressed = METRICS[metric].suppressed;
    const shown = suppressed ? suppressFigures(values) : values;
    const shownTotal = suppressed ? suppressTotal(total, shown) : total;
    months.forEach((period, i) => rows.push({ region_code: regionCode, level, metric, key, period, value: shown[i], suppressed: shown[i] === null }));
    rows.push({ region_code: regionCode, level, metric, key, period: year, value: shownTotal, suppressed: shownTotal === null });
  }

  return {
    ok: true,
    statistics: {
      // Named as the directory names places, in Chinese (the CSV and the API carry it; the page says it in its language).
      region: { code, name: code === null ? "全国" : directory.place(code), level },
      year,
      years,
      months,
      rows,
      kindergartens: level === "district" || level === "city" ? await kindergartenComplaints(db, regionCode, year) : null,
      // The choosers show the region counted, with its own province and city (not a contradicting ?province=).
      choices: regionChoices(directory, regionChainOf(query)),
    },
  };
}

/** localeCompare's order, from one collator: localeCompare sets one up on every call. */
const KEY_COLLATOR = new Intl.Collator();

const keyOrder = (metric: MetricName, key: string): number => {
  const keys = METRICS[metric].keys as readonly string[] | null;
  const i = keys ? keys.indexOf(key) : -1;
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

/**
 * One kindergarten's complaints, every year it received any, newest first, suppressed (as 12315's
 * complaint-information platform shows a business's); null for a kindergarten the public may not see.
 */
export async function kindergartenComplaintHistory(
  db: DB,
  kindergartenId: string,
): Promise<{ kindergarten: PublicKindergartenFacts; years: KindergartenComplaintRow[] } | null> {
  const kindergarten = await findPublicKindergarten(db, kindergartenId);
  if (!kindergarten) return null;
  const rows = await db.selectFrom("kindergarten_complaint_statistics").selectAll().where("kindergarten_id", "=", kindergarten.id).orderBy("year", "desc").execute();
  return { kindergarten, years: rows.map((r) => suppressedRow({ ...r, name_in_use: kindergarten.name_in_use })) };
}

type StoredYear = Omit<KindergartenComplaintRow, "kindergarten_name" | "received" | "complaints" | "reports" | "closed" | (typeof KINDERGARTEN_OUTCOMES)[number]> &
  Record<"received" | "complaints" | "reports" | "closed" | (typeof KINDERGARTEN_OUTCOMES)[number], number> & { name_in_use: string };

/**
 * A kindergarten's year as the public reads it: each figure 1–4 withheld; what it received (= complaints + reports =
 * its outcomes) and what was closed (= its outcomes but pending) withheld with any of them, and then neither group
 * shown whole, as either would add up to what it received.
 */
function suppressedRow(r: StoredYear): KindergartenComplaintRow {
  const kinds = [r.complaints, r.reports];
  const outcomeValues = KINDERGARTEN_OUTCOMES.map((o) => r[o]);
  let [complaints, reports] = suppressFigures(kinds);
  let outcomes = suppressFigures(outcomeValues);
  const received = suppressTotal(r.received, [complaints, reports, ...outcomes]);
  if (received === null && r.received > 0) {
    [complaints, reports] = withholdOneOf(kinds, [complaints, reports]);
    outcomes = withholdOneOf(outcomeValues, outcomes);
  }
  return {
    kindergarten_id: r.kindergarten_id,
    kindergarten_name: r.name_in_use,
    region_code: r.region_code,
    year: r.year,
    received,
    complaints,
    reports,
    ...(Object.fromEntries(KINDERGARTEN_OUTCOMES.map((o, i) => [o, outcomes[i]])) as Record<(typeof KINDERGARTEN_OUTCOMES)[number], number | null>),
    closed: suppressTotal(r.closed, outcomes),
  };
}

/** A city's or district's kindergartens with complaints received in the year, most first, suppressed. */
async function kindergartenComplaints(db: DB, regionCode: string, year: string): Promise<KindergartenComplaintRow[]> {
  const bounds = regionCodeBounds(regionCode);
  let query = db
    .selectFrom("kindergarten_complaint_statistics as s")
    .innerJoin("kindergartens as k", "k.id", "s.kindergarten_id")
    .selectAll("s")
    .select("k.name_in_use")
    .where("s.year", "=", year)
    .where("k.status", "<>", "closed");
  query =
    "equals" in bounds
      ? query.where("s.region_code", "=", bounds.equals)
      : query.where("s.region_code", ">=", bounds.from).where("s.region_code", "<", bounds.before);
  const rows = await query.orderBy("s.received", "desc").orderBy("s.kindergarten_id").limit(KINDERGARTEN_LIST_MAX).execute();
  return rows.map(suppressedRow);
}
