/**
 * The written notice of a decided case, for whoever may read the case: the officers whose scope covers it (as its
 * case page: caseForActor) and the kindergarten's own operator (as its notice page: the kindergarten's cases that
 * were notified or decided). Out of scope, undecided or reopened (the decision withdrawn): null, and the routes
 * answer 404. Both read the same record, so the officer prints exactly what the kindergarten is served.
 *
 * The record is read field by field from an explicit list: the decision's detail without the officer's note, the
 * flags' words, and for a case from complaints only the item the kindergarten's case page names (complaintReason):
 * never which complaints, how many, or who made them.
 */
import type { DB } from "~/db/client";
import type { Agency, CaseDecisionKind } from "~/db/schema";
import { regionNames } from "~/domain/regions/region.queries.server";
import { regionChain } from "~/domain/regions/region-scope";
import { PLACEHOLDER_NAMES } from "~/domain/regions/leading-region";
import { hasPermission, type Actor } from "~/domain/users/actor";
import type { Lang } from "~/i18n";
import { formatMessage } from "~/rules/explain";
import { isCivilDate } from "~/utils/civil-date";
import { caseFlags, caseForActor } from "./case.queries.server";
import { complaintReason } from "./case-kindergarten.server";
import { buildCaseNotice, type CaseNotice, type CaseNoticeRecord } from "./case-notice";
import { isDecisionBasis, isDecisionKind, isSanction, PENALTY_ARTICLES } from "./case-work.schema";

/** The notice as the page shows it: the Chinese one served, and an English translation for an English reader. */
export interface CaseNoticePage {
  caseId: string;
  notice: CaseNotice;
  translation: CaseNotice | null;
}

/** The notice of a case an officer may read (its case page's scope); null when out of scope or not decided. */
export async function officerCaseNotice(db: DB, actor: Actor, caseId: string, lang: Lang): Promise<CaseNoticePage | null> {
  const found = await caseForActor(db, actor, caseId);
  if (!found) return null;
  return noticePage(await noticeRecord(db, found.id), lang);
}

/** The notice of one of the operator's own kindergarten's decided cases; null otherwise (another kindergarten's too). */
export async function kindergartenCaseNotice(db: DB, actor: Actor, caseId: string, lang: Lang): Promise<CaseNoticePage | null> {
  const kindergartenId = hasPermission(actor, "read:case:own") ? actor.kindergartenId : null;
  if (!kindergartenId || caseId.length === 0 || caseId.length > 64) return null;
  const own = await db.selectFrom("inspection_cases").select("id").where("id", "=", caseId).where("kindergarten_id", "=", kindergartenId).executeTakeFirst();
  return own ? noticePage(await noticeRecord(db, own.id), lang) : null;
}

function noticePage(record: CaseNoticeRecord | null, lang: Lang): CaseNoticePage | null {
  if (!record) return null;
  return { caseId: record.caseId, notice: buildCaseNotice(record, "zh-CN"), translation: lang === "en" ? buildCaseNotice(record, "en") : null };
}

/**
 * What the notice of a case is built from, read from what the case recorded; null when the case has no decision in
 * force (never decided, or reopened: reopening clears the decision). The caller has checked the reader's scope.
 */
