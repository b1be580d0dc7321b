/**
 * The case queue through its routes, on the demo data, called as the server
 * would: the filters in the URL, the tabs' counts, bad parameters ignored and
 * named; bulk assignment (assigned, a case of another district skipped, a
 * role without `assign:case:region` refused, bad posts 4xx); the exports
 * (CSV with a BOM, XLSX) holding exactly the filtered view, audited, refused
 * to roles without the permission and to bad parameters; the search as
 * officers type it (a USCC full-width or in lower case, a name with spaces),
 * or in traditional characters, "overdue" with "due within N days" (either,
 * said on the page) and a tab or a rule no case can meet with another filter
 * (the filter left out, said on the page), settled
 * cases after the live ones, and the exports' decision columns.
 */
import ExcelJS from "exceljs";
import { Converter } from "opencc-js/cn2t";
import Papa from "papaparse";
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { forgetQueueCounts, type CaseQueue } from "~/domain/cases/case-queue.server";
import type { CaseQueueFilters } from "~/domain/cases/case-queue.schema";
import { shanghaiDate } from "~/utils/working-days";
import { setDb } from "~/web/db.server";
import { commitLang } from "~/web/lang.server";
import { insertCase } from "../factories/domain";
import { caseExportResponse } from "~/web/case-export.server";
import * as queueRoute from "~/routes/officer+/cases._index";
import * as csvRoute from "~/routes/officer+/cases.export[.csv]";
import * as xlsxRoute from "~/routes/officer+/cases.export[.xlsx]";
import { renderStatic, textOf } from "../setup/render-static";
import { buildRequest, callRoute, sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const USERS = ["haishu.market", "haishu.market2", "haishu.ndrc", "jiangbei.market", "ningbo.lead", "kg006", "admin"] as const;
type User = (typeof USERS)[number];
const cookies = {} as Record<User, string>;
type Body = CaseQueue & { filters: CaseQueueFilters; ignored: string[]; canExport: boolean };
type Row = Body["rows"][number];

/** Simplified → Hong Kong traditional, as a kindergarten's name might be typed there. */
const toTraditional: (text: string) => string = Converter({ from: "cn", to: "hk" });

const list = (user: User | null, query = "") => callRoute(queueRoute.loader, `/officer/cases${query}`, { cookie: user ? cookies[user] : null });
const post = (user: User, form: URLSearchParams | Record<string, string>) => callRoute(queueRoute.action, "/officer/cases?index", { cookie: cookies[user], form });

async function openCases(regionPrefix: string, where: { severity?: string } = {}) {
  let q = t.db.selectFrom("inspection_cases").select(["id", "severity", "region_code"]).where("status", "!=", "closed").where("region_code", "like", `${regionPrefix}%`);
  if (where.severity) q = q.where("severity", "=", where.severity as never);
  return q.execute();
}

/** The links' addresses in the element of `testId`, as written (`&` for `&amp;`). */
const hrefsOf = (markup: string, testId: string) =>
  [...(markup.match(new RegExp(`data-testid="${testId}"[\\s\\S]*?</(nav|p)>`))?.[0] ?? "").matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const user of USERS) cookies[user] = await sessionCookieFor(t.db, user);
}, 60_000);

afterAll(async () => {
  await t?.destroy();
});

beforeEach(() => forgetQueueCounts());

