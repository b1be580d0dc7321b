/**
 * An officer working an inspection case to its decision. Owns:
 * - who: officers whose district (or city) covers the case's district and who
 *   hold the step's permission (assign, handle, decide, approve an
 *   extension); outside their scope the case is "not found". Steps after
 *   assignment are the assignee's (or a lead's): a colleague reads the case
 *   but does not act on it;
 * - which steps the state allows (the table below), each refused with its
 *   reason otherwise;
 * - once per version: every step names the version it was taken on and is a
 *   compare-and-set on it (case-state.server.ts), so two officers never
 *   overwrite each other: the second is told to reload;
 * - every step is one transaction: the case (its clocks recomputed), one
 *   timeline event with the officer, one audit row;
 * - a decision or a finding is told everything that stands in its way in
 *   one answer (checkStep): the schema's field checks and the case's own
 *   together.
 *
 * | step                | permission                     | from                                          | to |
 * |---------------------|--------------------------------|-----------------------------------------------|----|
 * | take                | assign:case:region             | unassigned, any but closed                    | assigned to the actor: the assign step (open → in_progress) |
 * | assign              | assign:case:region             | any but closed                                | open → in_progress, else the same |
 * | notify              | handle:case:region             | in_progress, answered (assigned)              | awaiting_answer (answer due on a date) |
 * | record_finding      | handle:case:region             | any but closed (assigned)                     | the same |
 * | request_extension   | handle:case:region             | verification clock running, not yet extended, no request waiting (assigned) | the same (a lead's to approve) |
 * | extend_verification | approve:case-extension:region  | verification clock running, not yet extended  | the same (+15 working days; a waiting request answered, on its reason unless the lead adds one) |
 * | decline_extension   | approve:case-extension:region  | a request waiting                             | the same (the clock as it was) |
 * | register (立案)      | handle:case:region             | in_progress, awaiting_answer, answered; not registered since opened or reopened | the same (decision due in 90 days) |
 * | decide              | decide:case:region             | in_progress, awaiting_answer, answered (assigned); a penalty only when registered; a basis of the officer's agency | decided |
 * | close               | handle:case:region             | decided, and an order's proof received         | closed |
 * | reopen              | handle:case:region             | decided, closed                               | in_progress (the decision stays on the timeline) |
 */
import type { Kysely, Transaction } from "kysely";
import type { DB } from "~/db/client";
import { prepared } from "~/db/prepared";
import type { Agency, CaseStatus, Database, InspectionCasesTable } from "~/db/schema";
import { recordAudit } from "~/domain/audit/audit.server";
import { coversRegion, isWithinRegion, regionChain, scopeFor } from "~/domain/regions/region-scope";
import type { EvidenceStore } from "~/domain/evidence/evidence-store.server";
import { addEvidenceErrors, commitStaged, discardStaged, type StagingOutcome } from "~/domain/evidence/evidence-staging.server";
import { readEvidence, recordEvidence } from "~/domain/evidence/evidence.service.server";
import { enqueue } from "~/domain/outbox/outbox.server";
import { addFieldError, fail, hasErrors, invalid, issuesToFieldErrors, message, transact, type Failure, type FieldErrors, type Result } from "~/domain/result";
import { hasPermission, type Actor, type Permission } from "~/domain/users/actor";
import { addDays, isCivilDate } from "~/utils/civil-date";
import { addWorkingDays, calendarKnown, isWorkingDay, shanghaiDate, workingDayOnOrAfter } from "~/utils/working-days";
import { daysLeftOn, runningClocks } from "./case-clock";
import { isSerialNoticeKind, noticeKindOf } from "./case-notice";
import { drawNoticeNumber } from "./case-notice-number.server";
import { caseAskedAt, supplementaryAnswerIds } from "./case-answers.server";
import { caseForActor, caseReasons } from "./case.queries.server";
import { CASE_ROW_COLUMNS, caseClockStateOf, isEscalated, reopenedColumns, writeCaseStep, type CaseEvent, type CaseRow, type CaseSet } from "./case-state.server";
import {
  ANSWER_DAYS_MAX,
  basesFor,
  basisOfAgency,
  caseWorkInput,
  isDecisionBasis,
  isDecisionKind,
  isPenaltyBasis,
  MAX_FINDING_FILES,
  ORDER_DAYS_MAX,
  PENALTY_BASES,
  penaltyFieldsOf,
  ORDER_KINDS,
  UNREGISTERED_ONLY_BASES,
  type CaseIntent,
  type CaseWorkInput,
  type DecisionBasis,
  type DecisionInput,
} from "./case-work.schema";

export type StoredCase = CaseRow &
  Pick<InspectionCasesTable, "region_code" | "kindergarten_id" | "closed_on" | "decided_on" | "source"> & {
    /** The agency of the officer the case is assigned to (null: unassigned). */
    assignee_agency: string | null;
  };

export type CaseWorkResult = Result<{ status: CaseStatus; version: number }>;

const WORK_PERMISSIONS: readonly Permission[] = ["assign:case:region", "handle:case:region", "decide:case:region", "approve:case-extension:region"];

