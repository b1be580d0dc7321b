/**
 * Which regions' catalogue items an actor may read and change: an officer
 * changes items of their own region and below and reads those plus the
 * items of the regions above (which apply to their kindergartens too).
 * Admin: everywhere. (Same shape as the guidance-price scope.)
 */
import { isWithinRegion } from "~/domain/regions/region-scope";
import { hasPermission, type Actor } from "~/domain/users/actor";

export type CatalogueScope = { kind: "all" } | { kind: "region"; regionCode: string } | { kind: "none" };

type ScopeActor = Pick<Actor, "role" | "agency" | "regionCode">;

export function catalogueManageScope(actor: ScopeActor): CatalogueScope {
  if (hasPermission(actor, "manage:catalogue:any")) return { kind: "all" };
  if (hasPermission(actor, "manage:catalogue:region") && actor.regionCode) return { kind: "region", regionCode: actor.regionCode };
  return { kind: "none" };
}

export function catalogueReadScope(actor: ScopeActor): CatalogueScope {
  if (hasPermission(actor, "read:catalogue:any")) return { kind: "all" };
  if (hasPermission(actor, "read:catalogue:region") && actor.regionCode) return { kind: "region", regionCode: actor.regionCode };
  return { kind: "none" };
}

export function coversRegion(scope: CatalogueScope, code: string): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "none") return false;
  return isWithinRegion(scope.regionCode, code);
}

export function seesRegion(scope: CatalogueScope, code: string): boolean {
  if (scope.kind !== "region") return scope.kind === "all";
  return isWithinRegion(scope.regionCode, code) || isWithinRegion(code, scope.regionCode);
}

export function regionAndAncestors(code: string): string[] {
  return [...new Set([code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`])];
}
