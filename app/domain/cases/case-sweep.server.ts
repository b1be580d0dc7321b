/**
 * The case deadline sweep, run on a schedule by both job runners. For each
 * case whose earliest clock (case-clock.ts, the only source) is due within
 * the due-soon window or past, it:
 * - stores due_state (ok → due_soon → overdue) with a timeline event, once
 *   per change;
 * - escalates a case the first time it is overdue: escalated_at, and an
 *   "escalated" event naming the city whose queue and the district lead who
 *   now see it (the queue's escalated filter, the lead's dashboard);
 * - reopens a case whose ordered rectification or refund was not proven by
 *   its date (the officer reviews it anew: case-work.server.ts reopen).
 *
 * Only candidates are read, one stored state at a time through the
 * (due_state, due_date, id, due_kind, escalated_at) index: cases due before
 * the end of the due-soon window whose stored state lags, or overdue and not
 * yet escalated (or waiting for proof of an order). Idempotent beside officers and another
 * sweep: every write is a compare-and-set on the version read (and the old
 * due_state), a row that moved meanwhile is left to the next run. A state
 * or escalation change does not bump the version (an officer's open form
 * stays valid); reopening does.
 *
 * Before that, once per release that brings a new year's holiday notice, it
 * reckons again the stored deadlines that were estimates for that year
 * (redateEstimatedClocks).
 */
import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from "kysely";
import type { DB } from "~/db/client";
import { recordAudit, recordAudits, type AuditEntry } from "~/domain/audit/audit.server";
import type { CaseDueState, Database } from "~/db/schema";
import { regionChain } from "~/domain/regions/region-scope";
import { newId } from "~/utils/ids";
import { calendarKnownThroughYear, dueWithinBefore, shanghaiDate } from "~/utils/working-days";
import { CASE_DUE_SOON_WORKING_DAYS, caseDueState, currentCaseDeadline, runningClocks } from "./case-clock";
import { CASE_ROW_COLUMNS, caseClockStateOf, reopenedColumns, writeCaseStep, type CaseRow, type SystemCaseEvent } from "./case-state.server";
import { eventLoopSlicer } from "~/utils/event-loop";

export const CASE_SWEEP_BATCH = 200;

export interface CaseSweepResult {
  scanned: number;
  turnedDueSoon: number;
  turnedOverdue: number;
  escalated: number;
  reopened: number;
  /** Deadlines reckoned again with a holiday notice that was not in the data when they were stored. */
  redated: number;
}

type Row = CaseRow & { region_code: string; due_state: CaseDueState };

export async function sweepCaseDeadlines(db: DB, now: Date = new Date(), opts: { batchSize?: number } = {}): Promise<CaseSweepResult> {
  const batchSize = Math.max(1, Math.min(opts.batchSize ?? CASE_SWEEP_BATCH, 1000));
  const today = shanghaiDate(now);
  // The first day that is not due soon.
  const notSoonFrom = dueWithinBefore(today, CASE_DUE_SOON_WORKING_DAYS);
  // A backlog (a million cases, days down: minutes of work) must not hold the web process's requests meanwhile.
  const slice = eventLoopSlicer();
  const redated = await redateEstimatedClocks(db, now, slice);
  const result: CaseSweepResult = { scanned: 0, turnedDueSoon: 0, turnedOverdue: 0, escalated: 0, reopened: 0, redated };
  // One walk per stored state, each along its own range of the (due_state, due_date, id, …) index: one walk
  // over the three at once read every case due before the window's end, closed ones included (a million
  // index entries and their rows, 15 s a run when nothing had changed).
  const lagging: Array<(eb: ExpressionBuilder<Database, "inspection_cases">) => Expression<SqlBool>> = [
    (eb) => eb("due_state", "=", "ok"),
    (eb) => eb.and([eb("due_state", "=", "due_soon"), eb("due_date", "<", today)]),
    (eb) => eb.and([eb("due_state", "=", "overdue"), eb.or([eb("escalated_at", "is", null), eb("due_kind", "=", "follow_up")])]),
  ];
  for (const candidate of lagging) {
    const cases = db
      .selectFrom("inspection_cases")
      .select([...CASE_ROW_COLUMNS, "region_code", "due_state"])
      .where("due_kind", "is not", null)
      .where("due_date", "<", notSoonFrom)
      .where(candidate);
    for await (const rows of byDueDate(cases, batchSize)) {
      for (const row of rows) {
        await sweepOne(db, row, today, now, result);
        await slice();
      }
      result.scanned += rows.length;
    }
  }
  return result;
}

/**
 * The cases a query selects, page by page in (due_date, id) order: a keyset walk along the query's index
 * range, never an offset. Each page is read after the one before was handled, so a row that a handler moved
 * further along is met again only if it moved past the cursor, where its handler finds it settled.
 */
async function* byDueDate<R extends { due_date: string; id: string }>(
  query: SelectQueryBuilder<Database, "inspection_cases", R>,
  batchSize: number,
): AsyncGenerator<R[]> {
  let after: { due: string; id: string } | null = null;
  for (;;) {
    const cursor: { due: string; id: string } | null = after;
    const page: SelectQueryBuilder<Database, "inspection_cases", R> = cursor
      ? query.where((eb) => eb.or([eb("due_date", ">", cursor.due), eb.and([eb("due_date", "=", cursor.due), eb("id", ">", cursor.id)])]))
      : query;
    const rows: R[] = await page.orderBy("due_date").orderBy("id").limit(batchSize).execute();
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    const last: R = rows[rows.length - 1];
    after = { due: last.due_date, id: last.id };
  }
}

