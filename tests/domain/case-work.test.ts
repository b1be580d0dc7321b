/**
 * Working an inspection case in the domain: the whole lifecycle (assign,
 * notify, the kindergarten's answer, registration, a refund order, its proof
 * or its lapse, close, reopen), every refusal (state, permission, scope,
 * assignee, stale version), the clocks across the 2026 National Day holiday,
 * and the deadline sweep (due soon, overdue, escalated once, an unproven
 * order reopened), idempotent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/domain/users/actor";
import { answerCase, kindergartenCase, kindergartenCases } from "~/domain/cases/case-kindergarten.server";
import { sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import { assignCases, BULK_ASSIGN_MAX, caseWorkView, reviewCaseStep, workCase } from "~/domain/cases/case-work.server";
import { currentCaseDeadline, daysLeftOn } from "~/domain/cases/case-clock";
import { basesFor } from "~/domain/cases/case-work.schema";
import { localDirectoryStore } from "~/domain/evidence/evidence-store.server";
import { translate } from "~/i18n";
import { addDays } from "~/utils/civil-date";
import { addWorkingDays } from "~/utils/working-days";
import { atNoon } from "../factories/complaint-handling";
import { createActor, createKindergarten, HAISHU, insertCase, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let officer: Actor;
let colleague: Actor;
let lead: Actor;
let cityLead: Actor;
let jiangbei: Actor;
let ndrc: Actor;
let operator: Actor;
let otherOperator: Actor;
let kg: { id: string; region_code: string };

/** A Tuesday before the 2026 Mid-Autumn (Fri Sep 25) and National Day (Oct 1–7, make-up Saturday Oct 10) holidays. */
const DAY0 = "2026-09-22";
const T0 = atNoon(DAY0);
const store = localDirectoryStore("/tmp/case-work-test-evidence");

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  kg = await createKindergarten(t.db, { name: "海曙春芽幼儿园", region_code: HAISHU });
  const other = await createKindergarten(t.db, { name: "海曙晨星幼儿园", region_code: HAISHU });
  officer = await createActor(t.db, "officer", { regionCode: HAISHU });
  colleague = await createActor(t.db, "officer", { regionCode: HAISHU });
  lead = await createActor(t.db, "officer", { regionCode: HAISHU, lead: true });
  cityLead = await createActor(t.db, "officer", { regionCode: NINGBO, lead: true });
  jiangbei = await createActor(t.db, "officer", { regionCode: JIANGBEI });
  ndrc = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "development_reform" });
  operator = await createActor(t.db, "operator", { regionCode: HAISHU, kindergartenId: kg.id });
  otherOperator = await createActor(t.db, "operator", { regionCode: HAISHU, kindergartenId: other.id });
});

afterAll(async () => {
  await t?.destroy();
});