const PERMISSION_OF: Record<CaseIntent, Permission> = {
  take: "assign:case:region",
  assign: "assign:case:region",
  notify: "handle:case:region",
  record_finding: "handle:case:region",
  request_extension: "handle:case:region",
  extend_verification: "approve:case-extension:region",
  decline_extension: "approve:case-extension:region",
  register: "handle:case:region",
  decide: "decide:case:region",
  close: "handle:case:region",
  reopen: "handle:case:region",
};

/** The case as the actor may read it: null outside their scope (callers answer "not found"). */
export async function caseInScope(db: DB, actor: Actor, caseId: string): Promise<StoredCase | null> {
  const scope = scopeFor(actor, "read:case:any", "read:case:region");
  if (scope.kind === "none" || caseId.length === 0 || caseId.length > 64) return null;
  const row = await db
    .selectFrom("inspection_cases")
    .select([
      ...CASE_ROW_COLUMNS,
      "region_code",
      "kindergarten_id",
      "closed_on",
      "decided_on",
      "source",
    ])
    .select((eb) => eb.selectFrom("users").select("users.agency").whereRef("users.id", "=", "inspection_cases.assigned_to").as("assignee_agency"))
    .where("id", "=", caseId)
    .executeTakeFirst();
  return row && coversRegion(scope, row.region_code) ? row : null;
}

/** Whether the actor may take this kind of step on cases of this district. */
export function mayWork(actor: Actor, permission: Permission, regionCode: string): boolean {
  return hasPermission(actor, permission) && actor.regionCode !== null && isWithinRegion(actor.regionCode, regionCode);
}

/** Officers a case of this district can be given to by this actor: active officers of the actor's agency whose region covers it. */
export async function eligibleAssignees(db: DB, actor: Actor, regionCode: string) {
  if (!actor.agency) return [];
  // The officers whose region covers the case's: of its district, its city or its province.
  const [district, city, province] = regionChain(regionCode);
  const rows = await officersOf.execute(db, { district, city, province, agency: actor.agency });
  return rows.map((u) => ({ id: u.id, name: u.display_name }));
}

const officersOf = prepared("caseWork.officers", (db: Kysely<Database>, $: { district: string; city: string; province: string; agency: Agency }) =>
  db
    .selectFrom("users")
    .select(["id", "display_name"])
    .where("region_code", "in", [$.district, $.city, $.province])
    .where("role", "=", "officer")
    .where("agency", "=", $.agency)
    .where("active", "=", 1)
    .orderBy("username")
    .limit(200),
);

export interface WorkCaseArgs {
  db: DB;
  actor: Actor;
  caseId: string;
  /** The form's fields: intent, version and the step's own. */
  input: unknown;
  /** Evidence files of a finding, staged as they streamed in (any other step takes none). */
  files?: StagingOutcome[];
  extraFiles?: number;
  store?: EvidenceStore;
  requestId?: string | null;
  now?: Date;
}

export async function workCase(args: WorkCaseArgs): Promise<CaseWorkResult> {
  const files = args.files ?? [];
  const result = await workCaseWithFiles(args, files);
  // Whatever was not stored (a refusal, or files sent with a step that takes none) leaves the staging folder now.
  if (!result.ok || !isFinding(args.input)) await Promise.all(files.map(discardStaged));
  return result;
}

const inputIntent = (input: unknown) => (typeof input === "object" && input !== null ? (input as { intent?: unknown }).intent : undefined);
const isFinding = (input: unknown) => inputIntent(input) === "record_finding";

/** What a step, taken now, would record: the case as read, the step's input and its planned columns and event. */
type PreparedStep = { row: StoredCase; input: CaseWorkInput; planned: { set: CaseSet; event: CaseEvent } };

/**
 * A step checked as workCase would take it now, and nothing written: for a step that cannot be taken back
 * (CONFIRMED_CASE_INTENTS), the page asks the officer to confirm only a step that would be recorded, and shows what
 * would be (a decision's kind, basis and fields). Refused, the same answer workCase gives. workCase checks everything
 * again when the confirmed step is posted: this answer promises nothing (another officer may act in between).
 */
export async function reviewCaseStep(args: WorkCaseArgs): Promise<
  Result<{ intent: CaseIntent; decision: { kind: DecisionInput["kind"]; basis: DecisionBasis; detail: Record<string, unknown> } | null }>
> {
  // Nothing is stored on a review: files sent with it (no step confirmed so takes any) leave the staging folder now.
  await Promise.all((args.files ?? []).map(discardStaged));
  const prepared = await prepareStep(args, [], args.now ?? new Date());
  if (!("planned" in prepared)) return prepared;
  const { input, planned } = prepared;
  const decision =
    input.intent === "decide"
      ? { kind: input.kind, basis: input.basis, detail: JSON.parse(String(planned.set.decision_detail ?? "{}")) as Record<string, unknown> }
      : null;
  return { ok: true, intent: input.intent, decision };
}

