/**
 * The complainants' contact details erased on schedule (complaint-contact-retention.server.ts), on a fixed clock:
 * kept COMPLAINT_CONTACT_RETENTION_MONTHS (13 by default) from the day the complaint was finished, or from the
 * officer's last reply when later, then erased with what identifies the complainant in its texts and file names;
 * complaints in hand are never touched; a second run, or two at once, erase nothing more; the audit entry holds no
 * personal data and the chain still holds; the tracking number and access code still open the tracking page; the
 * officer's and the kindergarten's views say the details were deleted.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "~/domain/audit/audit-chain.server";
import { eraseExpiredContacts, monthsBefore } from "~/domain/complaints/complaint-contact-retention.server";
import { kindergartenComplaint } from "~/domain/complaints/complaint-kindergarten.server";
import { complaintForOfficer } from "~/domain/complaints/complaint-queue.queries.server";
import { trackComplaint } from "~/domain/complaints/complaint-tracking.server";
import { localDirectoryStore } from "~/domain/evidence/evidence-store.server";
import type { Actor } from "~/domain/users/actor";
import { act, atNoon, complaintRow, fileComplaint } from "../factories/complaint-handling";
import { createActor, createKindergarten, HAISHU, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

const T0 = atNoon("2026-09-01");
const CONTACT = { name: "张丽华", phone: "13912345678", address: "宁波市海曙区望京路88号3幢" };
const NARRATIVE = "我是张丽华，女儿李可可在园。九月收取保教费每月3200元，高于公示的2800元。";
const store = localDirectoryStore(mkdtempSync(path.join(os.tmpdir(), "contact-retention-")));

let t: TestDb;
let officer: Actor;
let operator: Actor;
let kg: { id: string };

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  kg = await createKindergarten(t.db, { region_code: HAISHU });
  officer = await createActor(t.db, "officer", { regionCode: HAISHU });
  operator = await createActor(t.db, "operator", { regionCode: HAISHU, kindergartenId: kg.id });
});

afterAll(async () => {
  await t?.destroy();
});

const ok = (r: { ok: boolean }) => expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
const file = (opts: { track?: "complaint" | "report"; anonymous?: boolean } = {}) =>
  fileComplaint(t.db, {
    kindergartenId: kg.id,
    now: T0,
    contact: CONTACT,
    narrative: NARRATIVE,
    itemName: "李可可的兴趣班费",
    evidence: { store, name: "张丽华的收据.pdf" },
    ...opts,
  });
/** Everything stored about a complaint, its evidence rows and its audit entries, as one text. */
async function everything(complaintId: string): Promise<string> {
  const [row, items, events, files, audit] = await Promise.all([
    complaintRow(t.db, complaintId),
    t.db.selectFrom("complaint_items").selectAll().where("complaint_id", "=", complaintId).execute(),
    t.db.selectFrom("complaint_events").selectAll().where("complaint_id", "=", complaintId).execute(),
    t.db.selectFrom("complaint_evidence as ce").innerJoin("evidence_files as e", "e.id", "ce.evidence_id").selectAll("e").where("ce.complaint_id", "=", complaintId).execute(),
    t.db.selectFrom("audit_log").selectAll().where("entity_id", "=", complaintId).execute(),
  ]);
  return JSON.stringify({ row, items, events, files, audit });
}
const erasureAudits = (complaintId: string) =>
  t.db.selectFrom("audit_log").select(["action", "detail", "actor_id"]).where("entity_id", "=", complaintId).where("action", "=", "complaint.contact_erase").execute();

describe("monthsBefore", () => {
  it("counts back whole months, clamped to the month's end, never later than the day", () => {
    expect(monthsBefore("2027-10-01", 13)).toBe("2026-09-01");
    expect(monthsBefore("2027-08-31", 6)).toBe("2027-02-28");
    expect(monthsBefore("2028-08-31", 6)).toBe("2028-02-29");
    expect(monthsBefore("2027-01-15", 1)).toBe("2026-12-15");
  });
});