const newCase = () => insertCase(t.db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "red", dueDate: addWorkingDays(DAY0, 15).date, openedAt: T0.toISOString() });
const row = (id: string) => t.db.selectFrom("inspection_cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const eventKinds = async (id: string) =>
  (await t.db.selectFrom("case_events").select("kind").where("case_id", "=", id).orderBy("created_at").orderBy("id").execute()).map((e) => e.kind);

async function step(actor: Actor, caseId: string, input: Record<string, unknown>, now = T0) {
  const { version } = await row(caseId);
  return workCase({ db: t.db, actor, caseId, input: { version: String(version), ...input }, now });
}
async function answer(actor: Actor, caseId: string, input: Record<string, unknown>, now = T0) {
  const { version } = await row(caseId);
  return answerCase({ db: t.db, store, actor, caseId, input: { version: String(version), ...input }, files: [], extraFiles: 0, now });
}
const ok = (r: { ok: boolean }) => expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
const refused = (r: unknown, kind: string, key: string) => {
  expect(r).toMatchObject({ ok: false, kind });
  expect(JSON.stringify(r)).toContain(key);
};

describe("a case from opening to a refund order proven and closed", () => {
  it("assigns, notifies, takes the answer, registers, decides, takes the proof and closes, each step on the timeline", async () => {
    const id = await newCase();
    ok(await step(officer, id, { intent: "assign", assignee: officer.id }));
    expect(await row(id)).toMatchObject({ status: "in_progress", assigned_to: officer.id, version: 2, due_kind: "verify" });

    // Nothing reaches the kindergarten before the notice.
    expect(await kindergartenCases(t.db, operator)).toEqual([]);
    const answerBy = addWorkingDays(DAY0, 5).date;
    ok(await step(officer, id, { intent: "notify", answerDueOn: answerBy }));
    expect(await row(id)).toMatchObject({ status: "awaiting_answer", answer_due_on: answerBy, due_kind: "answer", due_date: answerBy });
    const listed = await kindergartenCases(t.db, operator, T0);
    expect(listed).toMatchObject([{ id, todo: "answer", answerDueOn: answerBy, overdue: false }]);
    // The day after the date to answer by, the kindergarten's list and page say it is overdue.
    const dayAfter = atNoon(addDays(answerBy, 1));
    expect(await kindergartenCases(t.db, operator, dayAfter)).toMatchObject([{ id, overdue: true }]);
    expect(await kindergartenCase(t.db, operator, id, dayAfter)).toMatchObject({ todo: "answer", overdue: true });
    expect(await kindergartenCases(t.db, otherOperator)).toEqual([]);
    expect(await kindergartenCase(t.db, otherOperator, id)).toBeNull();

    ok(await answer(operator, id, { explanation: "已按指导价重新公示并退还多收部分。", refundAmount: "1200", refundFamilies: "3" }));
    expect(await row(id)).toMatchObject({ status: "answered", due_kind: "verify" });

    ok(await step(officer, id, { intent: "register", note: "立案调查" }));
    const registered = await row(id);
    expect(registered).toMatchObject({ registered_on: DAY0, due_kind: "decision", due_date: addDays(DAY0, 90) });

    const byDate = addDays(DAY0, 30);
    ok(await step(officer, id, { intent: "decide", kind: "refund_ordered", basis: "price-penalty-art16", byDate, amount: "24000", families: "20" }));
    expect(await row(id)).toMatchObject({ status: "decided", decision_kind: "refund_ordered", follow_up_due_on: byDate, due_kind: "follow_up", decided_by: officer.id });
    refused(await step(officer, id, { intent: "close" }), "conflict", "case.close.awaitingProof");

    const seen = await kindergartenCase(t.db, operator, id);
    expect(seen).toMatchObject({ todo: "proof", decision: { kind: "refund_ordered", detail: { byDate, amountFen: 2_400_000, families: 20 } } });
    ok(await answer(operator, id, { explanation: "已全部退还，附银行回单。", refundAmount: "24000", refundFamilies: "20" }));
    expect(await row(id)).toMatchObject({ status: "decided", due_kind: null });
    ok(await step(officer, id, { intent: "close", note: "退款凭证核实无误" }));
    expect(await row(id)).toMatchObject({ status: "closed", closed_on: DAY0 });
    expect(await eventKinds(id)).toEqual(["assigned", "kindergarten_notified", "kindergarten_answered", "registered", "decided", "proof_received", "closed"]);
    const audits = await t.db.selectFrom("audit_log").select("action").where("entity_id", "=", id).execute();
    expect(audits.map((a) => a.action).sort()).toEqual(["case.answer", "case.assign", "case.close", "case.decide", "case.notify", "case.proof", "case.register"].sort());
  });
});

describe("refusals", () => {
  it("no step but assignment on an unassigned case, no closing without a decision, no penalty before registration", async () => {
    const id = await newCase();
    refused(await step(officer, id, { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "核查无违规" }), "conflict", "case.state.unassigned");
    ok(await step(officer, id, { intent: "assign", assignee: officer.id }));
    refused(await step(officer, id, { intent: "close" }), "conflict", "case.close.undecided");
    // Told beside the decision's other mistakes (a field message on its kind), not alone as a conflict.
    refused(
      await step(officer, id, { intent: "decide", kind: "penalty", basis: "price-penalty-art9", amount: "50000", article: "art9", documentNo: "甬海市监罚〔2026〕1号", decisionDate: DAY0 }),
      "invalid",
      "case.decide.penaltyUnregistered",
    );
    // A basis that does not fit the decision, and an order without its date: field errors.
    refused(await step(officer, id, { intent: "decide", kind: "rectification_ordered", basis: "price-law-art41" }), "invalid", "case.decision.basisMismatch");
    refused(await step(officer, id, { intent: "decide", kind: "rectification_ordered", basis: "price-law-art39" }), "invalid", "case.byDate.required");
    // Everything a refund order lacks is told in one answer, its basis with its date, amount and families.
    const lacking = await step(officer, id, { intent: "decide", kind: "refund_ordered" });
    for (const key of ["case.decision.basis", "case.byDate.required", "case.amount.required", "case.families.required"]) refused(lacking, "invalid", key);
    // An on-site inspection names who made it.
    refused(await step(officer, id, { intent: "record_finding", note: "现场检查收费公示栏", inspectedOn: DAY0 }), "invalid", "case.inspectors.required");
    // Registered today, a penalty cannot be dated before.
    ok(await step(officer, id, { intent: "register" }, atNoon(addDays(DAY0, 3))));
    refused(
      await step(officer, id, { intent: "decide", kind: "penalty", basis: "price-penalty-art9", amount: "50000", article: "art9", documentNo: "甬海市监罚〔2026〕1号", decisionDate: DAY0 }, atNoon(addDays(DAY0, 3))),
      "invalid",
      "case.decisionDate.beforeRegistration",
    );
    // Registered, a case can no longer be decided as "no case opened" (程序规定 Art. 20), and the form no longer offers it.
    refused(await step(officer, id, { intent: "decide", kind: "minor_corrected", basis: "procedure-art20", note: "已改正" }, atNoon(addDays(DAY0, 3))), "invalid", "case.basis.registered");
    refused(await step(officer, id, { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "无违规" }, atNoon(addDays(DAY0, 3))), "invalid", "case.basis.registered");
    expect((await caseWorkView(t.db, officer, id, T0))!.registered).toBe(true);
    expect(basesFor("no_violation", true, "market")).toEqual(["penalty-law-art57"]);
    expect(basesFor("minor_corrected", true, "market")).toEqual(["penalty-law-art33"]);
    expect(await row(id)).toMatchObject({ status: "in_progress", decision_kind: null });
  });

  it("after assignment only the assignee (or a lead) acts; a colleague may be given the case", async () => {
    const id = await newCase();
    ok(await step(officer, id, { intent: "assign", assignee: officer.id }));
    refused(await step(colleague, id, { intent: "notify", answerDueOn: addWorkingDays(DAY0, 5).date }), "forbidden", "case.notAssignee");
    ok(await step(officer, id, { intent: "assign", assignee: colleague.id }));
    ok(await step(colleague, id, { intent: "notify", answerDueOn: addWorkingDays(DAY0, 5).date }));
    // Not before the case was opened (a mistyped year would stand on the record).
    refused(await step(lead, id, { intent: "record_finding", note: "现场检查", inspectedOn: addDays(DAY0, -1), inspectors: "张三、李四" }), "invalid", "case.inspectedOn.beforeOpened");
    ok(await step(lead, id, { intent: "record_finding", note: "现场检查收费公示栏", inspectedOn: DAY0, inspectors: "张三、李四" }));
    expect(await eventKinds(id)).toEqual(["assigned", "reassigned", "kindergarten_notified", "inspection_recorded"]);
    // Not an officer of the district, or of another agency: not eligible.
    refused(await step(officer, id, { intent: "assign", assignee: jiangbei.id }), "invalid", "case.assignee.notEligible");
    refused(await step(officer, id, { intent: "assign", assignee: ndrc.id }), "invalid", "case.assignee.notEligible");
  });

  it("a case held by one agency is not another's: an education officer or lead can neither take it over nor work it", async () => {
    const education = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "education" });
    const educationLead = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "education", lead: true });
    const id = await newCase();
    ok(await step(officer, id, { intent: "assign", assignee: officer.id }));
    const before = await row(id);
    refused(await step(education, id, { intent: "assign", assignee: education.id }), "forbidden", "case.otherAgency");
    refused(await step(educationLead, id, { intent: "assign", assignee: education.id }), "forbidden", "case.otherAgency");
    refused(await step(educationLead, id, { intent: "record_finding", note: "教育局核查" }), "forbidden", "case.otherAgency");
    expect(await row(id)).toMatchObject({ assigned_to: officer.id, version: before.version });
    expect((await caseWorkView(t.db, educationLead, id, T0))!.steps).toEqual([]);
    // Unassigned, a case may be taken by any agency's officer: then it is that agency's.
    const open = await newCase();
    ok(await step(education, open, { intent: "assign", assignee: education.id }));
    refused(await step(lead, open, { intent: "assign", assignee: officer.id }), "forbidden", "case.otherAgency");
  });

  it("a spot check's case stays with the inspector drawn: a colleague cannot take it, a lead may reassign it", async () => {
    const id = await insertCase(t.db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "info", dueDate: addWorkingDays(DAY0, 15).date, openedAt: T0.toISOString(), source: "spot_check", ruleId: "SPOT_CHECK", assignedTo: officer.id, status: "in_progress" });
    refused(await step(colleague, id, { intent: "assign", assignee: colleague.id }), "forbidden", "case.spotCheck.leadReassigns");
    refused(await step(officer, id, { intent: "assign", assignee: colleague.id }), "forbidden", "case.spotCheck.leadReassigns");
    expect((await caseWorkView(t.db, colleague, id, T0))!.steps).not.toContain("assign");
    ok(await step(lead, id, { intent: "assign", assignee: colleague.id }));
    expect(await row(id)).toMatchObject({ assigned_to: colleague.id });
  });

  it("another district's officer does not find the case; development-reform reads but does not work; an operator cannot act", async () => {
    const id = await newCase();
    refused(await step(jiangbei, id, { intent: "assign", assignee: jiangbei.id }), "not_found", "case.notFound");
    refused(await step(ndrc, id, { intent: "assign", assignee: ndrc.id }), "forbidden", "case.forbidden");
    refused(await step(operator, id, { intent: "assign", assignee: operator.id }), "not_found", "case.notFound");
    // The city's lead covers the district.
    ok(await step(cityLead, id, { intent: "assign", assignee: officer.id }));
  });

  it("an officer takes an unassigned case with one step, recorded as its assignment to them, on the version read", async () => {
    const id = await newCase();
    expect((await caseWorkView(t.db, colleague, id, T0))!.steps).toEqual(expect.arrayContaining(["take", "assign"]));
    const before = await row(id);
    // Two officers on the same page: the first takes it, the second is told the case moved (the version read).
    ok(await workCase({ db: t.db, actor: colleague, caseId: id, input: { intent: "take", version: String(before.version) }, now: T0 }));
    refused(await workCase({ db: t.db, actor: officer, caseId: id, input: { intent: "take", version: String(before.version) }, now: T0 }), "conflict", "case.stale");
    expect(await row(id)).toMatchObject({ status: "in_progress", assigned_to: colleague.id, version: before.version + 1, due_kind: "verify" });
    const [event] = await t.db.selectFrom("case_events").select(["kind", "actor_id", "payload"]).where("case_id", "=", id).execute();
    expect(event).toMatchObject({ kind: "assigned", actor_id: colleague.id });
    expect(JSON.parse(event.payload)).toEqual({ assignee: colleague.id, assigneeName: colleague.displayName, previous: null });
    const audit = await t.db.selectFrom("audit_log").select(["action", "detail"]).where("entity_id", "=", id).execute();
    expect(audit.map((a) => a.action)).toEqual(["case.assign"]);
    // Assigned now: nobody is offered it, and taking it on the current version is refused, not a reassignment.
    expect((await caseWorkView(t.db, officer, id, T0))!.steps).not.toContain("take");
    expect((await caseWorkView(t.db, colleague, id, T0))!.steps).not.toContain("take");
    refused(await step(officer, id, { intent: "take" }), "conflict", "case.take.assigned");
    expect((await row(id)).assigned_to).toBe(colleague.id);
  });

  it("taking a case: another district's officer does not find it, development-reform, an admin and an operator may not take it", async () => {
    const id = await newCase();
    const admin = await createActor(t.db, "admin");
    refused(await step(jiangbei, id, { intent: "take" }), "not_found", "case.notFound");
    refused(await step(ndrc, id, { intent: "take" }), "forbidden", "case.forbidden");
    refused(await step(admin, id, { intent: "take" }), "forbidden", "case.forbidden");
    refused(await step(operator, id, { intent: "take" }), "not_found", "case.notFound");
    expect(await row(id)).toMatchObject({ assigned_to: null, version: 1 });
    for (const actor of [ndrc, admin]) expect((await caseWorkView(t.db, actor, id, T0))!.steps).not.toContain("take");
    expect(await caseWorkView(t.db, jiangbei, id, T0)).toBeNull();
    // A closed case is not taken: reopening comes first.
    await t.db.updateTable("inspection_cases").set({ status: "closed" }).where("id", "=", id).execute();
    expect((await caseWorkView(t.db, officer, id, T0))!.steps).not.toContain("take");
    refused(await step(officer, id, { intent: "take" }), "conflict", "case.state.closed");
    // The city's officers cover the district's cases: a city lead takes one.
    const open = await newCase();
    ok(await step(cityLead, open, { intent: "take" }));
    expect(await row(open)).toMatchObject({ assigned_to: cityLead.id });
  });

  it("only a lead approves the +15 working days, once, and the clock moves", async () => {
    const id = await newCase();
    ok(await step(officer, id, { intent: "assign", assignee: officer.id }));
    refused(await step(officer, id, { intent: "extend_verification", reason: "需调取银行流水" }), "forbidden", "case.forbidden");
    ok(await step(lead, id, { intent: "extend_verification", reason: "需调取银行流水" }));
    expect((await row(id)).due_date).toBe(addWorkingDays(DAY0, 30).date);
    refused(await step(lead, id, { intent: "extend_verification", reason: "再次延长" }), "conflict", "case.extend.already");
  });

  it("the assignee asks for the extension, once; the lead approves it or declines it with a reason; a colleague cannot ask", async () => {
    const view = async (actor: Actor, id: string) => (await caseWorkView(t.db, actor, id, T0))!;
    const id = await newCase();
    ok(await step(lead, id, { intent: "assign", assignee: officer.id }));
    expect((await view(officer, id)).steps).toContain("request_extension");
    expect((await view(lead, id)).steps).not.toContain("request_extension"); // a lead extends it without asking
    refused(await step(colleague, id, { intent: "request_extension", reason: "需调取银行流水" }), "forbidden", "case.notAssignee");
    refused(await step(officer, id, { intent: "request_extension", reason: "需" }), "invalid", "case.reason.required");
    refused(await step(lead, id, { intent: "decline_extension", reason: "无申请" }), "conflict", "case.extend.noRequest");

    ok(await step(officer, id, { intent: "request_extension", reason: "需调取银行流水，银行答复需 10 个工作日" }));
    expect((await row(id)).extension_requested_at).toBe(T0.toISOString());
    expect((await view(officer, id)).extensionRequestedOn).toBe(DAY0);
    expect((await view(officer, id)).steps).not.toContain("request_extension");
    refused(await step(officer, id, { intent: "request_extension", reason: "再次申请" }), "conflict", "case.extend.requestWaiting");
    refused(await step(officer, id, { intent: "decline_extension", reason: "自己撤回" }), "forbidden", "case.forbidden");
    expect((await view(lead, id)).steps).toEqual(expect.arrayContaining(["extend_verification", "decline_extension"]));

    // Declined: the clock stays, the assignee may ask again.
    ok(await step(lead, id, { intent: "decline_extension", reason: "银行流水可先行函调，不必延期" }));
    expect(await row(id)).toMatchObject({ extension_requested_at: null, verification_extended: 0, due_date: addWorkingDays(DAY0, 15).date });
    // Asked again and approved: the request is answered, the clock moves.
    ok(await step(officer, id, { intent: "request_extension", reason: "函调未复，仍需延期" }));
    ok(await step(lead, id, { intent: "extend_verification", reason: "同意延期" }));
    expect(await row(id)).toMatchObject({ extension_requested_at: null, verification_extended: 1, due_date: addWorkingDays(DAY0, 30).date });
    refused(await step(officer, id, { intent: "request_extension", reason: "第三次申请" }), "conflict", "case.extend.already");
    expect(await eventKinds(id)).toEqual(["assigned", "extension_requested", "extension_declined", "extension_requested", "verification_extended"]);
    const approved = await t.db.selectFrom("case_events").select("payload").where("case_id", "=", id).where("kind", "=", "verification_extended").executeTakeFirstOrThrow();
    expect(JSON.parse(approved.payload)).toMatchObject({ requested: true, reason: "同意延期" });
  });

  it("a lead approves a request for the reason it gives, without typing it again; unasked, the lead gives one", async () => {
    const id = await newCase();
    ok(await step(lead, id, { intent: "assign", assignee: officer.id }));
    // Unasked: the lead's reason is the only one there is.
    refused(await step(lead, id, { intent: "extend_verification", reason: "" }), "invalid", "case.reason.required");
    refused(await step(lead, id, { intent: "extend_verification" }), "invalid", "case.reason.required");
    ok(await step(officer, id, { intent: "request_extension", reason: "需调取银行流水，银行答复需 10 个工作日" }));
    ok(await step(lead, id, { intent: "extend_verification", reason: "" }));
    expect(await row(id)).toMatchObject({ extension_requested_at: null, verification_extended: 1, due_date: addWorkingDays(DAY0, 30).date });
    // The approval is recorded with who approved it and when, as an answer to the request; no reason of its own.
    const approved = await t.db.selectFrom("case_events").select(["payload", "actor_id", "created_at"]).where("case_id", "=", id).where("kind", "=", "verification_extended").executeTakeFirstOrThrow();
    expect(approved).toMatchObject({ actor_id: lead.id, created_at: T0.toISOString() });
    const payload = JSON.parse(approved.payload) as Record<string, unknown>;
    expect(payload).toMatchObject({ requested: true, approvedBy: lead.displayName });
    expect(payload).not.toHaveProperty("reason");
    const audit = await t.db.selectFrom("audit_log").select(["actor_id", "action"]).where("entity_id", "=", id).where("action", "=", "case.extend_verification").execute();
    expect(audit).toEqual([{ actor_id: lead.id, action: "case.extend_verification" }]);
  });

  it("a decision answers a waiting request: nothing is left for a lead to approve", async () => {
    const id = await newCase();
    ok(await step(lead, id, { intent: "assign", assignee: officer.id }));
    ok(await step(officer, id, { intent: "request_extension", reason: "需调取银行流水" }));
    ok(await step(officer, id, { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "核实无违规" }));
    expect((await row(id)).extension_requested_at).toBeNull();
    expect((await caseWorkView(t.db, lead, id, T0))!.steps).not.toContain("decline_extension");
  });

  it("two officers on the same version: the second is told to reload, nothing of it is written", async () => {
    const id = await newCase();
    ok(await step(officer, id, { intent: "assign", assignee: officer.id }));
    const { version } = await row(id);
    ok(await workCase({ db: t.db, actor: officer, caseId: id, input: { intent: "record_finding", version: String(version), note: "第一条记录" }, now: T0 }));
    refused(await workCase({ db: t.db, actor: lead, caseId: id, input: { intent: "record_finding", version: String(version), note: "第二条记录" }, now: T0 }), "conflict", "case.stale");
    expect(await eventKinds(id)).toEqual(["assigned", "finding_recorded"]);
  });

  it("a stale page's step is told it is stale before its fields are judged, whatever the step", async () => {
    const id = await newCase();
    ok(await step(lead, id, { intent: "assign", assignee: officer.id }));
    const { version } = await row(id);
    // One window asks for the extension; the other, still offering the request, sends it with no reason.
    ok(await step(officer, id, { intent: "request_extension", reason: "需调取银行流水" }));
    const stale = (input: Record<string, string>) => workCase({ db: t.db, actor: officer, caseId: id, input: { ...input, version: String(version) }, now: T0 });
    refused(await stale({ intent: "request_extension", reason: "" }), "conflict", "case.stale");
    refused(await stale({ intent: "assign", assignee: "" }), "conflict", "case.stale");
    refused(await stale({ intent: "reopen" }), "conflict", "case.stale");
    // The check too (a confirmed step's first post).
    refused(await reviewCaseStep({ db: t.db, actor: officer, caseId: id, input: { intent: "close", version: String(version) }, now: T0 }), "conflict", "case.stale");
    // A reader who may take no step is refused first, as before; a malformed version is still the schema's.
    refused(await workCase({ db: t.db, actor: ndrc, caseId: id, input: { intent: "reopen", version: String(version) }, now: T0 }), "forbidden", "case.forbidden");
    const malformed = await workCase({ db: t.db, actor: officer, caseId: id, input: { intent: "request_extension", version: "x", reason: "" }, now: T0 });
    expect(malformed.ok ? null : malformed.kind).toBe("invalid");
    expect(await eventKinds(id)).toEqual(["assigned", "extension_requested"]);
  });

  it("the kindergarten answers only what waits for it, with its own filing, on the version it read", async () => {
    const id = await newCase();
    ok(await step(officer, id, { intent: "assign", assignee: officer.id }));
    ok(await step(officer, id, { intent: "notify", answerDueOn: addWorkingDays(DAY0, 5).date }));
    refused(await answer(otherOperator, id, { explanation: "不是本园的案件" }), "not_found", "caseAnswer.notFound");
    refused(await answer(operator, id, { explanation: "说明", correctionFilingId: "01NOTAFILING" }), "invalid", "caseAnswer.filing.notOwn");
    refused(await answer(operator, id, { explanation: "说明", refundAmount: "100" }), "invalid", "caseAnswer.refund.both");
    refused(await answerCase({ db: t.db, store, actor: operator, caseId: id, input: { version: "1", explanation: "旧版本" }, files: [], extraFiles: 0, now: T0 }), "conflict", "case.stale");
    expect((await row(id)).status).toBe("awaiting_answer");
  });
});

