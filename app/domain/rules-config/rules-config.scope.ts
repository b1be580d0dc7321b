/**
 * Where an actor may set rule parameters and whose kindergartens they may
 * look at. An officer acts for their own region and below: a city officer
 * may set city-level or district-level parameters, a district officer only
 * their district's. Admin: everywhere. Outside the scope a thing is "not
 * found", as cases and guidance batches are.
 */
import { scopeFor, type RegionScope } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";

type ScopeActor = Pick<Actor, "role" | "agency" | "regionCode">;

export const paramManageScope = (actor: ScopeActor): RegionScope => scopeFor(actor, "manage:rule-params:any", "manage:rule-params:region");
export const kindergartenReadScope = (actor: ScopeActor): RegionScope => scopeFor(actor, "read:kindergarten:any", "read:kindergarten:region");