async function workCaseWithFiles(args: WorkCaseArgs, files: StagingOutcome[]): Promise<CaseWorkResult> {
  const now = args.now ?? new Date();
  const { db, actor } = args;
  const prepared = await prepareStep(args, files, now);
  if (!("planned" in prepared)) return prepared;
  const { row, input, planned } = prepared;

  // A finding's files were checked with its fields (checkStep).
  const staged = input.intent === "record_finding" ? files.filter((f) => f.ok) : [];
  if (input.intent === "record_finding") {
    if (staged.length > 0 && !args.store) throw new Error("workCase: files without an evidence store");
    for (const file of staged) await commitStaged(args.store!, file);
  }
  const event = staged.length > 0 ? { ...planned.event, payload: { ...planned.event.payload, files: staged.length } } : planned.event;

  return transact(db, async (trx) => {
    const step = input.intent === "decide" ? await withNoticeNumber(trx, actor, input, { set: planned.set, event }) : { set: planned.set, event };
    const { version, eventId } = await writeCaseStep(trx, row, step.set, step.event, actor.id, now);
    // Every decision goes to the publication job, handed off with the decision itself: a violation's is
    // drafted for publication, and a case decided anew (a violation or not) has its earlier decision's taken down.
    if (input.intent === "decide") await enqueue(trx, "case.decided", { caseId: row.id }, now);
    for (const file of staged) {
      const evidenceId = await recordEvidence(trx, file, actor.id, now);
      await trx.insertInto("case_files").values({ case_id: row.id, evidence_id: evidenceId, party: "officer", answer_id: null, event_id: eventId, created_at: now.toISOString() }).execute();
    }
    await recordAudit(
      trx,
      {
        actorId: actor.id,
        // Taking a case is assigning it (to oneself): one kind of step on the record.
        action: `case.${input.intent === "take" ? "assign" : input.intent}`,
        entity: "inspection_case",
        entityId: row.id,
        detail: { from: row.status, to: planned.set.status ?? row.status, version, ...auditDetail(step.event) },
        requestId: args.requestId,
      },
      now,
    );
    return { ok: true as const, status: planned.set.status ?? row.status, version };
  });
}

/**
 * Everything a step is checked for before it is written (workCase, reviewCaseStep): the case in the actor's scope,
 * the permission (the step's; any step's, for an intent that is none), the version, then a decision's, a finding's or
 * a notice's refusals in one answer (checkStep), the input's schema, and the step's plan for the case as it stands.
 * Writes nothing.
 */
async function prepareStep(args: Pick<WorkCaseArgs, "db" | "actor" | "caseId" | "input" | "extraFiles">, files: StagingOutcome[], now: Date): Promise<PreparedStep | Failure> {
  const { db, actor } = args;
  const row = await caseInScope(db, actor, args.caseId);
  if (!row) return fail("not_found", "case.notFound");

  const intent = inputIntent(args.input);
  const step = typeof intent === "string" && Object.hasOwn(PERMISSION_OF, intent) ? (intent as CaseIntent) : null;
  // Without a valid intent there is no step to check the permission of: a reader who may take none is refused first.
  if (step ? !mayWork(actor, PERMISSION_OF[step], row.region_code) : !WORK_PERMISSIONS.some((p) => mayWork(actor, p, row.region_code))) {
    return fail("forbidden", "case.forbidden");
  }
  // A page read on an older version is told so before its fields are judged, whatever the step: the case has moved
  // on, and the form whose fields would be faulted may be offered no longer (a malformed version is the schema's).
  const sentVersion = Number((args.input as { version?: unknown } | null)?.version ?? Number.NaN);
  if (Number.isSafeInteger(sentVersion) && sentVersion >= 1 && sentVersion !== row.version) return fail("conflict", "case.stale");

  const parsed = caseWorkInput.safeParse(args.input);
  if (step === "decide" || step === "record_finding" || step === "notify") {
    const fieldErrors = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
    if (step === "record_finding") addEvidenceErrors(fieldErrors, files, args.extraFiles ?? 0, MAX_FINDING_FILES);
    const refused = checkStep(actor, row, step, args.input as Record<string, unknown>, fieldErrors, shanghaiDate(now));
    if (refused) return refused;
  }
  if (!parsed.success) return invalid(issuesToFieldErrors(parsed.error.issues));
  const input = parsed.data;
  // Checked before the step: on a stale page the state it shows may no longer hold.
  if (input.version !== row.version) return fail("conflict", "case.stale");

  const planned = await plan(db, actor, row, input, now);
  if (!("set" in planned)) return planned;
  return { row, input, planned };
}

/** A file of the case (the kindergarten's or an officer's), for an actor who may read the case; null otherwise. */
export async function caseFile(db: DB, store: EvidenceStore, actor: Actor, caseId: string, evidenceId: string) {
  const row = await caseInScope(db, actor, caseId);
  if (!row || evidenceId.length > 64) return null;
  const link = await db.selectFrom("case_files").select("evidence_id").where("case_id", "=", row.id).where("evidence_id", "=", evidenceId).executeTakeFirst();
  return link ? readEvidence(db, store, link.evidence_id) : null;
}

/** What the audit row keeps of a step: its choices, not its free text (that is on the timeline). */
function auditDetail(event: CaseEvent): Record<string, unknown> {
  const keep: Record<string, unknown> = {};
  for (const key of ["assignee", "answerDueOn", "kind", "basis", "sanction", "byDate", "amountFen", "families", "article", "documentNo", "noticeNo", "files"]) {
    if (key in event.payload) keep[key] = event.payload[key];
  }
  return keep;
}