describe("clocks across the National Day holiday", () => {
  it("reads the 90-day decision clock in calendar days and the others in working days, on the case page as in the queue", () => {
    expect(daysLeftOn("2026-09-30", "decision", "2026-12-29")).toEqual({ unit: "calendar", daysLeft: 90, estimated: false });
    // Across the National Day holiday the working days left are far fewer than the 20 calendar days.
    expect(daysLeftOn("2026-09-30", "verify", "2026-10-20")).toMatchObject({ unit: "working" });
    expect(daysLeftOn("2026-09-30", "verify", "2026-10-20").daysLeft).toBeLessThan(20);
  });

  it("marks a verification clock ending in a year without its holiday notice as estimated, and no date an officer set", () => {
    expect(daysLeftOn("2026-12-20", "verify", "2027-01-12")).toMatchObject({ unit: "working", estimated: true });
    expect(daysLeftOn("2026-12-20", "verify", "2026-12-31")).toMatchObject({ estimated: false });
    expect(daysLeftOn("2026-12-20", "answer", "2027-01-12")).toMatchObject({ estimated: false });
    expect(daysLeftOn("2026-12-20", "decision", "2027-03-12")).toMatchObject({ estimated: false });
  });

  it("verification runs 15 working days skipping Sep 25 and Oct 1–7 and counting the make-up Saturday", () => {
    const state = { status: "open" as const, openedOn: DAY0, verificationExtended: false, registeredOn: null, reopenedOn: null, answerDueOn: null, followUpDueOn: null, proofReceived: false };
    // Sep 23, 24, 28, 29, 30 (5), Oct 8, 9 and Saturday Oct 10 (8), Oct 12–16 (13), Oct 19, 20 (15).
    expect(currentCaseDeadline(state)).toMatchObject({ kind: "verify", dueOn: "2026-10-20", calendarComplete: true });
    expect(currentCaseDeadline({ ...state, registeredOn: "2026-09-30" })).toMatchObject({ kind: "decision", dueOn: "2026-12-29" });
    // Reopened after a decision: verification again, from the reopening.
    expect(currentCaseDeadline({ ...state, status: "in_progress", registeredOn: "2026-09-30", reopenedOn: "2026-10-09" })).toMatchObject({ kind: "verify" });
  });
});

