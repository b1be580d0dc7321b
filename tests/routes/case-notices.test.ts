/**
 * The written notice of a decided case through its two routes, on the demo data, called as the server would: the
 * officer's (/officer/cases/:id/notice) and the kindergarten's (/kindergarten/cases/:id/notice), each scoped as its
 * case page (another district 404, another kindergarten 404, the wrong role 403, an undecided case 404); the link from
 * both case pages once decided; an English reader given the translation beside the Chinese notice; every notice but a
 * penalty's numbered from its deciding authority's series of its kind, printed on the page; and a case from complaints
 * decided through the officer's page, whose notice the kindergarten reads naming no one who complained, under the
 * number its decision drew.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseDecisionKind } from "~/db/schema";
import { setDb } from "~/web/db.server";
import { commitLang } from "~/web/lang.server";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate, workingDayOnOrAfter } from "~/utils/working-days";
import * as officerCasePage from "~/routes/officer+/cases.$caseId";
import * as officerNotice from "~/routes/officer+/cases.$caseId_.notice";
import * as kindergartenCasePage from "~/routes/kindergarten+/cases.$caseId";
import * as kindergartenNotice from "~/routes/kindergarten+/cases.$caseId_.notice";
import { renderStatic, textOf } from "../setup/render-static";
import { callRoute, cookieHeaderFrom, sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";
import { demoCaseOf } from "../factories/demo-cases";

let t: TestDb;
const USERS = ["haishu.market", "haishu.edu", "jiangbei.market", "jiangbei.edu", "kg005", "kg006", "admin"] as const;
type User = (typeof USERS)[number];
const cookies = {} as Record<User, string>;
/** kg005's refund order (decided by haishu.market2). */
let refundCase: string;
/** kg006's case from complaints, waiting for its answer. */
let complaintCase: string;

type NoticePage = { caseId: string; notice: { title: string; number: string | null; sections: Array<{ id: string; paragraphs: string[] }> }; translation: { title: string } | null };

const officerGet = (user: User | null, id: string, cookie = user ? cookies[user] : null) =>
  callRoute(officerNotice.loader, `/officer/cases/${id}/notice`, { cookie, params: { caseId: id } });
const kindergartenGet = (user: User | null, id: string, cookie = user ? cookies[user] : null) =>
  callRoute(kindergartenNotice.loader, `/kindergarten/cases/${id}/notice`, { cookie, params: { caseId: id } });

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const user of USERS) cookies[user] = await sessionCookieFor(t.db, user);
  refundCase = await demoCaseOf(t.db, "kg005", "R04");
  complaintCase = await demoCaseOf(t.db, "kg006", "COMPLAINT");
}, 60_000);

afterAll(async () => {
  await t?.destroy();
});

