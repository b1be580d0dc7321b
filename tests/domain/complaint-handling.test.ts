/**
 * Handling complaints (投诉) and reports (举报) in the domain: every action
 * allowed and refused by track and state, the legal clock recomputed at every
 * step (complaint-clock.ts), who may act where, optimistic versions, what the
 * complainant's tracking page gets from the officer's actions, the queue, and
 * the deadline sweep across the 2026 National Day holiday.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createDb, type DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import { handleComplaint, reviewHandling, STALE_KEY } from "~/domain/complaints/complaint-handling.server";
import { complaintForOfficer, complaintQueue } from "~/domain/complaints/complaint-queue.queries.server";
import { sweepComplaintDeadlines } from "~/domain/complaints/complaint-sweep.server";
import { trackComplaint } from "~/domain/complaints/complaint-tracking.server";
import { QUEUE_PAGE_SIZE } from "~/domain/complaints/complaint-handling.schema";
import { COMPLAINT_CASE_RULE } from "~/domain/cases/case-sources";
import { addWorkingDays } from "~/utils/working-days";
import { kindergartenCase } from "~/domain/cases/case-kindergarten.server";
import { getCaseForActor } from "~/domain/cases/case.queries.server";
import { lockComplaintLinks, openOrUpdateCaseForComplaints, type ComplaintClusterForCase } from "~/domain/cases/complaint-cases.server";
import { recordAudit } from "~/domain/audit/audit.server";
import { createActor, createKindergarten, HAISHU, insertCase, JIANGBEI, NINGBO, seedReferenceData, XIHU } from "../factories/domain";
import { act, atNoon, complaintRow, fileComplaint } from "../factories/complaint-handling";
import { createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

let t: TestDb;
let haishu: Actor;
let haishuLead: Actor;
let jiangbei: Actor;
let ningbo: Actor;
let education: Actor;
let admin: Actor;
let operator: Actor;
let kg: { id: string; region_code: string };
let otherKg: { id: string; region_code: string };

/** 2026-09-01, a Tuesday with nothing near it: a plain working-day clock. */
const DAY0 = "2026-09-01";
const T0 = atNoon(DAY0);

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  kg = await createKindergarten(t.db, { name: "海曙春芽幼儿园", region_code: HAISHU });
  otherKg = await createKindergarten(t.db, { name: "海曙晨星幼儿园", region_code: HAISHU });
  haishu = await createActor(t.db, "officer", { regionCode: HAISHU });
  haishuLead = await createActor(t.db, "officer", { regionCode: HAISHU, lead: true });
  jiangbei = await createActor(t.db, "officer", { regionCode: JIANGBEI });
  ningbo = await createActor(t.db, "officer", { regionCode: NINGBO });
  education = { ...(await createActor(t.db, "officer", { regionCode: HAISHU })), agency: "education" };
  admin = await createActor(t.db, "admin");
  operator = await createActor(t.db, "operator", { regionCode: HAISHU, kindergartenId: kg.id });
});

afterAll(async () => {
  await t?.destroy();
});

const expectOk = (r: { ok: boolean }) => {
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
};
const expectRefused = (r: unknown, kind: string, key?: string) => {
  expect(r).toMatchObject({ ok: false, kind });
  if (key) expect(JSON.stringify(r)).toContain(key);
};

async function events(complaintId: string) {
  const rows = await t.db.selectFrom("complaint_events").selectAll().where("complaint_id", "=", complaintId).orderBy("created_at").orderBy("id").execute();
  return rows.map((e) => ({ ...e, payload: JSON.parse(e.payload) as Record<string, unknown> }));
}