describe("the queue page", () => {
  it("reads its filters from the URL and keeps to the district", async () => {
    const r = await list("haishu.market", "?severity=red&sort=due");
    expect(r.status).toBe(200);
    const body = r.body as Body;
    expect(body.filters).toMatchObject({ state: "open", severity: "red", sort: "due" });
    const want = await openCases("330203", { severity: "red" });
    expect(body.rows.map((c) => c.id).sort()).toEqual(want.map((c) => c.id).sort());
    expect(body.rows.every((c) => c.severity === "red" && c.regionName === "海曙区")).toBe(true);
    const dues = body.rows.map((c) => c.due?.dueOn ?? "");
    expect(dues).toEqual([...dues].sort());
    expect(body.canExport).toBe(true);
    expect(body.assignees.length).toBeGreaterThan(1);
  });

  it("names the window of its due-soon figure, which the dashboard counts over a wider one (a lead compares the two)", async () => {
    const body = (await list("haishu.market")).body as Body;
    const html = await renderStatic(queueRoute.default, { url: "/officer/cases", loaderData: body });
    const figures = textOf(html.match(/data-testid="queue-clock-counts"[\s\S]*?<\/p>/)?.[0] ?? "");
    expect(figures).toContain(`3 个工作日内到期 ${body.counts.dueSoon} 件`);
    const en = await renderStatic(queueRoute.default, { url: "/officer/cases", loaderData: body, lang: "en" });
    expect(textOf(en.match(/data-testid="queue-clock-counts"[\s\S]*?<\/p>/)?.[0] ?? "")).toContain(`${body.counts.dueSoon} due within 3 working days`);
  });

  it("keeps the search and filters in every tab, chip and figure, each from its first page; the one shown is marked and its link takes it off", async () => {
    // A busy officer's queue (the demo holds fewer open cases than a page: 25 more), a search and two filters, on the
    // second page of twenty.
    const kgs = await t.db.selectFrom("kindergartens").select("id").where("region_code", "=", "330203").where("name_in_use", "like", "%幼儿园%").execute();
    const extra = Array.from({ length: 25 }, (_, i) => `case_tabs_${String(i).padStart(2, "0")}`);
    for (const [i, id] of extra.entries()) await insertCase(t.db, { id, kindergartenId: kgs[i % kgs.length].id, regionCode: "330203", severity: "amber", dueDate: "2099-03-10" });
    onTestFinished(async () => {
      await t.db.deleteFrom("inspection_cases").where("id", "in", extra).execute();
    });
    const view = `?source=rule&q=${encodeURIComponent("幼儿园")}&sort=due&size=20`;
    const first = (await list("haishu.market", view)).body as Body;
    expect(first.next).not.toBeNull();
    const url = `/officer/cases${view}&after=${first.next}`;
    const body = (await list("haishu.market", `${view}&after=${first.next}`)).body as Body;
    const html = await renderStatic(queueRoute.default, { url, loaderData: body });
    const links = (testId: string) =>
      [...(html.match(new RegExp(`data-testid="${testId}"[\\s\\S]*?</(nav|p)>`))?.[0] ?? "").matchAll(/<a [^>]*href="([^"]*)"[^>]*>/g)].map((m) => ({
        params: Object.fromEntries(new URL(m[1].replace(/&amp;/g, "&"), "http://x").searchParams),
        current: m[0].includes('aria-current="page"'),
      }));
    const kept = { source: "rule", q: "幼儿园", sort: "due", size: "20" };
    const tabs = links("queue-tabs");
    expect(tabs.map((l) => l.params)).toEqual([kept, ...["pending", "in_progress", "awaiting_answer", "answered", "decided", "closed", "all"].map((state) => ({ state, ...kept }))]);
    expect(links("queue-severities").map((l) => l.params)).toEqual(["red", "amber", "info"].map((severity) => ({ severity, ...kept })));
    const figures = links("queue-clock-counts");
    expect(figures.map((l) => l.params)).toEqual([
      { ...kept, overdue: "1" },
      { ...kept, within: "3" },
      { ...kept, assignee: "me" },
    ]);
    expect([...tabs, ...figures].filter((l) => l.current).length).toBe(1);
    // Narrowed by a search and a filter: the figures say they count this view's cases, which their views list.
    expect(textOf(html)).toContain("本视图中：");
    const overdue = (await list("haishu.market", `?${new URLSearchParams(figures[0].params)}`)).body as Body;
    expect(overdue.total).toBe(body.counts.overdue);
    const dueSoon = (await list("haishu.market", `?${new URLSearchParams(figures[1].params)}`)).body as Body;
    expect(dueSoon.total).toBe(body.counts.dueSoon);

    // On my cases: marked, and its link takes it off (as a severity chip's does); the others keep it.
    const mineUrl = `/officer/cases?${new URLSearchParams(figures[2].params)}`;
    const mine = await renderStatic(queueRoute.default, { url: mineUrl, loaderData: (await list("haishu.market", mineUrl.slice("/officer/cases".length))).body });
    const mineLinks = [...(mine.match(/data-testid="queue-clock-counts"[\s\S]*?<\/p>/)?.[0] ?? "").matchAll(/<a [^>]*>/g)].map((m) => m[0].replace(/&amp;/g, "&"));
    expect(mineLinks[2]).toContain('aria-current="page"');
    expect(mineLinks[2]).toContain(`href="/officer/cases?source=rule&q=${encodeURIComponent("幼儿园")}&sort=due&size=20"`);
    expect(mineLinks[0]).toMatch(/assignee=me&overdue=1/);
    // On the closed tab, whose cases run no clock, and on the pending one, whose cases are nobody's: the figure that
    // tab would leave out opens every unfinished case (the default tab), the search and filters kept.
    const closed = await renderStatic(queueRoute.default, { url: "/officer/cases?state=closed&q=x", loaderData: (await list("haishu.market", "?state=closed&q=x")).body });
    expect(hrefsOf(closed, "queue-clock-counts")).toEqual(["/officer/cases?overdue=1&q=x", "/officer/cases?within=3&q=x", "/officer/cases?state=closed&assignee=me&q=x"]);
    const pending = await renderStatic(queueRoute.default, { url: "/officer/cases?state=pending", loaderData: (await list("haishu.market", "?state=pending")).body });
    expect(hrefsOf(pending, "queue-clock-counts")).toEqual(["/officer/cases?state=pending&overdue=1", "/officer/cases?state=pending&within=3", "/officer/cases?assignee=me"]);
  });

  it("counts each state tab and severity chip; another district's cases never appear", async () => {
    const all = (await list("haishu.market", "?state=all")).body as Body;
    const open = (await openCases("330203")).length;
    expect(all.counts.byTab.open).toBe(open);
    const jiangbei = (await list("jiangbei.market", "?state=all")).body as Body;
    expect(jiangbei.rows.length).toBeGreaterThan(0);
    expect(jiangbei.rows.every((c) => c.regionName === "江北区")).toBe(true);
    const city = (await list("ningbo.lead", "?state=all&size=100")).body as Body;
    expect(city.rows.map((c) => c.regionName)).toEqual(expect.arrayContaining(["海曙区", "江北区"]));
  });

  it("offers the rules by title and the terms by name to filter by, and filters by the one chosen", async () => {
    const body = (await list("haishu.market", "?state=all")).body as Body & { choices: { rules: Array<{ id: string; title: { zh: string } }>; terms: string[] } };
    const ids = body.choices.rules.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(["R01", "R04", "A01", "C03", "COMPLAINT", "SPOT_CHECK"]));
    expect(ids.slice(-2)).toEqual(["COMPLAINT", "SPOT_CHECK"]);
    expect(body.choices.rules.every((r) => r.title.zh.length > 1)).toBe(true);
    const nextYear = Number(shanghaiDate(new Date()).slice(0, 4)) + 1;
    expect(body.choices.terms.slice(0, 3)).toEqual([`${nextYear}-autumn`, `${nextYear}-spring`, `${nextYear - 1}-autumn`]);

    const rule = body.rows[0].ruleId;
    const term = body.rows[0].term;
    expect(ids).toContain(rule);
    expect(body.choices.terms).toContain(term);
    const filtered = (await list("haishu.market", `?state=all&rule=${rule}&term=${term}`)).body as Body;
    expect(filtered.rows.length).toBeGreaterThan(0);
    expect(filtered.rows.every((c) => c.ruleId === rule && c.term === term)).toBe(true);
  });

  it("shows every rule's id beside its title, the account and complaint rules' too; the sources by their titles alone", async () => {
    const body = (await list("haishu.market", "?state=all")).body as Body & { choices: { rules: Array<{ id: string; title: { zh: string; en: string } }> } };
    const title = (id: string, lang: "zh" | "en") => body.choices.rules.find((r) => r.id === id)!.title[lang];
    for (const lang of ["zh-CN", "en"] as const) {
      const html = await renderStatic(queueRoute.default, { url: "/officer/cases", loaderData: body, lang });
      const select = html.match(/<select[^>]*name="rule"[\s\S]*?<\/select>/)?.[0] ?? "";
      const options = [...select.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]] as const);
      const words = new Map(options);
      const text = lang === "en" ? "en" : "zh";
      for (const id of ["R04", "A01", "A02", "C03", "R18"]) expect(words.get(id)).toBe(`${id} ${title(id, text)}`);
      for (const id of ["COMPLAINT", "SPOT_CHECK"]) expect(words.get(id)).toBe(title(id, text));
    }
  });

  it("styles its bulk-assign button as the page's other filled button", async () => {
    const body = (await list("haishu.market")).body as Body;
    const html = await renderStatic(queueRoute.default, { url: "/officer/cases", loaderData: body });
    const form = html.match(/<form[^>]*data-testid="bulk-assign"[\s\S]*?<\/form>/)?.[0] ?? "";
    expect(form).toMatch(/<button type="submit" class="primary">指派勾选的任务<\/button>/);
  });

  it("searches a name glued to a district's within that district when nothing is found as typed, says so, and never outside the scope", async () => {
    const all = (await list("haishu.market", "?state=all&size=100")).body as Body;
    const row = all.rows.find((r) => r.kindergartenName.includes("海曙区"))!;
    const piece = [...row.kindergartenName.split("海曙区")[1]].slice(0, 3).join("");
    const query = `?state=all&size=100&q=${encodeURIComponent(`海曙${piece}`)}`;
    const body = (await list("haishu.market", query)).body as Body;
    expect(body.searchWithin).toMatchObject({ name: "海曙区", rest: piece });
    expect(body.rows.map((r) => r.id)).toContain(row.id);
    expect(body.rows.every((r) => r.kindergartenName.includes(piece))).toBe(true);
    const html = textOf(await renderStatic(queueRoute.default, { url: `/officer/cases${query}`, loaderData: body }));
    expect(html).toContain(`未找到名称含“海曙${piece}”的幼儿园，以下为海曙区中名称含“${piece}”的幼儿园的任务`);
    // 江北's officer: 海曙 lies outside the scope, so nothing is searched there and nothing is said.
    const elsewhere = (await list("jiangbei.market", query)).body as Body;
    expect([elsewhere.rows, elsewhere.searchWithin]).toEqual([[], null]);
    expect(await renderStatic(queueRoute.default, { url: `/officer/cases${query}`, loaderData: elsewhere })).not.toContain('data-testid="queue-search-within"');
  });

  it("pages back with 上一页 (keyset backwards from the page's first row) and 第一页, neither on the first page, in Chinese and English", async () => {
    const query = "?state=all&size=20";
    const at = async (search: string) => (await list("ningbo.lead", `${query}${search}`)).body as Body;
    const pager = async (body: Body, lang: "zh-CN" | "en" = "zh-CN") =>
      (await renderStatic(queueRoute.default, { url: "/officer/cases", loaderData: body, lang })).match(/<div class="pager">[\s\S]*?<\/div>/)?.[0] ?? "";
    const ids = (body: Body) => body.rows.map((r) => r.id);
    // Enough of the city's cases for three pages of 20 (the demo holds fewer), spread over two districts.
    const kgs = await t.db.selectFrom("kindergartens").select(["id", "region_code"]).where("region_code", "in", ["330203", "330205"]).execute();
    const extra = Array.from({ length: 50 }, (_, i) => `case_pager_${String(i).padStart(2, "0")}`);
    for (const [i, id] of extra.entries()) {
      const kg = kgs[i % kgs.length];
      await insertCase(t.db, { id, kindergartenId: kg.id, regionCode: kg.region_code, severity: (["red", "amber", "info"] as const)[i % 3], dueDate: `2099-0${1 + (i % 9)}-1${i % 10}` });
    }
    onTestFinished(async () => {
      await t.db.deleteFrom("inspection_cases").where("id", "in", extra).execute();
    });
    const first = await at("");
    expect(first.counts.byTab.all).toBeGreaterThan(40);
    expect([first.prev, first.firstPage]).toEqual([null, true]);
    const firstPager = await pager(first);
    expect(firstPager).toContain("下一页");
    expect(firstPager).not.toMatch(/queue-prev|queue-first|上一页|第一页/);
    const second = await at(`&after=${first.next}`);
    const third = await at(`&after=${second.next}`);
    const thirdPager = await pager(third);
    expect(thirdPager).toContain(`data-testid="queue-prev" data-discover="true" href="/officer/cases?state=all&amp;size=20&amp;before=${third.prev}">← 上一页</a>`);
    expect(thirdPager).toContain(`data-testid="queue-first" data-discover="true" href="/officer/cases?state=all&amp;size=20">第一页</a>`);
    expect(textOf(await pager(third, "en"))).toMatch(/First page\s*← Previous page\s*Next page →/);
    // Back along the links: the pages shown going forward, then the first page, with no link back.
    const back = await at(`&before=${third.prev}`);
    expect(ids(back)).toEqual(ids(second));
    const start = await at(`&before=${back.prev}`);
    expect([ids(start), start.prev, start.firstPage]).toEqual([ids(first), null, true]);
    expect(await pager(start)).not.toMatch(/上一页|第一页/);
    // Both directions at once: the next page is read, the previous-page cursor ignored and named; a mangled one too.
    const both = await list("ningbo.lead", `${query}&after=${second.next}&before=${third.prev}`);
    expect([both.status, ids(both.body as Body), (both.body as Body).ignored]).toEqual([200, ids(third), ["before"]]);
    const mangled = await list("ningbo.lead", `${query}&before=%25%25&sort=due`);
    expect([mangled.status, (mangled.body as Body).ignored, (mangled.body as Body).firstPage]).toEqual([200, ["before"], true]);
  });

  it("ignores and names bad parameters, never a 5xx", async () => {
    const r = await list("haishu.market", `?state=bogus&within=999&size=7&after=%25%25&q=${"长".repeat(300)}&severity=red&severity=amber`);
    expect(r.status).toBe(200);
    expect((r.body as Body).ignored.sort()).toEqual(["after", "severity", "size", "state", "within"]);
  });

  it("is refused to operators and sends anonymous users to sign in", async () => {
    expect((await list("kg006")).status).toBe(403);
    const anonymous = await list(null);
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login/);
  });
});