type Planned = { set: CaseSet; event: CaseEvent } | Failure;

const refuse = (key: string): Failure => fail("conflict", key);
const WORKING: readonly CaseStatus[] = ["in_progress", "awaiting_answer", "answered"];

/** Who may take the step on the case as it stands, before anything the step carries: null when nothing stands in the way. */
function gate(actor: Actor, row: StoredCase, intent: CaseIntent): Failure | null {
  if (row.status === "closed" && intent !== "reopen") return refuse("case.state.closed");
  // An assigned case is its agency's: another agency's officer or lead can neither take it over nor work it.
  if (!ofAssigneesAgency(actor, row)) return fail("forbidden", "case.otherAgency");
  // After assignment, the case is the assignee's to work (a lead of its agency may step in).
  const mine = row.assigned_to === actor.id || actor.lead === true;
  // Assigning (oneself included) and answering an extension are a lead's, whoever has the case.
  if (intent !== "take" && intent !== "assign" && intent !== "extend_verification" && intent !== "decline_extension") {
    if (row.assigned_to === null) return refuse("case.state.unassigned");
    if (!mine) return fail("forbidden", "case.notAssignee");
  }
  return null;
}

async function plan(db: DB, actor: Actor, row: StoredCase, input: CaseWorkInput, now: Date): Promise<Planned> {
  const today = shanghaiDate(now);
  const refused = gate(actor, row, input.intent);
  if (refused) return refused;

  switch (input.intent) {
    case "take":
      // An unassigned case only: taking a colleague's is a reassignment, the assign step's to decide.
      if (row.assigned_to !== null) return refuse("case.take.assigned");
      // Whoever holds assign:case:region over the case's district is one of its eligibleAssignees (an active officer
      // of an agency that works cases, whose region covers it): no list to look the actor up in.
      return assignmentTo(row, { id: actor.id, name: actor.displayName }, now);

    case "assign": {
      if (!mayReassign(actor, row)) return fail("forbidden", "case.spotCheck.leadReassigns");
      if (input.assignee === row.assigned_to) return refuse("case.assign.same");
      const eligible = await eligibleAssignees(db, actor, row.region_code);
      const to = eligible.find((u) => u.id === input.assignee);
      if (!to) return invalid({ assignee: [{ key: "case.assignee.notEligible" }] });
      return assignmentTo(row, to, now);
    }

    case "notify":
      // Its date was checked with its fields (checkStep, deadlineIssues).
      if (!mayNotify(row)) return refuse("case.state.notifyNotNow");
      return {
        set: { status: "awaiting_answer", notified_at: now.toISOString(), answer_due_on: input.answerDueOn },
        event: { kind: "kindergarten_notified", payload: { answerDueOn: input.answerDueOn } },
      };

    case "record_finding":
      // Its date was checked with its fields (checkStep, findingIssues).
      return {
        set: {},
        event: {
          kind: input.inspectedOn ? "inspection_recorded" : "finding_recorded",
          payload: { note: input.note, ...(input.inspectedOn ? { inspectedOn: input.inspectedOn, inspectors: input.inspectors } : {}) },
        },
      };

    case "request_extension":
      if (!verifying(row)) return refuse("case.extend.notVerifying");
      if (row.verification_extended === 1) return refuse("case.extend.already");
      if (row.extension_requested_at !== null) return refuse("case.extend.requestWaiting");
      return { set: { extension_requested_at: now.toISOString() }, event: { kind: "extension_requested", payload: { reason: input.reason } } };

    case "extend_verification": {
      if (!verifying(row)) return refuse("case.extend.notVerifying");
      if (row.verification_extended === 1) return refuse("case.extend.already");
      const requested = row.extension_requested_at !== null;
      // Unasked, the lead gives the reason; asked, the request's reason stands (the event says it was the request
      // that was approved, and by whom), and the lead's own words are added only if given.
      if (!requested && input.reason === undefined) return invalid({ reason: [{ key: "case.reason.required" }] });
      return {
        set: { verification_extended: 1, extension_requested_at: null },
        event: { kind: "verification_extended", payload: { ...(input.reason === undefined ? {} : { reason: input.reason }), approvedBy: actor.displayName, requested } },
      };
    }

    case "decline_extension":
      if (row.extension_requested_at === null) return refuse("case.extend.noRequest");
      return { set: { extension_requested_at: null }, event: { kind: "extension_declined", payload: { reason: input.reason, declinedBy: actor.displayName } } };

    case "register":
      if (!WORKING.includes(row.status)) return refuse("case.state.registerNotNow");
      if (isRegistered(row)) return refuse("case.register.already");
      return { set: { registered_on: today }, event: { kind: "registered", payload: input.note ? { note: input.note } : {} } };

    case "decide":
      return planDecision(row, input, today, actor.id);

    case "close":
      if (row.status !== "decided") return refuse("case.close.undecided");
      if (row.follow_up_due_on !== null && row.proof_received_at === null) return refuse("case.close.awaitingProof");
      return { set: { status: "closed", closed_on: today }, event: { kind: "closed", payload: input.note ? { note: input.note } : {} } };

    case "reopen":
      if (row.status !== "decided" && row.status !== "closed") return refuse("case.reopen.notSettled");
      return {
        set: reopenedColumns(today, "in_progress"),
        event: { kind: "reopened", payload: { reason: input.reason, previousDecision: row.decision_kind } },
      };
  }
}

