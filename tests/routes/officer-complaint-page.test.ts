/**
 * The officer's complaint page, rendered by the built app as a browser receives it: the kindergarten's answer in
 * mediation is on the timeline under its name, with its explanation (the mediator reads what the kindergarten said);
 * a refused action posted without JavaScript comes back as it was sent, its selects too; an action that ends a stage
 * for good is checked by the server before the officer is asked to confirm it, and recorded only once confirmed.
 */
import { describe, expect, it } from "vitest";
import { eraseExpiredContacts } from "~/domain/complaints/complaint-contact-retention.server";
import { newId } from "~/utils/ids";
import { commitLang } from "~/web/lang.server";
import { COMPLAINT_CASE_RULE } from "~/domain/cases/case-sources";
import { fileComplaint } from "../factories/complaint-handling";
import { insertCase } from "../factories/domain";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

const post = app.post;
/** An action's form in a page's HTML (its testid), up to its end. */
const actionForm = (html: string, intent: string) => new RegExp(`<form[^>]*data-testid="action-${intent}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1] ?? "";
/** Which option a select of the form has chosen. */
/** The demo's first complaint (not a report) in 海曙区 in a status. */
const haishuComplaint = (status: "received" | "accepted") =>
  app
    .db()
    .selectFrom("complaints")
    .select(["id", "version"])
    .where("region_code", "=", "330203")
    .where("track", "=", "complaint")
    .where("status", "=", status)
    .orderBy("id")
    .executeTakeFirstOrThrow();

/** A complaint just filed with the demo's first 海曙区 kindergarten, received: the tests that take steps on it own it. */
const freshComplaint = async () => {
  const db = app.db();
  const kg = await db.selectFrom("kindergartens").select("id").where("region_code", "=", "330203").where("status", "=", "active").orderBy("id").executeTakeFirstOrThrow();
  const { complaintId } = await fileComplaint(db, { kindergartenId: kg.id });
  return db.selectFrom("complaints").select(["id", "version"]).where("id", "=", complaintId).executeTakeFirstOrThrow();
};

const selectedIn = (form: string, name: string) => {
  const body = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(form)?.[1] ?? "";
  return [...body.matchAll(/<option([^>]*)value="([^"]*)"([^>]*)>/g)].filter((o) => /selected/.test(o[1] + o[3])).map((o) => o[2]);
};

describe("the officer's complaint page", () => {
  it("shows the kindergarten's answer with its explanation", async () => {
    const db = app.db();
    const complaint = await db.selectFrom("complaints").select("id").where("region_code", "=", "330203").where("track", "=", "complaint").orderBy("id").executeTakeFirstOrThrow();
    const operator = await db.selectFrom("users").select("id").where("username", "=", "kg006").executeTakeFirstOrThrow();
    const explanation = "经核实，10月整月未出勤，已按退费办法退还保教费1880元。";
    await db
      .insertInto("complaint_events")
      .values({
        id: newId(),
        complaint_id: complaint.id,
        kind: "kindergarten_answer",
        actor_id: operator.id,
        party: "kindergarten",
        payload: JSON.stringify({ explanation, refundFen: 188_000, files: 0 }),
        public: 0,
        created_at: new Date().toISOString(),
      })
      .execute();
    const res = await app.get(`/officer/complaints/${complaint.id}`, "haishu.market");
    expect(res.status).toBe(200);
    const timeline = /<ol class="timeline" data-testid="complaint-timeline">([\s\S]*?)<\/ol>/.exec(await res.text())?.[1] ?? "";
    expect(timeline).toContain("幼儿园答复");
    expect(timeline).not.toContain("handling.event.");
    expect(timeline).toContain(explanation);
  });

  it("shows a refund complaint's months whole, and the reference the kindergarten knows the complaint by", async () => {
    const db = app.db();
    const complaint = await db.selectFrom("complaints").select("id").where("region_code", "=", "330203").where("track", "=", "complaint").orderBy("id", "desc").executeTakeFirstOrThrow();
    const claims = [{ month: "2026-10", feeKind: "care_education", case: "absence", daysAttended: 3, paidFen: 280_000, refundedFen: 0 }];
    await db.updateTable("complaints").set({ kind: "refund", refund_claims: JSON.stringify(claims) }).where("id", "=", complaint.id).execute();
    const res = await app.get(`/officer/complaints/${complaint.id}`, "haishu.market");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`data-testid="kindergarten-reference">${complaint.id.slice(-8)}<`);
    const table = /<caption>退费情况（按月填写）<\/caption>([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
    expect(table).toContain("2026-10");
    expect(table).toContain("2,800.00");
  });

  it("gives a refused action back as it was sent without JavaScript: its selects chosen, its text typed", async () => {
    const db = app.db();
    const complaint = await haishuComplaint("received");
    const url = `/officer/complaints/${complaint.id}`;
    expect(actionForm(await (await app.get(url, "haishu.market")).text(), "reject")).not.toBe("");

    // A rejection with its ground chosen and a reply too short to tell the complainant anything.
    const rejected = await post(url, "haishu.market", { intent: "reject", version: String(complaint.version), ground: "not_samr_remit", reply: "否" });
    expect(rejected.status).toBe(400);
    const reject = actionForm(await rejected.text(), "reject");
    expect(reject).toContain("请填写答复内容");
    expect(selectedIn(reject, "ground")).toEqual(["not_samr_remit"]);
    expect(reject).toMatch(/<textarea[^>]*name="reply"[^>]*>否<\/textarea>/);

    // A transfer to a district with a note too long: the district stays chosen, the note as typed.
    const note = "转".repeat(501);
    const transferred = await post(url, "haishu.market", { intent: "transfer", version: String(complaint.version), toRegion: "330205", note });
    expect(transferred.status).toBe(400);
    const transfer = actionForm(await transferred.text(), "transfer");
    expect(selectedIn(transfer, "toRegion")).toEqual(["330205"]);
    expect(transfer).toContain(`value="${note}"`);
    // Nothing was done.
    expect(await db.selectFrom("complaints").select(["status", "version"]).where("id", "=", complaint.id).executeTakeFirstOrThrow()).toEqual({ status: "received", version: complaint.version });
  });

  it("asks to confirm only a rejection the server found valid, and records it only once confirmed", async () => {
    const db = app.db();
    // The demo's last received complaint of 海曙区 (the refusal test above reads its first).
    const complaint = await db
      .selectFrom("complaints")
      .select(["id", "version"])
      .where("region_code", "=", "330203")
      .where("track", "=", "complaint")
      .where("status", "=", "received")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    const url = `/officer/complaints/${complaint.id}`;
    const stored = () => db.selectFrom("complaints").select(["status", "version"]).where("id", "=", complaint.id).executeTakeFirstOrThrow();
    const rejections = async () => (await db.selectFrom("complaint_events").select("id").where("complaint_id", "=", complaint.id).where("kind", "=", "rejected").execute()).length;
    // The form's button asks the server to check the rejection first.
    expect(actionForm(await (await app.get(url, "haishu.market")).text(), "reject")).toMatch(/<input type="hidden" name="review" value="1"\/?>/);

    // A reply too short: refused with its mistake, and no confirmation is offered.
    const reject = { intent: "reject", review: "1", version: String(complaint.version), ground: "not_samr_remit" };
    const refused = await post(url, "haishu.market", { ...reject, reply: "否" });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(actionForm(refusedHtml, "reject")).toContain("请填写答复内容");
    expect(refusedHtml).not.toContain('data-testid="action-reject-confirm"');
    expect(refusedHtml).not.toContain("请确认：不予受理");

    // Complete: checked, nothing recorded, and the confirmation says what would be, carrying the values checked.
    const reply = "您反映的事项不属于市场监管部门职责，请向教育部门反映。";
    const checked = await post(url, "haishu.market", { ...reject, reply });
    expect(checked.status).toBe(200);
    const html = await checked.text();
    const confirm = new RegExp(`<form[^>]*data-testid="action-reject-confirm"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1] ?? "";
    expect(confirm).toContain("请确认：不予受理");
    expect(confirm).toContain("不能撤回或删除");
    expect(confirm).toContain("不属于市场监督管理部门职责范围");
    expect(confirm).toContain("投诉人可见");
    expect(confirm).toContain(`<blockquote`);
    expect(confirm).toContain(reply);
    const hidden = Object.fromEntries([...confirm.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/?>/g)].map((m) => [m[1], m[2]]));
    expect(hidden).toEqual({ version: String(complaint.version), ground: "not_samr_remit", reply });
    expect(/<button[^>]*name="intent" value="reject"[^>]*>确认不予受理<\/button>/.test(confirm)).toBe(true);
    // The form above keeps what was sent, to change it.
    expect(selectedIn(actionForm(html, "reject"), "ground")).toEqual(["not_samr_remit"]);
    expect(await stored()).toEqual({ status: "received", version: complaint.version });
    expect(await rejections()).toBe(0);

    // Confirmed: the values checked are recorded, checked again.
    const confirmed = await post(url, "haishu.market", { ...hidden, intent: "reject" });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("已保存：不予受理");
    expect(await stored()).toEqual({ status: "rejected", version: complaint.version + 1 });
    expect(await rejections()).toBe(1);
    // A confirmation posted again (Back, resend) is checked again: the complaint has moved on, nothing is recorded twice.
    expect((await post(url, "haishu.market", { ...hidden, intent: "reject" })).status).toBe(409);
    expect(await rejections()).toBe(1);
    // A mediation's outcome is checked first too, against the complaint as it stands: an agreement on a complaint never
    // mediated is refused, never offered to confirm, and nothing is recorded.
    const accepted = await haishuComplaint("accepted");
    const outcome = await post(`/officer/complaints/${accepted.id}`, "haishu.market", { intent: "record_outcome", review: "1", version: String(accepted.version), outcome: "agreement", refund: "400" });
    expect(outcome.status).toBe(409);
    const outcomeHtml = await outcome.text();
    expect(actionForm(outcomeHtml, "record_outcome")).toContain("调解尚未开始，不能记录“达成协议”");
    expect(outcomeHtml).not.toContain('data-testid="action-record_outcome-confirm"');
    expect((await db.selectFrom("complaints").select("version").where("id", "=", accepted.id).executeTakeFirstOrThrow()).version).toBe(accepted.version);
    expect((await stored()).status).toBe("rejected");
  });

  it("asks to confirm an acceptance and a transfer, saying what each settles; starts mediation at once", async () => {
    const db = app.db();
    const stored = (id: string) => db.selectFrom("complaints").select(["status", "region_code", "version"]).where("id", "=", id).executeTakeFirstOrThrow();
    const confirmOf = (html: string, intent: string) => new RegExp(`<form[^>]*data-testid="action-${intent}-confirm"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1] ?? "";
    const hiddenIn = (form: string) => Object.fromEntries([...form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/?>/g)].map((m) => [m[1], m[2]]));

    // Accepting: checked, then confirmed; it starts mediation's 45 working days and rules out a rejection.
    const first = await freshComplaint();
    const url = `/officer/complaints/${first.id}`;
    const page = await (await app.get(url, "haishu.market")).text();
    expect(actionForm(page, "accept")).toMatch(/<input type="hidden" name="review" value="1"\/?>/);
    expect(actionForm(page, "transfer")).toMatch(/<input type="hidden" name="review" value="1"\/?>/);
    const reply = "您的投诉已受理，我局将组织调解。";
    const checked = await post(url, "haishu.market", { intent: "accept", review: "1", version: String(first.version), reply });
    expect(checked.status).toBe(200);
    const accept = confirmOf(await checked.text(), "accept");
    expect(accept).toContain("请确认：受理");
    expect(accept).toContain(reply);
    expect(accept).toContain("调解应自受理之日起 45 个工作日内终结，此件不能再不予受理");
    expect(hiddenIn(accept)).toEqual({ version: String(first.version), reply });
    expect(await stored(first.id)).toEqual({ status: "received", region_code: "330203", version: first.version });
    const accepted = await post(url, "haishu.market", { ...hiddenIn(accept), intent: "accept" });
    expect(accepted.status).toBe(200);
    expect(await stored(first.id)).toMatchObject({ status: "accepted", version: first.version + 1 });

    // Starting mediation rules out no outcome and starts no clock: one post, as before.
    expect(actionForm(await accepted.text(), "start_mediation")).not.toContain('name="review"');
    expect((await post(url, "haishu.market", { intent: "start_mediation", version: String(first.version + 1), consent: "on" })).status).toBe(200);
    expect((await stored(first.id)).status).toBe("mediating");

    // Transferring: checked, then confirmed; the complaint leaves the district, back to the queue.
    const second = await freshComplaint();
    const other = `/officer/complaints/${second.id}`;
    const transfer = { intent: "transfer", version: String(second.version), toRegion: "330205", note: "实际经营地在江北区" };
    const checkedTransfer = await post(other, "haishu.market", { ...transfer, review: "1" });
    expect(checkedTransfer.status).toBe(200);
    const moved = confirmOf(await checkedTransfer.text(), "transfer");
    expect(moved).toContain("请确认：移送管辖地");
    expect(moved).toContain("→ 江北区");
    expect(moved).toContain("移送后此件由江北区办理，办理期限自移送之日起重新计算");
    expect(hiddenIn(moved)).toEqual({ version: String(second.version), toRegion: "330205", note: "实际经营地在江北区" });
    expect(await stored(second.id)).toEqual({ status: "received", region_code: "330203", version: second.version });
    const transferred = await post(other, "haishu.market", { ...hiddenIn(moved), intent: "transfer" });
    expect(transferred.status).toBe(302);
    expect(transferred.headers.get("Location")).toBe("/officer/complaints");
    expect(await stored(second.id)).toEqual({ status: "received", region_code: "330205", version: second.version + 1 });
  });

  it("says at the page's top why a stale page's action was not taken, its form being gone, with or without the actions", async () => {
    const db = app.db();
    const complaint = await freshComplaint();
    const url = `/officer/complaints/${complaint.id}`;
    const refusedAlert = (html: string) => /<div[^>]*data-testid="step-refused"[^>]*>([\s\S]*?)<\/div>/.exec(html);
    // Rejected in another tab.
    const rejected = await post(url, "haishu.market", { intent: "reject", version: String(complaint.version), ground: "not_samr_remit", reply: "不属于市场监管部门职责。" });
    expect(rejected.status).toBe(200);
    // The page still open in the first tab accepts, as its form asks (checked first).
    const stale = await post(url, "haishu.market", { intent: "accept", review: "1", version: String(complaint.version) });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(actionForm(html, "accept")).toBe("");
    const alert = refusedAlert(html);
    expect(alert?.[0]).toContain('role="alert"');
    expect(alert?.[1]).toBe("“受理”未执行。此件刚有新的变动（他人的操作，或您在其他窗口中的操作）：请按最新状态核对后再操作，页面未更新时请刷新");
    expect(html.split("此件刚有新的变动").length).toBe(2);
    expect(html.indexOf('data-testid="step-refused"')).toBeLessThan(html.indexOf('data-testid="complaint-summary"'));
    // A stale page is told it is stale before its fields are judged: its rejection, its reply too short, is not
    // faulted in a form that is gone.
    const staleReject = await post(url, "haishu.market", { intent: "reject", review: "1", version: String(complaint.version), ground: "not_samr_remit", reply: "否" });
    expect(staleReject.status).toBe(409);
    expect(refusedAlert(await staleReject.text())?.[1]).toMatch(/^“不予受理”未执行。此件刚有新的变动/);

    // Closed meanwhile, the page offers no action at all: the reason is still said, in English too.
    const { version } = await db.selectFrom("complaints").select("version").where("id", "=", complaint.id).executeTakeFirstOrThrow();
    await db.updateTable("complaints").set({ status: "closed", version: version + 1 }).where("id", "=", complaint.id).execute();
    const closed = await post(url, "haishu.market", { intent: "reply", version: String(version), reply: "补充答复内容。" }, (await commitLang("en")).split(";")[0]);
    expect(closed.status).toBe(409);
    const closedHtml = await closed.text();
    expect(closedHtml).not.toContain('data-testid="complaint-actions"');
    expect(refusedAlert(closedHtml)?.[1]).toMatch(/^Not done: Reply to the complainant\. This complaint has just changed/);
    expect((await db.selectFrom("complaint_events").select("id").where("complaint_id", "=", complaint.id).where("kind", "=", "reply").execute()).length).toBe(0);
  });

  it("says a closing was saved though the closed complaint's page has no action left to say it above", async () => {
    const db = app.db();
    const complaint = await freshComplaint();
    // Mediation ended, the complainant told: only closing is left.
    await db.updateTable("complaints").set({ status: "mediation_ended", accepted_on: "2026-11-02", mediation_ended_on: null }).where("id", "=", complaint.id).execute();
    const url = `/officer/complaints/${complaint.id}`;
    const version = String(complaint.version);
    expect(actionForm(await (await app.get(url, "haishu.market")).text(), "close")).not.toBe("");
    const checked = await post(url, "haishu.market", { intent: "close", review: "1", version, note: "" });
    expect(checked.status).toBe(200);
    expect(await checked.text()).toContain('data-testid="action-close-confirm"');
    const closed = await post(url, "haishu.market", { intent: "close", version, note: "" });
    expect(closed.status).toBe(200);
    const html = await closed.text();
    expect(html).not.toContain('data-testid="complaint-actions"');
    expect(html).toContain("已保存：办结");
    const notice = /<p[^>]*data-testid="step-done"[^>]*>([\s\S]*?)<\/p>/.exec(html);
    expect(notice?.[0]).toContain('role="status"');
    expect(notice?.[1]).toBe("已保存：办结");
    expect(html.indexOf('data-testid="step-done"')).toBeLessThan(html.indexOf('data-testid="complaint-summary"'));
    expect((await db.selectFrom("complaints").select("status").where("id", "=", complaint.id).executeTakeFirstOrThrow()).status).toBe("closed");
    // Read again (a reload), the page says nothing was just done: the notice is the post's answer.
    expect(await (await app.get(url, "haishu.market")).text()).not.toContain('data-testid="step-done"');
  });

  it("says a step saved in its own form, which stays, under its heading, once", async () => {
    const complaint = await freshComplaint();
    const url = `/officer/complaints/${complaint.id}`;
    const replied = await post(url, "haishu.market", { intent: "reply", version: String(complaint.version), reply: "已收到，正在核实。" });
    expect(replied.status).toBe(200);
    const html = await replied.text();
    expect(/<p[^>]*data-testid="step-done"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1]).toBe("已保存：答复投诉举报人");
    expect(html.split('data-testid="step-done"').length).toBe(2);
    expect(html.indexOf('data-testid="step-done"')).toBeGreaterThan(html.indexOf('data-testid="complaint-actions"'));
    expect(html.indexOf('data-testid="step-done"')).toBeGreaterThan(html.indexOf('data-testid="action-reply"'));
  });

  it("tells apart in its choice of cases two leads from complaints of one term, by the day each was opened", async () => {
    const complaint = await freshComplaint();
    const db = app.db();
    const { kindergarten_id: kgId } = await db.selectFrom("complaints").select("kindergarten_id").where("id", "=", complaint.id).executeTakeFirstOrThrow();
    const lead = (openedAt: string) => insertCase(db, { kindergartenId: kgId, regionCode: "330203", severity: "amber", dueDate: "2099-01-04", ruleId: COMPLAINT_CASE_RULE, source: "complaint", term: "2099-spring", openedAt });
    const [first, second] = [await lead("2099-01-02T02:00:00.000Z"), await lead("2099-01-03T02:00:00.000Z")];
    const form = actionForm(await (await app.get(`/officer/complaints/${complaint.id}`, "haishu.market")).text(), "link_case");
    const label = (id: string) => new RegExp(`<option value="${id}">([^<]*)</option>`).exec(form)?.[1];
    expect([label(first), label(second)]).toEqual(["投诉举报线索 · 2099年春季学期 · 待处理 · 2099-01-02 立项", "投诉举报线索 · 2099年春季学期 · 待处理 · 2099-01-03 立项"]);
  });

  it("offers an agreement and its refund only once mediation has started", async () => {
    const db = app.db();
    const complaint = await haishuComplaint("accepted");
    const url = `/officer/complaints/${complaint.id}`;
    const options = (form: string) => [...form.matchAll(/<option[^>]*value="([^"]+)"/g)].map((m) => m[1]);
    // Accepted, never mediated: no agreement to record (the domain refuses one), so no agreed refund to ask for either.
    const accepted = actionForm(await (await app.get(url, "haishu.market")).text(), "record_outcome");
    expect(options(accepted)).toEqual(["no_agreement", "terminated"]);
    expect(accepted).not.toContain('name="refund"');
    // In mediation: every outcome, and the refund agreed.
    await db.updateTable("complaints").set({ status: "mediating" }).where("id", "=", complaint.id).execute();
    const mediating = actionForm(await (await app.get(url, "haishu.market")).text(), "record_outcome");
    expect(options(mediating)).toEqual(["agreement", "no_agreement", "terminated"]);
    expect(mediating).toContain('name="refund"');
  });

  it("says where the contact was that it was deleted on schedule, and when, in both languages", async () => {
    const db = app.db();
    const complaint = await db
      .selectFrom("complaints")
      .select(["id", "contact_name", "contact_phone"])
      .where("region_code", "=", "330203")
      .where("track", "=", "complaint")
      .where("anonymous", "=", 0)
      .where("contact_name", "is not", null)
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    const url = `/officer/complaints/${complaint.id}`;
    expect(await (await app.get(url, "haishu.market")).text()).toContain(complaint.contact_phone!);
    // Finished long ago: the sweep erases it.
    await db.updateTable("complaints").set({ status: "closed", finished_on: "2024-01-02", last_reply_on: null }).where("id", "=", complaint.id).execute();
    const now = new Date("2026-12-05T02:00:00.000Z");
    await eraseExpiredContacts(db, now);
    expect((await db.selectFrom("complaints").select("contact_erased_at").where("id", "=", complaint.id).executeTakeFirstOrThrow()).contact_erased_at).toBe(now.toISOString());

    const zh = await (await app.get(url, "haishu.market")).text();
    const erased = /<span data-testid="complaint-contact-erased">([\s\S]*?)<\/span>/.exec(zh)?.[1] ?? "";
    expect(erased).toBe('联系方式已于 <time dateTime="2026-12-05" class="nowrap">2026-12-05</time> 按保存期限删除');
    expect(zh).not.toContain('data-testid="complaint-contact"');
    expect(zh).not.toContain(complaint.contact_phone!);
    const en = await (await app.get(url, "haishu.market", (await commitLang("en")).split(";")[0])).text();
    expect(en).toContain("Contact details deleted on <time");
    expect(en).toContain("2026-12-05</time> at the end of their retention period");
  });
});

describe("the cases a complaint may be linked to", () => {
  it("names the kindergarten's cases still being worked before its closed ones, and counts them all", async () => {
    const db = app.db();
    // The district's last kindergarten (the other tests take its first): a case still worked from years ago, then a
    // list's worth of closed cases opened since.
    const kg = await db.selectFrom("kindergartens").select("id").where("region_code", "=", "330203").where("status", "=", "active").orderBy("id", "desc").executeTakeFirstOrThrow();
    const old = await insertCase(db, { kindergartenId: kg.id, regionCode: "330203", severity: "amber", dueDate: "2024-04-01", status: "in_progress", ruleId: "R03", term: "2024-spring", openedAt: "2024-03-01T02:00:00.000Z" });
    for (let i = 0; i < 20; i++) {
      await insertCase(db, { kindergartenId: kg.id, regionCode: "330203", severity: "amber", dueDate: "2026-01-05", status: "closed", ruleId: "R01", term: `2025-autumn`, openedAt: new Date(Date.now() - i * 60_000).toISOString() });
    }
    const unfinished = await db.selectFrom("inspection_cases").select((eb) => eb.fn.countAll<number>().as("n")).where("kindergarten_id", "=", kg.id).where("status", "!=", "closed").executeTakeFirstOrThrow();
    const { complaintId } = await fileComplaint(db, { kindergartenId: kg.id });
    const html = await (await app.get(`/officer/complaints/${complaintId}`, "haishu.market")).text();
    const form = actionForm(html, "link_case");
    expect(form).toContain(`value="${old}"`);
    expect(form.replaceAll("<!-- -->", "")).toContain(`该园有 ${Number(unfinished.n)} 件尚未办结的检查案件`);
    // A rule's case is named as the case queue names it, by the rule's id beside its title (a lead from complaints,
    // above, by its title alone).
    const label = new RegExp(`<option value="${old}">([^<]*)</option>`).exec(form)?.[1];
    expect(label).toBe("R03 普惠/非营利性民办园收费超过政府指导价上浮上限 · 2024年春季学期 · 处理中 · 2024-03-01 立项");
  });

  it("says when the list names fewer of them than are being worked", async () => {
    const db = app.db();
    const kg = await db.selectFrom("kindergartens").select("id").where("region_code", "=", "330203").where("status", "=", "active").orderBy("id", "desc").limit(1).offset(1).executeTakeFirstOrThrow();
    for (let i = 0; i < 21; i++) {
      await insertCase(db, { kindergartenId: kg.id, regionCode: "330203", severity: "amber", dueDate: "2027-01-05", status: "open", ruleId: "R01", term: "2026-autumn", openedAt: new Date(Date.now() - i * 60_000).toISOString() });
    }
    const unfinished = await db.selectFrom("inspection_cases").select((eb) => eb.fn.countAll<number>().as("n")).where("kindergarten_id", "=", kg.id).where("status", "!=", "closed").executeTakeFirstOrThrow();
    const { complaintId } = await fileComplaint(db, { kindergartenId: kg.id });
    const html = await (await app.get(`/officer/complaints/${complaintId}`, "haishu.market")).text();
    expect(actionForm(html, "link_case").replaceAll("<!-- -->", "")).toContain(`该园有 ${Number(unfinished.n)} 件尚未办结的检查案件，上方选项列出其中最近立项的 20 件。`);
  });
});
