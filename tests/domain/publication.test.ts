/**
 * Publishing a decided violation (rule R20) in the domain: the drafting job
 * (idempotent, the consented complaint excerpt only), the personal-data gate
 * blocking submission until the officer redacts, two-person approval with its
 * refusals (the drafter, the submitter, an officer without the permission,
 * another district), returns with a reason and every revision kept, stale
 * versions, the publication deadline across the 2026 National Day holiday,
 * withdrawal when the retention ends (the sweep, idempotent) and when the
 * decision is overturned, a case reopened before approval, and a case decided
 * anew taking down its earlier decision's public cases (superseded).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workCase } from "~/domain/cases/case-work.server";
import { redact } from "~/domain/personal-data/personal-data-gate";
import { placeBefore } from "~/domain/publication/public-case-content.server";
import { draftPublicCase } from "~/domain/publication/public-case-draft.server";
import { publicCaseById } from "~/domain/publication/public-cases.queries.server";
import { publicCaseDrafts, publicCaseForOfficer } from "~/domain/publication/public-case-drafts.queries.server";
import { sweepPublications } from "~/domain/publication/public-case-sweep.server";
import { workPublicCase } from "~/domain/publication/public-case.service.server";
import type { Actor } from "~/domain/users/actor";
import { addDays } from "~/utils/civil-date";
import { atNoon } from "../factories/complaint-handling";
import { fileComplaint } from "../factories/complaints";
import { decidedViolation, publicationStep, publishedCase, REFUND_DECISION } from "../factories/publication";
import { createActor, createKindergarten, HAISHU, insertCase, JIANGBEI, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let officer: Actor;
let lead: Actor;
let secondLead: Actor;
let colleague: Actor;
let jiangbeiLead: Actor;
let ndrc: Actor;
let kg: { id: string; region_code: string };

/** A Tuesday before the 2026 Mid-Autumn (Fri Sep 25) and National Day (Oct 1–7, make-up Saturday Oct 10) holidays. */
const DAY0 = "2026-09-22";
const T0 = atNoon(DAY0);

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  kg = await createKindergarten(t.db, { name: "海曙春芽幼儿园", region_code: HAISHU });
  officer = await createActor(t.db, "officer", { regionCode: HAISHU });
  colleague = await createActor(t.db, "officer", { regionCode: HAISHU });
  lead = await createActor(t.db, "officer", { regionCode: HAISHU, lead: true });
  secondLead = await createActor(t.db, "officer", { regionCode: HAISHU, lead: true, agency: "education" });
  jiangbeiLead = await createActor(t.db, "officer", { regionCode: JIANGBEI, lead: true });
  ndrc = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "development_reform" });
});

afterAll(async () => {
  await t?.destroy();
});