describe("the district filter", () => {
  const hrefs = (markup: string, testId: string) => [...(markup.match(new RegExp(`data-testid="${testId}"[\\s\\S]*?</p>`))?.[0] ?? "").matchAll(/href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, "&"));

  it("offers a city lead the city's districts by name beside the search, and reads one of them as its own queue", async () => {
    const city = (await list("ningbo.lead")).body as Body & { choices: { districts: Array<{ code: string; name: string }> } };
    expect(city.choices.districts.map((d) => d.name)).toEqual(["海曙区", "江北区", "北仑区", "镇海区", "鄞州区"]);
    const markup = await renderStatic(queueRoute.default, { url: "/officer/cases", loaderData: city });
    const select = markup.match(/<select id="queue-district" name="district">[\s\S]*?<\/select>/)?.[0] ?? "";
    expect(textOf(select).trim()).toBe("全部区县 海曙区 江北区 北仑区 镇海区 鄞州区");
    expect(select).toContain('<option value="330205">江北区</option>');

    const r = await list("ningbo.lead", "?district=330205&state=all");
    expect(r.status).toBe(200);
    const body = r.body as Body;
    expect(body.ignored).toEqual([]);
    expect(body.filters.district).toBe("330205");
    const want = await t.db.selectFrom("inspection_cases").select("id").where("region_code", "=", "330205").execute();
    expect(want.length).toBeGreaterThan(0);
    expect(ids(body.rows)).toEqual(ids(want));
    expect(body.counts.byTab.all).toBe(want.length);
    // The figures above the tabs are the district's, and open the district's views; the tabs keep it.
    const html = await renderStatic(queueRoute.default, { url: "/officer/cases?district=330205&state=all", loaderData: body });
    expect(textOf(html)).toContain("江北区： 已超期");
    expect(hrefs(html, "queue-clock-counts")).toEqual(["/officer/cases?state=all&district=330205&overdue=1", "/officer/cases?state=all&district=330205&within=3", "/officer/cases?state=all&district=330205&assignee=me"]);
    expect(html).toMatch(/href="\/officer\/cases\?state=closed&amp;district=330205"/);
    expect(html).toMatch(/href="\/officer\/cases\/export\.csv\?state=all&amp;district=330205"/);
    expect(html).toContain('<option value="330205" selected="">江北区</option>');
  });

  it("ignores and names a rule no rule file has (a typo in a shared link), the rest applied; the export refuses it", async () => {
    const r = await list("haishu.market", "?rule=R99&severity=red");
    expect(r.status).toBe(200);
    const body = r.body as Body;
    expect([body.ignored, body.filters.rule, body.filters.severity]).toEqual([["rule"], undefined, "red"]);
    expect(ids(body.rows)).toEqual(ids(((await list("haishu.market", "?severity=red")).body as Body).rows));
    const html = textOf(await renderStatic(queueRoute.default, { url: "/officer/cases?rule=R99&severity=red", loaderData: body }));
    expect(html).toContain("以下查询参数无效，已忽略：触发规则");
    // A rule of the files, and the cases no rule opened, are read as always.
    for (const rule of ["R04", "A01", "COMPLAINT", "SPOT_CHECK"]) expect(((await list("haishu.market", `?rule=${rule}`)).body as Body).ignored, rule).toEqual([]);
    expect((await exportOf(csvRoute, "/officer/cases/export.csv?rule=R99", "haishu.market")).status).toBe(400);
  });

  it("is not offered to a district officer, whose asking for another district's code is ignored and named: their own cases only", async () => {
    const own = (await list("haishu.market")).body as Body & { choices: { districts: unknown[] } };
    expect(own.choices.districts).toEqual([]);
    expect(await renderStatic(queueRoute.default, { url: "/officer/cases", loaderData: own })).not.toContain('name="district"');
    const r = await list("haishu.market", "?district=330205&state=all");
    expect(r.status).toBe(200);
    const body = r.body as Body;
    expect(body.ignored).toEqual(["district"]);
    expect(body.filters.district).toBeUndefined();
    expect(ids(body.rows)).toEqual(ids(await t.db.selectFrom("inspection_cases").select("id").where("region_code", "=", "330203").execute()));
    const html = textOf(await renderStatic(queueRoute.default, { url: "/officer/cases?district=330205&state=all", loaderData: body }));
    expect(html).toContain("以下查询参数无效，已忽略：区县");
    // A code of no district of the city, for the city lead: ignored and named the same way.
    expect(((await list("ningbo.lead", "?district=330106")).body as Body).ignored).toEqual(["district"]);
  });

  it("exports the district chosen, and refuses a district outside the scope with 400", async () => {
    const res = await exportOf(csvRoute, "/officer/cases/export.csv?state=all&district=330203", "ningbo.lead");
    expect(res.status).toBe(200);
    const [, ...rows] = Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows.map((r) => r[0]).sort()).toEqual(ids(await t.db.selectFrom("inspection_cases").select("id").where("region_code", "=", "330203").execute()));
    for (const [user, path] of [
      ["haishu.market", "/officer/cases/export.csv?district=330205"],
      ["haishu.market", "/officer/cases/export.xlsx?district=330205"],
      ["ningbo.lead", "/officer/cases/export.csv?district=330106"],
    ] as const) {
      const refused = await exportOf(path.includes("xlsx") ? xlsxRoute : csvRoute, path, user);
      expect(refused.status, path).toBe(400);
      expect(await refused.text(), path).toContain("district");
    }
  });
});