describe("the deadline sweep", () => {
  it("marks due soon, then overdue and escalates once; a second run changes nothing", async () => {
    const id = await newCase();
    const due = (await row(id)).due_date;
    const soon = await sweepCaseDeadlines(t.db, atNoon(addDays(due, -1)));
    expect(soon.turnedDueSoon).toBeGreaterThanOrEqual(1);
    expect(await row(id)).toMatchObject({ due_state: "due_soon", escalated_at: null });
    const late = atNoon(addDays(due, 1));
    await sweepCaseDeadlines(t.db, late);
    const after = await row(id);
    expect(after).toMatchObject({ due_state: "overdue", version: 1 });
    expect(after.escalated_at).not.toBeNull();
    const again = await sweepCaseDeadlines(t.db, late);
    expect(again).toMatchObject({ turnedOverdue: 0, escalated: 0, reopened: 0 });
    const kinds = await eventKinds(id);
    expect(kinds.filter((k) => k === "escalated")).toHaveLength(1);
    expect(kinds).toEqual(["due_soon", "overdue", "escalated"]);
  });

  it("an escalation is history once the case is decided (on the timeline, not on the page); reopened, the case may be escalated anew", async () => {
    const id = await newCase();
    ok(await step(officer, id, { intent: "assign", assignee: officer.id }));
    const due = (await row(id)).due_date;
    const late = atNoon(addDays(due, 1));
    await sweepCaseDeadlines(t.db, late);
    const escalatedAt = (await row(id)).escalated_at;
    expect(escalatedAt).not.toBeNull();
    expect((await caseWorkView(t.db, officer, id, late))!.escalatedAt).toBe(escalatedAt);

    ok(await step(officer, id, { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "核查未发现违规" }, late));
    expect((await caseWorkView(t.db, lead, id, late))!.escalatedAt).toBeNull();
    expect(await eventKinds(id)).toContain("escalated");

    ok(await step(officer, id, { intent: "reopen", reason: "复核发现新情况" }, late));
    expect(await row(id)).toMatchObject({ status: "in_progress", escalated_at: null });
    expect((await caseWorkView(t.db, officer, id, late))!.escalatedAt).toBeNull();
    // Its new verification clock, run from the reopening, passes too: escalated again, a second event.
    const reopenedDue = (await row(id)).due_date;
    await sweepCaseDeadlines(t.db, atNoon(addDays(reopenedDue, 1)));
    expect((await row(id)).escalated_at).not.toBeNull();
    expect((await eventKinds(id)).filter((k) => k === "escalated")).toHaveLength(2);
  });

  it("reopens a case whose ordered refund was not proven by its date", async () => {
    const id = await newCase();
    ok(await step(officer, id, { intent: "assign", assignee: officer.id }));
    const byDate = addDays(DAY0, 20);
    ok(await step(officer, id, { intent: "decide", kind: "rectification_ordered", basis: "price-law-art39", byDate }));
    // Never asked to explain, the kindergarten still learns of the order: a decision is served on it, proof awaited.
    expect((await kindergartenCases(t.db, operator))?.find((c) => c.id === id)).toMatchObject({ todo: "proof" });
    expect(await kindergartenCase(t.db, operator, id)).not.toBeNull();
    const result = await sweepCaseDeadlines(t.db, atNoon(addDays(byDate, 1)));
    expect(result.reopened).toBeGreaterThanOrEqual(1);
    const reopened = await row(id);
    expect(reopened).toMatchObject({ status: "in_progress", decision_kind: null, reopened_on: addDays(byDate, 1), due_kind: "verify" });
    expect((await eventKinds(id)).slice(-1)).toEqual(["reopened"]);
    // The officer decides anew, from the reopened review.
    ok(await step(officer, id, { intent: "decide", kind: "minor_corrected", basis: "penalty-law-art33", note: "已整改，不予处罚" }, atNoon(addDays(byDate, 2))));
  });
});

