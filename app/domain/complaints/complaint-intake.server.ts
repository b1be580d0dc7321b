/**
 * Receiving a parent's complaint (投诉) or report (举报). Owns:
 * - what may be stored: the form's schema, dates not in the future, the
 *   evidence files' own checks (kind, size, count), a kindergarten the
 *   public may see; an anonymous report keeps no contact at all;
 * - nothing half-stored: a refused intake discards its staged files; an
 *   accepted one moves them to the evidence store first, then writes the
 *   complaint, its items, its evidence rows, its first timeline event and its
 *   outbox row (triage) in one transaction, so the receipt is only given for
 *   what is durably there;
 * - once per form: the form's one-time key is unique, so a double tap or a
 *   retried post answers with the first receipt, its access code included
 *   (derived from the key: tracking-code.server.ts); and once per browser: a
 *   new form with the same complaint as one this browser sent in the last
 *   hours (the keys its receipt cookie holds: a Back without JavaScript
 *   fetches the form anew, with a new key) answers with that receipt;
 * - the handling district is the kindergarten's (Art. 12) and the first legal
 *   clock starts on the day of receipt (complaint-clock.ts).
 */
import type { DB } from "~/db/client";
import { groupCommitOf } from "~/db/group-commit";
import { prepared, type Slots } from "~/db/prepared";
import type { Insertable } from "kysely";
import type { ComplaintDueKind, ComplaintItemsTable, ComplaintsTable } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import { findPublicKindergarten } from "~/domain/disclosure/disclosure.queries.server";
import type { EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { addEvidenceErrors, commitStaged, discardStaged, type StagedEvidence, type StagingOutcome } from "~/domain/evidence/evidence-staging.server";
import { recordEvidence } from "~/domain/evidence/evidence.service.server";
import { enqueue } from "~/domain/outbox/outbox.server";
import { addFieldError, fail, invalid, issuesToFieldErrors, message, type FieldErrors, type Result } from "~/domain/result";
import { SUBMISSION_KEY_PATTERN } from "~/domain/submissions/submission.schema";
import { newId } from "~/utils/ids";
import { calendarKnown, shanghaiDate } from "~/utils/working-days";
import { currentDeadline, dueState } from "./complaint-clock";
import { complaintIntakeOn, MAX_COMPLAINT_FILES, RECENT_RECEIPT_HOURS, RECENT_RECEIPTS_MAX, type ComplaintIntakeInput, type RecentReceipt, type RefundClaimInput, type StoredRefundClaim } from "./complaint.schema";
import { accessCodeForKey, accessCodeHash, accessCodeMatches, newTrackingNo } from "./tracking-code.server";

export interface SubmitComplaintArgs {
  db: DB;
  store: EvidenceStore;
  /** The form's fields as conform parsed them (the domain parses them again: it is the authority). */
  input: unknown;
  /** The evidence files as the form reader staged them, in order. */
  files: StagingOutcome[];
  /** Files beyond MAX_COMPLAINT_FILES, read and dropped by the form reader. */
  extraFiles: number;
  intakeKey: unknown;
  /** The keys of the forms this browser sent lately (its receipt cookie), newest first. */
  recentKeys?: readonly string[];
  /** The honeypot field's value: anything in it is a bot's. */
  honeypot: unknown;
  requestId?: string | null;
  now?: Date;
}

export interface ComplaintReceipt {
  complaintId: string;
  trackingNo: string;
  /** The one-time key of the form it was received with (the browser's receipt cookie keeps it). */
  intakeKey: string;
  /** Null only when a repeat answers a complaint received before codes were derived from the form's key. */
  accessCode: string | null;
  replayed: boolean;
  /**
   * The deadline running now, as the tracking page states it: for a complaint received, the day by which acceptance is
   * decided (7 working days), for a report the day its verification ends (15); `estimated` when a year's official
   * calendar is not published yet. Null only for a repeat of a complaint whose clock has stopped.
   */
  due: { kind: ComplaintDueKind; dueOn: string; estimated: boolean } | null;
}

export async function submitComplaint(args: SubmitComplaintArgs): Promise<Result<ComplaintReceipt>> {
  const checked = await checkIntake(args);
  if (!checked.ok) {
    await Promise.all(args.files.map(discardStaged));
    return checked;
  }
  const { input, regionCode, intakeKey } = checked;
  const { db } = args;
  const staged = args.files.filter((f): f is StagedEvidence => f.ok);

  // A repeat with files is answered before its files are moved; without, the insert's conflict answers it (store).
  // A form fetched anew holds the same complaint only without files: a file added on the way back is new evidence.
  const earlier = staged.length > 0 ? await receiptFor(db, intakeKey, input) : await sameAsRecent(db, args.recentKeys ?? [], input);
  if (earlier) {
    await Promise.all(args.files.map(discardStaged));
    return earlier;
  }
  try {
    return await store(args, input, regionCode, intakeKey, staged);
  } finally {
    // Committed files were moved already; anything left (a failed commit, a rollback) goes.
    await Promise.all(args.files.map(discardStaged));
  }
}

async function store(
  args: SubmitComplaintArgs,
  input: ComplaintIntakeInput,
  regionCode: string,
  intakeKey: string,
  staged: StagedEvidence[],
): Promise<Result<ComplaintReceipt>> {
  const { db, now = new Date() } = args;
  // The files first: a crash before the commit below leaves blobs without rows (swept), never rows without blobs.
  for (const file of staged) await commitStaged(args.store, file);

  const today = shanghaiDate(now);
  const at = now.toISOString();
  const complaintId = newId();
  const trackingNo = newTrackingNo();
  const accessCode = accessCodeForKey(intakeKey);
  const deadline = currentDeadline({
    track: input.track,
    status: "received",
    anonymous: input.track === "report" && input.anonymous,
    clockFrom: today,
    verificationExtended: false,
    acceptedOn: null,
    decidedOn: null,
    mediationEndedOn: null,
    lastReplyOn: null,
  });

  // Shared with whoever else is being received at the moment: one COMMIT for all of them (db/group-commit.ts).
  const stored = await groupCommitOf(db).run(async (trx) => {
    const inserted = await insertComplaint.executeTakeFirst(trx, {
      id: complaintId,
      tracking_no: trackingNo,
      access_code_hash: accessCodeHash(accessCode),
      intake_key: intakeKey,
      kindergarten_id: input.kindergartenId,
      region_code: regionCode,
      track: input.track,
      kind: input.kind,
      ...storedFacts(input),
      narrative: input.narrative,
      received_at: at,
      clock_from: today,
      due_on: deadline?.dueOn ?? null,
      due_kind: deadline?.kind ?? null,
      due_state: deadline ? dueState(today, deadline.dueOn) : null,
      updated_at: at,
    });
    // A twin of this post committed while this one waited: answer with its receipt.
    if (!inserted) return false;
    for (const [position, item] of input.items.entries()) {
      await insertItem.execute(trx, { id: newId(), complaint_id: complaintId, position, name: item.name, amount_fen: item.amount, unit: item.unit });
    }
    for (const file of staged) {
      const evidenceId = await recordEvidence(trx, file, null, now);
      await trx.insertInto("complaint_evidence").values({ complaint_id: complaintId, evidence_id: evidenceId, party: "complainant", created_at: at }).execute();
    }
    await insertReceivedEvent.execute(trx, { id: newId(), complaint_id: complaintId, payload: JSON.stringify({ files: staged.length, items: input.items.length }), at });
    await enqueue(trx, "complaint.received", { complaintId }, now);
    await recordAudit(
      trx,
      { actorId: null, action: "complaint.receive", entity: "complaint", entityId: complaintId, detail: { track: input.track, kind: input.kind }, requestId: args.requestId },
      now,
    );
    return true;
  });
  if (!stored) return (await receiptFor(db, intakeKey, input)) ?? fail("conflict", "complaint.intake.retry");
  const due = deadline && { kind: deadline.kind, dueOn: deadline.dueOn, estimated: !deadline.calendarComplete };
  return { ok: true, complaintId, trackingNo, intakeKey, accessCode, replayed: false, due };
}

// Every complaint runs these (db/prepared.ts: built once, not per complaint).
// A slot of a nullable column is optional in the type: a call that leaves one out fails at once ("no value").
type NewComplaint = Omit<Insertable<ComplaintsTable>, "status">;
const insertComplaint = prepared("complaints.insertReceived", (db: DB, $: Slots<NewComplaint>) =>
  db
    .insertInto("complaints")
    .values({
      id: $.id,
      tracking_no: $.tracking_no,
      access_code_hash: $.access_code_hash,
      intake_key: $.intake_key,
      kindergarten_id: $.kindergarten_id,
      region_code: $.region_code,
      track: $.track,
      kind: $.kind,
      status: "received",
      anonymous: $.anonymous,
      contact_name: $.contact_name,
      contact_phone: $.contact_phone,
      contact_address: $.contact_address,
      share_contact: $.share_contact,
      publish_consent: $.publish_consent,
      narrative: $.narrative,
      paid_on: $.paid_on,
      learned_on: $.learned_on,
      account_paid_into: $.account_paid_into,
      refund_claims: $.refund_claims,
      received_at: $.received_at,
      clock_from: $.clock_from,
      due_on: $.due_on,
      due_kind: $.due_kind,
      due_state: $.due_state,
      updated_at: $.updated_at,
    })
    .onConflict((oc) => oc.column("intake_key").doNothing())
    .returning("id"),
);
const insertItem = prepared("complaints.insertItem", (db: DB, $: Slots<Omit<ComplaintItemsTable, "item_key">>) =>
  db.insertInto("complaint_items").values({ id: $.id, complaint_id: $.complaint_id, position: $.position, name: $.name, amount_fen: $.amount_fen, unit: $.unit, item_key: null }),
);
const insertReceivedEvent = prepared("complaints.insertReceivedEvent", (db: DB, $: Slots<{ id: string; complaint_id: string; payload: string; at: string }>) =>
  db.insertInto("complaint_events").values({
    id: $.id,
    complaint_id: $.complaint_id,
    kind: "received",
    actor_id: null,
    party: "complainant",
    payload: $.payload,
    public: 1,
    created_at: $.at,
  }),
);

/** What a complaint stores of its form besides its kindergarten, track, kind, narrative and items. */
function storedFacts(input: ComplaintIntakeInput) {
  const anonymous = input.track === "report" && input.anonymous;
  return {
    anonymous: anonymous ? 1 : 0,
    // Collect only what the procedure needs (PIPL Art. 6): an anonymous report keeps no contact.
    contact_name: anonymous ? null : (input.contactName ?? null),
    contact_phone: anonymous ? null : (input.contactPhone ?? null),
    contact_address: anonymous ? null : (input.contactAddress ?? null),
    share_contact: input.track === "complaint" && input.shareContact ? 1 : 0,
    publish_consent: input.publishConsent ? 1 : 0,
    paid_on: input.paidOn ?? null,
    learned_on: input.learnedOn,
    account_paid_into: input.accountPaidInto ?? null,
    // Only a refund complaint keeps its months (PIPL Art. 6: nothing the check does not use).
    refund_claims: input.kind === "refund" && input.refundClaims.length > 0 ? JSON.stringify(input.refundClaims.map(storedRefundClaim)) : null,
  };
}
type StoredFacts = ReturnType<typeof storedFacts>;
const STORED_FACT_COLUMNS = [
  "anonymous",
  "contact_name",
  "contact_phone",
  "contact_address",
  "share_contact",
  "publish_consent",
  "paid_on",
  "learned_on",
  "account_paid_into",
  "refund_claims",
] as const satisfies ReadonlyArray<keyof StoredFacts>;

/** A complaint's refund months as stored (none for a complaint of another kind). */
export const readRefundClaims = (json: string | null): StoredRefundClaim[] => (json ? (JSON.parse(json) as StoredRefundClaim[]) : []);

const storedRefundClaim = (c: RefundClaimInput): StoredRefundClaim => ({
  month: c.month,
  feeKind: c.feeKind,
  case: c.case,
  daysAttended: c.daysAttended,
  paidFen: c.paid,
  refundedFen: c.refunded,
});

type CheckedIntake = { ok: true; input: ComplaintIntakeInput; regionCode: string; intakeKey: string };

async function checkIntake(args: SubmitComplaintArgs): Promise<CheckedIntake | Result<never>> {
  if (typeof args.honeypot === "string" ? args.honeypot.trim() !== "" : args.honeypot != null) {
    return invalid({}, [message("complaint.intake.refused")]);
  }
  const key = typeof args.intakeKey === "string" && SUBMISSION_KEY_PATTERN.test(args.intakeKey) ? args.intakeKey : null;
  if (!key) return invalid({}, [message("submission.key.invalid")]);

  // R19 judges old complaints, but not dates after today or before the portal's own era (a typo of a century).
  const parsed = complaintIntakeOn(shanghaiDate(args.now ?? new Date())).safeParse(args.input);
  const errors: FieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
  // Each refused file by its name: the parent knows which photo to take again.
  addEvidenceErrors(errors, args.files, args.extraFiles, MAX_COMPLAINT_FILES);

  const kindergartenId = (args.input as { kindergartenId?: unknown } | null)?.kindergartenId;
  const kindergarten = typeof kindergartenId === "string" && kindergartenId ? await findPublicKindergarten(args.db, kindergartenId) : null;
  if (!kindergarten && !errors.kindergartenId) addFieldError(errors, "kindergartenId", message("complaint.kindergarten.unknown"));

  if (!parsed.success || !kindergarten || Object.keys(errors).length > 0) return invalid(errors);
  return { ok: true, input: parsed.data, regionCode: kindergarten.region_code, intakeKey: key };
}

type ReceivedRow = Pick<
  ComplaintsTable,
  "id" | "tracking_no" | "intake_key" | "access_code_hash" | "kindergarten_id" | "track" | "kind" | "narrative" | "due_on" | "due_kind"
>;
const RECEIVED_COLUMNS = ["id", "tracking_no", "intake_key", "access_code_hash", "kindergarten_id", "track", "kind", "narrative", "due_on", "due_kind"] as const;

const sameComplaint = (row: ReceivedRow, input: ComplaintIntakeInput) =>
  row.kindergarten_id === input.kindergartenId && row.track === input.track && row.kind === input.kind && row.narrative === input.narrative;

/** The code is shown again only where it was derived from the key (not for a complaint whose code was drawn at random). */
function recoveredCode(row: Pick<ReceivedRow, "intake_key" | "access_code_hash">): string | null {
  if (!row.intake_key) return null;
  const code = accessCodeForKey(row.intake_key);
  return accessCodeMatches(code, row.access_code_hash) ? code : null;
}

const replayOf = (row: ReceivedRow): Result<ComplaintReceipt> => ({
  ok: true,
  complaintId: row.id,
  trackingNo: row.tracking_no,
  intakeKey: row.intake_key,
  accessCode: recoveredCode(row),
  replayed: true,
  // The deadline as stored now (an officer may have acted since the first answer).
  due: row.due_on && row.due_kind ? { kind: row.due_kind, dueOn: row.due_on, estimated: !calendarKnown(row.due_on) } : null,
});

/**
 * The first receipt of a repeated form (same key, same complaint), or a
 * conflict when the key comes back with another complaint (a form kept open
 * after its receipt, edited and sent again): answering that with the first
 * receipt would drop the second complaint without a word.
 */
async function receiptFor(db: DB, intakeKey: string, input: ComplaintIntakeInput): Promise<Result<ComplaintReceipt> | null> {
  const row = await db.selectFrom("complaints").select(RECEIVED_COLUMNS).where("intake_key", "=", intakeKey).executeTakeFirst();
  if (!row) return null;
  if (!sameComplaint(row, input)) return fail("conflict", "complaint.intake.keyReused");
  return replayOf(row);
}

/**
 * The receipt of the same complaint sent lately from this browser under another key (a form fetched again), if
 * any: the same in everything it stores (contact, dates, items, months, consents too), so that a correction made on
 * the way back (a phone number, an item forgotten) is a complaint of its own rather than dropped as a repeat.
 */
async function sameAsRecent(db: DB, recentKeys: readonly string[], input: ComplaintIntakeInput): Promise<Result<ComplaintReceipt> | null> {
  const keys = recentKeys.filter((k) => SUBMISSION_KEY_PATTERN.test(k)).slice(0, RECENT_RECEIPTS_MAX);
  if (keys.length === 0) return null;
  const rows = await db
    .selectFrom("complaints")
    .select([...RECEIVED_COLUMNS, ...STORED_FACT_COLUMNS])
    .where("intake_key", "in", keys)
    .execute();
  const facts = storedFacts(input);
  for (const row of rows) {
    if (!sameComplaint(row, input) || STORED_FACT_COLUMNS.some((column) => row[column] !== facts[column])) continue;
    const items = await db.selectFrom("complaint_items").select(["name", "amount_fen", "unit"]).where("complaint_id", "=", row.id).orderBy("position").execute();
    const sameItems = items.length === input.items.length && items.every((item, i) => item.name === input.items[i].name && item.amount_fen === input.items[i].amount && item.unit === input.items[i].unit);
    if (sameItems) return replayOf(row);
  }
  return null;
}

/**
 * The receipts of the forms this browser sent in the last RECENT_RECEIPT_HOURS (its receipt cookie's keys), newest
 * first, for the form page: long enough to write the code down, not for the next user of a shared device.
 */
export async function recentReceipts(db: DB, recentKeys: readonly string[], now: Date = new Date()): Promise<RecentReceipt[]> {
  const keys = recentKeys.filter((k) => SUBMISSION_KEY_PATTERN.test(k)).slice(0, RECENT_RECEIPTS_MAX);
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom("complaints as c")
    .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
    .select(["c.tracking_no", "c.intake_key", "c.access_code_hash", "c.track", "c.received_at", "k.name_in_use"])
    .where("c.intake_key", "in", keys)
    .where("c.received_at", ">=", new Date(now.getTime() - RECENT_RECEIPT_HOURS * 3_600_000).toISOString())
    .execute();
  return rows
    .sort((a, b) => (a.received_at < b.received_at ? 1 : -1))
    .map((row) => ({ trackingNo: row.tracking_no, accessCode: recoveredCode(row), track: row.track, kindergartenName: row.name_in_use, receivedAt: row.received_at }));
}
