/**
 * The officer's dashboard: where the cases of their scope stand. Open cases
 * by state and severity, overdue, due soon (CASE_DUE_SOON_WORKING_DAYS) and escalated; decisions this
 * month by type and the average days from opening to decision (last 90
 * days); for a city or province, per district: open, overdue, due soon and
 * decided this month (the page links each district to its queue).
 *
 * Every figure is a grouped count the indexes serve (state, region, due
 * state and date); a scope's figures are kept for a minute per process, so a
 * city lead refreshing the page, or fifty of them, costs the database one
 * set of counts a minute. A minute-old count is what a dashboard promises.
 */
import { sql, type SqlBool } from "kysely";
import type { DB } from "~/db/client";
import type { CaseDecisionKind, CaseStatus, Severity } from "~/db/schema";
import { regionCodeBounds, scopeFor } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";
import { addDays } from "~/utils/civil-date";
import { dueWithinBefore, shanghaiDate } from "~/utils/working-days";
import { CASE_DUE_SOON_WORKING_DAYS } from "./case-clock";
import { clockRunsSql, escalatedSql } from "./case-state.server";

export const DASHBOARD_TTL_MS = 60_000;
/** Scopes kept at once: one per district, city and province in a province, and then some. */
const CACHE_MAX = 500;
const DECISION_WINDOW_DAYS = 90;

export interface CaseDashboard {
  asOf: string;
  open: Array<{ status: CaseStatus; severity: Severity; count: number }>;
  overdue: number;
  /** Cases whose clock runs due within `dueSoonDays` (CASE_DUE_SOON_WORKING_DAYS) working days, as the queue's `within` view of that many days counts them. */
  dueSoon: number;
  dueSoonDays: number;
  escalated: number;
  /** Unfinished cases whose verification extension waits for a lead's answer. */
  extensionsWaiting: number;
  decisionsThisMonth: Array<{ kind: CaseDecisionKind; count: number }>;
  /** Average calendar days from opening to decision, decisions of the last 90 days; null without any. */
  averageDaysToDecision: number | null;
  decidedInWindow: number;
  /** Per district, for a scope above one district (a city, a province, everywhere); dueSoon as the scope's. */
  districts: Array<{ code: string; name: string; open: number; overdue: number; dueSoon: number; decidedThisMonth: number }>;
}

interface Entry {
  at: number;
  value: Promise<CaseDashboard>;
  /** The recount in flight, when one is. */
  refreshing?: Promise<CaseDashboard>;
}
const cache = new Map<string, Entry>();

/**
 * The dashboard of the actor's scope; null when the actor may read no cases.
 * Kept per scope and day: one count at a time per scope (requests arriving
 * while it runs share it), and a count older than a minute is served while
 * its recount runs, so only a scope's first visitor of the day waits for one.
 */
export async function caseDashboard(db: DB, actor: Actor, now: Date = new Date()): Promise<CaseDashboard | null> {
  const scope = scopeFor(actor, "read:case:any", "read:case:region");
  if (scope.kind === "none") return null;
  const regionCode = scope.kind === "region" ? scope.regionCode : null;
  const today = shanghaiDate(now);
  const key = `${regionCode ?? "*"}|${today}`;
  const hit = cache.get(key);
  if (!hit) {
    const entry: Entry = { at: now.getTime(), value: computeDashboard(db, regionCode, today) };
    if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
    cache.set(key, entry);
    entry.value.catch(() => cache.get(key) === entry && cache.delete(key));
    return entry.value;
  }
  if (now.getTime() - hit.at >= DASHBOARD_TTL_MS && !hit.refreshing) {
    const refreshing = computeDashboard(db, regionCode, today);
    hit.refreshing = refreshing;
    refreshing.then(
      () => Object.assign(hit, { at: now.getTime(), value: refreshing, refreshing: undefined }),
      () => (hit.refreshing = undefined),
    );
  }
  return hit.value;
}

/**
 * The unfinished cases, as the literal term of their partial index (inspection_cases_open_counts):
 * SQLite uses a partial index only for a query that carries its term, never a bound parameter.
 */
const UNFINISHED = sql<boolean>`status <> 'closed'`;

/** Past its date with its clock running (a settled case's stale state is not overdue). */
const OVERDUE = sql<SqlBool>`due_state = 'overdue' and ${clockRunsSql()}`;

/** The UTC day of opened_at, as literal SQL: Postgres matches a grouped expression to the selected one only without bound parameters. */
const OPENED_DAY = sql<string>`substr(opened_at, 1, 10)`;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

