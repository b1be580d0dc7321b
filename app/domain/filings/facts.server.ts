/**
 * Gathers the raw facts the filing rules need, for one filing or for
 * thousands at once (re-evaluation, preview, benchmark): the kindergarten,
 * the filing and its items, its earlier filings, the guidance prices in force
 * on the filing's effective date (most specific region wins: district over
 * city over province), the region's item catalogue and the filed account.
 * Set-based: a batch costs a fixed number of queries, not a few per filing.
 */
import { sql } from "kysely";
import type { DB } from "~/db/client";
import { prepared, type Slots } from "~/db/prepared";
import { addDays, addMonths } from "~/utils/civil-date";
import type { FeeFiling, FeeItem, GuidancePrice, Kindergarten } from "~/db/schema";
import type { AccountFact, FeeItemFact, FilingFacts, GuidancePriceFact, PastFilingFact, PendingAccountFact } from "~/rules/types";
import { shanghaiDate } from "~/utils/working-days";
import { accountInForce } from "~/domain/fee-accounts/account-period";
import { regionChain } from "~/domain/regions/region-scope";
import { storedRefundSchedule } from "~/rules/facts/refund-schemes";
import { termMonths } from "./refund-rules.server";

/** SQLite's bound-parameter limit is generous but finite; Postgres is happiest with moderate IN lists too. */
const IN_CHUNK = 900;

/** Earlier filings reach back this far before the filing's effective date (R05 looks at 12 months). */
const HISTORY_MONTHS = 24;

export interface FactOptions {
  /** Preview a draft guidance-price batch: its rows replace the active rows with the same key. */
  draftGuidanceBatchId?: string;
}

