/**
 * Triage of a received complaint (the job of outbox topic
 * "complaint.received"): the complaint rules (rules/complaint/, appliesTo
 * "complaint") run against what the kindergarten filed for the day paid,
 * and their findings are stored with the complaint for the officer. Owns:
 *
 * - the facts (ComplaintFacts): the complaint and its charged items; the day
 *   compared (paid_on, or the day of receipt when none was given); the fee
 *   schedule in force that day (the public schedule in force, as the public
 *   page reckons it: filings/schedules.ts); the approved fee account in
 *   force that day; R02's prohibited keywords for the region (C03 matches
 *   with them, so one regional overlay serves filings and complaints); the
 *   complaints about the same kindergarten of the last 365 days (R18 narrows
 *   them to its window), with an opaque key of each complainant's phone so
 *   one complainant's several complaints count once;
 * - the findings: every fired outcome a complaint_flags row with its
 *   explanation (params, conditions, evidence) and its rule version's words
 *   recorded once in rule_texts, so a finding explains itself later;
 * - idempotence: a retried job replaces the complaint's findings with the
 *   same ones, leaves one "triaged" event per distinct result, and R18's
 *   case is found by its dedupe key, never opened twice;
 * - one short transaction for the writes (the facts are read and evaluated
 *   before it): findings, item keys, triaged_at and what it was judged under
 *   (complaintRulesKey: the re-triage sweep compares it), the non-public
 *   "triaged" event and R18's case (cases/complaint-cases.server.ts),
 *   serialised per kindergarten on Postgres.
 *
 * R19 (time bar) only suggests non-acceptance: nothing here changes the
 * complaint's state; an officer decides (Art. 15).
 */
import { createHash } from "node:crypto";
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import { prepared, type Slots } from "~/db/prepared";
import type { Database, Severity } from "~/db/schema";
import { ITEM_COLUMNS, toItemFact } from "~/domain/filings/facts.server";
import { lockComplaintLinks, openOrUpdateCaseForComplaints, type ComplaintCaseOutcome } from "~/domain/cases/complaint-cases.server";
import { COMPLAINT_CLUSTER_RULE } from "~/domain/cases/case-sources";
import { schedulesOnDate } from "~/domain/filings/schedules";
import { accountInForce } from "~/domain/fee-accounts/account-period";
import { approvedAccountsOf } from "~/domain/fee-accounts/approved-accounts.server";
import { firedFlagRows, KINDERGARTEN_REGION_COLUMN, RULE_TEXT_COLUMNS, storedOutcome } from "~/domain/flags/stored-flags.server";
import { judgedUnderKey, loadRulesState, type RulesRuntime, type RulesState } from "~/domain/rules-runtime/rules-runtime.server";
import { complaintItemKey } from "~/rules/facts/complaint/item-key";
import { CLUSTER_LOOKBACK_DAYS, type ComplaintClusterItem } from "~/rules/facts/complaint/time-and-cluster";
import type { ComplaintFacts, RefundClaimFact, RuleOutcome } from "~/rules/types";
import { addDays } from "~/utils/civil-date";
import { recordAudit } from "~/domain/audit/audit.server";
import { newId } from "~/utils/ids";
import { legalWorkingDaysInMonth, shanghaiDate, shanghaiDayStart } from "~/utils/working-days";
import { provincialRefundTable } from "~/domain/rules-runtime/refund-table.server";
import { storedRefundSchedule } from "~/rules/facts/refund-schemes";
import { nationalMobile } from "~/domain/personal-data/mobile-number";
import type { StoredRefundClaim } from "./complaint.schema";

/** The filing rule whose `keywords` the complaint rule C03 matches charged items with. */
export const PROHIBITED_KEYWORDS_RULE_ID = "R02";

export interface TriageResult {
  /** The rule versions that fired ("C01@1"), sorted. */
  fired: string[];
  /** Every rule version applied, fired or not. */
  applied: string[];
  /** R18's cases opened or updated. */
  cases: ComplaintCaseOutcome[];
}

/**
 * An opaque key of a contact phone: complaints sharing it are one complainant's. Never the phone itself. A mobile
 * number stored with its country code (+8613805745678, before intake stored the 11 digits) is the same phone.
 */
export const contactKey = (phone: string | null) =>
  phone ? createHash("sha256").update(`complaint-contact:${nationalMobile(phone)}`).digest("hex").slice(0, 24) : null;

/** R02's keywords in force for the region on `date`, or on the day of receipt when R02 was not yet in force then. */
function prohibitedKeywords(rules: RulesRuntime, state: RulesState, regionCode: string, dates: string[]): string[] {
  for (const date of dates) {
    const r02 = rules.paramsFor(regionCode, state, date, "filing").rules.find((r) => r.ruleId === PROHIBITED_KEYWORDS_RULE_ID);
    const keywords = r02?.params.keywords;
    if (Array.isArray(keywords)) return keywords.filter((k): k is string => typeof k === "string");
  }
  return [];
}

