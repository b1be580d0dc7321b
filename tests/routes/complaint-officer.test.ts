/**
 * The officers' complaint pages on the demo data, called as the server would:
 * the queue (a filter it cannot read named and left out), a complaint, its evidence and the handling actions, with every
 * refusal: another district's officer (404), a non-market officer (403 on the
 * pages and the actions), an operator (403), an admin (reads, 403 on actions),
 * anonymous (to the login page), and a stale version (409 with the message).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_STATUSES } from "~/domain/complaints/complaint-handling.schema";
import { translate } from "~/i18n";
import { setDb } from "~/web/db.server";
import { getEvidenceStore } from "~/web/evidence.server";
import * as queueRoute from "~/routes/officer+/complaints._index";
import * as pageRoute from "~/routes/officer+/complaints.$complaintId";
import * as evidenceRoute from "~/routes/officer+/complaints.$complaintId.evidence.$evidenceId";
import { complaintRow, fileComplaint, PDF } from "../factories/complaint-handling";
import { renderStatic, textOf } from "../setup/render-static";
import { callRoute, sessionCookieFor, type RouteOutcome } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const USERS = ["haishu.market", "jiangbei.market", "ningbo.market", "haishu.edu", "haishu.ndrc", "kg006", "admin"] as const;
type User = (typeof USERS)[number];
const cookies = {} as Record<User, string>;
let haishuKg: string;
let complaintId: string;
let evidenceId: string;

const as = (user: User | null) => (user ? cookies[user] : null);
const queue = (user: User | null, query = "") => callRoute(queueRoute.loader, `/officer/complaints${query}`, { cookie: as(user) });
const page = (user: User | null, id = complaintId) => callRoute(pageRoute.loader, `/officer/complaints/${id}`, { cookie: as(user), params: { complaintId: id } });
const post = (user: User | null, form: Record<string, string>, id = complaintId) =>
  callRoute(pageRoute.action, `/officer/complaints/${id}`, { cookie: as(user), params: { complaintId: id }, form });
const evidence = (user: User | null, id = complaintId, file = evidenceId) =>
  callRoute(evidenceRoute.loader, `/officer/complaints/${id}/evidence/${file}`, { cookie: as(user), params: { complaintId: id, evidenceId: file } });

type QueueBody = { rows: Array<{ id: string; regionName: string; deadline: { state: string } | null }>; counts: Record<string, number> };

const expectLogin = (r: RouteOutcome) => {
  expect(r.status).toBe(302);
  expect(r.location).toMatch(/^\/login\?redirectTo=/);
};

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const user of USERS) cookies[user] = await sessionCookieFor(t.db, user);
  const kg = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow();
  haishuKg = kg.kindergarten_id!;
  ({ complaintId } = await fileComplaint(t.db, { kindergartenId: haishuKg, evidence: { store: getEvidenceStore(), name: "收据.pdf" } }));
  const link = await t.db.selectFrom("complaint_evidence").select("evidence_id").where("complaint_id", "=", complaintId).executeTakeFirstOrThrow();
  evidenceId = link.evidence_id;
}, 60_000);

afterAll(async () => {
  await t?.destroy();
});

describe("the queue", () => {
  it("shows the district's complaints, most urgent first, overdue visible", async () => {
    const r = await queue("haishu.market");
    expect(r.status).toBe(200);
    const body = r.body as QueueBody;
    expect(body.rows.length).toBeGreaterThan(5);
    expect(new Set(body.rows.map((row) => row.regionName))).toEqual(new Set(["海曙区"]));
    expect(body.rows[0].deadline?.state).toBe("overdue");
    expect(body.counts.overdue).toBeGreaterThanOrEqual(2);
    const overdue = (await queue("haishu.market", "?overdue=1")).body as QueueBody;
    expect(overdue.rows.every((row) => row.deadline?.state === "overdue")).toBe(true);
    expect(overdue.rows.length).toBe(body.counts.overdue);
  });

  it("is scoped: Jiangbei sees its own, the city sees both", async () => {
    const jiangbei = (await queue("jiangbei.market")).body as QueueBody;
    expect(jiangbei.rows.length).toBeGreaterThan(0);
    expect(new Set(jiangbei.rows.map((row) => row.regionName))).toEqual(new Set(["江北区"]));
    const city = (await queue("ningbo.market")).body as QueueBody;
    expect(new Set(city.rows.map((row) => row.regionName))).toEqual(new Set(["海曙区", "江北区"]));
    expect((await queue("admin")).status).toBe(200);
  });

  it("refuses education and development-reform officers and operators (403), and sends anonymous users to sign in", async () => {
    expect((await queue("haishu.edu")).status).toBe(403);
    expect((await queue("haishu.ndrc")).status).toBe(403);
    expect((await queue("kg006")).status).toBe(403);
    expectLogin(await queue(null));
  });

  it("leaves out a filter it cannot read and names it on the page by its label, the rest applied (an old bookmark is no 400)", async () => {
    type Queue = { filters: { state: string; track: string }; ignored: string[] };
    const bogus = await queue("haishu.market", "?state=bogus&track=complaint");
    expect([bogus.status, (bogus.body as Queue).filters, (bogus.body as Queue).ignored]).toEqual([200, expect.objectContaining({ state: "open", track: "complaint" }), ["state"]]);
    const html = textOf(await renderStatic(queueRoute.default, { url: "/officer/complaints?state=bogus&track=complaint", loaderData: bogus.body }));
    expect(html).toContain("以下查询参数无效，已忽略：状态");
    const repeated = await queue("haishu.market", "?track=complaint&track=report&after=%25%25");
    expect([repeated.status, (repeated.body as Queue).ignored]).toEqual([200, ["track"]]);
    const long = await queue("haishu.market", `?kg=${"幼".repeat(500)}`);
    expect([long.status, (long.body as Queue).ignored]).toEqual([200, []]);
  });

  it("searches the kindergarten by words split at commas and 、, and says at the box when there are more than five", async () => {
    type Queue = { rows: Array<{ id: string }>; kindergartenRefused: unknown };
    const name = (await t.db.selectFrom("kindergartens").select("approved_name").where("id", "=", haishuKg).executeTakeFirstOrThrow()).approved_name;
    // 宁波市海曙区…幼儿园: its city and district as two words, separated as in a sentence.
    expect(name.startsWith("宁波市海曙区")).toBe(true);
    for (const kg of ["宁波，海曙", "海曙、宁波", `宁波,${Array.from(name).slice(6, 8).join("")}`]) {
      const res = await queue("haishu.market", `?state=all&kg=${encodeURIComponent(kg)}`);
      expect((res.body as Queue).rows.map((r) => r.id), kg).toContain(complaintId);
    }
    const six = "宁波 海曙 幼儿 园所 阳光 双语";
    const refused = await queue("haishu.market", `?state=all&kg=${encodeURIComponent(six)}`);
    expect([refused.status, (refused.body as Queue).kindergartenRefused]).toEqual([200, { key: "disclosure.search.tooManyTerms", vars: { max: 5 } }]);
    expect((refused.body as Queue).rows.map((r) => r.id)).toContain(complaintId);
    const html = await renderStatic(queueRoute.default, { url: `/officer/complaints?state=all&kg=${encodeURIComponent(six)}`, loaderData: refused.body });
    const box = html.match(/<input[^>]*name="kg"[^>]*>/)?.[0] ?? "";
    expect(box).toContain(`value="${six}"`);
    expect(box).toContain('aria-describedby="complaint-kg-error"');
    expect(html).toMatch(/<p id="complaint-kg-error" class="field-error">搜索词太多，请最多输入 5 个词（用空格或逗号分开）。<\/p>/);
    // The tabs do not carry the search refused.
    expect(html).not.toMatch(/href="\?[^"]*kg=/);
  });

  it("reads a region named among the search words and a USCC as the case queue does, and says where it searched", async () => {
    type Queue = { rows: Array<{ id: string; kindergartenId: string }>; searchWithin: { name: string; rest: string } | null };
    const amiel = await t.db.selectFrom("kindergartens").select(["id", "uscc"]).where("name_in_use", "=", "爱弥儿国际幼儿园").executeTakeFirstOrThrow();
    const all = (await queue("haishu.market", `?state=all&kg=${amiel.id}`)).body as Queue;
    expect(all.rows.length).toBeGreaterThan(0);
    const ids = all.rows.map((r) => r.id).sort();
    // 浙江 is in neither of its names: the other word is searched within Zhejiang (which holds Haishu), as said on the page.
    for (const kg of ["浙江 爱弥儿", "爱弥儿，浙江省"]) {
      const res = (await queue("haishu.market", `?state=all&kg=${encodeURIComponent(kg)}`)).body as Queue;
      expect(res.rows.map((r) => r.id).sort(), kg).toEqual(ids);
      expect(res.searchWithin, kg).toMatchObject({ name: "浙江省", rest: "爱弥儿" });
    }
    const html = await renderStatic(queueRoute.default, { url: `/officer/complaints?state=all&kg=${encodeURIComponent("浙江 爱弥儿")}`, loaderData: (await queue("haishu.market", `?state=all&kg=${encodeURIComponent("浙江 爱弥儿")}`)).body });
    expect(/data-testid="complaint-search-within">([^<]*)</.exec(html)?.[1]).toBe("未找到名称含“浙江 爱弥儿”的幼儿园，以下为浙江省中名称含“爱弥儿”的幼儿园的投诉举报");
    // A region outside the scope is no fallback: Yinzhou's officer of the city's district finds nothing of Haishu's.
    const elsewhere = (await queue("ningbo.market", `?state=all&kg=${encodeURIComponent("鄞州 爱弥儿")}`)).body as Queue;
    expect([elsewhere.rows, elsewhere.searchWithin]).toEqual([[], null]);
    // Its USCC, typed with spaces in lower case, finds the same complaints.
    const byCode = (await queue("haishu.market", `?state=all&kg=${encodeURIComponent(amiel.uscc.toLowerCase().replace(/(.{6})/g, "$1 "))}`)).body as Queue;
    expect(byCode.rows.map((r) => r.id).sort()).toEqual(ids);
  });

  it("keeps the view's filters and search on the link to its overdue ones", async () => {
    type Queue = { rows: Array<{ id: string; kindergartenId: string }>; counts: { overdue: number } };
    const url = `/officer/complaints?state=received&track=complaint&kg=${encodeURIComponent("宁波 海曙")}`;
    const view = await queue("haishu.market", url.slice("/officer/complaints".length));
    expect((view.body as Queue).counts.overdue).toBeGreaterThan(0);
    const html = await renderStatic(queueRoute.default, { url, loaderData: view.body });
    const counts = /data-testid="complaint-counts">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
    const href = new URL(/href="([^"]*)"/.exec(counts)?.[1]?.replace(/&amp;/g, "&") ?? "", "http://localhost");
    // Overdue ones are in progress: the link opens that tab (not 待处理's), with the view's track and search.
    expect(Object.fromEntries(href.searchParams)).toEqual({ track: "complaint", kg: "宁波 海曙", overdue: "1" });
    const overdue = (await queue("haishu.market", href.search)).body as Queue;
    expect(overdue.rows.length).toBe((view.body as Queue).counts.overdue);
  });

  it("names a parameter that is none of its filters (?status=, the queue's is state), the rest applied", async () => {
    type Queue = { filters: { state: string; track: string }; ignored: string[]; unknown: string[] };
    const url = "/officer/complaints?status=bogus&track=complaint";
    const res = await queue("haishu.market", "?status=bogus&track=complaint");
    expect([res.status, (res.body as Queue).filters, (res.body as Queue).ignored, (res.body as Queue).unknown]).toEqual([
      200,
      expect.objectContaining({ state: "open", track: "complaint" }),
      [],
      ["status"],
    ]);
    const notice = (lang: "zh-CN" | "en") =>
      renderStatic(queueRoute.default, { url, loaderData: res.body, lang }).then((html) => /data-testid="complaint-ignored">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "");
    expect(await notice("zh-CN")).toBe("本页没有以下筛选条件，已忽略：“status”");
    expect(await notice("en")).toBe("This page has no such filters, so they were ignored: “status”");
  });
});

describe("the queue's pages", () => {
  type Page = {
    rows: Array<{ id: string }>;
    counts: Record<string, number>;
    next: string | null;
    prev: string | null;
    firstPage: boolean;
    total: number;
    position: { from: number; to: number } | null;
    ignored: string[];
  };
  const at = async (search: string) => (await queue("haishu.market", search)).body as Page;
  const ids = (page: Page) => page.rows.map((r) => r.id);
  const pager = async (page: Page, url: string, lang: "zh-CN" | "en" = "zh-CN") =>
    (await renderStatic(queueRoute.default, { url: `/officer/complaints${url}`, loaderData: page, lang })).match(/<div class="pager">[\s\S]*?<\/div>/)?.[0] ?? "";
  /** Every row of the view, along its next pages. */
  const walk = async (search: string) => {
    const seen: string[] = [];
    let page = await at(search);
    for (let n = 0; n < 10; n++) {
      seen.push(...ids(page));
      if (!page.next) break;
      page = await at(`${search}${search ? "&" : "?"}after=${page.next}`);
    }
    return seen;
  };

  // Enough of Haishu's complaints for three pages of 50 (the demo holds fewer): open ones due in the past (overdue) and
  // ahead, and closed ones (no clock), copies of the complaint filed above.
  const extra = Array.from({ length: 130 }, (_, i) => `01JPAGER${String(i).padStart(18, "0")}`);
  beforeAll(async () => {
    const row = await complaintRow(t.db, complaintId);
    const statuses = ["received", "accepted", "mediating", "closed"] as const;
    for (const [i, id] of extra.entries()) {
      const status = statuses[i % statuses.length];
      const dueOn = status === "closed" ? null : i % 3 !== 2 ? `2026-0${1 + (i % 9)}-1${i % 10}` : `2099-0${1 + (i % 9)}-1${i % 10}`;
      await t.db
        .insertInto("complaints")
        .values({ ...row, id, tracking_no: `PAGER${i}`, intake_key: `pager-${i}`, status, due_on: dueOn, due_kind: dueOn ? row.due_kind : null, case_id: null })
        .execute();
    }
  });
  afterAll(async () => {
    await t.db.deleteFrom("complaints").where("id", "in", extra).execute();
  });

  it("pages back with 上一页 (keyset backwards from the page's first row) and 第一页, neither on the first page, saying 第 51–100 条，共 N 条", async () => {
    const first = await at("?state=all");
    const total = ALL_STATUSES.reduce((n, s) => n + first.counts[s], 0);
    expect(total).toBeGreaterThan(100);
    expect([first.prev, first.firstPage, first.total, first.position]).toEqual([null, true, total, { from: 1, to: 50 }]);
    const firstPager = await pager(first, "?state=all");
    expect(firstPager).toContain("下一页");
    expect(firstPager).not.toMatch(/complaint-queue-prev|complaint-queue-first|上一页|第一页/);
    expect(textOf(firstPager)).toContain(`第 1–50 条，共 ${total} 条`);
    const second = await at(`?state=all&after=${first.next}`);
    const third = await at(`?state=all&after=${second.next}`);
    expect(second.position).toEqual({ from: 51, to: 100 });
    const thirdPager = await pager(third, "?state=all");
    expect(thirdPager).toContain(`data-testid="complaint-queue-prev" data-discover="true" href="/officer/complaints?state=all&amp;before=${third.prev}">← 上一页</a>`);
    expect(thirdPager).toContain(`data-testid="complaint-queue-first" data-discover="true" href="/officer/complaints?state=all">第一页</a>`);
    expect(textOf(await pager(second, "?state=all", "en"))).toMatch(new RegExp(`Complaints 51–100 of ${total}\\s*First page\\s*← Previous page\\s*Next page →`));
    // Back along the links: the pages shown going forward, with their places, then the first page with no link back.
    const back = await at(`?state=all&before=${third.prev}`);
    expect([ids(back), back.position]).toEqual([ids(second), { from: 51, to: 100 }]);
    const start = await at(`?state=all&before=${back.prev}`);
    expect([ids(start), start.prev, start.firstPage, start.position]).toEqual([ids(first), null, true, { from: 1, to: 50 }]);
    expect(await pager(start, "?state=all")).not.toMatch(/上一页|第一页/);
    // Both directions at once: the next page is read, the previous page's cursor left out and named.
    const both = await at(`?state=all&after=${first.next}&before=${third.prev}`);
    expect([ids(both), both.ignored]).toEqual([ids(second), ["before"]]);
  });

  it("totals each view from the tabs' counts, as many as its pages hold, under filters, overdue only and a search", async () => {
    const name = (await t.db.selectFrom("kindergartens").select("approved_name").where("id", "=", haishuKg).executeTakeFirstOrThrow()).approved_name;
    const search = `kg=${encodeURIComponent(Array.from(name).slice(3, 6).join(""))}`;
    for (const view of ["", "?state=accepted", "?state=closed", "?state=all&track=complaint", "?overdue=1", "?state=received&overdue=1", "?state=closed&overdue=1", `?state=all&${search}`, `?overdue=1&${search}`]) {
      const page = await at(view);
      const state = new URLSearchParams(view).get("state") ?? "open";
      expect(page.total, view).toBe((await walk(view)).length);
      // A tab's total is its count beside the tab (全部: every state's).
      if (!view.includes("overdue")) expect(page.total, view).toBe(state === "all" ? ALL_STATUSES.reduce((n, s) => n + page.counts[s], 0) : page.counts[state]);
    }
    // The overdue view of every open state is the count beside the tabs, more than a page of them.
    const overdue = await at("?overdue=1");
    expect(overdue.total).toBe(overdue.counts.overdue);
    expect(overdue.total).toBeGreaterThan(50);
    expect((await at(`?overdue=1&after=${overdue.next}`)).position).toEqual({ from: 51, to: overdue.total });
  });
});