describe("the notice of a decided case", () => {
  it("is the officer's and the kindergarten's to read, the same notice, with how to challenge the order", async () => {
    const officer = await officerGet("haishu.market", refundCase);
    expect(officer.status).toBe(200);
    const page = officer.body as NoticePage;
    expect(page.notice.title).toBe("责令退还多收费用通知书");
    // Numbered from the deciding authority's series (海曙's market supervision: the demo's first order to refund), in
    // the year decided; no longer from the case's id.
    expect(page.notice.number).toMatch(/^宁波海曙市监责退〔\d{4}〕1号$/);
    expect(page.notice.number).not.toContain(refundCase);
    expect(page.notice.sections.map((s) => s.id)).toEqual(["facts", "basis", "decision", "remedies"]);
    // Education officers of the district read the case: its notice too; the admin reads every case.
    expect((await officerGet("haishu.edu", refundCase)).status).toBe(200);
    expect((await officerGet("admin", refundCase)).status).toBe(200);

    const own = await kindergartenGet("kg005", refundCase);
    expect(own.status).toBe(200);
    expect((own.body as NoticePage).notice).toEqual(page.notice);
  });

  it("is numbered from its authority's series of its kind, each the demo's first (1号); a penalty by the number recorded", async () => {
    // (The demo's order to rectify was reopened when its proof did not come: a case from complaints is decided so below.)
    const expected: Array<[CaseDecisionKind, User, RegExp, string]> = [
      ["no_violation", "haishu.market", /^宁波海曙市监不立〔\d{4}〕1号$/, "不予立案告知书"],
      ["refund_ordered", "haishu.market", /^宁波海曙市监责退〔\d{4}〕1号$/, "责令退还多收费用通知书"],
      ["minor_corrected", "jiangbei.market", /^宁波江北市监检告〔\d{4}〕1号$/, "检查结果告知书"],
      ["referred", "jiangbei.market", /^宁波江北市监移〔\d{4}〕1号$/, "案件移送告知书"],
      ["penalty", "jiangbei.market", /^甬江市监罚〔2026〕18号$/, "行政处罚决定书（摘要）"],
    ];
    for (const [kind, user, number, title] of expected) {
      const { id } = await t.db.selectFrom("inspection_cases").select("id").where("decision_kind", "=", kind).executeTakeFirstOrThrow();
      const loaded = await officerGet(user, id);
      expect(loaded.status, kind).toBe(200);
      const page = loaded.body as NoticePage;
      expect(page.notice.title).toBe(title);
      expect(page.notice.number, kind).toMatch(number);
      // In the year decided, and as the page prints it.
      expect(page.notice.number).not.toContain(id);
      const html = await renderStatic(officerNotice.default, { url: `/officer/cases/${id}/notice`, loaderData: loaded.body });
      expect(html).toContain(`<p class="notice-number">${page.notice.number}</p>`);
    }
  });

  it("is refused as the case page is: another district 404, another kindergarten 404, the wrong role 403, anonymous to sign in", async () => {
    expect((await officerGet("jiangbei.market", refundCase)).status).toBe(404);
    expect((await officerGet("jiangbei.edu", refundCase)).status).toBe(404);
    expect((await officerGet("kg005", refundCase)).status).toBe(403);
    expect((await kindergartenGet("kg006", refundCase)).status).toBe(404);
    expect((await kindergartenGet("haishu.market", refundCase)).status).toBe(403);
    expect((await kindergartenGet("admin", refundCase)).status).toBe(403);
    for (const anonymous of [await officerGet(null, refundCase), await kindergartenGet(null, refundCase)]) {
      expect(anonymous.status).toBe(302);
      expect(anonymous.location).toMatch(/^\/login\?redirectTo=/);
    }
    expect((await officerGet("haishu.market", "NOPE")).status).toBe(404);
  });

  it("does not exist before the decision, and neither case page links to it then", async () => {
    expect((await officerGet("haishu.market", complaintCase)).status).toBe(404);
    expect((await kindergartenGet("kg006", complaintCase)).status).toBe(404);
    const casePage = await callRoute(kindergartenCasePage.loader, `/kindergarten/cases/${complaintCase}`, { cookie: cookies.kg006, params: { caseId: complaintCase } });
    const html = await renderStatic(kindergartenCasePage.default, { url: `/kindergarten/cases/${complaintCase}`, loaderData: casePage.body });
    expect(html).not.toContain("/notice");
  });

  it("is linked from both case pages once decided", async () => {
    const officer = await callRoute(officerCasePage.loader, `/officer/cases/${refundCase}`, { cookie: cookies["haishu.market"], params: { caseId: refundCase } });
    const officerHtml = await renderStatic(officerCasePage.default, { url: `/officer/cases/${refundCase}`, loaderData: officer.body });
    expect(officerHtml).toContain(`href="/officer/cases/${refundCase}/notice"`);
    const own = await callRoute(kindergartenCasePage.loader, `/kindergarten/cases/${refundCase}`, { cookie: cookies.kg005, params: { caseId: refundCase } });
    const ownHtml = await renderStatic(kindergartenCasePage.default, { url: `/kindergarten/cases/${refundCase}`, loaderData: own.body });
    expect(ownHtml).toContain(`href="/kindergarten/cases/${refundCase}/notice"`);
  });

  it("leads each reader back to the own side's case page", async () => {
    const officer = await officerGet("haishu.market", refundCase);
    const officerHtml = await renderStatic(officerNotice.default, { url: `/officer/cases/${refundCase}/notice`, loaderData: officer.body });
    expect(officerHtml).toMatch(new RegExp(`href="/officer/cases/${refundCase}"[^>]*>← 返回检查任务<`));
    const own = await kindergartenGet("kg005", refundCase);
    const ownHtml = await renderStatic(kindergartenNotice.default, { url: `/kindergarten/cases/${refundCase}/notice`, loaderData: own.body });
    expect(ownHtml).toMatch(new RegExp(`href="/kindergarten/cases/${refundCase}"[^>]*>← 返回检查通知<`));
  });

  it("gives an English reader the translation, labelled as one, beside the Chinese notice served", async () => {
    const english = `${cookies.kg005}; ${cookieHeaderFrom(await commitLang("en"))}`;
    const loaded = await kindergartenGet("kg005", refundCase, english);
    const page = loaded.body as NoticePage;
    expect(page.notice.title).toBe("责令退还多收费用通知书");
    expect(page.translation?.title).toBe("Order to refund overcharged fees");
    const html = await renderStatic(kindergartenNotice.default, { url: `/kindergarten/cases/${refundCase}/notice`, loaderData: loaded.body, lang: "en" });
    expect(html).toMatch(/<article class="notice-document" lang="zh-CN"[^>]*>[\s\S]*<h1 class="notice-title">责令退还多收费用通知书<\/h1>/);
    expect(html).toContain('<section class="notice-translation"');
    expect(html).toContain('lang="en"');
    expect(textOf(html)).toContain("A translation for reference only");
    // A Chinese reader is given the notice alone.
    const chinese = await kindergartenGet("kg005", refundCase);
    expect((chinese.body as NoticePage).translation).toBeNull();
  });
});