describe("bulk assignment", () => {
  it("assigns each case as the single step would, skipping with its reason what cannot be assigned", async () => {
    const a = await newCase();
    const b = await newCase();
    const closed = await newCase();
    await t.db.updateTable("inspection_cases").set({ status: "closed" }).where("id", "=", closed).execute();
    const result = await assignCases({ db: t.db, actor: officer, caseIds: [a, b, closed, "01UNKNOWN"], assignee: colleague.id, now: T0 });
    expect(result).toMatchObject({ ok: true, assigned: [a, b], skipped: [{ id: closed, reason: "case.state.closed" }, { id: "01UNKNOWN", reason: "case.notFound" }] });
    expect(await row(a)).toMatchObject({ assigned_to: colleague.id, status: "in_progress" });
    expect(await eventKinds(b)).toEqual(["assigned"]);
  });

  it("is refused to those who may not assign, and bounded", async () => {
    const a = await newCase();
    refused(await assignCases({ db: t.db, actor: ndrc, caseIds: [a], assignee: ndrc.id, now: T0 }), "forbidden", "case.forbidden");
    // Another district's officer finds nothing to assign.
    expect(await assignCases({ db: t.db, actor: jiangbei, caseIds: [a], assignee: jiangbei.id, now: T0 })).toMatchObject({ ok: true, assigned: [], skipped: [{ reason: "case.notFound" }] });
    refused(await assignCases({ db: t.db, actor: officer, caseIds: Array.from({ length: BULK_ASSIGN_MAX + 1 }, (_, i) => `id${i}`), assignee: officer.id }), "invalid", "case.bulk.tooMany");
    expect((await row(a)).assigned_to).toBeNull();
  });
});

/** `minutes` after T0, the same working day: steps that follow each other, each at its own instant. */
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const countOf = async (table: "case_answers" | "case_events" | "audit_log", caseId: string) =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as("n"))
        .where(table === "audit_log" ? "entity_id" : "case_id", "=", caseId)
        .executeTakeFirstOrThrow()
    ).n,
  );
const stored = async (caseId: string) => ({
  answers: await countOf("case_answers", caseId),
  events: await countOf("case_events", caseId),
  audits: await countOf("audit_log", caseId),
  version: (await row(caseId)).version,
});

