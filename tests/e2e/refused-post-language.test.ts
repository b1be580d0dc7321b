/**
 * A post refused by its action, as a browser gets it: the root's error boundary, rendered without the root's data,
 * speaks the reader's language (the request's, on the server; the <html lang> it wrote, in the browser), and hydrates
 * without a mismatch (which React reports as a console error) into a page whose links work.
 */
import { describe, expect, it } from "vitest";
import type { Lang } from "~/i18n";
import { commitLang } from "~/web/lang.server";
import { heading, hydrated, signIn, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("refused-post-language");

/** A post the officer may not make, sent as a form without the app's scripts (a document request). */
async function refusedPost(lang: Lang) {
  const page = await journey.newPage();
  await signIn(page, "haishu.market");
  const [name, value] = (await commitLang(lang)).split(";")[0].split("=");
  await page.context().addCookies([{ name, value, url: journey.server().baseUrl }]);
  await Promise.all([
    page.waitForURL((url) => url.pathname === "/admin/users/import"),
    page.evaluate(() => {
      const form = document.createElement("form");
      form.method = "post";
      form.action = "/admin/users/import";
      const intent = Object.assign(document.createElement("input"), { type: "hidden", name: "intent", value: "preview" });
      form.append(intent);
      document.body.append(form);
      HTMLFormElement.prototype.submit.call(form);
    }),
  ]);
  await hydrated(page);
  return page;
}

describe("a post its action refused, in the browser", () => {
  it("is in English for an English reader, hydrated, its home link the English home page", async () => {
    const page = await refusedPost("en");
    await heading(page, "Something went wrong");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.title()).toBe("Kindergarten Fee Supervision Portal");
    await expect.poll(() => page.locator("main").textContent()).toContain("You are not allowed to do this.");
    await page.getByRole("link", { name: "Home", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(journey.errors).toEqual([]);
  });

  it("is in Chinese for a Chinese reader", async () => {
    const page = await refusedPost("zh-CN");
    await heading(page, "出错了");
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");
    await expect.poll(() => page.locator("main").textContent()).toContain("您没有权限执行此操作。");
    expect(journey.errors).toEqual([]);
  });
});
