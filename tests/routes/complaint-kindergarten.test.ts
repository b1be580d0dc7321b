/**
 * The kindergarten's side of complaints, called as the server would: the
 * operator reads a 投诉 only once it is in mediation, answers it with files,
 * and never learns who filed a 举报 or a 投诉 whose complainant did not agree
 * to share their contact (投诉举报处理暂行办法 Art. 33): the identity is looked
 * for in every answer the operator can get (list and page, as data and as
 * the serialized `.data` payload).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { ComplaintStatus } from "~/db/schema";
import { submitComplaint } from "~/domain/complaints/complaint-intake.server";
import { setDb } from "~/web/db.server";
import { getEvidenceStore } from "~/web/evidence.server";
import { addWorkingDays, shanghaiDate } from "~/utils/working-days";
import * as list from "~/routes/kindergarten+/complaints._index";
import * as page from "~/routes/kindergarten+/complaints.$complaintId";
import * as ownFile from "~/routes/kindergarten+/complaints.$complaintId.files.$evidenceId";
import * as kindergartenCasePage from "~/routes/kindergarten+/cases.$caseId";
import * as officerComplaint from "~/routes/officer+/complaints.$complaintId";
import * as officerCase from "~/routes/officer+/cases.$caseId";
import { pngBytes } from "../factories/images";
import { renderStatic } from "../setup/render-static";
import { callRoute, sessionCookieFor, type RouteOutcome } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const cookies: Record<string, string> = {};
let kg003: string;

/** Identities that must never reach the kindergarten unless shared. */
const REPORTER = { name: "举报人周某某", phone: "13912345678" };
const PRIVATE_COMPLAINANT = { name: "投诉人吴某某", phone: "13800001111", address: "海曙区某路8号" };
const SHARING_COMPLAINANT = { name: "投诉人郑某某", phone: "13700002222", address: "海曙区某路9号" };
const NARRATED = { parent: "张小红", phone: "13912345678", address: "海曙区南苑街100号3幢2单元501室", child: "李可可" };

const ids: Record<"report" | "private" | "sharing" | "received", string> = { report: "", private: "", sharing: "", received: "" };

async function file(fields: Record<string, unknown>): Promise<string> {
  const receipt = await submitComplaint({
    db: t.db,
    store: getEvidenceStore(),
    input: {
      kindergartenId: kg003,
      kind: "not_on_schedule",
      items: [{ name: "兴趣班费", amount: "800", unit: "semester" }],
      paidOn: shanghaiDate(),
      learnedOn: shanghaiDate(),
      narrative: "开学时老师通知每位孩子交兴趣班费800元，公示里没有这一项。",
      ...fields,
    },
    files: [],
    extraFiles: 0,
    intakeKey: ulid(),
    honeypot: "",
  });
  if (!receipt.ok) throw new Error(`intake refused: ${JSON.stringify(receipt)}`);
  return receipt.complaintId;
}

async function setStatus(id: string, status: ComplaintStatus): Promise<void> {
  await t.db.updateTable("complaints").set({ status, accepted_on: shanghaiDate() }).where("id", "=", id).execute();
}

const as = (user: string | null) => ({ cookie: user ? cookies[user] : null });
const listAs = (user: string | null) => callRoute(list.loader, "/kindergarten/complaints", as(user));
const pageAs = (user: string | null, id: string) => callRoute(page.loader, `/kindergarten/complaints/${id}`, { ...as(user), params: { complaintId: id } });
const answerAs = (user: string | null, id: string, form: FormData) =>
  callRoute(page.action, `/kindergarten/complaints/${id}`, { ...as(user), params: { complaintId: id }, form });

function answerForm(fields: Record<string, string>, files: Array<{ name: string; bytes: Uint8Array; type: string }> = []): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const f of files) form.append("evidence", new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
  return form;
}

