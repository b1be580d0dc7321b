/**
 * The officer's dashboard: where the cases of their scope stand. Open cases
 * by state and severity, overdue, due this week and escalated; decisions this
 * month by type and the average days from opening to decision (last 90
 * days); for a city or province, the same per district.
 *
 * Every figure is a grouped count the indexes serve (state, region, due
 * state and date); a scope's figures are kept for a minute per process, so a
 * city lead refreshing the page, or fifty of them, costs the database one
 * set of counts a minute. A minute-old count is what a dashboard promises.
 */
import { sql } from "kysely";
import type { DB } from "~/db/client";
import type { CaseDecisionKind, CaseStatus, Severity } from "~/db/schema";
import { regionCodeBounds, scopeFor } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate } from "~/utils/working-days";

export const DASHBOARD_TTL_MS = 60_000;
/** Scopes kept at once: one per district, city and province in a province, and then some. */
const CACHE_MAX = 500;
const DECISION_WINDOW_DAYS = 90;

export interface CaseDashboard {
  asOf: string;
  open: Array<{ status: CaseStatus; severity: Severity; count: number }>;
  overdue: number;
  dueThisWeek: number;
  escalated: number;
  decisionsThisMonth: Array<{ kind: CaseDecisionKind; count: number }>;
  /** Average calendar days from opening to decision, decisions of the last 90 days; null without any. */
  averageDaysToDecision: number | null;
  decidedInWindow: number;
  /** Per district, for a scope above one district (a city, a province, everywhere). */
  districts: Array<{ code: string; name: string; open: number; overdue: number; decidedThisMonth: number }>;
}

const cache = new Map<string, { at: number; value: CaseDashboard }>();

/** The dashboard of the actor's scope; null when the actor may read no cases. */
export async function caseDashboard(db: DB, actor: Actor, now: Date = new Date()): Promise<CaseDashboard | null> {
  const scope = scopeFor(actor, "read:case:any", "read:case:region");
  if (scope.kind === "none") return null;
  const regionCode = scope.kind === "region" ? scope.regionCode : null;
  const today = shanghaiDate(now);
  const key = `${regionCode ?? "*"}|${today}`;
  const hit = cache.get(key);
  if (hit && now.getTime() - hit.at < DASHBOARD_TTL_MS) return hit.value;
  const value = await computeDashboard(db, regionCode, today);
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, { at: now.getTime(), value });
  return value;
}

/** The end of the ISO week (Sunday) a civil date falls in. */
function sundayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return addDays(date, (7 - day) % 7);
}

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

  const [open, overdue, dueThisWeek, escalated, decisions, decided, districts] = await Promise.all([
    cases().select(["status", "severity"]).select((eb) => eb.fn.countAll<number>().as("n")).where("status", "!=", "closed").groupBy(["status", "severity"]).execute(),
    cases().select((eb) => eb.fn.countAll<number>().as("n")).where("status", "!=", "closed").where("due_state", "=", "overdue").executeTakeFirstOrThrow(),
    cases()
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("status", "!=", "closed")
      .where("due_kind", "is not", null)
      .where("due_date", ">=", today)
      .where("due_date", "<=", sundayOf(today))
      .executeTakeFirstOrThrow(),
    cases().select((eb) => eb.fn.countAll<number>().as("n")).where("status", "!=", "closed").where("escalated_at", "is not", null).executeTakeFirstOrThrow(),
    cases().select("decision_kind").select((eb) => eb.fn.countAll<number>().as("n")).where("decided_on", ">=", monthStart).where("decision_kind", "is not", null).groupBy("decision_kind").execute(),
    // Pairs of (opened day, decided day) with their count: the average without reading every case.
    cases()
      .select((eb) => [OPENED_DAY.as("opened_on"), "decided_on", eb.fn.countAll<number>().as("n")])
      .where("decided_on", ">=", windowStart)
      .groupBy([OPENED_DAY, "decided_on"])
      .execute(),
    regionCode === null || regionCode.endsWith("00")
      ? cases()
          .select(["region_code"])
          .select((eb) => [
            eb.fn.countAll<number>().filterWhere("status", "!=", "closed").as("open"),
            eb.fn.countAll<number>().filterWhere("status", "!=", "closed").filterWhere("due_state", "=", "overdue").as("overdue"),
            eb.fn.countAll<number>().filterWhere("decided_on", ">=", monthStart).as("decided"),
          ])
          .groupBy("region_code")
          .execute()
      : Promise.resolve([]),
  ]);

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
    dueThisWeek: Number(dueThisWeek.n),
    escalated: Number(escalated.n),
    decisionsThisMonth: decisions.flatMap((r) => (r.decision_kind ? [{ kind: r.decision_kind, count: Number(r.n) }] : [])),
    averageDaysToDecision: decidedInWindow > 0 ? Math.round((days / decidedInWindow) * 10) / 10 : null,
    decidedInWindow,
    districts: districts
      .map((d) => ({ code: d.region_code, name: names.get(d.region_code) ?? d.region_code, open: Number(d.open), overdue: Number(d.overdue), decidedThisMonth: Number(d.decided) }))
      .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.code.localeCompare(b.code)),
  };
}
