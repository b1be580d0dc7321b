/**
 * The complainants' contact details leave on schedule (个人信息保护法 Art. 19: kept no longer than their purpose
 * needs; Art. 6). A complaint's contact is for handling it: the officer calls the complainant, mediates, informs
 * them of the outcome, and answers an administrative reconsideration (60 days, 行政复议法 Art. 20) or a suit (6
 * months, 行政诉讼法 Art. 46; at most a year when the remedy was not stated, 行诉解释 Art. 64) about it. So the
 * details are kept `retentionMonths` (COMPLAINT_CONTACT_RETENTION_MONTHS, default 13: docs/decisions.md) from the
 * day the complaint was finished (`finished_on`: rejected or closed; both final, nothing reopens a complaint) or,
 * when later, from the officer's last reply; then the scheduled sweep (jobs/schedules.ts) erases in one transaction
 * per batch of complaints:
 * - the contact: name, phone and address set to null, `contact_erased_at` set (the officer's page says when);
 * - what identifies the complainant in free text: the narrative, the charged items' names (and their matching
 *   keys), the texts of the timeline's events (officers' replies and notes, the kindergarten's explanations): the
 *   stored name, phone and address wherever they are written, then whatever the personal-data gate finds (redact:
 *   the facts stay; names, phones, IDs, accounts are masked as a published case masks them);
 * - the evidence files' names: a complainant's renamed `evidence-<n>.<ext>` (a photo's name is often the parent's
 *   or the child's), another party's masked by the gate. The files themselves and the complaint stay: they are
 *   the record of the handling;
 * - and writes one audit entry per complaint naming what was erased, never the data.
 * Not touched: the tracking number and the access code (a random number and an HMAC of a random form key: nothing
 * of the complainant), consents, dates, amounts and outcomes; the audit log, whose entries about complaints never
 * held contact details or texts (complaint-handling.server.ts, auditDetail) and whose hash chain forbids edits.
 *
 * Idempotent and safe beside a second sweep and officers: the erasing UPDATE repeats every condition of the
 * selection (not erased, still finished, finished and last replied before the cutoff), so a complaint erased by
 * another run, or replied to meanwhile, is left as it is, and only the run whose UPDATE took the row writes the rest.
 * Rows are read in bounded batches along the partial index `complaints_contact_retention`.
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
import { recordAudits, type AuditEntry } from "~/domain/audit/audit.server";
import { complaintItemKey } from "~/rules/facts/complaint/item-key";
import { eventLoopSlicer } from "~/utils/event-loop";
import { shanghaiDate } from "~/utils/working-days";
import { complainantMasker } from "~/domain/personal-data/complainant-mask";
import { FINISHED_STATUSES } from "./complaint-handling.schema";

/** Months a finished complaint's contact details are kept (the default of COMPLAINT_CONTACT_RETENTION_MONTHS). */
export const DEFAULT_COMPLAINT_CONTACT_RETENTION_MONTHS = 13;
export const CONTACT_ERASURE_BATCH = 100;

/** The payload keys of timeline events that hold free text (replies, notes, the kindergarten's explanations). */
const EVENT_TEXT_KEYS = ["publicText", "note", "explanation"] as const;
const EXTENSIONS = { "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" } as const;

type Cursor = { finishedOn: string; id: string };
type ErasedRow = { id: string; narrative: string; contact_name: string | null; contact_phone: string | null; contact_address: string | null };

/** What an erasure erases, named in its audit entry (`erased`; each worded `audit.erased.<part>` on the admin's page). */
export const CONTACT_ERASURE_PARTS = ["contact", "narrative", "items", "events", "evidence_names"] as const;

export interface ContactErasureResult {
  erased: number;
}

