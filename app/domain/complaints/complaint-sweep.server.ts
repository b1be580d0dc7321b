/**
 * The deadline sweep (rule R17), run on a schedule by both job runners. For
 * every open complaint it recomputes the legal clock from the state
 * (complaint-clock.ts, the only source) and:
 * - stores due_on / due_kind / due_state when they changed, so the queue's
 *   counts and filters read what the clock says today;
 * - records a timeline event when a complaint turns due_soon or overdue:
 *   once per change, because the event is written in the same transaction as
 *   the stored state it follows, guarded by the row's version and old state;
 * - ends mediation that reached 45 working days from acceptance without an
 *   outcome (Art. 21): mediation_outcome "expired", mediation_ended_on = the
 *   45th working day, a public event; the 7-working-day notice clock runs
 *   from that day.
 *
 * Idempotent and safe beside officers and another sweep: every write is a
 * compare-and-set on the version read, and a row that moved meanwhile is left
 * to the next run (an officer's action recomputes the clock itself). A
 * due_state change does not bump the version (an officer's open form stays
 * valid); ending mediation does. Rows are read in bounded batches by id, each
 * batch written in one short transaction.
 */
import type { DB } from "~/db/client";
import { recordAudits, type AuditEntry } from "~/domain/audit/audit.server";
import type { Complaint, ComplaintDueState } from "~/db/schema";
import { eventLoopSlicer } from "~/utils/event-loop";
import { newId } from "~/utils/ids";
import { shanghaiDate } from "~/utils/working-days";
import { currentDeadline, dueState, MEDIATION_WORKING_DAYS } from "./complaint-clock";
import { clockStateOf } from "./complaint-state";
import { OPEN_STATUSES } from "./complaint-handling.schema";

export const SWEEP_BATCH = 200;

export interface SweepResult {
  scanned: number;
  /** Rows whose stored clock changed. */
  updated: number;
  turnedDueSoon: number;
  turnedOverdue: number;
  mediationExpired: number;
}

type Row = Pick<
  Complaint,
  | "id"
  | "track"
  | "status"
  | "anonymous"
  | "clock_from"
  | "verification_extended"
  | "accepted_on"
  | "decided_on"
  | "mediation_ended_on"
  | "last_reply_on"
  | "due_on"
  | "due_kind"
  | "due_state"
  | "version"
>;

interface Change {
  row: Row;
  set: Record<string, unknown>;
  bumpVersion: boolean;
  events: Array<{ kind: "mediation_ended" | "due_soon" | "overdue"; public: boolean; party: "system"; payload: Record<string, unknown> }>;
}

export async function sweepComplaintDeadlines(db: DB, now: Date = new Date(), opts: { batchSize?: number } = {}): Promise<SweepResult> {
  const batchSize = Math.max(1, Math.min(opts.batchSize ?? SWEEP_BATCH, 1000));
  const today = shanghaiDate(now);
  const result: SweepResult = { scanned: 0, updated: 0, turnedDueSoon: 0, turnedOverdue: 0, mediationExpired: 0 };
  let after = "";
  // A backlog (every open complaint is read each run) must not hold the web process's requests meanwhile.
  const slice = eventLoopSlicer();
  for (;;) {
    const rows = await db
      .selectFrom("complaints")
      .select([
        "id",
        "track",
        "status",
        "anonymous",
        "clock_from",
        "verification_extended",
        "accepted_on",
        "decided_on",
        "mediation_ended_on",
        "last_reply_on",
        "due_on",
        "due_kind",
        "due_state",
        "version",
      ])
      .where("status", "in", [...OPEN_STATUSES])
      .where("id", ">", after)
      .orderBy("id")
      .limit(batchSize)
      .execute();
    if (rows.length === 0) break;
    after = rows[rows.length - 1].id;
    result.scanned += rows.length;
    const changes = rows.map((row) => changeFor(row, today)).filter((c): c is Change => c !== null);
    if (changes.length > 0) await writeBatch(db, changes, now, result);
    if (rows.length < batchSize) break;
    await slice();
  }
  return result;
}

/** What the clock says about one row today: null when the stored state is already right. */
function changeFor(row: Row, today: string): Change | null {
  let state = clockStateOf(row);
  const set: Record<string, unknown> = {};
  const events: Change["events"] = [];
  let bumpVersion = false;

  let deadline = currentDeadline(state);
  // Art. 21: no agreement within 45 working days of acceptance ends the mediation.
  if (deadline?.kind === "mediation_end" && today > deadline.dueOn) {
    Object.assign(set, { status: "mediation_ended", mediation_outcome: "expired", mediation_ended_on: deadline.dueOn });
    events.push({
      kind: "mediation_ended",
      public: true,
      party: "system",
      payload: { outcome: "expired", workingDays: MEDIATION_WORKING_DAYS, endedOn: deadline.dueOn },
    });
    bumpVersion = true;
    state = { ...state, status: "mediation_ended", mediationEndedOn: deadline.dueOn };
    deadline = currentDeadline(state);
  }

  const due: { due_on: string | null; due_kind: Row["due_kind"]; due_state: ComplaintDueState | null } = deadline
    ? { due_on: deadline.dueOn, due_kind: deadline.kind, due_state: dueState(today, deadline.dueOn) }
    : { due_on: null, due_kind: null, due_state: null };
  const clockMoved = due.due_on !== row.due_on || due.due_kind !== row.due_kind;
  if (clockMoved || due.due_state !== row.due_state) Object.assign(set, due);
  // An event when this deadline becomes pressing: a new state, or the same state of a new deadline.
  if (deadline && (due.due_state === "due_soon" || due.due_state === "overdue") && (clockMoved || due.due_state !== row.due_state)) {
    events.push({ kind: due.due_state, public: false, party: "system", payload: { dueKind: deadline.kind, dueOn: deadline.dueOn } });
  }
  return Object.keys(set).length > 0 ? { row, set, bumpVersion, events } : null;
}

async function writeBatch(db: DB, changes: Change[], now: Date, result: SweepResult): Promise<void> {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const audits: AuditEntry[] = [];
    for (const { row, set, bumpVersion, events } of changes) {
      const updated = await trx
        .updateTable("complaints")
        .set({ ...set, ...(bumpVersion ? { version: row.version + 1, updated_at: at } : {}) })
        .where("id", "=", row.id)
        .where("version", "=", row.version)
        .where("status", "=", row.status)
        .where((eb) => (row.due_state === null ? eb("due_state", "is", null) : eb("due_state", "=", row.due_state)))
        .executeTakeFirst();
      // Changed since it was read (an officer, another sweep): the next run sees it as it is now.
      if (Number(updated.numUpdatedRows) !== 1) continue;
      result.updated += 1;
      for (const event of events) {
        if (event.kind === "due_soon") result.turnedDueSoon += 1;
        if (event.kind === "overdue") result.turnedOverdue += 1;
        if (event.kind === "mediation_ended") result.mediationExpired += 1;
      }
      if (events.length > 0) {
        await trx
          .insertInto("complaint_events")
          .values(
            events.map((e) => ({
              id: newId(),
              complaint_id: row.id,
              kind: e.kind,
              actor_id: null,
              party: e.party,
              payload: JSON.stringify(e.payload),
              public: e.public ? 1 : 0,
              created_at: at,
            })),
          )
          .execute();
        for (const e of events) audits.push({ actorId: null, action: `complaint.${e.kind}`, entity: "complaint", entityId: row.id, detail: e.payload });
      }
    }
    // Last, in one batch: the audit chain's head is held from here to the commit only.
    await recordAudits(trx, audits, now);
  });
}
