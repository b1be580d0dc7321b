/**
 * What the guidance-price screens read, scoped to the actor: an officer sees
 * their own region and below plus the tables above it that apply there; a
 * batch or key outside that is simply not found.
 */
import type { DB } from "~/db/client";
import type { AgeBand, FeeCategory, KindergartenNature } from "~/db/schema";
import type { Actor } from "~/domain/users/actor";
import {
  findBatch,
  findPrice,
  listCurrentPrices,
  listBatches,
  listBatchPrices,
  listPriceHistory,
  replacementStarts,
  type ActiveFilter,
  type PriceKey,
} from "./guidance-price.repo.server";
import {
  bpToPercent,
  GUIDED_CATEGORIES,
  GUIDED_NATURES,
  KINDERGARTEN_GRADES,
  MAX_FORM_ROWS,
  PRICE_AGE_BANDS,
  priceKey,
} from "./guidance-price.schema";
import { fenToYuanInput } from "~/utils/money";
import { guidanceManageScope, guidanceReadScope } from "./guidance-price.scope";
import { guidancePriceState } from "./guidance-price.state";
import { coversRegion, seesRegion } from "~/domain/regions/region-scope";
import { listRegionsCovered, listRegionsSeen } from "~/domain/regions/region.queries.server";

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return value && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * The rows in force on `today` (Asia/Shanghai) and those to come, each with its state, the batches and the filter
 * choices for the overview page. A region the actor does not see is left out (the scope's rows shown, never
 * another's) and named in `outOfScope`, for the page to say so. Only an active row is changed from (a new batch
 * replaces the active row of its combination): a row still in force until its replacement begins is not.
 */
export async function guidancePriceOverview(
  db: DB,
  actor: Actor,
  filter: { region?: string | null; nature?: string | null; grade?: string | null },
  today: string,
) {
  const read = guidanceReadScope(actor);
  const manage = guidanceManageScope(actor);
  const regions = await listRegionsSeen(db, read);
  const applied: ActiveFilter = {
    regionCode: regions.some((r) => r.code === filter.region) ? filter.region! : undefined,
    nature: oneOf(GUIDED_NATURES, filter.nature),
    grade: oneOf(KINDERGARTEN_GRADES, filter.grade),
  };
  const [rows, batches] = await Promise.all([listCurrentPrices(db, read, applied, today), listBatches(db, read)]);
  return {
    regions,
    filter: { region: applied.regionCode ?? "", nature: applied.nature ?? "", grade: applied.grade ?? "" },
    rows: rows.map((r) => ({ ...r, state: guidancePriceState(r, today), editable: r.status === "active" && coversRegion(manage, r.region_code) })),
    batches: batches.map((b) => ({ ...b, changeable: b.status === "draft" && coversRegion(manage, b.region_code) })),
    canManage: manage.kind !== "none",
    outOfScope: filter.region && !applied.regionCode ? ["region"] : [],
  };
}

export function parsePriceKey(params: URLSearchParams): PriceKey | null {
  const region = params.get("region");
  const nature = oneOf<KindergartenNature>(GUIDED_NATURES, params.get("nature"));
  const grade = params.get("grade");
  const ageBand = oneOf<AgeBand>(PRICE_AGE_BANDS, params.get("ageBand"));
  const category = oneOf<FeeCategory>(GUIDED_CATEGORIES, params.get("category"));
  if (!region || !/^\d{6}$/.test(region) || !nature || !grade || grade.length > 40 || !ageBand || !category) return null;
  return { region_code: region, nature, grade, age_band: ageBand, category };
}

/** Every row recorded for one key (active, superseded and drafts) with its state on `today`, or null when the key is outside the actor's view. */
export async function guidancePriceHistory(db: DB, actor: Actor, key: PriceKey, today: string) {
  if (!seesRegion(guidanceReadScope(actor), key.region_code)) return null;
  const [rows, replacedFrom, region] = await Promise.all([
    listPriceHistory(db, key),
    replacementStarts(db, { key }),
    db.selectFrom("regions").select("name").where("code", "=", key.region_code).executeTakeFirst(),
  ]);
  return {
    key,
    regionName: region?.name ?? key.region_code,
    rows: rows.map((r) => ({ ...r, state: guidancePriceState({ ...r, replaced_from: replacedFrom.get(r.id) }, today) })),
  };
}

/**
 * A batch with its rows, each with its state on `today` and, for a draft, next to the active row it would replace
 * with that row's state (one still to come is not the price in force).
 */
