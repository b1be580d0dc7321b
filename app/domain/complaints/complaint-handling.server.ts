/**
 * An officer handling a complaint (投诉) or report (举报) under
 * 市场监督管理投诉举报处理暂行办法. Owns:
 * - who: market-supervision officers whose district (or city) covers the
 *   complaint's handling district; anyone else reading it gets "not found"
 *   outside their scope and "forbidden" without the handling permission;
 * - which transitions the procedure allows (the table below), each refused
 *   with its reason otherwise;
 * - once per version: every action names the version it was taken on, and
 *   the update is a compare-and-set on it, so two officers never overwrite
 *   each other (the second is told to reload);
 * - every action is one transaction: the complaint row (with the legal clock
 *   recomputed from its new state: complaint-clock.ts is the only source),
 *   one timeline event with the acting officer, an audit row, and where it
 *   applies the inspection case opened or linked.
 *
 * | action          | track     | from                                  | to              | basis |
 * |-----------------|-----------|---------------------------------------|-----------------|-------|
 * | accept          | 投诉       | received                              | accepted        | Art. 14 |
 * | reject          | 投诉       | received                              | rejected        | Art. 14, 15 |
 * | transfer        | both      | received                              | received (new district, clock restarts) | Art. 12 |
 * | extend          | 举报       | received, not yet extended            | received (+15 working days) | 行政处罚程序规定 Art. 18 |
 * | start_mediation | 投诉       | accepted                              | mediating       | Art. 16, 17 |
 * | record_outcome  | 投诉       | mediating (agreement); accepted too (no agreement, terminated) | mediation_ended | Art. 19–21 |
 * | decide          | 举报       | received                              | case_opened / no_case | Art. 31 |
 * | link_case       | both      | any but closed                        | (same)          | Art. 23, 31 |
 * | reply           | both      | any but closed                        | (same)          | Art. 21, 31 |
 * | close           | both      | mediation_ended, case_opened, no_case, once the duty to inform is done | closed | |
 *
 * What reaches the complainant: events marked public appear on the tracking
 * page; `publicText` in their payload is the officer's reply, shown as
 * written. Internal details (notes, approver, case ids, actor) stay in keys
 * the tracking page does not pass on (complaint-tracking.server.ts,
 * publicDetail).
 */
import type { Transaction } from "kysely";
import type { DB } from "~/db/client";
import type { Complaint, ComplaintStatus, Database } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import { lockRowsInIdOrder } from "~/db/locks";
import { caseOfKindergarten, noteComplaintLinked, noteComplaintMoved, openCaseFromComplaint } from "~/domain/cases/case-from-complaint.server";
import { lockComplaintLinks, termOn } from "~/domain/cases/complaint-cases.server";
import { isWithinRegion, coversRegion, scopeFor } from "~/domain/regions/region-scope";
import { fail, invalid, issuesToFieldErrors, Refusal, transact, type Failure, type Result } from "~/domain/result";
import { hasPermission, type Actor } from "~/domain/users/actor";
import { newId } from "~/utils/ids";
import { shanghaiDate } from "~/utils/working-days";
import { currentDeadline, dueState } from "./complaint-clock";
import { clockStateOf } from "./complaint-state";
import { handlingInput, NEW_CASE, type HandlingInput } from "./complaint-handling.schema";

export interface HandleComplaintArgs {
  db: DB;
  actor: Actor;
  complaintId: string;
  /** The form's fields: intent, version and the action's own. */
  input: unknown;
  requestId?: string | null;
  now?: Date;
}

export type HandlingResult = Result<{ status: ComplaintStatus; version: number; caseId: string | null; regionCode: string }>;

/** The stale-version refusal: another officer acted first. */
export const STALE_KEY = "handling.stale";

