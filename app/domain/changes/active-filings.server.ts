/**
 * The "active fee schedules": for every active kindergarten, its latest filing
 * (highest version). What a preview or a re-evaluation walks over.
 *
 * Paging is keyset on kindergartens.id: one query per page, a range scan of
 * the kindergartens primary key with one backward seek per kindergarten on
 * the unique (kindergarten_id, version) index of fee_filings. The "has a
 * filing" test is that same scalar seek, not EXISTS: Postgres turns EXISTS
 * into a merge semi-join that reads fee_filings from the start on every page
 * (quadratic over a full walk). Both plans were checked with EXPLAIN at
 * 150,000 kindergartens (about 2 ms a page on either database); no extra
 * index is needed.
 *
 * A scope (`regionCode`: that region and every region below it) narrows both
 * the count and the walk to the kindergartens a regional change can affect.
 * The walk keeps its order and its keyset (kindergarten id), so a scoped page
 * is the national page with the other regions' kindergartens left out. The
 * scope is a code range (regionCodeBounds), not a LIKE: it is read from the
 * kindergartens_active index the walk scans, or from kindergartens_region.
 */
import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
import { regionCodeBounds } from "~/domain/regions/region-scope";

type KgScope = ExpressionBuilder<Database, "kindergartens">;

function latestFilingId(eb: KgScope) {
  return eb
    .selectFrom("fee_filings as f")
    .select("f.id")
    .whereRef("f.kindergarten_id", "=", "kindergartens.id")
    .orderBy("f.version", "desc")
    .limit(1);
}

function hasFiling(eb: KgScope): Expression<SqlBool> {
  return eb(latestFilingId(eb), "is not", null);
}

/** The kindergartens at or below `regionCode`. */
function withinRegion(regionCode: string) {
  const bounds = regionCodeBounds(regionCode);
  return (eb: KgScope): Expression<SqlBool> =>
    "equals" in bounds
      ? eb("kindergartens.region_code", "=", bounds.equals)
      : eb.and([eb("kindergartens.region_code", ">=", bounds.from), eb("kindergartens.region_code", "<", bounds.before)]);
}

/** Where a walk or a count reaches: the kindergartens at or below a region, or (null) everywhere. */
export interface ActiveFilingScope {
  regionCode?: string | null;
}

export interface ActiveFilingPage {
  /** Latest filing ids, in kindergarten id order; fewer than `limit` means this was the last page. */
  filingIds: string[];
  /** The kindergarten of the last filing: pass it as afterKindergartenId for the next page. Null when the page is empty. */
  lastKindergartenId: string | null;
}

export interface ActiveFilingRow {
  kindergartenId: string;
  filingId: string;
}

/**
 * One page of active filings after a kindergarten id. `regionCode`
 * (optional) narrows to the kindergartens at or below that region, for a
 * change that can only affect one region.
 */
export async function listActiveFilingRows(
  db: DB,
  opts: { afterKindergartenId: string | null; limit: number } & ActiveFilingScope,
): Promise<ActiveFilingRow[]> {
  let query = db
    .selectFrom("kindergartens")
    .select("kindergartens.id as kindergarten_id")
    .select((eb) => latestFilingId(eb).as("filing_id"))
    .where("kindergartens.status", "=", "active")
    .where(hasFiling)
    .orderBy("kindergartens.id")
    .limit(opts.limit);
  if (opts.afterKindergartenId !== null) query = query.where("kindergartens.id", ">", opts.afterKindergartenId);
  if (opts.regionCode) query = query.where(withinRegion(opts.regionCode));
  const rows = await query.execute();
  return rows.map((r) => ({ kindergartenId: r.kindergarten_id, filingId: r.filing_id! }));
}

export async function listActiveFilingIds(
  db: DB,
  opts: { afterKindergartenId: string | null; limit: number },
): Promise<ActiveFilingPage> {
  const rows = await listActiveFilingRows(db, opts);
  return { filingIds: rows.map((r) => r.filingId), lastKindergartenId: rows.at(-1)?.kindergartenId ?? null };
}

/**
 * How many of the active fee schedules at or below `regionCode` take effect on or after `from` (their latest filing's
 * effective_from): those a guidance price starting on `from` can apply to, since a filing is judged by the prices in
 * force on its own start day.
 */
export async function countActiveFilingsFrom(db: DB, opts: ActiveFilingScope & { from: string }): Promise<number> {
  let query = db
    .selectFrom("kindergartens")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("kindergartens.status", "=", "active")
    .where((eb) =>
      eb(
        eb.selectFrom("fee_filings as f").select("f.effective_from").whereRef("f.kindergarten_id", "=", "kindergartens.id").orderBy("f.version", "desc").limit(1),
        ">=",
        opts.from,
      ),
    );
  if (opts.regionCode) query = query.where(withinRegion(opts.regionCode));
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many active fee schedules there are now (active kindergartens with at least one filing), at or below `regionCode` if given. */
export async function countActiveFilings(db: DB, opts: ActiveFilingScope = {}): Promise<number> {
  let query = db
    .selectFrom("kindergartens")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("kindergartens.status", "=", "active")
    .where(({ exists, selectFrom }) =>
      exists(selectFrom("fee_filings as f").select("f.id").whereRef("f.kindergarten_id", "=", "kindergartens.id")),
    );
  if (opts.regionCode) query = query.where(withinRegion(opts.regionCode));
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}
