/**
 * A form whose fields are checked as they are left (conform's `shouldValidate: "onBlur"`) takes the first press of its
 * button right after a field was typed wrong: pressing the button used to leave the field, its message appeared above
 * the button between the press and the release, the button moved from under the pointer, and the click landed on the
 * form instead (nothing checked, nothing sent; the second press worked). Each form's buttons keep the focus where it
 * is on a press (`keepFocusOnPress`, components/forms.tsx), as the administrator's account forms do
 * (tests/e2e/user-form-errors). The press here is a person's: down, a pause, up.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hydrated, signIn, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("blur-form-press");

/** The href of the first link in <main> whose address matches `pattern`. */
async function firstLink(page: Page, listPath: string, pattern: RegExp): Promise<string> {
  await page.goto(listPath);
  const hrefs = await page.locator("main a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link like ${pattern} on ${listPath}`).toBeDefined();
  return href!;
}

/**
 * Types `value` into the field named `field` (after a character, so an empty value is one typed away; after typing
 * into `before` first, when given), presses the button named `button` as a person does, and answers what the click
 * landed on, once the form has said the field is wrong (the press checked it).
 */
async function pressAfterTyping(page: Page, path: string, field: string, value: string, button: string, before?: string): Promise<string> {
  await page.goto(path);
  await hydrated(page);
  if (before) await page.locator(`[name="${before}"]`).first().fill("E2E");
  const input = page.locator(`[name="${field}"]`).first();
  await input.click();
  await input.fill("1");
  await input.fill(value);
  const target = page.getByRole("button", { name: button, exact: true }).first();
  await target.scrollIntoViewIfNeeded();
  await page.evaluate(() => {
    const w = window as unknown as { clicked: string[] };
    w.clicked = [];
    document.addEventListener("click", (e) => w.clicked.push((e.target as Element).closest("button")?.textContent?.trim() ?? (e.target as Element).tagName), true);
  });
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.waitForTimeout(150);
  await page.mouse.up();
  const clicked = await page.evaluate(() => (window as unknown as { clicked: string[] }).clicked.join(","));
  await expect.poll(() => input.getAttribute("aria-invalid"), { message: `${path}: ${field} said to be wrong` }).toBe("true");
  return clicked;
}

describe("a blur-checked form's button after a field typed wrong", () => {
  it("takes the first press, on every such form of the officers", { timeout: 180_000 }, async () => {
    const ndrc = await journey.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(ndrc, "haishu.ndrc");
    expect(await pressAfterTyping(ndrc, "/officer/guidance-prices/new", "rows[0].base_price_yuan", "!x", "生成草稿批次")).toBe("生成草稿批次");
    expect(await pressAfterTyping(ndrc, "/officer/catalogue", "nameEn", "", "新增")).toBe("新增");
    // An item of the district's own, to edit.
    await ndrc.goto("/officer/catalogue");
    await hydrated(ndrc);
    await ndrc.locator('input[name="code"]').fill("SVC_PRESS");
    await ndrc.locator('input[name="nameZh"]').fill("按压测试服务");
    await ndrc.locator('input[name="nameEn"]').fill("Press test service");
    await Promise.all([ndrc.waitForURL(/added=SVC_PRESS/), ndrc.getByRole("button", { name: "新增", exact: true }).click()]);
    expect(await pressAfterTyping(ndrc, "/officer/catalogue/SVC_PRESS", "nameZh", "", "保存")).toBe("保存");

    const edu = await journey.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(edu, "haishu.edu");
    expect(await pressAfterTyping(edu, "/officer/kindergartens/new", "address", "", "登记")).toBe("登记");
    const kindergarten = await firstLink(edu, "/officer/kindergartens", /^\/officer\/kindergartens\/[0-9A-Z]{26}$/);
    expect(await pressAfterTyping(edu, `${kindergarten}/edit`, "reason", "", "保存修改")).toBe("保存修改");
    expect(await pressAfterTyping(edu, `${kindergarten}/accounts`, "username", "!x", "开设账户")).toBe("开设账户");
    expect(await pressAfterTyping(edu, "/account/password", "confirmPassword", "", "修改密码")).toBe("修改密码");
    expect(journey.errors).toEqual([]);
  });

  it("takes the first press, on every such form of the kindergartens", { timeout: 180_000 }, async () => {
    const kg001 = await journey.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(kg001, "kg001");
    expect(await pressAfterTyping(kg001, "/kindergarten/fees/new", "waiverDeduction", "!x", "提交备案")).toBe("提交备案");
    expect(await pressAfterTyping(kg001, "/kindergarten/fees/new", "waiverDeduction", "!x", "预检查（不提交）")).toBe("预检查（不提交）");
    // Another field typed in first: the filing form's own change handler once left its fields behind conform's state.
    expect(await pressAfterTyping(kg001, "/kindergarten/fees/new", "items[1].amount", "-5", "提交备案", "note")).toBe("提交备案");
    expect(await pressAfterTyping(kg001, "/kindergarten/meal-fund/new", "childCount", "!x", "提交并公布")).toBe("提交并公布");
    expect(await pressAfterTyping(kg001, "/kindergarten/account/new", "accountNumber", "!x", "提交备案")).toBe("提交备案");

    const kg003 = await journey.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(kg003, "kg003");
    const notice = await firstLink(kg003, "/kindergarten/cases", /^\/kindergarten\/cases\/[0-9A-Z]{26}$/);
    expect(await pressAfterTyping(kg003, notice, "refundAmount", "!x", "提交答复")).toBe("提交答复");
    expect(journey.errors).toEqual([]);
  });
});
