/**
 * One place where a step of an inspection case is written, whoever takes it
 * (an officer, the kindergarten, the deadline sweep): the new state with its
 * clock recomputed (case-clock.ts is the only source of due dates), a
 * compare-and-set on the version the step was decided on, and the timeline
 * event. A lost race is a Refusal (the transaction rolls back, the caller
 * says "reload").
 */
import { sql, type SqlBool, type Transaction, type Updateable } from "kysely";
import type { Database, InspectionCasesTable } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import { fail, Refusal } from "~/domain/result";
import { newId } from "~/utils/ids";
import { shanghaiDate } from "~/utils/working-days";
import { caseDueState, currentCaseDeadline, type CaseClockState } from "./case-clock";

export type CaseRow = Pick<
  InspectionCasesTable,
  | "id"
  | "status"
  | "opened_at"
  | "assigned_to"
  | "registered_on"
  | "reopened_on"
  | "answer_due_on"
  | "follow_up_due_on"
  | "proof_received_at"
  | "decision_kind"
  | "due_date"
  | "escalated_at"
  | "extension_requested_at"
> & { version: number; verification_extended: number };

/** The columns a CaseRow is read with (every reader of a case that takes a step on it). */
export const CASE_ROW_COLUMNS = [
  "id",
  "status",
  "opened_at",
  "assigned_to",
  "registered_on",
  "reopened_on",
  "answer_due_on",
  "follow_up_due_on",
  "proof_received_at",
  "decision_kind",
  "due_date",
  "escalated_at",
  "version",
  "verification_extended",
  "extension_requested_at",
] as const;

export type CaseSet = Omit<Updateable<InspectionCasesTable>, "id" | "version" | "due_date" | "due_kind" | "due_state" | "updated_at">;

/** The stale-version refusal: someone else changed the case first. */
export const CASE_STALE_KEY = "case.stale";

export function caseClockStateOf(row: CaseRow): CaseClockState {
  return {
    status: row.status,
    openedOn: shanghaiDate(new Date(row.opened_at)),
    verificationExtended: row.verification_extended === 1,
    registeredOn: row.registered_on,
    reopenedOn: row.reopened_on,
    answerDueOn: row.answer_due_on,
    followUpDueOn: row.follow_up_due_on,
    proofReceived: row.proof_received_at !== null,
  };
}

/**
 * SQL: the case's clock runs (case-clock.ts, runningClocks): it is being worked, or it is decided and an order waits
 * for the kindergarten's proof (due_kind follow_up). Only such a case can be overdue or due soon: a settled case's
 * stored state and due date are what they were when its clock stopped (an old row's were never cleared), never a
 * deadline. The state is written as an expression no index serves (`status || ''`), so that a page walking its
 * order's index checks it from the index's own columns and reads a case only when it is decided (its clock's kind).
 * `table`: the alias the query reads inspection_cases by, if any.
 */
export function clockRunsSql(table?: "c") {
  const ref = (column: "status" | "due_kind") => sql.ref(table ? `${table}.${column}` : column);
  const status = sql`(${ref("status")} || '')`;
  return sql<SqlBool>`(${status} not in ('decided', 'closed') or (${status} = 'decided' and ${ref("due_kind")} = 'follow_up'))`;
}

/**
 * The escalation in force: the sweep escalated the case (escalated_at) and it is still being worked. The escalation
 * was of a clock a decision stops (verification, the decision's 90 days, the kindergarten's answer), so once decided
 * (and closed) it is history: its event stays on the timeline, the case is no longer shown, counted or filtered as
 * escalated. Stricter than clockRunsSql, which also runs for a decided case waiting for an order's proof: that clock
 * is never escalated (the sweep reopens the case when it passes). Reopening clears escalated_at (reopenedColumns).
 */
export function isEscalated(row: Pick<CaseRow, "status" | "escalated_at">): boolean {
  return row.escalated_at !== null && row.status !== "decided" && row.status !== "closed";
}

/** SQL: isEscalated, the state written as clockRunsSql writes it (checked from an index's own columns). */
export function escalatedSql(table?: "c") {
  const ref = (column: "status" | "escalated_at") => sql.ref(table ? `${table}.${column}` : column);
  return sql<SqlBool>`(${ref("escalated_at")} is not null and (${ref("status")} || '') not in ('decided', 'closed'))`;
}

/** The clock columns of a case in a given state: due_date keeps its last value once no clock runs. */
export function clockColumns(next: CaseRow, today: string) {
  const deadline = currentCaseDeadline(caseClockStateOf(next));
  return deadline
    ? { due_date: deadline.dueOn, due_kind: deadline.kind, due_state: caseDueState(today, deadline.dueOn) }
    : { due_date: next.due_date, due_kind: null, due_state: "ok" as const };
}

