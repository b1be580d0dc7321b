/**
 * The bookkeeper's walk of the 28th session, on a desktop (1366 × 768), three places it tripped:
 * - filing next term's schedule, choosing the other term left the effective date in the term chosen before, refused
 *   (执行日期必须在所选学期内) only once the form was checked: the date now follows the term chosen;
 * - signed out in another tab, 提交备案 led to a bare login page, leaving the bookkeeper to wonder whether the filing
 *   was saved: the login page now says it was not, and the form's draft is offered back after signing in;
 * - a fee account filed without the certificate heard of it only after the post, in a second round after the
 *   form's other mistakes: it is now told with them.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { heading, hydrated, PASSWORD, signIn, text, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("bookkeeper-walk");
const DESKTOP = { viewport: { width: 1366, height: 768 } };

async function effectiveFrom(page: Page): Promise<string> {
  return page.locator('[name="effectiveFrom"]').inputValue();
}

describe("a bookkeeper files next term's schedule and a fee account", () => {
  it("the effective date follows the term chosen", { timeout: 120_000 }, async () => {
    const page = await journey.newPage(DESKTOP);
    await signIn(page, "kg006");
    await page.goto("/kindergarten/fees/new");
    await hydrated(page);
    await heading(page, /^填报新学期收费标准 · /);
    const term = page.getByLabel("学期", { exact: true });
    const [first, second] = await term.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    const startOf = (t: string) => `${t.slice(0, 4)}-${t.endsWith("spring") ? "03" : "09"}-01`;
    expect(await effectiveFrom(page)).toBe(startOf(first));

    await term.selectOption(second);
    await expect.poll(() => effectiveFrom(page)).toBe(startOf(second));
    await term.selectOption(first);
    await expect.poll(() => effectiveFrom(page)).toBe(startOf(first));
    // A date already in the term chosen is the bookkeeper's: it stays.
    const midSecond = startOf(second).replace(/-01$/, "-15");
    await page.locator('[name="effectiveFrom"]').fill(midSecond);
    await term.selectOption(second);
    await page.getByRole("button", { name: "预检查（不提交）" }).first().click();
    await page.getByTestId("precheck").waitFor();
    expect(await page.locator("main").textContent()).not.toContain("执行日期必须在所选学期内");
    expect(await effectiveFrom(page)).toBe(midSecond);
    expect(journey.errors).toEqual([]);
  });

  it("signed out in another tab, the login page says what was sent was not saved, and the draft comes back", { timeout: 120_000 }, async () => {
    const page = await journey.newPage(DESKTOP);
    await signIn(page, "kg004");
    await page.goto("/kindergarten/fees/new");
    await hydrated(page);
    await page.getByLabel("备注", { exact: true }).fill("退出前填写的备注");

    const other = await page.context().newPage();
    await other.goto("/kindergarten/fees");
    await Promise.all([other.waitForURL((url) => url.pathname === "/"), other.getByRole("button", { name: "退出登录" }).click()]);
    await other.close();

    await Promise.all([page.waitForURL((url) => url.pathname === "/login"), page.getByRole("button", { name: "提交备案" }).click()]);
    await hydrated(page);
    const unsaved = page.getByTestId("login-unsaved");
    await unsaved.waitFor();
    expect(await text(unsaved)).toContain("刚才提交的内容没有保存");
    await journey.screenshot(page, "login-unsaved");

    await page.getByLabel("用户名").fill("kg004");
    await page.getByLabel("密码").fill(PASSWORD);
    await Promise.all([page.waitForURL((url) => url.pathname === "/kindergarten/fees/new"), page.getByRole("button", { name: "登录", exact: true }).click()]);
    await hydrated(page);
    await page.getByTestId("filing-draft").getByRole("button", { name: "恢复未提交的内容" }).click();
    await expect.poll(() => page.getByLabel("备注", { exact: true }).inputValue()).toBe("退出前填写的备注");

    // Signing in from the header, with no post behind it, says nothing of the kind.
    const fresh = await journey.newPage(DESKTOP);
    await fresh.goto("/login?redirectTo=%2Fkindergarten%2Ffees");
    await hydrated(fresh);
    expect(await fresh.getByTestId("login-unsaved").count()).toBe(0);
    expect(journey.errors).toEqual([]);
  });

  it("a fee account without its certificate is told so with the form's other mistakes, before any post", { timeout: 120_000 }, async () => {
    const page = await journey.newPage(DESKTOP);
    await signIn(page, "kg005");
    await page.goto("/kindergarten/account/new");
    await hydrated(page);
    await heading(page, /^备案新账户 · /);
    let posts = 0;
    page.on("request", (request) => {
      if (request.method() === "POST") posts += 1;
    });
    await page.getByLabel("开户银行", { exact: true }).fill("中国工商银行");
    await page.getByRole("button", { name: "提交备案" }).click();
    const certificate = page.locator("#account-evidence-error");
    await certificate.waitFor();
    expect(await text(certificate)).toBe("请上传开户许可证或银行开户证明");
    expect(await page.locator("#account-evidence").getAttribute("aria-invalid")).toBe("true");
    expect(await text(page.locator("main"))).toContain("请填写账号");
    expect(posts).toBe(0);
    await journey.screenshot(page, "account-no-certificate");

    // Chosen, the message goes.
    await page.locator("#account-evidence").setInputFiles({ name: "cert.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
    await expect.poll(() => certificate.count()).toBe(0);
    expect(journey.errors).toEqual([]);
  });
});