function chunks<T>(values: T[], size = IN_CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

/** The fee_filings columns a fact needs (not the evaluation's own record, notes or audit columns). */
const FILING_COLUMNS = [
  "id",
  "kindergarten_id",
  "term",
  "version",
  "effective_from",
  "published_on",
  "pricing_basis",
  "refund_rules",
  "refund_schedule",
  "complaint_channel",
  "applies_to_enrolled",
  "waiver_deduction_fen",
] as const satisfies readonly (keyof FeeFiling)[];

/** The fee_items columns a fact needs (not id or position: rows come ordered by position). */
/** The fee_items columns a FeeItemFact is made of. */
export const ITEM_COLUMNS = [
  "filing_id",
  "code",
  "category",
  "name",
  "amount_fen",
  "unit",
  "age_band",
  "description",
  "voluntary",
  "bundled",
  "cost_fen",
] as const satisfies readonly (keyof FeeItem)[];

export function toItemFact(item: Pick<FeeItem, (typeof ITEM_COLUMNS)[number]>): FeeItemFact {
  return {
    code: item.code,
    category: item.category,
    name: item.name,
    amountFen: item.amount_fen,
    unit: item.unit,
    ageBand: item.age_band,
    description: item.description,
    voluntary: item.voluntary === 1,
    bundled: item.bundled === 1,
    costFen: item.cost_fen,
  };
}

export async function buildFilingFacts(db: DB, filingId: string, options: FactOptions = {}): Promise<FilingFacts | null> {
  const [facts] = await buildFilingFactsBatch(db, [filingId], options);
  return facts ?? null;
}

/** Facts for every filing id that exists, in the order given. */
export async function buildFilingFactsBatch(db: DB, filingIds: string[], options: FactOptions = {}): Promise<FilingFacts[]> {
  if (filingIds.length === 0) return [];
  const filings = (
    await Promise.all(chunks(filingIds).map((ids) => db.selectFrom("fee_filings").select(FILING_COLUMNS).where("id", "in", ids).execute()))
  ).flat();
  if (filings.length === 0) return [];
  const kgIds = [...new Set(filings.map((f) => f.kindergarten_id))];

  const [kindergartens, siblings, accounts, itemTypes] = await Promise.all([
    Promise.all(
      chunks(kgIds).map((ids) =>
        db
          .selectFrom("kindergartens")
          .select(["id", "uscc", "approved_name", "nature", "grade", "region_code"])
          .where("id", "in", ids)
          .execute(),
      ),
    ).then((r) => r.flat()),
    Promise.all(
      chunks(kgIds).map((ids) =>
        db
          .selectFrom("fee_filings")
          .select(["id", "kindergarten_id", "version", "effective_from"])
          .where("kindergarten_id", "in", ids)
          .execute(),
      ),
    ).then((r) => r.flat()),
    Promise.all(
      chunks(kgIds).map((ids) =>
        db
          .selectFrom("bank_accounts")
          .select(["kindergarten_id", "status", "bank_name", "branch_name", "account_number", "account_name", "effective_from", "effective_to", "filed_at"])
          .where("kindergarten_id", "in", ids)
          .where("status", "in", ["approved", "pending"])
          .execute(),
      ),
    ).then((r) => r.flat()),
    db.selectFrom("fee_item_types").select(["code", "region_code"]).where("active", "=", 1).execute(),
  ]);
  const kgById = new Map(kindergartens.map((k) => [k.id, k]));
  const accountsByKg = new Map<string, typeof accounts>();
  const pendingByKg = new Map<string, (typeof accounts)[number]>();
  for (const a of accounts) {
    // One filing awaits review at a time (fileAccount refuses a second).
    if (a.status === "pending") pendingByKg.set(a.kindergarten_id, a);
    else (accountsByKg.get(a.kindergarten_id) ?? accountsByKg.set(a.kindergarten_id, []).get(a.kindergarten_id)!).push(a);
  }

  // Which earlier filings each filing needs: the schedules in force in the 24 months before it, plus the one just
  // before that window.
  const siblingsByKg = new Map<string, typeof siblings>();
  for (const s of siblings) (siblingsByKg.get(s.kindergarten_id) ?? siblingsByKg.set(s.kindergarten_id, []).get(s.kindergarten_id)!).push(s);
  const historyOf = new Map<string, typeof siblings>();
  for (const filing of filings) {
    const earlier = schedulesInForceBefore(siblingsByKg.get(filing.kindergarten_id) ?? [], filing);
    const cutoff = addMonths(filing.effective_from, -HISTORY_MONTHS);
    const firstInWindow = earlier.findIndex((s) => s.effective_from >= cutoff);
    historyOf.set(filing.id, firstInWindow === -1 ? earlier.slice(-1) : earlier.slice(Math.max(0, firstInWindow - 1)));
  }

  const neededFilingIds = [...new Set([...filings.map((f) => f.id), ...[...historyOf.values()].flat().map((s) => s.id)])];
  const items = (
    await Promise.all(
      chunks(neededFilingIds).map((ids) =>
        db
          .selectFrom("fee_items")
          .select(ITEM_COLUMNS)
          .where("filing_id", "in", ids)
          .orderBy("filing_id")
          .orderBy("position")
          .execute(),
      ),
    )
  ).flat();
  const itemsByFiling = new Map<string, FeeItemFact[]>();
  for (const item of items) (itemsByFiling.get(item.filing_id) ?? itemsByFiling.set(item.filing_id, []).get(item.filing_id)!).push(toItemFact(item));

  const prices = await loadGuidancePrices(db, kindergartens, options, filings.map((f) => f.effective_from));
  // Kindergartens of one region, nature and grade share these lists (and filings of one date share the prices).
  const allowedByRegion = new Map<string, string[]>();
  const pricesByKey = new Map<string, { prices: GuidancePriceFact[]; publicCareFeeFen: number | null }>();

  const byId = new Map(filings.map((f) => [f.id, f]));
  const result: FilingFacts[] = [];
  for (const id of filingIds) {
    const filing = byId.get(id);
    if (!filing) continue;
    const kg = kgById.get(filing.kindergarten_id)!;
    const history: PastFilingFact[] = (historyOf.get(id) ?? []).map((s) => ({
      version: s.version,
      effectiveFrom: s.effective_from,
      items: itemsByFiling.get(s.id) ?? [],
    }));
    // The account in force on the day the fees take effect: that is where they will be paid.
    const account = accountInForce(accountsByKg.get(kg.id) ?? [], filing.effective_from);
    // With none in force, a filing awaiting review that asks to start by then is why (R09 v6 says so); one asking
    // for a later day would not cover the schedule's first day even once approved.
    const pending = account ? undefined : pendingByKg.get(kg.id);
    const pendingAccount: PendingAccountFact | null =
      pending && pending.effective_from <= filing.effective_from
        ? { bankName: pending.bank_name, accountName: pending.account_name, submittedOn: shanghaiDate(new Date(pending.filed_at)), requestedFrom: pending.effective_from }
        : null;
    let allowedItemCodes = allowedByRegion.get(kg.region_code);
    if (!allowedItemCodes) allowedByRegion.set(kg.region_code, (allowedItemCodes = allowedCodesFor(itemTypes, kg.region_code)));
    const priceKey = `${kg.region_code}|${kg.nature}|${kg.grade}|${filing.effective_from}`;
    let priced = pricesByKey.get(priceKey);
    if (!priced) {
      priced = {
        prices: pricesFor(prices, kg, kg.nature, filing.effective_from),
        publicCareFeeFen: publicCareFee(prices, kg, filing.effective_from),
      };
      pricesByKey.set(priceKey, priced);
    }
    const { prices: guidancePrices, publicCareFeeFen } = priced;
    result.push({
      kindergarten: {
        id: kg.id,
        uscc: kg.uscc,
        approvedName: kg.approved_name,
        nature: kg.nature,
        grade: kg.grade,
        regionCode: kg.region_code,
      },
      filing: {
        id: filing.id,
        term: filing.term,
        version: filing.version,
        effectiveFrom: filing.effective_from,
        publishedOn: filing.published_on,
        pricingBasis: filing.pricing_basis,
        refundRules: filing.refund_rules,
        complaintChannel: filing.complaint_channel,
        appliesToEnrolled: filing.applies_to_enrolled === 1,
        waiverDeductionFen: filing.waiver_deduction_fen,
      },
      items: itemsByFiling.get(filing.id) ?? [],
      previousItems: history.length > 0 ? history[history.length - 1].items : null,
      history,
      guidancePrices,
      allowedItemCodes,
      account: account
        ? ({
            bankName: account.bank_name,
            branchName: account.branch_name,
            accountNumber: account.account_number,
            accountName: account.account_name,
          } satisfies AccountFact)
        : null,
      pendingAccount,
      publicCareFeeFen,
      refundSchedule: storedRefundSchedule(filing.refund_schedule),
      termMonths: termMonths(filing.term),
    });
  }
  return result;
}

function allowedCodesFor(types: Array<{ code: string; region_code: string | null }>, regionCode: string): string[] {
  const chain = regionChain(regionCode);
  return types.filter((t) => t.region_code === null || chain.includes(t.region_code)).map((t) => t.code);
}

/**
 * The guidance-price rows that may apply to these kindergartens: active rows
 * and superseded ones (history: they still govern filings dated before their
 * replacement took effect). A draft batch under preview is laid over them the
 * way activation would: each row it replaces ends the day before.
 */
async function loadGuidancePrices(
  db: DB,
  kindergartens: Pick<Kindergarten, "region_code" | "nature" | "grade">[],
  options: FactOptions,
  /** The dates the prices are wanted for; omitted: any date. */
  onDates?: string[],
): Promise<Map<string, PriceRow[]>> {
  // Only the rows a kindergarten can use: its region chain × (its nature, and public for the waiver basis) × its grade.
  // Reading by region alone returned most of the national table for every batch (a batch spans most provinces).
  const scopes = new Map<string, [region: string, nature: string, grade: string]>();
  for (const k of kindergartens) {
    for (const region of regionChain(k.region_code)) {
      for (const nature of new Set([k.nature, "public"])) scopes.set(`${region}|${nature}|${k.grade}`, [region, nature, k.grade]);
    }
  }
  // Rows in force on none of the dates (history long replaced, rows not yet begun) cannot apply: they are not read.
  const first = onDates?.reduce((a, b) => (b < a ? b : a));
  const last = onDates?.reduce((a, b) => (b > a ? b : a));
  const rows = (
    await Promise.all(
      chunks([...scopes.values()], IN_CHUNK / 3).map((scope) =>
        db
          .selectFrom("guidance_prices")
          .select(PRICE_COLUMNS)
          // A row-value IN list is not SQLite syntax; IN (VALUES …) is, and Postgres reads it too.
          .where(
            sql<boolean>`(${sql.ref("region_code")}, ${sql.ref("nature")}, ${sql.ref("grade")}) in (values ${sql.join(
              scope.map(([region, nature, grade]) => sql`(${region}, ${nature}, ${grade})`),
            )})`,
          )
          .where((eb) => {
            const kept = eb.and([
              eb("status", "in", ["active", "superseded"]),
              ...(last !== undefined ? [eb("effective_from", "<=", last)] : []),
              ...(first !== undefined ? [eb.or([eb("effective_to", "is", null), eb("effective_to", ">=", first)])] : []),
            ]);
            return options.draftGuidanceBatchId ? eb.or([kept, eb("batch_id", "=", options.draftGuidanceBatchId)]) : kept;
          })
          .execute(),
      ),
    )
  ).flat();
  return byRegion(rows);
}

/** The rows by region, a draft batch's rows laid over those they replace. */
function byRegion(rows: readonly PriceRow[]): Map<string, PriceRow[]> {
  const keyOf = (r: PriceRow) => `${r.region_code}|${r.nature}|${r.grade}|${r.age_band}|${r.category}`;
  const draftFrom = new Map(rows.filter((r) => r.status === "draft").map((r) => [keyOf(r), r.effective_from]));
  const out = new Map<string, PriceRow[]>();
  for (const original of rows) {
    const replacedFrom = original.status === "active" ? draftFrom.get(keyOf(original)) : undefined;
    const row = replacedFrom ? { ...original, effective_to: minDate(original.effective_to, addDays(replacedFrom, -1)) } : original;
    (out.get(row.region_code) ?? out.set(row.region_code, []).get(row.region_code)!).push(row);
  }
  return out;
}

/** The guidance_prices columns the facts and the draft overlay need. */
const PRICE_COLUMNS = [
  "region_code",
  "nature",
  "grade",
  "age_band",
  "category",
  "base_price_fen",
  "max_float_bp",
  "effective_from",
  "effective_to",
  "source_document",
  "status",
] as const satisfies readonly (keyof GuidancePrice)[];
type PriceRow = Pick<GuidancePrice, (typeof PRICE_COLUMNS)[number]>;

function minDate(a: string | null, b: string): string {
  return a !== null && a < b ? a : b;
}

function inForce(row: PriceRow, onDate: string): boolean {
  return row.effective_from <= onDate && (row.effective_to === null || row.effective_to >= onDate);
}

/** Per (category, age band): the most specific region's row in force, the latest one on a tie. */
function pricesFor(
  prices: Map<string, PriceRow[]>,
  kg: Pick<Kindergarten, "region_code" | "grade">,
  nature: Kindergarten["nature"],
  onDate: string,
): GuidancePriceFact[] {
  const best = new Map<string, PriceRow>();
  // Province first, district last: a more specific row overwrites a less specific one.
  for (const code of regionChain(kg.region_code).reverse()) {
    const candidates = (prices.get(code) ?? []).filter((r) => r.nature === nature && r.grade === kg.grade && inForce(r, onDate));
    const atThisLevel = new Map<string, PriceRow>();
    for (const row of candidates) {
      const key = `${row.category}|${row.age_band}`;
      const current = atThisLevel.get(key);
      if (!current || row.effective_from > current.effective_from) atThisLevel.set(key, row);
    }
    for (const [key, row] of atThisLevel) best.set(key, row);
  }
  return [...best.values()].map((row) => ({
    regionCode: row.region_code,
    category: row.category,
    ageBand: row.age_band,
    basePriceFen: row.base_price_fen,
    maxFloatBp: row.max_float_bp,
    sourceDocument: row.source_document,
  }));
}

/** The local public kindergartens' 保教费 for the same grade: what the 大班 waiver deducts (R12). */
function publicCareFee(prices: Map<string, PriceRow[]>, kg: Pick<Kindergarten, "region_code" | "grade">, onDate: string): number | null {
  const row = pricesFor(prices, kg, "public", onDate).find((p) => p.category === "care_education" && p.ageBand === "all");
  return row ? row.basePriceFen : null;
}

/**
 * What loadGuidancePrices reads for one kindergarten on one day, as a statement of a fixed shape
 * (db/prepared.ts): its region chain × its nature and public × its grade. Every public page of a
 * 普惠 or non-profit kindergarten runs it.
 */
const kindergartenPricesOn = prepared(
  "facts.kindergartenPricesOn",
  (db: DB, $: Slots<{ district: string; city: string; province: string; nature: Kindergarten["nature"]; grade: Kindergarten["grade"]; onDate: string }>) =>
    db
      .selectFrom("guidance_prices")
      .select(PRICE_COLUMNS)
      .where("region_code", "in", [$.district, $.city, $.province])
      .where("nature", "in", [$.nature, "public"])
      .where("grade", "=", $.grade)
      .where("status", "in", ["active", "superseded"])
      .where("effective_from", "<=", $.onDate)
      .where((eb) => eb.or([eb("effective_to", "is", null), eb("effective_to", ">=", $.onDate)])),
);

/** The guidance prices in force for one kindergarten on a date (for screens that show them). */
export async function guidancePricesFor(
  db: DB,
  kg: Pick<Kindergarten, "region_code" | "nature" | "grade">,
  onDate: string,
): Promise<GuidancePriceFact[]> {
  const [district, city, province] = regionChain(kg.region_code);
  const rows = await kindergartenPricesOn.execute(db, { district, city, province, nature: kg.nature, grade: kg.grade, onDate });
  return pricesFor(byRegion(rows), kg, kg.nature, onDate);
}

/**
 * The schedules that were in force before `filing` takes effect, in the order they took effect: filed earlier, taking
 * effect earlier, and of versions taking effect on one date the last filed (a correction replaces the version it
 * corrects before either is charged). A kindergarten filing the same term again is compared with the fees in force,
 * not with its own earlier version: otherwise a second filing of a raise would read as no raise at all.
 */
function schedulesInForceBefore<S extends { version: number; effective_from: string }>(siblings: readonly S[], filing: { version: number; effective_from: string }): S[] {
  const lastOfDate = new Map<string, S>();
  for (const s of siblings) {
    if (s.version >= filing.version || s.effective_from >= filing.effective_from) continue;
    const kept = lastOfDate.get(s.effective_from);
    if (!kept || kept.version < s.version) lastOfDate.set(s.effective_from, s);
  }
  return [...lastOfDate.values()].sort((a, b) => (a.effective_from < b.effective_from ? -1 : a.effective_from > b.effective_from ? 1 : 0));
}
