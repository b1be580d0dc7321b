/**
 * Working inspection cases through the routes, on the demo data, called as the
 * server would: the officer's case page (the steps each officer is offered,
 * each step posted), the kindergarten's notices (list, page, answer with a
 * file, its home page), and every refusal: another district's officer (404),
 * a colleague who is not the assignee (403), development-reform (reads, 403
 * on steps), an operator on the officer pages (403), another kindergarten's
 * operator (404), anonymous (to the login page), a stale version (409).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "~/web/db.server";
import { AMOUNT_MAX_FEN } from "~/domain/cases/case-work.schema";
import { encodeMessage } from "~/i18n";
import { workingDayOnOrAfter } from "~/utils/working-days";
import * as officerPage from "~/routes/officer+/cases.$caseId";
import * as caseFileRoute from "~/routes/officer+/cases.$caseId.files.$evidenceId";
import * as ownFileRoute from "~/routes/kindergarten+/cases.$caseId.files.$evidenceId";
import * as notices from "~/routes/kindergarten+/cases._index";
import * as notice from "~/routes/kindergarten+/cases.$caseId";
import * as operatorHome from "~/routes/kindergarten+/fees._index";
import { jpegWithGps, pngBytes } from "../factories/images";
import { renderStatic } from "../setup/render-static";
import { callRoute, sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";
import { demoCaseOf } from "../factories/demo-cases";

let t: TestDb;
const USERS = ["haishu.market", "haishu.market2", "haishu.lead", "haishu.ndrc", "haishu.edu", "jiangbei.market", "ningbo.lead", "kg006", "kg005", "admin"] as const;
type User = (typeof USERS)[number];
const cookies = {} as Record<User, string>;
/** kg006's case from a complaint: assigned to haishu.market, the kindergarten notified. */
let kg006Case: string;
/** kg005's case: a refund ordered, the proof due. */
let kg005Case: string;

const as = (user: User | null) => (user ? cookies[user] : null);
const page = (user: User | null, id = kg006Case) => callRoute(officerPage.loader, `/officer/cases/${id}`, { cookie: as(user), params: { caseId: id } });
const step = (user: User | null, form: Record<string, string>, id = kg006Case) =>
  callRoute(officerPage.action, `/officer/cases/${id}`, { cookie: as(user), params: { caseId: id }, form });
const version = async (id = kg006Case) => String((await t.db.selectFrom("inspection_cases").select("version").where("id", "=", id).executeTakeFirstOrThrow()).version);
type Page = { work: { steps: string[]; version: number; clocks: Array<{ kind: string }> }; case: { status: string } };

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const user of USERS) cookies[user] = await sessionCookieFor(t.db, user);
  kg006Case = await demoCaseOf(t.db, "kg006", "COMPLAINT");
  kg005Case = await demoCaseOf(t.db, "kg005", "R04");
}, 60_000);

afterAll(async () => {
  await t?.destroy();
});

