import type { DB } from "~/db/client";
import { regionAndAncestors, regionPrefix, type RegionScope } from "./region-scope";

export async function regionName(db: DB, code: string): Promise<string> {
  const row = await db.selectFrom("regions").select("name").where("code", "=", code).executeTakeFirst();
  return row?.name ?? code;
}

/** Names by code for display; codes without a row are left out (callers fall back to the code). */
export async function regionNames(db: DB, codes: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(codes)];
  if (list.length === 0) return new Map();
  const rows = await db.selectFrom("regions").select(["code", "name"]).where("code", "in", list).execute();
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The regions a scope covers (its own and everything below; admin: all), for region choosers. */
export async function listRegionsCovered(db: DB, scope: RegionScope) {
  if (scope.kind === "none") return [];
  let query = db.selectFrom("regions").select(["code", "name", "level"]).orderBy("code");
  if (scope.kind === "region") query = query.where("code", "like", `${regionPrefix(scope.regionCode)}%`);
  return query.execute();
}

/** The regions a scope may read, for filters: its own subtree and the regions above it. */
export async function listRegionsSeen(db: DB, scope: RegionScope) {
  if (scope.kind === "none") return [];
  let query = db.selectFrom("regions").select(["code", "name", "level"]).orderBy("code");
  if (scope.kind === "region") {
    const prefix = regionPrefix(scope.regionCode);
    query = query.where((eb) => eb.or([eb("code", "like", `${prefix}%`), eb("code", "in", regionAndAncestors(scope.regionCode))]));
  }
  return query.execute();
}
