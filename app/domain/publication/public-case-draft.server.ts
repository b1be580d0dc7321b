/**
 * The drafting job's work (outbox topic `case.decided`): a case decided with
 * a violation gets a public case in state draft, with a generated summary,
 * an empty narrative for the officer, and an excerpt of a complaint only
 * where its complainant consented to publication. Idempotent: the decision
 * (case + day + kind) is the public case's unique key, so a repeated or
 * late job drafts nothing twice, and a case whose decision changed since
 * (reopened, decided otherwise) is left to its new decision's own job.
 */
import type { DB } from "~/db/client";
import { recordAudit } from "~/domain/audit/audit.server";
import { newId } from "~/utils/ids";
import { addWorkingDays } from "~/utils/working-days";
import { caseFacts, generatedSummary } from "./public-case-content.server";
import { EXCERPT_MAX, PUBLISH_WITHIN_WORKING_DAYS } from "./public-case.schema";

/** How much of a consented narrative the first draft quotes; the officer may shorten or drop it. */
const EXCERPT_DRAFT_CHARS = 300;

export type DraftOutcome = { drafted: true; id: string } | { drafted: false; reason: "not_a_violation" | "already_drafted" };

export async function draftPublicCase(db: DB, caseId: string, now = new Date()): Promise<DraftOutcome> {
  const facts = await caseFacts(db, caseId);
  if (!facts) return { drafted: false, reason: "not_a_violation" };
  const decisionKey = `${caseId}:${facts.decidedOn}:${facts.decision.kind}`;

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
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return { drafted: false as const, reason: "already_drafted" as const };

    await trx
      .insertInto("public_case_revisions")
      .values({ public_case_id: id, revision: 1, summary: generatedSummary(facts), narrative: "", complaint_excerpt: excerpt, author_id: null, created_at: at })
      .execute();
    await trx
      .insertInto("public_case_events")
      .values({ id: newId(), public_case_id: id, kind: "drafted", actor_id: null, payload: JSON.stringify({ caseId, excerpt: excerpt !== "" }), created_at: at })
      .execute();
    await recordAudit(trx, { actorId: null, action: "publication.draft", entity: "public_case", entityId: id, detail: { caseId, kind: facts.decision.kind } }, now);
    return { drafted: true as const, id };
  });
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
    .where("case_id", "=", caseId)
    .where("publish_consent", "=", 1)
    .orderBy("received_at", "desc")
    .executeTakeFirst();
  if (!row) return "";
  const text = row.narrative.trim();
  const chars = [...text];
  return chars.length <= EXCERPT_DRAFT_CHARS ? text : `${chars.slice(0, Math.min(EXCERPT_DRAFT_CHARS, EXCERPT_MAX - 1)).join("")}…`;
}