describe("the officer's case page", () => {
  it("offers the assignee the steps of the state, a colleague only reassignment, development-reform none", async () => {
    const mine = await page("haishu.market");
    expect(mine.status).toBe(200);
    expect((mine.body as Page).work.steps).toEqual(["assign", "request_extension", "record_finding", "register", "decide"]);
    expect((mine.body as Page).work.clocks.map((c) => c.kind)).toContain("answer");
    expect((await page("haishu.market2")).body).toMatchObject({ work: { steps: ["assign"] } });
    expect((await page("haishu.lead")).body).toMatchObject({ work: { steps: ["assign", "extend_verification", "record_finding", "register", "decide"] } });
    const ndrc = await page("haishu.ndrc");
    expect(ndrc.status).toBe(200);
    expect((ndrc.body as Page).work.steps).toEqual([]);
  });

  it("is not found for another district, forbidden to an operator, the login page for anonymous", async () => {
    expect((await page("jiangbei.market")).status).toBe(404);
    expect((await page("ningbo.lead")).status).toBe(200);
    expect((await page("kg006")).status).toBe(403);
    const anonymous = await page(null);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login\?redirectTo=/);
  });

  it("refuses steps by the wrong officer, keeps the case as it was, and takes the assignee's", async () => {
    const before = await version();
    const finding = { intent: "record_finding", note: "电话核实收费情况" };
    expect((await step("jiangbei.market", { ...finding, version: before })).status).toBe(404);
    expect((await step("haishu.market2", { ...finding, version: before })).status).toBe(403);
    expect((await step("haishu.ndrc", { ...finding, version: before })).status).toBe(403);
    expect((await step("kg006", { ...finding, version: before })).status).toBe(403);
    expect(await version()).toBe(before);

    const done = await step("haishu.market", { ...finding, version: before });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ intent: "record_finding", done: true });
    // The same page posted again on the version it was read at: another officer's change came first.
    const stale = await step("haishu.market", { ...finding, version: before });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { key: "case.stale" } });
  });

  it("answers a bad decision with field messages, not a 5xx", async () => {
    const r = await step("haishu.market", { intent: "decide", version: await version(), kind: "refund_ordered", basis: "price-penalty-art16", amount: "abc" });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ fieldErrors: { amount: [{ key: "case.amount.invalid" }] } });
    // Seventeen digits are an amount too large, not a malformed one (found in an acceptance walk-through).
    const huge = await step("haishu.market", { intent: "decide", version: await version(), kind: "refund_ordered", basis: "price-penalty-art16", amount: "99999999999999999" });
    // Said with the maximum, the limit the check uses.
    expect(huge.body).toMatchObject({ fieldErrors: { amount: [{ key: encodeMessage({ key: "case.amount.tooLarge", vars: { max: AMOUNT_MAX_FEN / 100 } }) }] } });
    const missing = await step("haishu.market", { intent: "decide", version: await version(), kind: "refund_ordered", basis: "price-penalty-art16", amount: "1200" });
    expect(Object.keys((missing.body as { fieldErrors: Record<string, unknown> }).fieldErrors).sort()).toEqual(["byDate", "families"]);
    expect((await step("haishu.market", { intent: "explode", version: await version() })).status).toBe(400);
  });

  it("answers a bad decision with every mistake in one round, and the form as it was sent", async () => {
    const before = await version();
    const sent = { intent: "decide", version: before, kind: "penalty", basis: "price-law-art41", amount: "abc", documentNo: "", decisionDate: "2099-01-01", note: "现场检查发现" };
    const r = await step("haishu.market", sent);
    expect(r.status).toBe(400);
    const body = r.body as { fieldErrors: Record<string, Array<{ key: string }>>; values: Record<string, string> };
    // The schema's (basis for another kind, malformed amount, no document number) and the case's (a penalty before
    // registration, a date ahead) together. (Not the article: without a penalty's basis it is not known whether one is
    // named, as under the price law, or none, as under 学前教育法 Art. 79, which market supervision may cite too.)
    expect(Object.fromEntries(Object.entries(body.fieldErrors).map(([f, ms]) => [f, ms.map((m) => m.key)]))).toEqual({
      kind: ["case.decide.penaltyUnregistered"],
      basis: ["case.decision.basisMismatch"],
      amount: ["case.amount.invalid"],
      documentNo: ["case.documentNo.required"],
      decisionDate: ["case.decisionDate.future"],
    });
    // The choices come back with the text (the page restores its selects from them), never the version or the button.
    expect(body.values).toEqual({ kind: "penalty", basis: "price-law-art41", amount: "abc", documentNo: "", decisionDate: "2099-01-01", note: "现场检查发现" });
    expect(await version()).toBe(before);
    // Refused for who it is, a decision is told that and not its fields: a colleague, development reform.
    expect((await step("haishu.market2", sent)).body).toMatchObject({ error: { key: "case.notAssignee" } });
    expect((await step("haishu.market2", sent)).status).toBe(403);
    expect((await step("haishu.ndrc", sent)).status).toBe(403);
    expect((await step("haishu.edu", sent)).status).toBe(403);
    expect((await step("jiangbei.market", sent)).status).toBe(404);
  });

  it("lets an education officer who takes an unassigned case decide it under education's texts only", async () => {
    const open = await t.db
      .selectFrom("inspection_cases")
      .select("id")
      .where("region_code", "=", "330203")
      .where("status", "=", "open")
      .where("assigned_to", "is", null)
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const id = open.id;
    const edu = await t.db.selectFrom("users").select("id").where("username", "=", "haishu.edu").executeTakeFirstOrThrow();
    expect(((await page("haishu.edu", id)).body as Page).work.steps).toEqual(["take", "assign"]);
    expect((await step("haishu.edu", { intent: "assign", version: await version(id), assignee: edu.id }, id)).status).toBe(200);
    const view = (await page("haishu.edu", id)).body as Page & { work: { agency: string } };
    expect(view.work).toMatchObject({ agency: "education", steps: expect.arrayContaining(["decide"]) });
    // The price law is market supervision's: refused with its reason, nothing written.
    const priceLaw = await step("haishu.edu", { intent: "decide", version: await version(id), kind: "rectification_ordered", basis: "price-law-art39", byDate: "2099-01-01" }, id);
    expect(priceLaw.status).toBe(400);
    expect(priceLaw.body).toMatchObject({ fieldErrors: { basis: [{ key: "case.basis.otherAgency" }], byDate: [{ key: "case.byDate.range" }] } });
    // A market officer may no longer work the case the education office holds.
    expect((await step("haishu.market", { intent: "record_finding", version: await version(id), note: "市场监管核查" }, id)).body).toMatchObject({ error: { key: "case.otherAgency" } });
    const byDate = workingDayOnOrAfter(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10));
    const decided = await step("haishu.edu", { intent: "decide", version: await version(id), kind: "rectification_ordered", basis: "preschool-law-art79", byDate }, id);
    expect(decided.status).toBe(200);
    expect(((await page("haishu.edu", id)).body as Page).case.status).toBe("decided");
  });
});