describe("bulk assignment", () => {
  it("assigns the ticked cases of the district and skips another district's with its reason", async () => {
    const haishu = (await openCases("330203")).slice(0, 2).map((c) => c.id);
    const jiangbei = (await openCases("330205"))[0].id;
    const colleague = await t.db.selectFrom("users").select("id").where("username", "=", "haishu.market2").executeTakeFirstOrThrow();
    const form = new URLSearchParams({ intent: "bulk_assign", assignee: colleague.id });
    for (const id of [...haishu, jiangbei]) form.append("caseId", id);
    const r = await post("haishu.market", form);
    expect(r.status).toBe(200);
    const body = r.body as { assigned: number; skipped: Array<{ id: string; reason: string }> };
    // A case already with this officer is skipped too ("already assigned"), never assigned twice.
    const already = body.skipped.filter((s) => s.reason === "case.assign.same").map((s) => s.id);
    expect(body.assigned + already.length).toBe(2);
    expect(body.skipped).toContainEqual({ id: jiangbei, reason: "case.notFound" });
    const rows = await t.db.selectFrom("inspection_cases").select(["id", "assigned_to"]).where("id", "in", haishu).execute();
    expect(rows.every((c) => c.assigned_to === colleague.id)).toBe(true);
    const mine = (await list("haishu.market2", "?assignee=me&size=100")).body as Body;
    expect(mine.rows.map((c) => c.id)).toEqual(expect.arrayContaining(haishu));
  });

  it("is not offered for closed cases: no tick box on a closed row, none at all on the closed tab; a closed case posted is skipped as closed", async () => {
    const closed = await t.db.selectFrom("inspection_cases").select("id").where("region_code", "=", "330203").where("status", "=", "closed").execute();
    expect(closed.length).toBeGreaterThan(0);
    const boxes = (html: string) => [...html.matchAll(/<input[^>]*name="caseId"[^>]*>/g)].map((m) => m[0].match(/value="([^"]+)"/)![1]);
    const closedTab = (await list("haishu.market", "?state=closed")).body as Body;
    expect(closedTab.rows.length).toBeGreaterThan(0);
    expect(closedTab.assignees.length).toBeGreaterThan(0);
    const closedHtml = await renderStatic(queueRoute.default, { url: "/officer/cases?state=closed", loaderData: closedTab });
    expect(closedHtml).not.toContain('data-testid="bulk-assign"');
    expect(boxes(closedHtml)).toEqual([]);
    // Every state: the closed rows have no box, the others keep theirs and the form.
    const all = (await list("haishu.market", "?state=all&size=100")).body as Body;
    const allHtml = await renderStatic(queueRoute.default, { url: "/officer/cases?state=all&size=100", loaderData: all });
    expect(allHtml).toContain('data-testid="bulk-assign"');
    expect(boxes(allHtml).sort()).toEqual(ids(all.rows.filter((c) => c.status !== "closed")));
    expect(all.rows.some((c) => c.status === "closed")).toBe(true);
    // Posted anyway (a stale page): the domain refuses it, said in words.
    const colleague = await t.db.selectFrom("users").select("id").where("username", "=", "haishu.market2").executeTakeFirstOrThrow();
    const r = await post("haishu.market", { intent: "bulk_assign", assignee: colleague.id, caseId: closed[0].id });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ assigned: 0, skipped: [{ id: closed[0].id, reason: "case.state.closed" }] });
    expect((await t.db.selectFrom("inspection_cases").select("status").where("id", "=", closed[0].id).executeTakeFirstOrThrow()).status).toBe("closed");
  });

  it("is refused to a role without assign:case:region, to bad posts and to too many cases", async () => {
    const id = (await openCases("330203"))[0].id;
    const ndrc = await post("haishu.ndrc", { intent: "bulk_assign", assignee: "x", caseId: id });
    expect(ndrc.status).toBe(403);
    expect((await post("kg006", { intent: "bulk_assign", assignee: "x", caseId: id })).status).toBe(403);
    expect((await post("haishu.market", { intent: "nope" })).status).toBe(400);
    expect((await post("haishu.market", { intent: "bulk_assign", assignee: "" , caseId: id })).status).toBe(400);
    const many = new URLSearchParams({ intent: "bulk_assign", assignee: "x" });
    for (let i = 0; i < 101; i++) many.append("caseId", `id${i}`);
    expect((await post("haishu.market", many)).status).toBe(400);
    const tooMany = new URLSearchParams({ intent: "bulk_assign", assignee: "x" });
    for (let i = 0; i < 500; i++) tooMany.append("caseId", `id${i}`);
    expect((await post("haishu.market", tooMany)).status).toBe(400);
    const json = await callRoute(queueRoute.action, "/officer/cases?index", { cookie: cookies["haishu.market"], method: "POST", headers: { "Content-Type": "application/json" } });
    expect(json.status).toBe(415);
  });
});

