/**
 * Guidance-price rows and batches in the database. Every function takes the
 * handle first (a Kysely instance or the caller's transaction). Rows are
 * never updated in place except for their lifecycle: draft → active →
 * superseded, with superseded_at.
 */
import type { Insertable, Kysely, Transaction } from "kysely";
import { addDays } from "~/utils/civil-date";
import type { Database, GuidancePrice, GuidancePriceBatch, GuidancePricesTable } from "~/db/schema";
import { regionAndAncestors, regionPrefix, type RegionScope } from "~/domain/regions/region-scope";

export type Handle = Kysely<Database> | Transaction<Database>;

const INSERT_CHUNK = 200;

export interface PriceKey {
  region_code: string;
  nature: GuidancePrice["nature"];
  grade: string;
  age_band: GuidancePrice["age_band"];
  category: GuidancePrice["category"];
}

export async function findExistingRegionCodes(db: Handle, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom("regions").select("code").where("code", "in", [...new Set(codes)]).execute();
  return new Set(rows.map((r) => r.code));
}

export async function insertBatch(trx: Handle, batch: Insertable<Database["guidance_price_batches"]>): Promise<void> {
  await trx.insertInto("guidance_price_batches").values(batch).execute();
}

export async function insertPrices(trx: Handle, rows: Insertable<GuidancePricesTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await trx.insertInto("guidance_prices").values(rows.slice(i, i + INSERT_CHUNK)).execute();
  }
}

export async function findBatch(db: Handle, batchId: string): Promise<GuidancePriceBatch | undefined> {
  return db.selectFrom("guidance_price_batches").selectAll().where("id", "=", batchId).executeTakeFirst();
}

export async function listBatchPrices(db: Handle, batchId: string): Promise<GuidancePrice[]> {
  return db
    .selectFrom("guidance_prices")
    .selectAll()
    .where("batch_id", "=", batchId)
    .orderBy("region_code")
    .orderBy("nature")
    .orderBy("grade")
    .orderBy("category")
    .orderBy("age_band")
    .execute();
}

/** Batches whose region the scope sees, newest first. */
export async function listBatches(db: Handle, scope: RegionScope, limit = 50) {
  if (scope.kind === "none") return [];
  let query = db
    .selectFrom("guidance_price_batches as b")
    .innerJoin("regions as r", "r.code", "b.region_code")
    .leftJoin("users as u", "u.id", "b.created_by")
    .select([
      "b.id",
      "b.region_code",
      "r.name as region_name",
      "b.source_document",
      "b.status",
      "b.row_count",
      "b.created_at",
      "b.activated_at",
      "u.display_name as created_by_name",
    ])
    .orderBy("b.created_at", "desc")
    .orderBy("b.id", "desc")
    .limit(limit);
  if (scope.kind === "region") {
    const prefix = regionPrefix(scope.regionCode);
    query = query.where((eb) =>
      eb.or([eb("b.region_code", "like", `${prefix}%`), eb("b.region_code", "in", regionAndAncestors(scope.regionCode))]),
    );
  }
  return query.execute();
}

export interface ActiveFilter {
  regionCode?: string;
  nature?: string;
  grade?: string;
}

/**
 * The rows the scope sees that are in force on `today` or still to come, optionally narrowed: the active rows and
 * the superseded ones whose replacement has not begun (a batch from next year ends today's row on 12-31, and until
 * then it is the price in force). A row superseded before its first day (effective_to before effective_from) never
 * comes into force and is left out.
 */
export async function listCurrentPrices(db: Handle, scope: RegionScope, filter: ActiveFilter, today: string) {
  if (scope.kind === "none") return [];
  let query = db
    .selectFrom("guidance_prices as g")
    .innerJoin("regions as r", "r.code", "g.region_code")
    .selectAll("g")
    .select("r.name as region_name")
    .where("g.status", "in", ["active", "superseded"])
    .where((eb) =>
      eb.or([eb("g.effective_to", "is", null), eb.and([eb("g.effective_to", ">=", today), eb("g.effective_to", ">=", eb.ref("g.effective_from"))])]),
    )
    .orderBy("g.region_code")
    .orderBy("g.nature")
    .orderBy("g.grade")
    .orderBy("g.category")
    .orderBy("g.age_band")
    .orderBy("g.effective_from");
  if (scope.kind === "region") {
    const prefix = regionPrefix(scope.regionCode);
    query = query.where((eb) =>
      eb.or([eb("g.region_code", "like", `${prefix}%`), eb("g.region_code", "in", regionAndAncestors(scope.regionCode))]),
    );
  }
  if (filter.regionCode) query = query.where("g.region_code", "=", filter.regionCode);
  if (filter.nature) query = query.where("g.nature", "=", filter.nature as GuidancePrice["nature"]);
  if (filter.grade) query = query.where("g.grade", "=", filter.grade);
  return query.execute();
}