describe("the kindergarten's answer sent twice", () => {
  const FIRST = { explanation: "保教费上调部分已书面公示，并向 3 户家庭退还差额。", refundAmount: "1200", refundFamilies: "3" };
  async function notified() {
    const id = await newCase();
    ok(await step(officer, id, { intent: "assign", assignee: officer.id }));
    ok(await step(officer, id, { intent: "notify", answerDueOn: addWorkingDays(DAY0, 5).date }));
    return id;
  }

  it("is received once: sent again from a page read afresh (Back) or from the same page (a double click), nothing more is stored", async () => {
    const id = await notified();
    const first = await answer(operator, id, FIRST, later(10));
    expect(first).toMatchObject({ ok: true, repeatOf: null });
    const firstId = (await t.db.selectFrom("case_answers").select(["id", "submitted_at"]).where("case_id", "=", id).executeTakeFirstOrThrow());
    const after = await stored(id);

    // Back: the no-store page is fetched again with the version the answer left, and the same answer sent.
    expect(await answer(operator, id, FIRST, later(12))).toMatchObject({ ok: true, caseId: id, repeatOf: { answerId: firstId.id, submittedAt: firstId.submitted_at } });
    // A double click: the second post carries the version the first was sent on.
    const sentOn = String(after.version - 1);
    expect(
      await answerCase({ db: t.db, store, actor: operator, caseId: id, input: { version: sentOn, ...FIRST }, files: [], extraFiles: 0, now: later(12) }),
    ).toMatchObject({ ok: true, repeatOf: { answerId: firstId.id } });
    // Spaces around the text are not another statement (the form trims them).
    expect(await answer(operator, id, { ...FIRST, explanation: `  ${FIRST.explanation}\n` }, later(13))).toMatchObject({ ok: true, repeatOf: { answerId: firstId.id } });
    expect(await stored(id)).toEqual(after);
  });

  it("takes a different statement as a further one, and the same one again only once the case asked anew", async () => {
    const id = await notified();
    ok(await answer(operator, id, FIRST, later(10)));
    // Another statement (another refund) is a further answer while the case waits for the officer.
    const further = await answer(operator, id, { ...FIRST, refundAmount: "1500" }, later(20));
    expect(further).toMatchObject({ ok: true, repeatOf: null });
    expect(await countOf("case_answers", id)).toBe(2);
    // The first again: still on the record, nothing was asked since.
    expect(await answer(operator, id, FIRST, later(30))).toMatchObject({ ok: true, repeatOf: { answerId: expect.any(String) } });
    // An officer's finding asks the kindergarten nothing: still a repeat.
    ok(await step(officer, id, { intent: "record_finding", note: "电话核实退费情况" }, later(40)));
    expect(await answer(operator, id, FIRST, later(50))).toMatchObject({ ok: true, repeatOf: { answerId: expect.any(String) } });
    expect(await countOf("case_answers", id)).toBe(2);
    // Asked again (a new notice): the same words answer a new question and are stored.
    ok(await step(officer, id, { intent: "notify", answerDueOn: addWorkingDays(DAY0, 6).date }, later(60)));
    expect(await answer(operator, id, FIRST, later(70))).toMatchObject({ ok: true, repeatOf: null });
    expect(await countOf("case_answers", id)).toBe(3);
    expect((await row(id)).status).toBe("answered");
  });

  it("answers a repeated proof as received, not as 'nothing waits'; another proof after it is refused as before", async () => {
    const id = await notified();
    ok(await step(officer, id, { intent: "decide", kind: "refund_ordered", basis: "price-penalty-art16", byDate: addDays(DAY0, 30), amount: "1200", families: "3" }, later(5)));
    const proof = { explanation: "已按决定退还 3 户，附银行回单。", refundAmount: "1200", refundFamilies: "3" };
    expect(await answer(operator, id, proof, later(10))).toMatchObject({ ok: true, repeatOf: null });
    const after = await stored(id);
    expect(await answer(operator, id, proof, later(15))).toMatchObject({ ok: true, repeatOf: { answerId: expect.any(String) } });
    expect(await stored(id)).toEqual(after);
    refused(await answer(operator, id, { ...proof, explanation: "补充说明" }, later(20)), "conflict", "caseAnswer.notNow");
  });

  it("tells no one else whether a statement was sent: another kindergarten finds no case, an officer may not answer", async () => {
    const id = await notified();
    ok(await answer(operator, id, FIRST, later(10)));
    const before = await stored(id);
    refused(await answer(otherOperator, id, FIRST, later(12)), "not_found", "caseAnswer.notFound");
    refused(await answer(officer, id, FIRST, later(12)), "forbidden", "caseAnswer.forbidden");
    expect(await stored(id)).toEqual(before);
  });
});

describe("a decision told everything in one answer", () => {
  async function assigned(to: Actor = officer) {
    const id = await newCase();
    ok(await step(to, id, { intent: "assign", assignee: to.id }));
    return id;
  }
  const keysOf = (r: unknown) =>
    Object.fromEntries(Object.entries((r as { fieldErrors: Record<string, Array<{ key: string }>> }).fieldErrors).map(([field, ms]) => [field, ms.map((m) => m.key)]));

  it("reports the schema's mistakes and the case's own checks together", async () => {
    const id = await assigned();
    // Unregistered, a penalty; a basis for refunds only; a malformed amount; no document number; a date in the future.
    // (The article is not told: without a penalty's basis it is not known whether the penalty names one, market
    // supervision citing the price law, which does, or 学前教育法 Art. 79, which does not.)
    const r = await step(officer, id, { intent: "decide", kind: "penalty", basis: "price-law-art41", amount: "abc", decisionDate: addDays(DAY0, 1) });
    expect(r).toMatchObject({ ok: false, kind: "invalid" });
    expect(keysOf(r)).toEqual({
      kind: ["case.decide.penaltyUnregistered"],
      basis: ["case.decision.basisMismatch"],
      amount: ["case.amount.invalid"],
      documentNo: ["case.documentNo.required"],
      decisionDate: ["case.decisionDate.future"],
    });
    // Under the price law, the fine's amount and the article are told missing with the rest.
    const fine = await step(officer, id, { intent: "decide", kind: "penalty", basis: "price-penalty-art9", decisionDate: addDays(DAY0, 1) });
    expect(keysOf(fine)).toEqual({
      kind: ["case.decide.penaltyUnregistered"],
      amount: ["case.amount.fineRequired"],
      article: ["case.article.required"],
      documentNo: ["case.documentNo.required"],
      decisionDate: ["case.decisionDate.future"],
    });
    // An order dated today and lacking its families: both in the same answer (the date's range is the case's check).
    const order = await step(officer, id, { intent: "decide", kind: "refund_ordered", basis: "price-penalty-art16", byDate: DAY0, amount: "100" });
    expect(keysOf(order)).toEqual({ byDate: ["case.byDate.range"], families: ["case.families.required"] });
    // Registered: "no case opened" refused beside the note's own mistake.
    ok(await step(officer, id, { intent: "register" }, later(5)));
    const registered = await step(officer, id, { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "无" }, later(6));
    expect(keysOf(registered)).toEqual({ basis: ["case.basis.registered"], note: ["case.note.required"] });
    expect(await row(id)).toMatchObject({ status: "in_progress", decision_kind: null });
  });

  it("tells a finding its missing note, its inspection's date ahead and its missing inspectors in one answer", async () => {
    const id = await assigned();
    const r = await step(officer, id, { intent: "record_finding", note: "", inspectedOn: addDays(DAY0, 1) });
    expect(keysOf(r)).toEqual({ note: ["case.note.required"], inspectedOn: ["case.inspectedOn.future"], inspectors: ["case.inspectors.required"] });
    const before = await step(officer, id, { intent: "record_finding", note: "", inspectedOn: addDays(DAY0, -1), inspectors: "张三" });
    expect(keysOf(before)).toEqual({ note: ["case.note.required"], inspectedOn: ["case.inspectedOn.beforeOpened"] });
    // Not the assignee: told that, not the fields.
    refused(await step(colleague, id, { intent: "record_finding", note: "" }), "forbidden", "case.notAssignee");
    expect(await eventKinds(id)).toEqual(["assigned"]);
  });

  it("says first what no field can fix: permission, the page's version, the case's agency, assignee and state", async () => {
    const bad = { intent: "decide", kind: "penalty", amount: "abc" };
    const unassigned = await newCase();
    refused(await step(officer, unassigned, bad), "conflict", "case.state.unassigned");
    const id = await assigned();
    refused(await step(colleague, id, bad), "forbidden", "case.notAssignee");
    refused(await step(ndrc, id, bad), "forbidden", "case.forbidden");
    refused(await step(jiangbei, id, bad), "not_found", "case.notFound");
    refused(await step(operator, id, bad), "not_found", "case.notFound");
    const education = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "education", lead: true });
    refused(await step(education, id, bad), "forbidden", "case.otherAgency");
    const { version } = await row(id);
    refused(await workCase({ db: t.db, actor: officer, caseId: id, input: { ...bad, version: String(version - 1) }, now: T0 }), "conflict", "case.stale");
    ok(await step(officer, id, { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "核查无违规" }));
    refused(await step(officer, id, bad), "conflict", "case.state.decideNotNow");
    // A lead of the case's agency may step in: then the fields are told.
    refused(await step(lead, await assigned(), bad), "invalid", "case.amount.invalid");
  });
});