const exportOf = async (route: typeof csvRoute | typeof xlsxRoute, path: string, user: User | null) => {
  try {
    return await (route.loader as (args: unknown) => Promise<Response>)({ request: buildRequest(path, { cookie: user ? cookies[user] : null }), params: {}, context: { requestId: "export-test" } });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
};

describe("exports", () => {
  const audits = () => t.db.selectFrom("audit_log").select(["action", "detail", "actor_id"]).where("action", "=", "case.export").orderBy("created_at").orderBy("id").execute();
  // The audit row is written once the body has been written out (it says whether the export was complete), so the
  // client can hold the whole file a moment before the row is committed.
  const auditsAfter = (before: number) =>
    vi.waitFor(async () => {
      const rows = await audits();
      if (rows.length <= before) throw new Error("the export's audit row is not there yet");
      return rows;
    });

  it("CSV: UTF-8 with a BOM, the filtered view, and an audit row with the filters and the row count", async () => {
    const before = (await audits()).length;
    const res = await exportOf(csvRoute, "/officer/cases/export.csv?severity=red", "haishu.market");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    // Named by the officer's day in Asia/Shanghai, not by UTC's (an export at 07:00 in Beijing is of that day).
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="cases-${shanghaiDate()}.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(header.slice(0, 3)).toEqual(["任务编号", "幼儿园", "统一社会信用代码"]);
    const want = await openCases("330203", { severity: "red" });
    expect(rows.map((r) => r[0]).sort()).toEqual(want.map((c) => c.id).sort());
    expect(rows.every((r) => r[7] === "红色预警" && r[3] === "海曙区")).toBe(true);
    const logged = await auditsAfter(before);
    expect(logged.length).toBe(before + 1);
    expect(JSON.parse(logged[logged.length - 1].detail)).toMatchObject({ format: "csv", rows: want.length, complete: true, filters: { state: "open", severity: "red" } });
  });

  it("XLSX: a workbook of the filtered view, every state", async () => {
    const before = (await audits()).length;
    const res = await exportOf(xlsxRoute, "/officer/cases/export.xlsx?state=all", "jiangbei.market");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe("检查任务队列");
    const ids: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) ids.push(String(row.getCell(1).value));
    });
    const want = await t.db.selectFrom("inspection_cases").select("id").where("region_code", "=", "330205").execute();
    expect(ids.sort()).toEqual(want.map((c) => c.id).sort());
    expect(String(sheet.getRow(1).getCell(2).value)).toBe("幼儿园");
    const logged = await auditsAfter(before);
    expect(JSON.parse(logged[logged.length - 1].detail)).toMatchObject({ format: "xlsx", rows: want.length, complete: true });
  });

  it("says each deadline in the queue page's words: overdue by date with no working day since, due today, days left or overdue", async () => {
    // Read on Saturday 2026-12-05: a Friday deadline is overdue with 0 working days since; the page says 已超期, not 0.
    const now = new Date("2026-12-05T02:00:00.000Z");
    const kg = await t.db.selectFrom("kindergartens").select("id").where("region_code", "=", "330203").orderBy("id").executeTakeFirstOrThrow();
    const cases = [
      { dueDate: "2026-12-04", dueKind: "verify", dueState: "overdue", want: ["已超期", "Overdue"] },
      { dueDate: "2026-12-05", dueKind: "verify", dueState: "due_soon", want: ["今天到期", "Due today"] },
      { dueDate: "2026-12-02", dueKind: "answer", dueState: "overdue", want: ["超期 2 个工作日", "2 working days overdue"] },
      { dueDate: "2026-12-10", dueKind: "verify", dueState: "ok", want: ["剩 4 个工作日", "4 working days left"] },
      { dueDate: "2026-12-03", dueKind: "decision", dueState: "overdue", want: ["超期 2 日", "2 days overdue"] },
    ] as const;
    const ids: string[] = [];
    for (const c of cases) {
      ids.push(await insertCase(t.db, { kindergartenId: kg.id, regionCode: "330203", severity: "info", status: "in_progress", dueDate: c.dueDate, dueKind: c.dueKind, dueState: c.dueState, ruleId: "R05", term: "2026-autumn" }));
    }
    try {
      const exported = async (lang: "zh-CN" | "en") => {
        const cookie = lang === "en" ? `${cookies["haishu.market"]}; ${(await commitLang("en")).split(";")[0]}` : cookies["haishu.market"];
        const res = await caseExportResponse(buildRequest("/officer/cases/export.csv?state=all&rule=R05&term=2026-autumn", { cookie }), "csv", "export-test", now);
        const [header, ...rows] = Papa.parse<string[]>(await res.text(), { skipEmptyLines: true }).data;
        const col = header.indexOf(lang === "en" ? "Left / overdue" : "剩余／超期");
        expect(col, header.join(",")).toBeGreaterThan(0);
        return new Map(rows.map((r) => [r[0], r[col]]));
      };
      const zh = await exported("zh-CN");
      const en = await exported("en");
      cases.forEach((c, i) => {
        expect(zh.get(ids[i]), c.dueDate).toBe(c.want[0]);
        expect(en.get(ids[i]), c.dueDate).toBe(c.want[1]);
      });
    } finally {
      await t.db.deleteFrom("case_events").where("case_id", "in", ids).execute();
      await t.db.deleteFrom("inspection_cases").where("id", "in", ids).execute();
    }
  });

  it("is refused to operators, answers bad parameters with 400, and the admin exports everywhere", async () => {
    expect((await exportOf(csvRoute, "/officer/cases/export.csv", "kg006")).status).toBe(403);
    expect((await exportOf(xlsxRoute, "/officer/cases/export.xlsx", "kg006")).status).toBe(403);
    expect((await exportOf(csvRoute, "/officer/cases/export.csv", null)).status).toBe(302);
    expect((await exportOf(csvRoute, "/officer/cases/export.csv?within=999", "haishu.market")).status).toBe(400);
    const admin = await exportOf(csvRoute, "/officer/cases/export.csv?state=all", "admin");
    expect(admin.status).toBe(200);
    const lines = (await admin.text()).trim().split("\r\n");
    const all = await t.db.selectFrom("inspection_cases").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(lines.length - 1).toBe(Number(all.n));
  });
});

/** Text as typed on a full-width keyboard: ASCII letters and digits at their full width, spaces as U+3000. */
const fullWidth = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
const ids = (rows: Array<{ id: string }>) => rows.map((c) => c.id).sort();