/** The assignment step's columns and event, to an officer the caller found eligible (assign, take). */
function assignmentTo(row: StoredCase, to: { id: string; name: string }, now: Date): Planned {
  return {
    set: { assigned_to: to.id, assigned_at: now.toISOString(), ...(row.status === "open" ? { status: "in_progress" as const } : {}) },
    event: { kind: row.assigned_to ? "reassigned" : "assigned", payload: { assignee: to.id, assigneeName: to.name, previous: row.assigned_to } },
  };
}

/**
 * Whether the actor is of the agency that holds the case: any agency's officer may take an unassigned case, which
 * is then its assignee's agency's (market supervision decides under the price law, education under its own texts).
 */
const ofAssigneesAgency = (actor: Actor, row: StoredCase) => row.assigned_to === null || row.assignee_agency === actor.agency;

/** A spot-check case goes to the inspector the draw chose: only a lead may give it to someone else (双随机's point). */
const mayReassign = (actor: Actor, row: StoredCase) => row.source !== "spot_check" || row.assigned_to === null || actor.lead === true;

/** Registered (立案) and not reopened since (a reopened case is reviewed anew). */
const isRegistered = (row: CaseRow) => row.registered_on !== null && (row.reopened_on === null || row.registered_on >= row.reopened_on);

/** The kindergarten can be asked to answer while the case is worked and not waiting for its answer already. */
const mayNotify = (row: CaseRow) => row.status === "in_progress" || row.status === "answered";

const verifying = (row: CaseRow) => runningClocks(caseClockStateOf(row)).some((c) => c.kind === "verify");

/**
 * Everything that stands in the way of a step with fields the case judges (a decision, a finding, a notice's answer
 * date), in one answer, so
 * that the officer fixes it all in one round: first what no field can fix (the case's agency, assignee and state;
 * the permission and a page read on an older version were prepareStep's), then every field's mistakes together: `fieldErrors` (the schema's,
 * what the form lacks or holds malformed, and a finding's files) with the case's own checks (`decisionIssues`,
 * `findingIssues`), which read the form as sent and so run whether or not the schema passed. Null when the step may
 * be planned.
 */
function checkStep(
  actor: Actor,
  row: StoredCase,
  intent: "decide" | "record_finding" | "notify",
  raw: Record<string, unknown>,
  fieldErrors: FieldErrors,
  today: string,
): Failure | null {
  const refused = gate(actor, row, intent);
  if (refused) return refused;
  if (intent === "decide" && !WORKING.includes(row.status)) return refuse("case.state.decideNotNow");
  if (intent === "notify" && !mayNotify(row)) return refuse("case.state.notifyNotNow");
  const errors: FieldErrors = { ...fieldErrors };
  const own =
    intent === "decide"
      ? decisionIssues(row, raw, today, actor.agency)
      : intent === "notify"
      ? deadlineIssues("answerDueOn", sentText(raw, "answerDueOn"), today, ANSWER_DAYS_MAX)
      : findingIssues(row, raw, today);
  for (const [field, messages] of Object.entries(own)) {
    for (const m of messages) if (!errors[field]?.some((e) => e.key === m.key)) addFieldError(errors, field, m);
  }
  return hasErrors(errors) ? invalid(errors) : null;
}

/** A sent field's text, trimmed; empty when it was not sent as text. */
const sentText = (raw: Record<string, unknown>, field: string) => (typeof raw[field] === "string" ? (raw[field] as string).trim() : "");

/**
 * A date an officer sets the kindergarten (the answer to a notice, an order's proof), as sent: after today and within
 * `maxDays`, on a working day. Legal deadlines are counted in working days, and a deadline ending on a weekend or a
 * public holiday ends on the next working day (民法典 Art. 203; 行政处罚法 Art. 85 counts in working days): a date on a
 * rest day would tell the kindergarten one day while the law holds another, so it is refused with the working day it
 * would end on (estimated from the statutory holidays, and said so, in a year whose holiday notice is not published
 * yet). The latest day allowed is itself moved so, so that day is always allowed.
 */
function deadlineIssues(field: "answerDueOn" | "byDate", date: string, today: string, maxDays: number): FieldErrors {
  const errors: FieldErrors = {};
  if (!isCivilDate(date)) return errors;
  if (date <= today || date > workingDayOnOrAfter(addDays(today, maxDays))) addFieldError(errors, field, message(`case.${field}.range`, { max: maxDays }));
  else if (!isWorkingDay(date)) {
    const next = addWorkingDays(date, 1).date;
    addFieldError(errors, field, message(calendarKnown(date) ? "case.deadline.restDay" : "case.deadline.restDayEstimated", { date, next }));
  }
  return errors;
}