describe("a decided case whose order's proof is awaited", () => {
  it("says on the officer's page why it cannot be closed yet, by which day the proof is due, and what happens after", async () => {
    const row = await t.db.selectFrom("inspection_cases").select(["status", "follow_up_due_on", "proof_received_at"]).where("id", "=", kg005Case).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "decided", proof_received_at: null });
    const due = row.follow_up_due_on!;
    const loaded = await page("haishu.market", kg005Case);
    const body = loaded.body as Page & { work: { awaitingProofUntil: string | null } };
    expect(body.work.steps).not.toContain("close");
    expect(body.work.awaitingProofUntil).toBe(due);
    const url = `/officer/cases/${kg005Case}`;
    const zh = await renderStatic(officerPage.default, { url, loaderData: loaded.body, lang: "zh-CN" });
    expect(zh).toMatch(new RegExp(`data-testid="case-awaiting-proof">等待幼儿园于 <time[^>]*>${due}</time> 前提交整改／退费凭证：收到后即可结案；到期仍未收到的，任务将自动重新打开。`));
    const en = await renderStatic(officerPage.default, { url, loaderData: loaded.body, lang: "en" });
    expect(en).toContain("the case can be closed once it arrives");
  });
});

describe("the kindergarten's notices", () => {
  it("lists its own notices, what waits first, and shows them on its home page", async () => {
    const list = await callRoute(notices.loader, "/kindergarten/cases", { cookie: as("kg006") });
    expect(list.status).toBe(200);
    expect((list.body as { cases: Array<{ id: string; todo: string | null }> }).cases).toMatchObject([{ id: kg006Case, todo: "answer" }]);
    const home = await callRoute(operatorHome.loader, "/kindergarten/fees", { cookie: as("kg006") });
    expect((home.body as { waiting: Array<{ id: string }> }).waiting.map((c) => c.id)).toEqual([kg006Case]);
    // kg005's refund order waits for its proof.
    const kg005 = await callRoute(notices.loader, "/kindergarten/cases", { cookie: as("kg005") });
    expect((kg005.body as { cases: Array<{ id: string; todo: string | null }> }).cases.find((c) => c.id === kg005Case)?.todo).toBe("proof");
  });

  it("never shows another kindergarten's case, nor anything of who complained", async () => {
    expect((await callRoute(notice.loader, `/kindergarten/cases/${kg005Case}`, { cookie: as("kg006"), params: { caseId: kg005Case } })).status).toBe(404);
    const mine = await callRoute(notice.loader, `/kindergarten/cases/${kg006Case}`, { cookie: as("kg006"), params: { caseId: kg006Case } });
    expect(mine.status).toBe(200);
    const text = JSON.stringify(mine.body);
    const complaint = await t.db.selectFrom("complaints").select(["contact_name", "contact_phone", "tracking_no"]).where("case_id", "=", kg006Case).executeTakeFirstOrThrow();
    for (const secret of [complaint.contact_name, complaint.contact_phone, complaint.tracking_no]) if (secret) expect(text).not.toContain(secret);
    expect((await callRoute(notices.loader, "/kindergarten/cases", { cookie: as("haishu.market") })).status).toBe(403);
  });

  it("reads as labelled facts on every width, its days written as the app writes a civil date, in both languages", async () => {
    for (const [id, user] of [[kg006Case, "kg006"], [kg005Case, "kg005"]] as const) {
      const loaded = await callRoute(notice.loader, `/kindergarten/cases/${id}`, { cookie: as(user), params: { caseId: id } });
      const c = (loaded.body as { case: { answerDueOn: string | null; followUpDueOn: string | null; todo: string | null } }).case;
      for (const lang of ["zh-CN", "en"] as const) {
        const html = await renderStatic(notice.default, { url: `/kindergarten/cases/${id}`, loaderData: loaded.body, lang });
        // The officer's facts list: each label muted above its value (a bare <dt> looked like the value under it).
        const facts = html.match(/<dl[^>]*data-testid="case-facts"[\s\S]*?<\/dl>/)?.[0] ?? "";
        expect(facts).toMatch(/^<dl class="grid cols-3"/);
        const labels = [...facts.matchAll(/<dt([^>]*)>/g)].map((m) => m[1]);
        expect(labels.length).toBeGreaterThanOrEqual(2);
        expect(labels.every((attributes) => attributes === ' class="muted"')).toBe(true);
        // A moment's day and time are each kept whole: a narrow column breaks between them, never inside the day.
        const dayPattern = lang === "en" ? String.raw`\d{1,2} [A-Z][a-z]{2} \d{4},` : String.raw`\d{4}年\d{1,2}月\d{1,2}日`;
        expect(facts).toMatch(new RegExp(String.raw`<time dateTime="[^"]+"><span class="nowrap">${dayPattern}</span> <span class="nowrap">\d\d:\d\d</span></time>`));
        const day = c.todo === "answer" ? c.answerDueOn : c.followUpDueOn;
        expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(html).toContain(`<time dateTime="${day}" class="nowrap">${day}</time>`);
      }
    }
  });

  it("links a rule's case to the filing it was opened about (the advice's 更正本次备案 is on that page); a complaint's to none", async () => {
    const filing = await t.db
      .selectFrom("inspection_cases as c")
      .innerJoin("fee_filings as f", "f.id", "c.filing_id")
      .select(["f.id", "f.version"])
      .where("c.id", "=", kg005Case)
      .executeTakeFirstOrThrow();
    const loaded = await callRoute(notice.loader, `/kindergarten/cases/${kg005Case}`, { cookie: as("kg005"), params: { caseId: kg005Case } });
    for (const [lang, words] of [["zh-CN", `所涉收费备案：`], ["en", "The fee filing concerned: "]] as const) {
      const html = await renderStatic(notice.default, { url: `/kindergarten/cases/${kg005Case}`, loaderData: loaded.body, lang });
      const line = html.match(/<p data-testid="case-filing">[\s\S]*?<\/p>/)?.[0] ?? "";
      expect(line).toContain(words);
      expect(line).toContain(`href="/kindergarten/fees/${filing.id}"`);
      expect(line).toContain(lang === "en" ? `version ${filing.version}` : `第 ${filing.version} 版`);
    }
    const complaintCase = await callRoute(notice.loader, `/kindergarten/cases/${kg006Case}`, { cookie: as("kg006"), params: { caseId: kg006Case } });
    expect((complaintCase.body as { case: { filing: unknown } }).case.filing).toBeNull();
    const html = await renderStatic(notice.default, { url: `/kindergarten/cases/${kg006Case}`, loaderData: complaintCase.body });
    expect(html).not.toContain('data-testid="case-filing"');
  });

  it("answers with a file; the case moves on and the officer sees the answer", async () => {
    const form = new FormData();
    form.set("version", await version());
    form.set("explanation", "所收为自愿参加的兴趣班费用，已向投诉家长退还并致歉。");
    form.set("refundAmount", "800");
    form.set("refundFamilies", "1");
    form.append("evidence", new File([new Uint8Array(await pngBytes())], "退费回单.png", { type: "image/png" }));
    const r = await callRoute(notice.action, `/kindergarten/cases/${kg006Case}`, { cookie: as("kg006"), params: { caseId: kg006Case }, form });
    expect(r.status).toBe(302);
    expect(r.location).toBe(`/kindergarten/cases/${kg006Case}?answered=1`);
    const officer = (await page("haishu.market")).body as Page & { work: { answers: Array<{ files: number; refund_fen: number }> } };
    expect(officer.case.status).toBe("answered");
    expect(officer.work.answers).toMatchObject([{ files: 1, refund_fen: 80_000 }]);
    // The officer opens the kindergarten's file; another district's officer cannot.
    const [file] = (officer.work as unknown as { files: Array<{ evidenceId: string; name: string; party: string }> }).files;
    expect(file).toMatchObject({ name: "退费回单.png", party: "kindergarten" });
    const download = (user: User) =>
      callRoute(caseFileRoute.loader, `/officer/cases/${kg006Case}/files/${file.evidenceId}`, { cookie: as(user), params: { caseId: kg006Case, evidenceId: file.evidenceId } });
    const got = await download("haishu.market");
    expect(got.status).toBe(200);
    expect(got.headers.get("Content-Type")).toBe("image/png");
    expect((await download("jiangbei.market")).status).toBe(404);
    expect((await download("kg006")).status).toBe(403);
    // The kindergarten opens its own file again from its page; another kindergarten's operator finds nothing.
    const own = ((await callRoute(notice.loader, `/kindergarten/cases/${kg006Case}`, { cookie: as("kg006"), params: { caseId: kg006Case } })).body as {
      case: { answers: Array<{ files: Array<{ evidenceId: string; name: string }> }> };
    }).case.answers;
    expect(own.at(-1)!.files).toEqual([{ evidenceId: file.evidenceId, name: "退费回单.png" }]);
    // The page it lands on: the answer above, and the form below it adds to it, so nobody sends the answer twice
    // believing the first went nowhere (the 26th session's walk: it still read 提交情况说明).
    const landed = await callRoute(notice.loader, `/kindergarten/cases/${kg006Case}?answered=1`, { cookie: as("kg006"), params: { caseId: kg006Case } });
    const landedHtml = await renderStatic(notice.default, { url: `/kindergarten/cases/${kg006Case}?answered=1`, loaderData: landed.body });
    expect(landedHtml).toContain("<h2>补充说明</h2>");
    expect(landedHtml).not.toContain("<h2>提交情况说明</h2>");
    expect(landedHtml).toMatch(/data-testid="case-answer-more"[^>]*>本园的答复已经提交/);
    const ownDownload = (user: User, evidenceId = file.evidenceId) =>
      callRoute(ownFileRoute.loader, `/kindergarten/cases/${kg006Case}/files/${evidenceId}`, { cookie: as(user), params: { caseId: kg006Case, evidenceId } });
    const mine = await ownDownload("kg006");
    expect(mine.status).toBe(200);
    expect(mine.headers.get("Content-Type")).toBe("image/png");
    expect((await ownDownload("kg005")).status).toBe(404);
    expect((await ownDownload("haishu.market")).status).toBe(403);
    // Nothing waits for the kindergarten now; another operator cannot answer it.
    const again = new FormData();
    again.set("version", await version());
    again.set("explanation", "冒名答复");
    expect((await callRoute(notice.action, `/kindergarten/cases/${kg006Case}`, { cookie: as("kg005"), params: { caseId: kg006Case }, form: again })).status).toBe(404);
  });

  it("receives an answer sent again after Back once, telling the kindergarten so; a different one is a further statement", async () => {
    const answers = async () => ((await page("haishu.market")).body as { work: { answers: Array<{ id: string; files: number }> } }).work.answers;
    const [first] = await answers();
    const filesBefore = await t.db.selectFrom("case_files").select("evidence_id").where("case_id", "=", kg006Case).execute();
    const send = async (user: User | null, file?: { bytes: Uint8Array; name: string; type: string }) => {
      // Back: the no-store page is fetched again, with the version the first answer left.
      const form = new FormData();
      form.set("version", await version());
      form.set("explanation", "所收为自愿参加的兴趣班费用，已向投诉家长退还并致歉。");
      form.set("refundAmount", "800");
      form.set("refundFamilies", "1");
      if (file) form.append("evidence", new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
      return callRoute(notice.action, `/kindergarten/cases/${kg006Case}`, { cookie: as(user), params: { caseId: kg006Case }, form });
    };
    const png = { bytes: await pngBytes(), name: "退费回单.png", type: "image/png" };
    // The same answer with the same file, and without it (Back does not keep the file chosen): received already.
    for (const again of [await send("kg006", png), await send("kg006")]) {
      expect(again.status).toBe(302);
      expect(again.location).toBe(`/kindergarten/cases/${kg006Case}?repeat=${first.id}`);
    }
    expect(await answers()).toEqual([first]);
    expect(await t.db.selectFrom("case_files").select("evidence_id").where("case_id", "=", kg006Case).execute()).toEqual(filesBefore);
    // The page the kindergarten lands on finds the answer it names.
    const landed = await callRoute(notice.loader, `/kindergarten/cases/${kg006Case}?repeat=${first.id}`, { cookie: as("kg006"), params: { caseId: kg006Case } });
    expect((landed.body as { case: { answers: Array<{ id: string }> } }).case.answers.map((a) => a.id)).toEqual([first.id]);
    // Nobody else learns whether it was sent: another kindergarten's operator finds no case, an officer may not answer.
    expect((await send("kg005")).status).toBe(404);
    expect((await send("haishu.market")).status).toBe(403);
    const anonymous = await send(null);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login\?redirectTo=/);
    // The same words with a new file are a further statement: stored.
    const further = await send("kg006", { bytes: await jpegWithGps(), name: "公示照片.jpg", type: "image/jpeg" });
    expect(further.location).toBe(`/kindergarten/cases/${kg006Case}?answered=1`);
    expect((await answers()).length).toBe(2);
  });
});

