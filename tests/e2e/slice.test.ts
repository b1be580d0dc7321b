/**
 * The main slice in a real browser against the real server:
 * an operator files a +25 % fee increase → rule R04 flags it red → the
 * district officer finds the case in the queue, an officer of another
 * district cannot see it, and the queue and the case's flag tables work on a
 * phone (key figures in view, no sideways scrolling) and in English.
 *
 * Needs `npx remix build` (npm test runs it). Chromium comes from tests/setup/browser.ts:
 * /usr/bin/chromium when installed, else the one in the npm package @sparticuz/chromium.
 * Screenshots go to tests/artifacts/e2e/ (git-ignored).
 */
import type { Locator, Page } from "playwright-core";
import { describe, it, expect } from "vitest";
import { loadRuleSet } from "~/rules/load/read-files";
import { fileChronology } from "~/rules/load/rule-set";
import { heading, hydrated, PASSWORD, signIn, signOut, text, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("e2e");
const newContext = journey.newPage;
const screenshot = journey.screenshot;
const browserErrors = journey.errors;

// ---------------------------------------------------------------------------
// Helpers

/** The filing form's item rows (fieldsets labelled 项目 1, 项目 2, …) with their selected codes. */
async function itemRows(page: Page): Promise<Array<{ row: Locator; code: string; ageBand: string }>> {
  const rows = page.getByRole("group", { name: /^项目 \d+$/ });
  const out: Array<{ row: Locator; code: string; ageBand: string }> = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.push({
      row,
      code: await row.getByLabel("项目", { exact: true }).inputValue(),
      ageBand: await row.getByLabel("年龄段").inputValue(),
    });
  }
  return out;
}

/** The form's hidden one-time submission key. */
async function submissionKey(page: Page): Promise<string> {
  return page.locator('input[type="hidden"][name="submissionKey"]').inputValue();
}

async function filingRowCount(page: Page): Promise<number> {
  return page.getByTestId("filings").locator("tbody tr").count();
}

// ---------------------------------------------------------------------------

