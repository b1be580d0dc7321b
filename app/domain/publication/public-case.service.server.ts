/**
 * Working a public case from draft to publication and withdrawal (rule R20):
 *
 * | intent   | permission                  | from                     | to               |
 * |----------|-----------------------------|--------------------------|------------------|
 * | revise   | draft:publication:region    | draft, returned          | draft (revision n+1) |
 * | submit   | draft:publication:region    | draft, returned; gate clean | pending_approval |
 * | approve  | publish:publication:region  | pending_approval; not an author nor the submitter; gate clean; the case's decision unchanged | published |
 * | return   | publish:publication:region  | pending_approval; not an author nor the submitter | returned (with the reason) |
 * | overturn | publish:publication:region  | any but withdrawn        | withdrawn (overturned); its case reopened |
 *
 * Overturning a draft (draft, returned, pending_approval) is meant: a decision revoked on reconsideration, by a court
 * or by the agency itself within the 20 working days before publication must never be published, and the step
 * records why (the grounds, on both timelines) and reopens the case at once. Without it the draft would wait on
 * hold for a new decision and then be withdrawn as "superseded", which misstates the cause. The page words the
 * button for a draft ("不予公示") and for a published case ("撤下公示").
 *
 * (The drafting job takes down, as superseded, the public cases of an earlier
 * decision of the same case once the case is decided anew: see
 * public-case-draft.server.ts.)
 *
 * The personal-data gate runs on every free text at submission and again at
 * approval (deny by default: one hit blocks). Approval freezes the content
 * the public reads; withdrawal clears it, keeping only that the case was
 * withdrawn and why. Every step is an event on the draft's timeline and an
 * audit row; every step carries the version the officer read, so two
 * officers never overwrite each other.
 */
import type { Transaction, Updateable } from "kysely";
import type { DB } from "~/db/client";
import type { Database, PublicCasesTable, PublicCaseWithdrawal } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import { reopenOverturnedCase } from "~/domain/cases/case-state.server";
import { regionDirectory, type RegionDirectory } from "~/domain/disclosure/region-directory.server";
import { isWithinRegion } from "~/domain/regions/region-scope";
import { fail, invalid, issuesToFieldErrors, message, Refusal, transact, type Failure, type FieldErrors, type Result } from "~/domain/result";
import { hasPermission, type Actor, type Permission } from "~/domain/users/actor";
import { addMonths } from "~/utils/civil-date";
import { getEnv } from "~/utils/env.server";
import { newId } from "~/utils/ids";
import { shanghaiDate } from "~/utils/working-days";
import { scanPersonalData, type PersonalDataHit } from "~/domain/personal-data/personal-data-gate";
import { caseFacts, contentOf, decisionStands } from "./public-case-content.server";
import {
  DEFAULT_RETENTION_MONTHS,
  EDITABLE_STATUSES,
  publicationInput,
  TEXT_PARTS,
  type DraftTexts,
  type PublicationInput,
  type PublicationIntent,
  type TextPart,
} from "./public-case.schema";

export type PublicCaseRow = Pick<
  PublicCasesTable,
  "id" | "case_id" | "region_code" | "status" | "decision_kind" | "decided_on" | "submitted_by"
> & { version: number; revision: number };

export const PUBLIC_CASE_ROW_COLUMNS = ["id", "case_id", "region_code", "status", "decision_kind", "decided_on", "submitted_by", "version", "revision"] as const;

const PERMISSION_OF: Record<PublicationIntent, Permission> = {
  revise: "draft:publication:region",
  submit: "draft:publication:region",
  approve: "publish:publication:region",
  return: "publish:publication:region",
  overturn: "publish:publication:region",
};

/** Whether the actor may take steps of this permission on public cases of this district. */
export function mayPublish(actor: Actor, permission: Permission, regionCode: string): boolean {
  return hasPermission(actor, permission) && actor.regionCode !== null && isWithinRegion(actor.regionCode, regionCode);
}

/** The officers of the district who may see a draft: those who may draft or approve there. */
export const mayReadDraft = (actor: Actor, regionCode: string) =>
  mayPublish(actor, "draft:publication:region", regionCode) || mayPublish(actor, "publish:publication:region", regionCode);

