/**
 * Inspection cases opened from parents' complaints (source "complaint"): the
 * cluster rule R18 found several independent complaints about one
 * kindergarten and item. Owns:
 * - one case per kindergarten + rule + item key + term (the unique
 *   dedupe_key "<kindergarten>|R18|item:<key>|<term>"), however often the
 *   complaints are triaged; the term is the school term of the triggering
 *   complaint's receipt (spring from March, autumn from September);
 * - a case still open (from an earlier term too) is updated rather than a
 *   second one opened; a closed case of the same term is reopened;
 * - the complaints of the cluster are linked to the case (complaints.case_id),
 *   except those an officer already linked to another case;
 * - every change leaves a case_events row; nothing new, no event (a retried
 *   triage changes nothing).
 */
import type { Transaction } from "kysely";
import { lockFor } from "~/db/locks";
import type { Database, Severity } from "~/db/schema";
import { deferAudits } from "~/domain/audit/audit.server";
import { newId } from "~/utils/ids";
import { addWorkingDays, shanghaiDate } from "~/utils/working-days";
import { CLUE_VERIFICATION_WORKING_DAYS, SEVERITY_RANK } from "./case.service.server";
import { reopenedByEvidence, type SystemCaseEventKind } from "./case-state.server";

export interface ComplaintClusterForCase {
  kindergartenId: string;
  /** The kindergarten's district: the case's queue. */
  regionCode: string;
  ruleId: string;
  ruleVersion: number;
  severity: Severity;
  /** The normalised item name the complaints share (complaint_items.item_key). */
  itemKey: string;
  itemName: string;
  /** The civil day the triggering complaint was received: its term is the case's. */
  receivedOn: string;
  /** Every complaint of the cluster (the triggering one included). */
  complaintIds: string[];
}

export interface ComplaintCaseOutcome {
  caseId: string;
  opened: boolean;
  reopened: boolean;
  /** Complaints newly linked to the case by this call. */
  linked: string[];
}

/** The school term a civil date falls in: "2027-spring" (March–August), "2026-autumn" (September–February). */
export function termOn(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  if (month >= 9) return `${year}-autumn`;
  if (month >= 3) return `${year}-spring`;
  return `${year - 1}-autumn`;
}

const keyPrefix = (c: ComplaintClusterForCase) => `${c.kindergartenId}|${c.ruleId}|item:${c.itemKey}|`;

/**
 * Serialises, per kindergarten, whoever rewrites its complaints' links (complaints.case_id) against the others:
 * triage's clusters (two triages at once open one case) and an officer moving a complaint (complaint-handling),
 * who reads the case holding it after taking this, so that a link triage made meanwhile is the one the move
 * replaces (and notes) rather than overwrites. Postgres: an advisory lock until commit, taken by both before any
 * row, so they queue on it (not in a cycle over rows); SQLite: the transaction already holds the write lock.
 */
export async function lockComplaintLinks(trx: Transaction<Database>, kindergartenId: string): Promise<void> {
  await lockFor(trx, `complaint-triage:${kindergartenId}`);
}

/**
 * Open or update the case of a complaint cluster, inside the triage's
 * transaction. The caller serialises clusters of one kindergarten (lockComplaintLinks).
 */
