/**
 * The kindergarten's side of a complaint (投诉举报处理暂行办法 Art. 16–22):
 * its operator sees a 投诉 only once the authority has taken it into
 * mediation, with its facts and the request, and answers in the portal.
 *
 * Who complained never reaches the kindergarten (Art. 33): a 举报 is never
 * shown at all, and a 投诉's contact details are shown only when the
 * complainant agreed to share them for mediation; the narrative reaches it
 * with its personal data masked (the publication gate's scan). Everything the operator
 * reads is built here, field by field, from an explicit list: nothing can be
 * added to a page, a `.data` answer or an export by selecting one more
 * column somewhere else.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import { lockFor } from "~/db/locks";
import type { ComplaintKind, ComplaintStatus, Database, FeeUnit } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import type { EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { addEvidenceErrors, commitStaged, discardStaged, type StagingOutcome } from "~/domain/evidence/evidence-staging.server";
import { readEvidence, recordEvidence } from "~/domain/evidence/evidence.service.server";
import { fail, invalid, issuesToFieldErrors, type FieldErrors, type Result } from "~/domain/result";
import { hasPermission, type Actor } from "~/domain/users/actor";
import { newId } from "~/utils/ids";
import { complainantMasker } from "~/domain/personal-data/complainant-mask";
import { complaintAnswerInput, MAX_ANSWER_FILES } from "./complaint-answer.schema";
import { readRefundClaims } from "./complaint-intake.server";
import type { MaskedRefundClaim, StoredRefundClaim } from "./complaint.schema";

export interface KindergartenComplaintSummary {
  id: string;
  /**
   * How the kindergarten refers to the complaint: not the parent's tracking number, which the parent keeps with their
   * access code and might show, and which would then tie them to it.
   */
  reference: string;
  kind: ComplaintKind;
  status: ComplaintStatus;
  receivedAt: string;
  paidOn: string | null;
  answered: boolean;
}

export interface KindergartenComplaint extends KindergartenComplaintSummary {
  narrative: string;
  items: Array<{ name: string; amountFen: number; unit: FeeUnit }>;
  accountPaidInto: string | null;
  /** A refund complaint's disputed months: whole with the complainant's consent to share who they are, else masked. */
  refundClaims: StoredRefundClaim[] | MaskedRefundClaim[];
  /** Only when the complainant agreed to share it for mediation. */
  contact: { name: string | null; phone: string | null } | null;
  /** The complainant consented to share their contact, which has since been erased on schedule. */
  contactErased: boolean;
  mediationOutcome: string | null;
  refundAgreedFen: number | null;
  /** Each answer with the files sent with it, to open again (the kindergarten's own, never the parent's). */
  answers: Array<{ at: string; explanation: string; refundFen: number | null; files: Array<{ evidenceId: string; name: string }> }>;
  canAnswer: boolean;
}

/** The most complaints the kindergarten's list shows (a kindergarten in mediation over more is a case, not a list). */
const MAX_LISTED = 200;

function ownKindergarten(actor: Actor): string | null {
  return hasPermission(actor, "read:complaint:own") && actor.kindergartenId ? actor.kindergartenId : null;
}

/**
 * A 投诉 the kindergarten may see: one in mediation, or one whose mediation
 * has ended (it stays on record for the kindergarten). A 举报, and a 投诉
 * never taken into mediation, are not the kindergarten's to read.
 */
function visibleTo(kindergartenId: string) {
  return (db: DB) =>
    db
      .selectFrom("complaints")
      .where("complaints.kindergarten_id", "=", kindergartenId)
      .where("complaints.track", "=", "complaint")
      .where((eb) => eb.or([eb("complaints.status", "=", "mediating"), eb("complaints.mediation_outcome", "is not", null)]));
}

/**
 * The complaint id's random tail: unique enough to talk about with the officer, and unknown to the parent. The
 * officers' page shows it too, so that a kindergarten's call about "complaint 7KQ2M9XD" finds the complaint.
 */
export const kindergartenReference = (id: string) => id.slice(-8);

/** The kindergarten's complaints in (or after) mediation, newest first; null when the actor has no kindergarten. */
export async function kindergartenComplaints(db: DB, actor: Actor): Promise<KindergartenComplaintSummary[] | null> {
  const kindergartenId = ownKindergarten(actor);
  if (!kindergartenId) return null;
  const rows = await visibleTo(kindergartenId)(db)
    .select(["id", "kind", "status", "received_at", "paid_on"])
    .select((eb) =>
      eb
        .exists(eb.selectFrom("complaint_events").select("id").whereRef("complaint_events.complaint_id", "=", "complaints.id").where("kind", "=", "kindergarten_answer"))
        .as("answered"),
    )
    .orderBy("received_at", "desc")
    .limit(MAX_LISTED)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reference: kindergartenReference(r.id),
    kind: r.kind,
    status: r.status,
    receivedAt: r.received_at,
    paidOn: r.paid_on,
    answered: Boolean(r.answered),
  }));
}