/** What an action writes, decided from the stored row and the input alone. */
interface Plan {
  set: Partial<Pick<
    Complaint,
    | "status"
    | "region_code"
    | "clock_from"
    | "verification_extended"
    | "accepted_on"
    | "decided_on"
    | "mediation_ended_on"
    | "mediation_outcome"
    | "refund_agreed_fen"
    | "rejection_ground"
    | "last_reply_on"
    | "case_id"
    | "finished_on"
  >>;
  event: { kind: string; public: boolean; payload: Record<string, unknown> };
  /** An inspection case to open (new) or to note the link on (existing). */
  caseLink?: { caseId: string } | { open: true };
}

/** The complaint as an actor may read it: null outside their scope (callers answer "not found"). */
export async function complaintInScope(db: DB, actor: Actor, complaintId: string): Promise<Complaint | null> {
  const scope = scopeFor(actor, "read:complaint:any", "read:complaint:region");
  if (scope.kind === "none" || complaintId.length === 0 || complaintId.length > 64) return null;
  const row = await db.selectFrom("complaints").selectAll().where("id", "=", complaintId).executeTakeFirst();
  return row && coversRegion(scope, row.region_code) ? row : null;
}

/** Whether the actor may handle complaints of this district: the permission, and their own region covers it. */
/** A report's verification clock is extended by a lead (the permission that approves a case's extension). */
export function mayExtendVerification(actor: Actor): boolean {
  return hasPermission(actor, "approve:case-extension:region");
}

export function mayHandle(actor: Actor, regionCode: string): boolean {
  return hasPermission(actor, "handle:complaint:region") && actor.regionCode !== null && isWithinRegion(actor.regionCode, regionCode);
}

/**
 * An action checked as handleComplaint would take it now, and nothing written: for an action that ends a stage for good
 * (CONFIRMED_HANDLING_INTENTS), the page asks the officer to confirm only an action that would be recorded, and shows
 * what would be (the timeline's event, and for a decision the case it opens or links). Refused, the same answer
 * handleComplaint gives. handleComplaint checks everything again when the confirmed action is posted: this answer
 * promises nothing (another officer may act in between).
 */
export async function reviewHandling(
  args: HandleComplaintArgs,
): Promise<Result<{ intent: HandlingInput["intent"]; event: Plan["event"]; /** The case it would open (NEW_CASE) or link, if any. */ case: string | null }>> {
  const prepared = await prepareHandling(args, shanghaiDate(args.now ?? new Date()));
  if (!("plan" in prepared)) return prepared;
  const { input, plan } = prepared;
  const link = plan.caseLink;
  return { ok: true, intent: input.intent, event: plan.event, case: link ? ("open" in link ? NEW_CASE : link.caseId) : null };
}

