/**
 * /complaints/new and /complaints/track called as the server calls them: the
 * page's kindergarten preselection and search, a complaint posted as a phone
 * posts it (multipart with a photo) answered with the receipt (no-store),
 * the honeypot, an upload over the body limit and a text field over its bound
 * answered under their fields, a list button without JavaScript, the tracking
 * look-up with a wrong code and another's number, and both limits (429 +
 * Retry-After before the body is read).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as intakeRoute from "~/routes/_public+/complaints.new";
import * as trackRoute from "~/routes/_public+/complaints.track";
import * as forgetRoute from "~/routes/_public+/complaints.forget-receipts";
import { accessCodeHash } from "~/domain/complaints/tracking-code.server";
import { reloadEnv } from "~/utils/env.server";
import { setDb } from "~/web/db.server";
import { intakePostPoints } from "~/web/complaint-throttle.server";
import { evidenceStagingDir } from "~/web/evidence.server";
import { createKindergarten, HAISHU, seedReferenceData } from "../factories/domain";
import { createElement } from "react";
import { ComplaintReceipt, type IntakeReply } from "~/components/complaint-form";
import { addWorkingDays, shanghaiDate } from "~/utils/working-days";
import { renderStatic, textOf, words } from "../setup/render-static";
import { callRoute, cookieHeaderFrom } from "../setup/route-helpers";
import { createTestDb, type TestDb } from "../setup/test-db";

const INTAKE_POINTS = 3;
const TRACKING_POINTS = 4;

let t: TestDb;
let kindergartenId: string;
let photo: Buffer;

beforeAll(async () => {
  process.env.COMPLAINT_INTAKE_CLIENT_POINTS = String(INTAKE_POINTS);
  process.env.COMPLAINT_TRACKING_CLIENT_POINTS = String(TRACKING_POINTS);
  reloadEnv();
  t = await createTestDb();
  setDb(t.db);
  await seedReferenceData(t.db);
  kindergartenId = (await createKindergarten(t.db, { name: "宁波市海曙区春芽幼儿园", region_code: HAISHU })).id;
  photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#3a6" } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "29/1 52/1 0/1" } })
    .toBuffer();
});

afterAll(async () => {
  delete process.env.COMPLAINT_INTAKE_CLIENT_POINTS;
  delete process.env.COMPLAINT_TRACKING_CLIENT_POINTS;
  reloadEnv();
  await t?.destroy();
});

function freshIp(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

function complaintForm(over: Record<string, string> = {}, files: File[] = []): FormData {
  const form = new FormData();
  const fields: Record<string, string> = {
    intakeKey: ulid(),
    kindergartenId,
    website: "",
    track: "complaint",
    kind: "above_filed",
    "items[0].name": "保教费",
    "items[0].amount": "3200",
    "items[0].unit": "month",
    paidOn: "2026-09-01",
    learnedOn: "2026-09-01",
    narrative: "九月保教费收了3200元，公示的是2800元，多收了400元。",
    contactName: "张女士",
    contactPhone: "13800138000",
    contactAddress: "宁波市海曙区某路1号",
    ...over,
  };
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append("evidence", file);
  return form;
}

const NEW = `/complaints/new?kindergarten=`;
type ReceiptShown = Extract<IntakeReply, { outcome: "received" }>["receipt"];
const post = (form: FormData | URLSearchParams, clientIp = freshIp()) => callRoute(intakeRoute.action, `${NEW}${kindergartenId}`, { form, clientIp });
const track = (form: Record<string, string>, clientIp = freshIp()) => callRoute(trackRoute.action, "/complaints/track", { form, clientIp });

const complaints = async () => Number((await t.db.selectFrom("complaints").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
const stagedFiles = async () => fs.readdirSync(await evidenceStagingDir());

describe("the page (GET)", () => {
  it("preselects a public kindergarten, says so for an unknown one, and searches by name", async () => {
    const chosen = await callRoute(intakeRoute.loader, `${NEW}${kindergartenId}`);
    expect(chosen).toMatchObject({ status: 200, body: { kindergarten: { id: kindergartenId, name: "宁波市海曙区春芽幼儿园" }, unknownKindergarten: false } });
    expect((chosen.body as { intakeKey: string }).intakeKey).toMatch(/^[0-9A-Z]{26}$/);
    expect(await callRoute(intakeRoute.loader, `${NEW}01JUNKNOWN0000000000000000`)).toMatchObject({ status: 200, body: { kindergarten: null, unknownKindergarten: true } });
    const search = await callRoute(intakeRoute.loader, `/complaints/new?q=${encodeURIComponent("春芽")}`);
    expect(search.body).toMatchObject({ kindergarten: null, search: { hits: [{ id: kindergartenId, name: "宁波市海曙区春芽幼儿园" }], error: null } });
    // A name typed after its district's, as parents do: searched within the district, and the page says so.
    const glued = await callRoute(intakeRoute.loader, `/complaints/new?q=${encodeURIComponent("海曙春芽")}`);
    const found = glued.body as { search: { hits: Array<{ name: string; place: string }>; within?: { region: string; rest: string } } };
    expect([glued.status, found.search.within]).toEqual([200, { region: "海曙区", rest: "春芽" }]);
    expect(found.search.hits.map((h) => h.name)).toEqual(["宁波市海曙区春芽幼儿园"]);
    expect(textOf(await renderStatic(intakeRoute.default, { url: "/complaints/new?q=海曙春芽", loaderData: glued.body }))).toContain("未找到“海曙春芽”，以下为海曙区中名称含“春芽”的幼儿园。");
    expect((search.body as { search: { within?: unknown } }).search.within, "a name found as typed").toBeUndefined();
    expect((await callRoute(intakeRoute.loader, `/complaints/new?q=${"长".repeat(3000)}`)).status).toBe(400);
    expect((await callRoute(intakeRoute.loader, "/complaints/new?q=")).body).toMatchObject({ search: { hits: [], error: { key: "complaint.search.empty" } } });
    // From the account check's "not the filed account": that kind of complaint is chosen already.
    expect((await callRoute(intakeRoute.loader, `${NEW}${kindergartenId}&kind=other_account`)).body).toMatchObject({ kind: "other_account" });
    expect((await callRoute(intakeRoute.loader, `${NEW}${kindergartenId}&kind=bogus`)).status).toBe(400);
  });

  it("keeps the kind and the account number a link brought through a search and a choice, and says when more match than are listed", async () => {
    for (let i = 1; i <= 21; i++) await createKindergarten(t.db, { name: `宁波市海曙区繁星第${i}幼儿园`, region_code: HAISHU });
    const url = `/complaints/new?q=${encodeURIComponent("繁星")}&kind=other_account&account=6222021234567890`;
    const res = await callRoute(intakeRoute.loader, url);
    const body = res.body as { search: { hits: unknown[]; more?: boolean } };
    expect([res.status, body.search.hits.length, body.search.more]).toEqual([200, 20, true]);
    const html = await renderStatic(intakeRoute.default, { url, loaderData: body });
    // The search form sends them again (hidden fields), and a choice carries them to the form.
    const form = html.match(/<form[^>]*role="search"[\s\S]*?<\/form>/)?.[0] ?? "";
    expect(form).toContain('type="hidden" name="kind" value="other_account"');
    expect(form).toContain('type="hidden" name="account" value="6222021234567890"');
    const link = html.match(/data-testid="complaint-kg-results"[\s\S]*?href="([^"]+)"/)?.[1].replace(/&amp;/g, "&");
    expect((await callRoute(intakeRoute.loader, link!)).body).toMatchObject({ kindergarten: { name: "宁波市海曙区繁星第1幼儿园" }, kind: "other_account", accountPaidInto: "6222021234567890" });
    expect(textOf(html)).toContain("名称相符的幼儿园较多，这里只列出一部分；请输入更完整的幼儿园名称再搜索。");
    expect(textOf(await renderStatic(intakeRoute.default, { url, loaderData: body, lang: "en" }))).toContain("More kindergartens match than are listed here: type more of the name and search again.");
    // All listed: nothing more to say, and nothing kept that the address did not bring.
    const few = await callRoute(intakeRoute.loader, `/complaints/new?q=${encodeURIComponent("繁星第21")}`);
    expect((few.body as { search: { more?: boolean } }).search.more).toBeUndefined();
    const fewHtml = await renderStatic(intakeRoute.default, { url: "/complaints/new?q=繁星第21", loaderData: few.body });
    expect(fewHtml).not.toContain('type="hidden"');
    expect(fewHtml).not.toContain("complaint-kg-more");
  });

  it("offers, when the picker finds nothing, the kindergartens a character away (您是不是要找), each chosen as a hit is, in both languages", async () => {
    type Picker = { search: { hits: unknown[]; near?: Array<{ id: string; name: string; place: string }> } };
    const url = `/complaints/new?q=${encodeURIComponent("春牙")}`;
    const res = await callRoute(intakeRoute.loader, url);
    const body = res.body as Picker;
    expect([res.status, body.search.hits]).toEqual([200, []]);
    expect(body.search.near).toEqual([{ id: kindergartenId, name: "宁波市海曙区春芽幼儿园", place: "浙江省 宁波市 海曙区" }]);
    const zh = await renderStatic(intakeRoute.default, { url, loaderData: body });
    expect(textOf(zh)).toContain("没有找到名称相符的幼儿园，请换几个字再试 您是不是要找： 选择：宁波市海曙区春芽幼儿园 浙江省 宁波市 海曙区");
    // Chosen as a hit is: a plain link to the form with it chosen, which works without JavaScript.
    const link = zh.match(/data-testid="complaint-kg-near"[\s\S]*?href="([^"]+)"/)?.[1].replace(/&amp;/g, "&");
    expect(link).toBe(`${NEW}${kindergartenId}`);
    expect((await callRoute(intakeRoute.loader, link!)).body).toMatchObject({ kindergarten: { id: kindergartenId, name: "宁波市海曙区春芽幼儿园" }, search: null });
    expect(textOf(await renderStatic(intakeRoute.default, { url, loaderData: body, lang: "en" }))).toContain("No kindergarten of that name: try other characters Did you mean: Choose: 宁波市海曙区春芽幼儿园");
    // A search that finds something, or one nothing is near, offers nothing.
    for (const q of ["春芽", "火箭"]) {
      const other = (await callRoute(intakeRoute.loader, `/complaints/new?q=${encodeURIComponent(q)}`)).body as Picker;
      expect(other.search.near, q).toBeUndefined();
      expect(await renderStatic(intakeRoute.default, { url: `/complaints/new?q=${q}`, loaderData: other }), q).not.toContain("您是不是要找");
    }
  });
});

describe("a complaint (POST)", () => {
  it("is answered with the receipt (tracking number and the code, once, no-store); the code then opens it", async () => {
    const before = await complaints();
    const res = await post(complaintForm({}, [new File([new Uint8Array(photo)], "收据.jpg", { type: "image/jpeg" })]));
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const receipt = (res.body as { outcome: string; receipt: { trackingNo: string; accessCode: string; replayed: boolean; track: string } }).receipt;
    expect(receipt).toMatchObject({ replayed: false, track: "complaint" });
    // The track's own deadline, dated: a complaint's acceptance within 7 working days of today.
    const accept = addWorkingDays(shanghaiDate(), 7);
    expect(res.body).toMatchObject({ receipt: { due: { kind: "accept", dueOn: accept.date, estimated: !accept.calendarComplete } } });
    const shown = words(await renderStatic(createElement(ComplaintReceipt, { receipt: (res.body as { receipt: ReceiptShown }).receipt })));
    expect(shown).toContain(`市场监管部门应在 ${accept.calendarComplete ? "" : "约 "}${accept.date} 前决定是否受理您的投诉`);
    expect(shown, "not the other track's deadline").not.toContain("举报");
    expect(await complaints()).toBe(before + 1);
    expect(await stagedFiles()).toEqual([]);

    const found = await track({ trackingNo: receipt.trackingNo, accessCode: receipt.accessCode });
    expect(found.status).toBe(200);
    expect(found.headers.get("Cache-Control")).toBe("no-store");
    expect(found.body).toMatchObject({ outcome: "found", complaint: { trackingNo: receipt.trackingNo, evidenceCount: 1, items: [{ name: "保教费", amountFen: 320_000 }] } });
  });

  it("tells a report's sender when its verification ends, and a repeat the deadline as it stands", async () => {
    const form = complaintForm({ track: "report" });
    const res = await post(form);
    const verify = addWorkingDays(shanghaiDate(), 15);
    expect(res.body).toMatchObject({ receipt: { track: "report", due: { kind: "verify", dueOn: verify.date, estimated: !verify.calendarComplete } } });
    const shown = words(await renderStatic(createElement(ComplaintReceipt, { receipt: (res.body as { receipt: ReceiptShown }).receipt })));
    expect(shown).toContain(`市场监管部门应在 ${verify.calendarComplete ? "" : "约 "}${verify.date} 前完成核查`);
    const trackingNo = (res.body as { receipt: ReceiptShown }).receipt.trackingNo;
    await t.db.updateTable("complaints").set({ due_on: "2027-01-04", due_kind: "verify" }).where("tracking_no", "=", trackingNo).execute();
    expect((await post(form)).body).toMatchObject({ receipt: { trackingNo, replayed: true, due: { kind: "verify", dueOn: "2027-01-04" } } });
  });

  it("answers the same form sent again with the first number and code (a lost answer retried), storing nothing", async () => {
    const form = complaintForm();
    const first = (await post(form)).body as { receipt: { trackingNo: string; accessCode: string } };
    const before = await complaints();
    const again = await post(form);
    expect(again.status).toBe(200);
    expect((again.body as { receipt: object }).receipt).toMatchObject({ trackingNo: first.receipt.trackingNo, accessCode: first.receipt.accessCode, replayed: true });
    expect(await complaints()).toBe(before);
  });

  it("does not show again a code drawn at random before codes came from the form's key", async () => {
    const form = complaintForm();
    const first = (await post(form)).body as { receipt: { trackingNo: string } };
    await t.db.updateTable("complaints").set({ access_code_hash: accessCodeHash("ABCD-EFGH-JKMN-PQRS") }).where("tracking_no", "=", first.receipt.trackingNo).execute();
    expect(((await post(form)).body as { receipt: object }).receipt).toMatchObject({ trackingNo: first.receipt.trackingNo, accessCode: null, replayed: true });
  });

  it("takes a form without JavaScript's files (urlencoded) and an empty file input", async () => {
    const urlencoded = new URLSearchParams([...complaintForm().entries()] as Array<[string, string]>);
    expect((await post(urlencoded)).status).toBe(200);
    const empty = complaintForm({}, [new File([], "", { type: "application/octet-stream" })]);
    const res = await post(empty);
    expect(res.status).toBe(200);
  });

  it("refuses bad fields with 400 and every message, keeping what was typed, storing nothing", async () => {
    const before = await complaints();
    const exe = new File([new Uint8Array(Buffer.from("4d5a9000030000000400", "hex")), new Uint8Array(1000)], "照片.jpg", { type: "image/jpeg" });
    const res = await post(complaintForm({ contactPhone: "12345", paidOn: "2099-01-01", "items[0].amount": "-1", narrative: "多\u0000收\u202E钱了很多很多很多钱" }, [exe]));
    expect(res.status).toBe(400);
    const reply = res.body as { outcome: string; result: { status: string; error: Record<string, string[]>; initialValue: Record<string, unknown> } };
    expect(reply.outcome).toBe("invalid");
    expect(Object.keys(reply.result.error).sort()).toEqual(["contactPhone", "evidence", "items[0].amount", "paidOn"]);
    expect(reply.result.error.evidence[0]).toMatch(/^complaint\.evidence\.type\|/);
    // What was typed comes back (the control characters cleaned on the way in), for the form to show again.
    expect(reply.result.initialValue).toMatchObject({ contactPhone: "12345", narrative: "多收钱了很多很多很多钱" });
    expect(await complaints()).toBe(before);
    expect(await stagedFiles()).toEqual([]);
  });

  it("asks for a date left empty to be filled in, not for a valid one (a form without JavaScript posts it as \"\")", async () => {
    const res = await post(complaintForm({ learnedOn: "", paidOn: "" }));
    expect(res.status).toBe(400);
    const reply = res.body as { result: { error: Record<string, string[]> } };
    // 缴费日期 is optional: empty is no mistake. 您知道此事的日期 is required: "请填写…", as the page's own check says.
    expect(reply.result.error).toEqual({ learnedOn: ["complaint.learnedOn.required"] });
  });

  it("refuses a filled honeypot, storing nothing", async () => {
    const before = await complaints();
    const res = await post(complaintForm({ website: "http://cheap-pills.example" }, [new File([new Uint8Array(photo)], "a.jpg")]));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("complaint.intake.refused");
    expect(await complaints()).toBe(before);
    expect(await stagedFiles()).toEqual([]);
  });

  it("says under the evidence field that an upload over the body limit was too large (413), and under the narrative that it was", async () => {
    const before = await complaints();
    const big = new File([new Uint8Array(intakeRoute.INTAKE_BODY_BYTES + 1024)], "大.jpg", { type: "image/jpeg" });
    const res = await post(complaintForm({}, [big]));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ outcome: "invalid", result: null, bodyError: { field: "evidence" } });
    expect((res.body as { bodyError: { message: string } }).bodyError.message).toMatch(/^complaint\.evidence\.bodyTooLarge/);
    const long = await post(complaintForm({ narrative: "多".repeat(100_000) }));
    expect(long.status).toBe(413);
    expect(long.body).toMatchObject({ bodyError: { field: "narrative", message: "complaint.narrative.tooLong" } });
    // Posted urlencoded (no files possible), a body too large is the text's, not the files' (found in an acceptance walk-through).
    const urlencoded = new URLSearchParams({ kindergartenId, narrative: "多".repeat(30_000) });
    const text = await post(urlencoded);
    expect(text.status).toBe(413);
    expect(text.body).toMatchObject({ bodyError: { field: "narrative", message: "complaint.narrative.tooLong" } });
    expect(await complaints()).toBe(before);
    expect(await stagedFiles()).toEqual([]);
  });

  it("applies a list button posted without JavaScript, storing nothing", async () => {
    const before = await complaints();
    const form = complaintForm({}, [new File([new Uint8Array(photo)], "a.jpg")]);
    form.append("__intent__", JSON.stringify({ type: "insert", payload: { name: "items", defaultValue: { name: "", amount: "", unit: "once" } } }));
    const res = await post(form);
    expect(res.status).toBe(200);
    const result = (res.body as { result: { initialValue: { items: unknown[] } } }).result;
    expect(result.initialValue.items).toHaveLength(2);
    expect(await complaints()).toBe(before);
    expect(await stagedFiles()).toEqual([]);
  });

  it(`refuses a client's complaint past ${INTAKE_POINTS} an hour with 429 and Retry-After, the form's values kept; refusals do not count`, async () => {
    const ip = freshIp();
    // Refused complaints (a phone that is none) and a row added without JavaScript use up none of the client's complaints.
    for (let i = 0; i < INTAKE_POINTS + 1; i++) expect((await post(complaintForm({ contactPhone: "1" }), ip)).status).toBe(400);
    const added = complaintForm();
    added.append("__intent__", JSON.stringify({ type: "insert", payload: { name: "items", defaultValue: { name: "", amount: "", unit: "once" } } }));
    expect((await post(added, ip)).status).toBe(200);
    for (let i = 0; i < INTAKE_POINTS; i++) expect((await post(complaintForm(), ip)).status).toBe(200);
    const before = await complaints();
    const limited = await post(complaintForm({ narrative: "开学时老师通知每位孩子交兴趣班费800元，第四次反映。" }), ip);
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("Retry-After"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60 * 60);
    const body = limited.body as { outcome: string; retryAfterSeconds: number; result: { initialValue: { narrative: string } } };
    expect(body).toMatchObject({ outcome: "limited", retryAfterSeconds: retryAfter });
    // What was typed comes back with the refusal (without JavaScript the page is drawn from it).
    expect(body.result.initialValue.narrative).toBe("开学时老师通知每位孩子交兴趣班费800元，第四次反映。");
    expect(await complaints()).toBe(before);
    expect(await stagedFiles()).toEqual([]);
    expect((await post(complaintForm())).status).toBe(200);
  });

  it("refuses a client's posts past twelve per complaint allowed with 429, before reading the body", async () => {
    const ip = freshIp();
    const json = () => callRoute(intakeRoute.action, `${NEW}${kindergartenId}`, { method: "POST", clientIp: ip, headers: { "Content-Type": "application/json" } });
    expect(intakePostPoints()).toBe(12 * INTAKE_POINTS);
    for (let i = 0; i < intakePostPoints(); i++) expect((await json()).status).not.toBe(429);
    const limited = await json();
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ outcome: "limited", retryAfterSeconds: Number(limited.headers.get("Retry-After")), result: null });
    expect((await post(complaintForm(), ip)).status).toBe(429);
  });
});

describe("the receipt on this browser (its receipt cookie)", () => {
  const receiptOf = (res: { body: unknown }) => (res.body as { receipt: { trackingNo: string; accessCode: string; replayed: boolean } }).receipt;
  const page = (cookie?: string) => callRoute(intakeRoute.loader, `${NEW}${kindergartenId}`, { cookie });

  it("is shown again on the form page (a reload of the receipt), the code included, and never cached", async () => {
    const res = await post(complaintForm());
    const cookie = cookieHeaderFrom(res.headers.get("Set-Cookie"));
    expect(res.headers.get("Set-Cookie")).toMatch(/Path=\/complaints; .*HttpOnly; SameSite=Lax/);
    const shown = await page(cookie);
    expect(shown.headers.get("Cache-Control")).toBe("no-store");
    expect((shown.body as { recent: unknown[] }).recent).toEqual([
      { trackingNo: receiptOf(res).trackingNo, accessCode: receiptOf(res).accessCode, track: "complaint", kindergartenName: "宁波市海曙区春芽幼儿园", receivedAt: expect.any(String) },
    ]);
    expect((await page()).body).toMatchObject({ recent: [] });
    // A session cookie (gone with the browser), and a receipt shown from it for two hours after it was received.
    expect(res.headers.get("Set-Cookie")).not.toMatch(/Max-Age|Expires/);
    const threeHoursAgo = new Date(Date.now() - 3 * 3_600_000).toISOString();
    await t.db.updateTable("complaints").set({ received_at: threeHoursAgo }).where("tracking_no", "=", receiptOf(res).trackingNo).execute();
    expect((await page(cookie)).body).toMatchObject({ recent: [] });
  });

  it("answers the same complaint from a form fetched anew (Back without JavaScript) with its receipt, storing nothing", async () => {
    const ip = freshIp();
    const first = await post(complaintForm(), ip);
    const cookie = cookieHeaderFrom(first.headers.get("Set-Cookie"));
    const before = await complaints();
    const again = await callRoute(intakeRoute.action, `${NEW}${kindergartenId}`, { form: complaintForm(), clientIp: ip, cookie });
    expect(receiptOf(again)).toEqual({ ...receiptOf(first), replayed: true });
    expect(await complaints()).toBe(before);
    // Another complaint from the same browser is stored, and both receipts are shown, the newest first.
    const other = await callRoute(intakeRoute.action, `${NEW}${kindergartenId}`, { form: complaintForm({ narrative: "另收了500元兴趣班费，没有公示。" }), clientIp: ip, cookie });
    expect(receiptOf(other).replayed).toBe(false);
    expect(await complaints()).toBe(before + 1);
    const both = await page(cookieHeaderFrom(other.headers.get("Set-Cookie")));
    expect((both.body as { recent: Array<{ trackingNo: string }> }).recent.map((r) => r.trackingNo)).toEqual([receiptOf(other).trackingNo, receiptOf(first).trackingNo]);
    // The same words from another browser are another parent's complaint.
    expect(receiptOf(await post(complaintForm())).replayed).toBe(false);
    expect(await complaints()).toBe(before + 2);
    // Corrected on the way back (a phone number), or sent with the photo forgotten, it is not dropped as a repeat.
    const again2 = (form: FormData) => callRoute(intakeRoute.action, `${NEW}${kindergartenId}`, { form, clientIp: freshIp(), cookie });
    expect(receiptOf(await again2(complaintForm({ contactPhone: "13900139000" }))).replayed).toBe(false);
    expect(receiptOf(await again2(complaintForm({}, [new File([new Uint8Array(photo)], "收据.jpg", { type: "image/jpeg" })]))).replayed).toBe(false);
    expect(await complaints()).toBe(before + 4);
  });

  it("ignores a forged or tampered cookie, and is taken off the device on request", async () => {
    const res = await post(complaintForm());
    const cookie = cookieHeaderFrom(res.headers.get("Set-Cookie"));
    const [name, value] = cookie.split("=");
    const forged = `${name}=${Buffer.from(JSON.stringify(["01JFORGEDKEY000000000000000"])).toString("base64")}`;
    expect((await page(forged)).body).toMatchObject({ recent: [] });
    expect((await page(`${name}=${value.slice(0, -3)}abc`)).body).toMatchObject({ recent: [] });
    const forget = await callRoute(forgetRoute.action, "/complaints/forget-receipts", { form: new URLSearchParams(), cookie });
    expect(forget.status).toBe(302);
    expect(forget.headers.get("Set-Cookie")).toMatch(/^complaint_receipts=.*Max-Age=0/);
  });
});

describe("tracking (POST)", () => {
  async function file(): Promise<{ trackingNo: string; accessCode: string }> {
    const res = await post(complaintForm());
    return (res.body as { receipt: { trackingNo: string; accessCode: string } }).receipt;
  }

  it("answers a wrong code and another's number with one 404 message, the code not echoed", async () => {
    const mine = await file();
    const theirs = await file();
    for (const form of [
      { trackingNo: mine.trackingNo, accessCode: theirs.accessCode },
      { trackingNo: theirs.trackingNo, accessCode: mine.accessCode },
      { trackingNo: "0000-0000-0000", accessCode: mine.accessCode },
    ]) {
      const res = await track(form);
      expect(res.status).toBe(404);
      const body = res.body as { outcome: string; result: { error: Record<string, string[]>; initialValue?: Record<string, unknown> } };
      expect(body.outcome).toBe("invalid");
      expect(body.result.error[""]).toEqual(["complaint.tracking.notFound"]);
      expect(JSON.stringify(body)).not.toContain(form.accessCode);
      expect(JSON.stringify(body)).not.toMatch(/narrative|保教费/);
    }
    const malformed = await track({ trackingNo: "abc", accessCode: "" });
    expect(malformed.status).toBe(400);
  });

  it("asks for an empty number or code to be filled in, and says a malformed one is malformed", async () => {
    const errors = async (form: Record<string, string>) => {
      const res = await track(form);
      expect(res.status).toBe(400);
      return (res.body as { result: { error: Record<string, string[]> } }).result.error;
    };
    // Both left empty, as a form without JavaScript posts them: not "受理编号格式不正确".
    expect(await errors({ trackingNo: "", accessCode: " " })).toEqual({ trackingNo: ["complaint.tracking.required"], accessCode: ["complaint.accessCode.required"] });
    expect(await errors({ trackingNo: "abc", accessCode: "123" })).toEqual({ trackingNo: ["complaint.tracking.invalid"], accessCode: ["complaint.accessCode.invalid"] });
  });

  it(`refuses a client's look-up past ${TRACKING_POINTS} with 429 and Retry-After, right codes included`, async () => {
    const mine = await file();
    const ip = freshIp();
    for (let i = 0; i < TRACKING_POINTS; i++) expect((await track(mine, ip)).status).toBe(200);
    const limited = await track(mine, ip);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ outcome: "limited" });
    expect((await track(mine)).status).toBe(200);
  });
});

// The staging folder is the process's own, under the temp folder.
it("stages uploads per process, on local disk", async () => {
  expect(await evidenceStagingDir()).toBe(path.join(os.tmpdir(), "portal-evidence-staging", String(process.pid)));
});
