/**
 * The public disclosure against the real server (server.ts on a fresh
 * SQLite file with demo data), signed out: over HTTP, the rendered page, its
 * JSON and CSV never hold a filed account number whole, only its last four
 * digits; and in a browser on a phone, a parent goes from the home page to a
 * kindergarten's page in two taps (search, the result), reads the fees in
 * force, checks the right account number and a wrong one before paying, and
 * cannot walk through numbers: after the client's few checks the answer is
 * "too many checks", with nothing wider than the screen.
 *
 * Needs `npx remix build` (npm test runs it). Screenshots go to
 * tests/artifacts/e2e-public/ (git-ignored).
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DB } from "~/db/client";
import { DISCLOSURE } from "~/db/demo-data";
import { commitLang } from "~/web/lang.server";
import { send } from "../hostile/http";
import { fingerSized, hydrated, text, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("e2e-public");
let db: DB;
let kindergarten: { id: string; name_in_use: string };
let filedNumber: string;
let accountNumbers: string[];

beforeAll(async () => {
  db = createDb(journey.server().databaseUrl);
  const user = await db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg006").executeTakeFirstOrThrow();
  kindergarten = await db.selectFrom("kindergartens").select(["id", "name_in_use"]).where("id", "=", user.kindergarten_id!).executeTakeFirstOrThrow();
  accountNumbers = (await db.selectFrom("bank_accounts").select("account_number").execute()).map((a) => a.account_number);
  filedNumber = (
    await db
      .selectFrom("bank_accounts")
      .select("account_number")
      .where("kindergarten_id", "=", kindergarten.id)
      .where("status", "=", "approved")
      .where("effective_to", "is", null)
      .executeTakeFirstOrThrow()
  ).account_number;
}, 90_000);

afterAll(async () => {
  await db?.destroy();
});

describe("over HTTP, signed out", () => {
  it("shows the account's last four digits and never a whole number, in the page, its JSON and its CSV", async () => {
    const base = `/kindergartens/${kindergarten.id}`;
    const [html, json, csv] = await Promise.all([base, `${base}/fees.json`, `${base}/fees.csv`].map((p) => send(journey.server().baseUrl, { method: "GET", path: p })));
    for (const answer of [html, json, csv]) {
      expect(answer.status).toBe(200);
      for (const number of accountNumbers) expect(answer.body).not.toContain(number);
    }
    expect(html.body).toContain(`尾号 ${filedNumber.slice(-4)}`);
    expect(json.headers["cache-control"]).toBe("public, max-age=300");
    expect(csv.headers["content-disposition"]).toBe(`attachment; filename="kindergarten-${kindergarten.id}-fees.csv"`);
  });

  it("names the fee items in English for a reader who chose English, in the schedule and in what each version changed", async () => {
    const cookie = (await commitLang("en")).split(";")[0];
    const answer = await send(journey.server().baseUrl, { method: "GET", path: `/kindergartens/${kindergarten.id}`, headers: { cookie } });
    expect(answer.status).toBe(200);
    // The descriptions are the kindergarten's own words, in Chinese; the items' names are the catalogue's.
    const itemCells = [...answer.body.matchAll(/data-col="item"[^>]*><div class="cell">(.*?)<\/div>/g)].map((m) => m[1]);
    expect(itemCells.length).toBeGreaterThan(2);
    expect(itemCells).toContain("Care and education fee");
    for (const cell of itemCells) expect(cell).not.toMatch(/[\u4e00-\u9fff]/);
    // A change's amounts are elements of their own (kept whole on a line): its words are the line's text.
    const changes = [...answer.body.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1].replace(/<[^>]*>/g, "")).filter((line) => line.includes("→"));
    expect(changes.length).toBeGreaterThan(0);
    for (const line of changes) expect(line).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("marks the kindergarten's own Chinese words as Chinese for an English reader, and says once that they are shown as filed", async () => {
    const cookie = (await commitLang("en")).split(";")[0];
    const answer = await send(journey.server().baseUrl, { method: "GET", path: `/kindergartens/${kindergarten.id}`, headers: { cookie } });
    expect(answer.status).toBe(200);
    expect(answer.body.split("is shown as filed, in Chinese.")).toHaveLength(2);
    // The items' descriptions: under a label that fits 保教费 as well as a service, each marked lang="zh-CN".
    const descriptions = [...answer.body.matchAll(/data-col="description"([^>]*)><div class="cell">(.*?)<\/div>/g)];
    expect(descriptions.length).toBeGreaterThan(2);
    for (const [, attributes, cell] of descriptions) {
      expect(attributes).toContain('data-label="Description"');
      expect(cell).toMatch(/^<span lang="zh-CN">[^<]+<\/span>$/);
    }
    expect(answer.body).not.toContain("Service description");
    // The filing's published texts: English headings, the kindergarten's words marked as Chinese.
    for (const heading of ["Pricing basis", "Refund rules", "Complaint channels"]) expect(answer.body).toContain(`<h3>${heading}</h3>`);
    for (const filed of [DISCLOSURE.pricingBasis, DISCLOSURE.refundRules, DISCLOSURE.complaintChannel]) expect(answer.body).toContain(`<p class="prewrap" lang="zh-CN">${filed}</p>`);
    // The Chinese page is in Chinese throughout: nothing to mark, nothing to explain.
    const zh = await send(journey.server().baseUrl, { method: "GET", path: `/kindergartens/${kindergarten.id}` });
    expect(zh.body).not.toContain('<span lang="zh-CN">');
    expect(zh.body).toContain(`<h3>退费办法</h3>`);
  });

  it("answers the search with links to the pages it found", async () => {
    const piece = [...kindergarten.name_in_use].slice(0, 4).join("");
    const answer = await send(journey.server().baseUrl, { method: "GET", path: `/kindergartens?q=${encodeURIComponent(piece)}` });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain(`href="/kindergartens/${kindergarten.id}"`);
  });
});

describe("in a phone's browser", () => {
  async function fitsTheScreen(page: Page): Promise<void> {
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth, `${page.url()} is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth + 1);
  }

  /**
   * What `pattern` finds in an element's text, each read whole on one line: a date (broken after "2026-06-" it reads
   * as another), an amount with its unit ("元" alone on the next line reads as another amount's). Returns how many
   * were found, so that a test knows it measured something.
   */
  async function wholeOnOneLine(target: Locator, pattern: RegExp, what: string): Promise<number> {
    const { found, broken } = await target.evaluate(
      (root, source) => {
        const split: string[] = [];
        let count = 0;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of (node.textContent ?? "").matchAll(new RegExp(source, "g"))) {
            count += 1;
            const range = document.createRange();
            range.setStart(node, match.index!);
            range.setEnd(node, match.index! + match[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            if (lines.size > 1) split.push(match[0]);
          }
        }
        return { found: count, broken: split };
      },
      pattern.source,
    );
    expect(broken, `${what} broken across lines`).toEqual([]);
    return found;
  }
  const datesOnOneLine = (target: Locator) => wholeOnOneLine(target, /\d{4}-\d{2}-\d{2}/, "dates");

  it("keeps the language a parent chose when they go back to a page they read before choosing it", { timeout: 60_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto("/");
    await hydrated(page);
    await page.getByRole("heading", { name: "查幼儿园收费与收费账户" }).waitFor();
    await page.getByRole("button", { name: "English" }).tap();
    await page.getByRole("heading", { name: "Look up a kindergarten's fees and fee account" }).waitFor();
    // A new document, as typing an address makes; then back to the first one, which the browser had kept in Chinese.
    await page.goto("/about");
    await page.goBack();
    await page.getByRole("heading", { name: "Look up a kindergarten's fees and fee account" }).waitFor({ timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
  });

  it("takes a parent from the home page to a kindergarten's fees in two taps, and checks an account before paying", { timeout: 90_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto("/");
    await hydrated(page);
    const box = page.getByRole("searchbox", { name: "幼儿园名称" });
    await box.fill([...kindergarten.name_in_use].slice(0, 4).join(""));
    await fitsTheScreen(page);
    // The home page's other ways in are links standing alone, tapped as the search button is.
    await fingerSized(page.getByRole("link", { name: "查看典型案例" }));
    await fingerSized(page.getByRole("link", { name: "查看公开统计" }));
    // The tracking link beside the complaint button reads on the button's line, not above it.
    const [button, track] = await Promise.all([page.getByRole("link", { name: "我要投诉举报" }), page.locator("main").getByRole("link", { name: "查询办理进度" })].map((l) => l.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const t = range.getBoundingClientRect();
      return t.top + t.height / 2;
    })));
    expect(Math.abs(track - button), "the text of 查询办理进度 beside 我要投诉举报").toBeLessThanOrEqual(3);
    await journey.screenshot(page, "home");

    await page.getByRole("button", { name: "搜索" }).tap();
    await page.waitForURL(/\/kindergartens\?q=/);
    await fitsTheScreen(page);
    // The hit is the whole row's width and a finger's height, not a line of text.
    await fingerSized(page.getByRole("link", { name: kindergarten.name_in_use }));
    await journey.screenshot(page, "results");

    // The hits are plain anchors (<ListLink>): the root's click handler navigates in the page, no new document.
    await hydrated(page);
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await page.getByRole("link", { name: kindergarten.name_in_use }).tap();
    await page.waitForURL(new RegExp(`/kindergartens/${kindergarten.id}$`));
    await hydrated(page);
    expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true);
    await page.getByRole("heading", { name: "收费账户" }).waitFor();
    await expect(page.getByTestId("account-last4").textContent()).resolves.toMatch(/^尾号 \d{4}$/);
    // The fees in force: the care-and-education fee with its amount in yuan.
    expect(await text(page.locator("main"))).toMatch(/保教费[\s\S]*\d[\d,]*\.\d{2}/);
    await fitsTheScreen(page);
    await journey.screenshot(page, "kindergarten");
    // The way down to the check, and back to the search: tapped, not read.
    await fingerSized(page.getByRole("link", { name: "缴费前核验收款账户 ↓" }));
    await fingerSized(page.getByRole("link", { name: "← 查其他幼儿园" }));

    // What the filing publishes to parents with the fees (学前教育法 Art. 69): the refund rules under their heading,
    // per fee and case and in the kindergarten's words, on the schedule in force.
    const inForce = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "现行收费标准" }) });
    const refundHeading = inForce.getByRole("heading", { level: 3, name: "退费办法" });
    await refundHeading.scrollIntoViewIfNeeded();
    expect(await refundHeading.isVisible()).toBe(true);
    expect(await inForce.getByText(DISCLOSURE.refundRules, { exact: true }).isVisible()).toBe(true);
    expect(await text(inForce.getByTestId("refund-lines"))).toContain("保教费 · 请假缺勤");
    for (const name of ["收费依据", "投诉渠道"]) expect(await inForce.getByRole("heading", { level: 3, name }).isVisible()).toBe(true);
    // When each version was published, filed and took effect, and since when the account is used: each date whole.
    const history = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "历次备案" }) });
    for (const section of [inForce, history, page.locator("section.account")]) {
      await datesOnOneLine(section);
    }
    // What each version changed, each amount with its unit whole on a line: "每月 2,440.00 元", "+60.00 元"; where a
    // line breaks depends on the screen's width, so on the narrow phones' widths too.
    for (const width of [320, 360, 375, 390]) {
      await page.setViewportSize({ width, height: 844 });
      const amounts = await wholeOnOneLine(history, /(每(月|学期|天|年)|一次性) [\d,]+\.\d{2} 元|[+−][\d,]+\.\d{2} 元/, `amounts at ${width}px`);
      expect(amounts).toBeGreaterThan(2);
    }
    // The open data's two links and the header's, each a finger's height; the header stays one row on a wide screen.
    for (const format of ["JSON", "CSV"]) await fingerSized(page.getByRole("link", { name: format, exact: true }));
    const headerTargets = page.locator("header.site-header").locator(".brand, nav a, nav button");
    expect(await headerTargets.count()).toBeGreaterThan(4);
    for (const target of await headerTargets.all()) await fingerSized(target);
    await page.setViewportSize({ width: 1280, height: 800 });
    const tops = new Set(await Promise.all((await headerTargets.all()).map(async (target) => Math.round((await target.boundingBox())!.y))));
    expect(tops.size, "the header's rows on a wide screen").toBe(1);
    expect((await page.locator("header.site-header").boundingBox())!.height).toBeLessThan(60);
    await page.setViewportSize({ width: 390, height: 844 });
    await journey.screenshot(inForce, "kindergarten-in-force");

    // 先核验，再缴费: the filed number as a bank prints it, then a wrong one.
    const number = page.getByLabel("收款账号");
    const check = page.getByRole("button", { name: "核验账户" });
    const answer = page.locator(".check-answer");
    await number.fill(filedNumber.replace(/(\d{4})(?=\d)/g, "$1 "));
    await check.tap();
    await answer.waitFor();
    expect(await text(answer)).toMatch(new RegExp(`^您核验的账号：尾号${filedNumber.slice(-4)}\\s*是本园备案的收费账户（.+尾号${filedNumber.slice(-4)}），可以缴费。`));
    await journey.screenshot(page, "check-right");
    const wrong = `6222020000${String(Date.now()).slice(-9)}`;
    await number.fill(wrong);
    await check.tap();
    await page.getByText("不是本园备案的收费账户：请暂停缴费，向幼儿园核实，或向当地教育部门反映。").waitFor();
    expect(await text(answer)).not.toContain(wrong);
    await fingerSized(answer.getByRole("link", { name: /在线举报/ }));
    await fitsTheScreen(page);
    await journey.screenshot(page, "check-wrong");

    // Trying to discover the number: the client's checks run out, and the answer says so instead.
    let limited = false;
    for (let i = 0; i < 12 && !limited; i++) {
      await number.fill(`${filedNumber.slice(0, -4)}${String(1000 + i).slice(-4)}`);
      await check.tap();
      // Editing the number hid the last answer: the next one shown is this check's.
      const reply = page.locator(".account-check .check-answer, .account-check [role=alert]");
      await reply.waitFor();
      limited = /核验次数过多，请 \d+ 分钟后再试/.test(await text(reply));
    }
    expect(limited).toBe(true);
    // Told when to try again, and what to do meanwhile: the account's bank, name and last four digits are public.
    expect(await text(page.locator(".account-check [role=alert]"))).toMatch(/^核验次数过多，请 \d+ 分钟后再试。在此之前，可对照幼儿园公示信息中的收费账户（开户银行、户名和账号后四位），或向幼儿园核实。$/);
    await fitsTheScreen(page);
    await journey.screenshot(page, "check-limited");
    expect(journey.errors).toEqual([]);
  });

  it("searches by region on a phone with the results on the first screen, under filters a finger can set", { timeout: 60_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 });
    await page.goto(`/kindergartens?q=${encodeURIComponent("幼儿园")}`);
    await hydrated(page);
    await page.getByRole("link", { name: "按地区、办园性质筛选" }).tap();
    await page.waitForURL(/filters=1/);
    await page.locator("#kg-province").selectOption("330000");
    await page.waitForURL(/province=330000/);
    await page.locator("#kg-city").selectOption("330200");
    await page.waitForURL(/city=330200/);
    await page.getByTestId("search-results").waitFor();
    for (const id of ["#kg-province", "#kg-city", "#kg-district", "#kg-nature"]) await fingerSized(page.locator(id));
    // The four choosers leave room for the hits: three of them whole on the first screen, without scrolling.
    const hits = page.getByTestId("search-results").getByRole("link");
    expect(await hits.count()).toBeGreaterThan(3);
    for (let i = 0; i < 3; i++) {
      const box = (await hits.nth(i).boundingBox())!;
      expect(box.y + box.height, `hit ${i + 1} ends at ${box.y + box.height}px`).toBeLessThanOrEqual(844);
      await fingerSized(hits.nth(i));
    }
    await fitsTheScreen(page);
    await journey.screenshot(page, "search-filters");
    expect(journey.errors).toEqual([]);
  });

  it("shows an English reader the schedule's published texts under English headings, the kindergarten's words in Chinese", { timeout: 60_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    // The language cookie the English button sets.
    const [pair] = (await commitLang("en")).split(";");
    const eq = pair.indexOf("=");
    await page.context().addCookies([{ name: pair.slice(0, eq), value: pair.slice(eq + 1), url: journey.server().baseUrl }]);
    await page.goto(`/kindergartens/${kindergarten.id}`);
    await hydrated(page);
    const inForce = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Fee schedule in force" }) });
    await inForce.getByRole("heading", { level: 3, name: "Refund rules" }).waitFor();
    expect(await inForce.locator('p[lang="zh-CN"]').getByText(DISCLOSURE.refundRules, { exact: true }).isVisible()).toBe(true);
    expect(await text(inForce.getByTestId("refund-lines"))).toContain("Care and education fee · absence");
    await fitsTheScreen(page);
    await journey.screenshot(inForce, "kindergarten-in-force-en");
    expect(journey.errors).toEqual([]);
  });

  it("reads a city's statistics: each chart's figures a table of the months and the year, nothing wider than the screen", { timeout: 60_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    // The header's links are plain anchors too (<ListLink>): the page changes, the document stays.
    await page.goto("/");
    await hydrated(page);
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "公开统计" }).tap();
    await page.waitForURL(/\/statistics$/);
    await page.getByTestId("statistics-region").waitFor();
    expect(await page.evaluate(() => (window as { samePage?: boolean }).samePage)).toBe(true);

    // Choosing a level searches at once; the keyboard user stays on the chooser they changed.
    await page.goto("/statistics?province=330000");
    await hydrated(page);
    await page.locator("#st-city").selectOption("330200");
    await page.waitForURL(/city=330200/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("st-city");
    // A screen reader is told the page changed under the chooser: its title, said in the polite region (route-focus.tsx).
    await expect.poll(() => page.getByTestId("route-announcer").textContent()).toBe(await page.title());
    expect(await page.title()).toContain("公开统计");

    await page.goto("/statistics?province=330000&city=330200");
    await hydrated(page);
    await expect.poll(() => page.getByTestId("statistics-region").textContent()).toContain("宁波市");
    expect(await page.locator("table.figures").count()).toBe(7);
    // Twelve months and the year, a column per series: 收到投诉 … 超期决定.
    const complaints = page.getByTestId("statistics-table-complaints");
    expect(await complaints.locator("tbody tr").count()).toBe(13);
    expect(await complaints.locator("thead th").count()).toBe(7);
    expect(await text(complaints.locator("tbody tr").last().locator("th"))).toBe("全年");
    // The flags by rule: each rule's count on the screen beside its title (the title wraps), not scrolled off it.
    const counts = page.getByTestId("statistics-table-flags").locator("tbody td");
    expect(await counts.count()).toBeGreaterThan(0);
    for (const count of await counts.all()) {
      const box = (await count.boundingBox())!;
      expect(box.x + box.width, `the count ${await text(count)} ends at ${box.x + box.width}px`).toBeLessThanOrEqual(390);
    }
    await fingerSized(page.getByRole("link", { name: "下载本页数据（CSV）" }));
    await fitsTheScreen(page);
    await journey.screenshot(page, "statistics");
    expect(journey.errors).toEqual([]);
  });

  it("reads a published case on a phone: its dates whole, its links a finger's height, and a way home from a page not found", { timeout: 60_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto("/cases");
    await hydrated(page);
    const list = page.getByTestId("public-case-list");
    expect(await datesOnOneLine(list)).toBeGreaterThan(1);
    await list.getByRole("link").first().tap();
    await page.waitForURL(/\/cases\/[0-9A-Z]+$/);
    const article = page.getByTestId("public-case");
    await article.waitFor();
    // The summary names the decision's day in its words (…于2026-11-09作出…): whole on a line, as the facts' dates are.
    expect(await datesOnOneLine(article.locator(".public-case-summary"))).toBeGreaterThan(0);
    await datesOnOneLine(article);
    await fingerSized(page.getByRole("link", { name: "← 典型案例" }));
    await fingerSized(page.getByRole("link", { name: "查看该园公示的收费" }));
    await fitsTheScreen(page);
    await journey.screenshot(page, "case");

    await page.goto("/cases/NO-SUCH-CASE");
    await page.getByRole("heading", { name: "找不到该页面" }).waitFor();
    await fingerSized(page.locator("main").getByRole("link", { name: "首页" }));
    expect(journey.errors).toEqual([]);
  });
});
