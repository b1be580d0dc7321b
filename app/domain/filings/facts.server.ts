/**
 * Gathers the raw facts the filing rules need: the kindergarten, the filing's
 * items, the previous filing's items and the guidance prices in force for the
 * kindergarten on the filing's effective date (the most specific region wins:
 * district over city over province).
 */
import type { DB } from "../../../db/client";
import type { FeeItem, Kindergarten } from "../../../db/schema";
import type { FeeItemFact, FilingFacts, GuidancePriceFact } from "../../../rules/types";

function toItemFact(item: FeeItem): FeeItemFact {
  return {
    code: item.code,
    category: item.category,
    name: item.name,
    amountFen: item.amount_fen,
    unit: item.unit,
    ageBand: item.age_band,
    description: item.description,
  };
}

async function itemsOf(db: DB, filingId: string): Promise<FeeItem[]> {
  return db.selectFrom("fee_items").selectAll().where("filing_id", "=", filingId).orderBy("position").execute();
}

export async function buildFilingFacts(db: DB, filingId: string): Promise<FilingFacts | null> {
  const filing = await db.selectFrom("fee_filings").selectAll().where("id", "=", filingId).executeTakeFirst();
  if (!filing) return null;
  const kg = await db
    .selectFrom("kindergartens")
    .selectAll()
    .where("id", "=", filing.kindergarten_id)
    .executeTakeFirstOrThrow();
  const [items, previousItems, guidancePrices] = await Promise.all([
    itemsOf(db, filing.id),
    filing.previous_filing_id ? itemsOf(db, filing.previous_filing_id) : Promise.resolve(null),
    guidancePricesFor(db, kg, filing.effective_from),
  ]);
  return {
    kindergarten: {
      id: kg.id,
      uscc: kg.uscc,
      approvedName: kg.approved_name,
      nature: kg.nature,
      grade: kg.grade,
      regionCode: kg.region_code,
    },
    filing: { id: filing.id, term: filing.term, version: filing.version, effectiveFrom: filing.effective_from, publishedOn: filing.published_on },
    items: items.map(toItemFact),
    previousItems: previousItems ? previousItems.map(toItemFact) : null,
    guidancePrices,
  };
}

export async function guidancePricesFor(
  db: DB,
  kg: Pick<Kindergarten, "region_code" | "nature" | "grade">,
  onDate: string,
): Promise<GuidancePriceFact[]> {
  const district = kg.region_code;
  const city = `${district.slice(0, 4)}00`;
  const province = `${district.slice(0, 2)}0000`;
  const rows = await db
    .selectFrom("guidance_prices")
    .selectAll()
    .where("region_code", "in", [district, city, province])
    .where("nature", "=", kg.nature)
    .where("grade", "=", kg.grade)
    .where("effective_from", "<=", onDate)
    .where((eb) => eb.or([eb("effective_to", "is", null), eb("effective_to", ">=", onDate)]))
    .execute();
  const specificity = (code: string) => (code === district ? 3 : code === city ? 2 : 1);
  const best = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const key = `${row.category}|${row.age_band}`;
    const current = best.get(key);
    if (
      !current ||
      specificity(row.region_code) > specificity(current.region_code) ||
      (specificity(row.region_code) === specificity(current.region_code) && row.effective_from > current.effective_from)
    ) {
      best.set(key, row);
    }
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