/** The gate's hits in each free text; empty when every text is clean. */
export function gateHits(texts: DraftTexts): Partial<Record<TextPart, PersonalDataHit[]>> {
  const hits: Partial<Record<TextPart, PersonalDataHit[]>> = {};
  for (const part of TEXT_PARTS) {
    const found = scanPersonalData(texts[part]);
    if (found.length > 0) hits[part] = found;
  }
  return hits;
}

/** Months a published case of this kind stays up: the default, or PUBLICATION_RETENTION_MONTHS. */
export function retentionMonths(kind: PublicCasesTable["decision_kind"]): number {
  return getEnv().PUBLICATION_RETENTION_MONTHS?.[kind] ?? DEFAULT_RETENTION_MONTHS[kind];
}

export async function currentTexts(db: DB | Transaction<Database>, row: Pick<PublicCaseRow, "id" | "revision">): Promise<DraftTexts & { authors: (string | null)[] }> {
  const revisions = await db
    .selectFrom("public_case_revisions")
    .select(["revision", "summary", "narrative", "complaint_excerpt", "author_id"])
    .where("public_case_id", "=", row.id)
    .orderBy("revision")
    .execute();
  const current = revisions.find((r) => r.revision === row.revision);
  if (!current) throw new Error(`public case ${row.id}: revision ${row.revision} missing`);
  return { summary: current.summary, narrative: current.narrative, complaintExcerpt: current.complaint_excerpt, authors: revisions.map((r) => r.author_id) };
}

export interface WorkPublicCaseArgs {
  db: DB;
  actor: Actor;
  publicCaseId: string;
  input: unknown;
  requestId?: string | null;
  now?: Date;
}

export type WorkPublicCaseResult = Result<{ status: PublicCasesTable["status"]; version: number }>;

export async function workPublicCase(args: WorkPublicCaseArgs): Promise<WorkPublicCaseResult> {
  const { db, actor } = args;
  const now = args.now ?? new Date();
  const row = args.publicCaseId.length <= 64 ? await readRow(db, args.publicCaseId) : undefined;
  if (!row || !mayReadDraft(actor, row.region_code)) return fail("not_found", "publication.notFound");

  const parsed = publicationInput.safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const input = parsed.data;
  if (!mayPublish(actor, PERMISSION_OF[input.intent], row.region_code)) return fail("forbidden", "publication.forbidden");
  if (input.version !== row.version) return fail("conflict", "publication.stale");

  // Read through the process's handle: inside the transaction it would be read anew (approval names the place).
  const directory = input.intent === "approve" ? await regionDirectory(db) : undefined;
  return transact(db, async (trx) => {
    const step = await plan(trx, actor, row, input, now, directory);
    if ("ok" in step) throw new Refusal(step);
    const version = row.version + 1;
    const updated = await trx
      .updateTable("public_cases")
      .set({ ...step.set, version, updated_at: now.toISOString() })
      .where("id", "=", row.id)
      .where("version", "=", row.version)
      .executeTakeFirst();
    // Another officer's step committed between the read and this write.
    if (Number(updated.numUpdatedRows) !== 1) throw new Refusal(fail("conflict", "publication.stale"));
    await trx
      .insertInto("public_case_events")
      .values({ id: newId(), public_case_id: row.id, kind: step.event, actor_id: actor.id, payload: JSON.stringify(step.payload), created_at: now.toISOString() })
      .execute();
    // The decision itself no longer stands: its case is worked again (the case's timeline says why).
    if (input.intent === "overturn") {
      await reopenOverturnedCase(trx, { caseId: row.case_id, decision: { kind: row.decision_kind, decidedOn: row.decided_on }, note: input.reason, actorId: actor.id }, now);
    }
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: `publication.${input.intent}`,
        entity: "public_case",
        entityId: row.id,
        // The reason stays on the timeline; the audit row keeps the transition.
        detail: { from: row.status, to: step.set.status ?? row.status, version, revision: step.set.revision ?? row.revision },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true as const, status: step.set.status ?? row.status, version };
  });
}