describe("the queue as officers type and combine filters", () => {
  it("finds a kindergarten by its USCC typed full-width or in lower case, and by its name with a space typed inside", async () => {
    const kg = await t.db
      .selectFrom("inspection_cases as c")
      .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
      .select(["k.id", "k.uscc", "k.name_in_use"])
      .where("c.region_code", "=", "330203")
      .orderBy("c.id")
      .executeTakeFirstOrThrow();
    const theirs = ids(await t.db.selectFrom("inspection_cases").select("id").where("kindergarten_id", "=", kg.id).execute());
    for (const q of [fullWidth(kg.uscc), fullWidth(kg.uscc.toLowerCase()), `${kg.uscc.slice(0, 9)} ${kg.uscc.slice(9).toLowerCase()}`]) {
      const body = (await list("haishu.market", `?state=all&size=100&q=${encodeURIComponent(q)}`)).body as Body;
      expect(body.ignored, q).toEqual([]);
      expect(ids(body.rows), q).toEqual(theirs);
    }
    const chars = Array.from(kg.name_in_use);
    for (const q of [`${chars.slice(0, 2).join("")} ${chars.slice(2).join("")}`, `${chars.slice(0, 2).join("")}　${chars.slice(2, 5).join("")}`]) {
      const body = (await list("haishu.market", `?state=all&size=100&q=${encodeURIComponent(q)}`)).body as Body;
      expect(ids(body.rows), q).toEqual(expect.arrayContaining(theirs));
    }
  });

  it("shows the cases overdue or due within N days when both are asked, says so, and exports the same", async () => {
    const overdue = ids(((await list("haishu.market", "?overdue=1&size=100")).body as Body).rows);
    const within = ids(((await list("haishu.market", "?within=20&size=100")).body as Body).rows);
    expect(overdue.length).toBeGreaterThan(0);
    expect(within.length).toBeGreaterThan(0);
    const both = (await list("haishu.market", "?overdue=1&within=20&size=100")).body as Body;
    expect(both.ignored).toEqual([]);
    expect(both.conflicts).toEqual([{ params: ["overdue", "within"], applied: "either" }]);
    expect(ids(both.rows)).toEqual([...new Set([...overdue, ...within])].sort());
    expect(((await list("haishu.market", "?overdue=1")).body as Body).conflicts).toEqual([]);
    const res = await exportOf(csvRoute, "/officer/cases/export.csv?overdue=1&within=20", "haishu.market");
    expect(res.status).toBe(200);
    const [, ...rows] = Papa.parse<string[]>(await res.text(), { skipEmptyLines: true }).data;
    expect(rows.map((r) => r[0]).sort()).toEqual(ids(both.rows));
  });

  it("finds a name typed in traditional characters, as the public search does", async () => {
    const kg = await t.db
      .selectFrom("inspection_cases as c")
      .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
      .select(["k.id", "k.name_in_use"])
      .where("c.region_code", "=", "330203")
      .orderBy("c.id")
      .executeTakeFirstOrThrow();
    const theirs = ids(await t.db.selectFrom("inspection_cases").select("id").where("kindergarten_id", "=", kg.id).execute());
    const traditional = toTraditional(kg.name_in_use);
    expect(traditional).not.toBe(kg.name_in_use);
    const body = (await list("haishu.market", `?state=all&size=100&q=${encodeURIComponent(traditional)}`)).body as Body;
    expect(ids(body.rows)).toEqual(expect.arrayContaining(theirs));
    expect(body.rows.length).toBeGreaterThan(0);
    // Still the district's: another district's officer finds nothing by it.
    expect(((await list("jiangbei.market", `?state=all&q=${encodeURIComponent(traditional)}`)).body as Body).rows).toEqual([]);
  });

  it("says which filter a tab leaves out instead of an empty table, counts the tab so, exports the same and links each alone", async () => {
    const closed = ids(((await list("haishu.market", "?state=closed&size=100")).body as Body).rows);
    expect(closed.length).toBeGreaterThan(0);
    const r = await list("haishu.market", "?state=closed&overdue=1&size=100");
    const body = r.body as Body;
    expect(body.conflicts).toEqual([{ params: ["state", "overdue"], applied: "ignored", ignored: "overdue" }]);
    expect(body.filters.overdue).toBe(true); // kept in the URL for the other tabs
    expect(ids(body.rows)).toEqual(closed);
    expect(body.counts.byTab.closed).toBe(closed.length);
    const open = ((await list("haishu.market", "?overdue=1&size=100")).body as Body).rows.length;
    expect(body.counts.byTab.open).toBe(open);
    const html = textOf(await renderStatic(queueRoute.default, { url: "/officer/cases?state=closed&overdue=1&size=100", loaderData: body }));
    expect(html).toContain("“已结案”的任务不再计算期限，不会超期：本页未按“仅看已超期”筛选，显示全部“已结案”的任务。");
    expect(html).toContain(`已结案 (${closed.length})`);
    const markup = await renderStatic(queueRoute.default, { url: "/officer/cases?state=closed&overdue=1&size=100", loaderData: body });
    const keep = (param: string) => markup.match(new RegExp(`<a [^>]*data-keep="${param}"[^>]*>`))?.[0].match(/href="([^"]*)"/)?.[1];
    expect(keep("state")).toBe("/officer/cases?state=closed&amp;size=100");
    expect(keep("overdue")).toBe("/officer/cases?overdue=1&amp;size=100");
    const res = await exportOf(csvRoute, "/officer/cases/export.csv?state=closed&overdue=1", "haishu.market");
    expect(res.status).toBe(200);
    const [, ...rows] = Papa.parse<string[]>(await res.text(), { skipEmptyLines: true }).data;
    expect(rows.map((row) => row[0]).sort()).toEqual([...closed].sort());
  });

  it("a rule from another source than the one chosen: the source is left out and the page says why, by name", async () => {
    const complaints = ids(((await list("haishu.market", "?state=all&rule=COMPLAINT&size=100")).body as Body).rows);
    const body = (await list("haishu.market", "?state=all&rule=COMPLAINT&source=rule&size=100")).body as Body;
    expect(body.conflicts).toEqual([{ params: ["rule", "source"], applied: "ignored", ignored: "source" }]);
    expect(ids(body.rows)).toEqual(complaints);
    const html = textOf(await renderStatic(queueRoute.default, { url: "/officer/cases?state=all&rule=COMPLAINT&source=rule&size=100", loaderData: body }));
    expect(html).toMatch(/“[^”]+”的任务来源是“投诉举报”，不会来自“规则预警”：未按来源筛选，显示该规则的全部任务。/);
    expect(html).toContain("只看来源“规则预警”");
  });

  describe("settled cases", () => {
    const decided = "case_route_decided";
    const closed = "case_route_closed";
    const warned = "case_route_warned";
    beforeAll(async () => {
      const kg = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow();
      // Stale due dates long past: by them these would have led the queue.
      for (const [id, status] of [[decided, "decided"], [closed, "closed"], [warned, "closed"]] as const) {
        await insertCase(t.db, { id, kindergartenId: kg.kindergarten_id!, regionCode: "330203", severity: "red", dueDate: "2020-01-06", status, ruleId: "R07", term: "2019-autumn", dueKind: null });
      }
      await t.db
        .updateTable("inspection_cases")
        .set({ decision_kind: "penalty", decision_basis: "price-law-art39", decided_on: "2020-03-02", closed_on: "2020-04-01", decision_detail: JSON.stringify({ amountFen: 5_000_050, article: "art9", documentNo: "甬海市监罚〔2020〕7号", decisionDate: "2020-02-28" }) })
        .where("id", "=", closed)
        .execute();
      await t.db
        .updateTable("inspection_cases")
        .set({ decision_kind: "penalty", decision_basis: "preschool-law-art79", decided_on: "2020-04-02", closed_on: "2020-04-02", decision_detail: JSON.stringify({ sanction: "warning", documentNo: "海教罚〔2020〕1号", decisionDate: "2020-02-01" }) })
        .where("id", "=", warned)
        .execute();
      await t.db
        .updateTable("inspection_cases")
        .set({ decision_kind: "refund_ordered", decision_basis: "price-law-art41", decided_on: "2020-03-20", decision_detail: JSON.stringify({ byDate: "2020-04-20", amountFen: 123_400, families: 7, noticeNo: "甬海市监责退〔2020〕3号" }) })
        .where("id", "=", decided)
        .execute();
    });
    afterAll(async () => {
      await t.db.deleteFrom("inspection_cases").where("id", "in", [decided, closed, warned]).execute();
    });

    it("come after the live cases, latest settled first, with when they were settled instead of a deadline", async () => {
      const rows = ((await list("haishu.market", "?state=all&size=100")).body as Body).rows as Row[];
      const firstSettled = rows.findIndex((r) => r.settledOn !== null);
      expect(firstSettled).toBeGreaterThan(0);
      // Live first (in the priority order), then only settled ones, latest first.
      expect(rows.slice(firstSettled).every((r) => r.settledOn !== null && r.due === null && r.dueState === "ok")).toBe(true);
      const settledOn = rows.slice(firstSettled).map((r) => r.settledOn!);
      expect(settledOn).toEqual([...settledOn].sort().reverse());
      expect(rows.slice(-2).map((r) => r.id)).toEqual([closed, decided]);
      // The page's rows carry no decision (the exports do).
      expect(rows.every((r) => !("decision" in r))).toBe(true);
    });

    it("are exported with their decision, in Chinese and in English; cases no rule opened are named by their source", async () => {
      const res = await exportOf(csvRoute, "/officer/cases/export.csv?state=all", "haishu.market");
      const [header, ...rows] = Papa.parse<string[]>(await res.text(), { skipEmptyLines: true }).data;
      const col = (name: string) => header.indexOf(name);
      expect(header.slice(-12)).toEqual(["超期上报时间", "处理决定", "决定日期", "法律依据", "处罚条款（《价格违法行为行政处罚规定》）", "文书编号", "处罚种类", "金额（元）", "涉及家庭数", "整改／退费期限", "移送部门", "结案日期"]);
      const byId = new Map(rows.map((r) => [r[0], r]));
      const penalty = byId.get(closed)!;
      // A penalty stored before its sanction was recorded is the fine it was.
      expect([penalty[col("处理决定")], penalty[col("决定日期")], penalty[col("法律依据")], penalty[col("处罚条款（《价格违法行为行政处罚规定》）")], penalty[col("文书编号")], penalty[col("处罚种类")], penalty[col("金额（元）")], penalty[col("结案日期")]]).toEqual([
        "行政处罚",
        "2020-02-28",
        "《价格法》第三十九条",
        "《价格违法行为行政处罚规定》第九条",
        "甬海市监罚〔2020〕7号",
        "罚款",
        "50000.5",
        "2020-04-01",
      ]);
      // A warning under 学前教育法 Art. 79: no article, no amount.
      const warning = byId.get(warned)!;
      expect([warning[col("处理决定")], warning[col("法律依据")], warning[col("处罚条款（《价格违法行为行政处罚规定》）")], warning[col("处罚种类")], warning[col("金额（元）")]]).toEqual([
        "行政处罚",
        "《学前教育法》第七十九条",
        "",
        "警告",
        "",
      ]);
      const refund = byId.get(decided)!;
      expect(refund[col("处罚种类")]).toBe("");
      expect([refund[col("处理决定")], refund[col("决定日期")], refund[col("金额（元）")], refund[col("涉及家庭数")], refund[col("整改／退费期限")], refund[col("结案日期")]]).toEqual(["责令限期退还多收费用", "2020-03-20", "1234", "7", "2020-04-20", ""]);
      // An order's notice number (责退, from its authority's series) in the same column as a penalty's decision number,
      // as the case page shows it (文书编号).
      expect(refund[col("文书编号")]).toBe("甬海市监责退〔2020〕3号");
      // The rule column: a rule's id, or the source of a case no rule opened (never COMPLAINT / SPOT_CHECK).
      const rule = col("规则");
      const sources = await t.db.selectFrom("inspection_cases").select(["id", "rule_id"]).where("region_code", "=", "330203").where("rule_id", "in", ["COMPLAINT", "SPOT_CHECK"]).execute();
      expect(sources.length).toBeGreaterThan(0);
      for (const c of sources) expect(byId.get(c.id)![rule]).toBe(c.rule_id === "COMPLAINT" ? "投诉举报" : "双随机抽查");
      expect(rows.every((r) => r[rule] !== "COMPLAINT" && r[rule] !== "SPOT_CHECK")).toBe(true);
      expect(penalty[rule]).toBe("R07");

      const lang = (await commitLang("en")).split(";")[0];
      const en = await (xlsxRoute.loader as (args: unknown) => Promise<Response>)({
        request: buildRequest("/officer/cases/export.xlsx?state=closed", { cookie: `${cookies["haishu.market"]}; ${lang}` }),
        params: {},
        context: { requestId: "export-test" },
      });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await en.arrayBuffer());
      const sheet = workbook.worksheets[0];
      const head = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
      const sheetRows: unknown[][] = [];
      sheet.eachRow((r, n) => {
        if (n > 1) sheetRows.push((r.values as unknown[]).slice(1));
      });
      const row = sheetRows.find((r) => r[0] === closed)!;
      const cell = (name: string) => row[head.indexOf(name)];
      expect([cell("Decision"), cell("Decided on"), cell("Legal basis"), cell("Amount (yuan)"), cell("Document no."), cell("Closed on")]).toEqual([
        "Administrative penalty",
        "2020-02-28",
        expect.stringMatching(/Price Law/),
        50000.5,
        "甬海市监罚〔2020〕7号",
        "2020-04-01",
      ]);
      // The order's notice number in the English sheet too (the refund is decided, not closed: the whole view).
      const all = await (xlsxRoute.loader as (args: unknown) => Promise<Response>)({
        request: buildRequest("/officer/cases/export.xlsx?state=all", { cookie: `${cookies["haishu.market"]}; ${lang}` }),
        params: {},
        context: { requestId: "export-test" },
      });
      const allBook = new ExcelJS.Workbook();
      await allBook.xlsx.load(await all.arrayBuffer());
      const allSheet = allBook.worksheets[0];
      const allHead = (allSheet.getRow(1).values as unknown[]).slice(1).map(String);
      let refundNo: unknown = null;
      allSheet.eachRow((r, n) => {
        const values = (r.values as unknown[]).slice(1);
        if (n > 1 && values[0] === decided) refundNo = values[allHead.indexOf("Document no.")];
      });
      expect(refundNo).toBe("甬海市监责退〔2020〕3号");
      // And the Chinese sheet, the CSV's column.
      const zhBook = new ExcelJS.Workbook();
      await zhBook.xlsx.load(await (await exportOf(xlsxRoute, "/officer/cases/export.xlsx?state=all", "haishu.market")).arrayBuffer());
      const zhHead = (zhBook.worksheets[0].getRow(1).values as unknown[]).slice(1).map(String);
      let zhNo: unknown = null;
      zhBook.worksheets[0].eachRow((r, n) => {
        const values = (r.values as unknown[]).slice(1);
        if (n > 1 && values[0] === decided) zhNo = values[zhHead.indexOf("文书编号")];
      });
      expect(zhNo).toBe("甬海市监责退〔2020〕3号");
    });
  });
});