export async function handleComplaint(args: HandleComplaintArgs): Promise<HandlingResult> {
  const now = args.now ?? new Date();
  const { db, actor } = args;
  const today = shanghaiDate(now);
  const prepared = await prepareHandling(args, today);
  if (!("plan" in prepared)) return prepared;
  const { row, input } = prepared;
  const { set, event, caseLink } = prepared.plan;

  const next = { ...row, ...set };
  const deadline = currentDeadline(clockStateOf(next));
  const at = now.toISOString();

  return transact(db, async (trx) => {
    // The case holding the complaint, read where the move is written: triage may have linked it since `row` was read.
    const holder = caseLink ? await caseHolding(trx, row) : row.case_id;
    // The officer's choice, checked against `row` before, may be the case triage has linked it to since: already done.
    if (caseLink && "caseId" in caseLink && caseLink.caseId === holder) throw new Refusal(refuse("handling.case.already"));
    // Postgres: the rows this step writes, locked first in the one order of their writers (after triage's advisory
    // lock, which caseHolding takes): the complaint before cases (as triage does), then the case it is linked to and
    // the one it leaves by id (as an evaluation batch takes its cases); taken in the order of the writes, a move to a
    // case with the higher id crossed a batch updating both (40P01).
    await lockRowsInIdOrder(trx, "complaints", [row.id]);
    await lockRowsInIdOrder(trx, "inspection_cases", [caseLink && "caseId" in caseLink ? caseLink.caseId : null, holder].filter((id) => id !== null));
    let caseId = holder;
    if (caseLink && "open" in caseLink) {
      caseId = await openCaseFromComplaint(
        trx,
        { kindergartenId: row.kindergarten_id, regionCode: next.region_code, complaintId: row.id, term: termOn(row.paid_on ?? today), actorId: actor.id },
        now,
      );
    } else if (caseLink) {
      caseId = caseLink.caseId;
      await noteComplaintLinked(trx, { caseId: caseLink.caseId, complaintId: row.id, actorId: actor.id }, now);
    }
    // Linked elsewhere, a complaint leaves the case that held it (an officer's earlier link, or triage's cluster).
    if (holder && caseId && caseId !== holder) {
      await noteComplaintMoved(trx, { fromCaseId: holder, toCaseId: caseId, complaintId: row.id, actorId: actor.id }, now);
    }
    const updated = await trx
      .updateTable("complaints")
      .set({
        ...set,
        // Only a link writes the link: any other action would put back what it read, undoing a link triage made since.
        ...(caseLink ? { case_id: caseId } : {}),
        due_on: deadline?.dueOn ?? null,
        due_kind: deadline?.kind ?? null,
        due_state: deadline ? dueState(today, deadline.dueOn) : null,
        version: row.version + 1,
        updated_at: at,
      })
      .where("id", "=", row.id)
      .where("version", "=", row.version)
      .executeTakeFirst();
    // Another officer's action committed between our read and this write.
    if (Number(updated.numUpdatedRows) !== 1) throw new Refusal(fail("conflict", STALE_KEY));

    const payload = caseId !== holder && caseId ? { ...event.payload, caseId } : event.payload;
    await trx
      .insertInto("complaint_events")
      .values({
        id: newId(),
        complaint_id: row.id,
        kind: event.kind,
        actor_id: actor.id,
        party: "officer",
        payload: JSON.stringify(payload),
        public: event.public ? 1 : 0,
        created_at: at,
      })
      .execute();
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        action: `complaint.${input.intent}`,
        entity: "complaint",
        entityId: row.id,
        detail: { from: row.status, to: next.status, version: row.version + 1, ...auditDetail(input, payload) },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true as const, status: next.status, version: row.version + 1, caseId, regionCode: next.region_code };
  });
}

/**
 * The case holding the complaint now, read inside the move's transaction after taking the lock triage links this
 * kindergarten's complaints under (lockComplaintLinks): a link triage committed after `row` was read, or commits while
 * this waits, is the one the move leaves. The complaint's version does not tell: triage's link does not change it
 * (it is no officer's action, and an officer's open form stays valid).
 */
async function caseHolding(trx: Transaction<Database>, row: Complaint): Promise<string | null> {
  await lockComplaintLinks(trx, row.kindergarten_id);
  const current = await trx.selectFrom("complaints").select("case_id").where("id", "=", row.id).executeTakeFirst();
  return current ? current.case_id : row.case_id;
}

/** What the audit row keeps of an action: its choices, never the reply's text (that is in the event). */
function auditDetail(input: HandlingInput, payload: Record<string, unknown>): Record<string, unknown> {
  const keep: Record<string, unknown> = {};
  for (const key of ["ground", "toRegion", "approver", "outcome", "refundFen", "caseId"]) if (key in payload) keep[key] = payload[key];
  if ("reply" in input && input.reply) keep.replied = true;
  return keep;
}

/**
 * Everything an action is checked for before it is written (handleComplaint, reviewHandling): the complaint in the
 * actor's scope, the permission, the input's schema, the version, a lead's extension, and the action's plan for the
 * complaint as it stands. Writes nothing.
 */
