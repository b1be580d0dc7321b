/**
 * Public cases for tests, made through the domain: a case decided with a
 * violation by its officer (workCase: assign, decide, which writes the
 * `case.decided` outbox row), its draft (the job's function) and the
 * officers' steps (workPublicCase) with the version read just before.
 */
import type { DB } from "~/db/client";
import { workCase } from "~/domain/cases/case-work.server";
import { draftPublicCase } from "~/domain/publication/public-case-draft.server";
import { workPublicCase } from "~/domain/publication/public-case.service.server";
import type { Actor } from "~/domain/users/actor";
import { addDays } from "~/utils/civil-date";
import { workingDayOnOrAfter } from "~/utils/working-days";
import { insertCase } from "./domain";

export const REFUND_DECISION = (day: string) => ({ kind: "refund_ordered", basis: "price-penalty-art16", byDate: workingDayOnOrAfter(addDays(day, 30)), amount: "24000", families: "20" });

function expectOk(what: string, result: { ok: boolean }) {
  if (!result.ok) throw new Error(`${what} refused: ${JSON.stringify(result)}`);
}

/** A case of the kindergarten, assigned to the officer and decided on `now`'s day; its outbox row is left for a runner. */
export async function decidedViolation(db: DB, officer: Actor, kg: { id: string; region_code: string }, now: Date, decision: Record<string, string>) {
  const caseId = await insertCase(db, { kindergartenId: kg.id, regionCode: kg.region_code, severity: "red", dueDate: addDays(now.toISOString().slice(0, 10), 20), openedAt: now.toISOString() });
  for (const input of [{ intent: "assign", assignee: officer.id }, { intent: "decide", ...decision }]) {
    const { version } = await db.selectFrom("inspection_cases").select("version").where("id", "=", caseId).executeTakeFirstOrThrow();
    expectOk(`case ${input.intent}`, await workCase({ db, actor: officer, caseId, input: { version: String(version), ...input }, now }));
  }
  return caseId;
}

/** One officer's step on a public case, with the version as it is now. */
export async function publicationStep(db: DB, actor: Actor, publicCaseId: string, input: Record<string, unknown>, now: Date) {
  const { version } = await db.selectFrom("public_cases").select("version").where("id", "=", publicCaseId).executeTakeFirstOrThrow();
  return workPublicCase({ db, actor, publicCaseId, input: { version: String(version), ...input }, now });
}

/** A violation decided, drafted, submitted by the officer and approved by the lead on `now`'s day. */
export async function publishedCase(db: DB, officer: Actor, lead: Actor, kg: { id: string; region_code: string }, now: Date, decision: Record<string, string>) {
  const caseId = await decidedViolation(db, officer, kg, now, decision);
  const drafted = await draftPublicCase(db, caseId, now);
  if (!drafted.drafted) throw new Error(`not drafted: ${drafted.reason}`);
  expectOk("submit", await publicationStep(db, officer, drafted.id, { intent: "submit" }, now));
  expectOk("approve", await publicationStep(db, lead, drafted.id, { intent: "approve" }, now));
  return { caseId, id: drafted.id };
}
