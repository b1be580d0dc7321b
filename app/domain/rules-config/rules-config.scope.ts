/**
 * Where an actor may set rule parameters and whose kindergartens they may
 * look at. An officer acts for their own region and below: a city officer
 * may set city-level or district-level parameters, a district officer only
 * their district's. Admin: everywhere. Outside the scope a thing is "not
 * found", as cases and guidance batches are.
 */
import { isWithinRegion } from "~/domain/regions/region-scope";
import { hasPermission, type Actor } from "~/domain/users/actor";

export type RegionScope = { kind: "all" } | { kind: "region"; regionCode: string } | { kind: "none" };

type ScopeActor = Pick<Actor, "role" | "agency" | "regionCode">;

export function paramManageScope(actor: ScopeActor): RegionScope {
  if (hasPermission(actor, "manage:rule-params:any")) return { kind: "all" };
  if (hasPermission(actor, "manage:rule-params:region") && actor.regionCode) return { kind: "region", regionCode: actor.regionCode };
  return { kind: "none" };
}

export function kindergartenReadScope(actor: ScopeActor): RegionScope {
  if (hasPermission(actor, "read:kindergarten:any")) return { kind: "all" };
  if (hasPermission(actor, "read:kindergarten:region") && actor.regionCode) return { kind: "region", regionCode: actor.regionCode };
  return { kind: "none" };
}

/** The scope's own region and everything below it. */
export function coversRegion(scope: RegionScope, code: string): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "none") return false;
  return isWithinRegion(scope.regionCode, code);
}