/**
 * A refund complaint's months as stored, each with the month's legal working
 * days from the official calendar (rules/ stays pure: the domain computes
 * them). Unreadable text gives no months: C05 then asks an officer to check.
 */
function refundClaims(json: string | null): RefundClaimFact[] {
  if (json === null) return [];
  try {
    const stored = JSON.parse(json) as StoredRefundClaim[];
    return stored.map((c) => ({ ...c, workingDays: legalWorkingDaysInMonth(c.month).workingDays }));
  } catch {
    return [];
  }
}

export interface GatheredComplaint {
  facts: ComplaintFacts;
  /** complaint_items ids in position order, with the key each item's name gets. */
  itemKeys: { id: string; itemKey: string }[];
}

/** The complaint rules' facts for one complaint, or null when it does not exist. */
export async function gatherComplaintFacts(db: DB, rules: RulesRuntime, state: RulesState, complaintId: string): Promise<GatheredComplaint | null> {
  const complaint = await triageStatements.complaint.executeTakeFirst(db, { complaintId });
  if (!complaint) return null;
  const receivedOn = shanghaiDate(new Date(complaint.received_at));
  const comparedOn = complaint.paid_on ?? receivedOn;
  const kgId = complaint.kindergarten_id;

  const [items, filings, accounts, related] = await Promise.all([
    triageStatements.items.execute(db, { complaintId }),
    triageStatements.filings.execute(db, { kgId }),
    approvedAccountsOf(db, kgId),
    triageStatements.related.execute(db, {
      kgId,
      from: shanghaiDayStart(addDays(receivedOn, -(CLUSTER_LOOKBACK_DAYS - 1))),
      until: shanghaiDayStart(addDays(receivedOn, 1)),
    }),
  ]);

  // The schedule in force on the day compared: the public view of it (published by then, in effect by then).
  const inForce = schedulesOnDate(
    filings.map((f) => ({ ...f, items: [] as never[] })),
    comparedOn,
  ).inForce;
  const scheduleItems = inForce ? (await triageStatements.scheduleItems.execute(db, { filingId: inForce.id })).map(toItemFact) : [];
  const account = accountInForce(accounts, comparedOn);

  const relatedById = new Map<string, ComplaintFacts["relatedComplaints"][number]>();
  for (const row of related) {
    let entry = relatedById.get(row.id);
    if (!entry) {
      entry = { id: row.id, receivedOn: shanghaiDate(new Date(row.received_at)), itemNames: [], contactKey: contactKey(row.contact_phone) };
      relatedById.set(row.id, entry);
    }
    if (row.name !== null) entry.itemNames.push(row.name);
  }

  const facts: ComplaintFacts = {
    kindergarten: { id: kgId, approvedName: complaint.approved_name, nature: complaint.nature, regionCode: complaint.kindergarten_region },
    complaint: {
      id: complaint.id,
      track: complaint.track,
      kind: complaint.kind,
      receivedOn,
      paidOn: complaint.paid_on,
      learnedOn: complaint.learned_on,
      accountPaidInto: complaint.account_paid_into,
      items: items.map((i) => ({ name: i.name, amountFen: i.amount_fen, unit: i.unit })),
      refundClaims: complaint.kind === "refund" ? refundClaims(complaint.refund_claims) : [],
    },
    comparedOn,
    schedule: inForce
      ? {
          filingId: inForce.id,
          term: inForce.term,
          version: inForce.version,
          effectiveFrom: inForce.effective_from,
          items: scheduleItems,
          refundSchedule: storedRefundSchedule(inForce.refund_schedule),
        }
      : null,
    provincialRefundTable: complaint.kind === "refund" ? provincialRefundTable(rules, state, complaint.kindergarten_region, comparedOn) : {},
    account: account
      ? { bankName: account.bank_name, branchName: account.branch_name, accountNumber: account.account_number, accountName: account.account_name }
      : null,
    prohibitedKeywords: prohibitedKeywords(rules, state, complaint.kindergarten_region, [comparedOn, receivedOn]),
    relatedComplaints: [...relatedById.values()],
  };
  return { facts, itemKeys: items.map((i) => ({ id: i.id, itemKey: complaintItemKey(i.name) })) };
}

