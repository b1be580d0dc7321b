/**
 * Which regions an actor may read and change guidance prices for. An officer
 * changes prices of their own region and below (a district officer: their
 * district; a city officer: the city and its districts) and reads those plus
 * the ones above (the city and province tables that apply to their
 * kindergartens). Admin: everywhere.
 */
import { isWithinRegion } from "~/domain/regions/region-scope";
import { hasPermission, type Actor } from "~/domain/users/actor";

export type RegionScope = { kind: "all" } | { kind: "region"; regionCode: string } | { kind: "none" };

type ScopeActor = Pick<Actor, "role" | "agency" | "regionCode">;

export function guidanceManageScope(actor: ScopeActor): RegionScope {
  if (hasPermission(actor, "manage:guidance-price:any")) return { kind: "all" };
  if (hasPermission(actor, "manage:guidance-price:region") && actor.regionCode) return { kind: "region", regionCode: actor.regionCode };
  return { kind: "none" };
}

export function guidanceReadScope(actor: ScopeActor): RegionScope {
  if (hasPermission(actor, "read:guidance-price:any")) return { kind: "all" };
  if (hasPermission(actor, "read:guidance-price:region") && actor.regionCode) return { kind: "region", regionCode: actor.regionCode };
  return { kind: "none" };
}

/** The scope's own region and everything below it. */
export function coversRegion(scope: RegionScope, code: string): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "none") return false;
  return isWithinRegion(scope.regionCode, code);
}

/** Readable: below the scope's region, or one of the regions above it (their tables apply here too). */
export function seesRegion(scope: RegionScope, code: string): boolean {
  if (scope.kind !== "region") return scope.kind === "all";
  return isWithinRegion(scope.regionCode, code) || isWithinRegion(code, scope.regionCode);
}

/** A code and the codes above it: 330203 → 330203, 330200, 330000 (without repeats). */
export function regionAndAncestors(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}

/** The most specific code that contains every given code, or null when they span provinces. */
export function commonRegion(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  for (const candidate of regionAndAncestors(codes[0])) {
    if (codes.every((code) => isWithinRegion(candidate, code))) return candidate;
  }
  return null;
}