async function prepareHandling(args: HandleComplaintArgs, today: string): Promise<{ row: Complaint; input: HandlingInput; plan: Plan } | Failure> {
  const { db, actor } = args;
  const row = await complaintInScope(db, actor, args.complaintId);
  if (!row) return fail("not_found", "handling.notFound");
  if (!mayHandle(actor, row.region_code)) return fail("forbidden", "handling.forbidden");

  // A page read on an older version is told so before its fields are judged, as a case's step is: the complaint has
  // moved on, and the form whose fields would be faulted may be offered no longer.
  const sentVersion = Number((args.input as { version?: unknown } | null)?.version ?? Number.NaN);
  if (Number.isSafeInteger(sentVersion) && sentVersion >= 1 && sentVersion !== row.version) return fail("conflict", STALE_KEY);
  const parsed = handlingInput.safeParse(args.input);
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const input = parsed.data;
  // Checked before the transition: on a stale page the state it shows may no longer hold.
  if (input.version !== row.version) return fail("conflict", STALE_KEY);

  // 程序规定 Art. 18: the extension is approved by the office's head, who takes the step (their name on the record).
  if (input.intent === "extend" && !mayExtendVerification(actor)) return fail("forbidden", "handling.extend.leadOnly");
  const planned = await plan(db, row, input, today, actor);
  if (!planned.ok) return planned;
  return { row, input, plan: planned.plan };
}

type Planned = { ok: true; plan: Plan } | Failure;

const refuse = (key: string): Failure => fail("conflict", key);

/** A reply sent with a decision: it is public text and answers the duty to inform from today. */
function withReply(plan: Plan, reply: string | undefined, today: string): Plan {
  if (!reply) return plan;
  return { ...plan, set: { ...plan.set, last_reply_on: today }, event: { ...plan.event, payload: { ...plan.event.payload, publicText: reply } } };
}