describe("a complaint (投诉): accept, mediate, end, tell, close", () => {
  it("walks the whole track, the clock following each state", async () => {
    const { complaintId, trackingNo, accessCode } = await fileComplaint(t.db, { kindergartenId: kg.id, now: T0 });
    let row = await complaintRow(t.db, complaintId);
    expect(row).toMatchObject({ status: "received", due_kind: "accept", due_on: addWorkingDays(DAY0, 7).date, version: 1 });

    const day1 = atNoon("2026-09-02");
    expectOk(await act(t.db, haishu, complaintId, { intent: "accept", reply: "您的投诉已受理，我们将组织调解。" }, day1));
    row = await complaintRow(t.db, complaintId);
    expect(row).toMatchObject({ status: "accepted", accepted_on: "2026-09-02", due_kind: "mediation_end", due_on: addWorkingDays("2026-09-02", 45).date, last_reply_on: "2026-09-02", version: 2 });

    expectOk(await act(t.db, haishu, complaintId, { intent: "start_mediation", consent: "on" }, day1));
    expect((await complaintRow(t.db, complaintId)).status).toBe("mediating");

    const day5 = atNoon("2026-09-07");
    expectOk(await act(t.db, haishu, complaintId, { intent: "record_outcome", outcome: "agreement", refund: "400.50" }, day5));
    row = await complaintRow(t.db, complaintId);
    expect(row).toMatchObject({
      status: "mediation_ended",
      mediation_outcome: "agreement",
      refund_agreed_fen: 40050,
      mediation_ended_on: "2026-09-07",
      // The earlier reply does not tell them how mediation ended: Art. 21's 7 working days run.
      due_kind: "notify_termination",
      due_on: addWorkingDays("2026-09-07", 7).date,
    });

    // Not closed while the parties are not told.
    expectRefused(await act(t.db, haishu, complaintId, { intent: "close" }, day5), "conflict", "handling.close.notifyFirst");
    expectOk(await act(t.db, haishu, complaintId, { intent: "reply", reply: "调解达成协议：幼儿园退还 400.50 元。" }, day5));
    row = await complaintRow(t.db, complaintId);
    expect(row).toMatchObject({ last_reply_on: "2026-09-07", due_kind: null, due_on: null, due_state: null });
    expectOk(await act(t.db, haishu, complaintId, { intent: "close", note: "内部备注：已回访" }, day5));
    expect((await complaintRow(t.db, complaintId)).status).toBe("closed");

    // Each action: one event with its officer, and an audit row.
    const kinds = (await events(complaintId)).map((e) => [e.kind, e.actor_id]);
    expect(kinds).toEqual([
      ["received", null],
      ["accepted", haishu.id],
      ["mediation_started", haishu.id],
      ["mediation_ended", haishu.id],
      ["reply", haishu.id],
      ["closed", haishu.id],
    ]);
    const audit = await t.db.selectFrom("audit_log").select("action").where("entity_id", "=", complaintId).orderBy("created_at").orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["complaint.receive", "complaint.accept", "complaint.start_mediation", "complaint.record_outcome", "complaint.reply", "complaint.close"]);

    // The tracking page: the replies as written, the outcome and refund, no internal note, no officer.
    const tracked = await trackComplaint(t.db, { trackingNo, accessCode }, day5);
    if (!tracked.ok) throw new Error("tracking refused");
    expect(tracked.complaint.timeline.map((e) => e.kind)).toEqual(["received", "accepted", "mediation_started", "mediation_ended", "reply", "closed"]);
    expect(tracked.complaint.timeline[1].text).toBe("您的投诉已受理，我们将组织调解。");
    expect(tracked.complaint.timeline[3].detail).toEqual({ outcome: "agreement", refundFen: 40050 });
    expect(tracked.complaint.timeline[4].text).toBe("调解达成协议：幼儿园退还 400.50 元。");
    expect(JSON.stringify(tracked)).not.toContain("内部备注");
    expect(JSON.stringify(tracked)).not.toContain(haishu.id);
  });

  it("an outcome recorded with its reply leaves no duty to inform, so it closes at once", async () => {
    const { complaintId } = await fileComplaint(t.db, { kindergartenId: kg.id, now: T0 });
    expectOk(await act(t.db, haishu, complaintId, { intent: "accept" }, T0));
    expect((await complaintRow(t.db, complaintId)).last_reply_on).toBeNull();
    // Without consent there is no mediation (Art. 17): it ends as not agreed.
    expectOk(await act(t.db, haishu, complaintId, { intent: "record_outcome", outcome: "no_agreement", reply: "幼儿园不同意调解，调解终止。" }, T0));
    expect(await complaintRow(t.db, complaintId)).toMatchObject({ status: "mediation_ended", mediation_outcome: "no_agreement", refund_agreed_fen: null, due_on: null });
    expectOk(await act(t.db, haishu, complaintId, { intent: "close" }, T0));
  });

  it("rejects with an Art. 15 ground and the reply; the tracking page shows both", async () => {
    const { complaintId, trackingNo, accessCode } = await fileComplaint(t.db, { kindergartenId: kg.id, now: T0 });
    expectRefused(await act(t.db, haishu, complaintId, { intent: "reject", ground: "time_barred" }, T0), "invalid", "handling.reply.required");
    expectRefused(await act(t.db, haishu, complaintId, { intent: "reject", ground: "whatever", reply: "不予受理" }, T0), "invalid", "handling.ground.required");
    expectOk(await act(t.db, haishu, complaintId, { intent: "reject", ground: "time_barred", reply: "自知道权益受损之日起已超过三年，依法不予受理。" }, T0));
    expect(await complaintRow(t.db, complaintId)).toMatchObject({ status: "rejected", rejection_ground: "time_barred", last_reply_on: DAY0, due_on: null, due_state: null });
    const tracked = await trackComplaint(t.db, { trackingNo, accessCode }, T0);
    if (!tracked.ok) throw new Error("tracking refused");
    const rejected = tracked.complaint.timeline.find((e) => e.kind === "rejected")!;
    expect(rejected).toMatchObject({ text: "自知道权益受损之日起已超过三年，依法不予受理。", detail: { ground: "time_barred" } });

    // Finished: no decision again, no close; a reply and a case link still may follow.
    expectRefused(await act(t.db, haishu, complaintId, { intent: "accept" }, T0), "conflict", "handling.state.finished");
    expectRefused(await act(t.db, haishu, complaintId, { intent: "close" }, T0), "conflict", "handling.state.finished");
    expectOk(await act(t.db, haishu, complaintId, { intent: "reply", reply: "补充说明：可向人民法院起诉。" }, T0));
    expectOk(await act(t.db, haishu, complaintId, { intent: "link_case", caseId: "new" }, T0));
  });

  it("refuses what the procedure does not allow, each with its reason", async () => {
    const { complaintId } = await fileComplaint(t.db, { kindergartenId: kg.id, now: T0 });
    const refused = async (input: Record<string, string>, kind: string, key: string) => expectRefused(await act(t.db, haishu, complaintId, input, T0), kind, key);
    await refused({ intent: "close" }, "conflict", "handling.close.undecided");
    await refused({ intent: "start_mediation", consent: "on" }, "conflict", "handling.mediation.notAccepted");
    await refused({ intent: "record_outcome", outcome: "no_agreement" }, "conflict", "handling.mediation.notAccepted");
    expectRefused(await act(t.db, haishuLead, complaintId, { intent: "extend" }, T0), "conflict", "handling.track.extendReportOnly");
    await refused({ intent: "decide", decision: "no_case" }, "conflict", "handling.track.decideReportOnly");
    await refused({ intent: "reply", reply: "" }, "invalid", "handling.reply.required");
    await refused({ intent: "dance" }, "invalid", "handling.intent.unknown");

    expectOk(await act(t.db, haishu, complaintId, { intent: "accept" }, T0));
    await refused({ intent: "accept" }, "conflict", "handling.state.decided");
    await refused({ intent: "reject", ground: "material_missing", reply: "材料不全" }, "conflict", "handling.state.decided");
    await refused({ intent: "transfer", toRegion: JIANGBEI }, "conflict", "handling.transfer.decided");
    await refused({ intent: "start_mediation" }, "invalid", "handling.mediation.consent");
    await refused({ intent: "record_outcome", outcome: "agreement", refund: "100" }, "conflict", "handling.outcome.agreementWithoutMediation");
    await refused({ intent: "close" }, "conflict", "handling.close.mediationOpen");
    expectOk(await act(t.db, haishu, complaintId, { intent: "start_mediation", consent: "on" }, T0));
    await refused({ intent: "start_mediation", consent: "on" }, "conflict", "handling.mediation.notNow");
    await refused({ intent: "record_outcome", outcome: "agreement" }, "invalid", "handling.refund.required");
    await refused({ intent: "record_outcome", outcome: "no_agreement", refund: "5" }, "invalid", "handling.refund.onlyAgreement");
    await refused({ intent: "record_outcome", outcome: "agreement", refund: "-5" }, "invalid", "amount.negative");
    await refused({ intent: "close" }, "conflict", "handling.close.mediationOpen");
    // Nothing refused left a trace.
    expect((await events(complaintId)).map((e) => e.kind)).toEqual(["received", "accepted", "mediation_started"]);
  });

  it("refuses an action on a stale version, and a second officer's action on the same version", async () => {
    const { complaintId } = await fileComplaint(t.db, { kindergartenId: kg.id, now: T0 });
    const first = await handleComplaint({ db: t.db, actor: haishu, complaintId, input: { intent: "accept", version: "1" }, now: T0 });
    expectOk(first);
    const second = await handleComplaint({ db: t.db, actor: ningbo, complaintId, input: { intent: "reject", version: "1", ground: "not_samr_remit", reply: "不属于职责范围" }, now: T0 });
    expectRefused(second, "conflict", STALE_KEY);
    expectRefused(await handleComplaint({ db: t.db, actor: haishu, complaintId, input: { intent: "reply", reply: "好的" }, now: T0 }), "invalid", "handling.version.missing");
    // A stale page is told so before its fields are judged (the form they belong to may be offered no longer), as
    // reviewHandling tells its check: a reply too short, a ground missing, is not what stands in the way.
    for (const input of [{ intent: "reject", version: "1", reply: "否" }, { intent: "accept", version: "1", reply: "否" }]) {
      expectRefused(await handleComplaint({ db: t.db, actor: haishu, complaintId, input, now: T0 }), "conflict", STALE_KEY);
      expectRefused(await reviewHandling({ db: t.db, actor: haishu, complaintId, input, now: T0 }), "conflict", STALE_KEY);
    }
    expect((await complaintRow(t.db, complaintId)).status).toBe("accepted");
  });
});

