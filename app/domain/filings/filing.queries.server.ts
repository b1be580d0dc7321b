/**
 * What an operator reads about their own kindergarten's filings. Every query
 * is keyed by the actor's kindergarten, so another kindergarten's filing id
 * is simply not found.
 */
import type { DB } from "~/db/client";
import { versionStandings, type DatedVersion, type VersionStanding } from "./schedules";
import { KINDERGARTEN_REGION_COLUMN, RULE_TEXT_COLUMNS, storedOutcome } from "~/domain/flags/stored-flags.server";
import type { Actor } from "~/domain/users/actor";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { storedRefundSchedule } from "~/rules/facts/refund-schemes";
import type { RuleSet } from "~/rules/schema";
import type { LocalizedText } from "~/rules/types";
import { shanghaiDate } from "~/utils/working-days";
import { allowedItemTypes } from "./filing.service.server";
import { filingCorrection } from "~/domain/flags/filing-correction";
import { refundFormStart } from "./refund-rules.server";
import { latestAccountStatus } from "~/domain/fee-accounts/fee-account.queries.server";

export async function getOperatorKindergarten(db: DB, actor: Actor) {
  if (actor.role !== "operator" || !actor.kindergartenId) return null;
  return (
    (await db
      .selectFrom("kindergartens as k")
      .innerJoin("regions as r", "r.code", "k.region_code")
      .selectAll("k")
      .select("r.name as region_name")
      .where("k.id", "=", actor.kindergartenId)
      .executeTakeFirst()) ?? null
  );
}

/**
 * The operator's filings, newest version first, each with its rule findings and where it stands on the day of `now`
 * (versionStandings: in force, coming, replaced by which version from when, or never in force, corrected by which
 * version). The standing is read from all of the kindergarten's versions, published or not: the bookkeeper filed
 * them all, and "已核查" alone would not say that a corrected version's fees were never charged.
 */
export async function listOwnFilings(db: DB, actor: Actor, now: Date = new Date()) {
  if (!actor.kindergartenId) return [];
  const filings = await db
    .selectFrom("fee_filings")
    .select(["id", "term", "effective_from", "published_on", "version", "status", "submitted_at"])
    .where("kindergarten_id", "=", actor.kindergartenId)
    .orderBy("version", "desc")
    .execute();
  if (filings.length === 0) return [];
  // Only the latest evaluation counts; rows of earlier rule versions are kept for their explanation.
  const flags = await db
    .selectFrom("rule_results as r")
    .innerJoin("fee_filings as f", (join) => join.onRef("f.id", "=", "r.filing_id").onRef("f.evaluated_at", "=", "r.evaluated_at"))
    .select(["r.filing_id", "r.severity"])
    .where("f.kindergarten_id", "=", actor.kindergartenId)
    .execute();
  const count = (filingId: string, severity: string) => flags.filter((x) => x.filing_id === filingId && x.severity === severity).length;
  const standings = standingsById(filings, now);
  return filings.map((f) => ({ ...f, standing: standings.get(f.id)!, redCount: count(f.id, "red"), amberCount: count(f.id, "amber") }));
}

/**
 * Each of a kindergarten's versions' standing on the day of `now` (versionStandings), by filing id: read from all of
 * its versions, published or not, so the list and one filing's page say the same of a version.
 */
function standingsById(versions: ReadonlyArray<{ id: string } & DatedVersion>, now: Date): Map<string, VersionStanding> {
  return new Map(versionStandings(versions, shanghaiDate(now)).map(({ schedule, standing }) => [schedule.id, standing]));
}

/**
 * One of the operator's filings with its items, its findings and where it stands on the day of `now` (as listOwnFilings
 * says), and the rule versions it was checked against by their titles in `library` (the rule files: a bookkeeper knows
 * no rule codes).
 */