describe("decided in a month, a city's own cases, and the region choices' weight", () => {
  const thisMonth = () => shanghaiDate(new Date()).slice(0, 7);

  it("lists, counts and exports the cases decided this month (Shanghai), and the form offers this month and last by name", async () => {
    const month = thisMonth();
    // A decided case of the demo moved into this month, one of another month out of it.
    const decided = await t.db.selectFrom("inspection_cases").select(["id", "decided_on"]).where("decided_on", "is not", null).where("region_code", "like", "3302%").execute();
    expect(decided.length).toBeGreaterThan(0);
    const want = decided.filter((c) => c.decided_on!.startsWith(month)).map((c) => c.id);
    if (want.length === 0) {
      await t.db.updateTable("inspection_cases").set({ decided_on: `${month}-01` }).where("id", "=", decided[0].id).execute();
      want.push(decided[0].id);
    }
    forgetQueueCounts();
    const r = await list("ningbo.lead", "?decided=this_month&state=all");
    expect(r.status).toBe(200);
    const body = r.body as Body;
    expect(ids(body.rows)).toEqual(want.sort());
    expect(body.counts.byTab.all).toBe(want.length);
    const html = await renderStatic(queueRoute.default, { url: "/officer/cases?state=all&decided=this_month", loaderData: body });
    const [year, m] = month.split("-").map(Number);
    expect(html).toContain(`<option value="this_month" selected="">本月（${year}年${m}月）</option>`);
    expect(html).toContain('<option value="last_month">上月（');
    expect(html).toMatch(/href="\/officer\/cases\/export\.csv\?state=all&amp;decided=this_month"/);
    const res = await exportOf(csvRoute, "/officer/cases/export.csv?state=all&decided=this_month", "ningbo.lead");
    const [, ...rows] = Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows.map((row) => row[0]).sort()).toEqual(want.sort());
    // A district officer's month is their district's only.
    const own = (await list("jiangbei.market", "?decided=this_month&state=all&district=330203")).body as Body;
    expect(own.ignored).toEqual(["district"]);
    expect(own.rows.every((row) => row.regionName === "江北区")).toBe(true);
  });

  it("offers a city's own cases (市本级) to the city lead, labelled, and reads them alone", async () => {
    const kg = await t.db.insertInto("kindergartens").values({ ...(await t.db.selectFrom("kindergartens").selectAll().where("region_code", "=", "330203").executeTakeFirstOrThrow()), id: "kg_city_own", uscc: "52330200MJ0000001X", region_code: "330200", name_in_use: "宁波市直属机关幼儿园", approved_name: "宁波市直属机关幼儿园" }).returning("id").executeTakeFirstOrThrow();
    await insertCase(t.db, { id: "case_city_own", kindergartenId: kg.id, regionCode: "330200", severity: "red", dueDate: "2099-01-01" });
    forgetQueueCounts();
    const city = (await list("ningbo.lead")).body as Body & { choices: { districts: Array<{ code: string; name: string; own: boolean }> } };
    expect(city.choices.districts[0]).toEqual({ code: "330200", name: "宁波市", own: true });
    const markup = await renderStatic(queueRoute.default, { url: "/officer/cases", loaderData: city });
    expect(markup).toContain('<option value="330200" data-own="">宁波市（市本级）</option>');
    const own = (await list("ningbo.lead", "?district=330200&state=all")).body as Body;
    expect([own.ignored, ids(own.rows)]).toEqual([[], ["case_city_own"]]);
    expect(textOf(await renderStatic(queueRoute.default, { url: "/officer/cases?district=330200&state=all", loaderData: own }))).toContain("宁波市市本级： 已超期");
    // Not a district officer's.
    expect(((await list("haishu.market", "?district=330200")).body as Body).ignored).toEqual(["district"]);
    expect((await exportOf(csvRoute, "/officer/cases/export.csv?district=330200", "haishu.market")).status).toBe(400);
  });

  it("carries a province's or everyone's cities, then one city's districts: not every district of the country", async () => {
    // The country's shape: 31 provinces of 11 cities of 9 districts (with the demo's: 3,074 districts).
    const regions: Array<{ code: string; name: string; level: "province" | "city" | "district"; parent_code: string | null }> = [];
    for (let p = 11; p <= 42; p++) {
      if (p === 33) continue;
      regions.push({ code: `${p}0000`, name: `省${p}`, level: "province", parent_code: null });
      for (let c = 1; c <= 11; c++) {
        const city = `${p}${String(c).padStart(2, "0")}00`;
        regions.push({ code: city, name: `市${p}${c}`, level: "city", parent_code: `${p}0000` });
        for (let d = 1; d <= 9; d++) regions.push({ code: `${city.slice(0, 4)}0${d}`, name: `区${p}${c}${d}`, level: "district", parent_code: city });
      }
    }
    for (let i = 0; i < regions.length; i += 500) await t.db.insertInto("regions").values(regions.slice(i, i + 500)).onConflict((oc) => oc.column("code").doNothing()).execute();
    expect(regions.filter((r) => r.level === "district").length).toBe(3069);
    const weigh = async (query: string) => {
      const body = (await list("admin", query)).body as { choices: unknown };
      return { page: JSON.stringify(body).length, choices: JSON.stringify(body.choices).length };
    };
    const whole = await weigh("");
    console.info(`queue page data for the admin: ${JSON.stringify({ default: whole, cityChosen: await weigh("?city=110100"), districtChosen: await weigh("?district=330205") })}`);
    const admin = (await list("admin")).body as Body & { choices: { cities: unknown[]; districts: unknown[] } };
    expect([admin.choices.cities.length, admin.choices.districts.length]).toEqual([342, 0]);
    // Every district of the country among the choices was 257,000 characters of the page's 268,000 (measured before).
    expect(whole.page).toBeLessThan(60_000);
    const inCity = (await list("admin", "?district=110105")).body as Body & { choices: { city: string; districts: Array<{ code: string }> } };
    expect([inCity.choices.city, inCity.choices.districts.map((d) => d.code)]).toEqual(["110100", ["110101", "110102", "110103", "110104", "110105", "110106", "110107", "110108", "110109"]]);
    // Without JavaScript: the cities grouped by province, the districts once a city is chosen.
    const markup = await renderStatic(queueRoute.default, { url: "/officer/cases?district=110105", loaderData: inCity });
    expect(markup).toMatch(/<select id="queue-city" name="city">[\s\S]*<optgroup label="省11">/);
    expect(markup).toContain('<option value="110100" selected="">市111</option>');
    expect(markup).toContain('<option value="110105" selected="">区1115</option>');
    expect(await renderStatic(queueRoute.default, { url: "/officer/cases", loaderData: admin })).not.toContain('name="district"');
  });
});

