/**
 * What waits for a lead (`approve:case-extension:region`: the market and education offices' leads) in their scope,
 * for the header's badge beside 检查任务 on every page they open: the verification extensions asked for and not yet
 * answered, and the cases escalated as overdue and not decided since. Counted as the dashboard counts them and as
 * the queue's `extension=1` and `escalated=1` views (its default tab, the unfinished cases) list them.
 *
 * Cheap enough for every page: each figure is one range of a small partial index (the extension requests', and the
 * unfinished cases' covering one, which carries escalated_at), both in one statement; and the pair is kept per scope
 * and the scope's version (case-read-version.server.ts, bumped by every write to its cases), so most pages read only
 * the version (one prepared statement on its primary key) and the figures are exact: an approval shows at the next page.
 */
import { sql } from "kysely";
import type { DB } from "~/db/client";
import { regionCodeBounds } from "~/domain/regions/region-scope";
import { hasPermission, type Actor } from "~/domain/users/actor";
import { caseReadScope, caseScopeVersion } from "./case-read-version.server";
import { escalatedSql } from "./case-state.server";

export interface LeadWaiting {
  /** Unfinished cases whose verification extension waits for a lead's answer. */
  extensions: number;
  /** Unfinished cases escalated as overdue (isEscalated: not decided since). */
  escalations: number;
}

/** Scopes kept at once: one per district and city lead of a province, and then some. */
const CACHE_MAX = 500;
let kept = new WeakMap<DB, Map<string, LeadWaiting>>();

/** Forgets every kept pair (tests). */
export function forgetLeadWaiting(): void {
  kept = new WeakMap();
}

/** The partial indexes' terms, literal: SQLite uses a partial index only for a query that carries its term. */
const UNFINISHED = sql.raw(`status <> 'closed'`);
const EXTENSION_ASKED = sql.raw(`extension_requested_at is not null`);

/** What waits for `actor`, a lead of a region; null for anyone else (no badge, and nothing read). */
export async function leadWaiting(db: DB, actor: Actor): Promise<LeadWaiting | null> {
  if (actor.role !== "officer" || !hasPermission(actor, "approve:case-extension:region") || actor.mustChangePassword) return null;
  const scope = caseReadScope(actor);
  if (scope.kind !== "region") return null;
  const version = await caseScopeVersion(db, scope);
  let cache = kept.get(db);
  if (!cache) kept.set(db, (cache = new Map()));
  const key = `${scope.regionCode}|${version}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const bounds = regionCodeBounds(scope.regionCode);
  const inRegion = "equals" in bounds ? sql`region_code = ${bounds.equals}` : sql`region_code >= ${bounds.from} and region_code < ${bounds.before}`;
  const { rows } = await sql<{ extensions: number | string; escalations: number | string }>`
    select
      (select count(*) from inspection_cases where ${EXTENSION_ASKED} and ${inRegion} and ${UNFINISHED}) as extensions,
      (select count(*) from inspection_cases where ${UNFINISHED} and ${inRegion} and ${escalatedSql()}) as escalations
  `.execute(db);
  const value = { extensions: Number(rows[0]?.extensions ?? 0), escalations: Number(rows[0]?.escalations ?? 0) };
  if (cache.size >= CACHE_MAX) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}