describe("an officer's finding with files", () => {
  it("stores the files with the finding's event, re-encoded, and refuses a file that is not what it says", async () => {
    const form = new FormData();
    form.set("intent", "record_finding");
    form.set("version", await version());
    form.set("note", "现场检查：收费公示栏照片");
    form.append("evidence", new File([new Uint8Array(await pngBytes())], "公示栏.png", { type: "image/png" }));
    const r = await callRoute(officerPage.action, `/officer/cases/${kg006Case}`, { cookie: as("haishu.market"), params: { caseId: kg006Case }, form });
    expect(r.status).toBe(200);
    const view = (await page("haishu.market")).body as { work: { files: Array<{ name: string; party: string; eventId: string | null }> }; events: Array<{ id: string; kind: string }> };
    const finding = view.events.filter((e) => e.kind === "finding_recorded").at(-1)!;
    expect(view.work.files.filter((f) => f.eventId === finding.id)).toMatchObject([{ name: "公示栏.png", party: "officer" }]);
    // An officer's file is the authority's: the kindergarten's route does not serve it.
    const officersFile = (view.work.files as Array<{ evidenceId?: string; eventId: string | null }>).find((f) => f.eventId === finding.id)!.evidenceId!;
    expect(
      (await callRoute(ownFileRoute.loader, `/kindergarten/cases/${kg006Case}/files/${officersFile}`, { cookie: as("kg006"), params: { caseId: kg006Case, evidenceId: officersFile } })).status,
    ).toBe(404);

    const bad = new FormData();
    bad.set("intent", "record_finding");
    bad.set("version", await version());
    bad.set("note", "伪装成图片的可执行文件");
    bad.append("evidence", new File([new TextEncoder().encode("MZ\u0090\u0000 not an image")], "photo.png", { type: "image/png" }));
    const refused = await callRoute(officerPage.action, `/officer/cases/${kg006Case}`, { cookie: as("haishu.market"), params: { caseId: kg006Case }, form: bad });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ fieldErrors: { evidence: [{ key: expect.stringMatching(/^complaint\.evidence\./) }] } });
  });
});
