/**
 * A kindergarten's answers to a case, as both sides' pages list them: which of them add to an answer already sent to
 * the same question (补充说明), so that a supplementary statement is not listed as a second 情况说明.
 */
import type { DB } from "~/db/client";

/**
 * What asks the kindergarten anew: a notice (an answer due), a decision (a proof due, or none), a reopening (the case
 * reviewed again). Until one of these, a statement it already made is on the record; after one, the same words answer
 * a new question. An officer's finding, registration or extension, the sweep's marks, a complaint linked: none asks it
 * anything, so a repeat sent across them is still a repeat, and a statement sent across them adds to the answer.
 */
export const ASKS_THE_KINDERGARTEN = ["kindergarten_notified", "decided", "reopened"] as const;

/** When the case asked the kindergarten anything (ASKS_THE_KINDERGARTEN), oldest first. */
export async function caseAskedAt(db: DB, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("case_events")
    .select("created_at")
    .where("case_id", "=", caseId)
    .where("kind", "in", ASKS_THE_KINDERGARTEN)
    .orderBy("created_at")
    .execute();
  return rows.map((r) => r.created_at);
}

/**
 * The explanations that add to an earlier one of the same question: sent after another explanation and before the
 * case asked anything since (the form offers them as 补充说明 once a case is answered). An answer belongs to the last
 * question asked strictly before it, as `repeatedAnswer` reads it. A proof is never one.
 */
export function supplementaryAnswerIds(
  answers: ReadonlyArray<{ id: string; kind: string; submitted_at: string }>,
  askedAt: readonly string[],
): Set<string> {
  const questionOf = (at: string) => askedAt.reduce((last, asked) => (asked < at && asked > last ? asked : last), "");
  const answered = new Set<string>();
  const supplementary = new Set<string>();
  for (const a of answers) {
    if (a.kind !== "answer") continue;
    const question = questionOf(a.submitted_at);
    if (answered.has(question)) supplementary.add(a.id);
    else answered.add(question);
  }
  return supplementary;
}