const ok = (r: { ok: boolean }) => expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
const refused = (r: unknown, kind: string, key: string) => {
  expect(r).toMatchObject({ ok: false, kind });
  expect(JSON.stringify(r)).toContain(key);
};
const caseRow = (id: string) => t.db.selectFrom("inspection_cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const pub = (id: string) => t.db.selectFrom("public_cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
/** The publication jobs handed off for a case (one per decision). */
const decidedJobs = async (caseId: string) =>
  (await t.db.selectFrom("outbox").select("payload").where("topic", "=", "case.decided").execute()).filter((o) => JSON.parse(o.payload).caseId === caseId).length;

async function caseStep(caseId: string, input: Record<string, unknown>) {
  const { version } = await caseRow(caseId);
  return workCase({ db: t.db, actor: officer, caseId, input: { version: String(version), ...input }, now: T0 });
}
const publish = (actor: Actor, id: string, input: Record<string, unknown>, now = T0) => publicationStep(t.db, actor, id, input, now);

/** A case of the kindergarten decided with a refund order (or another violation decision), and its drafted public case. */
async function decidedCase(decision: Record<string, string> = REFUND_DECISION(DAY0)) {
  const caseId = await decidedViolation(t.db, officer, kg, T0, decision);
  const drafted = await draftPublicCase(t.db, caseId, T0);
  if (!drafted.drafted) throw new Error(`not drafted: ${drafted.reason}`);
  return { caseId, id: drafted.id };
}

describe("the generated summary's place", () => {
  it("gives the place once, when the kindergarten's name starts with part of it", () => {
    expect(placeBefore("浙江省宁波市海曙区", "宁波市海曙区童话森林幼儿园有限公司")).toBe("浙江省");
    expect(placeBefore("浙江省宁波市海曙区", "海曙区星星草幼儿园")).toBe("浙江省宁波市");
    expect(placeBefore("浙江省宁波市海曙区", "星星草幼儿园")).toBe("浙江省宁波市海曙区");
    expect(placeBefore("浙江省宁波市海曙区", "宁波星星草幼儿园")).toBe("浙江省宁波市海曙区");
  });
});

describe("drafting (job)", () => {
  it("a violation decision hands the drafting job off in its own transaction; the job drafts once", async () => {
    const { caseId, id } = await decidedCase();
    const outbox = await t.db.selectFrom("outbox").select(["topic", "payload"]).where("topic", "=", "case.decided").execute();
    expect(outbox.map((o) => JSON.parse(o.payload).caseId)).toContain(caseId);
    expect(await draftPublicCase(t.db, caseId, T0)).toEqual({ drafted: false, reason: "already_drafted", superseded: [] });

    const draft = await pub(id);
    expect(draft).toMatchObject({ status: "draft", decision_kind: "refund_ordered", decided_on: DAY0, region_code: HAISHU, revision: 1 });
    const revision = await t.db.selectFrom("public_case_revisions").selectAll().where("public_case_id", "=", id).executeTakeFirstOrThrow();
    expect(revision.author_id).toBeNull();
    expect(revision.summary).toContain("海曙春芽幼儿园");
    expect(revision.summary).toContain("24,000.00元");
    expect(revision.summary).toContain("20户");
    expect(revision.complaint_excerpt).toBe("");
  });

  it("a decision without a violation goes to the job too, which drafts nothing", async () => {
    const caseId = await insertCase(t.db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "amber", dueDate: addDays(DAY0, 20), openedAt: T0.toISOString() });
    ok(await caseStep(caseId, { intent: "assign", assignee: officer.id }));
    ok(await caseStep(caseId, { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "核查无违规" }));
    expect(await decidedJobs(caseId)).toBe(1);
    expect(await draftPublicCase(t.db, caseId, T0)).toEqual({ drafted: false, reason: "not_a_violation", superseded: [] });
  });

  it("quotes a complaint's narrative only when its complainant consented to publication", async () => {
    const caseId = await insertCase(t.db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "red", dueDate: addDays(DAY0, 20), openedAt: T0.toISOString() });
    await insertComplaint(caseId, 0, "这段叙述的投诉人没有同意公开，不得出现在案例中。");
    await insertComplaint(caseId, 1, "园方以兴趣班名义另收费用，每月四百元。");
    ok(await caseStep(caseId, { intent: "assign", assignee: officer.id }));
    ok(await caseStep(caseId, { intent: "decide", kind: "rectification_ordered", basis: "price-penalty-art9", byDate: addDays(DAY0, 30) }));
    const drafted = await draftPublicCase(t.db, caseId, T0);
    if (!drafted.drafted) throw new Error("not drafted");
    const revision = await t.db.selectFrom("public_case_revisions").selectAll().where("public_case_id", "=", drafted.id).executeTakeFirstOrThrow();
    expect(revision.complaint_excerpt).toBe("园方以兴趣班名义另收费用，每月四百元。");
  });

  it("is due 20 working days after the decision, counted across the National Day holiday", async () => {
    const { id } = await decidedCase();
    // Sep 23, 24, 28, 29, 30, Oct 8, 9, 10 (make-up Saturday), 12–16, 19–23, 26, 27.
    expect((await pub(id)).publish_due_on).toBe("2026-10-27");
    const list = await publicCaseDrafts(t.db, officer, "open", T0);
    expect(list?.rows.find((r) => r.id === id)).toMatchObject({ daysLeft: 20, overdue: false, dueEstimated: false });
    // A deadline in a year whose holiday notice is not out yet is counted Mon–Fri, and said to be an estimate.
    await t.db.updateTable("public_cases").set({ publish_due_on: "2031-01-02" }).where("id", "=", id).execute();
    expect((await publicCaseDrafts(t.db, officer, "open", T0))?.rows.find((r) => r.id === id)).toMatchObject({ dueEstimated: true });
  });

  it("is overdue on the weekend after a Friday deadline, on the draft's page as in the list, with no working day since", async () => {
    const { id } = await decidedCase();
    await t.db.updateTable("public_cases").set({ publish_due_on: "2026-10-23" }).where("id", "=", id).execute();
    const saturday = new Date("2026-10-24T04:00:00Z");
    expect((await publicCaseDrafts(t.db, officer, "open", saturday))?.rows.find((r) => r.id === id)).toMatchObject({ daysLeft: 0, overdue: true });
    expect((await publicCaseForOfficer(t.db, officer, id, saturday))?.publicCase).toMatchObject({ daysLeft: 0, overdue: true });
    expect((await publicCaseForOfficer(t.db, officer, id, new Date("2026-10-23T04:00:00Z")))?.publicCase).toMatchObject({ daysLeft: 0, overdue: false });
  });
});