describe("a report (举报): verify, extend, decide, tell", () => {
  it("extends verification once with a recorded approval, then opens a case", async () => {
    const { complaintId, trackingNo, accessCode } = await fileComplaint(t.db, { kindergartenId: kg.id, track: "report", now: T0 });
    expect(await complaintRow(t.db, complaintId)).toMatchObject({ due_kind: "verify", due_on: addWorkingDays(DAY0, 15).date });
    // 程序规定 Art. 18: approved by the office's head. An officer cannot extend it by naming someone; a lead takes the step.
    expectRefused(await act(t.db, haishu, complaintId, { intent: "extend", note: "需调取银行流水" }, T0), "forbidden", "handling.extend.leadOnly");
    expect(await complaintRow(t.db, complaintId)).toMatchObject({ verification_extended: 0 });
    expectOk(await act(t.db, haishuLead, complaintId, { intent: "extend", approver: "x", note: "需调取银行流水" }, T0));
    expect(await complaintRow(t.db, complaintId)).toMatchObject({ verification_extended: 1, due_on: addWorkingDays(DAY0, 30).date });
    const extended = await t.db.selectFrom("complaint_events").select("payload").where("complaint_id", "=", complaintId).where("kind", "=", "verification_extended").executeTakeFirstOrThrow();
    expect(JSON.parse(extended.payload)).toMatchObject({ approver: haishuLead.displayName, note: "需调取银行流水" });
    expectRefused(await act(t.db, haishuLead, complaintId, { intent: "extend" }, T0), "conflict", "handling.extend.already");

    expectRefused(await act(t.db, haishu, complaintId, { intent: "accept" }, T0), "conflict", "handling.track.reportNoAcceptance");
    expectRefused(await act(t.db, haishu, complaintId, { intent: "start_mediation", consent: "on" }, T0), "conflict", "handling.track.mediationComplaintOnly");
    expectRefused(await act(t.db, haishu, complaintId, { intent: "decide", decision: "case_opened" }, T0), "invalid", "handling.decision.caseRequired");
    const othersCase = await insertCase(t.db, { kindergartenId: otherKg.id, regionCode: HAISHU, severity: "amber", dueDate: "2026-10-01" });
    expectRefused(await act(t.db, haishu, complaintId, { intent: "decide", decision: "case_opened", caseId: othersCase }, T0), "invalid", "handling.case.notFound");

    const day = atNoon("2026-09-10");
    expectOk(await act(t.db, haishu, complaintId, { intent: "decide", decision: "case_opened", caseId: "new" }, day));
    const row = await complaintRow(t.db, complaintId);
    expect(row).toMatchObject({ status: "case_opened", decided_on: "2026-09-10", due_kind: "notify_reporter", due_on: addWorkingDays("2026-09-10", 5).date });
    const kase = await t.db.selectFrom("inspection_cases").selectAll().where("id", "=", row.case_id!).executeTakeFirstOrThrow();
    expect(kase).toMatchObject({ kindergarten_id: kg.id, region_code: HAISHU, source: "complaint", rule_id: COMPLAINT_CASE_RULE, status: "open", term: "2026-autumn" });
    expect(await t.db.selectFrom("case_events").select("kind").where("case_id", "=", kase.id).execute()).toEqual([{ kind: "opened" }]);

    expectRefused(await act(t.db, haishu, complaintId, { intent: "close" }, day), "conflict", "handling.close.notifyFirst");
    expectOk(await act(t.db, haishu, complaintId, { intent: "reply", reply: "经核查，已立案调查。" }, day));
    expectOk(await act(t.db, haishu, complaintId, { intent: "close" }, day));

    // The reporter sees the decision and the reply, never the approver, the note or the case.
    const tracked = await trackComplaint(t.db, { trackingNo, accessCode }, day);
    if (!tracked.ok) throw new Error("tracking refused");
    expect(tracked.complaint.timeline.map((e) => e.kind)).toEqual(["received", "decided", "reply", "closed"]);
    expect(tracked.complaint.timeline[1].detail).toEqual({ outcome: "case_opened" });
    const text = JSON.stringify(tracked);
    for (const secret of ["李局长", "银行流水", kase.id]) expect(text).not.toContain(secret);
  });

  it("an anonymous report has no one to tell: no clock after the decision", async () => {
    const { complaintId } = await fileComplaint(t.db, { kindergartenId: kg.id, track: "report", anonymous: true, now: T0 });
    expectOk(await act(t.db, haishu, complaintId, { intent: "decide", decision: "no_case" }, T0));
    expect(await complaintRow(t.db, complaintId)).toMatchObject({ status: "no_case", due_on: null, due_kind: null });
    expectOk(await act(t.db, haishu, complaintId, { intent: "close" }, T0));
  });

  it("tells the kindergarten what a case from complaints is about, once notified: the items and how many complaints, never whose", async () => {
    const first = await fileComplaint(t.db, { kindergartenId: kg.id, track: "report", now: T0 });
    const second = await fileComplaint(t.db, { kindergartenId: kg.id, track: "report", now: T0 });
    expectOk(await act(t.db, haishu, first.complaintId, { intent: "decide", decision: "case_opened", caseId: "new" }, T0));
    const caseId = (await complaintRow(t.db, first.complaintId)).case_id!;
    expectOk(await act(t.db, haishu, second.complaintId, { intent: "link_case", caseId }, T0));
    await t.db.updateTable("inspection_cases").set({ notified_at: T0.toISOString(), status: "awaiting_answer", answer_due_on: "2026-10-09" }).where("id", "=", caseId).execute();

    const view = await kindergartenCase(t.db, operator, caseId, T0);
    // Both complaints name 保教费: the item once, never how many (a count of one would point at a family).
    expect(view?.complaintItem).toEqual({ itemName: "保教费" });
    const text = JSON.stringify(view);
    for (const secret of [first.complaintId, second.complaintId, first.trackingNo, second.trackingNo, "王女士", "13800138000"]) expect(text).not.toContain(secret);
  });

  it("links an existing case of the kindergarten, once", async () => {
    const { complaintId } = await fileComplaint(t.db, { kindergartenId: kg.id, track: "report", now: T0 });
    const caseId = await insertCase(t.db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "amber", dueDate: "2026-10-01" });
    expectOk(await act(t.db, haishu, complaintId, { intent: "link_case", caseId }, T0));
    expect((await complaintRow(t.db, complaintId)).case_id).toBe(caseId);
    expectRefused(await act(t.db, haishu, complaintId, { intent: "link_case", caseId }, T0), "conflict", "handling.case.already");
    expect((await t.db.selectFrom("case_events").select("kind").where("case_id", "=", caseId).execute()).map((e) => e.kind)).toContain("complaint_linked");
    // A link is internal: not on the tracking page.
    const linked = (await events(complaintId)).find((e) => e.kind === "case_linked")!;
    expect(linked).toMatchObject({ public: 0, payload: { caseId } });
  });
});