export async function openOrUpdateCaseForComplaints(
  trx: Transaction<Database>,
  cluster: ComplaintClusterForCase,
  now: Date,
): Promise<ComplaintCaseOutcome> {
  const at = now.toISOString();
  const dedupeKey = `${keyPrefix(cluster)}${termOn(cluster.receivedOn)}`;
  const dueDate = () => addWorkingDays(shanghaiDate(now), CLUE_VERIFICATION_WORKING_DAYS).date;

  const candidates = await trx
    .selectFrom("inspection_cases")
    .select(["id", "dedupe_key", "status", "severity", "severity_rank", "assigned_to", "version"])
    .where("kindergarten_id", "=", cluster.kindergartenId)
    .where("rule_id", "=", cluster.ruleId)
    // Item keys carry no punctuation (complaintItemKey), so no LIKE wildcard can be in the prefix.
    .where("dedupe_key", "like", `${keyPrefix(cluster)}%`)
    .orderBy("opened_at", "desc")
    .execute();
  const existing = candidates.find((c) => c.status !== "closed") ?? candidates.find((c) => c.dedupe_key === dedupeKey);

  if (!existing) {
    const id = newId();
    const inserted = await trx
      .insertInto("inspection_cases")
      .values({
        id,
        dedupe_key: dedupeKey,
        kindergarten_id: cluster.kindergartenId,
        region_code: cluster.regionCode,
        rule_id: cluster.ruleId,
        term: termOn(cluster.receivedOn),
        filing_id: null,
        severity: cluster.severity,
        severity_rank: SEVERITY_RANK[cluster.severity],
        status: "open",
        source: "complaint",
        opened_at: at,
        due_date: dueDate(),
        due_kind: "verify",
        updated_at: at,
        assigned_to: null,
      })
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .executeTakeFirst();
    // Opened a moment ago by a concurrent triage: update that one instead.
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) !== 1) return openOrUpdateCaseForComplaints(trx, cluster, now);
    const linked = await linkComplaints(trx, id, cluster, at);
    await addEvent(trx, id, "opened", { ...clusterPayload(cluster), complaintIds: linked, source: "complaint" }, at);
    return { caseId: id, opened: true, reopened: false, linked };
  }

  const reopens = existing.status === "closed";
  const escalates = SEVERITY_RANK[cluster.severity] > existing.severity_rank;
  const linked = await linkComplaints(trx, existing.id, cluster, at);
  if (!reopens && !escalates && linked.length === 0) return { caseId: existing.id, opened: false, reopened: false, linked };
  await trx
    .updateTable("inspection_cases")
    .set({
      ...(escalates ? { severity: cluster.severity, severity_rank: SEVERITY_RANK[cluster.severity] } : {}),
      ...(reopens ? reopenedByEvidence(existing, shanghaiDate(now), dueDate()) : {}),
      updated_at: at,
    })
    .where("id", "=", existing.id)
    .execute();
  await addEvent(
    trx,
    existing.id,
    reopens ? "reopened" : "complaints_linked",
    { ...clusterPayload(cluster), complaintIds: linked, ...(escalates ? { previousSeverity: existing.severity } : {}) },
    at,
  );
  return { caseId: existing.id, opened: false, reopened: reopens, linked };
}

const clusterPayload = (c: ComplaintClusterForCase) => ({
  ruleId: c.ruleId,
  ruleVersion: c.ruleVersion,
  severity: c.severity,
  itemKey: c.itemKey,
  itemName: c.itemName,
  complaintCount: c.complaintIds.length,
});

/** Link the cluster's complaints that no case holds yet; returns those linked now. */
async function linkComplaints(trx: Transaction<Database>, caseId: string, cluster: ComplaintClusterForCase, at: string): Promise<string[]> {
  if (cluster.complaintIds.length === 0) return [];
  const free = await trx
    .selectFrom("complaints")
    .select("id")
    .where("id", "in", cluster.complaintIds)
    .where("kindergarten_id", "=", cluster.kindergartenId)
    .where("case_id", "is", null)
    .orderBy("id")
    .execute();
  const ids = free.map((r) => r.id);
  if (ids.length === 0) return [];
  await trx.updateTable("complaints").set({ case_id: caseId, updated_at: at }).where("id", "in", ids).where("case_id", "is", null).execute();
  return ids;
}

async function addEvent(trx: Transaction<Database>, caseId: string, kind: SystemCaseEventKind, payload: Record<string, unknown>, at: string) {
  await trx.insertInto("case_events").values({ id: newId(), case_id: caseId, kind, actor_id: null, payload: JSON.stringify(payload), created_at: at }).execute();
  // Held back to the triage's final audit: the chain's head is taken last (deferAudits).
  deferAudits(trx, [{ actorId: null, action: `case.${kind}`, entity: "inspection_case", entityId: caseId, detail: payload }], new Date(at));
}
