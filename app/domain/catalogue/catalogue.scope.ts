/**
 * Which regions' catalogue items an actor may read and change: an officer
 * changes items of their own region and below and reads those plus the items
 * of the regions above (which apply to their kindergartens too, see
 * seesRegion). Admin: everywhere.
 */
import { scopeFor, type RegionScope } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";

type ScopeActor = Pick<Actor, "role" | "agency" | "regionCode">;

export const catalogueManageScope = (actor: ScopeActor): RegionScope => scopeFor(actor, "manage:catalogue:any", "manage:catalogue:region");
export const catalogueReadScope = (actor: ScopeActor): RegionScope => scopeFor(actor, "read:catalogue:any", "read:catalogue:region");