describe("a complaint moved to another case", () => {
  /** What the officer's case page and the kindergarten's view read of a case's complaints. */
  const linkedTo = async (caseId: string) => (await getCaseForActor({ db: t.db, actor: haishu, caseId }))!.complaintIds;
  const reasonOf = async (caseId: string) => (await kindergartenCase(t.db, operator, caseId, T0))!.complaintItem;
  const notify = (caseId: string) =>
    t.db.updateTable("inspection_cases").set({ notified_at: T0.toISOString(), status: "awaiting_answer", answer_due_on: "2026-10-09" }).where("id", "=", caseId).execute();
  const timeline = async (caseId: string) =>
    (await t.db.selectFrom("case_events").select(["kind", "payload"]).where("case_id", "=", caseId).orderBy("created_at").orderBy("id").execute()).map((e) => ({
      kind: e.kind,
      payload: JSON.parse(e.payload) as Record<string, unknown>,
    }));

  it("is listed on the case it is linked to now, not on the first, whose timeline keeps it and says where it went", async () => {
    const meals = await fileComplaint(t.db, { kindergartenId: kg.id, track: "report", itemName: "伙食费", now: T0 });
    const care = await fileComplaint(t.db, { kindergartenId: kg.id, track: "report", now: new Date(T0.getTime() + 60_000) });
    expectOk(await act(t.db, haishu, meals.complaintId, { intent: "decide", decision: "case_opened", caseId: "new" }, T0));
    const first = (await complaintRow(t.db, meals.complaintId)).case_id!;
    expectOk(await act(t.db, haishu, care.complaintId, { intent: "link_case", caseId: first }, T0));
    await notify(first);
    expect(await linkedTo(first)).toEqual([meals.complaintId, care.complaintId]);
    expect(await reasonOf(first)).toEqual({ itemName: "伙食费、保教费" });

    // The officer moves the complaint about meals to another case of the kindergarten.
    const second = await insertCase(t.db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "amber", dueDate: "2026-10-01", source: "complaint", ruleId: COMPLAINT_CASE_RULE });
    const later = atNoon("2026-09-03");
    expectOk(await act(t.db, haishu, meals.complaintId, { intent: "link_case", caseId: second }, later));
    expect(await linkedTo(first)).toEqual([care.complaintId]);
    expect(await linkedTo(second)).toEqual([meals.complaintId]);
    expect(await reasonOf(first)).toEqual({ itemName: "保教费" });
    // History stays: the first case was opened from it, and now says it left, for which case; the case was touched.
    expect((await timeline(first)).map((e) => [e.kind, e.payload])).toEqual([
      ["opened", { source: "complaint", complaintId: meals.complaintId }],
      ["complaint_linked", { complaintId: care.complaintId }],
      ["complaint_moved", { complaintId: meals.complaintId, toCaseId: second }],
    ]);
    const touched = await t.db.selectFrom("inspection_cases").select("updated_at").where("id", "=", first).executeTakeFirstOrThrow();
    expect(touched.updated_at).toBe(later.toISOString());

    // The other one leaves too, for a new case opened from it: the first case holds none.
    expectOk(await act(t.db, haishu, care.complaintId, { intent: "decide", decision: "case_opened", caseId: "new" }, later));
    const third = (await complaintRow(t.db, care.complaintId)).case_id!;
    expect(await linkedTo(first)).toEqual([]);
    expect(await linkedTo(third)).toEqual([care.complaintId]);
    expect(await reasonOf(first)).toEqual({ itemName: null });
    expect((await timeline(first)).at(-1)).toEqual({ kind: "complaint_moved", payload: { complaintId: care.complaintId, toCaseId: third } });
  });

  it("leaves a cluster's case (R18), which keeps its item, and triage of the cluster again does not pull it back", async () => {
    const a = await fileComplaint(t.db, { kindergartenId: otherKg.id, track: "report", now: T0 });
    const b = await fileComplaint(t.db, { kindergartenId: otherKg.id, track: "report", now: new Date(T0.getTime() + 60_000) });
    const cluster = feeCluster(otherKg.id, [a.complaintId, b.complaintId]);
    // As triage does it: the case's audits are deferred to the transaction's final audit row.
    const triage = (at: Date) =>
      t.db.transaction().execute(async (trx) => {
        const outcome = await openOrUpdateCaseForComplaints(trx, cluster, at);
        await recordAudit(trx, { actorId: null, action: "complaint.triaged", entity: "complaint", entityId: a.complaintId, detail: {} }, at);
        return outcome;
      });
    const opened = await triage(T0);
    expect(await linkedTo(opened.caseId)).toEqual([a.complaintId, b.complaintId]);

    const elsewhere = await insertCase(t.db, { kindergartenId: otherKg.id, regionCode: HAISHU, severity: "amber", dueDate: "2026-10-01" });
    expectOk(await act(t.db, haishu, a.complaintId, { intent: "link_case", caseId: elsewhere }, T0));
    expect(await linkedTo(opened.caseId)).toEqual([b.complaintId]);
    expect((await timeline(opened.caseId)).at(-1)).toEqual({ kind: "complaint_moved", payload: { complaintId: a.complaintId, toCaseId: elsewhere } });
    // The cluster's item is the case's subject (its dedupe key): the kindergarten still reads it.
    await notify(opened.caseId);
    const otherOperator = await createActor(t.db, "operator", { regionCode: HAISHU, kindergartenId: otherKg.id });
    expect((await kindergartenCase(t.db, otherOperator, opened.caseId, T0))!.complaintItem).toEqual({ itemName: "保教费" });

    // A re-triage finds the same cluster: the moved complaint stays where the officer put it, and nothing is recorded.
    const again = await triage(atNoon("2026-09-04"));
    expect(again).toEqual({ caseId: opened.caseId, opened: false, reopened: false, linked: [] });
    expect((await complaintRow(t.db, a.complaintId)).case_id).toBe(elsewhere);
    expect(await linkedTo(opened.caseId)).toEqual([b.complaintId]);
    expect(await linkedTo(elsewhere)).toEqual([a.complaintId]);
  });

  it("names a cluster's item to the kindergarten masked by its complainants' stored names, one moved away since included", async () => {
    const a = await fileComplaint(t.db, { kindergartenId: otherKg.id, track: "report", now: T0 });
    const b = await fileComplaint(t.db, { kindergartenId: otherKg.id, track: "report", now: new Date(T0.getTime() + 60_000) });
    // Names the gate has no pattern for (it finds a Chinese name by its context): only the stored contact tells them.
    await t.db.updateTable("complaints").set({ contact_name: "Chen Jiahui" }).where("id", "=", a.complaintId).execute();
    await t.db.updateTable("complaints").set({ contact_name: "Zhou Yiming" }).where("id", "=", b.complaintId).execute();
    const cluster = { ...feeCluster(otherKg.id, [a.complaintId, b.complaintId]), itemKey: "兴趣班费", itemName: "兴趣班费 (chen jiahui, ZHOU YIMING)" };
    const opened = await t.db.transaction().execute(async (trx) => {
      const outcome = await openOrUpdateCaseForComplaints(trx, cluster, T0);
      await recordAudit(trx, { actorId: null, action: "complaint.triaged", entity: "complaint", entityId: a.complaintId, detail: {} }, T0);
      return outcome;
    });
    const elsewhere = await insertCase(t.db, { kindergartenId: otherKg.id, regionCode: HAISHU, severity: "amber", dueDate: "2026-10-01" });
    expectOk(await act(t.db, haishu, a.complaintId, { intent: "link_case", caseId: elsewhere }, T0));
    await notify(opened.caseId);
    const otherOperator = await createActor(t.db, "operator", { regionCode: HAISHU, kindergartenId: otherKg.id });
    const itemName = (await kindergartenCase(t.db, otherOperator, opened.caseId, T0))!.complaintItem!.itemName!;
    expect(itemName).toMatch(/^兴趣班费 \(/);
    for (const name of ["chen jiahui", "zhou yiming"]) expect(itemName.toLowerCase()).not.toContain(name);
  });
});