async function sweepOne(db: DB, row: Row, today: string, now: Date, result: CaseSweepResult): Promise<void> {
  const clocks = runningClocks(caseClockStateOf(row));
  const followUp = clocks.find((c) => c.kind === "follow_up");
  await db.transaction().execute(async (trx) => {
    if (followUp && today > followUp.dueOn) {
      try {
        const reopened: SystemCaseEvent = { kind: "reopened", payload: { reason: "follow_up_overdue", followUpDueOn: followUp.dueOn, previousDecision: row.decision_kind } };
        await writeCaseStep(trx, row, reopenedColumns(today, "in_progress"), reopened, null, now);
        await recordAudit(trx, systemCaseAudit(row.id, reopened), now);
        result.reopened += 1;
      } catch {
        // Moved since read (an officer acted, or the kindergarten's proof arrived): the next run sees the new state.
      }
      return;
    }
    const current = clocks[0];
    if (!current) return;
    const state = caseDueState(today, current.dueOn);
    const escalate = state === "overdue" && row.escalated_at === null;
    if (state === row.due_state && !escalate) return;
    const at = now.toISOString();
    const updated = await trx
      .updateTable("inspection_cases")
      .set({ due_state: state, ...(escalate ? { escalated_at: at } : {}), updated_at: at })
      .where("id", "=", row.id)
      .where("version", "=", row.version)
      .where("due_state", "=", row.due_state)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return;
    const events: SystemCaseEvent[] = [];
    if (state !== row.due_state && state !== "ok") {
      events.push({ kind: state === "overdue" ? "overdue" : "due_soon", payload: { dueKind: current.kind, dueOn: current.dueOn } });
      if (state === "overdue") result.turnedOverdue += 1;
      else result.turnedDueSoon += 1;
    }
    if (escalate) {
      // The district's city sees it in its queue (escalated filter) and the district lead on the dashboard.
      events.push({ kind: "escalated", payload: { dueKind: current.kind, dueOn: current.dueOn, toCity: regionChain(row.region_code)[1], toLeadOf: row.region_code } });
      result.escalated += 1;
    }
    if (events.length > 0) {
      await trx
        .insertInto("case_events")
        .values(events.map((e) => ({ id: newId(), case_id: row.id, kind: e.kind, actor_id: null, payload: JSON.stringify(e.payload), created_at: at })))
        .execute();
      await recordAudits(trx, events.map((e) => systemCaseAudit(row.id, e)), now);
    }
  });
}

/**
 * A verification clock that ends in a year whose holiday notice is not in the
 * data (chinese-days) is stored as an estimate from the statutory holidays.
 * When a release brings that notice, the clocks stored since the last year
 * then known are reckoned again: a case whose deadline moves gets the new date
 * and a timeline event with both dates (its state follows in the same sweep).
 * `case_clock_calendar` keeps the year the stored dates were reckoned with;
 * its first run only records it. A row that moved meanwhile was reckoned by
 * its own step with the new data.
 */
export async function redateEstimatedClocks(db: DB, now: Date, slice: () => Promise<void> = async () => {}): Promise<number> {
  const known = calendarKnownThroughYear();
  const mark = await db.selectFrom("case_clock_calendar").select("known_through_year").where("id", "=", 1).executeTakeFirst();
  if (mark && mark.known_through_year >= known) return 0;
  let redated = 0;
  if (mark) {
    const from = `${mark.known_through_year + 1}-01-01`;
    const at = now.toISOString();
    for (const state of ["ok", "due_soon", "overdue"] as const) {
      const cases = db
        .selectFrom("inspection_cases")
        .select([...CASE_ROW_COLUMNS, "due_kind"])
        .where("due_state", "=", state)
        .where("due_date", ">=", from)
        .where("status", "not in", ["decided", "closed"]);
      for await (const rows of byDueDate(cases, CASE_SWEEP_BATCH)) {
        for (const row of rows) {
          const deadline = currentCaseDeadline(caseClockStateOf(row));
          if (!deadline || (deadline.dueOn === row.due_date && deadline.kind === row.due_kind)) continue;
          const event: SystemCaseEvent = { kind: "redated", payload: { dueKind: deadline.kind, previousDueOn: row.due_date, dueOn: deadline.dueOn, calendarYear: known } };
          await db.transaction().execute(async (trx) => {
            const updated = await trx
              .updateTable("inspection_cases")
              .set({ due_date: deadline.dueOn, due_kind: deadline.kind, updated_at: at })
              .where("id", "=", row.id)
              .where("version", "=", row.version)
              .where("due_date", "=", row.due_date)
              .executeTakeFirst();
            if (Number(updated.numUpdatedRows) !== 1) return;
            await trx
              .insertInto("case_events")
              .values({ id: newId(), case_id: row.id, kind: event.kind, actor_id: null, payload: JSON.stringify(event.payload), created_at: at })
              .execute();
            await recordAudit(trx, systemCaseAudit(row.id, event), now);
            redated += 1;
          });
          await slice();
        }
      }
    }
  }
  const at = now.toISOString();
  await db
    .insertInto("case_clock_calendar")
    .values({ id: 1, known_through_year: known, updated_at: at })
    .onConflict((oc) => oc.column("id").doUpdateSet({ known_through_year: known, updated_at: at }))
    .execute();
  return redated;
}

/** The sweep's change to a case, on the audit record as the system's. */
const systemCaseAudit = (caseId: string, e: SystemCaseEvent) =>
  ({ actorId: null, action: `case.${e.kind}`, entity: "inspection_case", entityId: caseId, detail: e.payload }) satisfies AuditEntry;