describe("the complaint contact retention sweep", () => {
  let closed: Awaited<ReturnType<typeof file>>;
  let rejected: Awaited<ReturnType<typeof file>>;
  let open: Awaited<ReturnType<typeof file>>;
  let decidedReport: Awaited<ReturnType<typeof file>>;
  let anonymousReport: Awaited<ReturnType<typeof file>>;

  beforeAll(async () => {
    // Finished (closed) on 2026-09-01, the officer's replies and note naming the complainant.
    closed = await file();
    ok(await act(t.db, officer, closed.complaintId, { intent: "accept", reply: "张丽华女士：您的投诉已受理。" }, T0));
    ok(await act(t.db, officer, closed.complaintId, { intent: "record_outcome", outcome: "no_agreement", reply: "幼儿园不同意调解，调解终止。" }, T0));
    ok(await act(t.db, officer, closed.complaintId, { intent: "close", note: "已电话回访张丽华，13912345678" }, T0));
    // The complainant agreed to share the contact with the kindergarten for the mediation.
    await t.db.updateTable("complaints").set({ share_contact: 1 }).where("id", "=", closed.complaintId).execute();

    // Rejected on 2026-09-01, and replied to again on 2026-11-02: kept from the reply.
    rejected = await file();
    ok(await act(t.db, officer, rejected.complaintId, { intent: "reject", ground: "time_barred", reply: "超过时限，不予受理。" }, T0));
    ok(await act(t.db, officer, rejected.complaintId, { intent: "reply", reply: "补充说明：可另行提起民事诉讼。" }, atNoon("2026-11-02")));

    // In hand: never handled; a report decided but not closed (its case goes on).
    open = await file();
    decidedReport = await file({ track: "report" });
    ok(await act(t.db, officer, decidedReport.complaintId, { intent: "decide", decision: "no_case", reply: "经核查，不予立案。" }, T0));

    anonymousReport = await file({ track: "report", anonymous: true });
    ok(await act(t.db, officer, anonymousReport.complaintId, { intent: "decide", decision: "no_case", reply: "经核查，不予立案。" }, T0));
    ok(await act(t.db, officer, anonymousReport.complaintId, { intent: "close" }, T0));
  });

  it("records the day a complaint was finished: rejected or closed, and nothing for one in hand", async () => {
    expect((await complaintRow(t.db, closed.complaintId)).finished_on).toBe("2026-09-01");
    expect((await complaintRow(t.db, rejected.complaintId)).finished_on).toBe("2026-09-01");
    expect((await complaintRow(t.db, open.complaintId)).finished_on).toBeNull();
    expect((await complaintRow(t.db, decidedReport.complaintId)).finished_on).toBeNull();
  });

  it("keeps everything until the retention ends, the day before included", async () => {
    const before = await everything(closed.complaintId);
    expect(await eraseExpiredContacts(t.db, atNoon("2027-09-30"))).toEqual({ erased: 0 });
    expect(await everything(closed.complaintId)).toBe(before);
    expect(await complaintRow(t.db, closed.complaintId)).toMatchObject({ contact_name: CONTACT.name, contact_phone: CONTACT.phone, contact_erased_at: null });
  });

  it("erases on the day 13 months after, once, even with two sweeps at once", async () => {
    const day = atNoon("2027-10-01");
    const runs = await Promise.all([eraseExpiredContacts(t.db, day), eraseExpiredContacts(t.db, day, { batchSize: 1 })]);
    // The closed complaint and the anonymous report: each by one of the runs.
    expect(runs[0].erased + runs[1].erased).toBe(2);

    const row = await complaintRow(t.db, closed.complaintId);
    expect(row).toMatchObject({ contact_name: null, contact_phone: null, contact_address: null, contact_erased_at: day.toISOString(), status: "closed" });
    // Nothing that names or reaches the complainant is left: not in the row, its items, its events, its files' names.
    const stored = await everything(closed.complaintId);
    for (const value of [CONTACT.name, CONTACT.phone, "望京路88号", "李可可"]) expect(stored).not.toContain(value);
    // The facts stay.
    expect(row.narrative).toContain("九月收取保教费每月3200元，高于公示的2800元");
    const files = await t.db
      .selectFrom("complaint_evidence as ce")
      .innerJoin("evidence_files as e", "e.id", "ce.evidence_id")
      .select(["e.original_name", "e.storage_key"])
      .where("ce.complaint_id", "=", closed.complaintId)
      .execute();
    expect(files.map((f) => f.original_name)).toEqual(["evidence-1.pdf"]);
    // The file itself is kept.
    expect(await store.get(files[0].storage_key)).not.toBeNull();

    // One audit entry, by the system, without the data; the chain still holds (nothing in it was edited).
    const audits = await erasureAudits(closed.complaintId);
    expect(audits).toHaveLength(1);
    expect(audits[0].actor_id).toBeNull();
    expect(JSON.parse(audits[0].detail)).toMatchObject({ finishedOn: "2026-09-01", retentionMonths: 13 });
    for (const value of [CONTACT.name, CONTACT.phone, CONTACT.address]) expect(audits[0].detail).not.toContain(value);
    const everyDetail = (await t.db.selectFrom("audit_log").select("detail").execute()).map((a) => a.detail).join("\n");
    for (const value of [CONTACT.name, CONTACT.phone, "望京路"]) expect(everyDetail).not.toContain(value);
    expect((await verifyAuditChain(t.db)).broken).toBeNull();

    // The anonymous report had no contact; its texts and files are cleared all the same.
    expect(await complaintRow(t.db, anonymousReport.complaintId)).toMatchObject({ contact_erased_at: day.toISOString() });
    expect(await everything(anonymousReport.complaintId)).not.toContain(CONTACT.name);

    // Replied to after its rejection: kept from the reply.
    expect(await complaintRow(t.db, rejected.complaintId)).toMatchObject({ contact_name: CONTACT.name, contact_erased_at: null });
  });

  it("a second run erases nothing more and writes nothing", async () => {
    const before = await everything(closed.complaintId);
    const entries = (await t.db.selectFrom("audit_log").select("id").execute()).length;
    expect(await eraseExpiredContacts(t.db, atNoon("2027-10-02"))).toEqual({ erased: 0 });
    expect(await everything(closed.complaintId)).toBe(before);
    expect((await t.db.selectFrom("audit_log").select("id").execute()).length).toBe(entries);
  });

  it("counts from the officer's last reply when it came after the finishing day", async () => {
    expect(await eraseExpiredContacts(t.db, atNoon("2027-12-01"))).toEqual({ erased: 0 });
    expect(await eraseExpiredContacts(t.db, atNoon("2027-12-02"))).toEqual({ erased: 1 });
    expect(await complaintRow(t.db, rejected.complaintId)).toMatchObject({ contact_name: null, status: "rejected" });
  });

  it("never touches a complaint in hand, however old", async () => {
    const kept = [await everything(open.complaintId), await everything(decidedReport.complaintId)];
    expect(await eraseExpiredContacts(t.db, atNoon("2036-01-01"))).toEqual({ erased: 0 });
    expect([await everything(open.complaintId), await everything(decidedReport.complaintId)]).toEqual(kept);
    expect(await complaintRow(t.db, open.complaintId)).toMatchObject({ contact_name: CONTACT.name, contact_phone: CONTACT.phone, contact_address: CONTACT.address });
  });

  it("a shorter retention, as configured, erases sooner", async () => {
    const { complaintId } = await file();
    ok(await act(t.db, officer, complaintId, { intent: "reject", ground: "time_barred", reply: "超过时限，不予受理。" }, T0));
    expect(await eraseExpiredContacts(t.db, atNoon("2027-03-31"), { retentionMonths: 7 })).toEqual({ erased: 0 });
    expect(await eraseExpiredContacts(t.db, atNoon("2027-04-01"), { retentionMonths: 7 })).toEqual({ erased: 1 });
  });

  it("the tracking number and access code still open the tracking page, without the data", async () => {
    const tracked = await trackComplaint(t.db, { trackingNo: closed.trackingNo, accessCode: closed.accessCode }, atNoon("2027-10-02"));
    if (!tracked.ok) throw new Error(JSON.stringify(tracked));
    expect(tracked.complaint.status).toBe("closed");
    expect(tracked.complaint.timeline.map((e) => e.kind)).toEqual(["received", "accepted", "mediation_ended", "closed"]);
    expect(JSON.stringify(tracked)).not.toContain(CONTACT.name);
  });

  it("the officer's view says when the details were deleted; the kindergarten's that they were", async () => {
    const view = await complaintForOfficer(t.db, officer, closed.complaintId, atNoon("2027-10-02"));
    expect(view?.complaint).toMatchObject({ contact: null, contactErasedOn: "2027-10-01", anonymous: false });
    const inHand = await complaintForOfficer(t.db, officer, open.complaintId, atNoon("2027-10-02"));
    expect(inHand?.complaint).toMatchObject({ contact: { name: CONTACT.name, phone: CONTACT.phone, address: CONTACT.address }, contactErasedOn: null });
    const kgView = await kindergartenComplaint(t.db, operator, closed.complaintId);
    expect(kgView).toMatchObject({ contact: null, contactErased: true });
  });
});
