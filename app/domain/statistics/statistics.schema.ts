/**
 * Public statistics (公开统计), client-safe: the metrics and their keys, the
 * charts the page draws, the suppression rule, and zod schemas of the rows
 * `publicStatistics` returns (what `/api/v1/statistics` will serve).
 *
 * Suppression (README "公开统计"): a figure derived from complaints (投诉 and
 * 举报) that is 1–4 is not shown ("<5" on the page, empty in the CSV with
 * suppressed = 1): in a district-month, or in one kindergarten's year, so few
 * complaints could point to the families who made them. Zero is shown (it
 * identifies nobody). Where a row of figures adds up to a total (twelve
 * months and their year; a kindergarten's outcomes and what it received), a
 * shown total would give the hidden figures' sum by subtraction, and hidden
 * figures of 1–4 whose sum is known can be worked out (two hidden months and
 * a sum of 2 are 1 and 1): so a total is withheld whenever one of its figures
 * is, and where two rows add up to the same withheld total, a row shown whole
 * has its smallest non-zero figure withheld too (its sum would be the total).
 * Figures about
 * kindergartens' filings, cases and decisions, refunds and published cases
 * concern legal persons and are shown as counted.
 */
import { z } from "zod";
import { CASE_SOURCES } from "~/domain/cases/case-queue.schema";
import { DECISION_KINDS, VIOLATION_KINDS } from "~/domain/cases/case-work.schema";
import { COMPLAINT_TRACKS } from "~/domain/complaints/complaint.schema";

/** Figures from 1 to SUPPRESSION_THRESHOLD − 1 of a suppressed metric are hidden. */
export const SUPPRESSION_THRESHOLD = 5;

/** The country's code in statistics rows (the levels above a district are sums of the level below). */
export const COUNTRY_CODE = "000000";
export const STATISTICS_LEVELS = ["district", "city", "province", "country"] as const;

/** Every metric, its keys (null: any rule id) and whether its figures are suppressed. */
export const METRICS = {
  /** Fee schedules (filing versions) filed in the month (submitted_at), by the kindergarten's district. */
  "filings.filed": { keys: ["all"], suppressed: false },
  /** The current flags of the filings filed in the month, by rule. */
  "flags.rule": { keys: null, suppressed: false },
  /** Cases opened in the month, by source. */
  "cases.opened": { keys: CASE_SOURCES, suppressed: false },
  /** Cases decided in the month (decided_on), by decision kind. */
  "cases.decided": { keys: DECISION_KINDS, suppressed: false },
  /** Refunds ordered by decisions of the month: the amount (fen) and the families. */
  "refunds.amount_fen": { keys: ["all"], suppressed: false },
  "refunds.families": { keys: ["all"], suppressed: false },
  /** Complaints and reports received in the month (received_at), by track, in the handling district. */
  "complaints.received": { keys: COMPLAINT_TRACKS, suppressed: true },
  /** 投诉 accepted in the month (accepted_on). */
  "complaints.accepted": { keys: ["all"], suppressed: true },
  /** Complaints and reports closed in the month (their "closed" event). */
  "complaints.closed": { keys: ["all"], suppressed: true },
  /** First decisions of the month (投诉: accepted or rejected; 举报: case or no case), within the legal deadline or late. */
  "complaints.decided": { keys: ["in_time", "late"], suppressed: true },
  /** Public cases published in the month (published_on), by decision kind; a later withdrawal keeps it counted there. */
  "cases.published": { keys: VIOLATION_KINDS, suppressed: false },
} as const;
export type MetricName = keyof typeof METRICS;
export const METRIC_NAMES = Object.keys(METRICS) as [MetricName, ...MetricName[]];

export const isSuppressedMetric = (metric: string): boolean => (METRICS as Record<string, { suppressed: boolean }>)[metric]?.suppressed ?? false;

