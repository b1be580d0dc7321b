/**
 * "先核验，再缴费" in a real browser against the real server (demo data): on a
 * phone with JavaScript the answer appears under the button and a typo is
 * caught before it spends one of the client's limited checks; without
 * JavaScript the post renders a result page with the answer and a way back.
 * Screenshots go to tests/artifacts/account-check/ (git-ignored).
 */
import { describe, expect, it } from "vitest";
import { kindergartenWithAccountInForce } from "../factories/bank-accounts";
import { heading, hydrated, text, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("account-check");

/** A demo kindergarten with its approved account in force, read from the server's database. */
const filedAccount = () => withServerDb(journey, kindergartenWithAccountInForce);

describe("先核验，再缴费 in a browser", () => {
  it("a parent on a phone gets the answer under the button; a typo is caught before it spends a check", { timeout: 60_000 }, async () => {
    const { id, number } = await filedAccount();
    const phone = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const posts: string[] = [];
    phone.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    await phone.goto(`/kindergartens/${id}/check-account`);
    await hydrated(phone);
    await heading(phone, "先核验，再缴费");
    const accountNumber = phone.getByLabel("收款账号");
    expect(await accountNumber.getAttribute("inputmode")).toBe("numeric");
    const button = phone.getByRole("button", { name: "核验账户" });
    expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);

    await accountNumber.fill("12 34");
    await button.click();
    expect(await text(phone.locator(".field-error"))).toBe("账号应为 8–30 位数字（可含空格或短横线）");
    expect(await accountNumber.evaluate((el) => el === document.activeElement)).toBe(true); // taken to the field to correct
    expect(posts).toEqual([]);

    // The filed number as a bank card prints it, in groups of four.
    await accountNumber.fill(number.replace(/(\d{4})(?=\d)/g, "$1 "));
    await button.click();
    const answer = phone.locator(".check-answer");
    await answer.waitFor();
    // The answer first names the number it is about, by its last four digits.
    expect(await text(answer)).toMatch(new RegExp(`^您核验的账号：尾号${number.slice(-4)}\\s*是本园备案的收费账户（.+尾号${number.slice(-4)}），可以缴费。`));
    expect(new URL(phone.url()).pathname).toBe(`/kindergartens/${id}/check-account`);
    expect(posts).toHaveLength(1);

    await accountNumber.fill("6222020000000000111");
    expect(await answer.count()).toBe(0); // the answer was about the number before the edit
    await button.click();
    await phone.getByText("不是本园备案的收费账户：请暂停缴费，向幼儿园核实，或向当地教育部门反映。").waitFor();
    expect(await text(answer)).toContain("12315");
    // The parent can report it here: the form for this kindergarten, "another account" chosen; the number checked is
    // not in the address (history, logs, Referer), and the form asks for it.
    const report = answer.getByRole("link", { name: /在线举报/ });
    expect(await report.getAttribute("href")).toBe(`/complaints/new?kindergarten=${encodeURIComponent(id)}&kind=other_account`);
    const width = await phone.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(width.scroll).toBeLessThanOrEqual(width.client + 1);
    await journey.screenshot(phone, "phone");
    await Promise.all([phone.waitForURL(/\/complaints\/new\?/), report.click()]);
    await heading(phone, "投诉举报");
    expect(await phone.getByLabel("实际缴入的收款账号", { exact: true }).inputValue()).toBe("");
    await phone.getByText("请填写（或粘贴）刚才核验的那个账号。为保护账号信息，它不随链接带到这里。").waitFor();
    expect(await phone.locator('input[name="kind"][value="other_account"]').isChecked()).toBe(true);
    expect(journey.errors).toEqual([]);
  });

  it("without JavaScript, the post renders a result page with the answer and a way back", { timeout: 60_000 }, async () => {
    const { id } = await filedAccount();
    const noJs = await journey.newPage({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await noJs.goto(`/kindergartens/${id}/check-account`);
    await noJs.getByLabel("收款账号").fill("6222-0200-0000-0000-222");
    await noJs.getByLabel("收款户名（选填）").fill("张三");
    const [post] = await Promise.all([
      noJs.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document"),
      noJs.getByRole("button", { name: "核验账户" }).click(),
    ]);
    expect(post.status()).toBe(200);
    await noJs.waitForLoadState();
    expect(await text(noJs.locator(".check-answer"))).toContain("不是本园备案的收费账户");
    // The page comes back with what was typed, and the answer says which number it is about.
    expect(await noJs.getByLabel("收款账号").inputValue()).toBe("6222-0200-0000-0000-222");
    expect(await noJs.getByLabel("收款户名（选填）").inputValue()).toBe("张三");
    expect(await text(noJs.locator(".check-answer"))).toContain("您核验的账号：尾号0222");
    expect(await noJs.getByRole("link", { name: /返回幼儿园公示信息/ }).getAttribute("href")).toBe(`/kindergartens/${id}`);
    await journey.screenshot(noJs, "no-js");
    // A number refused by the server stays in its box, beside its message.
    await noJs.getByLabel("收款账号").fill("abc123");
    await Promise.all([
      noJs.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document"),
      noJs.getByRole("button", { name: "核验账户" }).click(),
    ]);
    await noJs.waitForLoadState();
    expect(await noJs.getByLabel("收款账号").inputValue()).toBe("abc123");
    expect(await text(noJs.locator(".field-error"))).toBe("账号应为 8–30 位数字（可含空格或短横线）");
    // The page comes back with focus on the field to correct, not at its top.
    expect(await noJs.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("accountNumber");
  });
});