/**
 * The case's own check of a finding, over the form as sent: an on-site inspection is dated neither after today nor
 * before the case was opened (a typo such as 1999-01-01 would stand on the record).
 */
function findingIssues(row: CaseRow, raw: Record<string, unknown>, today: string): FieldErrors {
  const errors: FieldErrors = {};
  const inspectedOn = sentText(raw, "inspectedOn");
  const openedOn = caseClockStateOf(row).openedOn;
  if (isCivilDate(inspectedOn) && inspectedOn > today) addFieldError(errors, "inspectedOn", message("case.inspectedOn.future"));
  else if (isCivilDate(inspectedOn) && inspectedOn < openedOn) addFieldError(errors, "inspectedOn", message("case.inspectedOn.beforeOpened", { date: openedOn }));
  return errors;
}

/**
 * The case's own checks of a decision, over the form as sent (strings; a value that is not what its field takes is the
 * schema's to tell, and is not compared here): a penalty only once registered; a basis of the deciding officer's
 * agency (market supervision applies the price law, both 学前教育法 Art. 79), and not "no case opened" on a registered
 * case; a penalty's amount and article as its basis takes them (a fine's amount required, a warning's optional; the
 * article of 价格违法行为行政处罚规定 required under the price law, refused under 学前教育法); an order's date ahead, within a year
 * and on a working day (deadlineIssues);
 * a decision date neither in the future nor before the registration.
 */
function decisionIssues(row: CaseRow, raw: Record<string, unknown>, today: string, agency: Agency | null): FieldErrors {
  const errors: FieldErrors = {};
  const sent = (field: string) => sentText(raw, field);
  const sentKind = sent("kind");
  const sentBasis = sent("basis");
  const kind = isDecisionKind(sentKind) ? sentKind : null;
  const basis: DecisionBasis | null = isDecisionBasis(sentBasis) ? sentBasis : null;
  const registered = isRegistered(row);
  if (kind === "penalty" && !registered) addFieldError(errors, "kind", message("case.decide.penaltyUnregistered"));
  if (basis !== null && !basisOfAgency(basis, agency)) addFieldError(errors, "basis", message("case.basis.otherAgency"));
  else if (basis !== null && registered && UNREGISTERED_ONLY_BASES.includes(basis)) addFieldError(errors, "basis", message("case.basis.registered"));
  if (kind === "penalty") {
    // The penalty's amount and article as its basis takes them; with no basis of a penalty sent, as every basis the
    // agency may cite takes them (what all of them require is missing whichever is chosen).
    const bases = basis !== null && isPenaltyBasis(basis) ? [basis] : basesFor("penalty", registered, agency).filter(isPenaltyBasis);
    const rules = bases.map(penaltyFieldsOf);
    if (rules.length > 0 && rules.every((r) => r.amount === "required") && sent("amount") === "") addFieldError(errors, "amount", message("case.amount.fineRequired"));
    if (rules.length > 0 && rules.every((r) => r.article === "required") && sent("article") === "") addFieldError(errors, "article", message("case.article.required"));
    if (rules.length > 0 && rules.every((r) => r.article === "refused") && sent("article") !== "") addFieldError(errors, "article", message("case.article.notOfBasis"));
  }
  if (kind !== null && (ORDER_KINDS as readonly string[]).includes(kind)) Object.assign(errors, deadlineIssues("byDate", sent("byDate"), today, ORDER_DAYS_MAX));
  const decisionDate = sent("decisionDate");
  if (isCivilDate(decisionDate) && decisionDate > today) addFieldError(errors, "decisionDate", message("case.decisionDate.future"));
  // A penalty is decided on a registered case: not on a day before it was registered.
  else if (isCivilDate(decisionDate) && row.registered_on !== null && decisionDate < row.registered_on) {
    addFieldError(errors, "decisionDate", message("case.decisionDate.beforeRegistration", { date: row.registered_on }));
  }
  return errors;
}

/** The decision's columns and event; its checks were made before (checkStep). */
function planDecision(row: StoredCase, input: DecisionInput, today: string, actorId: string): Planned {
  if (!WORKING.includes(row.status)) return refuse("case.state.decideNotNow");
  const isOrder = (ORDER_KINDS as readonly string[]).includes(input.kind);
  const detail = {
    ...(input.note ? { note: input.note } : {}),
    ...(isOrder ? { byDate: input.byDate } : {}),
    ...(input.amount !== undefined ? { amountFen: input.amount } : {}),
    ...(input.families !== undefined ? { families: input.families } : {}),
    // What the penalty is (a fine, or a warning) goes with it: its amount reads as a fine or as the illegal gains confiscated.
    ...(input.kind === "penalty" && isPenaltyBasis(input.basis) ? { sanction: PENALTY_BASES[input.basis].sanction } : {}),
    ...(input.kind === "penalty" ? { article: input.article, documentNo: input.documentNo, decisionDate: input.decisionDate } : {}),
    ...(input.kind === "referred" ? { authority: input.authority } : {}),
  };
  return {
    set: {
      status: "decided",
      decision_kind: input.kind,
      decision_basis: input.basis,
      decision_detail: JSON.stringify(detail),
      decided_on: today,
      decided_by: actorId,
      follow_up_due_on: isOrder ? (input.byDate ?? null) : null,
      proof_received_at: null,
      // Decided within the clock: an extension asked for is no longer needed.
      extension_requested_at: null,
    },
    event: { kind: "decided", payload: { kind: input.kind, basis: input.basis, ...detail } },
  };
}