describe("deadlines an officer sets fall on working days", () => {
  async function assigned() {
    const id = await newCase();
    ok(await step(officer, id, { intent: "assign", assignee: officer.id }));
    return id;
  }
  const errorsOf = (r: unknown) => (r as { fieldErrors: Record<string, unknown> }).fieldErrors;
  const restDay = (date: string, next: string, key = "case.deadline.restDay") => [{ key, vars: { date, next } }];

  it("refuses an answer date on a weekend or a holiday, naming the working day it would end on; nothing is written", async () => {
    const id = await assigned();
    const before = await row(id);
    // A Saturday; the Mid-Autumn Friday; National Day (Oct 1–7): each named with the first working day after it.
    for (const [date, next] of [["2026-09-26", "2026-09-28"], ["2026-09-25", "2026-09-28"], ["2026-10-02", "2026-10-08"]]) {
      const r = await step(officer, id, { intent: "notify", answerDueOn: date });
      expect(r).toMatchObject({ ok: false, kind: "invalid" });
      expect(errorsOf(r)).toEqual({ answerDueOn: restDay(date, next) });
    }
    expect(await row(id)).toMatchObject({ status: "in_progress", version: before.version, answer_due_on: null });
    expect(await eventKinds(id)).toEqual(["assigned"]);
    // The make-up Saturday (Oct 10) is a working day: taken.
    ok(await step(officer, id, { intent: "notify", answerDueOn: "2026-10-10" }));
    expect(await row(id)).toMatchObject({ status: "awaiting_answer", answer_due_on: "2026-10-10", due_kind: "answer", due_date: "2026-10-10" });
  });

  it("stretches the latest answer date off a rest day to the next working day, and no further", async () => {
    const id = await assigned();
    // DAY0 + 60 days is Saturday 2026-11-21: refused as a rest day, with Monday the 23rd, which is then allowed.
    expect(addDays(DAY0, 60)).toBe("2026-11-21");
    expect(errorsOf(await step(officer, id, { intent: "notify", answerDueOn: "2026-11-21" }))).toEqual({ answerDueOn: restDay("2026-11-21", "2026-11-23") });
    refused(await step(officer, id, { intent: "notify", answerDueOn: "2026-11-24" }), "invalid", "case.answerDueOn.range");
    // The state is told before the date: a case waiting for its answer is not notified again.
    ok(await step(officer, id, { intent: "notify", answerDueOn: "2026-11-23" }));
    refused(await step(officer, id, { intent: "notify", answerDueOn: "2026-11-22" }), "conflict", "case.state.notifyNotNow");
  });

  it("refuses an order's date on a rest day with the decision's other mistakes, and says when the year's holidays are estimated", async () => {
    const id = await assigned();
    const r = await step(officer, id, { intent: "decide", kind: "refund_ordered", basis: "price-penalty-art16", byDate: "2026-10-18", amount: "100" });
    expect(errorsOf(r)).toEqual({ byDate: restDay("2026-10-18", "2026-10-19"), families: [{ key: "case.families.required" }] });
    // 2027's holiday notice is not in the data: New Year's Day is a statutory holiday, estimated so, and said so.
    const estimated = await step(officer, id, { intent: "decide", kind: "rectification_ordered", basis: "price-law-art39", byDate: "2027-01-01" });
    expect(errorsOf(estimated)).toEqual({ byDate: restDay("2027-01-01", "2027-01-04", "case.deadline.restDayEstimated") });
    expect(await row(id)).toMatchObject({ status: "in_progress", decision_kind: null, follow_up_due_on: null });
    ok(await step(officer, id, { intent: "decide", kind: "rectification_ordered", basis: "price-law-art39", byDate: "2026-10-19" }));
    expect(await row(id)).toMatchObject({ status: "decided", follow_up_due_on: "2026-10-19", due_kind: "follow_up", due_date: "2026-10-19" });
  });

  it("says it in Chinese and in English", () => {
    const vars = { date: "2026-10-02", next: "2026-10-08" };
    expect(translate("zh-CN", "case.deadline.restDay", vars)).toContain("2026-10-02 是休息日");
    expect(translate("zh-CN", "case.deadline.restDay", vars)).toContain("请改为 2026-10-08");
    expect(translate("en", "case.deadline.restDay", vars)).toBe("2026-10-02 is not a working day (a weekend or a public holiday). A deadline that ends on a rest day ends on the next working day: set 2026-10-08");
    expect(translate("en", "case.deadline.restDayEstimated", vars)).toContain("holiday notice is not published yet");
  });
});

