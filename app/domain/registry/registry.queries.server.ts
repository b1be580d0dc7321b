/**
 * A kindergarten's registry history as officers read it: its registration and every change of its record, newest
 * first, from the audit trail (which `writeKindergarten` writes in the change's transaction, so it is the record of
 * changes, not a copy that could drift from it). Whoever reads the kindergarten reads its history.
 */
import type { DB } from "~/db/client";
import type { Kindergarten } from "~/db/schema";
import { coversRegion, regionPrefix, scopeFor } from "~/domain/regions/region-scope";
import type { Actor } from "~/domain/users/actor";
import type { RegistryChange, RegistryColumn, RegistryVia } from "./registry.schema";
import { registryScope } from "./registry.server";

/** The newest changes shown; the audit log (the admin's) holds every one. */
export const REGISTRY_HISTORY_SHOWN = 20;


interface StoredDetail {
  via?: RegistryVia;
  reason?: string;
  fileName?: string;
  changes?: Record<string, string | { from: string; to: string }>;
}

/**
 * An import's entries written before they named their file apart held it in an English reason, "CSV import: 名录.csv"
 * (or "CSV import" without a file): read as the file, so the history words it in the reader's language either way.
 */
const OLD_IMPORT_REASON = /^CSV import(?:: (.+))?$/s;

function importedFrom(detail: StoredDetail): { reason: string | null; fileName: string | null } {
  const old = detail.via === "import" && detail.reason !== undefined ? OLD_IMPORT_REASON.exec(detail.reason) : null;
  if (old) return { reason: null, fileName: old[1] ?? null };
  return { reason: detail.reason ?? null, fileName: detail.fileName ?? null };
}

/** A kindergarten's history: its changes, and the names of the regions they name by code (the page words them so). */
export interface RegistryHistory {
  changes: RegistryChange[];
  regionNames: Record<string, string>;
}

/** Null when the actor may not read the kindergarten (or it does not exist). */
export async function registryHistory(db: DB, actor: Actor, kindergartenId: string): Promise<RegistryHistory | null> {
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
  const changes = rows.map((r): RegistryChange => {
    const detail = JSON.parse(r.detail) as StoredDetail;
    const fields = Object.entries(detail.changes ?? {}).map(([field, value]) =>
      typeof value === "string" ? { field, from: null, to: value } : { field, from: value.from, to: value.to },
    ) as RegistryChange["fields"];
    return {
      at: r.created_at,
      who: r.display_name,
      kind: r.action === "kindergarten.create" ? "registered" : "changed",
      via: detail.via ?? "form",
      ...importedFrom(detail),
      fields,
    };
  });
  const codes = [...new Set(changes.flatMap((c) => c.fields.filter((f) => f.field === "regionCode").flatMap((f) => [f.from, f.to])))].filter((code): code is string => !!code);
  const regions = codes.length === 0 ? [] : await db.selectFrom("regions").select(["code", "name"]).where("code", "in", codes).execute();
  return { changes, regionNames: Object.fromEntries(regions.map((r) => [r.code, r.name])) };
}

/** Kindergartens read per chunk of the export. */
const EXPORT_CHUNK = 1000;

/**
 * The registry the actor keeps, in the import's columns (REGISTRY_COLUMNS), chunk by chunk in id order (keyset: a
 * province's 150,000 rows never in memory at once): downloaded, edited in a spreadsheet and imported again, it changes
 * what was edited and nothing else. Nothing for an actor who keeps no registry.
 */
export async function* registryExportChunks(db: DB, actor: Actor): AsyncGenerator<Array<Record<RegistryColumn, string>>> {
  const scope = registryScope(actor);
  if (scope.kind === "none") return;
  let after = "";
  for (;;) {
    let query = db
      .selectFrom("kindergartens")
      .select(["id", "uscc", "approved_name", "name_in_use", "nature", "grade", "region_code", "address", "status"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(EXPORT_CHUNK);
    if (scope.kind === "region") query = query.where("region_code", "like", `${regionPrefix(scope.regionCode)}%`);
    const rows = await query.execute();
    if (rows.length > 0) yield rows.map(exportRow);
    if (rows.length < EXPORT_CHUNK) return;
    after = rows[rows.length - 1]!.id;
  }
}

function exportRow(k: Pick<Kindergarten, "uscc" | "approved_name" | "name_in_use" | "nature" | "grade" | "region_code" | "address" | "status">): Record<RegistryColumn, string> {
  return {
    uscc: k.uscc,
    approved_name: k.approved_name,
    // Empty when it is the approved name, as the form and the import read it: a rename then takes it along.
    name_in_use: k.name_in_use === k.approved_name ? "" : k.name_in_use,
    nature: k.nature,
    grade: k.grade,
    region_code: k.region_code,
    address: k.address,
    status: k.status,
  };
}