describe("the gate, redaction and two-person approval", () => {
  const leaky = {
    summary: "经查，海曙春芽幼儿园向家长收取赞助费2000元。",
    narrative: "家长张伟反映，孩子王小明在大一班，身份证号 330203 2019 0512 0013。联系电话１３８１２３４５６７８。",
    complaintExcerpt: "",
  };

  it("blocks submission while a text holds personal data, names the texts, and passes once redacted", async () => {
    const { id } = await decidedCase();
    ok(await publish(officer, id, { intent: "revise", ...leaky }));
    const blocked = await publish(officer, id, { intent: "submit" });
    refused(blocked, "invalid", "publication.gate.blocked");
    expect(JSON.stringify(blocked)).toContain("narrative");
    expect(JSON.stringify(blocked)).not.toContain('"summary"');

    const view = await publicCaseForOfficer(t.db, officer, id, T0);
    const kinds = new Set(view!.hits.narrative!.map((h) => h.kind));
    for (const kind of ["person_name", "id_number", "mobile"]) expect(kinds).toContain(kind);
    // The kindergarten's name and the amount are what the case is about: kept.
    expect(view!.hits.summary).toBeUndefined();

    const redacted = redact(leaky.narrative);
    expect(redacted).not.toContain("王小明");
    ok(await publish(officer, id, { intent: "revise", ...leaky, narrative: redacted }));
    ok(await publish(officer, id, { intent: "submit" }));
    expect(await pub(id)).toMatchObject({ status: "pending_approval", submitted_by: officer.id, revision: 3 });
  });

  it("refuses approval by the drafter, the submitter, an officer without the permission and another district; a second officer approves", async () => {
    const { id } = await decidedCase();
    ok(await publish(lead, id, { intent: "revise", ...leaky, narrative: "" }));
    ok(await publish(officer, id, { intent: "submit" }));

    refused(await publish(officer, id, { intent: "approve" }), "forbidden", "publication.forbidden"); // no publish permission
    refused(await publish(colleague, id, { intent: "approve" }), "forbidden", "publication.forbidden");
    refused(await publish(lead, id, { intent: "approve" }), "forbidden", "publication.approve.ownDraft"); // wrote revision 2
    refused(await publish(jiangbeiLead, id, { intent: "approve" }), "not_found", "publication.notFound");
    refused(await publish(ndrc, id, { intent: "approve" }), "not_found", "publication.notFound");
    expect((await pub(id)).status).toBe("pending_approval");

    ok(await publish(secondLead, id, { intent: "approve" }));
    const published = await pub(id);
    expect(published).toMatchObject({ status: "published", published_by: secondLead.id, published_on: DAY0, withdraw_due_on: "2029-09-22" });
    const content = JSON.parse(published.content!);
    expect(content).toMatchObject({ kindergarten: { name: "海曙春芽幼儿园" }, decision: { kind: "refund_ordered", amountFen: 2400000, families: 20 } });
    expect(content.summary).toBe(leaky.summary);
    const audit = await t.db.selectFrom("audit_log").select("action").where("entity_id", "=", id).orderBy("seq").execute();
    expect(audit.map((a) => a.action)).toEqual(["publication.draft", "publication.revise", "publication.submit", "publication.approve"]);
  });

  it("an officer who submitted is refused too, even with the permission", async () => {
    const { id } = await decidedCase();
    ok(await publish(lead, id, { intent: "submit" }));
    refused(await publish(lead, id, { intent: "approve" }), "forbidden", "publication.approve.ownDraft");
    refused(await publish(lead, id, { intent: "return", reason: "自己退回" }), "forbidden", "publication.approve.ownDraft");
  });

  it("a return carries its reason back to the drafter; every revision is kept", async () => {
    const { id } = await decidedCase();
    ok(await publish(officer, id, { intent: "submit" }));
    refused(await publish(lead, id, { intent: "return", reason: "" }), "invalid", "publication.reason.required");
    refused(await publish(lead, id, { intent: "return", reason: " 退 " }), "invalid", "publication.reason.required");
    ok(await publish(lead, id, { intent: "return", reason: "请补充整改结果" }));
    ok(await publish(officer, id, { intent: "revise", summary: "经查，海曙春芽幼儿园多收费用，已责令退还。", narrative: "已退还全部家庭。" }));
    ok(await publish(officer, id, { intent: "submit" }));
    const view = await publicCaseForOfficer(t.db, officer, id, T0);
    expect(view!.revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect(view!.events.map((e) => e.kind)).toEqual(["drafted", "submitted", "returned", "revised", "submitted"]);
    expect(view!.events.find((e) => e.kind === "returned")!.payload).toMatchObject({ reason: "请补充整改结果" });
    expect(view!.steps).toEqual([]);
    expect((await publicCaseForOfficer(t.db, lead, id, T0))!.steps).toEqual(["approve", "return", "overturn"]);
  });

  it("a step on a page read before another officer's step is refused as stale", async () => {
    const { id } = await decidedCase();
    const { version } = await pub(id);
    ok(await workPublicCase({ db: t.db, actor: officer, publicCaseId: id, input: { intent: "submit", version: String(version) }, now: T0 }));
    refused(await workPublicCase({ db: t.db, actor: colleague, publicCaseId: id, input: { intent: "revise", version: String(version), summary: "x" }, now: T0 }), "conflict", "publication.stale");
  });

  it("refuses approval once the case was reopened: its decision is no longer final", async () => {
    const { caseId, id } = await decidedCase();
    ok(await publish(officer, id, { intent: "submit" }));
    ok(await caseStep(caseId, { intent: "reopen", reason: "复议撤销" }));
    refused(await publish(lead, id, { intent: "approve" }), "conflict", "publication.case.changed");
  });

  it("puts the draft of a reopened case on hold: no step but withdrawal, no preview, no clock; its page still names the kindergarten", async () => {
    const { caseId, id } = await decidedCase();
    expect((await publicCaseForOfficer(t.db, officer, id, T0))!.onHold).toBe(false);
    ok(await caseStep(caseId, { intent: "reopen", reason: "发现新的收费事实，重新核查" }));

    const view = (await publicCaseForOfficer(t.db, lead, id, T0))!;
    expect(view).toMatchObject({ onHold: true, preview: null, steps: ["overturn"] });
    expect(view.publicCase).toMatchObject({ kindergarten_name: "海曙春芽幼儿园", daysLeft: null });
    expect((await publicCaseForOfficer(t.db, officer, id, T0))!.steps).toEqual([]);
    refused(await publish(officer, id, { intent: "revise", summary: "改写的摘要" }), "conflict", "publication.case.changed");
    refused(await publish(officer, id, { intent: "submit" }), "conflict", "publication.case.changed");
    expect(await pub(id)).toMatchObject({ status: "draft", revision: 1 });
    const row = (await publicCaseDrafts(t.db, officer, "open", T0))!.rows.find((r) => r.id === id);
    expect(row).toMatchObject({ onHold: true, daysLeft: null, overdue: false });
  });
});

describe("withdrawal", () => {
  const published = (decision: Record<string, string> = REFUND_DECISION(DAY0)) => publishedCase(t.db, officer, lead, kg, T0, decision);

  it("the sweep withdraws a case when its kind's retention ends (3 months for an order to rectify), once", async () => {
    const minor = await published({ kind: "rectification_ordered", basis: "price-penalty-art9", byDate: addDays(DAY0, 30) });
    const major = await published();
    expect((await pub(minor.id)).withdraw_due_on).toBe("2026-12-22");

    expect(await sweepPublications(t.db, atNoon("2026-12-21"))).toEqual({ withdrawn: 0 });
    const swept = await sweepPublications(t.db, atNoon("2026-12-22"));
    expect(swept.withdrawn).toBeGreaterThanOrEqual(1);
    expect(await pub(minor.id)).toMatchObject({ status: "withdrawn", withdrawal_reason: "expired", content: null });
    expect((await pub(major.id)).status).toBe("published");
    expect(await sweepPublications(t.db, atNoon("2026-12-22"))).toEqual({ withdrawn: 0 });
  });

  it("an overturned decision withdraws the case at once and reopens its case, with the officer's reason on both timelines", async () => {
    const { id, caseId } = await published();
    refused(await publish(officer, id, { intent: "overturn", reason: "复议撤销" }), "forbidden", "publication.forbidden");
    ok(await publish(secondLead, id, { intent: "overturn", reason: "行政复议决定撤销原处罚决定" }));
    expect(await pub(id)).toMatchObject({ status: "withdrawn", withdrawal_reason: "overturned", content: null });
    // The decision no longer stands: the case is worked again, its earlier decision on the timeline.
    expect(await t.db.selectFrom("inspection_cases").select(["status", "decision_kind", "decided_on"]).where("id", "=", caseId).executeTakeFirstOrThrow()).toEqual({
      status: "in_progress",
      decision_kind: null,
      decided_on: null,
    });
    const reopened = await t.db.selectFrom("case_events").select(["kind", "payload"]).where("case_id", "=", caseId).orderBy("created_at", "desc").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(reopened.kind).toBe("reopened");
    expect(JSON.parse(reopened.payload)).toEqual({ reason: "decision_overturned", note: "行政复议决定撤销原处罚决定", previousDecision: "refund_ordered" });
    const audited = await t.db.selectFrom("audit_log").select(["action", "actor_id"]).where("entity_id", "=", caseId).where("action", "=", "case.reopen").execute();
    expect(audited).toEqual([{ action: "case.reopen", actor_id: secondLead.id }]);
    refused(await publish(secondLead, id, { intent: "overturn", reason: "again" }), "conflict", "publication.state.withdrawn");
  });
});

describe("a case decided anew (reopened, then decided again)", () => {
  const reopen = (caseId: string) => caseStep(caseId, { intent: "reopen", reason: "复议撤销原决定，重新核查" });
  const events = async (id: string) =>
    (await t.db.selectFrom("public_case_events").select(["kind", "payload"]).where("public_case_id", "=", id).execute()).map((e) => `${e.kind}:${JSON.parse(e.payload).reason ?? ""}`);
  const supersedeAudits = async (id: string) =>
    (await t.db.selectFrom("audit_log").select("id").where("entity_id", "=", id).where("action", "=", "publication.supersede").execute()).length;

  it("the earlier decision's draft, which could no longer be approved, is taken down and never public; the new one is drafted", async () => {
    const { caseId, id: first } = await decidedCase();
    ok(await publish(officer, first, { intent: "submit" }));
    ok(await reopen(caseId));
    ok(await caseStep(caseId, { intent: "decide", kind: "rectification_ordered", basis: "price-penalty-art9", byDate: addDays(DAY0, 30) }));

    const again = await draftPublicCase(t.db, caseId, T0);
    expect(again).toMatchObject({ drafted: true, superseded: [first] });
    expect(await pub(first)).toMatchObject({ status: "withdrawn", withdrawal_reason: "superseded", content: null });
    expect(await events(first)).toContain("withdrawn:superseded");
    expect(await supersedeAudits(first)).toBe(1);
    // It was never published: the public finds nothing under its id.
    expect(await publicCaseById(t.db, first)).toBeNull();
    // The job again: nothing more.
    expect(await draftPublicCase(t.db, caseId, T0)).toEqual({ drafted: false, reason: "already_drafted", superseded: [] });
    expect(await supersedeAudits(first)).toBe(1);
    const list = await publicCaseDrafts(t.db, officer, "open", T0);
    expect(list?.rows.map((r) => r.id)).not.toContain(first);
  });

  it("a published case whose case is decided anew without a violation reads as withdrawn, its content gone", async () => {
    const { caseId, id } = await publishedCase(t.db, officer, lead, kg, T0, REFUND_DECISION(DAY0));
    ok(await reopen(caseId));
    ok(await caseStep(caseId, { intent: "decide", kind: "no_violation", basis: "procedure-art20", note: "复核后未发现违规" }));
    // The new decision is handed to the job like the first.
    expect(await decidedJobs(caseId)).toBe(2);
    expect(await draftPublicCase(t.db, caseId, T0)).toEqual({ drafted: false, reason: "not_a_violation", superseded: [id] });
    expect(await publicCaseById(t.db, id)).toMatchObject({ status: "withdrawn", reason: "superseded" });
    expect((await pub(id)).content).toBeNull();
  });

  it("the job run while the case is reopened, not yet decided again, changes nothing", async () => {
    const { caseId, id } = await publishedCase(t.db, officer, lead, kg, T0, REFUND_DECISION(DAY0));
    ok(await reopen(caseId));
    expect(await draftPublicCase(t.db, caseId, T0)).toEqual({ drafted: false, reason: "not_decided", superseded: [] });
    expect((await pub(id)).status).toBe("published");
  });
});

/** A complaint with or without consent to publication, linked to the case (as triage links a cluster). */
async function insertComplaint(caseId: string, consent: 0 | 1, narrative: string) {
  const { complaintId } = await fileComplaint(t.db, kg.id, { narrative, publishConsent: consent === 1, paidOn: "2026-09-01", learnedOn: "2026-09-01", receivedAt: new Date(T0.getTime() + consent) });
  await t.db.updateTable("complaints").set({ case_id: caseId }).where("id", "=", complaintId).execute();
}