async function readRow(db: DB, id: string): Promise<PublicCaseRow | undefined> {
  return db.selectFrom("public_cases").select(PUBLIC_CASE_ROW_COLUMNS).where("id", "=", id).executeTakeFirst();
}

interface Step {
  set: Omit<Updateable<PublicCasesTable>, "id" | "version" | "updated_at">;
  event: Database["public_case_events"]["kind"] extends infer K ? Exclude<K, "drafted"> : never;
  payload: Record<string, unknown>;
}

const refuse = (key: string, vars?: Record<string, string | number>) => fail("conflict", key, vars);

async function plan(
  trx: Transaction<Database>,
  actor: Actor,
  row: PublicCaseRow,
  input: PublicationInput,
  now: Date,
  directory: RegionDirectory | undefined,
): Promise<Step | Failure> {
  const editable = (EDITABLE_STATUSES as readonly string[]).includes(row.status);
  switch (input.intent) {
    case "revise": {
      if (!editable) return refuse("publication.state.notEditable");
      if (!decisionStands(await caseFacts(trx, row.case_id, directory), row)) return refuse("publication.case.changed");
      const revision = row.revision + 1;
      await trx
        .insertInto("public_case_revisions")
        .values({
          public_case_id: row.id,
          revision,
          summary: input.summary,
          narrative: input.narrative,
          complaint_excerpt: input.complaintExcerpt,
          author_id: actor.id,
          created_at: now.toISOString(),
        })
        .execute();
      return { set: { status: "draft", revision }, event: "revised", payload: { revision } } satisfies Step;
    }

    case "submit": {
      if (!editable) return refuse("publication.state.notEditable");
      if (!decisionStands(await caseFacts(trx, row.case_id, directory), row)) return refuse("publication.case.changed");
      const blocked = gateFailure(await currentTexts(trx, row));
      if (blocked) return blocked;
      return { set: { status: "pending_approval", submitted_by: actor.id }, event: "submitted", payload: { revision: row.revision } } satisfies Step;
    }

    case "approve":
    case "return": {
      if (row.status !== "pending_approval") return refuse("publication.state.notPending");
      const texts = await currentTexts(trx, row);
      // Two people: whoever wrote a revision or submitted it may not be the one who lets it out (or sends it back).
      if (row.submitted_by === actor.id || texts.authors.includes(actor.id)) return fail("forbidden", "publication.approve.ownDraft");
      if (input.intent === "return") return { set: { status: "returned" }, event: "returned", payload: { reason: input.reason, revision: row.revision } } satisfies Step;

      const blocked = gateFailure(texts);
      if (blocked) return blocked;
      const facts = await caseFacts(trx, row.case_id, directory);
      if (!decisionStands(facts, row)) return refuse("publication.case.changed");
      const today = shanghaiDate(now);
      return {
        set: {
          status: "published",
          published_at: now.toISOString(),
          published_on: today,
          published_by: actor.id,
          withdraw_due_on: addMonths(today, retentionMonths(row.decision_kind)),
          content: JSON.stringify(contentOf(facts, texts)),
        },
        event: "published",
        payload: { revision: row.revision },
      } satisfies Step;
    }

    case "overturn":
      if (row.status === "withdrawn") return refuse("publication.state.withdrawn");
      return { set: withdrawnColumns(now, "overturned"), event: "withdrawn", payload: { reason: "overturned", note: input.reason } } satisfies Step;
  }
}

/** A withdrawn case keeps its row and timeline; the public content goes. */
export function withdrawnColumns(now: Date, reason: PublicCaseWithdrawal) {
  return { status: "withdrawn" as const, withdrawn_at: now.toISOString(), withdrawal_reason: reason, content: null };
}

/** Deny by default: any hit in any text refuses the step, naming the texts and counts. */
function gateFailure(texts: DraftTexts) {
  const hits = gateHits(texts);
  if (Object.keys(hits).length === 0) return null;
  const fieldErrors: FieldErrors = {};
  for (const [part, found] of Object.entries(hits)) fieldErrors[part] = [message("publication.gate.hits", { count: found.length })];
  return invalid(fieldErrors, [message("publication.gate.blocked")]);
}