export interface CaseEvent {
  kind: string;
  payload: Record<string, unknown>;
}

/** The rules' and the sweeps' own steps of a case: each is on the audit record as `case.<kind>`, with no actor. */
export type SystemCaseEventKind = "opened" | "flag_updated" | "complaints_linked" | "reopened" | "due_soon" | "overdue" | "escalated" | "redated" | "flags_cleared";
export interface SystemCaseEvent {
  kind: SystemCaseEventKind;
  payload: Record<string, unknown>;
}

/**
 * Writes `set` over the case read as `row` (version row.version), with its
 * clock, and the event; returns the new version and the event's id. Throws a
 * Refusal when the case changed since it was read.
 */
export async function writeCaseStep(
  trx: Transaction<Database>,
  row: CaseRow,
  set: CaseSet,
  event: CaseEvent,
  actorId: string | null,
  now: Date,
): Promise<{ version: number; eventId: string }> {
  const at = now.toISOString();
  const next: CaseRow = { ...row, ...set } as CaseRow;
  const updated = await trx
    .updateTable("inspection_cases")
    .set({ ...set, ...clockColumns(next, shanghaiDate(now)), version: row.version + 1, updated_at: at })
    .where("id", "=", row.id)
    .where("version", "=", row.version)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new Refusal(fail("conflict", CASE_STALE_KEY));
  const eventId = newId();
  await trx
    .insertInto("case_events")
    .values({ id: eventId, case_id: row.id, kind: event.kind, actor_id: actorId, payload: JSON.stringify(event.payload), created_at: at })
    .execute();
  return { version: row.version + 1, eventId };
}

/**
 * What reopening a case clears: the decision and its follow-up (both stay on
 * the timeline), the closing date, the extension and an escalation (history
 * since the decision: the reopened case's new clock is escalated anew if it
 * passes); its verification clock runs again from `today` (case-clock.ts).
 */
export function reopenedColumns(today: string, status: "open" | "in_progress") {
  return {
    status,
    reopened_on: today,
    closed_on: null,
    decision_kind: null,
    decision_basis: null,
    decision_detail: null,
    decided_on: null,
    decided_by: null,
    follow_up_due_on: null,
    proof_received_at: null,
    verification_extended: 0,
    extension_requested_at: null,
    escalated_at: null,
  } satisfies CaseSet;
}

/**
 * A closed case that new evidence reopens (a newer filing fires its rule
 * again, more complaints arrive): reviewed anew from today with a fresh
 * verification clock, by its assignee if it had one; its earlier decision
 * stays on the timeline.
 */
export function reopenedByEvidence(existing: { assigned_to: string | null; version: number }, today: string, verifyDueOn: string) {
  return {
    ...reopenedColumns(today, existing.assigned_to ? "in_progress" : "open"),
    due_date: verifyDueOn,
    due_kind: "verify" as const,
    due_state: "ok" as const,
    version: existing.version + 1,
  };
}

/**
 * A decision overturned (by administrative reconsideration or a court): the case is worked again from today, as a
 * reopening, with the overturn on its timeline; the statistics follow it (their triggers mark the case's cells).
 * Written in the transaction that withdraws the decision's publication, so that the two never disagree. A case
 * reopened or decided anew since (its decision is no longer `decision`) is left as it is.
 */
export async function reopenOverturnedCase(
  trx: Transaction<Database>,
  args: { caseId: string; decision: { kind: string; decidedOn: string }; note: string; actorId: string },
  now: Date,
): Promise<boolean> {
  const row = await trx.selectFrom("inspection_cases").select([...CASE_ROW_COLUMNS, "decided_on"]).where("id", "=", args.caseId).executeTakeFirst();
  if (!row || (row.status !== "decided" && row.status !== "closed")) return false;
  if (row.decision_kind !== args.decision.kind || row.decided_on !== args.decision.decidedOn) return false;
  const { version } = await writeCaseStep(
    trx,
    row as CaseRow,
    reopenedColumns(shanghaiDate(now), "in_progress"),
    { kind: "reopened", payload: { reason: "decision_overturned", note: args.note, previousDecision: row.decision_kind } },
    args.actorId,
    now,
  );
  // The case's own record of the step, as its other steps have (the reason stays on the timeline).
  await recordAudit(
    trx,
    {
      actorId: args.actorId,
      action: "case.reopen",
      entity: "inspection_case",
      entityId: row.id,
      detail: { from: row.status, to: "in_progress", version, reason: "decision_overturned", previousDecision: row.decision_kind },
    },
    now,
  );
  return true;
}