/** Everything in an answer as the operator's browser could receive it. */
const serialized = (outcome: RouteOutcome) => JSON.stringify(outcome.body);

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const user of ["kg003", "kg004", "haishu.market", "admin"]) cookies[user] = await sessionCookieFor(t.db, user);
  kg003 = (await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg003").executeTakeFirstOrThrow()).kindergarten_id!;

  ids.report = await file({ track: "report", anonymous: false, contactName: REPORTER.name, contactPhone: REPORTER.phone, kind: "prohibited_item" });
  ids.private = await file({
    track: "complaint",
    contactName: PRIVATE_COMPLAINANT.name,
    contactPhone: PRIVATE_COMPLAINANT.phone,
    contactAddress: PRIVATE_COMPLAINANT.address,
    // Parents write who they are in their own words too, in the narrative and in a charged item's name.
    items: [{ name: `${NARRATED.child}的兴趣班费`, amount: "800", unit: "semester" }],
    narrative: `我是${NARRATED.parent}，电话${NARRATED.phone}，住${NARRATED.address}。我女儿${NARRATED.child}在中二班，开学时老师通知每位孩子交兴趣班费800元，公示里没有这一项。`,
  });
  ids.sharing = await file({
    track: "complaint",
    contactName: SHARING_COMPLAINANT.name,
    contactPhone: SHARING_COMPLAINANT.phone,
    contactAddress: SHARING_COMPLAINANT.address,
    shareContact: "on",
  });
  ids.received = await file({ track: "complaint", contactName: "张某某", contactPhone: "13600003333", contactAddress: "某地" });
  // Taken into mediation (the officer's action); the report goes to a case, which the kindergarten never sees here.
  await setStatus(ids.private, "mediating");
  await setStatus(ids.sharing, "mediating");
  await setStatus(ids.report, "case_opened");
});

afterAll(async () => {
  await t?.destroy();
});

describe("what the kindergarten sees", () => {
  it("lists complaints in mediation only: not a report, not one still awaiting acceptance", async () => {
    const res = await listAs("kg003");
    expect(res.status).toBe(200);
    const shown = (res.body as { complaints: Array<{ id: string }> }).complaints.map((c) => c.id);
    expect(shown).toEqual(expect.arrayContaining([ids.private, ids.sharing]));
    expect(shown).not.toContain(ids.report);
    expect(shown).not.toContain(ids.received);
  });

  it("is 404 for a report and for a complaint not in mediation, whatever the id", async () => {
    for (const id of [ids.report, ids.received, "01J00000000000000000000000", "%00"]) {
      const res = await pageAs("kg003", id);
      expect({ id, status: res.status }).toEqual({ id, status: 404 });
    }
  });

  it("shows the complainant's contact only when they agreed to share it for mediation", async () => {
    const withheld = await pageAs("kg003", ids.private);
    expect(withheld.status).toBe(200);
    expect((withheld.body as { complaint: { contact: unknown } }).complaint.contact).toBeNull();
    const shared = await pageAs("kg003", ids.sharing);
    expect((shared.body as { complaint: { contact: unknown } }).complaint.contact).toEqual({ name: SHARING_COMPLAINANT.name, phone: SHARING_COMPLAINANT.phone });
  });

  it("reads as labelled facts, as the officer's pages do: each label muted above its value, the day paid kept whole", async () => {
    const shared = await pageAs("kg003", ids.sharing);
    const paidOn = (shared.body as { complaint: { paidOn: string } }).complaint.paidOn;
    for (const lang of ["zh-CN", "en"] as const) {
      const html = await renderStatic(page.default, { url: `/kindergarten/complaints/${ids.sharing}`, loaderData: shared.body, lang });
      const facts = html.match(/<dl[^>]*data-testid="complaint-facts"[\s\S]*?<\/dl>/)?.[0] ?? "";
      expect(facts).toMatch(/^<dl class="grid cols-3"/);
      const labels = [...facts.matchAll(/<dt([^>]*)>/g)].map((m) => m[1]);
      expect(labels.length).toBeGreaterThanOrEqual(4);
      expect(labels.every((attributes) => attributes === ' class="muted"')).toBe(true);
      expect(facts).toContain(`<time dateTime="${paidOn}" class="nowrap">${paidOn}</time>`);
    }
  });

  it("shows the disputed refund months: whole when the complainant shares who they are, else only the month and the fee", async () => {
    const refund = (shareContact: string) =>
      file({
        track: "complaint",
        kind: "refund",
        items: [],
        refundClaims: [{ month: "2026-10", feeKind: "care_education", case: "absence", daysAttended: "3", paid: "2800", refunded: "0" }],
        narrative: "十月孩子病假只上了三天，幼儿园不按规定退保教费。",
        contactName: PRIVATE_COMPLAINANT.name,
        contactPhone: PRIVATE_COMPLAINANT.phone,
        contactAddress: PRIVATE_COMPLAINANT.address,
        shareContact,
      });
    const [masked, whole] = [await refund(""), await refund("on")];
    await setStatus(masked, "mediating");
    await setStatus(whole, "mediating");
    const claimsOf = async (id: string) => ((await pageAs("kg003", id)).body as { complaint: { refundClaims: unknown } }).complaint.refundClaims;
    expect(await claimsOf(masked)).toEqual([{ month: "2026-10", feeKind: "care_education" }]);
    expect(await claimsOf(whole)).toEqual([{ month: "2026-10", feeKind: "care_education", case: "absence", daysAttended: 3, paidFen: 280_000, refundedFen: 0 }]);
  });

  it("never carries a reporter's or a non-sharing complainant's identity, in any answer the operator can get", async () => {
    const answers = [await listAs("kg003"), await pageAs("kg003", ids.private), await pageAs("kg003", ids.report), await pageAs("kg003", ids.sharing)];
    const everything = answers.map(serialized).join("\n");
    for (const secret of [REPORTER.name, REPORTER.phone, PRIVATE_COMPLAINANT.name, PRIVATE_COMPLAINANT.phone, PRIVATE_COMPLAINANT.address, SHARING_COMPLAINANT.address]) {
      expect(everything).not.toContain(secret);
    }
    // Nor who the parent said they were in the narrative: the facts reach the kindergarten, the names and numbers masked.
    for (const secret of Object.values(NARRATED)) expect(everything).not.toContain(secret);
    const narrative = ((await pageAs("kg003", ids.private)).body as { complaint: { narrative: string } }).complaint.narrative;
    expect(narrative).toContain("我是张某某，电话139****5678");
    expect(narrative).toContain("交兴趣班费800元，公示里没有这一项");
    // Nor the parents' tracking numbers: a parent showing their receipt would be tied to the complaint by it.
    const numbers = await t.db.selectFrom("complaints").select("tracking_no").where("id", "in", [ids.private, ids.report, ids.sharing]).execute();
    expect(numbers).toHaveLength(3);
    for (const { tracking_no } of numbers) expect(everything).not.toContain(tracking_no);
  });
  it("masks the complainant's own name, phone and address in their words even where the gate has no pattern for them", async () => {
    // Found on a phone walk (2026-12-06): an English name and an address with no house number reached the kindergarten.
    const own = { name: "Wang Xiaoming", phone: "+86 139 0574 2468", address: "望春街道丽园北路88弄" };
    const id = await file({
      track: "complaint",
      contactName: own.name,
      contactPhone: own.phone,
      contactAddress: own.address,
      items: [{ name: "Tuition for wang xiaoming's son", amount: "680", unit: "month" }],
      narrative: `On 1 Dec the class teacher told Wang Xiaoming (me) to pay 680 yuan to her own card. I live at ${own.address}, call 13905742468.`,
    });
    await setStatus(id, "mediating");
    const seen = await pageAs("kg003", id);
    expect(seen.status).toBe(200);
    const everything = serialized(seen);
    for (const secret of [own.name, "wang xiaoming", own.address, "丽园北路", "13905742468", "0574 2468"]) expect(everything).not.toContain(secret);
    const complaint = (seen.body as { complaint: { narrative: string; items: Array<{ name: string }> } }).complaint;
    // The facts stay.
    expect(complaint.narrative).toContain("told");
    expect(complaint.narrative).toContain("to pay 680 yuan to her own card");
    expect(complaint.items[0].name).toContain("Tuition for");
  });
});