export async function getOwnFiling(db: DB, actor: Actor, filingId: string, now: Date = new Date(), library: RuleSet = []) {
  if (!actor.kindergartenId) return null;
  const filing = await db
    .selectFrom("fee_filings")
    .selectAll()
    .where("id", "=", filingId)
    .where("kindergarten_id", "=", actor.kindergartenId)
    .executeTakeFirst();
  if (!filing) return null;
  const [items, results, versions, accountStatus] = await Promise.all([
    db
      .selectFrom("fee_items as i")
      .innerJoin("fee_item_types as t", "t.code", "i.code")
      .selectAll("i")
      .select("t.name_en")
      .where("i.filing_id", "=", filing.id)
      .orderBy("i.position")
      .execute(),
    db
      .selectFrom("rule_results as r")
      .innerJoin("rule_texts as t", (join) => join.onRef("t.rule_id", "=", "r.rule_id").onRef("t.version", "=", "r.rule_version"))
      .innerJoin("kindergartens as k", (join) => join.on("k.id", "=", filing.kindergarten_id))
      .select(["r.rule_id", "r.rule_version", "r.severity", "r.explanation", ...RULE_TEXT_COLUMNS, KINDERGARTEN_REGION_COLUMN])
      .where("r.filing_id", "=", filing.id)
      .where("r.evaluated_at", "=", filing.evaluated_at ?? "")
      .orderBy("r.rule_id")
      .execute(),
    db.selectFrom("fee_filings").select(["id", "version", "effective_from"]).where("kindergarten_id", "=", filing.kindergarten_id).execute(),
    latestAccountStatus(db, filing.kindergarten_id),
  ]);
  // The newest filing of a term still ahead can be corrected (更正本次备案); the flags' advice says what to do on a term begun.
  const { correction, remedy } = filingCorrection(filing, Math.max(...versions.map((v) => v.version)), shanghaiDate(now));
  return {
    filing,
    correction,
    /** What the flags' advice tells the bookkeeper to do (filingCorrection). */
    remedy,
    standing: standingsById(versions, now).get(filing.id)!,
    items,
    evaluatedRules: appliedRuleTitles(JSON.parse(filing.evaluated_rules) as string[], library, results),
    /** The refund rules filed as data (null: filed without them). */
    refundSchedule: storedRefundSchedule(filing.refund_schedule),
    flags: results.map((r) => ({ rule_id: r.rule_id, rule_version: r.rule_version, severity: r.severity, outcome: storedOutcome(r) })),
    /** The kindergarten's latest account filing's state now, not at evaluation: R09's advice names the account page's button. */
    accountStatus,
  };
}

/**
 * The rule versions a filing was checked against ("R03@4"), each with its title: the version's own in the files, else
 * as its flag recorded it (rule_texts: a version since gone from the files), else null (the page then names the code).
 */
function appliedRuleTitles(
  refs: readonly string[],
  library: RuleSet,
  flagged: ReadonlyArray<{ rule_id: string; rule_version: number; title: string }>,
): Array<{ ref: string; ruleId: string; version: number; title: LocalizedText | null }> {
  return refs.map((ref) => {
    const match = /^(.+)@(\d+)$/.exec(ref);
    const ruleId = match?.[1] ?? ref;
    const version = Number(match?.[2] ?? 0);
    const recorded = flagged.find((f) => f.rule_id === ruleId && f.rule_version === version)?.title;
    const title = library.find((d) => d.id === ruleId && d.version === version)?.title ?? (recorded ? (JSON.parse(recorded) as LocalizedText) : null);
    return { ref, ruleId, version, title };
  });
}

/** The item choices for the filing form: the national categories plus the region's catalogue. */
export async function filingFormOptions(db: DB, actor: Actor, options: { rules?: RulesRuntime; today?: string } = {}) {
  const kg = await getOperatorKindergarten(db, actor);
  if (!kg) return null;
  const itemTypes = await allowedItemTypes(db, kg.region_code);
  const latest = await db
    .selectFrom("fee_filings")
    .select(["id", "term", "effective_from", "published_on", "note", "applies_to_enrolled", "pricing_basis", "refund_rules", "refund_schedule", "complaint_channel", "waiver_deduction_fen"])
    .where("kindergarten_id", "=", kg.id)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
  const previousItems = latest
    ? await db
        .selectFrom("fee_items")
        .select(["code", "amount_fen", "unit", "age_band", "description", "voluntary", "bundled", "cost_fen"])
        .where("filing_id", "=", latest.id)
        .orderBy("position")
        .execute()
    : [];
  // An item the region has since withdrawn from its catalogue is not offered again.
  const allowed = new Set(itemTypes.map((t) => t.code));
  const typeOf = new Map(itemTypes.map((t) => [t.code, t]));
  const refundStart = await refundFormStart({
    db,
    rules: options.rules,
    regionCode: kg.region_code,
    date: options.today ?? shanghaiDate(),
    previous: latest?.refund_schedule ?? null,
    previousItems: previousItems.flatMap((i) => {
      const type = typeOf.get(i.code);
      return type ? [{ category: type.category, name: type.name_zh }] : [];
    }),
  });
  return {
    refundStart,
    kindergarten: kg,
    itemTypes,
    previousItems: previousItems.filter((i) => allowed.has(i.code)),
    previousTexts: {
      pricingBasis: latest?.pricing_basis ?? "",
      refundRules: latest?.refund_rules ?? "",
      complaintChannel: latest?.complaint_channel ?? "",
      waiverDeductionFen: latest?.waiver_deduction_fen ?? 0,
    },
    /** The latest filing's own term and dates: a form for the same term starts from them (a correction, or Back and resend). */
    previousFiling: latest
      ? { term: latest.term, effectiveFrom: latest.effective_from, publishedOn: latest.published_on, note: latest.note, appliesToEnrolled: Number(latest.applies_to_enrolled) === 1 }
      : null,
    /** The latest account filing's state: the pre-check's R09 advice names the account page's button (nextFilingAction). */
    accountStatus: await latestAccountStatus(db, kg.id),
  };
}