/** One complaint as the kindergarten reads it, or null when it is not one it may see. */
export async function kindergartenComplaint(db: DB, actor: Actor, complaintId: string): Promise<KindergartenComplaint | null> {
  const kindergartenId = ownKindergarten(actor);
  if (!kindergartenId) return null;
  const row = await visibleTo(kindergartenId)(db)
    .select([
      "id",
      "kind",
      "status",
      "received_at",
      "paid_on",
      "narrative",
      "account_paid_into",
      "share_contact",
      "contact_name",
      "contact_phone",
      "contact_address",
      "contact_erased_at",
      "mediation_outcome",
      "refund_agreed_fen",
      "refund_claims",
    ])
    .where("complaints.id", "=", complaintId)
    .executeTakeFirst();
  if (!row) return null;
  const [items, answers, files] = await Promise.all([
    db.selectFrom("complaint_items").select(["name", "amount_fen", "unit"]).where("complaint_id", "=", row.id).orderBy("position").execute(),
    db
      .selectFrom("complaint_events")
      .select(["payload", "created_at"])
      .where("complaint_id", "=", row.id)
      .where("kind", "=", "kindergarten_answer")
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
    kindergartenFiles(db)
      .innerJoin("evidence_files as e", "e.id", "ce.evidence_id")
      .select(["ce.evidence_id", "ce.created_at", "e.original_name"])
      .where("ce.complaint_id", "=", row.id)
      .orderBy("ce.created_at")
      .orderBy("ce.evidence_id")
      .limit(200)
      .execute(),
  ]);
  const answerList = answers.map((a) => {
    const p = JSON.parse(a.payload) as { explanation: string; refundFen: number | null };
    // An answer's files are stored in its transaction with its instant.
    const sent = files.filter((f) => f.created_at === a.created_at).map((f) => ({ evidenceId: f.evidence_id, name: f.original_name }));
    return { at: a.created_at, explanation: p.explanation, refundFen: p.refundFen, files: sent };
  });
  // The facts, not who wrote them: names, phones, addresses and other personal data in the parent's own words are
  // masked (the consented contact, if any, is given below), as the form promised ("您的身份不会告诉幼儿园"): the
  // parent's own stored name, phone and address in any context, not only where the gate recognises one.
  const mask = complainantMasker(row);
  return {
    id: row.id,
    reference: kindergartenReference(row.id),
    kind: row.kind,
    status: row.status,
    receivedAt: row.received_at,
    paidOn: row.paid_on,
    answered: answerList.length > 0,
    narrative: mask(row.narrative),
    // A charged item's name is the parent's words too ("李可可的兴趣班费").
    items: items.map((i) => ({ name: mask(i.name), amountFen: i.amount_fen, unit: i.unit })),
    accountPaidInto: row.account_paid_into,
    // The months are what the kindergarten answers about; how a month went for the child only with consent.
    refundClaims: row.share_contact === 1 ? readRefundClaims(row.refund_claims) : readRefundClaims(row.refund_claims).map(({ month, feeKind }) => ({ month, feeKind })),
    // Art. 33 and PIPL: the complainant's identity only with their consent to share it for mediation.
    contact: row.share_contact === 1 && row.contact_erased_at === null ? { name: row.contact_name, phone: row.contact_phone } : null,
    // The consented contact too is gone once its retention ran out (complaint-contact-retention.server.ts).
    contactErased: row.share_contact === 1 && row.contact_erased_at !== null,
    mediationOutcome: row.mediation_outcome,
    refundAgreedFen: row.refund_agreed_fen,
    answers: answerList,
    canAnswer: row.status === "mediating" && hasPermission(actor, "answer:complaint:own"),
  };
}

/** The files the kindergarten sent with its answers (a parent's files are never the kindergarten's to read). */
function kindergartenFiles(db: DB) {
  return db.selectFrom("complaint_evidence as ce").where("ce.party", "=", "kindergarten");
}

/**
 * A file the kindergarten sent with one of its answers, to open again: only of a complaint it may still see and only
 * its own files; anything else (a parent's photo, another kindergarten's complaint) is not found.
 */