export async function noticeRecord(db: DB, caseId: string): Promise<CaseNoticeRecord | null> {
  const row = await db
    .selectFrom("inspection_cases as c")
    .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
    .leftJoin("users as decider", "decider.id", "c.decided_by")
    .leftJoin("users as assignee", "assignee.id", "c.assigned_to")
    .select([
      "c.id",
      "c.term",
      "c.source",
      "c.status",
      "c.rule_id",
      "c.filing_id",
      "c.region_code",
      "c.kindergarten_id",
      "c.decision_kind",
      "c.decision_basis",
      "c.decision_detail",
      "c.decided_on",
      "k.approved_name",
      "k.uscc",
      "k.address",
      "decider.agency as decider_agency",
      "decider.region_code as decider_region",
      "assignee.agency as assignee_agency",
    ])
    .where("c.id", "=", caseId)
    .executeTakeFirst();
  if (!row || (row.status !== "decided" && row.status !== "closed") || !isDecisionKind(row.decision_kind) || !row.decided_on) return null;
  if (!isDecisionBasis(row.decision_basis)) return null;

  // The deciding officer's agency and region name the authority; a decision without its officer (none is written so
  // today) falls back to the case's district and assignee.
  const agency = (row.decider_agency ?? row.assignee_agency ?? null) as Agency | null;
  const authorityRegion = row.decider_region ?? row.region_code;
  const [flags, complaintItem, place] = await Promise.all([
    caseFlags(db, row.filing_id, row.rule_id),
    row.source === "complaint" ? complaintReason(db, { id: row.id, kindergarten_id: row.kindergarten_id }) : Promise.resolve(null),
    authorityPlaceNames(db, authorityRegion),
  ]);
  // The newest rule version's outcome, as the public case's facts read it: older versions say the same of the filing.
  const newest = flags[0];
  return {
    caseId: row.id,
    term: row.term,
    source: row.source,
    kind: row.decision_kind as CaseDecisionKind,
    basis: row.decision_basis,
    decidedOn: row.decided_on,
    detail: recordedDetail(row.decision_detail),
    authority: { place: place.length > 0 ? place.join("") : authorityRegion, agency },
    kindergarten: { approvedName: row.approved_name, uscc: row.uscc, address: row.address.trim() === "" ? null : row.address.trim() },
    facts: {
      flags: newest ? [{ message: { zh: formatMessage(newest.outcome, "zh"), en: formatMessage(newest.outcome, "en") }, legalBasis: newest.outcome.legalBasis }] : [],
      ...(row.source === "complaint" ? { complaintItem: complaintItem?.itemName ?? null } : {}),
    },
  };
}

/**
 * The decision's recorded fields a notice may carry, each checked for what it is; the officer's note is internal and
 * never read (a note may name anyone).
 */
function recordedDetail(json: string | null): CaseNoticeRecord["detail"] {
  const raw = json ? (JSON.parse(json) as Record<string, unknown>) : {};
  const text = (key: string) => (typeof raw[key] === "string" && (raw[key] as string).trim() !== "" ? (raw[key] as string) : undefined);
  const date = (key: string) => {
    const value = text(key);
    return value !== undefined && isCivilDate(value) ? value : undefined;
  };
  const count = (key: string) => (typeof raw[key] === "number" && Number.isSafeInteger(raw[key]) ? (raw[key] as number) : undefined);
  const article = text("article");
  const detail: CaseNoticeRecord["detail"] = {
    byDate: date("byDate"),
    amountFen: count("amountFen"),
    families: count("families"),
    sanction: isSanction(raw.sanction) ? raw.sanction : undefined,
    article: article !== undefined && (PENALTY_ARTICLES as readonly string[]).includes(article) ? article : undefined,
    documentNo: text("documentNo"),
    decisionDate: date("decisionDate"),
    authority: text("authority"),
    noticeNo: text("noticeNo"),
  };
  return Object.fromEntries(Object.entries(detail).filter(([, v]) => v !== undefined)) as CaseNoticeRecord["detail"];
}

/**
 * The names of the place an authority of this region is named by: the city and district (宁波市, 海曙区), a city's own
 * (宁波市), a municipality's district (北京市, 东城区: its 市辖区 placeholder left out); the province only where nothing
 * narrower is. Empty when the region table names none of them (the notice then shows the code).
 */
export async function authorityPlaceNames(db: DB, code: string): Promise<string[]> {
  const [district, city, province] = regionChain(code);
  const chain = [...new Set([province, city, district])];
  const names = await regionNames(db, chain);
  const named = (codes: string[]) => codes.map((c) => names.get(c)).filter((n): n is string => n !== undefined && !PLACEHOLDER_NAMES.has(n));
  // Below a province whose city level is a real city, the city and the district; otherwise (a province's own
  // department, a municipality's district under its 市辖区) from the province down.
  const cityNamed = code !== province && named([city]).length > 0;
  return cityNamed ? named(chain.slice(1)) : named(chain);
}
