/** What the catalogue screens read, scoped to the actor. */
import type { DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import { findItemType, listItemTypes } from "./catalogue.repo.server";
import { catalogueManageScope, catalogueReadScope } from "./catalogue.scope";
import { coversRegion, seesRegion } from "~/domain/regions/region-scope";
import { listRegionsCovered } from "~/domain/regions/region.queries.server";

export async function catalogueOverview(db: DB, actor: Actor) {
  const manage = catalogueManageScope(actor);
  const [items, regions] = await Promise.all([listItemTypes(db, catalogueReadScope(actor)), listRegionsCovered(db, manage)]);
  const rows = items.map((item) => ({
    ...item,
    editable: item.region_code !== null && coversRegion(manage, item.region_code),
  }));
  return {
    national: rows.filter((r) => r.region_code === null),
    service: rows.filter((r) => r.region_code !== null && r.category === "service"),
    agency: rows.filter((r) => r.region_code !== null && r.category === "agency"),
    regions,
    canManage: manage.kind !== "none",
  };
}

/** One regional item for the edit page, or null when the actor may not change it. */
export async function catalogueItemForEdit(db: DB, actor: Actor, code: string) {
  const item = await findItemType(db, code);
  if (!item || item.region_code === null) return null;
  if (!seesRegion(catalogueReadScope(actor), item.region_code)) return null;
  if (!coversRegion(catalogueManageScope(actor), item.region_code)) return null;
  const region = await db.selectFrom("regions").select("name").where("code", "=", item.region_code).executeTakeFirst();
  return { ...item, region_name: region?.name ?? item.region_code };
}