/**
 * A decision whose notice is numbered from its authority's series (SERIAL_NOTICE_KINDS: every kind but a penalty's,
 * each kind its own series), with its number drawn, in the decision's transaction and before the case's row is
 * written: the number is kept in the decision's detail (the notice prints it, a reprint too) and on its timeline event
 * and audit row. The authority is the deciding officer's region and agency, which the notice names (noticeRecord).
 */
async function withNoticeNumber(trx: Transaction<Database>, actor: Actor, input: DecisionInput, step: { set: CaseSet; event: CaseEvent }) {
  const kind = noticeKindOf(input.kind, input.basis);
  if (!isSerialNoticeKind(kind) || actor.regionCode === null || typeof step.set.decided_on !== "string" || typeof step.set.decision_detail !== "string") return step;
  const noticeNo = await drawNoticeNumber(trx, { regionCode: actor.regionCode, agency: actor.agency }, kind, Number(step.set.decided_on.slice(0, 4)));
  const detail = { ...(JSON.parse(step.set.decision_detail) as Record<string, unknown>), noticeNo };
  return { set: { ...step.set, decision_detail: JSON.stringify(detail) }, event: { ...step.event, payload: { ...step.event.payload, noticeNo } } };
}

/** The steps the case page offers this actor now (workCase decides again on post). */
export function stepsFor(actor: Actor, row: StoredCase): CaseIntent[] {
  if (!ofAssigneesAgency(actor, row)) return [];
  const may = (p: Permission) => mayWork(actor, p, row.region_code);
  const mine = row.assigned_to === actor.id || actor.lead === true;
  const working = WORKING.includes(row.status);
  const registered = isRegistered(row);
  const extendable = verifying(row) && row.verification_extended === 0;
  const approves = may("approve:case-extension:region");
  const steps: CaseIntent[] = [];
  if (row.status !== "closed" && row.assigned_to === null && may("assign:case:region")) steps.push("take");
  if (row.status !== "closed" && may("assign:case:region") && mayReassign(actor, row)) steps.push("assign");
  if (extendable && approves) steps.push("extend_verification");
  if (row.extension_requested_at !== null && approves) steps.push("decline_extension");
  // Whoever may extend has no one to ask.
  if (extendable && row.extension_requested_at === null && !approves && row.assigned_to !== null && mine && may("handle:case:region")) steps.push("request_extension");
  if (row.assigned_to === null || !mine) return steps;
  if ((row.status === "in_progress" || row.status === "answered") && may("handle:case:region")) steps.push("notify");
  if (row.status !== "closed" && may("handle:case:region")) steps.push("record_finding");
  if (working && !registered && may("handle:case:region")) steps.push("register");
  if (working && may("decide:case:region")) steps.push("decide");
  if (row.status === "decided" && (row.follow_up_due_on === null || row.proof_received_at !== null) && may("handle:case:region")) steps.push("close");
  if ((row.status === "decided" || row.status === "closed") && may("handle:case:region")) steps.push("reopen");
  return steps;
}

const userName = prepared("caseWork.userName", (db: Kysely<Database>, $: { id: string }) => db.selectFrom("users").select(["id", "display_name"]).where("id", "=", $.id));

const caseAnswers = prepared("caseWork.answers", (db: Kysely<Database>, $: { caseId: string }) =>
  db
    .selectFrom("case_answers as a")
    .leftJoin("fee_filings as f", "f.id", "a.correction_filing_id")
    .select(["a.id", "a.kind", "a.submitted_at", "a.explanation", "a.refund_fen", "a.refund_families", "f.version as correction_version", "f.term as correction_term"])
    .select((eb) => eb.selectFrom("case_files as cf").select((e) => e.fn.countAll<number>().as("n")).whereRef("cf.answer_id", "=", "a.id").as("files"))
    .where("a.case_id", "=", $.caseId)
    .orderBy("a.submitted_at")
    .orderBy("a.id")
    .limit(100),
);

const caseFileList = prepared("caseWork.files", (db: Kysely<Database>, $: { caseId: string }) =>
  db
    .selectFrom("case_files as cf")
    .innerJoin("evidence_files as e", "e.id", "cf.evidence_id")
    .select(["cf.evidence_id", "cf.party", "cf.answer_id", "cf.event_id", "e.original_name", "e.media_type", "e.byte_size"])
    .where("cf.case_id", "=", $.caseId)
    .orderBy("cf.created_at")
    .orderBy("cf.evidence_id")
    .limit(200),
);

/** What the case page needs to work the case: the steps, the officers it can go to, the clocks, the kindergarten's answers. */
export async function caseWorkView(db: DB, actor: Actor, caseId: string, now: Date = new Date()) {
  const row = await caseInScope(db, actor, caseId);
  return row ? caseWorkOf(db, actor, row, now) : null;
}

