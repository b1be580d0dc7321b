/**
 * Maintaining the fee item catalogue. Owns its invariants: the national
 * categories (region_code null) are read-only; a regional item belongs to one
 * region within the officer's jurisdiction, its code is unique, uppercase and
 * carries the category's prefix (SVC_ / AGY_) and never changes; items are
 * renamed or (de)activated but never deleted, because filings reference their
 * codes. The filing form offers the active items of the kindergarten's
 * district, city and province. Every change writes an audit row in the same
 * transaction.
 */
import type { DB } from "~/db/client";
import type { FeeItemType } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import type { Actor } from "~/domain/users/actor";
import { findItemType, insertItemType, regionExists, updateItemType } from "./catalogue.repo.server";
import { newCatalogueItemInput, renameCatalogueItemInput } from "./catalogue.schema";
import { catalogueManageScope } from "./catalogue.scope";
import { coversRegion } from "~/domain/regions/region-scope";

export type FieldErrors = Record<string, string[]>;

export type CatalogueChangeResult =
  | { ok: true; code: string }
  | { ok: false; status: 400 | 403 | 404; fieldErrors: FieldErrors; formErrors: string[] };

interface Common {
  db: DB;
  actor: Actor;
  now?: Date;
  requestId?: string | null;
}

function refuse(status: 403 | 404, key: string): CatalogueChangeResult {
  return { ok: false, status, fieldErrors: {}, formErrors: [key] };
}

function issuesToFieldErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) (fieldErrors[issue.path.map(String).join(".") || "form"] ??= []).push(issue.message);
  return fieldErrors;
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === "23505" || e?.code === "SQLITE_CONSTRAINT_PRIMARYKEY" || /UNIQUE constraint failed/.test(e?.message ?? "");
}

export async function addFeeItemType(args: Common & { input: unknown }): Promise<CatalogueChangeResult> {
  const { db, actor } = args;
  const now = args.now ?? new Date();
  const scope = catalogueManageScope(actor);
  if (scope.kind === "none") return refuse(403, "catalogue.forbidden");
  const parsed = newCatalogueItemInput.safeParse(args.input);
  if (!parsed.success) return { ok: false, status: 400, fieldErrors: issuesToFieldErrors(parsed.error.issues), formErrors: [] };
  const input = parsed.data;
  if (!(await regionExists(db, input.regionCode))) {
    return { ok: false, status: 400, fieldErrors: { regionCode: ["catalogue.region.unknown"] }, formErrors: [] };
  }
  if (!coversRegion(scope, input.regionCode)) {
    return { ok: false, status: 400, fieldErrors: { regionCode: ["catalogue.region.outOfScope"] }, formErrors: [] };
  }
  const taken = { ok: false as const, status: 400 as const, fieldErrors: { code: ["catalogue.code.taken"] }, formErrors: [] };
  if (await findItemType(db, input.code)) return taken;
  try {
    await db.transaction().execute(async (trx) => {
      await insertItemType(trx, {
        code: input.code,
        category: input.category,
        name_zh: input.nameZh,
        name_en: input.nameEn,
        region_code: input.regionCode,
        active: 1,
        updated_at: now.toISOString(),
      });
      await recordAudit(
        trx,
        {
          actorId: actor.id,
          action: "fee_item_type.create",
          entity: "fee_item_type",
          entityId: input.code,
          detail: { category: input.category, regionCode: input.regionCode, nameZh: input.nameZh, nameEn: input.nameEn },
          requestId: args.requestId,
        },
        now,
      );
    });
  } catch (err) {
    if (isUniqueViolation(err)) return taken; // another officer took the code a moment ago
    throw err;
  }
  return { ok: true, code: input.code };
}

/** A regional item the actor may change; national categories are read-only, foreign ones not found. */
async function changeableItem(db: DB, actor: Actor, code: string): Promise<{ ok: true; item: FeeItemType } | CatalogueChangeResult> {
  const scope = catalogueManageScope(actor);
  if (scope.kind === "none") return refuse(403, "catalogue.forbidden");
  const item = await findItemType(db, code);
  if (!item) return refuse(404, "catalogue.notFound");
  if (item.region_code === null) return refuse(403, "catalogue.national.readOnly");
  if (!coversRegion(scope, item.region_code)) return refuse(404, "catalogue.notFound");
  return { ok: true, item };
}

export async function renameFeeItemType(args: Common & { code: string; input: unknown }): Promise<CatalogueChangeResult> {
  const { db, actor, code } = args;
  const now = args.now ?? new Date();
  const found = await changeableItem(db, actor, code);
  if (!("item" in found)) return found;
  const parsed = renameCatalogueItemInput.safeParse(args.input);
  if (!parsed.success) return { ok: false, status: 400, fieldErrors: issuesToFieldErrors(parsed.error.issues), formErrors: [] };
  const { nameZh, nameEn } = parsed.data;
  await db.transaction().execute(async (trx) => {
    await updateItemType(trx, code, { name_zh: nameZh, name_en: nameEn, updated_at: now.toISOString() });
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: "fee_item_type.rename",
        entity: "fee_item_type",
        entityId: code,
        detail: { from: { nameZh: found.item.name_zh, nameEn: found.item.name_en }, to: { nameZh, nameEn } },
        requestId: args.requestId,
      },
      now,
    );
  });
  return { ok: true, code };
}

async function setActive(args: Common & { code: string }, active: boolean): Promise<CatalogueChangeResult> {
  const { db, actor, code } = args;
  const now = args.now ?? new Date();
  const found = await changeableItem(db, actor, code);
  if (!("item" in found)) return found;
  if ((found.item.active === 1) === active) return { ok: true, code }; // already so: nothing to record
  await db.transaction().execute(async (trx) => {
    await updateItemType(trx, code, { active: active ? 1 : 0, updated_at: now.toISOString() });
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: active ? "fee_item_type.reactivate" : "fee_item_type.deactivate",
        entity: "fee_item_type",
        entityId: code,
        detail: { regionCode: found.item.region_code },
        requestId: args.requestId,
      },
      now,
    );
  });
  return { ok: true, code };
}

/** Kindergartens can no longer file the item; existing filings keep it. */
export function deactivateFeeItemType(args: Common & { code: string }): Promise<CatalogueChangeResult> {
  return setActive(args, false);
}

export function reactivateFeeItemType(args: Common & { code: string }): Promise<CatalogueChangeResult> {
  return setActive(args, true);
}