export async function findPrice(db: Handle, id: string): Promise<GuidancePrice | undefined> {
  return db.selectFrom("guidance_prices").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Every row ever recorded for a key, with its batch's status, newest first. */
export async function listPriceHistory(db: Handle, key: PriceKey) {
  return db
    .selectFrom("guidance_prices as g")
    .leftJoin("guidance_price_batches as b", "b.id", "g.batch_id")
    .selectAll("g")
    .select(["b.status as batch_status", "b.activated_at"])
    .where("g.region_code", "=", key.region_code)
    .where("g.nature", "=", key.nature)
    .where("g.grade", "=", key.grade)
    .where("g.age_band", "=", key.age_band)
    .where("g.category", "=", key.category)
    .orderBy("g.created_at", "desc")
    .orderBy("g.id", "desc")
    .execute();
}

/**
 * The first day of each superseded row's replacement, by the row's id, for the batch's rows or the key's: the row of
 * the same key in the batch whose activation superseded it (supersedePrices stamps superseded_at with the batch's
 * activated_at). guidancePriceState tells by it a row that lapsed before it was replaced.
 */
export async function replacementStarts(db: Handle, of: { batchId: string } | { key: PriceKey }): Promise<Map<string, string>> {
  let query = db
    .selectFrom("guidance_prices as g")
    .innerJoin("guidance_price_batches as b", "b.activated_at", "g.superseded_at")
    .innerJoin("guidance_prices as d", (join) =>
      join
        .onRef("d.batch_id", "=", "b.id")
        .onRef("d.region_code", "=", "g.region_code")
        .onRef("d.nature", "=", "g.nature")
        .onRef("d.grade", "=", "g.grade")
        .onRef("d.age_band", "=", "g.age_band")
        .onRef("d.category", "=", "g.category"),
    )
    .select(["g.id", "d.effective_from"])
    .where("g.status", "=", "superseded");
  if ("batchId" in of) query = query.where("g.batch_id", "=", of.batchId);
  else
    query = query
      .where("g.region_code", "=", of.key.region_code)
      .where("g.nature", "=", of.key.nature)
      .where("g.grade", "=", of.key.grade)
      .where("g.age_band", "=", of.key.age_band)
      .where("g.category", "=", of.key.category);
  return new Map((await query.execute()).map((r) => [r.id, r.effective_from]));
}

/** The active rows a draft batch replaces, each with the date its replacement takes effect. */
export async function listActiveReplacedBy(db: Handle, batchId: string): Promise<Array<GuidancePrice & { replacedFrom: string }>> {
  return db
    .selectFrom("guidance_prices as a")
    .innerJoin("guidance_prices as d", (join) =>
      join
        .onRef("d.region_code", "=", "a.region_code")
        .onRef("d.nature", "=", "a.nature")
        .onRef("d.grade", "=", "a.grade")
        .onRef("d.age_band", "=", "a.age_band")
        .onRef("d.category", "=", "a.category"),
    )
    .selectAll("a")
    .select("d.effective_from as replacedFrom")
    .where("a.status", "=", "active")
    .where("d.batch_id", "=", batchId)
    .where("d.status", "=", "draft")
    .execute();
}

/**
 * Marks the given active rows superseded (by id, so what is superseded is
 * exactly what was read) and ends each one's validity the day before its
 * replacement takes effect, so filings dated before that still find the
 * price that governed them. A replacement from the same day or earlier
 * leaves the old row never in force (a correction).
 */
export async function supersedePrices(
  trx: Handle,
  replaced: ReadonlyArray<{ id: string; effective_to: string | null; replacedFrom: string }>,
  at: string,
): Promise<number> {
  let count = 0;
  for (const row of replaced) {
    const end = addDays(row.replacedFrom, -1);
    const result = await trx
      .updateTable("guidance_prices")
      .set({
        status: "superseded",
        superseded_at: at,
        effective_to: row.effective_to !== null && row.effective_to < end ? row.effective_to : end,
      })
      .where("id", "=", row.id)
      .where("status", "=", "active")
      .executeTakeFirst();
    count += Number(result.numUpdatedRows);
  }
  return count;
}

export async function activateDraftPrices(trx: Handle, batchId: string): Promise<number> {
  const result = await trx
    .updateTable("guidance_prices")
    .set({ status: "active" })
    .where("batch_id", "=", batchId)
    .where("status", "=", "draft")
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Moves a batch on from draft; 0 when it was no longer a draft (someone else got there first). */
export async function closeDraftBatch(
  trx: Handle,
  batchId: string,
  set: { status: "active" | "discarded"; activated_by?: string | null; activated_at?: string | null },
  /** Only at this version (an activation of the rows its preview showed); any version when absent. */
  version?: number,
): Promise<number> {
  let query = trx.updateTable("guidance_price_batches").set(set).where("id", "=", batchId).where("status", "=", "draft");
  if (version !== undefined) query = query.where("version", "=", version);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * An edit of a draft batch claims it: its version is raised by one and its region, source and row count set, only
 * while it is still a draft at the version the edit was made from. 0 when it was not (another edit, an activation or
 * a discard got there first; on Postgres a concurrent edit waits for the first and then finds the version moved).
 */
export async function bumpDraftBatch(
  trx: Handle,
  batchId: string,
  fromVersion: number,
  set: { region_code: string; source_document: string; row_count: number },
): Promise<number> {
  const result = await trx
    .updateTable("guidance_price_batches")
    .set((eb) => ({ ...set, version: eb("version", "+", 1) }))
    .where("id", "=", batchId)
    .where("status", "=", "draft")
    .where("version", "=", fromVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * Who saved the draft's newest `count` versions, newest first: each edit raises the version by one and writes its
 * audit entry (guidance_batch.edit, with the editor) in the same transaction, so the last `count` entries are theirs.
 */
export async function lastDraftEditors(db: Handle, batchId: string, count: number): Promise<Array<string | null>> {
  const rows = await db
    .selectFrom("audit_log")
    .select("actor_id")
    .where("entity", "=", "guidance_price_batch")
    .where("entity_id", "=", batchId)
    .where("action", "=", "guidance_batch.edit")
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(count)
    .execute();
  return rows.map((r) => r.actor_id);
}

/** A draft batch's rows, removed so that its edit's rows replace them (only a draft's: active rows are never deleted). */
export async function deleteDraftPrices(trx: Handle, batchId: string): Promise<number> {
  const result = await trx.deleteFrom("guidance_prices").where("batch_id", "=", batchId).where("status", "=", "draft").executeTakeFirst();
  return Number(result.numDeletedRows);
}