/** The case page: the case with its reasons (case.queries.server.ts) and the actor's work on it, the case read once. */
export async function caseView(db: DB, actor: Actor, caseId: string, now: Date = new Date()) {
  const found = await caseForActor(db, actor, caseId);
  if (!found) return null;
  const [reasons, work] = await Promise.all([caseReasons(db, found), caseWorkOf(db, actor, found, now)]);
  return { case: found, ...reasons, work };
}

/** caseWorkView of a case already read, and in the actor's scope. */
async function caseWorkOf(db: DB, actor: Actor, row: StoredCase, now: Date) {
  const steps = stepsFor(actor, row);
  const [assignees, assignee, answers, files, askedAt] = await Promise.all([
    steps.includes("assign") ? eligibleAssignees(db, actor, row.region_code) : Promise.resolve([]),
    row.assigned_to ? userName.executeTakeFirst(db, { id: row.assigned_to }) : Promise.resolve(undefined),
    caseAnswers.execute(db, { caseId: row.id }),
    caseFileList.execute(db, { caseId: row.id }),
    caseAskedAt(db, row.id),
  ]);
  const supplementary = supplementaryAnswerIds(answers, askedAt);
  const today = shanghaiDate(now);
  return {
    version: row.version,
    steps,
    assignees,
    assignee: assignee ? { id: assignee.id, name: assignee.display_name } : null,
    clocks: runningClocks(caseClockStateOf(row)).map((c) => ({ ...c, ...daysLeftOn(today, c.kind, c.dueOn) })),
    /** The day the clocks' days were counted on (a clock with no working day left is overdue, due today or not yet due by it). */
    today,
    /** When the sweep escalated the case, while that escalation is in force (isEscalated); null once decided. */
    escalatedAt: isEscalated(row) ? row.escalated_at : null,
    /** Registered (立案) and not reopened since: a decision can no longer say no case was opened. */
    registered: isRegistered(row),
    /** The actor's agency, whose texts a decision of theirs cites (the bases and the penalty article offered). */
    agency: actor.agency,
    /** Whether the actor may open the complaints a case was opened from (education officers read cases, not complaints). */
    readsComplaints: hasPermission(actor, "read:complaint:region") || hasPermission(actor, "read:complaint:any"),
    /**
     * A decision's order whose proof has not arrived: the day it is due by (the case is closed only once it arrives,
     * and the deadline sweep reopens it if it has not by then); null otherwise. Said on the page, where no 结案 is offered.
     */
    awaitingProofUntil: row.status === "decided" && row.follow_up_due_on !== null && row.proof_received_at === null ? row.follow_up_due_on : null,
    /** The civil day (Asia/Shanghai) the assignee asked for the extension a lead has not answered yet; null when none waits. */
    extensionRequestedOn: row.extension_requested_at ? shanghaiDate(new Date(row.extension_requested_at)) : null,
    /** Each answer, with whether it adds to one already sent to the same question (补充说明). */
    answers: answers.map((a) => ({ ...a, files: Number(a.files ?? 0), supplementary: supplementary.has(a.id) })),
    files: files.map((f) => ({ evidenceId: f.evidence_id, party: f.party, answerId: f.answer_id, eventId: f.event_id, name: f.original_name, mediaType: f.media_type, bytes: f.byte_size })),
  };
}

/** The most cases one bulk assignment takes (a queue page at its largest). */
export const BULK_ASSIGN_MAX = 100;

/**
 * Assign many cases to one officer (the queue's bulk assignment): each case
 * as the single step would do it, on the version read just before, in its own
 * transaction, so one case changed meanwhile or not assignable is skipped
 * with its reason and the others still go through.
 */
export async function assignCases(args: {
  db: DB;
  actor: Actor;
  caseIds: readonly string[];
  assignee: string;
  requestId?: string | null;
  now?: Date;
}): Promise<Result<{ assigned: string[]; skipped: Array<{ id: string; reason: string }> }>> {
  const ids = [...new Set(args.caseIds)];
  if (ids.length === 0) return invalid({ caseIds: [{ key: "case.bulk.none" }] });
  if (ids.length > BULK_ASSIGN_MAX) return invalid({ caseIds: [{ key: "case.bulk.tooMany", vars: { max: BULK_ASSIGN_MAX } }] });
  const assigned: string[] = [];
  const skipped: Array<{ id: string; reason: string }> = [];
  for (const id of ids) {
    const row = await caseInScope(args.db, args.actor, id);
    const result = row
      ? await workCase({ ...args, caseId: id, input: { intent: "assign", version: String(row.version), assignee: args.assignee } })
      : fail("not_found", "case.notFound");
    if (result.ok) assigned.push(id);
    else skipped.push({ id, reason: result.formErrors[0]?.key ?? Object.values(result.fieldErrors)[0]?.[0]?.key ?? result.kind });
  }
  // Nothing assignable to this officer at all (wrong permission or assignee): the request itself is refused.
  if (assigned.length === 0 && skipped.every((s) => s.reason === "case.forbidden")) return fail("forbidden", "case.forbidden");
  return { ok: true, assigned, skipped };
}
