/**
 * fee_item_types in the database. Every function takes the handle first.
 * Items are never deleted: filed fee items reference their codes.
 */
import type { Insertable, Kysely, Transaction } from "kysely";
import type { Database, FeeItemType, FeeItemTypesTable } from "~/db/schema";
import { regionAndAncestors, regionPrefix, type RegionScope } from "~/domain/regions/region-scope";

export type Handle = Kysely<Database> | Transaction<Database>;

export async function findItemType(db: Handle, code: string): Promise<FeeItemType | undefined> {
  return db.selectFrom("fee_item_types").selectAll().where("code", "=", code).executeTakeFirst();
}

export async function insertItemType(trx: Handle, row: Insertable<FeeItemTypesTable>): Promise<void> {
  await trx.insertInto("fee_item_types").values(row).execute();
}

export async function updateItemType(
  trx: Handle,
  code: string,
  set: Partial<Pick<FeeItemType, "name_zh" | "name_en" | "active">> & { updated_at: string },
): Promise<number> {
  const result = await trx.updateTable("fee_item_types").set(set).where("code", "=", code).executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The national categories plus the regional items the scope sees, with region names. */
export async function listItemTypes(db: Handle, scope: RegionScope) {
  if (scope.kind === "none") return [];
  let query = db
    .selectFrom("fee_item_types as t")
    .leftJoin("regions as r", "r.code", "t.region_code")
    .selectAll("t")
    .select("r.name as region_name")
    .orderBy("t.category")
    .orderBy("t.region_code")
    .orderBy("t.code");
  if (scope.kind === "region") {
    const prefix = regionPrefix(scope.regionCode);
    query = query.where((eb) =>
      eb.or([
        eb("t.region_code", "is", null),
        eb("t.region_code", "like", `${prefix}%`),
        eb("t.region_code", "in", regionAndAncestors(scope.regionCode)),
      ]),
    );
  }
  return query.execute();
}

export async function regionExists(db: Handle, code: string): Promise<boolean> {
  return Boolean(await db.selectFrom("regions").select("code").where("code", "=", code).executeTakeFirst());
}

