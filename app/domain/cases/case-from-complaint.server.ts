/**
 * Inspection cases a complaint leads to: an officer handling a complaint or
 * report links it to an existing case of the same kindergarten, or opens a
 * new one (source "complaint"). The case is the kindergarten's inspection
 * record; the complaint keeps the link (complaints.case_id), and the case's
 * timeline says which complaint was linked when, and when one was moved to
 * another case (the link is the complaint's one column, so the first case
 * lists it no more). Never a complainant's identity on the case: only the
 * complaint's id.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
import type { LocalizedText } from "~/rules/types";
import { newId } from "~/utils/ids";
import { addWorkingDays, shanghaiDate } from "~/utils/working-days";
import { CLUE_VERIFICATION_WORKING_DAYS, SEVERITY_RANK } from "./case.service.server";
import { COMPLAINT_CASE_RULE } from "./case-sources";

/** What the case queue calls such a case, in place of a rule's title. */
export const COMPLAINT_CASE_TITLE: LocalizedText = { zh: "投诉举报线索", en: "Lead from a complaint or report" };

/**
 * A kindergarten's cases an officer may link a complaint to (at most `limit`): those still being worked first, where
 * the same charge belongs, then closed ones, each newest first; and how many are still being worked in all. Newest
 * first alone let a year's closed cases push a case still open off the list, and its count with it.
 */
export async function casesOfKindergarten(db: DB, kindergartenId: string, limit = 20) {
  const [cases, unfinished] = await Promise.all([
    db
      .selectFrom("inspection_cases")
      .select(["id", "rule_id", "term", "status", "severity", "opened_at", "source"])
      .where("kindergarten_id", "=", kindergartenId)
      .orderBy((eb) => eb.case().when("status", "=", "closed").then(1).else(0).end())
      .orderBy("opened_at", "desc")
      .orderBy("id", "desc")
      .limit(limit)
      .execute(),
    db
      .selectFrom("inspection_cases")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("kindergarten_id", "=", kindergartenId)
      .where("status", "!=", "closed")
      .executeTakeFirstOrThrow(),
  ]);
  return { cases, unfinished: Number(unfinished.n) };
}

/** The case, when it is one of this kindergarten's. */
export async function caseOfKindergarten(db: DB | Transaction<Database>, caseId: string, kindergartenId: string) {
  return db
    .selectFrom("inspection_cases")
    .select(["id", "status", "region_code"])
    .where("id", "=", caseId)
    .where("kindergarten_id", "=", kindergartenId)
    .executeTakeFirst();
}

/** Opens a case for the complaint: clue verification in 15 working days (行政处罚程序规定 Art. 18). */
export async function openCaseFromComplaint(
  trx: Transaction<Database>,
  args: { kindergartenId: string; regionCode: string; complaintId: string; term: string; actorId: string },
  now: Date,
): Promise<string> {
  const at = now.toISOString();
  const id = newId();
  await trx
    .insertInto("inspection_cases")
    .values({
      id,
      // One case per complaint opened this way; a cluster of complaints is triage's (R18), keyed apart.
      dedupe_key: `${args.kindergartenId}|${COMPLAINT_CASE_RULE}|complaint:${args.complaintId}`,
      kindergarten_id: args.kindergartenId,
      region_code: args.regionCode,
      rule_id: COMPLAINT_CASE_RULE,
      term: args.term,
      filing_id: null,
      severity: "amber",
      severity_rank: SEVERITY_RANK.amber,
      status: "open",
      source: "complaint",
      opened_at: at,
      due_date: addWorkingDays(shanghaiDate(now), CLUE_VERIFICATION_WORKING_DAYS).date,
      due_kind: "verify",
      updated_at: at,
      assigned_to: null,
    })
    .execute();
  await trx
    .insertInto("case_events")
    .values({ id: newId(), case_id: id, kind: "opened", actor_id: args.actorId, payload: JSON.stringify({ source: "complaint", complaintId: args.complaintId }), created_at: at })
    .execute();
  return id;
}

/** Records on an existing case that a complaint was linked to it. */
export async function noteComplaintLinked(trx: Transaction<Database>, args: { caseId: string; complaintId: string; actorId: string }, now: Date): Promise<void> {
  const at = now.toISOString();
  await trx
    .insertInto("case_events")
    .values({ id: newId(), case_id: args.caseId, kind: "complaint_linked", actor_id: args.actorId, payload: JSON.stringify({ complaintId: args.complaintId }), created_at: at })
    .execute();
  await trx.updateTable("inspection_cases").set({ updated_at: at }).where("id", "=", args.caseId).execute();
}

/**
 * Records on the case a complaint leaves that it was moved to another case: the first case no longer lists it (its
 * link is complaints.case_id), and its timeline, which keeps that it was linked, says where it went.
 */
export async function noteComplaintMoved(
  trx: Transaction<Database>,
  args: { fromCaseId: string; toCaseId: string; complaintId: string; actorId: string },
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  await trx
    .insertInto("case_events")
    .values({
      id: newId(),
      case_id: args.fromCaseId,
      kind: "complaint_moved",
      actor_id: args.actorId,
      payload: JSON.stringify({ complaintId: args.complaintId, toCaseId: args.toCaseId }),
      created_at: at,
    })
    .execute();
  await trx.updateTable("inspection_cases").set({ updated_at: at }).where("id", "=", args.fromCaseId).execute();
}
