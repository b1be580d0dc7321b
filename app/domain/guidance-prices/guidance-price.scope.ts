/**
 * Which regions an actor may read and change guidance prices for. An officer
 * changes prices of their own region and below (a district officer: their
 * district; a city officer: the city and its districts) and reads those plus
 * the ones above (the city and province tables that apply to their
 * kindergartens, see seesRegion). Admin: everywhere.
 */
import { scopeFor, type RegionScope } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";

type ScopeActor = Pick<Actor, "role" | "agency" | "regionCode">;

export const guidanceManageScope = (actor: ScopeActor): RegionScope =>
  scopeFor(actor, "manage:guidance-price:any", "manage:guidance-price:region");
export const guidanceReadScope = (actor: ScopeActor): RegionScope => scopeFor(actor, "read:guidance-price:any", "read:guidance-price:region");