describe("main slice in a browser", () => {
  it("operator files a +25 % increase, R04 flags it, only the district officer sees the case", { timeout: 120_000 }, async () => {
    // 1. Operator kg006 files a new fee schedule -------------------------------------------
    const operator = await newContext({ viewport: { width: 1280, height: 900 } });
    await signIn(operator, "kg006");
    await operator.getByRole("link", { name: "收费备案", exact: true }).click();
    await operator.waitForURL("**/kindergarten/fees");
    await heading(operator, /^收费备案 · /);
    const feesHeading = await text(operator.getByRole("heading", { level: 1 }));
    expect(feesHeading).toMatch(/^收费备案 · .+/);
    const kindergartenName = feesHeading.split(" · ")[1]!;
    expect(kindergartenName).toContain("小橡树幼儿园");
    const filingsBefore = await filingRowCount(operator);
    expect(filingsBefore).toBe(3); // the seeded v1–v3
    await screenshot(operator, "operator-fees");

    await operator.getByRole("link", { name: "填报新学期收费标准" }).click();
    await operator.waitForURL("**/kindergarten/fees/new");
    await heading(operator, `填报新学期收费标准 · ${kindergartenName}`);
    await hydrated(operator);
    // The term reads as words; the stored value stays "2027-spring".
    const termSelect = operator.getByLabel("学期");
    expect(await termSelect.inputValue()).toMatch(/^\d{4}-(spring|autumn)$/);
    expect(await text(termSelect.locator("option:checked"))).toMatch(/^\d{4}年(春|秋)季学期$/);

    // Prefilled from the previous filing: 保教费 2380 yuan a month for all ages.
    let rows = await itemRows(operator);
    const care = rows.find((r) => r.code === "CARE_EDU" && r.ageBand === "all");
    expect(care, "a CARE_EDU row prefilled from the previous filing").toBeDefined();
    const careAmount = care!.row.getByLabel("金额（元）");
    expect(await careAmount.inputValue()).toBe("2380.00");
    await careAmount.fill("2980"); // +25.2 %: over the 20 % red threshold

    // At least one service item; add one with the 添加项目 button (伙食费 if missing, else 延时看护费).
    const hasMeal = rows.some((r) => r.code === "SVC_MEAL");
    const countBefore = rows.length;
    await operator.getByRole("button", { name: /添加项目/ }).click();
    await expect.poll(async () => (await itemRows(operator)).length).toBe(countBefore + 1);
    const added = operator.getByRole("group", { name: `项目 ${countBefore + 1}` });
    // A row offers the marks its item has: none on 保教费, opt-in and bundling on a service item, a cost on 代收 only.
    const careMarks = care!.row.getByRole("checkbox");
    expect(await careMarks.count()).toBe(0);
    await added.getByLabel("项目", { exact: true }).selectOption(hasMeal ? "SVC_AFTERCARE" : "SVC_MEAL");
    await added.getByRole("checkbox", { name: "家长自愿选择" }).waitFor();
    expect(await added.getByLabel("代收成本价（元）").count()).toBe(0);
    await added.getByLabel("金额（元）").fill(hasMeal ? "600" : "15");
    await added.getByLabel("计费单位").selectOption(hasMeal ? "month" : "day");
    await added.getByLabel("服务内容说明").fill(hasMeal ? "工作日 16:30—18:00 看护" : "按实际在园天数收取");
    rows = await itemRows(operator);
    expect(rows.some((r) => r.code.startsWith("SVC_"))).toBe(true);
    await screenshot(operator, "new-filing-form");

    // A reload (or a session that expired) loses nothing typed: the browser kept it, and the form offers it back.
    const typedRows = (await itemRows(operator)).length;
    await operator.waitForTimeout(600); // the draft is written 0.4 s after the last keystroke
    // A row added, typed in and removed again: the draft follows the removal too (no input event tells of it).
    await operator.getByRole("button", { name: /添加项目/ }).click();
    await expect.poll(async () => (await itemRows(operator)).length).toBe(typedRows + 1);
    const extra = operator.getByRole("group", { name: `项目 ${typedRows + 1}` });
    await extra.getByLabel("金额（元）").fill("99");
    await operator.waitForTimeout(600);
    await extra.getByRole("button", { name: "删除" }).click();
    await expect.poll(async () => (await itemRows(operator)).length).toBe(typedRows);
    await operator.waitForTimeout(600);
    await operator.reload();
    await hydrated(operator);
    const draft = operator.getByTestId("filing-draft");
    await draft.waitFor();
    expect((await itemRows(operator)).length).toBe(countBefore);
    await draft.getByRole("button", { name: "恢复未提交的内容" }).click();
    await expect.poll(async () => (await itemRows(operator)).length).toBe(typedRows);
    expect(await operator.getByTestId("filing-draft").count()).toBe(0);
    rows = await itemRows(operator);
    expect(await rows.find((r) => r.code === "CARE_EDU" && r.ageBand === "all")!.row.getByLabel("金额（元）").inputValue()).toBe("2980");

    // The form carries a one-time submission key (a repeat of the same post is answered with the first filing).
    const key = await submissionKey(operator);
    expect(key).toMatch(/^[0-9A-Z]{26}$/);

    // The pre-check runs the same rules on what is typed, stores nothing, and keeps the form as it is. Enter in a
    // field runs it too: it never presses the first row's 删除, the first button of the form after its hidden default.
    const rowCount = (await itemRows(operator)).length;
    await careAmount.press("Enter");
    const precheck = operator.locator(".precheck");
    await precheck.getByRole("heading", { name: "预检查结果" }).waitFor();
    await precheck.locator('[data-rule="R04"]').waitFor();
    expect(await text(precheck.locator('[data-rule="R04"] .badge').first())).toBe("红色预警");
    expect(await careAmount.inputValue()).toBe("2980");
    expect((await itemRows(operator)).length).toBe(rowCount);
    expect(new URL(operator.url()).pathname).toBe("/kindergarten/fees/new");
    expect(await submissionKey(operator)).toBe(key); // nothing was stored: the same submission still
    await screenshot(operator, "precheck");

    await Promise.all([
      operator.waitForURL(/\/kindergarten\/fees\/[0-9A-Z]{26}\?saved=1$/),
      operator.getByRole("button", { name: "提交备案" }).click(),
    ]);
    await hydrated(operator);
    await heading(operator, /^备案详情 第 4 版 · /);
    await operator.getByText("收费标准已提交备案。").waitFor();
    // Filed: the browser forgets the draft it kept.
    await expect.poll(() => operator.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("portal.draft.")))).toEqual([]);
    // What was filed beyond the items is on the page too, as the operator filed it.
    const filedTexts = await text(operator.getByTestId("filed-texts"));
    for (const label of ["收费依据", "投诉渠道", "新收费标准适用于已在园幼儿", "备注"]) expect(filedTexts).toContain(label);
    await screenshot(operator, "filing-saved");

    // The rules run in the background; the page polls until they have, and then nothing says they are still running.
    const r04 = operator.locator('[data-rule="R04"]');
    await r04.waitFor({ state: "visible", timeout: 20_000 });
    await operator.getByTestId("evaluation-pending").waitFor({ state: "detached" });
    expect(await operator.getByText(/正在按规则核查|核查进行中/).count()).toBe(0);
    expect(await r04.getAttribute("class")).toMatch(/\bflag red\b/);
    const badge = r04.locator(".badge").first();
    expect(await text(badge)).toBe("红色预警");
    expect(await badge.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(180, 35, 24)"); // --red
    expect(await text(r04.getByRole("heading"))).toContain("营利性民办园调价幅度过大");
    expect(await text(r04)).toContain("最高涨幅 25.21%");
    // The conditions read as sentences with labelled, formatted figures and the actual value, not as code names.
    const amberRow = r04.getByTestId("flag-conditions").getByRole("row").filter({ hasText: "黄色预警阈值" });
    // R04's two thresholds are alternatives (at or above amber, or at or above red): numbered under their group's row.
    expect(await text(r04.getByTestId("flag-conditions"))).toContain("满足以下任一条件");
    expect(await text(amberRow.locator('td[data-col="condition"]'))).toBe("（1）最高涨幅：25.21%，达到黄色预警阈值 10%");
    expect(await text(amberRow.locator('td[data-col="result"]'))).toBe("符合");
    // The version the files place in force on the schedule's effective date (a later term: the latest version).
    const r04Latest = fileChronology(loadRuleSet()).find((d) => d.id === "R04" && d.effectiveTo === null)!.version;
    expect(await text(r04)).toContain(`R04 第${r04Latest}版`);
    expect(await text(r04)).not.toMatch(/feeIncreaseMaxBp|amberBp|atLeast|R04@1/);
    const basisLabel = r04.locator("dt", { hasText: "法律依据" });
    expect(await basisLabel.count()).toBe(1);
    expect(await text(r04.locator("dt:has-text('法律依据') + dd"))).toContain("学前教育法");
    await screenshot(operator, "filing-r04-red");

    // Back to the form and sent again (was it sent?): the same schedule, its dates and note included, is recognised
    // as the one just filed and nothing is stored.
    await operator.goBack();
    await operator.waitForURL("**/kindergarten/fees/new");
    await hydrated(operator);
    await Promise.all([
      operator.waitForURL(/\/kindergarten\/fees\/[0-9A-Z]{26}\?unchanged=1$/),
      operator.getByRole("button", { name: "提交备案" }).click(),
    ]);
    await heading(operator, /^备案详情 第 4 版 · /);

    // 2. Bad input keeps what was typed, and nothing is stored -----------------------------
    await operator.getByRole("link", { name: /返回列表/ }).click();
    await operator.waitForURL("**/kindergarten/fees");
    await heading(operator, `收费备案 · ${kindergartenName}`);
    const filingsAfterSubmit = await filingRowCount(operator);
    expect(filingsAfterSubmit).toBe(filingsBefore + 1);
    const v4 = operator.getByRole("row").filter({ has: operator.getByRole("link", { name: "第 4 版", exact: true }) });
    expect(await text(v4.locator('td[data-col="flags"] .badge.red'))).toBe("红色预警 1");
    expect(await text(v4.locator('td[data-col="term"]'))).toMatch(/^\d{4}年(春|秋)季学期$/);
    await operator.getByRole("link", { name: "填报新学期收费标准" }).click();
    await operator.waitForURL("**/kindergarten/fees/new");
    await heading(operator, `填报新学期收费标准 · ${kindergartenName}`);
    await hydrated(operator);
    // A new visit to the form is a new submission: a new key.
    const key2 = await submissionKey(operator);
    expect(key2).toMatch(/^[0-9A-Z]{26}$/);
    expect(key2).not.toBe(key);

    rows = await itemRows(operator);
    const care2 = rows.find((r) => r.code === "CARE_EDU" && r.ageBand === "all")!;
    expect(await care2.row.getByLabel("金额（元）").inputValue()).toBe("2980.00"); // now prefilled from v4
    const service = rows.find((r) => r.code.startsWith("SVC_"))!;
    await care2.row.getByLabel("金额（元）").fill("3050");
    await operator.getByLabel("备注").fill("E2E：保留已填写内容");
    const badAmount = service.row.getByLabel("金额（元）");
    await badAmount.fill("-5");
    await operator.getByRole("button", { name: "提交备案" }).click();

    const fieldError = service.row.locator(".field-error");
    await fieldError.waitFor();
    expect(await text(fieldError)).toBe("金额不能为负数");
    expect(await badAmount.getAttribute("aria-invalid")).toBe("true");
    expect(await badAmount.getAttribute("aria-describedby")).toContain(await fieldError.getAttribute("id"));
    expect(await badAmount.inputValue()).toBe("-5");
    expect(await care2.row.getByLabel("金额（元）").inputValue()).toBe("3050");
    expect(await operator.getByLabel("备注").inputValue()).toBe("E2E：保留已填写内容");
    expect(new URL(operator.url()).pathname).toBe("/kindergarten/fees/new");
    await screenshot(operator, "bad-amount-client");

    // An effective date outside the term (told at once, by the same dated schema the server parses with) keeps what
    // was typed and the key: nothing was stored, so the corrected form is the same submission.
    await badAmount.fill("5");
    const effectiveFrom = operator.getByLabel("执行日期");
    const termStart = await effectiveFrom.inputValue();
    await effectiveFrom.fill(`${Number(termStart.slice(0, 4)) + 3}${termStart.slice(4)}`);
    await operator.getByRole("button", { name: "提交备案" }).click();
    await operator.getByText("执行日期必须在所选学期内").waitFor();
    expect(new URL(operator.url()).pathname).toBe("/kindergarten/fees/new");
    expect(await operator.getByLabel("备注").inputValue()).toBe("E2E：保留已填写内容");
    expect(await submissionKey(operator)).toBe(key2);

    // Nothing was stored.
    await operator.goto("/kindergarten/fees");
    expect(await filingRowCount(operator)).toBe(filingsAfterSubmit);

    // 3. The 海曙区 officer finds the case -----------------------------------------------
    await signOut(operator);
    const page = operator; // same browser tab, now for the officers
    await signIn(page, "haishu.market");
    expect(new URL(page.url()).pathname).toBe("/officer/cases");
    await heading(page, "检查任务队列");
    // React 18 pads CJK-heavy streamed HTML with NUL bytes unless entry.server strips them.
    const bigPage = await page.request.get("/officer/guidance-prices");
    expect(bigPage.status()).toBe(200);
    expect((await bigPage.body()).includes(0)).toBe(false);
    const caseRow = page.getByRole("row").filter({ hasText: kindergartenName }).filter({ hasText: "R04" });
    // The case is opened by a background job right after the evaluation; allow it a moment.
    await expect
      .poll(
        async () => {
          if ((await caseRow.count()) > 0) return true;
          await page.reload();
          return false;
        },
        { timeout: 15_000, interval: 1_000 },
      )
      .toBe(true);
    expect(await caseRow.count()).toBe(1);
    expect(await text(caseRow.locator('td[data-col="severity"]'))).toBe("红色预警");
    expect(await text(caseRow.locator('td[data-col="rule"]'))).toBe("R04 营利性民办园调价幅度过大");
    await page.getByRole("navigation").getByRole("link", { name: "幼儿园", exact: true }).waitFor();
    await screenshot(page, "haishu-queue");

    await Promise.all([page.waitForURL(/\/officer\/cases\/[0-9A-Z]{26}$/), caseRow.getByRole("link", { name: kindergartenName }).click()]);
    await heading(page, new RegExp(`^检查任务 · ${kindergartenName}`));
    await hydrated(page);
    const caseUrl = page.url();
    await page.getByRole("heading", { name: "检查原因" }).waitFor();
    const caseFlag = page.locator('[data-rule="R04"]');
    await caseFlag.waitFor();
    expect(await text(caseFlag)).toContain("营利性民办园调价幅度过大");
    expect(await text(caseFlag)).toContain("最高涨幅 25.21%");
    // The item the flag is about, with its description, and the filing it was filed in.
    const flaggedCare = page.getByTestId("flagged-items").getByRole("row").filter({ hasText: "保教费" });
    expect(await flaggedCare.count()).toBe(1);
    expect(await text(flaggedCare.locator('td[data-col="amount"]'))).toBe("2,980.00");
    await page.getByRole("link", { name: /^第 4 次备案，\d{4}-\d{2}-\d{2} 起执行$/ }).waitFor();
    await screenshot(page, "haishu-case");

    // 4. The 江北区 officer may not see it ----------------------------------------------
    await signOut(page);
    await signIn(page, "jiangbei.market");
    const response = await page.goto(caseUrl);
    expect(response?.status()).toBe(404);
    await page.getByText("找不到该页面或您无权查看").waitFor();
    expect(await page.getByText(kindergartenName).count()).toBe(0);
    await screenshot(page, "jiangbei-case-404");

    await page.goto("/officer/cases");
    await heading(page, "检查任务队列");
    expect(await page.getByText(kindergartenName).count()).toBe(0);
    await screenshot(page, "jiangbei-queue");

    // 5. The queue on a phone, then in English -------------------------------------------
    const phone = await newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    await signIn(phone, "haishu.market");
    expect(new URL(phone.url()).pathname).toBe("/officer/cases");
    await phone.getByRole("link", { name: kindergartenName }).first().waitFor();
    const overflow = () =>
      phone.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    const zh = await overflow();
    expect(zh.scrollWidth, `page is ${zh.scrollWidth}px wide in a ${zh.clientWidth}px viewport`).toBeLessThanOrEqual(zh.clientWidth + 1);
    await screenshot(phone, "phone-queue");

    // The case's flag tables on the phone: cards, the key figures (increase, threshold, actual value, result) in view.
    await Promise.all([phone.waitForURL(/\/officer\/cases\/[0-9A-Z]{26}$/), phone.getByRole("link", { name: kindergartenName }).first().click()]);
    const phoneFlag = phone.locator('[data-rule="R04"]');
    await phoneFlag.waitFor();
    const flagOverflow = await overflow();
    expect(flagOverflow.scrollWidth, `case page is ${flagOverflow.scrollWidth}px wide`).toBeLessThanOrEqual(flagOverflow.clientWidth + 1);
    const keyFigures = phoneFlag.locator(
      'td[data-col="increaseBp"] .cell, td[data-col="actual"] .cell, td[data-col="result"] .cell, td[data-col="condition"] strong',
    );
    expect(await keyFigures.count()).toBeGreaterThanOrEqual(4);
    for (const box of await keyFigures.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    expect(await text(phoneFlag.locator('td[data-col="increaseBp"]').first())).toContain("25.21%");
    await screenshot(phoneFlag, "phone-case-flag");
    await phone.goBack();
    await phone.getByRole("heading", { name: "检查任务队列" }).waitFor();

    await Promise.all([
      phone.waitForFunction(() => document.documentElement.lang === "en"),
      phone.getByRole("button", { name: "English" }).click(),
    ]);
    await phone.getByRole("heading", { name: "Inspection queue" }).waitFor();
    expect(new URL(phone.url()).pathname).toBe("/officer/cases");
    await phone.getByRole("button", { name: "中文" }).waitFor();
    const en = await overflow();
    expect(en.scrollWidth, `English page is ${en.scrollWidth}px wide in a ${en.clientWidth}px viewport`).toBeLessThanOrEqual(en.clientWidth + 1);
    await screenshot(phone, "phone-queue-en");

    expect(browserErrors).toEqual([]);
  });

  // Regression guard: with helmet's default Referrer-Policy (no-referrer) Chromium sent `Origin: null`
  // on document form posts and Remix's CSRF check answered every one with an empty 500.
  it("without JavaScript, the server rejects a bad amount with 400 and keeps what was typed", { timeout: 60_000 }, async () => {
    const noJs = await newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    await noJs.goto("/login");
    await noJs.getByLabel("用户名").fill("kg006");
    await noJs.getByLabel("密码").fill(PASSWORD);
    const [login] = await Promise.all([
      noJs.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/login")),
      noJs.getByRole("button", { name: "登录", exact: true }).click(),
    ]);
    expect(login.status(), "the login POST (302 expected)").toBe(302);
    await noJs.waitForURL("**/kindergarten/fees");
    const filingsBefore = await filingRowCount(noJs);
    await noJs.goto("/kindergarten/fees/new");
    const noJsRows = await itemRows(noJs);
    const noJsCare = noJsRows.find((r) => r.code === "CARE_EDU" && r.ageBand === "all")!;
    const noJsService = noJsRows.find((r) => r.code.startsWith("SVC_"))!;
    await noJsCare.row.getByLabel("金额（元）").fill("3050");
    await noJs.getByLabel("备注").fill("E2E：服务器校验");
    await noJsService.row.getByLabel("金额（元）").fill("-5");
    const key = await submissionKey(noJs);
    const [post] = await Promise.all([
      noJs.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document"),
      noJs.getByRole("button", { name: "提交备案" }).click(),
    ]);
    expect(post.status()).toBe(400);
    await noJs.waitForLoadState();
    expect(new URL(noJs.url()).pathname).toBe("/kindergarten/fees/new");
    expect(await text(noJs.getByRole("alert"))).toContain("请修正标出的错误后再提交");
    const serverRows = await itemRows(noJs);
    const serverService = serverRows.find((r) => r.code === noJsService.code)!;
    expect(await text(serverService.row.locator(".field-error"))).toBe("金额不能为负数");
    expect(await serverService.row.getByLabel("金额（元）").inputValue()).toBe("-5");
    expect(await serverRows.find((r) => r.code === "CARE_EDU" && r.ageBand === "all")!.row.getByLabel("金额（元）").inputValue()).toBe("3050");
    expect(await noJs.getByLabel("备注").inputValue()).toBe("E2E：服务器校验");
    // The page was rendered anew (with a new key from its loader), but the form keeps the key it sent: nothing was stored.
    expect(await submissionKey(noJs)).toBe(key);
    await screenshot(noJs, "bad-amount-server");

    // Nothing was stored.
    await noJs.goto("/kindergarten/fees");
    expect(await filingRowCount(noJs)).toBe(filingsBefore);
  });
});