describe("a case opened from a report, as the kindergarten reads it", () => {
  /** The market officer opens a case from the report and asks the kindergarten to explain, as the officer's pages post. */
  async function caseNotifiedFrom(reportId: string): Promise<string> {
    const step = async (route: typeof officerComplaint | typeof officerCase, path: string, params: Record<string, string>, fields: Record<string, string>) => {
      const res = await callRoute(route.action, path, { ...as("haishu.market"), params, form: fields });
      expect(res.body, JSON.stringify(res.body)).toMatchObject({ done: true });
    };
    const version = async (table: "complaints" | "inspection_cases", id: string) =>
      String((await t.db.selectFrom(table).select("version").where("id", "=", id).executeTakeFirstOrThrow()).version);
    await step(officerComplaint, `/officer/complaints/${reportId}`, { complaintId: reportId }, { intent: "decide", decision: "case_opened", caseId: "new", version: await version("complaints", reportId) });
    const caseId = (await t.db.selectFrom("complaints").select("case_id").where("id", "=", reportId).executeTakeFirstOrThrow()).case_id!;
    await step(officerCase, `/officer/cases/${caseId}`, { caseId }, { intent: "take", version: await version("inspection_cases", caseId) });
    await step(officerCase, `/officer/cases/${caseId}`, { caseId }, { intent: "notify", answerDueOn: addWorkingDays(shanghaiDate(), 5).date, version: await version("inspection_cases", caseId) });
    return caseId;
  }
  const casePageAs = (user: string, caseId: string) => callRoute(kindergartenCasePage.loader, `/kindergarten/cases/${caseId}`, { ...as(user), params: { caseId } });

  it("names the item charged in the parent's words masked as the complaint page masks them, never the child", async () => {
    const reportId = await file({ track: "report", anonymous: true, items: [{ name: `中二班${NARRATED.child}的兴趣班费`, amount: "800", unit: "semester" }] });
    const caseId = await caseNotifiedFrom(reportId);
    const seen = await casePageAs("kg003", caseId);
    expect(seen.status).toBe(200);
    expect((seen.body as { case: { complaintItem: unknown } }).case.complaintItem).toEqual({ itemName: "某班李某某的兴趣班费" });
    expect(serialized(seen)).not.toContain(NARRATED.child);
  });

  it("masks the reporter's own stored name in the item's words where the gate has no pattern for it", async () => {
    // The complaint page masked it (the 2026-12-06 phone walk); the case page named the item by the gate only.
    const reportId = await file({
      track: "report",
      contactName: "Chen Jiahui",
      contactPhone: "13905746633",
      items: [{ name: "Interest class fee charged to chen jiahui", amount: "800", unit: "semester" }],
    });
    const caseId = await caseNotifiedFrom(reportId);
    const seen = await casePageAs("kg003", caseId);
    expect(seen.status).toBe(200);
    const itemName = (seen.body as { case: { complaintItem: { itemName: string } } }).case.complaintItem.itemName;
    expect(itemName).toContain("Interest class fee charged to");
    expect(itemName.toLowerCase()).not.toContain("chen jiahui");
    expect(serialized(seen).toLowerCase()).not.toContain("chen jiahui");
  });
});