async function computeDashboard(db: DB, regionCode: string | null, today: string): Promise<CaseDashboard> {
  const cases = () => {
    const query = db.selectFrom("inspection_cases");
    if (regionCode === null) return query;
    const bounds = regionCodeBounds(regionCode);
    return "equals" in bounds
      ? query.where("region_code", "=", bounds.equals)
      : query.where("region_code", ">=", bounds.from).where("region_code", "<", bounds.before);
  };
  const monthStart = `${today.slice(0, 7)}-01`;
  const windowStart = addDays(today, -DECISION_WINDOW_DAYS);

  const unfinished = () => cases().where(UNFINISHED);
  // Due within CASE_DUE_SOON_WORKING_DAYS working days, a clock running: the queue's `within` filter of as many days,
  // which the figures link to, and the sweep's due soon (dueWithinBefore), which the queue's own figure counts.
  const dueSoon = sql<SqlBool>`${clockRunsSql()} and due_date >= ${today} and due_date < ${dueWithinBefore(today, CASE_DUE_SOON_WORKING_DAYS)}`;
  const decidedSince = (day: string) => cases().where("decided_on", "is not", null).where("decided_on", ">=", day);
  const perDistrict = regionCode === null || regionCode.endsWith("00");
  const [open, overdue, dueSoonCount, escalated, extensionsWaiting, decisions, decided, openByDistrict, decidedByDistrict] = await Promise.all([
    unfinished().select(["status", "severity"]).select((eb) => eb.fn.countAll<number>().as("n")).groupBy(["status", "severity"]).execute(),
    // Past their date or due soon: the cases whose clock runs, as the queue's filters these figures link to count them.
    unfinished().select((eb) => eb.fn.countAll<number>().as("n")).where(OVERDUE).executeTakeFirstOrThrow(),
    unfinished().select((eb) => eb.fn.countAll<number>().as("n")).where(dueSoon).executeTakeFirstOrThrow(),
    // In force, as the queue's escalated filter this figure links to reads them: a decided case's escalation is history.
    unfinished().select((eb) => eb.fn.countAll<number>().as("n")).where(escalatedSql()).executeTakeFirstOrThrow(),
    unfinished().select((eb) => eb.fn.countAll<number>().as("n")).where("extension_requested_at", "is not", null).executeTakeFirstOrThrow(),
    decidedSince(monthStart).select("decision_kind").select((eb) => eb.fn.countAll<number>().as("n")).where("decision_kind", "is not", null).groupBy("decision_kind").execute(),
    // Pairs of (opened day, decided day) with their count: the average without reading every case.
    decidedSince(windowStart)
      .select((eb) => [OPENED_DAY.as("opened_on"), "decided_on", eb.fn.countAll<number>().as("n")])
      .groupBy([OPENED_DAY, "decided_on"])
      .execute(),
    perDistrict
      ? unfinished()
          .select(["region_code"])
          .select((eb) => [eb.fn.countAll<number>().as("open"), eb.fn.countAll<number>().filterWhere(OVERDUE).as("overdue"), eb.fn.countAll<number>().filterWhere(dueSoon).as("due_soon")])
          .groupBy("region_code")
          .execute()
      : Promise.resolve([]),
    perDistrict
      ? decidedSince(monthStart).select(["region_code"]).select((eb) => eb.fn.countAll<number>().as("decided")).groupBy("region_code").execute()
      : Promise.resolve([]),
  ]);
  const openIn = new Map(openByDistrict.map((d) => [d.region_code, d]));
  const decidedIn = new Map(decidedByDistrict.map((d) => [d.region_code, Number(d.decided)]));
  const districts = [...new Set([...openIn.keys(), ...decidedIn.keys()])].map((code) => ({
    region_code: code,
    open: Number(openIn.get(code)?.open ?? 0),
    overdue: Number(openIn.get(code)?.overdue ?? 0),
    dueSoon: Number(openIn.get(code)?.due_soon ?? 0),
    decided: decidedIn.get(code) ?? 0,
  }));

  let days = 0;
  let decidedInWindow = 0;
  for (const row of decided) {
    if (!row.decided_on) continue;
    const n = Number(row.n);
    days += daysBetween(row.opened_on, row.decided_on) * n;
    decidedInWindow += n;
  }
  const names = districts.length
    ? new Map((await db.selectFrom("regions").select(["code", "name"]).where("code", "in", districts.map((d) => d.region_code)).execute()).map((r) => [r.code, r.name]))
    : new Map<string, string>();
  return {
    asOf: today,
    open: open.map((r) => ({ status: r.status, severity: r.severity, count: Number(r.n) })),
    overdue: Number(overdue.n),
    dueSoon: Number(dueSoonCount.n),
    dueSoonDays: CASE_DUE_SOON_WORKING_DAYS,
    escalated: Number(escalated.n),
    extensionsWaiting: Number(extensionsWaiting.n),
    decisionsThisMonth: decisions.flatMap((r) => (r.decision_kind ? [{ kind: r.decision_kind, count: Number(r.n) }] : [])),
    averageDaysToDecision: decidedInWindow > 0 ? Math.round((days / decidedInWindow) * 10) / 10 : null,
    decidedInWindow,
    districts: districts
      .map((d) => ({ code: d.region_code, name: names.get(d.region_code) ?? d.region_code, open: d.open, overdue: d.overdue, dueSoon: d.dueSoon, decidedThisMonth: d.decided }))
      .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.code.localeCompare(b.code)),
  };
}