describe("a complaint's page and evidence", () => {
  it("shows the officer of the district everything, contact included", async () => {
    const r = await page("haishu.market");
    expect(r.status).toBe(200);
    const body = r.body as { complaint: { contact: unknown; version: number }; evidence: Array<{ id: string }>; actions: string[]; canHandle: boolean };
    expect(body.complaint.contact).toEqual({ name: "王女士", phone: "13800138000", address: "宁波市海曙区某路1号" });
    expect(body.evidence.map((e) => e.id)).toEqual([evidenceId]);
    expect(body.actions).toEqual(["accept", "reject", "transfer", "link_case", "reply"]);
  });

  it("is not found for another district's officer, forbidden to others, read-only for admin", async () => {
    expect((await page("jiangbei.market")).status).toBe(404);
    expect((await page("haishu.edu")).status).toBe(403);
    expect((await page("kg006")).status).toBe(403);
    expectLogin(await page(null));
    const admin = await page("admin");
    expect(admin.status).toBe(200);
    expect(admin.body).toMatchObject({ canHandle: false, actions: [] });
    expect((await page("haishu.market", "01J00000000000000000000000")).status).toBe(404);
  });

  it("serves the evidence as a download to those who may read the complaint, 404 to the rest", async () => {
    const ok = await evidence("haishu.market");
    expect(ok.status).toBe(200);
    expect(ok.headers.get("Content-Type")).toBe("application/pdf");
    expect(ok.headers.get("Content-Disposition")).toMatch(/^attachment;/);
    expect(ok.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(String(ok.body)).toBe(PDF.toString("latin1"));
    expect((await evidence("jiangbei.market")).status).toBe(404);
    expect((await evidence("haishu.edu")).status).toBe(403);
    expect((await evidence("kg006")).status).toBe(403);
    expectLogin(await evidence(null));
    // The file under another complaint's id is not that complaint's.
    const other = await t.db.selectFrom("complaints").select("id").where("region_code", "=", "330203").where("id", "!=", complaintId).executeTakeFirstOrThrow();
    expect((await evidence("haishu.market", other.id)).status).toBe(404);
  });
});

describe("handling actions", () => {
  it("refuse every actor but the district's market officer, storing nothing", async () => {
    const before = await complaintRow(t.db, complaintId);
    const form = { intent: "accept", version: String(before.version) };
    expect((await post("jiangbei.market", form)).status).toBe(404);
    expect((await post("haishu.edu", form)).status).toBe(403);
    expect((await post("haishu.ndrc", form)).status).toBe(403);
    expect((await post("admin", form)).status).toBe(403);
    expect((await post("kg006", form)).status).toBe(403);
    expectLogin(await post(null, form));
    expect(await complaintRow(t.db, complaintId)).toEqual(before);
  });

  it("accepts, then refuses the same version again with 409 and the reload message", async () => {
    const { version } = await complaintRow(t.db, complaintId);
    const ok = await post("haishu.market", { intent: "accept", version: String(version), reply: "已受理\u0000\u202E，将组织调解。" });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ done: true, intent: "accept" });
    expect((await complaintRow(t.db, complaintId)).status).toBe("accepted");
    // The reply was cleaned where it entered.
    const event = await t.db.selectFrom("complaint_events").select("payload").where("complaint_id", "=", complaintId).where("kind", "=", "accepted").executeTakeFirstOrThrow();
    expect(JSON.parse(event.payload).publicText).toBe("已受理，将组织调解。");

    const stale = await post("ningbo.market", { intent: "reply", version: String(version), reply: "另一位的答复" });
    expect(stale.status).toBe(409);
    const error = (stale.body as { error: { key: string } }).error;
    expect(translate("zh-CN", error.key)).toBe("此件刚有新的变动（他人的操作，或您在其他窗口中的操作）：请按最新状态核对后再操作，页面未更新时请刷新");
  });

  it("answers an illegal transition with 409 and a field error with 400", async () => {
    const { version } = await complaintRow(t.db, complaintId);
    const illegal = await post("haishu.market", { intent: "decide", decision: "no_case", version: String(version) });
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({ error: { key: "handling.track.decideReportOnly" } });
    const bad = await post("haishu.market", { intent: "record_outcome", outcome: "agreement", refund: "100", version: String(version) });
    expect(bad.status).toBe(409);
    const field = await post("haishu.market", { intent: "start_mediation", version: String(version) });
    expect(field.status).toBe(400);
    expect(field.body).toMatchObject({ fieldErrors: { consent: [{ key: "handling.mediation.consent" }] } });
    expect((await post("haishu.market", { intent: "fly", version: String(version) })).status).toBe(400);
  });

  it("a transfer goes back to the queue, and the complaint is then Jiangbei's", async () => {
    const { complaintId: fresh } = await fileComplaint(t.db, { kindergartenId: haishuKg, track: "report" });
    const r = await post("haishu.market", { intent: "transfer", toRegion: "330205", version: "1" }, fresh);
    expect(r.status).toBe(302);
    expect(r.location).toBe("/officer/complaints");
    expect((await page("haishu.market", fresh)).status).toBe(404);
    expect((await page("jiangbei.market", fresh)).status).toBe(200);
  });
});