async function plan(db: DB, row: Complaint, input: HandlingInput, today: string, actor: Actor): Promise<Planned> {
  const isComplaint = row.track === "complaint";
  if (row.status === "closed") return refuse("handling.state.finished");
  if (row.status === "rejected" && input.intent !== "link_case" && input.intent !== "reply") return refuse("handling.state.finished");
  const ok = (p: Plan): Planned => ({ ok: true, plan: p });

  switch (input.intent) {
    case "accept":
      if (!isComplaint) return refuse("handling.track.reportNoAcceptance");
      if (row.status !== "received") return refuse("handling.state.decided");
      return ok(withReply({ set: { status: "accepted", accepted_on: today }, event: { kind: "accepted", public: true, payload: {} } }, input.reply, today));

    case "reject":
      if (!isComplaint) return refuse("handling.track.reportNoAcceptance");
      if (row.status !== "received") return refuse("handling.state.decided");
      return ok(
        withReply(
          { set: { status: "rejected", rejection_ground: input.ground, decided_on: today, finished_on: today }, event: { kind: "rejected", public: true, payload: { ground: input.ground } } },
          input.reply,
          today,
        ),
      );

    case "transfer": {
      if (row.status !== "received") return refuse("handling.transfer.decided");
      if (input.toRegion === row.region_code) return refuse("handling.transfer.same");
      const region = await db.selectFrom("regions").select(["code", "name", "level"]).where("code", "=", input.toRegion).executeTakeFirst();
      if (!region || region.level !== "district") return invalid({ toRegion: [{ key: "handling.transfer.region" }] });
      return ok({
        // The competent district's own clock starts on the day it receives the complaint (Art. 12, 14).
        set: { region_code: region.code, clock_from: today, verification_extended: 0 },
        event: {
          kind: "transferred",
          public: true,
          payload: { fromRegion: row.region_code, toRegion: region.code, toRegionName: region.name, ...(input.note ? { note: input.note } : {}) },
        },
      });
    }

    case "extend":
      if (isComplaint) return refuse("handling.track.extendReportOnly");
      if (row.status !== "received") return refuse("handling.state.decided");
      if (row.verification_extended === 1) return refuse("handling.extend.already");
      return ok({
        set: { verification_extended: 1 },
        event: { kind: "verification_extended", public: false, payload: { approver: actor.displayName, ...(input.note ? { note: input.note } : {}) } },
      });

    case "start_mediation":
      if (!isComplaint) return refuse("handling.track.mediationComplaintOnly");
      if (row.status !== "accepted") return refuse(row.status === "received" ? "handling.mediation.notAccepted" : "handling.mediation.notNow");
      return ok({ set: { status: "mediating" }, event: { kind: "mediation_started", public: true, payload: {} } });

    case "record_outcome":
      if (!isComplaint) return refuse("handling.track.mediationComplaintOnly");
      if (row.status !== "mediating" && row.status !== "accepted") return refuse(row.status === "received" ? "handling.mediation.notAccepted" : "handling.outcome.notNow");
      if (row.status === "accepted" && input.outcome === "agreement") return refuse("handling.outcome.agreementWithoutMediation");
      return ok(
        withReply(
          {
            set: {
              status: "mediation_ended",
              mediation_outcome: input.outcome,
              mediation_ended_on: today,
              refund_agreed_fen: input.outcome === "agreement" ? (input.refund ?? 0) : null,
            },
            event: {
              kind: "mediation_ended",
              public: true,
              payload: { outcome: input.outcome, ...(input.outcome === "agreement" ? { refundFen: input.refund ?? 0 } : {}) },
            },
          },
          input.reply,
          today,
        ),
      );

    case "decide": {
      if (isComplaint) return refuse("handling.track.decideReportOnly");
      if (row.status !== "received") return refuse("handling.state.decided");
      let caseLink: Plan["caseLink"];
      if (input.decision === "case_opened") {
        if (!input.caseId) return invalid({ caseId: [{ key: "handling.decision.caseRequired" }] });
        const linked = await caseChoice(db, row, input.caseId);
        if (!linked.ok) return linked;
        caseLink = linked.caseLink;
      }
      return ok(
        withReply(
          {
            set: { status: input.decision, decided_on: today },
            event: { kind: "decided", public: true, payload: { outcome: input.decision } },
            caseLink,
          },
          input.reply,
          today,
        ),
      );
    }

    case "link_case": {
      const linked = await caseChoice(db, row, input.caseId);
      if (!linked.ok) return linked;
      return ok({ set: {}, event: { kind: "case_linked", public: false, payload: {} }, caseLink: linked.caseLink });
    }

    case "reply":
      return ok(withReply({ set: {}, event: { kind: "reply", public: true, payload: {} } }, input.reply, today));

    case "close": {
      if (row.status === "received") return refuse("handling.close.undecided");
      if (row.status === "accepted" || row.status === "mediating") return refuse("handling.close.mediationOpen");
      // A duty to inform still running (Art. 21, 31): reply first.
      const running = currentDeadline(clockStateOf(row));
      if (running) return refuse("handling.close.notifyFirst");
      // The day it was finished: the complainant's contact details are kept for a retention from it (complaint-contact-retention.server.ts).
      return ok({ set: { status: "closed", finished_on: today }, event: { kind: "closed", public: true, payload: input.note ? { note: input.note } : {} } });
    }
  }
}

/** An existing case of the complaint's kindergarten, or a new one; refused when it is the one already linked. */
async function caseChoice(db: DB, row: Complaint, choice: string): Promise<{ ok: true; caseLink: NonNullable<Plan["caseLink"]> } | Failure> {
  if (choice === NEW_CASE) return { ok: true, caseLink: { open: true } };
  if (choice === row.case_id) return refuse("handling.case.already");
  const found = await caseOfKindergarten(db, choice, row.kindergarten_id);
  if (!found) return invalid({ caseId: [{ key: "handling.case.notFound" }] });
  return { ok: true, caseLink: { caseId: found.id } };
}
