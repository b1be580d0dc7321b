/**
 * The complainant's tracking page: tracking number + access code in, the
 * complaint as they submitted it and what happened since out. An unknown
 * number and a wrong code are the same "not found", so the page never tells
 * which numbers exist. Nothing leaves here that the parent did not submit or
 * was not meant to read: no officer's name, no internal finding, no
 * kindergarten answer, and not even their own contact details (whoever holds
 * a leaked code learns no phone number).
 */
import type { DB } from "~/db/client";
import { fail, invalid, issuesToFieldErrors, type Result } from "~/domain/result";
import { shanghaiDate, workingDaysLeft } from "~/utils/working-days";
import { currentDeadline } from "./complaint-clock";
import { clockStateOf } from "./complaint-state";
import { trackingLookupInput, type TrackedComplaint } from "./complaint.schema";
import { readRefundClaims } from "./complaint-intake.server";

export type { TrackedComplaint };
import { accessCodeMatches } from "./tracking-code.server";


/** Compared with when the number is unknown: no code hashes to it (a digest is 64 hex characters, this is not hex). */
const UNKNOWN_NUMBER_HASH = "z".repeat(64);

export async function trackComplaint(db: DB, input: unknown, now: Date = new Date()): Promise<Result<{ complaint: TrackedComplaint }>> {
  const parsed = trackingLookupInput.safeParse(input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const { trackingNo, accessCode } = parsed.data;
  const row = await db
    .selectFrom("complaints")
    .innerJoin("kindergartens", "kindergartens.id", "complaints.kindergarten_id")
    .selectAll("complaints")
    .select("kindergartens.name_in_use as kindergarten_name")
    .where("complaints.tracking_no", "=", trackingNo)
    .executeTakeFirst();
  // The same answer for an unknown number and a wrong code, in the same time: the code is hashed either way.
  const matches = accessCodeMatches(accessCode, row?.access_code_hash ?? UNKNOWN_NUMBER_HASH);
  if (!row || !matches) return fail("not_found", "complaint.tracking.notFound");

  const [items, evidence, events] = await Promise.all([
    db.selectFrom("complaint_items").select(["name", "amount_fen", "unit"]).where("complaint_id", "=", row.id).orderBy("position").execute(),
    db
      .selectFrom("complaint_evidence")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("complaint_id", "=", row.id)
      .where("party", "=", "complainant")
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("complaint_events")
      .select(["kind", "payload", "created_at"])
      .where("complaint_id", "=", row.id)
      .where("public", "=", 1)
      .orderBy("created_at")
      .orderBy("id")
      .execute(),
  ]);
  const deadline = currentDeadline(clockStateOf(row));
  const today = shanghaiDate(now);
  return {
    ok: true,
    complaint: {
      trackingNo: row.tracking_no,
      track: row.track,
      kind: row.kind,
      status: row.status,
      receivedAt: row.received_at,
      kindergartenName: row.kindergarten_name,
      narrative: row.narrative,
      items: items.map((i) => ({ name: i.name, amountFen: i.amount_fen, unit: i.unit })),
      refundClaims: readRefundClaims(row.refund_claims),
      evidenceCount: Number(evidence.n),
      // An estimate (a year whose holiday notice is not out) is marked as one, as the officers' pages mark it.
      // Overdue by date: the weekend after a Friday deadline has no working day since, and is not "due today".
      deadline: deadline && {
        kind: deadline.kind,
        dueOn: deadline.dueOn,
        estimated: !deadline.calendarComplete,
        workingDaysLeft: workingDaysLeft(today, deadline.dueOn),
        overdue: deadline.dueOn < today,
      },
      timeline: events.map((e) => {
        const payload = JSON.parse(e.payload) as { publicText?: string } & Record<string, unknown>;
        const { publicText, ...detail } = payload;
        return { kind: e.kind, at: e.created_at, text: publicText ?? null, detail: publicDetail(detail) };
      }),
    },
  };
}

/** The parts of an event's payload a complainant may read (never actor ids or internal notes). */
function publicDetail(detail: Record<string, unknown>): Record<string, unknown> {
  const shown: Record<string, unknown> = {};
  for (const key of ["ground", "outcome", "refundFen", "toRegionName", "files", "items"]) if (key in detail) shown[key] = detail[key];
  return shown;
}