describe("who may read and answer", () => {
  it("another kindergarten's operator gets 404, an officer 403, nobody the sign-in page", async () => {
    expect((await pageAs("kg004", ids.private)).status).toBe(404);
    expect((await answerAs("kg004", ids.private, answerForm({ explanation: "不是我们园" }))).status).toBe(404);
    expect((await listAs("haishu.market")).status).toBe(403);
    expect((await pageAs("admin", ids.private)).status).toBe(403);
    const anonymous = await listAs(null);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login\?redirectTo=/);
  });
});

describe("the kindergarten's answer", () => {
  it("stores the explanation, the refund and the files as one event for the officer", async () => {
    const before = await t.db.selectFrom("evidence_files").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const res = await answerAs("kg003", ids.sharing, answerForm({ explanation: "已核实，兴趣班费已全额退还。", refund: "800" }, [{ name: "退费凭证.png", bytes: await pngBytes(), type: "image/png" }]));
    expect(res.status).toBe(302);
    expect(res.location).toBe(`/kindergarten/complaints/${ids.sharing}?answered=1`);
    const event = await t.db.selectFrom("complaint_events").selectAll().where("complaint_id", "=", ids.sharing).where("kind", "=", "kindergarten_answer").executeTakeFirstOrThrow();
    expect(event).toMatchObject({ party: "kindergarten", public: 0 });
    expect(JSON.parse(event.payload)).toEqual({ explanation: "已核实，兴趣班费已全额退还。", refundFen: 80000, files: 1 });
    const after = await t.db.selectFrom("evidence_files").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n) + 1);
    const shown = await pageAs("kg003", ids.sharing);
    const complaint = (shown.body as { complaint: { answers: Array<{ files: Array<{ evidenceId: string; name: string }> }>; answered: boolean } }).complaint;
    expect(complaint).toMatchObject({ answered: true, answers: [{ refundFen: 80000 }] });
    const [sent] = complaint.answers[0].files;
    expect(sent.name).toBe("退费凭证.png");

    // The operator opens its own file again; another kindergarten finds nothing, an officer uses the officer's page.
    const download = (user: string, id = ids.sharing, evidenceId = sent.evidenceId) =>
      callRoute(ownFile.loader, `/kindergarten/complaints/${id}/files/${evidenceId}`, { ...as(user), params: { complaintId: id, evidenceId } });
    const mine = await download("kg003");
    expect(mine.status).toBe(200);
    expect(mine.headers.get("Content-Type")).toBe("image/png");
    expect((await download("kg004")).status).toBe(404);
    expect((await download("haishu.market")).status).toBe(403);
    expect((await download("kg003", ids.private)).status).toBe(404);
    // A parent's file is never the kindergarten's, even on a complaint it reads.
    await t.db.insertInto("complaint_evidence").values({ complaint_id: ids.private, evidence_id: sent.evidenceId, party: "complainant", created_at: new Date().toISOString() }).execute();
    expect((await download("kg003", ids.private)).status).toBe(404);
    await t.db.deleteFrom("complaint_evidence").where("complaint_id", "=", ids.private).execute();
  });

  it("stores the last answer sent again (Back without JavaScript restores its text) once, and says so", async () => {
    const answers = async () => (await t.db.selectFrom("complaint_events").select("payload").where("complaint_id", "=", ids.sharing).where("kind", "=", "kindergarten_answer").execute()).length;
    const before = await answers();
    const form = () => answerForm({ explanation: "已与家长约定本周五退还二百元。", refund: "200" });
    expect((await answerAs("kg003", ids.sharing, form())).location).toBe(`/kindergarten/complaints/${ids.sharing}?answered=1`);
    const again = await answerAs("kg003", ids.sharing, form());
    expect(again.location).toBe(`/kindergarten/complaints/${ids.sharing}?answered=again`);
    expect(await answers()).toBe(before + 1);
    // Another refund, or the same words with a file, is a further answer.
    expect((await answerAs("kg003", ids.sharing, answerForm({ explanation: "已与家长约定本周五退还二百元。", refund: "300" }))).location).toMatch(/answered=1$/);
    const withFile = answerForm({ explanation: "已与家长约定本周五退还二百元。", refund: "300" }, [{ name: "凭证.png", bytes: await pngBytes(), type: "image/png" }]);
    expect((await answerAs("kg003", ids.sharing, withFile)).location).toMatch(/answered=1$/);
    expect(await answers()).toBe(before + 3);
    // After an officer's step (a new round of the mediation) the same words are a new answer.
    await t.db
      .insertInto("complaint_events")
      .values({ id: ulid(), complaint_id: ids.sharing, kind: "reply", actor_id: null, party: "officer", payload: JSON.stringify({ publicText: "请再核实" }), public: 1, created_at: new Date(Date.now() + 1000).toISOString() })
      .execute();
    const later = answerForm({ explanation: "已与家长约定本周五退还二百元。", refund: "300" });
    expect((await answerAs("kg003", ids.sharing, later)).location).toMatch(/answered=1$/);
    expect(await answers()).toBe(before + 4);
  });

  it("refuses bad input with field messages and stores nothing, not even the file", async () => {
    const events = () => t.db.selectFrom("complaint_events").select("id").where("complaint_id", "=", ids.private).where("kind", "=", "kindergarten_answer").execute();
    const files = () => t.db.selectFrom("evidence_files").select("id").execute();
    const [eventsBefore, filesBefore] = [await events(), await files()];
    const exe = { name: "凭证.jpg", bytes: new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(200).fill(1)]), type: "image/jpeg" };
    const res = await answerAs("kg003", ids.private, answerForm({ explanation: "", refund: "-5" }, [exe]));
    expect(res.status).toBe(400);
    const errors = (res.body as { result: { error: Record<string, string[]> } }).result.error;
    expect(Object.keys(errors).sort()).toEqual(["evidence", "explanation", "refund"]);
    expect((await events()).length).toBe(eventsBefore.length);
    expect((await files()).length).toBe(filesBefore.length);
  });

  it("calls an iPhone's HEIC photo a HEIC photo, with what to do, as the parent's form does", async () => {
    const heic = { name: "IMG_0001.HEIC", bytes: new Uint8Array(Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from("ftypheic"), Buffer.alloc(4), Buffer.from("mif1heic"), Buffer.alloc(2048)])), type: "image/heic" };
    const res = await answerAs("kg003", ids.private, answerForm({ explanation: "已与家长沟通，兴趣班费已全额退还。" }, [heic]));
    expect(res.status).toBe(400);
    const errors = (res.body as { result: { error: Record<string, string[]> } }).result.error;
    expect(errors.evidence?.map((m) => m.split("|")[0])).toEqual(["complaint.evidence.heic"]);
    expect(errors.evidence?.[0]).toContain("IMG_0001.HEIC");
  });

  it("is a conflict once the mediation has ended", async () => {
    await t.db.updateTable("complaints").set({ status: "mediation_ended", mediation_outcome: "agreement", mediation_ended_on: shanghaiDate() }).where("id", "=", ids.private).execute();
    const res = await answerAs("kg003", ids.private, answerForm({ explanation: "补充说明" }));
    expect(res.status).toBe(409);
    // Still on record for the kindergarten, without a form.
    const shown = await pageAs("kg003", ids.private);
    expect((shown.body as { complaint: { canAnswer: boolean; mediationOutcome: string } }).complaint).toMatchObject({ canAnswer: false, mediationOutcome: "agreement" });
  });
});
