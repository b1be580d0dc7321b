/**
 * What the public reads about one kindergarten (公示): who it is, the fee
 * schedule in force and the one announced next, the history of its filed
 * schedules, the guidance price a 普惠 or non-profit kindergarten is held to,
 * and its filed fee account, masked. No actor: it is public. A closed
 * kindergarten is not public at all (null, as an unknown id).
 *
 * Nothing about people leaves here (who filed, who reviewed), and the
 * account number leaves as its last four digits only: the full number is
 * read, cut and dropped in this module, so no page, JSON or CSV can carry it.
 */
import type { DB } from "~/db/client";
import { prepared, type Slots } from "~/db/prepared";
import { accountInForce, accountsToCome } from "~/domain/fee-accounts/account-period";
import { approvedAccountsOf } from "~/domain/fee-accounts/approved-accounts.server";
import { guidancePricesFor } from "~/domain/filings/facts.server";
import { publicMealFund } from "~/domain/meal-fund/meal-fund.queries.server";
import { storedRefundSchedule } from "~/rules/facts/refund-schemes";
import { shanghaiDate } from "~/utils/working-days";
import {
  GUIDED_PRIVATE_NATURES,
  OPT_IN_CATEGORIES,
  type KindergartenDisclosure,
  type MaskedAccount,
  type PublicFeeItem,
  type PublicKindergartenFacts,
  type PublicSchedule,
  type PublicScheduleTexts,
  type ScheduleVersion,
  isKindergartenIdShape,
} from "./disclosure.schema";
import { regionDirectory } from "./region-directory.server";
import { scheduleChanges, schedulesOnDate, versionLineage } from "~/domain/filings/schedules";

/** A kindergarten the public may see: any but a closed one. A malformed id names none. */
export async function findPublicKindergarten(db: DB, id: string): Promise<PublicKindergartenFacts | null> {
  if (!isKindergartenIdShape(id)) return null;
  const [row, directory] = await Promise.all([publicKindergartenRow.executeTakeFirst(db, { id }), regionDirectory(db)]);
  return row ? { ...row, place: directory.place(row.region_code) } : null;
}

// Every public page and every complaint reads it (db/prepared.ts: built once, not per request).
const publicKindergartenRow = prepared("disclosure.publicKindergarten", (db: DB, $: Slots<{ id: string }>) =>
  db
    .selectFrom("kindergartens")
    .select(["id", "uscc", "approved_name", "name_in_use", "nature", "grade", "address", "region_code"])
    .where("id", "=", $.id)
    .where("status", "!=", "closed"),
);

/** The kindergarten's public page, as of `now`; null when there is no such public kindergarten. */
export async function kindergartenDisclosure(db: DB, id: string, now: Date = new Date()): Promise<KindergartenDisclosure | null> {
  const asOf = shanghaiDate(now);
  const kindergarten = await findPublicKindergarten(db, id);
  if (!kindergarten) return null;
  const guided = GUIDED_PRIVATE_NATURES.includes(kindergarten.nature);
  const [schedules, accounts, prices, directory, mealFund] = await Promise.all([
    publicSchedules(db, id, asOf),
    maskedAccounts(db, id, asOf),
    guided ? guidancePricesFor(db, kindergarten, asOf) : null,
    regionDirectory(db),
    publicMealFund(db, id, now),
  ]);
  return {
    asOf,
    kindergarten,
    ...schedules,
    guidancePrices:
      prices?.map((p) => ({
        category: p.category,
        age_band: p.ageBand,
        base_price_fen: p.basePriceFen,
        max_float_bp: p.maxFloatBp,
        source_document: p.sourceDocument,
        region_name: directory.place(p.regionCode),
      })) ?? null,
    ...accounts,
    mealFund,
  };
}

/** The schedule in force and the next one, as the open data gives them; null when there is no such public kindergarten. */
export async function publicFeeSchedules(db: DB, id: string, now: Date = new Date()) {
  const asOf = shanghaiDate(now);
  const kindergarten = await findPublicKindergarten(db, id);
  if (!kindergarten) return null;
  const { inForce, next } = await publicSchedules(db, id, asOf);
  return { asOf, kindergarten, inForce, next };
}

// The page's schedules, their published texts and their items in one statement of a fixed shape (db/prepared.ts):
// every public page runs it. A filing's texts (up to ~5 KB with its refund rules as data) come on the row of its
// first item only (or its one row, without items), not once per item. Measured on SQLite: as cheap as repeating
// them on the demo's filings (~8 rows a page); with 40 items and texts of the longest allowed, 0.64 ms a page
// against 2.7 ms repeated (and 1.0 ms picking the first row with row_number(), which sorts every row's texts).
const publishedFilingsWithItems = prepared("disclosure.publishedFilings", (db: DB, $: Slots<{ kindergartenId: string; asOf: string }>) =>
  db
    .selectFrom("fee_filings as f")
    .leftJoin("fee_items as i", "i.filing_id", "f.id")
    .leftJoin("fee_item_types as t", "t.code", "i.code")
    .select(["f.id", "f.term", "f.version", "f.effective_from", "f.published_on", "f.submitted_at", "f.waiver_deduction_fen"])
    .select((eb) => {
      const firstRow = eb.or([
        eb("i.id", "is", null),
        eb("i.position", "=", eb.selectFrom("fee_items as j").select((j) => j.fn.min("j.position").as("first")).whereRef("j.filing_id", "=", "f.id")),
      ]);
      const once = <C extends "f.pricing_basis" | "f.refund_rules" | "f.refund_schedule" | "f.complaint_channel">(column: C) =>
        eb.case().when(firstRow).then(eb.ref(column)).end();
      return [
        once("f.pricing_basis").as("pricing_basis"),
        once("f.refund_rules").as("refund_rules"),
        once("f.refund_schedule").as("refund_schedule"),
        once("f.complaint_channel").as("complaint_channel"),
      ];
    })
    .select(["i.code", "i.category", "i.name", "i.amount_fen", "i.unit", "i.age_band", "i.voluntary", "i.description", "t.name_en"])
    .where("f.kindergarten_id", "=", $.kindergartenId)
    .where("f.published_on", "<=", $.asOf)
    .orderBy("f.version")
    .orderBy("i.position"),
);