/** The day `months` before `date`, clamped to the month's end (2027-08-31 − 6 months = 2027-02-28, never March). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export async function eraseExpiredContacts(
  db: DB,
  now: Date = new Date(),
  opts: { retentionMonths?: number; batchSize?: number } = {},
): Promise<ContactErasureResult> {
  const retentionMonths = opts.retentionMonths ?? DEFAULT_COMPLAINT_CONTACT_RETENTION_MONTHS;
  const batchSize = Math.max(1, Math.min(opts.batchSize ?? CONTACT_ERASURE_BATCH, 1000));
  // Finished on or before the cutoff: its retention (cutoff + months ≤ today) has run out.
  const cutoff = monthsBefore(shanghaiDate(now), retentionMonths);
  const slice = eventLoopSlicer();
  const result: ContactErasureResult = { erased: 0 };
  let after: Cursor | null = null;
  for (;;) {
    const from: Cursor | null = after;
    const rows: Array<ErasedRow & { finished_on: string | null }> = await db
      .selectFrom("complaints")
      .select(["id", "finished_on", "narrative", "contact_name", "contact_phone", "contact_address"])
      .where("contact_erased_at", "is", null)
      .where("finished_on", "<=", cutoff)
      .$if(from !== null, (q) =>
        q.where((eb) => eb.or([eb("finished_on", ">", from!.finishedOn), eb.and([eb("finished_on", "=", from!.finishedOn), eb("id", ">", from!.id)])])),
      )
      .orderBy("finished_on")
      .orderBy("id")
      .limit(batchSize)
      .execute();
    if (rows.length === 0) break;
    const last = rows[rows.length - 1]!;
    after = { finishedOn: last.finished_on!, id: last.id };
    await db.transaction().execute(async (trx) => {
      const audits: AuditEntry[] = [];
      for (const row of rows) {
        if (!(await eraseOne(trx, row, cutoff, now))) continue;
        result.erased += 1;
        audits.push({
          actorId: null,
          action: "complaint.contact_erase",
          entity: "complaint",
          entityId: row.id,
          // What was erased and under which retention; never the data.
          detail: { finishedOn: row.finished_on, retentionMonths, erased: CONTACT_ERASURE_PARTS },
        });
      }
      // Last: the audit chain's head is held from here to the commit only.
      await recordAudits(trx, audits, now);
    });
    if (rows.length < batchSize) break;
    await slice();
  }
  return result;
}

/** Erases one complaint; false when another run erased it or it no longer qualifies (left as it is). */
async function eraseOne(trx: Transaction<Database>, row: ErasedRow, cutoff: string, now: Date): Promise<boolean> {
  const mask = complainantMasker(row);
  const taken = await trx
    .updateTable("complaints")
    // Neither the version nor updated_at: no state changes, and an officer's open reply form stays valid.
    .set({ contact_name: null, contact_phone: null, contact_address: null, narrative: mask(row.narrative), contact_erased_at: now.toISOString() })
    .where("id", "=", row.id)
    .where("contact_erased_at", "is", null)
    .where("status", "in", [...FINISHED_STATUSES])
    .where("finished_on", "<=", cutoff)
    .where((eb) => eb.or([eb("last_reply_on", "is", null), eb("last_reply_on", "<=", cutoff)]))
    .executeTakeFirst();
  if (Number(taken.numUpdatedRows) !== 1) return false;

  const items = await trx.selectFrom("complaint_items").select(["id", "name", "item_key"]).where("complaint_id", "=", row.id).execute();
  for (const item of items) {
    const name = mask(item.name);
    if (name === item.name) continue;
    await trx
      .updateTable("complaint_items")
      .set({ name, item_key: item.item_key === null ? null : complaintItemKey(name) })
      .where("id", "=", item.id)
      .execute();
  }

  const events = await trx.selectFrom("complaint_events").select(["id", "payload"]).where("complaint_id", "=", row.id).execute();
  for (const event of events) {
    const payload = maskedPayload(event.payload, mask);
    if (payload !== null) await trx.updateTable("complaint_events").set({ payload }).where("id", "=", event.id).execute();
  }

  const files = await trx
    .selectFrom("complaint_evidence as ce")
    .innerJoin("evidence_files as e", "e.id", "ce.evidence_id")
    .select(["e.id", "e.original_name", "e.media_type", "ce.party"])
    .where("ce.complaint_id", "=", row.id)
    .orderBy("ce.created_at")
    .orderBy("e.id")
    .execute();
  let n = 0;
  for (const file of files) {
    const name = file.party === "complainant" ? `evidence-${(n += 1)}.${EXTENSIONS[file.media_type]}` : mask(file.original_name);
    if (name !== file.original_name) await trx.updateTable("evidence_files").set({ original_name: name }).where("id", "=", file.id).execute();
  }
  return true;
}


/** The event's payload with its free texts masked, or null when nothing in it changes. */
function maskedPayload(json: string, mask: (text: string) => string): string | null {
  let payload: Record<string, unknown>;
  try {
    payload = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (payload === null || typeof payload !== "object") return null;
  let changed = false;
  for (const key of EVENT_TEXT_KEYS) {
    const text = payload[key];
    if (typeof text !== "string") continue;
    const masked = mask(text);
    if (masked !== text) {
      payload[key] = masked;
      changed = true;
    }
  }
  return changed ? JSON.stringify(payload) : null;
}