// What triage reads of every complaint (db/prepared.ts: built once, not per complaint).
const triageStatements = {
  complaint: prepared("triage.complaint", (db: DB, $: Slots<{ complaintId: string }>) =>
    db
      .selectFrom("complaints as c")
      .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
      .select([
        "c.id",
        "c.kindergarten_id",
        "c.track",
        "c.kind",
        "c.paid_on",
        "c.learned_on",
        "c.account_paid_into",
        "c.refund_claims",
        "c.received_at",
        "k.approved_name",
        "k.nature",
        "k.region_code as kindergarten_region",
      ])
      .where("c.id", "=", $.complaintId),
  ),
  items: prepared("triage.items", (db: DB, $: Slots<{ complaintId: string }>) =>
    db.selectFrom("complaint_items").select(["id", "name", "amount_fen", "unit"]).where("complaint_id", "=", $.complaintId).orderBy("position"),
  ),
  filings: prepared("triage.filings", (db: DB, $: Slots<{ kgId: string }>) =>
    db.selectFrom("fee_filings").select(["id", "term", "version", "effective_from", "published_on", "refund_schedule"]).where("kindergarten_id", "=", $.kgId),
  ),
  related: prepared("triage.related", (db: DB, $: Slots<{ kgId: string; from: string; until: string }>) =>
    db
      .selectFrom("complaints as c")
      .leftJoin("complaint_items as i", "i.complaint_id", "c.id")
      .select(["c.id", "c.received_at", "c.contact_phone", "i.name"])
      .where("c.kindergarten_id", "=", $.kgId)
      .where("c.received_at", ">=", $.from)
      .where("c.received_at", "<", $.until)
      .orderBy("c.id"),
  ),
  scheduleItems: prepared("triage.scheduleItems", (db: DB, $: Slots<{ filingId: string }>) =>
    db.selectFrom("fee_items").select(ITEM_COLUMNS).where("filing_id", "=", $.filingId).orderBy("position"),
  ),
  // And writes.
  deleteFlags: prepared("triage.deleteFlags", (db: DB, $: Slots<{ complaintId: string }>) => db.deleteFrom("complaint_flags").where("complaint_id", "=", $.complaintId)),
  setItemKey: prepared("triage.setItemKey", (db: DB, $: Slots<{ id: string; itemKey: string }>) =>
    db.updateTable("complaint_items").set({ item_key: $.itemKey }).where("id", "=", $.id),
  ),
  markTriaged: prepared("triage.markTriaged", (db: DB, $: Slots<{ complaintId: string; at: string; rulesKey: string }>) =>
    db.updateTable("complaints").set({ triaged_at: $.at, triage_rules_key: $.rulesKey }).where("id", "=", $.complaintId),
  ),
  lastTriagedEvent: prepared("triage.lastTriagedEvent", (db: DB, $: Slots<{ complaintId: string }>) =>
    db
      .selectFrom("complaint_events")
      .select("payload")
      .where("complaint_id", "=", $.complaintId)
      .where("kind", "=", "triaged")
      .orderBy("created_at", "desc")
      .orderBy("id", "desc"),
  ),
  insertTriagedEvent: prepared("triage.insertTriagedEvent", (db: DB, $: Slots<{ id: string; complaintId: string; payload: string; at: string }>) =>
    db
      .insertInto("complaint_events")
      .values({ id: $.id, complaint_id: $.complaintId, kind: "triaged", actor_id: null, party: "system", payload: $.payload, public: 0, created_at: $.at }),
  ),
};

/**
 * What a complaint's triage is judged under: the complaint rules on its day
 * of receipt, and the filing rules whose params the facts read (R02's
 * keywords on the day compared and of receipt, R11's table on the day
 * compared), with the region's params (judgedUnderKey).
 */
export function complaintRulesKey(rules: RulesRuntime, state: RulesState, regionCode: string, receivedOn: string, comparedOn: string): string {
  return judgedUnderKey(rules, state, regionCode, [
    [receivedOn, "complaint"],
    [comparedOn, "filing"],
    [receivedOn, "filing"],
  ]);
}

/** The complaint rules in force on the day of receipt, with the params of the kindergarten's region. */
export async function evaluateComplaintRules(rules: RulesRuntime, state: RulesState, facts: ComplaintFacts): Promise<RuleOutcome[]> {
  return rules.engineFor(facts.kindergarten.regionCode, state, facts.complaint.receivedOn, "complaint").evaluateComplaint(facts);
}

/**
 * Triage one complaint: evaluate, then store the findings (replacing earlier
 * ones), the item keys, triaged_at, a non-public "triaged" event and R18's
 * case, in one transaction. null when the complaint does not exist.
 * `state`: the rules state read once by a caller triaging many.
 */