/** The charts of the page, each with the metrics drawn (and tabled beside it). */
export const STATISTICS_CHARTS = {
  filings: { metrics: ["filings.filed"], width: 560, height: 220 },
  flags: { metrics: ["flags.rule"], width: 560, height: 320 },
  cases: { metrics: ["cases.opened"], width: 560, height: 240 },
  decisions: { metrics: ["cases.decided"], width: 560, height: 260 },
  refunds: { metrics: ["refunds.amount_fen", "refunds.families"], width: 560, height: 220 },
  complaints: { metrics: ["complaints.received", "complaints.accepted", "complaints.closed", "complaints.decided"], width: 560, height: 260 },
  published: { metrics: ["cases.published"], width: 560, height: 220 },
} as const satisfies Record<string, { metrics: readonly MetricName[]; width: number; height: number }>;
export type StatisticsChart = keyof typeof STATISTICS_CHARTS;
export const STATISTICS_CHART_NAMES = Object.keys(STATISTICS_CHARTS) as StatisticsChart[];
export const isStatisticsChart = (name: string): name is StatisticsChart => Object.hasOwn(STATISTICS_CHARTS, name);

/** The outcomes of a kindergarten's complaints, in the order shown; they add up to `received`. */
export const KINDERGARTEN_OUTCOMES = ["pending", "rejected", "agreement", "no_agreement", "case_opened", "no_case"] as const;
export type KindergartenOutcome = (typeof KINDERGARTEN_OUTCOMES)[number];

/** Years offered, and accepted in a query: the portal's records begin in 2020. */
export const FIRST_YEAR = 2020;

const figure = z.number().int().nonnegative().nullable();

/** One figure: a month's ('YYYY-MM') or the year's ('YYYY'); value null when suppressed. */
export const statisticsRowSchema = z.object({
  region_code: z.string().regex(/^\d{6}$/),
  level: z.enum(STATISTICS_LEVELS),
  period: z.string().regex(/^\d{4}(-\d{2})?$/),
  metric: z.enum(METRIC_NAMES),
  key: z.string().min(1).max(40),
  value: figure,
  suppressed: z.boolean(),
});
export type StatisticsRow = z.infer<typeof statisticsRowSchema>;

/** A kindergarten's complaints of a year and their outcomes; a figure is null when suppressed. */
export const kindergartenComplaintRowSchema = z.object({
  kindergarten_id: z.string(),
  kindergarten_name: z.string(),
  region_code: z.string().regex(/^\d{6}$/),
  year: z.string().regex(/^\d{4}$/),
  received: figure,
  complaints: figure,
  reports: figure,
  pending: figure,
  rejected: figure,
  agreement: figure,
  no_agreement: figure,
  case_opened: figure,
  no_case: figure,
  closed: figure,
});
export type KindergartenComplaintRow = z.infer<typeof kindergartenComplaintRowSchema>;

const hidden = (n: number) => n > 0 && n < SUPPRESSION_THRESHOLD;

/** Each figure of 1–4 withheld (null). */
export const suppressFigures = (values: readonly number[]): Array<number | null> => values.map((v) => (hidden(v) ? null : v));

/** A total: withheld when it is 1–4 or when any of the figures it adds up is withheld. */
export const suppressTotal = (total: number, parts: ReadonlyArray<number | null> = []): number | null =>
  hidden(total) || parts.includes(null) ? null : total;

/**
 * A row shown whole beside a withheld total that it adds up to gives that total away: its smallest non-zero figure
 * is withheld too. Returns the row as it may be shown.
 */
export function withholdOneOf(values: readonly number[], shown: Array<number | null>): Array<number | null> {
  if (shown.includes(null)) return shown;
  let smallest = -1;
  values.forEach((v, i) => {
    if (v > 0 && (smallest < 0 || v < values[smallest])) smallest = i;
  });
  return shown.map((v, i) => (i === smallest ? null : v));
}

/**
 * What a page shows for a figure: the number, or "—" where it is withheld: one from 1 to 4, or a total or a row's
 * figure withheld so that it does not give one away (that one may be any size, so "<5" would say what is not so).
 */
export const shownFigure = (value: number | null): string => (value === null ? "—" : String(value));