async function publicSchedules(db: DB, kindergartenId: string, asOf: string): Promise<Pick<KindergartenDisclosure, "inForce" | "next" | "history">> {
  const rows = await publishedFilingsWithItems.execute(db, { kindergartenId, asOf });
  type Row = (typeof rows)[number];
  const filings: Array<Row & { items: PublicFeeItem[]; texts: PublicScheduleTexts }> = [];
  for (const row of rows) {
    if (filings.at(-1)?.id !== row.id) filings.push({ ...row, items: [], texts: NO_TEXTS });
    // One of a filing's rows carries its texts (pricing_basis is NOT NULL in fee_filings: a string there, null on the others).
    if (row.pricing_basis !== null) filings.at(-1)!.texts = filedTexts(row);
    // A filing without items comes as one row whose item columns are all null (they are NOT NULL in fee_items).
    if (row.code === null) continue;
    const category = row.category!;
    filings.at(-1)!.items.push({
      code: row.code,
      category,
      name: row.name!,
      name_en: row.name_en!,
      amount_fen: row.amount_fen!,
      unit: row.unit!,
      age_band: row.age_band!,
      description: row.description!,
      voluntary: row.voluntary === 1 && OPT_IN_CATEGORIES.includes(category),
    });
  }
  const schedules: PublicSchedule[] = filings.map((f) => ({
    term: f.term,
    version: f.version,
    effective_from: f.effective_from,
    published_on: f.published_on,
    filed_on: shanghaiDate(new Date(f.submitted_at)),
    items: f.items,
    texts: f.texts,
  }));
  const { announced, inForce, next } = schedulesOnDate(schedules, asOf);
  // The history says what each version changed against the fees it replaces, not its texts: they are on the page
  // for the schedules shown.
  const history = versionLineage(announced).map(({ schedule, replaces, correctedBy }): ScheduleVersion => {
    const { items: current, texts: _texts, ...version } = schedule;
    return {
      ...version,
      item_count: current.length,
      compared_with: replaces?.version ?? null,
      corrected_by: correctedBy?.version ?? null,
      changes: replaces ? scheduleChanges(replaces.items, current) : null,
    };
  });
  return { inForce, next, history: history.reverse() };
}

const NO_TEXTS: PublicScheduleTexts = { pricing_basis: "", refund_rules: "", refund_schedule: null, complaint_channel: "", waiver_deduction_fen: 0 };

/** A filing's published texts from the row that carries them; blank ones are none. */
function filedTexts(row: {
  pricing_basis: string | null;
  refund_rules: string | null;
  refund_schedule: string | null;
  complaint_channel: string | null;
  waiver_deduction_fen: number;
}): PublicScheduleTexts {
  // Parsed once per stored text and shared (frozen); a text the rules cannot read, or an empty list, is none.
  const refundSchedule = storedRefundSchedule(row.refund_schedule);
  return {
    pricing_basis: row.pricing_basis?.trim() ?? "",
    refund_rules: row.refund_rules?.trim() ?? "",
    refund_schedule: refundSchedule && refundSchedule.length > 0 ? refundSchedule : null,
    complaint_channel: row.complaint_channel?.trim() ?? "",
    waiver_deduction_fen: Math.max(0, row.waiver_deduction_fen),
  };
}

/** The approved account in force on `asOf` and the next one approved to take effect after it, both masked. */
async function maskedAccounts(db: DB, kindergartenId: string, asOf: string): Promise<{ account: MaskedAccount | null; upcomingAccount: MaskedAccount | null }> {
  const approved = await approvedAccountsOf(db, kindergartenId);
  const inForce = accountInForce(approved, asOf);
  const next = accountsToCome(approved, asOf)[0];
  return { account: inForce ? masked(inForce) : null, upcomingAccount: next ? masked(next) : null };
}

function masked(account: Awaited<ReturnType<typeof approvedAccountsOf>>[number]): MaskedAccount {
  return {
    bank_name: account.bank_name,
    branch_name: account.branch_name,
    account_name: account.account_name,
    last4: account.account_number.slice(-4),
    effective_from: account.effective_from,
    // Accounts approved before reviews were recorded (carried over) have no review instant: their filing stands for it.
    approved_on: shanghaiDate(new Date(account.reviewed_at ?? account.filed_at)),
  };
}