export async function triageComplaint(db: DB, rules: RulesRuntime, complaintId: string, now: Date, state?: RulesState): Promise<TriageResult | null> {
  state ??= await loadRulesState(db, rules.library);
  const gathered = await gatherComplaintFacts(db, rules, state, complaintId);
  if (!gathered) return null;
  const { facts, itemKeys } = gathered;
  const outcomes = await evaluateComplaintRules(rules, state, facts);
  const fired = outcomes.filter((o) => o.fired && o.severity !== null);
  const firedRefs = fired.map((o) => `${o.ruleId}@${o.version}`).sort();
  const applied = outcomes.map((o) => `${o.ruleId}@${o.version}`).sort();
  const rulesKey = complaintRulesKey(rules, state, facts.kindergarten.regionCode, facts.complaint.receivedOn, facts.comparedOn);
  const at = now.toISOString();

  const cases = await db.transaction().execute(async (trx) => {
    // Two triages of one kindergarten's complaints at once (Postgres): one after the other, so a cluster opens one case;
    // an officer moving one of its complaints meanwhile waits, and then moves it from the case this links it to.
    await lockComplaintLinks(trx, facts.kindergarten.id);
    await triageStatements.deleteFlags.execute(trx, { complaintId });
    const flags = await firedFlagRows(trx, rules.library, outcomes, now);
    if (flags.length > 0) {
      await trx
        .insertInto("complaint_flags")
        .values(flags.map((f) => ({ ...f, complaint_id: complaintId })))
        .execute();
    }
    for (const { id, itemKey } of itemKeys) await triageStatements.setItemKey.execute(trx, { id, itemKey });
    await triageStatements.markTriaged.execute(trx, { complaintId, at, rulesKey });

    const opened: ComplaintCaseOutcome[] = [];
    for (const outcome of fired.filter((o) => o.ruleId === COMPLAINT_CLUSTER_RULE)) {
      for (const cluster of (outcome.details.clusters ?? []) as ComplaintClusterItem[]) {
        opened.push(
          await openOrUpdateCaseForComplaints(
            trx,
            {
              kindergartenId: facts.kindergarten.id,
              regionCode: facts.kindergarten.regionCode,
              ruleId: outcome.ruleId,
              ruleVersion: outcome.version,
              severity: outcome.severity!,
              itemKey: cluster.itemKey,
              itemName: cluster.name,
              receivedOn: facts.complaint.receivedOn,
              complaintIds: cluster.complaintIds,
            },
            now,
          ),
        );
      }
    }
    await recordTriagedEvent(trx, complaintId, { fired: firedRefs, applied, comparedOn: facts.comparedOn, scheduleFilingId: facts.schedule?.filingId ?? null }, at);
    await recordAudit(trx, { actorId: null, action: "complaint.triaged", entity: "complaint", entityId: complaintId, detail: { fired: firedRefs, cases: opened.map((c) => c.caseId) } }, now);
    return opened;
  });
  return { fired: firedRefs, applied, cases };
}

/** The non-public "triaged" event, once per distinct result: a retried job that found the same adds nothing. */
async function recordTriagedEvent(trx: Transaction<Database>, complaintId: string, payload: Record<string, unknown>, at: string) {
  const last = await triageStatements.lastTriagedEvent.executeTakeFirst(trx, { complaintId });
  const text = JSON.stringify(payload);
  if (last?.payload === text) return;
  await triageStatements.insertTriagedEvent.execute(trx, { id: newId(), complaintId, payload: text, at });
}

export interface ComplaintFinding {
  ruleId: string;
  ruleVersion: number;
  severity: Severity;
  evaluatedAt: string;
  /** The stored finding as the engine gave it: what FlagExplanation renders. */
  outcome: RuleOutcome;
}

const RANK: Record<Severity, number> = { red: 2, amber: 1, info: 0 };

/**
 * A complaint's triage findings with their explanations, worst first (then
 * by rule id): for the officer's complaint page (`<FlagExplanation
 * outcome={finding.outcome} />`). The caller checks the officer may see the
 * complaint; this reads by id only.
 */
export async function complaintFindings(db: DB, complaintId: string): Promise<ComplaintFinding[]> {
  const rows = await db
    .selectFrom("complaint_flags as f")
    .innerJoin("rule_texts as t", (join) => join.onRef("t.rule_id", "=", "f.rule_id").onRef("t.version", "=", "f.rule_version"))
    .innerJoin("complaints as c", "c.id", "f.complaint_id")
    .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
    .select(["f.rule_id", "f.rule_version", "f.severity", "f.explanation", "f.evaluated_at", ...RULE_TEXT_COLUMNS, KINDERGARTEN_REGION_COLUMN])
    .where("f.complaint_id", "=", complaintId)
    .execute();
  return rows
    .map((r) => ({ ruleId: r.rule_id, ruleVersion: r.rule_version, severity: r.severity, evaluatedAt: r.evaluated_at, outcome: storedOutcome(r) }))
    .sort((a, b) => RANK[b.severity] - RANK[a.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