describe("the notice of a case from complaints", () => {
  it("names the item complained about, never who complained, nor the officer's note", async () => {
    const { version } = await t.db.selectFrom("inspection_cases").select("version").where("id", "=", complaintCase).executeTakeFirstOrThrow();
    const decided = await callRoute(officerCasePage.action, `/officer/cases/${complaintCase}`, {
      cookie: cookies["haishu.market"],
      params: { caseId: complaintCase },
      form: {
        intent: "decide",
        version: String(version),
        kind: "rectification_ordered",
        basis: "price-law-art39",
        byDate: workingDayOnOrAfter(addDays(shanghaiDate(), 20)),
        note: "经核实举报人所述属实，已电话回复举报人",
      },
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);

    const loaded = await kindergartenGet("kg006", complaintCase);
    expect(loaded.status).toBe(200);
    const html = await renderStatic(kindergartenNotice.default, { url: `/kindergarten/cases/${complaintCase}/notice`, loaderData: loaded.body });
    const served = `${JSON.stringify(loaded.body)}\n${textOf(html)}`;
    expect(textOf(html)).toContain("责令改正通知书");
    expect(textOf(html)).toContain("空调费");
    // Its number: the next of 海曙's market supervision's orders to rectify of the year (the demo's reopened order drew
    // the first, maybe last year), kept with the decision and printed; the kindergarten's case page quotes it.
    const number = (loaded.body as NoticePage).notice.number;
    expect(number).toMatch(new RegExp(`^宁波海曙市监责改〔${shanghaiDate().slice(0, 4)}〕[12]号$`));
    expect(html).toContain(`<p class="notice-number">${number}</p>`);
    const casePage = await callRoute(kindergartenCasePage.loader, `/kindergarten/cases/${complaintCase}`, { cookie: cookies.kg006, params: { caseId: complaintCase } });
    const casePageHtml = await renderStatic(kindergartenCasePage.default, { url: `/kindergarten/cases/${complaintCase}`, loaderData: casePage.body });
    expect(textOf(casePageHtml)).toContain(`文书编号 ${number}`);
    const complaints = await t.db
      .selectFrom("complaints")
      .select(["id", "contact_name", "contact_phone", "contact_address", "tracking_no", "narrative"])
      .where("case_id", "=", complaintCase)
      .execute();
    expect(complaints.length).toBeGreaterThan(0);
    for (const c of complaints) {
      for (const secret of [c.id, c.contact_name, c.contact_phone, c.contact_address, c.tracking_no, c.narrative]) if (secret) expect(served).not.toContain(secret);
    }
    expect(served).not.toContain("举报人");
    // The officer prints the same notice.
    const officer = await officerGet("haishu.market", complaintCase);
    expect((officer.body as NoticePage).notice).toEqual((loaded.body as NoticePage).notice);
  });
});