describe("decision bases by agency", () => {
  const PRICE_BASES = ["procedure-art20", "price-law-art39", "price-law-art41", "price-penalty-art9", "price-penalty-art13", "price-penalty-art16"];
  const KINDS = ["no_violation", "minor_corrected", "rectification_ordered", "refund_ordered", "penalty", "referred"] as const;
  let education: Actor;
  let educationLead: Actor;
  beforeAll(async () => {
    education = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "education" });
    educationLead = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "education", lead: true });
  });
  async function takenBy(actor: Actor) {
    const id = await newCase();
    ok(await step(actor, id, { intent: "assign", assignee: actor.id }));
    return id;
  }

  it("offers each agency its own bases, and both the common ones", () => {
    for (const kind of KINDS) {
      for (const registered of [false, true]) {
        const edu = basesFor(kind, registered, "education");
        expect(edu.filter((b) => PRICE_BASES.includes(b))).toEqual([]);
        // 学前教育法 Art. 79: "教育等有关部门按照职责分工", education and market supervision alike.
        expect(basesFor(kind, registered, "market").includes("preschool-law-art79")).toBe(edu.includes("preschool-law-art79"));
      }
    }
    expect(basesFor("penalty", true, "market")).toEqual(["price-law-art39", "price-penalty-art9", "price-penalty-art13", "preschool-law-art79"]);
    expect(basesFor("penalty", true, "education")).toEqual(["preschool-law-art79"]);
    expect(basesFor("refund_ordered", false, "market")).toEqual(["price-law-art39", "price-law-art41", "price-penalty-art16", "preschool-law-art79"]);
    expect(basesFor("minor_corrected", false, "education")).toEqual(["penalty-law-art33"]);
    expect(basesFor("minor_corrected", false, "market")).toEqual(["procedure-art20", "penalty-law-art33"]);
    expect(basesFor("referred", false, "education")).toEqual(["referral"]);
    expect(basesFor("no_violation", false, "development_reform")).toEqual([]);
    expect(basesFor("no_violation", false, null)).toEqual([]);
  });

  it("an education officer who took an unassigned case is offered and may cite education's bases only", async () => {
    const id = await takenBy(education);
    expect((await caseWorkView(t.db, education, id, T0))!).toMatchObject({ agency: "education", steps: expect.arrayContaining(["decide"]) });
    const before = await row(id);
    for (const basis of ["price-law-art39", "price-penalty-art9", "price-penalty-art13"]) {
      refused(await step(education, id, { intent: "decide", kind: "rectification_ordered", basis, byDate: addDays(DAY0, 20) }), "invalid", "case.basis.otherAgency");
    }
    refused(await step(education, id, { intent: "decide", kind: "refund_ordered", basis: "price-penalty-art16", byDate: addDays(DAY0, 20), amount: "100", families: "1" }), "invalid", "case.basis.otherAgency");
    refused(await step(education, id, { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "核查无违规" }), "invalid", "case.basis.otherAgency");
    // The lead of education likewise.
    refused(await step(educationLead, id, { intent: "decide", kind: "refund_ordered", basis: "price-law-art41", byDate: addDays(DAY0, 20), amount: "100", families: "1" }), "invalid", "case.basis.otherAgency");
    expect(await row(id)).toMatchObject({ status: before.status, version: before.version, decision_kind: null });
    ok(await step(education, id, { intent: "decide", kind: "rectification_ordered", basis: "preschool-law-art79", byDate: addDays(DAY0, 20) }));
    expect(await row(id)).toMatchObject({ status: "decided", decision_basis: "preschool-law-art79" });
  });

  it("a penalty under 学前教育法 Art. 79 is a warning: no amount needed, the illegal gains confiscated if any, no price-law article", async () => {
    const id = await takenBy(education);
    ok(await step(education, id, { intent: "register" }));
    const warning = { intent: "decide", kind: "penalty", basis: "preschool-law-art79", documentNo: "海教罚〔2026〕3号", decisionDate: DAY0 };
    refused(await step(education, id, { ...warning, article: "art9" }), "invalid", "case.article.notOfBasis");
    // A malformed amount is still told (the confiscated gains are checked as any amount is).
    refused(await step(education, id, { ...warning, amount: "两千" }), "invalid", "case.amount.invalid");
    expect(await row(id)).toMatchObject({ status: "in_progress", decision_kind: null });
    ok(await step(education, id, warning));
    expect(await row(id)).toMatchObject({ status: "decided", decision_kind: "penalty", decision_basis: "preschool-law-art79" });
    const detail = JSON.parse((await row(id)).decision_detail!);
    expect(detail).toMatchObject({ sanction: "warning", documentNo: "海教罚〔2026〕3号", decisionDate: DAY0 });
    expect(detail).not.toHaveProperty("amountFen");
    expect(detail).not.toHaveProperty("article");
    const audit = await t.db.selectFrom("audit_log").select("detail").where("entity_id", "=", id).where("action", "=", "case.decide").executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail!)).toMatchObject({ kind: "penalty", basis: "preschool-law-art79", sanction: "warning" });

    // With illegal gains: refunded (a refund order), then confiscated: the warning carries the amount confiscated.
    const gains = await takenBy(education);
    ok(await step(education, gains, { intent: "register" }));
    ok(await step(education, gains, { ...warning, documentNo: "海教罚〔2026〕4号", amount: "20000" }));
    expect(JSON.parse((await row(gains)).decision_detail!)).toMatchObject({ sanction: "warning", amountFen: 2_000_000 });
  });

  it("a fine under the price law still needs its amount, checked, and its article", async () => {
    const market = await takenBy(officer);
    ok(await step(officer, market, { intent: "register" }));
    const fine = { intent: "decide", kind: "penalty", basis: "price-penalty-art9", article: "art9", documentNo: "甬海市监罚〔2026〕9号", decisionDate: DAY0 };
    refused(await step(officer, market, fine), "invalid", "case.amount.fineRequired");
    refused(await step(officer, market, { ...fine, amount: "0" }), "invalid", "case.amount.invalid");
    refused(await step(officer, market, { ...fine, amount: "1.234" }), "invalid", "case.amount.invalid");
    refused(await step(officer, market, { ...fine, amount: "100000001" }), "invalid", "case.amount.tooLarge");
    const { article: _article, ...noArticle } = fine;
    refused(await step(officer, market, { ...noArticle, amount: "50000" }), "invalid", "case.article.required");
    expect(await row(market)).toMatchObject({ status: "in_progress", decision_kind: null });
    ok(await step(officer, market, { ...fine, amount: "50000" }));
    expect(JSON.parse((await row(market)).decision_detail!)).toMatchObject({ sanction: "fine", amountFen: 5_000_000, article: "art9" });
  });

  it("market supervision may cite 学前教育法 Art. 79 as education does; education cites no price law", async () => {
    const id = await takenBy(officer);
    ok(await step(lead, id, { intent: "decide", kind: "rectification_ordered", basis: "preschool-law-art79", byDate: addDays(DAY0, 20) }));
    expect(await row(id)).toMatchObject({ status: "decided", decision_basis: "preschool-law-art79" });
    // A market penalty under Art. 79 is a warning too: no amount, no price-law article.
    const penalty = await takenBy(officer);
    ok(await step(officer, penalty, { intent: "register" }));
    ok(await step(officer, penalty, { intent: "decide", kind: "penalty", basis: "preschool-law-art79", documentNo: "甬海市监罚〔2026〕10号", decisionDate: DAY0 }));
    expect(JSON.parse((await row(penalty)).decision_detail!)).toMatchObject({ sanction: "warning" });

    // An agency that may not cite an article is refused it, with its reason, and nothing is stored.
    const edu = await takenBy(education);
    ok(await step(education, edu, { intent: "register" }));
    const before = await row(edu);
    const priceFine = { intent: "decide", kind: "penalty", basis: "price-law-art39", amount: "5000", article: "art9", documentNo: "海教罚〔2026〕5号", decisionDate: DAY0 };
    refused(await step(education, edu, priceFine), "invalid", "case.basis.otherAgency");
    refused(await step(educationLead, edu, priceFine), "invalid", "case.basis.otherAgency");
    expect(await row(edu)).toMatchObject({ status: before.status, version: before.version, decision_kind: null });
    // Both cite the common ones.
    ok(await step(officer, await takenBy(officer), { intent: "decide", kind: "minor_corrected", basis: "penalty-law-art33", note: "已当场改正" }));
    ok(await step(education, edu, { intent: "decide", kind: "referred", basis: "referral", authority: "海曙区市场监督管理局" }));
  });
});

