/**
 * The case queue in a real browser against the real server (demo data): a
 * district officer filters the queue (a GET form: the view is its URL),
 * reloads the URL as a bookmark would and finds the same view, ticks cases
 * and assigns them to a colleague in bulk, and downloads the view as CSV.
 * Screenshots go to tests/artifacts/case-queue/ (git-ignored).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate } from "~/utils/working-days";
import { insertCase } from "../factories/domain";
import { hydrated, signIn, text, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("case-queue");

describe("the case queue in a browser", () => {
  it("is filtered, bookmarked, assigned in bulk and downloaded", { timeout: 120_000 }, async () => {
    const today = shanghaiDate();
    // Two fresh red cases of kg006's kindergarten (海曙区), unassigned, due in three weeks.
    const ids = await withServerDb(journey, async (db) => {
      const operator = await db.selectFrom("users").select(["kindergarten_id", "region_code"]).where("username", "=", "kg006").executeTakeFirstOrThrow();
      const made: string[] = [];
      for (const term of ["2031-spring", "2031-autumn"]) {
        made.push(await insertCase(db, { kindergartenId: operator.kindergarten_id!, regionCode: operator.region_code!, severity: "red", dueDate: addDays(today, 21), ruleId: "R03", term, openedAt: new Date().toISOString() }));
      }
      return made;
    });

    const page = await journey.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await signIn(page, "haishu.market");
    await page.goto("/officer/cases");
    await hydrated(page);
    const filters = page.getByTestId("queue-filters");
    // Beyond the search and "overdue only", the filters are folded on a view that sets none of them.
    expect(await filters.getByLabel("级别").isVisible()).toBe(false);
    await filters.getByText("更多筛选条件与排序").click();
    await filters.getByLabel("级别").selectOption("red");
    await filters.getByLabel("触发规则").selectOption("R03");
    await filters.getByLabel("承办人").selectOption("none");
    await Promise.all([page.waitForURL(/severity=red/), filters.getByRole("button", { name: "筛选" }).click()]);
    const url = new URL(page.url());
    // The view's URL holds the filters chosen and nothing else (no empty or default parameters).
    expect(Object.fromEntries(url.searchParams)).toEqual({ severity: "red", rule: "R03", assignee: "none" });
    const rows = page.getByTestId("case-queue").locator("tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    // Each row names its clock in a word; the legend under the table gives its legal text once.
    expect(await text(rows.first().locator('[data-col="due"]'))).toContain("核查");
    const legend = await text(page.getByTestId("queue-clock-legend"));
    expect(legend).toContain("核查期限（15 个工作日");
    expect(legend.match(/核查期限/g)).toHaveLength(1);

    // A search that matches nothing says so, and offers the tab without filters (not "no open cases").
    await page.goto("/officer/cases?q=zzzz");
    const nothing = page.locator("p", { hasText: "没有符合筛选条件的检查任务。" });
    await nothing.waitFor();
    expect(await nothing.getByRole("link", { name: "清除筛选" }).getAttribute("href")).toBe("/officer/cases");

    // "Overdue" with "due within N days" cannot both hold: the page says so above the filters, shows either, and
    // links to each alone.
    await page.goto("/officer/cases?overdue=1&within=20");
    const conflict = page.getByTestId("queue-conflicts");
    await conflict.waitFor();
    expect(await text(conflict)).toContain("“仅看已超期”与“20 个工作日内到期”不能同时成立");
    expect(await conflict.locator('a[data-keep="overdue"]').getAttribute("href")).toBe("/officer/cases?overdue=1");
    expect(await conflict.locator('a[data-keep="within"]').getAttribute("href")).toBe("/officer/cases?within=20");

    // A closed case says when it was closed, not its last deadline.
    const closedId = await withServerDb(journey, async (db) => {
      const operator = await db.selectFrom("users").select(["kindergarten_id", "region_code"]).where("username", "=", "kg006").executeTakeFirstOrThrow();
      const id = await insertCase(db, { kindergartenId: operator.kindergarten_id!, regionCode: operator.region_code!, severity: "red", dueDate: "2020-01-06", status: "closed", ruleId: "R03", term: "2019-autumn" });
      await db.updateTable("inspection_cases").set({ decided_on: "2020-03-02", closed_on: "2020-04-01" }).where("id", "=", id).execute();
      return id;
    });
    await page.goto("/officer/cases?state=closed&size=100");
    const closedRow = page.getByTestId("case-queue").locator(`tbody tr:has(a[href^="/officer/cases/${closedId}?"])`);
    expect(await text(closedRow.locator('[data-col="due"]'))).toBe("2020-04-01 结案");

    // A colleague's cases: the filter offers them by name, and a bookmark of that view keeps the choice.
    await page.goto("/officer/cases");
    await hydrated(page);
    await page.getByTestId("queue-filters").getByText("更多筛选条件与排序").click();
    await page.getByTestId("queue-filters").getByLabel("承办人").selectOption({ label: "海曙区市场监督管理局（执法二组）" });
    await Promise.all([page.waitForURL(/assignee=/), page.getByTestId("queue-filters").getByRole("button", { name: "筛选" }).click()]);
    const colleague = new URL(page.url()).searchParams.get("assignee")!;
    expect(colleague).toMatch(/^[0-9A-Z]{26}$/);
    await page.reload();
    await hydrated(page);
    expect(await page.getByTestId("queue-filters").getByLabel("承办人").inputValue()).toBe(colleague);

    // A bookmark: the same URL loaded afresh shows the same view, the form filled in.
    await page.goto(url.pathname + url.search);
    await hydrated(page);
    // Unfolded, as the view sets three of them.
    expect(await text(page.getByTestId("queue-more-filters").locator("summary"))).toBe("更多筛选条件与排序（已选 3 项）");
    expect(await page.getByTestId("queue-filters").getByLabel("级别").isVisible()).toBe(true);
    expect(await page.getByTestId("queue-filters").getByLabel("级别").inputValue()).toBe("red");
    expect(await page.getByTestId("case-queue").locator("tbody tr").count()).toBe(await rows.count());
    await journey.screenshot(page, "filtered");

    // One box ticks (and unticks) every case of the page, and the form says how many are ticked.
    const tickAll = page.getByTestId("bulk-tick-all");
    const onPage = await rows.count();
    expect(await text(tickAll)).toBe(`勾选本页全部 ${onPage} 个任务已勾选 0 个`);
    await tickAll.getByRole("checkbox").check();
    expect(await page.locator('input[name="caseId"]:checked').count()).toBe(onPage);
    expect(await text(tickAll)).toBe(`勾选本页全部 ${onPage} 个任务已勾选 ${onPage} 个`);
    await tickAll.getByRole("checkbox").uncheck();
    expect(await page.locator('input[name="caseId"]:checked').count()).toBe(0);

    // Tick the two new cases and give them to a colleague.
    for (const id of ids) await page.locator(`input[name="caseId"][value="${id}"]`).check();
    expect(await text(tickAll)).toBe(`勾选本页全部 ${onPage} 个任务已勾选 2 个`);
    const bulk = page.getByTestId("bulk-assign");
    await bulk.getByLabel("指派给").selectOption({ label: "海曙区市场监督管理局（执法二组）" });
    await bulk.getByRole("button", { name: "指派勾选的任务" }).click();
    const result = page.getByTestId("bulk-result");
    await result.waitFor();
    expect(await text(result)).toContain("已指派 2 个任务，0 个未能指派");
    // The address is still the view's, as bookmarked: not the index route's post (`?index&…`).
    const viewUrl = new URL(page.url());
    expect(viewUrl.searchParams.has("index"), page.url()).toBe(false);
    // The view is "unassigned": the two cases are gone from it.
    for (const id of ids) await page.locator(`input[name="caseId"][value="${id}"]`).waitFor({ state: "detached" });
    const assigned = await withServerDb(journey, (db) => db.selectFrom("inspection_cases as c").innerJoin("users as u", "u.id", "c.assigned_to").select("u.username").where("c.id", "in", ids).execute());
    expect(assigned.map((a) => a.username)).toEqual(["haishu.market2", "haishu.market2"]);
    await journey.screenshot(page, "assigned");

    // The view as CSV: the same filters, Chinese intact.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("queue-export").getByRole("link", { name: "CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain("任务编号,幼儿园");
    for (const id of ids) expect(csv).not.toContain(id); // now assigned: outside "unassigned"

    // In a view the assigned cases stay in (no assignee filter), their boxes are unticked once assigned, the count
    // with them: left ticked, they went along unseen with the next assignment made on the page.
    await page.goto("/officer/cases?severity=red&rule=R03");
    await hydrated(page);
    for (const id of ids) await page.locator(`input[name="caseId"][value="${id}"]`).check();
    expect(await text(tickAll)).toContain("已勾选 2 个");
    await bulk.getByLabel("指派给").selectOption({ label: "海曙区市场监督管理局（执法三组）" });
    await bulk.getByRole("button", { name: "指派勾选的任务" }).click();
    await page.getByTestId("bulk-result").filter({ hasText: "已指派 2 个任务" }).waitFor();
    await expect.poll(() => page.locator('input[name="caseId"]:checked').count()).toBe(0);
    for (const id of ids) expect(await page.locator(`input[name="caseId"][value="${id}"]`).isChecked()).toBe(false);
    expect(await text(tickAll)).toContain("已勾选 0 个");
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe("/officer/cases?severity=red&rule=R03");

    // Posted with no one chosen: told by the choice at the foot of the page, which takes focus (not above the table).
    await page.goto("/officer/cases?severity=red&rule=R03");
    await hydrated(page);
    await page.locator(`input[name="caseId"][value="${ids[0]}"]`).check();
    await bulk.getByRole("button", { name: "指派勾选的任务" }).click();
    const message = page.locator("#bulk-assignee-error");
    await message.waitFor();
    expect(await text(message)).toBe("请选择承办人");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("bulk-assignee");
    expect(await page.locator("#bulk-assignee").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator(".form-error").count()).toBe(0);
    expect(new URL(page.url()).search).toBe("?severity=red&rule=R03");
    await journey.screenshot(page, "no-assignee");
    expect(journey.errors).toEqual([]);
  });

  it("shows a district officer their cases on a laptop's first screen, the search and 'overdue only' above them, the figures counting the view they open, the search kept", { timeout: 120_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, "haishu.market");
    await page.goto("/officer/cases");
    await hydrated(page);
    const firstRow = page.getByTestId("case-queue").locator("tbody tr").first();
    const box = await firstRow.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(768);
    await journey.screenshot(page, "laptop-first-screen");
    // A busy day: the overdue cases, found by a name, in one line of the form.
    const filters = page.getByTestId("queue-filters");
    await filters.getByLabel("幼儿园名称或统一社会信用代码").fill("童话");
    await filters.getByLabel("仅看已超期", { exact: true }).check();
    await Promise.all([page.waitForURL(/overdue=1/), filters.getByLabel("幼儿园名称或统一社会信用代码").press("Enter")]);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ overdue: "1", q: "童话" });
    // The figure counts this view's overdue cases, the search kept: as many rows as it counts, and it is the view shown.
    const figures = page.getByTestId("queue-clock-counts");
    const figure = figures.getByRole("link", { name: /^已超期 \d+ 件$/ });
    // The address changes as the navigation commits, the page's render just after: read the figures once it is marked.
    await figures.locator('a[aria-current="page"]', { hasText: "已超期" }).waitFor();
    const counted = Number(/\d+/.exec(await text(figure))![0]);
    expect(await figure.getAttribute("aria-current")).toBe("page");
    const rows = page.getByTestId("case-queue").locator("tbody tr");
    expect(counted).toBeGreaterThan(0);
    await rows.first().waitFor();
    expect(await rows.count()).toBe(counted);
    expect(await page.locator('[data-testid="case-queue"] tbody tr[data-due-state="overdue"]').count()).toBe(counted);
    // Its neighbours keep the search too: my cases among the overdue ones found by the name.
    await Promise.all([page.waitForURL((u) => u.search === `?assignee=me&overdue=1&q=${encodeURIComponent("童话")}`), figures.getByRole("link", { name: "我的任务" }).click()]);
    await hydrated(page);
    await figures.locator('a[aria-current="page"]', { hasText: "我的任务" }).waitFor();
    expect(journey.errors).toEqual([]);
  });

  it("takes a city lead from the dashboard's district row to that district's cases in one click, and lets them choose another beside the search", { timeout: 120_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, "ningbo.lead");
    await page.goto("/officer/dashboard");
    await hydrated(page);
    const haishu = page.getByTestId("dashboard-districts").locator("tr", { hasText: "海曙区" });
    const overdue = haishu.locator('a[href$="&overdue=1"]');
    const counted = Number(await text(overdue));
    expect(counted).toBeGreaterThan(0);
    const jiangbeiCounted = Number(await text(page.getByTestId("dashboard-districts").locator("tr", { hasText: "江北区" }).locator('a[href$="&overdue=1"]')));
    expect(jiangbeiCounted).toBeGreaterThan(0);
    await Promise.all([page.waitForURL((u) => u.search === "?district=330203&overdue=1"), overdue.click()]);
    await hydrated(page);
    const rows = page.getByTestId("case-queue").locator("tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(counted);
    expect(await page.locator('[data-testid="case-queue"] tbody tr[data-due-state="overdue"]').count()).toBe(counted);
    expect(await page.getByTestId("case-queue").locator("tbody").innerText()).not.toMatch(/江北区|北仑区|镇海区|鄞州区/);
    // The district is a choice beside the search, shown as chosen; the first row still on a laptop's first screen.
    const filters = page.getByTestId("queue-filters");
    const district = filters.getByLabel("区县", { exact: true });
    expect(await district.inputValue()).toBe("330203");
    const box = await rows.first().boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(768);
    await journey.screenshot(page, "city-lead-district");
    await district.selectOption({ label: "江北区" });
    await Promise.all([page.waitForURL((u) => u.search === "?district=330205&overdue=1"), filters.getByRole("button", { name: "筛选" }).click()]);
    await hydrated(page);
    // The URL changes as the navigation commits; the new rows may be rendered a moment after it. A district's view
    // names its district once, above its rows (no column repeating it): its rows are the dashboard's count of it.
    await page.getByTestId("queue-clock-counts").filter({ hasText: "江北区" }).waitFor();
    expect(await rows.count()).toBe(jiangbeiCounted);
    expect(await page.locator('[data-testid="case-queue"] td[data-col="region"]').count()).toBe(0);
    expect(journey.errors).toEqual([]);
  });

  // Found in an acceptance walk-through: 投诉举报 and 审计日志 reloaded the page they were clicked on, as their
  // routes threw while loading in the browser (tests/architecture/route-server-imports.test.ts says why).
  it("takes an officer and an administrator to every page their header links to, in the browser", { timeout: 120_000 }, async () => {
    for (const username of ["haishu.market", "admin"]) {
      const page = await journey.newPage({ viewport: { width: 1280, height: 900 } });
      await signIn(page, username);
      const links = await page.locator('nav[aria-label="主导航"] a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute("href") ?? "", text: a.textContent ?? "" })));
      for (const link of links.filter((l) => l.href.startsWith("/officer") || l.href.startsWith("/admin"))) {
        await page.goto(link.href === "/officer/cases" ? "/" : "/officer/cases");
        await hydrated(page);
        await Promise.all([page.waitForURL((url) => url.pathname === link.href.split("?")[0]), page.locator(`nav[aria-label="主导航"] a[href="${link.href}"]`).click()]);
        await page.locator("h1").first().waitFor();
        expect(journey.errors, `${username}: ${link.text}`).toEqual([]);
      }
      await page.close();
    }
  });
});
