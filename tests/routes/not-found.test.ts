/**
 * An address nothing answers is a 404 in the reader's language, as an unknown id on a real page is: the page's
 * language, its heading and its way home. Rendered by the built app.
 */
import { describe, expect, it } from "vitest";
import { commitLang } from "~/web/lang.server";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

async function notFound(path: string, cookie?: string): Promise<string> {
  const res = await app.get(path, undefined, cookie);
  expect(res.status).toBe(404);
  return res.text();
}

describe("an address no page has", () => {
  it("answers in English to a reader who chose it, as an unknown case does", async () => {
    const english = (await commitLang("en")).split(";")[0];
    for (const path of ["/no/such/page", "/kindergartens/x/y/z", "/cases/NOPE"]) {
      const html = await notFound(path, english);
      expect(html, path).toMatch(/<html lang="en"/);
      expect(html, path).toContain("<h1>Page not found</h1>");
    }
  });

  it("answers in Chinese by default", async () => {
    const html = await notFound("/no/such/page");
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toContain("<h1>找不到该页面</h1>");
  });
});