export async function guidanceBatchDetail(db: DB, actor: Actor, batchId: string, today: string) {
  const read = guidanceReadScope(actor);
  const batch = await findBatch(db, batchId);
  if (!batch || !seesRegion(read, batch.region_code)) return null;
  const rows = await listBatchPrices(db, batchId);
  const regionCodes = [...new Set([batch.region_code, ...rows.map((r) => r.region_code)])];
  const [current, replacedFrom, regionNames, people] = await Promise.all([
    batch.status === "draft" && rows.length > 0
      ? db
          .selectFrom("guidance_prices")
          .selectAll()
          .where("status", "=", "active")
          .where("region_code", "in", regionCodes)
          .execute()
      : Promise.resolve([]),
    replacementStarts(db, { batchId }),
    db.selectFrom("regions").select(["code", "name"]).where("code", "in", regionCodes).execute(),
    db
      .selectFrom("users")
      .select(["id", "display_name"])
      .where("id", "in", [batch.created_by ?? "", batch.activated_by ?? ""])
      .execute(),
  ]);
  const currentByKey = new Map(current.map((r) => [priceKey(r), r]));
  const nameOf = new Map(regionNames.map((r) => [r.code, r.name]));
  const personOf = new Map(people.map((p) => [p.id, p.display_name]));
  return {
    batch: {
      ...batch,
      region_name: nameOf.get(batch.region_code) ?? batch.region_code,
      created_by_name: batch.created_by ? (personOf.get(batch.created_by) ?? null) : null,
      activated_by_name: batch.activated_by ? (personOf.get(batch.activated_by) ?? null) : null,
    },
    rows: rows.map((r) => {
      const replaces = currentByKey.get(priceKey(r));
      return {
        ...r,
        region_name: nameOf.get(r.region_code) ?? r.region_code,
        state: guidancePriceState({ ...r, batch_status: batch.status, replaced_from: replacedFrom.get(r.id) }, today),
        replaces: replaces
          ? {
              base_price_fen: replaces.base_price_fen,
              max_float_bp: replaces.max_float_bp,
              effective_from: replaces.effective_from,
              state: guidancePriceState(replaces, today),
            }
          : null,
      };
    }),
    canChange: batch.status === "draft" && coversRegion(guidanceManageScope(actor), batch.region_code),
    /** A draft small enough for the form (a CSV import may hold more rows than the form takes). */
    editable: batch.status === "draft" && rows.length <= MAX_FORM_ROWS,
    maxFormRows: MAX_FORM_ROWS,
  };
}

/** The regions the edit form offers, and a starting row (an active row to change) when asked for one. */
export async function guidanceEditOptions(db: DB, actor: Actor, fromPriceId: string | null) {
  const manage = guidanceManageScope(actor);
  const regions = await listRegionsCovered(db, manage);
  const from = fromPriceId ? await findPrice(db, fromPriceId) : undefined;
  return { regions, from: from && coversRegion(manage, from.region_code) ? from : null };
}

/**
 * A draft batch as the edit form starts from: its rows as the drafting form's fields (yuan and percent as typed),
 * the version the edit is made from and the regions the form offers. Null outside what the actor may manage (a
 * batch of another region is "not found"); `editable` false for a batch that is not a draft or has more rows than
 * the form takes.
 */
export async function guidanceDraftForEdit(db: DB, actor: Actor, batchId: string) {
  const manage = guidanceManageScope(actor);
  const batch = await findBatch(db, batchId);
  if (!batch || !coversRegion(manage, batch.region_code)) return null;
  const [rows, regions, region] = await Promise.all([
    listBatchPrices(db, batchId),
    listRegionsCovered(db, manage),
    db.selectFrom("regions").select("name").where("code", "=", batch.region_code).executeTakeFirst(),
  ]);
  return {
    batch: { id: batch.id, status: batch.status, version: batch.version, row_count: batch.row_count, region_name: region?.name ?? batch.region_code },
    editable: batch.status === "draft" && rows.length <= MAX_FORM_ROWS,
    maxFormRows: MAX_FORM_ROWS,
    regions,
    rows: rows.map((r) => ({
      region_code: r.region_code,
      nature: r.nature,
      grade: r.grade,
      age_band: r.age_band,
      category: r.category,
      base_price_yuan: fenToYuanInput(r.base_price_fen),
      max_float_percent: bpToPercent(r.max_float_bp),
      effective_from: r.effective_from,
      effective_to: r.effective_to ?? "",
      source_document: r.source_document,
    })),
  };
}