describe("an officer's action while triage links the same complaint", () => {
  /** Triage's process: another handle on the same database (a worker beside the web process). */
  let triageDb: DB;
  beforeAll(() => {
    triageDb = createDb(t.url);
  });
  afterAll(async () => {
    await triageDb?.destroy();
  });

  const timeline = async (caseId: string) =>
    (await t.db.selectFrom("case_events").select(["kind", "payload"]).where("case_id", "=", caseId).orderBy("created_at").orderBy("id").execute()).map(
      (e) => [e.kind, JSON.parse(e.payload) as Record<string, unknown>] as const,
    );

  /** Triage of a cluster as triageComplaint does it, its transaction held open, links made, until released. */
  function triageHeldOpen(cluster: ComplaintClusterForCase, at: Date) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let linked!: () => void;
    const hasLinked = new Promise<void>((resolve) => (linked = resolve));
    const done = triageDb.transaction().execute(async (trx) => {
      await lockComplaintLinks(trx, cluster.kindergartenId);
      const outcome = await openOrUpdateCaseForComplaints(trx, cluster, at);
      await recordAudit(trx, { actorId: null, action: "complaint.triaged", entity: "complaint", entityId: cluster.complaintIds[0], detail: {} }, at);
      linked();
      await released;
      return outcome;
    });
    return { hasLinked, release, done };
  }

  /** The officer's handle, telling when the action has read the complaint and begins its write (its transaction). */
  function writingTold(db: DB) {
    let begin!: () => void;
    const writing = new Promise<void>((resolve) => (begin = resolve));
    const handle = new Proxy(db, {
      get(target, prop) {
        if (prop === "transaction") {
          return () => {
            begin();
            return target.transaction();
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    return { handle, writing };
  }

  /**
   * Postgres: until the officer's transaction waits for a lock triage holds, so that triage commits while the officer
   * is writing. SQLite: its transaction waits for the file's write lock, which triage holds until it commits.
   */
  async function untilTheOfficerWaits() {
    if (TEST_DIALECT !== "pg") return;
    for (let tries = 0; tries < 400; tries++) {
      const waiting = await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(t.db);
      if (waiting.rows[0].n > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("the officer's action never waited for triage");
  }

  /** The officer reads the complaint before triage commits its link, and writes after. */
  async function racing(cluster: ComplaintClusterForCase, action: (db: DB) => Promise<{ ok: boolean }>) {
    const triage = triageHeldOpen(cluster, T0);
    await triage.hasLinked;
    const { handle, writing } = writingTold(t.db);
    const acted = action(handle as DB);
    await writing;
    await untilTheOfficerWaits();
    triage.release();
    const outcome = await triage.done;
    return { outcome, result: await acted };
  }

  async function clusterOfTwo() {
    const kindergarten = await createKindergarten(t.db, { name: "海曙小树苗幼儿园", region_code: HAISHU });
    const a = await fileComplaint(t.db, { kindergartenId: kindergarten.id, track: "report", now: T0 });
    const b = await fileComplaint(t.db, { kindergartenId: kindergarten.id, track: "report", now: new Date(T0.getTime() + 60_000) });
    return { kindergarten, a, b, cluster: feeCluster(kindergarten.id, [a.complaintId, b.complaintId]) };
  }

  it("a move reads the case holding the complaint as it writes: triage's link is the one it leaves, with complaint_moved", async () => {
    const { kindergarten, a, b, cluster } = await clusterOfTwo();
    const target = await insertCase(t.db, { kindergartenId: kindergarten.id, regionCode: HAISHU, severity: "amber", dueDate: "2026-10-01" });
    const { outcome, result } = await racing(cluster, (db) => act(db, haishu, a.complaintId, { intent: "link_case", caseId: target }, T0));
    expectOk(result);
    expect(outcome).toMatchObject({ opened: true, linked: [a.complaintId, b.complaintId] });
    expect((await complaintRow(t.db, a.complaintId)).case_id).toBe(target);
    expect((await complaintRow(t.db, b.complaintId)).case_id).toBe(outcome.caseId);
    expect((await timeline(outcome.caseId)).at(-1)).toEqual(["complaint_moved", { complaintId: a.complaintId, toCaseId: target }]);
    // The complaint's own event names the case it went to.
    expect((await events(a.complaintId)).at(-1)).toMatchObject({ kind: "case_linked", payload: { caseId: target } });
  });

  it("a report decided with a new case: the same", async () => {
    const { a, cluster } = await clusterOfTwo();
    const { outcome, result } = await racing(cluster, (db) => act(db, haishu, a.complaintId, { intent: "decide", decision: "case_opened", caseId: "new" }, T0));
    expectOk(result);
    const opened = (await complaintRow(t.db, a.complaintId)).case_id!;
    expect(opened).not.toBe(outcome.caseId);
    expect((await timeline(outcome.caseId)).at(-1)).toEqual(["complaint_moved", { complaintId: a.complaintId, toCaseId: opened }]);
  });

  it("a link to the very case triage links the complaint to meanwhile is refused as already made: one event, triage's", async () => {
    const { a, b, cluster } = await clusterOfTwo();
    // The cluster's case, opened by an earlier triage of b alone: the case the officer picks for a.
    const first = await triageDb.transaction().execute(async (trx) => {
      await lockComplaintLinks(trx, cluster.kindergartenId);
      const opened = await openOrUpdateCaseForComplaints(trx, { ...cluster, complaintIds: [b.complaintId] }, T0);
      await recordAudit(trx, { actorId: null, action: "complaint.triaged", entity: "complaint", entityId: b.complaintId, detail: {} }, T0);
      return opened;
    });
    const { outcome, result } = await racing(cluster, (db) => act(db, haishu, a.complaintId, { intent: "link_case", caseId: first.caseId }, T0));
    expect(outcome).toMatchObject({ caseId: first.caseId, linked: [a.complaintId] });
    expectRefused(result, "conflict", "handling.case.already");
    expect((await complaintRow(t.db, a.complaintId)).case_id).toBe(first.caseId);
    expect((await timeline(first.caseId)).map(([kind]) => kind)).toEqual(["opened", "complaints_linked"]);
    expect((await events(a.complaintId)).map((e) => e.kind)).not.toContain("case_linked");
  });

  it("an action that links nothing leaves triage's link as it is", async () => {
    const { a, cluster } = await clusterOfTwo();
    const { outcome, result } = await racing(cluster, (db) => act(db, haishu, a.complaintId, { intent: "reply", reply: "已收到您的举报，正在核查。" }, T0));
    expectOk(result);
    expect((await complaintRow(t.db, a.complaintId)).case_id).toBe(outcome.caseId);
  });
});

describe("transfer to the competent district (Art. 12)", () => {
  it("moves the complaint, restarts its clock there, and the first district loses it", async () => {
    const { complaintId, trackingNo, accessCode } = await fileComplaint(t.db, { kindergartenId: kg.id, track: "report", now: T0 });
    expectOk(await act(t.db, haishuLead, complaintId, { intent: "extend" }, T0));
    expectRefused(await act(t.db, haishu, complaintId, { intent: "transfer", toRegion: HAISHU }, T0), "conflict", "handling.transfer.same");
    expectRefused(await act(t.db, haishu, complaintId, { intent: "transfer", toRegion: NINGBO }, T0), "invalid", "handling.transfer.region");
    expectRefused(await act(t.db, haishu, complaintId, { intent: "transfer", toRegion: "999999" }, T0), "invalid", "handling.transfer.region");
    const day = atNoon("2026-09-08");
    expectOk(await act(t.db, haishu, complaintId, { intent: "transfer", toRegion: JIANGBEI, note: "实际经营地在江北" }, day));
    expect(await complaintRow(t.db, complaintId)).toMatchObject({
      status: "received",
      region_code: JIANGBEI,
      clock_from: "2026-09-08",
      verification_extended: 0,
      due_kind: "verify",
      due_on: addWorkingDays("2026-09-08", 15).date,
    });
    expectRefused(await act(t.db, haishu, complaintId, { intent: "reply", reply: "已移送" }, day), "not_found");
    expect(await complaintForOfficer(t.db, haishu, complaintId, day)).toBeNull();
    expect(await complaintForOfficer(t.db, jiangbei, complaintId, day)).not.toBeNull();
    expectOk(await act(t.db, jiangbei, complaintId, { intent: "decide", decision: "no_case", reply: "经核查，不予立案。" }, day));

    const tracked = await trackComplaint(t.db, { trackingNo, accessCode }, day);
    if (!tracked.ok) throw new Error("tracking refused");
    expect(tracked.complaint.timeline.find((e) => e.kind === "transferred")!.detail).toEqual({ toRegionName: "江北区" });
    expect(JSON.stringify(tracked)).not.toContain("实际经营地");
  });
});

describe("who may handle", () => {
  let complaintId: string;
  beforeEach(async () => {
    ({ complaintId } = await fileComplaint(t.db, { kindergartenId: kg.id, now: T0 }));
  });

  it("another district's officer: not found; read or handle", async () => {
    expectRefused(await act(t.db, jiangbei, complaintId, { intent: "accept" }, T0), "not_found");
    expect(await complaintForOfficer(t.db, jiangbei, complaintId)).toBeNull();
    const other = await createActor(t.db, "officer", { regionCode: XIHU });
    expect(await complaintForOfficer(t.db, other, complaintId)).toBeNull();
  });

  it("education officers and operators never; admin reads but does not handle", async () => {
    expectRefused(await act(t.db, education, complaintId, { intent: "accept" }, T0), "not_found");
    expect(await complaintForOfficer(t.db, education, complaintId)).toBeNull();
    expectRefused(await act(t.db, operator, complaintId, { intent: "accept" }, T0), "not_found");
    expectRefused(await act(t.db, admin, complaintId, { intent: "accept" }, T0), "forbidden", "handling.forbidden");
    const read = await complaintForOfficer(t.db, admin, complaintId);
    expect(read).toMatchObject({ canHandle: false, actions: [] });
  });

  it("the city's market officer sees and handles its districts' complaints", async () => {
    const view = await complaintForOfficer(t.db, ningbo, complaintId);
    expect(view).toMatchObject({ canHandle: true, actions: ["accept", "reject", "transfer", "link_case", "reply"] });
    expect(view!.complaint.contact).toEqual({ name: "王女士", phone: "13800138000", address: "宁波市海曙区某路1号" });
    expectOk(await act(t.db, ningbo, complaintId, { intent: "accept" }, T0));
  });
});

describe("the deadline sweep across the National Day holiday (2026-10-01..07)", () => {
  it("turns a complaint received on 2026-09-29 overdue only after its 7th working day, 2026-10-14, once", async () => {
    const { complaintId } = await fileComplaint(t.db, { kindergartenId: kg.id, now: atNoon("2026-09-29") });
    // 9-30, then the holiday, then 10-08, 10-09, 10-10 (a make-up Saturday), 10-12, 10-13, 10-14.
    expect(await complaintRow(t.db, complaintId)).toMatchObject({ due_on: "2026-10-14", due_state: "ok" });
    const sweepOn = async (date: string) => {
      await sweepComplaintDeadlines(t.db, atNoon(date));
      const row = await complaintRow(t.db, complaintId);
      const sweepEvents = (await events(complaintId)).filter((e) => e.kind === "due_soon" || e.kind === "overdue").map((e) => e.kind);
      return { state: row.due_state, version: row.version, sweepEvents };
    };
    // Mon–Fri counting would make it overdue on 10-09: the holiday counts for nothing.
    expect(await sweepOn("2026-10-07")).toEqual({ state: "ok", version: 1, sweepEvents: [] });
    expect(await sweepOn("2026-10-09")).toEqual({ state: "ok", version: 1, sweepEvents: [] });
    expect(await sweepOn("2026-10-12")).toEqual({ state: "due_soon", version: 1, sweepEvents: ["due_soon"] });
    expect(await sweepOn("2026-10-14")).toEqual({ state: "due_soon", version: 1, sweepEvents: ["due_soon"] });
    expect(await sweepOn("2026-10-15")).toEqual({ state: "overdue", version: 1, sweepEvents: ["due_soon", "overdue"] });
    expect(await sweepOn("2026-10-15")).toEqual({ state: "overdue", version: 1, sweepEvents: ["due_soon", "overdue"] });
    expect(await sweepOn("2026-10-16")).toEqual({ state: "overdue", version: 1, sweepEvents: ["due_soon", "overdue"] });

    // The sweep's events are the officers' alone.
    const sweepEvent = (await events(complaintId)).find((e) => e.kind === "overdue")!;
    expect(sweepEvent).toMatchObject({ public: 0, party: "system", actor_id: null, payload: { dueKind: "accept", dueOn: "2026-10-14" } });
    // An officer's page of that day says so too; the version is untouched, so an open form still posts.
    const view = await complaintForOfficer(t.db, haishu, complaintId, atNoon("2026-10-16"));
    expect(view!.deadline).toMatchObject({ kind: "accept", dueOn: "2026-10-14", state: "overdue", workingDaysLeft: -2 });
    expectOk(await act(t.db, haishu, complaintId, { intent: "accept" }, atNoon("2026-10-16")));
  });

  it("ends mediation that reached 45 working days of acceptance, on that day, and starts the notice clock", async () => {
    const { complaintId, trackingNo, accessCode } = await fileComplaint(t.db, { kindergartenId: kg.id, now: T0 });
    expectOk(await act(t.db, haishu, complaintId, { intent: "accept" }, T0));
    expectOk(await act(t.db, haishu, complaintId, { intent: "start_mediation", consent: "on" }, T0));
    const end = addWorkingDays(DAY0, 45).date;
    // Mid-Autumn and the National Day week lie inside the 45 working days: 2026-11-09, where Mon–Fri gives 11-03.
    expect(end).toBe("2026-11-09");
    await sweepComplaintDeadlines(t.db, atNoon(end));
    expect((await complaintRow(t.db, complaintId)).status).toBe("mediating");

    const after = atNoon(addWorkingDays(end, 1).date);
    const first = await sweepComplaintDeadlines(t.db, after);
    expect(first.mediationExpired).toBeGreaterThanOrEqual(1);
    const row = await complaintRow(t.db, complaintId);
    expect(row).toMatchObject({
      status: "mediation_ended",
      mediation_outcome: "expired",
      mediation_ended_on: end,
      due_kind: "notify_termination",
      due_on: addWorkingDays(end, 7).date,
      version: 4,
    });
    const again = await sweepComplaintDeadlines(t.db, after);
    expect(again.mediationExpired).toBe(0);
    expect((await events(complaintId)).filter((e) => e.kind === "mediation_ended")).toHaveLength(1);

    const tracked = await trackComplaint(t.db, { trackingNo, accessCode }, after);
    if (!tracked.ok) throw new Error("tracking refused");
    expect(tracked.complaint.timeline.at(-1)).toMatchObject({ kind: "mediation_ended", detail: { outcome: "expired" } });
    expect(tracked.complaint.deadline).toMatchObject({ kind: "notify_termination" });
  });
});

describe("the queue", () => {
  let q: TestDb;
  let officer: Actor;
  let city: Actor;
  let kgA: { id: string; region_code: string };
  let kgB: { id: string; region_code: string };
  let kgJ: { id: string; region_code: string };

  beforeAll(async () => {
    q = await createTestDb();
    await seedReferenceData(q.db);
    kgA = await createKindergarten(q.db, { name: "海曙阳光幼儿园", region_code: HAISHU });
    kgB = await createKindergarten(q.db, { name: "海曙蓝天幼儿园", region_code: HAISHU });
    kgJ = await createKindergarten(q.db, { name: "江北绿洲幼儿园", region_code: JIANGBEI });
    officer = await createActor(q.db, "officer", { regionCode: HAISHU });
    city = await createActor(q.db, "officer", { regionCode: NINGBO });
  });
  afterAll(async () => {
    await q?.destroy();
  });

  it("lists most urgent first with the clock in working days, counts, filters and keyset pages", async () => {
    const today = "2026-09-30";
    const now = atNoon(today);
    const old = await fileComplaint(q.db, { kindergartenId: kgA.id, now: atNoon("2026-09-01") }); // due 09-10: overdue
    const soon = await fileComplaint(q.db, { kindergartenId: kgB.id, now: atNoon("2026-09-20") }); // a make-up Sunday: due 09-30, today
    const fresh = await fileComplaint(q.db, { kindergartenId: kgA.id, track: "report", now }); // verify: 15 working days
    const jiangbeiOne = await fileComplaint(q.db, { kindergartenId: kgJ.id, now });
    const done = await fileComplaint(q.db, { kindergartenId: kgB.id, now });
    expectOk(await act(q.db, officer, done.complaintId, { intent: "reject", ground: "not_samr_remit", reply: "不属于职责范围" }, now));

    const queue = (await complaintQueue(q.db, officer, {}, now))!;
    expect(queue.rows.map((r) => r.id)).toEqual([old.complaintId, soon.complaintId, fresh.complaintId]);
    expect(queue.rows[0].deadline).toMatchObject({ kind: "accept", dueOn: "2026-09-10", state: "overdue", calendarComplete: true });
    expect(queue.rows[1].deadline).toMatchObject({ dueOn: "2026-09-30", workingDaysLeft: 0, state: "due_soon" });
    expect(queue.rows[2].deadline).toMatchObject({ kind: "verify", state: "ok" });
    expect(queue.counts).toMatchObject({ open: 3, received: 3, rejected: 1, overdue: 1, dueSoon: 1 });

    const ids = async (filters: Parameters<typeof complaintQueue>[2], actor = officer) => (await complaintQueue(q.db, actor, filters, now))!.rows.map((r) => r.id);
    expect(await ids({ track: "report" })).toEqual([fresh.complaintId]);
    expect(await ids({ overdue: true })).toEqual([old.complaintId]);
    expect(await ids({ state: "rejected" })).toEqual([done.complaintId]);
    expect(await ids({ state: "all" })).toEqual([old.complaintId, soon.complaintId, fresh.complaintId, done.complaintId]);
    expect(await ids({ kind: "refund" })).toEqual([]);
    expect(await ids({ kindergarten: "蓝天" })).toEqual([soon.complaintId]);
    expect(await ids({ kindergarten: kgA.id.toLowerCase() })).toEqual([old.complaintId, fresh.complaintId]);
    expect(await ids({ kindergarten: "100%_" })).toEqual([]);
    // Words as every search of names splits them (spaces, commas, 、), each in either name, in any width or case.
    for (const kindergarten of ["海曙，蓝天", "蓝天、海曙", "蓝天 幼儿园", "海曙,蓝天幼儿园"]) expect(await ids({ kindergarten }), kindergarten).toEqual([soon.complaintId]);
    expect(await ids({ kindergarten: "蓝天，阳光" })).toEqual([]);
    expect(await ids({ kindergarten: "，、" })).toEqual([]);
    // More than SEARCH_MAX_TERMS words: refused, with the message the searches give, and the list read without them.
    const six = (await complaintQueue(q.db, officer, { kindergarten: "海曙 蓝天 幼儿 园所 阳光 双语" }, now))!;
    expect(six.kindergartenRefused).toEqual({ key: "disclosure.search.tooManyTerms", vars: { max: 5 } });
    expect(six.rows.map((r) => r.id)).toEqual([old.complaintId, soon.complaintId, fresh.complaintId]);
    expect((await complaintQueue(q.db, officer, { kindergarten: "蓝天" }, now))!.kindergartenRefused).toBeNull();
    // Scope: the city sees both districts; Jiangbei is not in Haishu's queue.
    expect(await ids({}, city)).toContain(jiangbeiOne.complaintId);
    expect(await ids({})).not.toContain(jiangbeiOne.complaintId);
    expect(await complaintQueue(q.db, { ...officer, agency: "education" }, {}, now)).toBeNull();

    // Paging: more than a page, in order, each once.
    for (let i = 0; i < QUEUE_PAGE_SIZE; i++) await fileComplaint(q.db, { kindergartenId: kgB.id, now: atNoon("2026-09-29") });
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 5; pages++) {
      const page = (await complaintQueue(q.db, officer, { after }, now))!;
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toHaveLength(QUEUE_PAGE_SIZE + 3);
    expect(new Set(seen).size).toBe(seen.length);
    const dues = (await q.db.selectFrom("complaints").select(["id", "due_on"]).where("id", "in", seen).execute()).reduce<Record<string, string>>((m, r) => ({ ...m, [r.id]: r.due_on! }), {});
    const ordered = seen.map((id) => dues[id]);
    expect([...ordered].sort()).toEqual(ordered);
    // A mangled cursor starts again from the top.
    expect((await complaintQueue(q.db, officer, { after: "%%%" }, now))!.rows[0].id).toBe(old.complaintId);
  });

  it("finds by name a complaint transferred in about a kindergarten registered in another district", async () => {
    const now = atNoon("2026-10-09");
    const jiangbei = await createActor(q.db, "officer", { regionCode: JIANGBEI });
    const moved = await fileComplaint(q.db, { kindergartenId: kgJ.id, now });
    expectOk(await act(q.db, jiangbei, moved.complaintId, { intent: "transfer", toRegion: HAISHU, note: "实际经营地在海曙" }, now));
    const ids = async (kindergarten: string, actor = officer) => (await complaintQueue(q.db, actor, { kindergarten, state: "all" }, now))!.rows.map((r) => r.id);
    // By its name, its USCC and a region named among the words (the city narrowing its search to Haishu).
    const { uscc } = await q.db.selectFrom("kindergartens").select("uscc").where("id", "=", kgJ.id).executeTakeFirstOrThrow();
    for (const query of ["绿洲", "江北 绿洲", uscc, uscc.slice(0, 17).toLowerCase()]) expect(await ids(query), query).toEqual([moved.complaintId]);
    // The city's search narrowed to Haishu finds it too (and the kindergarten's complaints elsewhere in the city).
    expect(await ids("海曙 绿洲", city)).toContain(moved.complaintId);
    expect(await ids("海曙 绿洲")).toEqual([moved.complaintId]);
    // Jiangbei's queue no longer holds it, and finds none of its other complaints by a name Haishu's office knows.
    expect(await ids("绿洲", jiangbei)).not.toContain(moved.complaintId);
    expect(await ids("阳光", jiangbei)).toEqual([]);
  });
});

/** Triage's R18 cluster of a Haishu kindergarten's complaints about its 保教费, received on DAY0. */
function feeCluster(kindergartenId: string, complaintIds: string[]): ComplaintClusterForCase {
  return {
    kindergartenId,
    regionCode: HAISHU,
    ruleId: "R18",
    ruleVersion: 1,
    severity: "amber",
    itemKey: "保教费",
    itemName: "保教费",
    receivedOn: DAY0,
    complaintIds,
  };
}
