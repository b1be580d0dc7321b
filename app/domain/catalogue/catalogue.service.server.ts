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
import { fail, invalid, issuesToFieldErrors, message, type Result } from "~/domain/result";
import { submissionClaim, submitOnce, type Replayable } from "~/domain/submissions/submission.service.server";

export type CatalogueChangeResult = Result<{ code: string }>;
export type AddItemResult = Result<Replayable<{ code: string }>>;

interface Common {
  db: DB;
  actor: Actor;
  now?: Date;
  requestId?: string | null;
}

function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === "23505" || e?.code === "SQLITE_CONSTRAINT_PRIMARYKEY" || /UNIQUE constraint failed/.test(e?.message ?? "");
}

/**
 * A new regional item, once per submission key: a repeat of the same
 * submission answers with the item the first one added (`replayed`), not
 * with "code taken". The key is claimed before the code is checked, in the
 * same transaction.
 */
export async function addFeeItemType(args: Common & { input: unknown; submissionKey: unknown }): Promise<AddItemResult> {
  const { db, actor } = args;
  const now = args.now ?? new Date();
  const scope = catalogueManageScope(actor);
  if (scope.kind === "none") return fail("forbidden", "catalogue.forbidden");
  const claimed = submissionClaim({ actorId: actor.id, form: "catalogue_item", key: args.submissionKey, content: args.input });
  if (!claimed.ok) return claimed;
  const parsed = newCatalogueItemInput.safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const input = parsed.data;
  const taken = invalid({ code: [message("catalogue.code.taken")] });
  try {
    return await submitOnce<{ code: string }>(db, claimed.claim, async (trx) => {
      if (!(await regionExists(trx, input.regionCode))) return invalid({ regionCode: [message("catalogue.region.unknown")] });
      if (!coversRegion(scope, input.regionCode)) return invalid({ regionCode: [message("catalogue.region.outOfScope")] });
      if (await findItemType(trx, input.code)) return taken;
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
      return { ok: true, code: input.code };
    });
  } catch (err) {
    if (isUniqueViolation(err)) return taken; // another officer took the code a moment ago
    throw err;
  }
}

/** A regional item the actor may change; national categories are read-only, foreign ones not found. */
async function changeableItem(db: DB, actor: Actor, code: string): Promise<{ ok: true; item: FeeItemType } | CatalogueChangeResult> {
  const scope = catalogueManageScope(actor);
  if (scope.kind === "none") return fail("forbidden", "catalogue.forbidden");
  const item = await findItemType(db, code);
  if (!item) return fail("not_found", "catalogue.notFound");
  if (item.region_code === null) return fail("forbidden", "catalogue.national.readOnly");
  if (!coversRegion(scope, item.region_code)) return fail("not_found", "catalogue.notFound");
  return { ok: true, item };
}

export async function renameFeeItemType(args: Common & { code: string; input: unknown }): Promise<CatalogueChangeResult> {
  const { db, actor, code } = args;
  const now = args.now ?? new Date();
  const found = await changeableItem(db, actor, code);
  if (!("item" in found)) return found;
  const parsed = renameCatalogueItemInput.safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
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