describe("the search by several words (as the public search reads them)", () => {
  /** The cases of the demo's 爱弥儿国际幼儿园 (宁波市海曙区爱弥儿幼儿园有限公司), one inserted when it has none open. */
  const aimier = async () => {
    const kg = await t.db.selectFrom("kindergartens").select(["id", "region_code"]).where("name_in_use", "=", "爱弥儿国际幼儿园").executeTakeFirstOrThrow();
    const existing = await t.db.selectFrom("inspection_cases").select("id").where("kindergarten_id", "=", kg.id).execute();
    if (existing.length > 0) return ids(existing);
    await insertCase(t.db, { id: "case_words_aimier", kindergartenId: kg.id, regionCode: kg.region_code, severity: "amber", dueDate: "2099-01-10" });
    return ["case_words_aimier"];
  };
  const search = async (user: User, q: string, lang: "zh-CN" | "en" = "zh-CN") => {
    const query = `?state=all&size=100&q=${encodeURIComponent(q)}`;
    const r = await list(user, query);
    const body = r.body as Body;
    return { status: r.status, body, html: await renderStatic(queueRoute.default, { url: `/officer/cases${query}`, loaderData: body, lang }) };
  };

  it("splits at commas and 、 as at spaces; a region's name among the words, glued or not, is the region when nothing is found as typed", async () => {
    const theirs = await aimier();
    for (const q of ["爱弥儿，国际", "国际、爱弥儿", "爱弥儿,国际", "国际 海曙"]) {
      const { body } = await search("ningbo.lead", q);
      expect([ids(body.rows), body.searchWithin], q).toEqual([theirs, null]);
    }
    // 海曙爱弥儿 is in no name (海曙区爱弥儿…): the words are searched again within 海曙区, and the page says so.
    const { body, html } = await search("ningbo.lead", "国际 海曙爱弥儿");
    expect([ids(body.rows), body.searchWithin]).toEqual([theirs, expect.objectContaining({ name: "海曙区", rest: "国际 爱弥儿" })]);
    expect(textOf(html)).toContain("未找到名称含“国际 海曙爱弥儿”的幼儿园，以下为海曙区中名称含“国际 爱弥儿”的幼儿园的任务");
    // 江北's officer: 海曙 is outside the scope.
    expect(((await search("jiangbei.market", "国际 海曙爱弥儿")).body).rows).toEqual([]);
  });

  it("refuses more than five words at the search box, in both languages: 200, the filters and counts of the view without the search", async () => {
    const six = "爱弥儿 国际 海曙 幼儿 园所 双语";
    const whole = (await list("haishu.market", "?state=all&size=100")).body as Body;
    const zh = await search("haishu.market", six);
    expect(zh.status).toBe(200);
    expect([zh.body.searchRefused, zh.body.filters.q, zh.body.ignored]).toEqual([{ q: six, error: { key: "disclosure.search.tooManyTerms", vars: { max: 5 } } }, undefined, []]);
    expect([ids(zh.body.rows), zh.body.counts]).toEqual([ids(whole.rows), whole.counts]);
    // The box keeps the words, marked and described by the message under it; the tabs, chips and filters are there.
    const box = zh.html.match(/<input[^>]*id="queue-q"[^>]*>/)?.[0] ?? "";
    expect(box).toContain(`value="${six}"`);
    expect(box).toContain('aria-invalid="true"');
    expect(box).toContain('aria-describedby="queue-q-error"');
    expect(zh.html).toMatch(/<p id="queue-q-error" class="field-error">搜索词太多，请最多输入 5 个词（用空格或逗号分开）。<\/p>/);
    for (const testId of ["queue-tabs", "queue-severities", "queue-filters"]) expect(zh.html).toContain(`data-testid="${testId}"`);
    expect(zh.html).not.toContain('data-testid="queue-ignored"');
    const en = await search("haishu.market", six, "en");
    expect(en.html).toMatch(/<p id="queue-q-error" class="field-error">Too many words: at most 5 \(separated by spaces or commas\)\.<\/p>/);
    // Five words are searched; the tabs' links do not carry the refused search.
    expect((await search("haishu.market", "爱弥儿,国际,海曙,幼儿,园")).body.searchRefused).toBeNull();
    expect(zh.html).not.toMatch(/href="\/officer\/cases\?[^"]*q=/);
    // An export of it is refused, naming the search: a file holds what was asked for.
    const res = await exportOf(csvRoute, `/officer/cases/export.csv?q=${encodeURIComponent(six)}`, "haishu.market");
    expect([res.status, await res.text()]).toEqual([400, "查询参数无效 · Malformed query parameter: q\n"]);
  });

  it("never fails on separators only or many words", async () => {
    for (const q of ["，、,", " 、 ", Array.from({ length: 17 }, (_, i) => `词${i}`).join("，").slice(0, 50)]) {
      const r = await list("ningbo.lead", `?q=${encodeURIComponent(q)}`);
      expect(r.status, q).toBe(200);
    }
  });
});
