/**
 * A kindergarten's registry history as officers read it: its registration and every change of its record, newest
 * first, from the audit trail (which `writeKindergarten` writes in the change's transaction, so it is the record of
 * changes, not a copy that could drift from it). Whoever reads the kindergarten reads its history.
 */
import type { DB } from "~/db/client";
import { coversRegion, scopeFor } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";
import type { RegistryRecord, RegistryVia } from "./registry.server";

/** The newest changes shown; the audit log (the admin's) holds every one. */
export const REGISTRY_HISTORY_SHOWN = 20;

export interface RegistryChange {
  at: string;
  who: string | null;
  kind: "registered" | "changed";
  via: RegistryVia;
  reason: string | null;
  /** Field, then the value before (null when registered) and after. */
  fields: Array<{ field: keyof RegistryRecord; from: string | null; to: string }>;
}

interface StoredDetail {
  via?: RegistryVia;
  reason?: string;
  changes?: Record<string, string | { from: string; to: string }>;
}

/** Null when the actor may not read the kindergarten (or it does not exist). */
export async function registryHistory(db: DB, actor: Actor, kindergartenId: string): Promise<RegistryChange[] | null> {
  const scope = scopeFor(actor, "read:kindergarten:any", "read:kindergarten:region");
  const kg = await db.selectFrom("kindergartens").select("region_code").where("id", "=", kindergartenId).executeTakeFirst();
  if (!kg || !coversRegion(scope, kg.region_code)) return null;
  const rows = await db
    .selectFrom("audit_log as a")
    .leftJoin("users as u", "u.id", "a.actor_id")
    .select(["a.action", "a.created_at", "a.detail", "u.display_name"])
    .where("a.entity", "=", "kindergarten")
    .where("a.entity_id", "=", kindergartenId)
    .where("a.action", "in", ["kindergarten.create", "kindergarten.update"])
    .orderBy("a.created_at", "desc")
    .orderBy("a.id", "desc")
    .limit(REGISTRY_HISTORY_SHOWN)
    .execute();
  return rows.map((r) => {
    const detail = JSON.parse(r.detail) as StoredDetail;
    const fields = Object.entries(detail.changes ?? {}).map(([field, value]) =>
      typeof value === "string" ? { field, from: null, to: value } : { field, from: value.from, to: value.to },
    ) as RegistryChange["fields"];
    return {
      at: r.created_at,
      who: r.display_name,
      kind: r.action === "kindergarten.create" ? "registered" : "changed",
      via: detail.via ?? "form",
      reason: detail.reason ?? null,
      fields,
    };
  });
}
