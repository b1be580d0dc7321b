/**
 * The version of a scope's cases: what a kept queue page and the queue's kept
 * counts are stamped with. `case_read_versions` holds a counter per region,
 * bumped by triggers on every write to a case of it in the writer's
 * transaction (migration 2026-12-04T0400; on Postgres at its commit, once per
 * region and in sorted order, so writers crossing districts cannot deadlock:
 * 2026-12-04T0500), so a district's version is its
 * counter and a city's or a province's the sum of its regions' counters
 * (each only grows, so any change of any of them moves the sum). Read it
 * before the cases it versions: what is read after can only be newer.
 */
import { sql, type Kysely } from "kysely";
import type { DB } from "~/db/client";
import { prepared } from "~/db/prepared";
import type { Database } from "~/db/schema";
import { regionCodeBounds, scopeFor, type RegionScope } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";

const sumOf = sql<number | string | null>`sum(version)`.as("v");

const districtVersion = prepared("caseReads.district", (db: Kysely<Database>, $: { code: string }) =>
  db.selectFrom("case_read_versions").select(sumOf).where("region_code", "=", $.code),
);
const rangeVersion = prepared("caseReads.range", (db: Kysely<Database>, $: { from: string; before: string }) =>
  db.selectFrom("case_read_versions").select(sumOf).where("region_code", ">=", $.from).where("region_code", "<", $.before),
);
const allVersion = prepared("caseReads.all", (db: Kysely<Database>, _$: Record<string, never>) => db.selectFrom("case_read_versions").select(sumOf));

/** The version of the cases in `scope` now (0 where none was ever written; -1 for no scope). */
export async function caseScopeVersion(db: DB, scope: RegionScope): Promise<number> {
  if (scope.kind === "none") return -1;
  let row: { v: number | string | null } | undefined;
  if (scope.kind === "all") row = await allVersion.executeTakeFirst(db, {});
  else {
    const bounds = regionCodeBounds(scope.regionCode);
    row = "equals" in bounds ? await districtVersion.executeTakeFirst(db, { code: bounds.equals }) : await rangeVersion.executeTakeFirst(db, bounds);
  }
  return Number(row?.v ?? 0);
}

/** The version of the cases of exactly one region code (a city's own cases, without its districts'). */
export async function caseCodeVersion(db: DB, code: string): Promise<number> {
  return Number((await districtVersion.executeTakeFirst(db, { code }))?.v ?? 0);
}

/** Where an actor reads cases: everywhere, their region and below, or nowhere. */
export function caseReadScope(actor: Actor): RegionScope {
  return scopeFor(actor, "read:case:any", "read:case:region");
}

/** The version of the cases `actor` reads. */
export function casesVersionFor(db: DB, actor: Actor): Promise<number> {
  return caseScopeVersion(db, caseReadScope(actor));
}
