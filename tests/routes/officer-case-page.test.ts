/**
 * The officer's case page, rendered by the built app as a browser receives it: a case opened from parents'
 * complaints says so and links each complaint (it has no flag to explain); a referral names the authority; a refused
 * decision posted without JavaScript comes back with every mistake and as it was sent, its choices too; each agency
 * is offered its own bases; a decision's notice number (文书编号, from its authority's series) on the decision and in
 * the timeline, a penalty's recorded document number alone. And the kindergarten's case page, posted without
 * JavaScript: an answer sent again after Back is told as received.
 */
import { describe, expect, it } from "vitest";
import type { CaseDecisionKind } from "~/db/schema";
import { addDays } from "~/utils/civil-date";
import { newId } from "~/utils/ids";
import { shanghaiDate, workingDayOnOrAfter } from "~/utils/working-days";
import { commitLang } from "~/web/lang.server";
import { demoCaseInHand, demoKindergartenOf, firstDemoKindergartenIn } from "../factories/demo-cases";
import { insertCase, insertCaseEvent } from "../factories/domain";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

const post = app.post;
/** The step's form in a page's HTML (its testid), up to its end. */
const stepForm = (html: string, intent: string) => new RegExp(`<form[^>]*data-testid="step-${intent}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1] ?? "";
/** The options a select of the form offers, and which is chosen. */
const selectIn = (form: string, name: string) => {
  const body = new RegExp(`<select[^>]*name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(form)?.[1];
  if (body === undefined) return null;
  const options = [...body.matchAll(/<option([^>]*)value="([^"]*)"([^>]*)>/g)];
  return { values: options.map((o) => o[2]), selected: options.filter((o) => /selected/.test(o[1] + o[3])).map((o) => o[2]) };
};
const inputValue = (form: string, name: string) => new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(form)?.[0].match(/value="([^"]*)"/)?.[1] ?? null;
/** The reason a case's page gives from its complaints (`case-complaints`), or null. */
const complaintsReasonOf = (html: string) => /<div data-testid="case-complaints">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? null;
/** The step's confirmation form (`step-<intent>-confirm`) in a page's HTML, up to its end. */
const confirmFormOf = (html: string, intent: string) => new RegExp(`<form[^>]*data-testid="step-${intent}-confirm"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1] ?? "";
/** A confirmation's hidden fields: the values checked, which it posts. */
const hiddenFieldsOf = (confirm: string) => Object.fromEntries([...confirm.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/?>/g)].map((m) => [m[1], m[2]]));
/** The alert at the page's top saying why a step was not taken (`step-refused`): the whole element and its text. */
const refusedAlertOf = (html: string) => /<div[^>]*data-testid="step-refused"[^>]*>([\s\S]*?)<\/div>/.exec(html);

describe("the officer's case page", () => {
  it("gives a case opened from complaints its reason: the complaints, each a link", async () => {
    const c = await app.db().selectFrom("inspection_cases").select("id").where("source", "=", "complaint").where("region_code", "=", "330203").orderBy("id").executeTakeFirstOrThrow();
    const res = await app.get(`/officer/cases/${c.id}`, "haishu.market");
    expect(res.status).toBe(200);
    const html = await res.text();
    const reason = complaintsReasonOf(html) ?? "";
    expect(reason).toMatch(/因家长的投诉举报开启本任务（[1-9]\d* 件）/);
    expect(reason).toMatch(/href="\/officer\/complaints\/[0-9A-Z]+"/);
  });

  it("lists the complaints a cluster (R18) opened a case with, as links only for those who may read complaints", async () => {
    const db = app.db();
    // A cluster's case names its complaints in a list (the triage's payload), not one by one.
    // A case holds only its kindergarten's complaints: a Haishu kindergarten with three that no case holds yet.
    const kg = await db
      .selectFrom("complaints")
      .select("kindergarten_id as id")
      .where("region_code", "=", "330203")
      .where("case_id", "is", null)
      .groupBy("kindergarten_id")
      .having((eb) => eb.fn.countAll(), ">=", 3)
      .orderBy("kindergarten_id")
      .executeTakeFirstOrThrow();
    const held = await db.selectFrom("complaints").select("id").where("kindergarten_id", "=", kg.id).where("case_id", "is", null).orderBy("id").limit(3).execute();
    expect(held.length).toBe(3);
    const caseId = await insertCase(db, { kindergartenId: kg.id, regionCode: "330203", severity: "amber", dueDate: "2027-01-15", source: "complaint", ruleId: "R18" });
    await db.updateTable("complaints").set({ case_id: caseId }).where("id", "in", held.map((h) => h.id)).execute();
    await insertCaseEvent(db, caseId, "opened", { ruleId: "R18", complaintIds: held.map((h) => h.id), source: "complaint" }, { at: new Date().toISOString() });
    const reasonAs = async (username: string) => complaintsReasonOf(await (await app.get(`/officer/cases/${caseId}`, username)).text()) ?? "";
    const market = await reasonAs("haishu.market");
    expect(market).toContain(`（${held.length} 件）`);
    for (const { id } of held) expect(market).toContain(`href="/officer/complaints/${id}"`);
    // An education officer reads the case, not the complaints: their numbers, no links to a page that refuses them.
    const education = await reasonAs("haishu.edu");
    expect(education).toContain(`（${held.length} 件）`);
    expect(education).not.toContain("/officer/complaints/");
  });

  it("shows on a case a rule opened the complaints an officer linked to it, as links only for those who may read complaints", async () => {
    const db = app.db();
    // A rule's case of a Haishu kindergarten that parents have also complained about (a complaint no case holds yet).
    const found = await ruleCaseAndOpenComplaint("asc");
    const reasonAs = async (username: string) => complaintsReasonOf(await (await app.get(`/officer/cases/${found.caseId}`, username)).text());
    expect(await reasonAs("haishu.market")).toBeNull();
    // The officer handling the complaint links it to the rule's case, as the complaint's page does.
    const linked = await post(`/officer/complaints/${found.complaintId}`, "haishu.market", { intent: "link_case", version: String(found.version), caseId: found.caseId });
    expect(linked.status).toBe(200);
    expect((await db.selectFrom("complaints").select("case_id").where("id", "=", found.complaintId).executeTakeFirstOrThrow()).case_id).toBe(found.caseId);
    const market = await reasonAs("haishu.market");
    // The rule opened the case: the complaints are linked to it, not its reason for being opened.
    expect(market).toContain("家长的投诉举报已关联到本任务（1 件）");
    expect(market).not.toContain("开启本任务");
    expect(market).toContain(`href="/officer/complaints/${found.complaintId}"`);
    const education = await reasonAs("haishu.edu");
    expect(education).toContain("（1 件）");
    expect(education).not.toContain("/officer/complaints/");
  });

  it("lists a complaint moved to another case only there; the first case's timeline says it left, with a link", async () => {
    const db = app.db();
    const found = await ruleCaseAndOpenComplaint("desc");
    const page = async (caseId: string) => (await app.get(`/officer/cases/${caseId}`, "haishu.market")).text();
    expect((await post(`/officer/complaints/${found.complaintId}`, "haishu.market", { intent: "link_case", version: String(found.version), caseId: found.caseId })).status).toBe(200);
    expect(complaintsReasonOf(await page(found.caseId))).toContain(`href="/officer/complaints/${found.complaintId}"`);

    // The officer moves it to a new case opened from it.
    const version = (await db.selectFrom("complaints").select("version").where("id", "=", found.complaintId).executeTakeFirstOrThrow()).version;
    expect((await post(`/officer/complaints/${found.complaintId}`, "haishu.market", { intent: "link_case", version: String(version), caseId: "new" })).status).toBe(200);
    const moved = (await db.selectFrom("complaints").select("case_id").where("id", "=", found.complaintId).executeTakeFirstOrThrow()).case_id!;
    expect(moved).not.toBe(found.caseId);
    const first = await page(found.caseId);
    expect(complaintsReasonOf(first)).toBeNull();
    expect(first).not.toContain(`href="/officer/complaints/${found.complaintId}"`);
    expect(first).toContain("投诉举报改为关联另一检查任务");
    expect(first).toContain(`href="/officer/cases/${moved}"`);
    const second = complaintsReasonOf(await page(moved));
    expect(second).toContain("因家长的投诉举报开启本任务（1 件）");
    expect(second).toContain(`href="/officer/complaints/${found.complaintId}"`);
  });

  it("names the authority a case was referred to in its decision", async () => {
    const c = await app.db().selectFrom("inspection_cases").select("id").where("decision_kind", "=", "referred").where("region_code", "=", "330205").orderBy("id").executeTakeFirstOrThrow();
    const res = await app.get(`/officer/cases/${c.id}`, "jiangbei.market");
    expect(res.status).toBe(200);
    const decision = /<p data-testid="case-decision">([\s\S]*?)<\/p>/.exec(await res.text())?.[1] ?? "";
    expect(decision).toContain("移送其他部门处理");
    expect(decision).toContain("移送部门 宁波市江北区教育局");
  });
});

describe("a decision's notice number on the officer's case page", () => {
  const timelineOf = (html: string) => /<ol class="timeline">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? "";
  const decisionOf = (html: string) => /<p data-testid="case-decision">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";

  it("shows the number each notice drew from its authority's series, on the decision and in the timeline", async () => {
    const expected: Array<[CaseDecisionKind, string, RegExp]> = [
      ["no_violation", "haishu.market", /^宁波海曙市监不立〔\d{4}〕1号$/],
      ["minor_corrected", "jiangbei.market", /^宁波江北市监检告〔\d{4}〕1号$/],
      ["referred", "jiangbei.market", /^宁波江北市监移〔\d{4}〕1号$/],
      ["refund_ordered", "haishu.market", /^宁波海曙市监责退〔\d{4}〕1号$/],
    ];
    for (const [kind, user, pattern] of expected) {
      const c = await app.db().selectFrom("inspection_cases").select("id").where("decision_kind", "=", kind).orderBy("id").executeTakeFirstOrThrow();
      const res = await app.get(`/officer/cases/${c.id}`, user);
      expect(res.status).toBe(200);
      const html = await res.text();
      const number = /文书编号 ([^\s<·]+号)/.exec(decisionOf(html))?.[1];
      expect(number, kind).toMatch(pattern);
      expect(timelineOf(html), kind).toContain(`文书编号 ${number}`);
    }
  });

  it("keeps a reopened order's number in the timeline, and gives a penalty only its recorded document number", async () => {
    const db = app.db();
    // The demo's order to rectify, reopened when its proof did not come: no decision now, its notice's number on its entry.
    const reopened = await db
      .selectFrom("case_events as e")
      .innerJoin("inspection_cases as c", "c.id", "e.case_id")
      .select("c.id")
      .where("e.kind", "=", "decided")
      .where("e.payload", "like", '%"rectification_ordered"%')
      .where("c.decision_kind", "is", null)
      .where("c.region_code", "=", "330203")
      .orderBy("c.id")
      .executeTakeFirstOrThrow();
    const html = await (await app.get(`/officer/cases/${reopened.id}`, "haishu.market")).text();
    expect(decisionOf(html)).toBe("");
    expect(timelineOf(html)).toMatch(/文书编号 宁波海曙市监责改〔\d{4}〕1号/);

    const penalty = await db.selectFrom("inspection_cases").select("id").where("decision_kind", "=", "penalty").where("region_code", "=", "330205").orderBy("id").executeTakeFirstOrThrow();
    const penaltyHtml = await (await app.get(`/officer/cases/${penalty.id}`, "jiangbei.market")).text();
    expect(decisionOf(penaltyHtml)).toContain("甬江市监罚〔2026〕18号");
    expect(decisionOf(penaltyHtml)).not.toContain("文书编号");
    expect(timelineOf(penaltyHtml)).not.toContain("文书编号");
  });
});

describe("the officer's queue", () => {
  it("names the query parameters it ignored as its form names them, not by their URL keys", async () => {
    const res = await app.get("/officer/cases?within=99&sort=sideways", "haishu.market");
    expect(res.status).toBe(200);
    const notice = /<p class="form-error" role="alert" data-testid="queue-ignored">([\s\S]*?)<\/p>/.exec(await res.text())?.[1] ?? "";
    expect(notice).toBe("以下查询参数无效，已忽略：几个工作日内到期（不含已超期）、排序");
  });

  it("names a parameter that is none of its filters (?status=, the queue's is state), without JavaScript, and applies the rest", async () => {
    const noticeOf = (html: string) => /<p class="form-error" role="alert" data-testid="queue-ignored">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
    const res = await app.get("/officer/cases?status=bogus&severity=red&sort=sideways&utm_source=mail", "haishu.market");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(noticeOf(html)).toBe("以下查询参数无效，已忽略：排序。本页没有以下筛选条件，已忽略：“status”");
    // The severity asked for still applies: chosen in its filter.
    expect(html).toMatch(/<select[^>]*name="severity"[^>]*>[\s\S]*?<option value="red" selected="">/);
    const english = await app.get("/officer/cases?status=bogus", "haishu.market", (await commitLang("en")).split(";")[0]);
    expect(english.status).toBe(200);
    expect(noticeOf(await english.text())).toBe("This page has no such filters, so they were ignored: “status”");
    // However many and however long, the notice stays bounded.
    const many = Array.from({ length: 50 }, (_, i) => `${"x".repeat(200)}${i}=1`).join("&");
    const bounded = noticeOf(await (await app.get(`/officer/cases?${many}`, "haishu.market")).text());
    expect(bounded.length).toBeLessThan(400);
    expect(bounded.match(/“/g)?.length).toBe(5);
    // A queue without anything foreign in its URL says nothing.
    expect(noticeOf(await (await app.get("/officer/cases?severity=red", "haishu.market")).text())).toBe("");
  });
});

/** kg006's case from complaints: assigned to haishu.market, not registered. */
const kg006Case = async () =>
  app
    .db()
    .selectFrom("inspection_cases as c")
    .innerJoin("users as u", "u.kindergarten_id", "c.kindergarten_id")
    .select(["c.id", "c.version", "c.kindergarten_id"])
    .where("u.username", "=", "kg006")
    .where("c.source", "=", "complaint")
    .executeTakeFirstOrThrow();

describe("a decision on the officer's case page, without JavaScript", () => {

  it("comes back refused with every mistake at once and as it was sent, its choices too", async () => {
    const c = await kg006Case();
    const res = await post(`/officer/cases/${c.id}`, "haishu.market", {
      intent: "decide",
      version: String(c.version),
      kind: "penalty",
      basis: "price-penalty-art9",
      article: "art13",
      amount: "abc",
      documentNo: "甬海市监罚〔2026〕5号",
      decisionDate: "2099-01-01",
    });
    expect(res.status).toBe(400);
    const form = stepForm(await res.text(), "decide");
    expect(form).not.toBe("");
    // The selects show what was chosen, not their first option.
    expect(selectIn(form, "kind")?.selected).toEqual(["penalty"]);
    expect(selectIn(form, "basis")?.selected).toEqual(["price-penalty-art9"]);
    expect(selectIn(form, "article")?.selected).toEqual(["art13"]);
    expect(inputValue(form, "amount")).toBe("abc");
    expect(inputValue(form, "documentNo")).toBe("甬海市监罚〔2026〕5号");
    expect(inputValue(form, "decisionDate")).toBe("2099-01-01");
    // Without a script to follow a change of kind, every kind's bases and fields are still there.
    expect(selectIn(form, "basis")?.values).toEqual(expect.arrayContaining(["procedure-art20", "price-law-art41", "referral"]));
    // Each basis once (grouped by kind, 价格法 Art. 39 was listed three times), saying the kinds it fits.
    const bases = selectIn(form, "basis")?.values ?? [];
    expect(bases.length).toBe(new Set(bases).size);
    const optionText = (value: string) => new RegExp(`<option[^>]*value="${value}"[^>]*>([^<]*)</option>`).exec(/<select[^>]*name="basis"[\s\S]*?<\/select>/.exec(form)?.[0] ?? "")?.[1];
    expect(optionText("price-law-art39")).toBe("《价格法》第三十九条 · 适用于：责令限期整改、责令限期退还多收费用、行政处罚");
    expect(optionText("referral")).toBe("移送有管辖权的部门 · 适用于：移送其他部门处理");
    expect(form).toContain('name="authority"');
    // Every mistake in this one answer: the case's checks (registration, the date) beside the schema's (the amount).
    for (const text of ["作出行政处罚决定前须先立案", "金额格式不正确", "决定日期不能晚于今天"]) expect(form).toContain(text);
    expect((await kg006Case()).version).toBe(c.version);
  });

  it("asks to confirm only a decision the server found valid, and records it only once confirmed", async () => {
    const db = app.db();
    // A case of its own (kg006's kindergarten), in haishu.market's hands: the page's other tests read the demo's.
    const id = await demoCaseInHand(db, "R06");
    const caseVersion = async () => (await db.selectFrom("inspection_cases").select("version").where("id", "=", id).executeTakeFirstOrThrow()).version;
    const c = { id, version: await caseVersion() };
    const decisions = async () => (await db.selectFrom("case_events").select("id").where("case_id", "=", c.id).where("kind", "=", "decided").execute()).length;
    const before = await decisions();
    // The form's button asks the server to check the decision first.
    const page = stepForm(await (await app.get(`/officer/cases/${c.id}`, "haishu.market")).text(), "decide");
    expect(inputValue(page, "review")).toBe("1");

    // Incomplete: refused with its mistakes, and no confirmation is offered.
    const refund = { intent: "decide", review: "1", version: String(c.version), kind: "refund_ordered", basis: "price-penalty-art16", amount: "4800" };
    const refused = await post(`/officer/cases/${c.id}`, "haishu.market", refund);
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(stepForm(refusedHtml, "decide")).toContain("请填写整改／退费期限");
    expect(refusedHtml).not.toContain('data-testid="step-decide-confirm"');
    expect(refusedHtml).not.toContain("请确认：作出处理决定");

    // Complete: checked, nothing recorded, and the confirmation says what would be, carrying the values checked.
    const byDate = workingDayOnOrAfter(addDays(shanghaiDate(), 20));
    const checked = await post(`/officer/cases/${c.id}`, "haishu.market", { ...refund, byDate, families: "24" });
    expect(checked.status).toBe(200);
    const html = await checked.text();
    const confirm = confirmFormOf(html, "decide");
    expect(confirm).toContain("请确认：作出处理决定");
    expect(confirm).toContain("不能撤回或删除");
    expect(confirm).toContain("责令限期退还多收费用");
    expect(confirm).toContain("4,800.00");
    const hidden = hiddenFieldsOf(confirm);
    expect(hidden).toEqual({ version: String(c.version), kind: "refund_ordered", basis: "price-penalty-art16", amount: "4800", byDate, families: "24" });
    expect(/<button[^>]*name="intent" value="decide"[^>]*>确认作出处理决定<\/button>/.test(confirm)).toBe(true);
    // The form above keeps what was sent, to change it.
    expect(inputValue(stepForm(html, "decide"), "families")).toBe("24");
    expect(await caseVersion()).toBe(c.version);
    expect(await decisions()).toBe(before);

    // Confirmed: the values checked are recorded, checked again.
    const confirmed = await post(`/officer/cases/${c.id}`, "haishu.market", { ...hidden, intent: "decide" });
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain("已完成：作出处理决定");
    const decided = await db.selectFrom("inspection_cases").select(["status", "decision_kind", "version"]).where("id", "=", c.id).executeTakeFirstOrThrow();
    expect(decided).toMatchObject({ status: "decided", decision_kind: "refund_ordered" });
    expect(await decisions()).toBe(before + 1);
    // A confirmation posted again (Back, resend) is checked again: the case has moved on, nothing is recorded twice.
    expect((await post(`/officer/cases/${c.id}`, "haishu.market", { ...hidden, intent: "decide" })).status).toBe(409);
    expect(await decisions()).toBe(before + 1);
    // Closing is checked first too: an order whose proof has not come is refused, never offered to confirm.
    const close = await post(`/officer/cases/${c.id}`, "haishu.market", { intent: "close", review: "1", version: String(await caseVersion()) });
    expect(close.status).toBe(409);
    const closeHtml = await close.text();
    expect(closeHtml).toContain("退费凭证");
    expect(closeHtml).not.toContain('data-testid="step-close-confirm"');
    expect((await db.selectFrom("inspection_cases").select("status").where("id", "=", c.id).executeTakeFirstOrThrow()).status).toBe("decided");
  });

  it("asks to confirm a registration the server found valid, saying what it settles, and records it only once confirmed", async () => {
    const db = app.db();
    const id = await demoCaseInHand(db, "R07");
    const stored = () => db.selectFrom("inspection_cases").select(["registered_on", "version"]).where("id", "=", id).executeTakeFirstOrThrow();
    const { version } = await stored();
    const url = `/officer/cases/${id}`;
    // The form's button asks the server to check the registration first.
    expect(inputValue(stepForm(await (await app.get(url, "haishu.market")).text(), "register"), "review")).toBe("1");

    const checked = await post(url, "haishu.market", { intent: "register", review: "1", version: String(version), note: "涉嫌违反价格法" });
    expect(checked.status).toBe(200);
    const confirm = confirmFormOf(await checked.text(), "register");
    expect(confirm).toContain("请确认：立案");
    expect(confirm).toContain("应自立案之日起 90 日内作出处理决定");
    const hidden = hiddenFieldsOf(confirm);
    expect(hidden).toEqual({ version: String(version), note: "涉嫌违反价格法" });
    expect(await stored()).toEqual({ registered_on: null, version });

    const confirmed = await post(url, "haishu.market", { ...hidden, intent: "register" });
    expect(confirmed.status).toBe(200);
    expect(await stored()).toEqual({ registered_on: shanghaiDate(), version: version + 1 });
  });

  it("says at the page's top why a stale page's step was not taken, its form being gone, whatever the step", async () => {
    const db = app.db();
    const id = await demoCaseInHand(db, "R08");
    const url = `/officer/cases/${id}`;
    const { version } = await db.selectFrom("inspection_cases").select("version").where("id", "=", id).executeTakeFirstOrThrow();
    expect(stepForm(await (await app.get(url, "haishu.market")).text(), "decide")).not.toBe("");
    // Closed meanwhile (another tab): the page still open there posts its decision.
    await db.updateTable("inspection_cases").set({ status: "closed", closed_on: shanghaiDate(), version: version + 1 }).where("id", "=", id).execute();
    const stale = await post(url, "haishu.market", { intent: "decide", review: "1", version: String(version), kind: "no_violation", basis: "procedure-art20" });
    expect(stale.status).toBe(409);
    const html = await stale.text();
    expect(stepForm(html, "decide")).toBe("");
    const alert = refusedAlertOf(html);
    expect(alert?.[0]).toContain('role="alert"');
    expect(alert?.[1]).toBe("“作出处理决定”未执行。该任务刚有新的变动（他人的操作，或您在其他窗口中的操作）：请按最新状态核对后再操作，页面未更新时请刷新");
    // Said once, at the top, not again among the steps.
    expect(html.split("该任务刚有新的变动").length).toBe(2);
    expect(html.indexOf('data-testid="step-refused"')).toBeLessThan(html.indexOf("<h2"));
    // Any step of the stale page is told it is stale before its fields are judged: a request for more time with no
    // reason is not faulted in a form that is gone.
    const staleRequest = await post(url, "haishu.market", { intent: "request_extension", version: String(version), reason: "" });
    expect(staleRequest.status).toBe(409);
    const requestHtml = await staleRequest.text();
    expect(refusedAlertOf(requestHtml)?.[1]).toMatch(/^“[^”]+”未执行。该任务刚有新的变动/);
    expect(requestHtml).not.toContain('class="field-error"');
    // A reader offered no step at all (development reform reads cases) is told why too, in English as well.
    const reader = await post(url, "haishu.ndrc", { intent: "reopen", version: String(version + 1), reason: "复核" }, (await commitLang("en")).split(";")[0]);
    expect(reader.status).toBe(403);
    const readerHtml = await reader.text();
    expect(readerHtml).not.toContain('data-testid="case-steps"');
    expect(refusedAlertOf(readerHtml)?.[1]).toMatch(/^Not done: Reopen\. ./);
    expect((await db.selectFrom("inspection_cases").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status).toBe("closed");
  });

  it("offers an education officer education's bases and no price-law article; a market officer the price law", async () => {
    const db = app.db();
    const edu = await db.selectFrom("users").select("id").where("username", "=", "haishu.edu").executeTakeFirstOrThrow();
    const open = await db.selectFrom("inspection_cases").select("id").where("region_code", "=", "330203").where("status", "=", "open").where("assigned_to", "is", null).orderBy("id").executeTakeFirstOrThrow();
    // The education officer has taken the unassigned case.
    await db.updateTable("inspection_cases").set({ assigned_to: edu.id, assigned_at: new Date().toISOString(), status: "in_progress" }).where("id", "=", open.id).execute();
    const education = stepForm(await (await app.get(`/officer/cases/${open.id}`, "haishu.edu")).text(), "decide");
    const offered = selectIn(education, "basis")?.values ?? [];
    expect(offered).toEqual(expect.arrayContaining(["penalty-law-art33", "penalty-law-art57", "preschool-law-art79", "referral"]));
    expect(offered.filter((b) => b.startsWith("price-") || b === "procedure-art20")).toEqual([]);
    expect(selectIn(education, "article")).toBeNull();
    // Posted anyway, the price law is refused with its reason.
    const version = (await db.selectFrom("inspection_cases").select("version").where("id", "=", open.id).executeTakeFirstOrThrow()).version;
    const refused = await post(`/officer/cases/${open.id}`, "haishu.edu", { intent: "decide", version: String(version), kind: "rectification_ordered", basis: "price-law-art39", byDate: "2099-01-01" });
    expect(refused.status).toBe(400);
    expect(stepForm(await refused.text(), "decide")).toContain("本部门不能援引该法律依据");

    const c = await kg006Case();
    const market = stepForm(await (await app.get(`/officer/cases/${c.id}`, "haishu.market")).text(), "decide");
    expect(selectIn(market, "basis")?.values).toEqual(expect.arrayContaining(["procedure-art20", "price-law-art39", "price-penalty-art16"]));
    // 学前教育法 Art. 79 is "教育等有关部门"'s: market supervision's too.
    expect(selectIn(market, "basis")?.values).toContain("preschool-law-art79");
    expect(selectIn(market, "article")?.values).toEqual(["", "art9", "art11", "art13", "art16"]);
  });
});

describe("分配给我: taking an unassigned case without JavaScript", () => {
  /** An unassigned case of a 海曙 kindergarten of its own, so that no other test's case moves. */
  const unassignedCase = async () => {
    const db = app.db();
    return insertCase(db, { kindergartenId: await firstDemoKindergartenIn(db, "330203"), regionCode: "330203", severity: "amber", dueDate: "2027-01-15", ruleId: "R06", term: "2031-spring" });
  };
  const caseRow = (id: string) => app.db().selectFrom("inspection_cases").select(["assigned_to", "status", "version"]).where("id", "=", id).executeTakeFirstOrThrow();
  const userId = async (username: string) => (await app.db().selectFrom("users").select("id").where("username", "=", username).executeTakeFirstOrThrow()).id;

  it("offers the button to an officer of the district and takes the case with one post, as its assignment", async () => {
    const id = await unassignedCase();
    const page = await (await app.get(`/officer/cases/${id}`, "haishu.market")).text();
    const form = stepForm(page, "take");
    expect(form).toContain('name="intent" value="take"');
    expect(inputValue(form, "version")).toBe("1");
    expect(form).toContain("分配给我");

    const res = await post(`/officer/cases/${id}`, "haishu.market", { intent: "take", version: "1" });
    expect(res.status).toBe(200);
    const after = await res.text();
    expect(after).toContain("已完成：分配给我");
    expect(stepForm(after, "take")).toBe("");
    const me = await userId("haishu.market");
    expect(await caseRow(id)).toEqual({ assigned_to: me, status: "in_progress", version: 2 });
    const events = await app.db().selectFrom("case_events").select(["kind", "actor_id"]).where("case_id", "=", id).execute();
    expect(events).toEqual([{ kind: "assigned", actor_id: me }]);
    // A colleague on the page read before (version 1) is told the case moved; it stays taken.
    expect((await post(`/officer/cases/${id}`, "haishu.market2", { intent: "take", version: "1" })).status).toBe(409);
    expect((await caseRow(id)).assigned_to).toBe(me);
  });

  it("says a step whose form stays was done in that form, under its heading, once; one whose form is gone above the steps", async () => {
    const id = await unassignedCase();
    const taken = await (await post(`/officer/cases/${id}`, "haishu.market", { intent: "take", version: "1" })).text();
    expect(stepForm(taken, "take")).toBe("");
    expect(taken.split('data-testid="step-done"').length).toBe(2);
    expect(/<section data-testid="case-steps"><p[^>]*data-testid="step-done"[^>]*>已完成：分配给我<\/p>/.test(taken)).toBe(true);
    const assigned = await post(`/officer/cases/${id}`, "haishu.market", { intent: "assign", version: "2", assignee: await userId("haishu.market2") });
    expect(assigned.status).toBe(200);
    const html = await assigned.text();
    // The officer scrolled down to the form: the line is where they look, not above the steps out of their sight.
    expect(html.split('data-testid="step-done"').length).toBe(2);
    expect(/<h3>指派承办人<\/h3><p[^>]*data-testid="step-done"[^>]*>已完成：指派承办人<\/p>/.test(stepForm(html, "assign"))).toBe(true);
  });

  it("refuses another district's officer (404), and a role that may not be assigned (403), with no button for them", async () => {
    const id = await unassignedCase();
    expect((await app.get(`/officer/cases/${id}`, "jiangbei.market")).status).toBe(404);
    expect((await post(`/officer/cases/${id}`, "jiangbei.market", { intent: "take", version: "1" })).status).toBe(404);
    // A development-reform officer of the district reads cases but works none; the admin reads every case.
    const market = await app.db().selectFrom("users").selectAll().where("username", "=", "haishu.market").executeTakeFirstOrThrow();
    await app.db().insertInto("users").values({ ...market, id: newId(), username: "haishu.ndrc.take", agency: "development_reform", lead: 0 }).execute();
    for (const username of ["haishu.ndrc.take", "admin"]) {
      const page = await app.get(`/officer/cases/${id}`, username);
      expect(page.status, username).toBe(200);
      expect(stepForm(await page.text(), "take"), username).toBe("");
      expect((await post(`/officer/cases/${id}`, username, { intent: "take", version: "1" })).status, username).toBe(403);
    }
    // An operator is no officer at all.
    expect((await post(`/officer/cases/${id}`, "kg006", { intent: "take", version: "1" })).status).toBe(403);
    expect(await caseRow(id)).toEqual({ assigned_to: null, status: "open", version: 1 });
  });
});

describe("a penalty's decision as the officer and the kindergarten read it", () => {
  /** A decided penalty on a case of kg006 (visible to the kindergarten once decided), each of a term of its own. */
  let made = 0;
  const decided = async (basis: string, detail: Record<string, unknown>) => {
    const db = app.db();
    const id = await insertCase(db, { kindergartenId: await demoKindergartenOf(db, "kg006"), regionCode: "330203", severity: "red", dueDate: "2027-01-15", status: "decided", ruleId: "R02", term: `${2040 + made++}-spring` });
    await db.updateTable("inspection_cases").set({ decision_kind: "penalty", decision_basis: basis, decided_on: "2026-12-01", registered_on: "2026-11-20", decision_detail: JSON.stringify(detail) }).where("id", "=", id).execute();
    return id;
  };
  const decisionOn = async (url: string, username: string) => /<p data-testid="case-decision">([\s\S]*?)<\/p>/.exec(await (await app.get(url, username)).text())?.[1] ?? "";

  it("names a warning as a warning, without an amount, and the illegal gains confiscated with one", async () => {
    const warning = await decided("preschool-law-art79", { sanction: "warning", documentNo: "海教罚〔2026〕3号", decisionDate: "2026-12-01" });
    for (const [url, user] of [[`/officer/cases/${warning}`, "haishu.market"], [`/kindergarten/cases/${warning}`, "kg006"]]) {
      const line = await decisionOn(url, user);
      expect(line).toContain("行政处罚 · 《学前教育法》第七十九条");
      expect(line).toContain("警告");
      expect(line).not.toContain("罚款");
      expect(line).not.toContain("元");
    }
    const gains = await decided("preschool-law-art79", { sanction: "warning", amountFen: 1_250_000, documentNo: "海教罚〔2026〕4号", decisionDate: "2026-12-01" });
    expect(await decisionOn(`/kindergarten/cases/${gains}`, "kg006")).toContain("警告 · 没收违法所得 12,500.00 元");
  });

  it("names a fine as a fine, and a penalty stored before sanctions were recorded as the fine it was", async () => {
    const fine = await decided("price-penalty-art9", { sanction: "fine", amountFen: 5_000_000, article: "art9", documentNo: "甬海市监罚〔2026〕9号", decisionDate: "2026-12-01" });
    expect(await decisionOn(`/officer/cases/${fine}`, "haishu.market")).toContain("罚款 50,000.00 元");
    const old = await decided("price-law-art39", { amountFen: 300_000, article: "art9", documentNo: "甬海市监罚〔2026〕2号", decisionDate: "2026-12-01" });
    const line = await decisionOn(`/officer/cases/${old}`, "haishu.market");
    expect(line).toContain("罚款 3,000.00 元");
    expect(line).not.toContain("警告");
  });
});

describe("the kindergarten's case page, without JavaScript", () => {
  it("tells an answer sent again after Back as received, and stores it once", async () => {
    const db = app.db();
    const c = await db
      .selectFrom("inspection_cases as c")
      .innerJoin("users as u", "u.kindergarten_id", "c.kindergarten_id")
      .select("c.id")
      .where("u.username", "=", "kg006")
      .where("c.status", "=", "awaiting_answer")
      .executeTakeFirstOrThrow();
    const url = `/kindergarten/cases/${c.id}`;
    const versionOnPage = async () => /<input type="hidden" name="version" value="(\d+)"/.exec(await (await app.get(url, "kg006")).text())?.[1] ?? "";
    const answer = { explanation: "该兴趣班为自愿参加，已停止收取并退还已收费用。", refundAmount: "", refundFamilies: "" };
    const first = await post(url, "kg006", { ...answer, version: await versionOnPage() });
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toBe(`${url}?answered=1`);
    // Back: the page is fetched again (no-store), and the same answer sent from it.
    const again = await post(url, "kg006", { ...answer, version: await versionOnPage() });
    expect(again.status).toBe(302);
    const landing = again.headers.get("Location") ?? "";
    expect(landing).toMatch(new RegExp(`^${url}\\?repeat=[0-9A-Z]{26}$`));
    const notice = /<p class="notice" role="status" data-testid="case-answer-repeat">([\s\S]*?)<\/p>/.exec(await (await app.get(landing, "kg006")).text())?.[1] ?? "";
    expect(notice).toMatch(/^该答复已于 .+ 提交，无需重复提交；本次未重复保存。$/);
    const stored = await db.selectFrom("case_answers").select("id").where("case_id", "=", c.id).execute();
    expect(stored.map((a) => a.id)).toEqual([landing.split("repeat=")[1]]);
  });

  it("comes back refused with the correcting filing chosen, not 'none'", async () => {
    const db = app.db();
    const c = await kg006Case();
    const filing = await db.selectFrom("fee_filings").select("id").where("kindergarten_id", "=", c.kindergarten_id).orderBy("version", "desc").executeTakeFirstOrThrow();
    const res = await post(`/kindergarten/cases/${c.id}`, "kg006", { version: String(c.version), explanation: "短", correctionFilingId: filing.id, refundAmount: "", refundFamilies: "" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(selectIn(html, "correctionFilingId")?.selected).toEqual([filing.id]);
    expect(html).toContain("请填写情况说明（至少 2 个字）");
  });

  it("shows the kindergarten which filing its answer named as the correction, linked to it", async () => {
    const db = app.db();
    const c = await kg006Case();
    const filing = await db.selectFrom("fee_filings").select(["id", "version"]).where("kindergarten_id", "=", c.kindergarten_id).orderBy("version", "desc").executeTakeFirstOrThrow();
    const url = `/kindergarten/cases/${c.id}`;
    const form = await (await app.get(url, "kg006")).text();
    const version = /<input type="hidden" name="version" value="(\d+)"/.exec(form)?.[1] ?? "";
    // The filing as the answer form offered it ("2027年秋季学期 · 第 4 版"): the answer names it the same way.
    const offered = new RegExp(`<option value="${filing.id}">([^<]*)</option>`).exec(form)?.[1] ?? "";
    expect(offered).toMatch(new RegExp(`^\\d{4}年[春秋]季学期 · 第 ${filing.version} 版$`));
    const res = await post(url, "kg006", { version, explanation: "已按更正后的收费标准重新公示。", correctionFilingId: filing.id, refundAmount: "", refundFamilies: "" });
    expect(res.status).toBe(302);
    const answers = /<ol class="timeline" data-testid="case-answers">([\s\S]*?)<\/ol>/.exec(await (await app.get(url, "kg006")).text())?.[1] ?? "";
    expect(answers).toContain("已按更正后的收费标准重新公示。");
    expect(answers).toMatch(new RegExp(`<a [^>]*href="/kindergarten/fees/${filing.id}"[^>]*>更正备案：${offered}</a>`));
    const officerAnswers = /<ol data-testid="case-answers">([\s\S]*?)<\/ol>/.exec(await (await app.get(`/officer/cases/${c.id}`, "haishu.market")).text())?.[1] ?? "";
    expect(officerAnswers.replaceAll("<!-- -->", "")).toContain(`更正备案：${offered}`);
  });

  it("lists an answer added to one already sent as a 补充说明, on both sides and in the officer's timeline, and one to a new notice as 情况说明", async () => {
    const db = app.db();
    // A case of its own at kg006's kindergarten, notified: the page's other tests answer the demo's.
    const id = await demoCaseInHand(db, "R09");
    const notify = async (at: string) => {
      await db.updateTable("inspection_cases").set({ status: "awaiting_answer", notified_at: at, answer_due_on: "2099-01-15" }).where("id", "=", id).execute();
      await insertCaseEvent(db, id, "kindergarten_notified", {}, { at });
    };
    await notify(new Date(Date.now() - 60_000).toISOString());
    const url = `/kindergarten/cases/${id}`;
    const send = async (explanation: string) => {
      const version = /<input type="hidden" name="version" value="(\d+)"/.exec(await (await app.get(url, "kg006")).text())?.[1] ?? "";
      expect((await post(url, "kg006", { version, explanation, refundAmount: "", refundFamilies: "" })).status).toBe(302);
    };
    await send("第一次说明：已停止收取。");
    await send("补充：退费凭证随后提交。");
    const kinds = (list: string) => [...list.replaceAll("<!-- -->", "").matchAll(/<li>[\s\S]*?· (情况说明|补充说明|Explanation|Supplementary answer)/g)].map((m) => m[1]);
    const ownList = async () => /<ol class="timeline" data-testid="case-answers">([\s\S]*?)<\/ol>/.exec(await (await app.get(url, "kg006")).text())?.[1] ?? "";
    const officerList = async (cookie?: string) => /<ol data-testid="case-answers">([\s\S]*?)<\/ol>/.exec(await (await app.get(`/officer/cases/${id}`, "haishu.market", cookie)).text())?.[1] ?? "";
    expect(kinds(await ownList())).toEqual(["情况说明", "补充说明"]);
    expect(kinds(await officerList())).toEqual(["情况说明", "补充说明"]);
    expect(kinds(await officerList((await commitLang("en")).split(";")[0]))).toEqual(["Explanation", "Supplementary answer"]);
    // Asked again (a new notice), the next statement answers the new question.
    await notify(new Date().toISOString());
    await new Promise((resolve) => setTimeout(resolve, 5));
    await send("再次通知后的说明。");
    expect(kinds(await ownList())).toEqual(["情况说明", "补充说明", "情况说明"]);
    // The timeline's event of each answer names it as the list does.
    const answerEvents = async (cookie?: string) => {
      const timeline = /<ol class="timeline">([\s\S]*?)<\/ol>/.exec(await (await app.get(`/officer/cases/${id}`, "haishu.market", cookie)).text())?.[1] ?? "";
      return [...timeline.replaceAll("<!-- -->", "").matchAll(/幼儿园提交了(?:情况|补充)说明|Kindergarten answered|The kindergarten sent a supplementary answer/g)].map((m) => m[0]);
    };
    expect(await answerEvents()).toEqual(["幼儿园提交了情况说明", "幼儿园提交了补充说明", "幼儿园提交了情况说明"]);
    expect(await answerEvents((await commitLang("en")).split(";")[0])).toEqual(["Kindergarten answered", "The kindergarten sent a supplementary answer", "Kindergarten answered"]);
  });
});

/** A rule's open case of a Haishu kindergarten and a complaint about that kindergarten no case holds yet: the first or the last pair. */
function ruleCaseAndOpenComplaint(order: "asc" | "desc") {
  return app
    .db()
    .selectFrom("inspection_cases as c")
    .innerJoin("complaints as p", (join) => join.onRef("p.kindergarten_id", "=", "c.kindergarten_id"))
    .select(["c.id as caseId", "p.id as complaintId", "p.version"])
    .where("c.source", "=", "rule")
    .where("c.status", "<>", "closed")
    .where("c.region_code", "=", "330203")
    .where("p.case_id", "is", null)
    .where("p.status", "not in", ["closed", "rejected"])
    .where("p.region_code", "=", "330203")
    .orderBy("c.id", order)
    .orderBy("p.id", order)
    .executeTakeFirstOrThrow();
}

describe("a case whose reason a re-evaluation found gone (原因已消除)", () => {
  it("the case page says so with the change and the next step; the queue marks it and its filter keeps to such cases", async () => {
    const db = app.db();
    const kindergartenId = await firstDemoKindergartenIn(db, "330203");
    const clearedAt = "2026-12-01T03:00:00.000Z";
    const gone = await insertCase(db, { kindergartenId, regionCode: "330203", severity: "amber", dueDate: "2027-01-15", ruleId: "R09", term: "2027-autumn" });
    const standing = await insertCase(db, { kindergartenId, regionCode: "330203", severity: "amber", dueDate: "2027-01-15", ruleId: "R09", term: "2028-spring" });
    await db.updateTable("inspection_cases").set({ flags_cleared_at: clearedAt }).where("id", "=", gone).execute();
    await insertCaseEvent(db, gone, "flags_cleared", { ruleId: "R09", filingId: "x", filingVersion: 1, cause: "account_approved", accountId: "y" }, { at: clearedAt });

    const page = await (await app.get(`/officer/cases/${gone}`, "haishu.market")).text();
    const banner = /<div class="notice" data-testid="case-reason-gone">([\s\S]*?)<\/div>/.exec(page)?.[1] ?? "";
    expect(banner).toContain("原因已消除");
    expect(banner).toContain("收费账户备案已审核通过");
    expect(banner).toContain("系统不会自动作出决定或结案");
    expect(page).toContain("原因已消除：重新评估后，本任务的规则不再对本学期最新的收费备案预警");
    expect(await (await app.get(`/officer/cases/${standing}`, "haishu.market")).text()).not.toContain('data-testid="case-reason-gone"');

    const queue = await (await app.get("/officer/cases?cleared=1&rule=R09&size=100", "haishu.market")).text();
    expect(queue).toContain(`/officer/cases/${gone}`);
    expect(queue).not.toContain(`/officer/cases/${standing}`);
    expect(queue).toContain('data-testid="queue-cleared-mark"');
    expect(queue).toMatch(/<input[^>]*name="cleared"[^>]*checked/);
    const all = await (await app.get("/officer/cases?rule=R09&size=100", "haishu.market")).text();
    expect(all).toContain(`/officer/cases/${standing}`);
  });
});

describe("the way back from a case to the queue", () => {
  it("returns to the view and page the case was opened from, with only the queue's own parameters", async () => {
    const view = "severity=amber&sort=due&size=20";
    const queue = await (await app.get(`/officer/cases?${view}`, "haishu.market")).text();
    // The rows link their cases with the view shown.
    const linked = [...queue.matchAll(/href="(\/officer\/cases\/[0-9A-Z]{26}[^"]*)"/g)].map((m) => m[1].replaceAll("&amp;", "&"));
    expect(linked.length).toBeGreaterThan(0);
    for (const href of linked) expect(href).toMatch(new RegExp(`\\?queue=${encodeURIComponent(view)}$`));
    const backOf = async (href: string) => /<a [^>]*href="([^"]*)">← (?:<!-- -->)?检查任务队列<\/a>/.exec(await (await app.get(href, "haishu.market")).text())?.[1].replaceAll("&amp;", "&");
    expect(await backOf(linked[0])).toBe(`/officer/cases?${view}`);
    // A later page's cursor is kept; a parameter that is not the queue's, or a malformed one, is not carried back.
    const caseId = linked[0].slice("/officer/cases/".length, linked[0].indexOf("?"));
    const later = `state=all&after=WyJkdWUiXQ&status=bogus&severity=purple`;
    expect(await backOf(`/officer/cases/${caseId}?queue=${encodeURIComponent(later)}`)).toBe("/officer/cases?state=all&after=WyJkdWUiXQ");
    // Opened from elsewhere (a complaint, the dashboard, a bookmark): the queue's default view.
    expect(await backOf(`/officer/cases/${caseId}`)).toBe("/officer/cases");
    expect(await backOf(`/officer/cases/${caseId}?queue=${"x".repeat(2000)}`)).toBe("/officer/cases");
  });
});
