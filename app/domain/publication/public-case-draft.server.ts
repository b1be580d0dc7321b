/**
 * The drafting job's work (outbox topic `case.decided`): a case decided with
 * a violation gets a public case in state draft, with a generated summary,
 * an empty narrative for the officer, and an excerpt of a complaint only
 * where its complainant consented to publication. Idempotent: the decision
 * (case + day + kind) is the public case's unique key, so a repeated or
 * late job drafts nothing twice, and a case whose decision changed since
 * (reopened, decided otherwise) is left to its new decision's own job.
 *
 * A case reopened and decided anew (any decision, a violation or not) makes
 * its earlier decision's public cases wrong: a draft that could no longer be
 * approved, or a publication that no longer states the case's decision. The
 * job takes them down as superseded (withdrawn, content cleared), audited,
 * in the same transaction. A draft never published stays invisible to the
 * public; a published one reads as withdrawn, as an overturned one does.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
import { recordAudit, recordAudits } from "~/domain/audit/audit.server";
import { newId } from "~/utils/ids";
import { addWorkingDays } from "~/utils/working-days";
import { caseFacts, generatedSummary } from "./public-case-content.server";
import { EXCERPT_MAX, PUBLISH_WITHIN_WORKING_DAYS } from "./public-case.schema";
import { withdrawnColumns } from "./public-case.service.server";

/** How much of a consented narrative the first draft quotes; the officer may shorten or drop it. */
const EXCERPT_DRAFT_CHARS = 300;

export type DraftOutcome = ({ drafted: true; id: string } | { drafted: false; reason: "not_a_violation" | "already_drafted" | "not_decided" }) & {
  /** Public cases of an earlier decision of this case taken down by this run. */
  superseded: string[];
};

const decisionKeyOf = (caseId: string, decidedOn: string, kind: string) => `${caseId}:${decidedOn}:${kind}`;

export async function draftPublicCase(db: DB, caseId: string, now = new Date()): Promise<DraftOutcome> {
  const decided = await db
    .selectFrom("inspection_cases")
    .select(["status", "decision_kind", "decided_on"])
    .where("id", "=", caseId)
    .executeTakeFirst();
  // Reopened (or never decided) by the time the job runs: the next decision's job does the work.
  if (!decided || (decided.status !== "decided" && decided.status !== "closed") || !decided.decision_kind || !decided.decided_on) {
    return { drafted: false, reason: "not_decided", superseded: [] };
  }
  const currentKey = decisionKeyOf(caseId, decided.decided_on, decided.decision_kind);
  const facts = await caseFacts(db, caseId);
  if (!facts) return { drafted: false, reason: "not_a_violation", superseded: await db.transaction().execute((trx) => supersedeEarlier(trx, caseId, currentKey, now)) };
  const decisionKey = decisionKeyOf(caseId, facts.decidedOn, facts.decision.kind);

  const excerpt = await consentedExcerpt(db, caseId);
  const at = now.toISOString();
  const id = newId();
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("public_cases")
      .values({
        id,
        decision_key: decisionKey,
        case_id: caseId,
        kindergarten_id: facts.kindergarten.id,
        region_code: facts.kindergarten.regionCode,
        nature: facts.kindergarten.nature,
        rule_id: facts.rule.id,
        decision_kind: facts.decision.kind,
        decided_on: facts.decision.decidedOn,
        status: "draft",
        publish_due_on: addWorkingDays(facts.decision.decidedOn, PUBLISH_WITHIN_WORKING_DAYS).date,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.column("decision_key").doNothing())
      .executeTakeFirst();
    const superseded = await supersedeEarlier(trx, caseId, decisionKey, now);
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return { drafted: false as const, reason: "already_drafted" as const, superseded };

    await trx
      .insertInto("public_case_revisions")
      .values({ public_case_id: id, revision: 1, summary: generatedSummary(facts), narrative: "", complaint_excerpt: excerpt, author_id: null, created_at: at })
      .execute();
    await trx
      .insertInto("public_case_events")
      .values({ id: newId(), public_case_id: id, kind: "drafted", actor_id: null, payload: JSON.stringify({ caseId, excerpt: excerpt !== "" }), created_at: at })
      .execute();
    await recordAudit(trx, { actorId: null, action: "publication.draft", entity: "public_case", entityId: id, detail: { caseId, kind: facts.decision.kind } }, now);
    return { drafted: true as const, id, superseded };
  });
}

/** Takes down, as superseded, the public cases of this case drafted from any decision but `currentKey`'s. */
async function supersedeEarlier(trx: Transaction<Database>, caseId: string, currentKey: string, now: Date): Promise<string[]> {
  const earlier = await trx
    .selectFrom("public_cases")
    .select(["id", "status", "version"])
    .where("case_id", "=", caseId)
    .where("decision_key", "!=", currentKey)
    .where("status", "!=", "withdrawn")
    .execute();
  if (earlier.length === 0) return [];
  const at = now.toISOString();
  for (const row of earlier) {
    const updated = await trx
      .updateTable("public_cases")
      .set({ ...withdrawnColumns(now, "superseded"), version: row.version + 1, updated_at: at })
      .where("id", "=", row.id)
      .where("version", "=", row.version)
      .executeTakeFirst();
    // An officer's step committed in between (Postgres): the job is retried and reads the row anew.
    if (Number(updated.numUpdatedRows) !== 1) throw new Error(`public case ${row.id} changed while being superseded`);
  }
  await trx
    .insertInto("public_case_events")
    .values(earlier.map((row) => ({ id: newId(), public_case_id: row.id, kind: "withdrawn" as const, actor_id: null, payload: JSON.stringify({ reason: "superseded", from: row.status }), created_at: at })))
    .execute();
  await recordAudits(
    trx,
    earlier.map((row) => ({ actorId: null, action: "publication.supersede", entity: "public_case", entityId: row.id, detail: { caseId, from: row.status, to: "withdrawn" } })),
    now,
  );
  return earlier.map((r) => r.id);
}

/**
 * The opening of the newest narrative, among the complaints that led to the
 * case, whose complainant ticked the separate consent to publication; "" when
 * none did. Only the narrative: never a name, contact or account.
 */
async function consentedExcerpt(db: DB, caseId: string): Promise<string> {
  const row = await db
    .selectFrom("complaints")
    .select("narrative")
    // Through the case's kindergarten: complaints are indexed by kindergarten, not by case (a case's are few of its).
    .where("kindergarten_id", "=", (eb) => eb.selectFrom("inspection_cases").select("kindergarten_id").where("id", "=", caseId))
    .where("case_id", "=", caseId)
    .where("publish_consent", "=", 1)
    .orderBy("received_at", "desc")
    .executeTakeFirst();
  if (!row) return "";
  const text = row.narrative.trim();
  const chars = [...text];
  return chars.length <= EXCERPT_DRAFT_CHARS ? text : `${chars.slice(0, Math.min(EXCERPT_DRAFT_CHARS, EXCERPT_MAX - 1)).join("")}…`;
}