export async function ownComplaintFile(db: DB, store: EvidenceStore, actor: Actor, complaintId: string, evidenceId: string) {
  const kindergartenId = ownKindergarten(actor);
  if (!kindergartenId || complaintId.length === 0 || complaintId.length > 64 || evidenceId.length > 64) return null;
  const link = await kindergartenFiles(db)
    .select("ce.evidence_id")
    .where("ce.complaint_id", "in", visibleTo(kindergartenId)(db).select("complaints.id").where("complaints.id", "=", complaintId))
    .where("ce.evidence_id", "=", evidenceId)
    .executeTakeFirst();
  return link ? readEvidence(db, store, link.evidence_id) : null;
}

export interface AnswerComplaintArgs {
  db: DB;
  store: EvidenceStore;
  actor: Actor;
  complaintId: string;
  input: unknown;
  files: StagingOutcome[];
  extraFiles: number;
  requestId?: string | null;
  now?: Date;
}

/**
 * The kindergarten answers a complaint in mediation: an explanation, the
 * refund it made, evidence. Recorded as a timeline event for the officer
 * (not shown on the complainant's tracking page: the officer relays it in
 * the mediation). Files go to the store before the row, as at intake.
 */
export async function answerComplaint(args: AnswerComplaintArgs): Promise<Result<{ complaintId: string; repeated: boolean }>> {
  const { db, actor, now = new Date() } = args;
  const refuse = async (failure: Result<never>) => {
    await Promise.all(args.files.map(discardStaged));
    return failure;
  };
  if (!hasPermission(actor, "answer:complaint:own")) return refuse(fail("forbidden", "complaintAnswer.forbidden"));
  const complaint = await kindergartenComplaint(db, actor, args.complaintId);
  if (!complaint) return refuse(fail("not_found", "complaintAnswer.notFound"));
  if (!complaint.canAnswer) return refuse(fail("conflict", "complaintAnswer.notMediating"));

  const parsed = complaintAnswerInput.safeParse(args.input);
  const errors: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  addEvidenceErrors(errors, args.files, args.extraFiles, MAX_ANSWER_FILES);
  if (!parsed.success || Object.keys(errors).length > 0) return refuse(invalid(errors));

  const staged = args.files.filter((f) => f.ok);
  const explanation = parsed.data.explanation;
  const refundFen = parsed.data.refund ?? null;
  for (const file of staged) await commitStaged(args.store, file);
  const at = now.toISOString();
  const repeated = await db.transaction().execute(async (trx) => {
    // The last answer sent again without new files (Back without JavaScript restores the text; the form is fetched
    // anew, with no key to tell): stored once. Under the complaint's lock, so two such posts at once store one on
    // Postgres too (SQLite's write lock alone would do).
    await lockFor(trx, `complaint-answer:${args.complaintId}`);
    if (staged.length === 0 && (await sameAsLastAnswer(trx, args.complaintId, explanation, refundFen))) return true;
    for (const file of staged) {
      const evidenceId = await recordEvidence(trx, file, actor.id, now);
      await trx.insertInto("complaint_evidence").values({ complaint_id: args.complaintId, evidence_id: evidenceId, party: "kindergarten", created_at: at }).execute();
    }
    await trx
      .insertInto("complaint_events")
      .values({
        id: newId(),
        complaint_id: args.complaintId,
        kind: "kindergarten_answer",
        actor_id: actor.id,
        party: "kindergarten",
        payload: JSON.stringify({ explanation, refundFen, files: staged.length }),
        public: 0,
        created_at: at,
      })
      .execute();
    await trx.updateTable("complaints").set({ updated_at: at }).where("id", "=", args.complaintId).execute();
    await recordAudit(
      trx,
      { actorId: actor.id, action: "complaint.answer", entity: "complaint", entityId: args.complaintId, detail: { refundFen, files: staged.length }, requestId: args.requestId },
      now,
    );
    return false;
  });
  return { ok: true, complaintId: args.complaintId, repeated };
}

/**
 * Whether the kindergarten's answer is the complaint's latest step by the kindergarten or an officer and says
 * exactly this (its files aside). After an officer's step (a new round of the mediation) the same words are a new
 * answer.
 */
async function sameAsLastAnswer(trx: Transaction<Database>, complaintId: string, explanation: string, refundFen: number | null): Promise<boolean> {
  const last = await trx
    .selectFrom("complaint_events")
    .select(["kind", "payload"])
    .where("complaint_id", "=", complaintId)
    .where("party", "in", ["kindergarten", "officer"])
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!last || last.kind !== "kindergarten_answer") return false;
  const said = JSON.parse(last.payload) as { explanation?: unknown; refundFen?: unknown };
  return said.explanation === explanation && (said.refundFen ?? null) === refundFen;
}
