/**
 * The site header shows each user the sections their role may open, and no
 * other: a parent sees the public pages and the sign-in, a kindergarten's
 * bookkeeper its own filings and cases, an officer the queues, an
 * administrator the rule and audit pages. Rendered by the built app itself
 * (a document request with the user's session), as a browser receives it.
 */
import { describe, expect, it } from "vitest";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

/** The addresses the header's main navigation links to, for a visitor or a signed-in user. */
async function headerLinks(username?: string): Promise<string[]> {
  const res = await app.get("/statistics", username);
  expect(res.status).toBe(200);
  const html = await res.text();
  const nav = html.match(/<nav aria-label="(?:主导航|Main)">([\s\S]*?)<\/nav>/)?.[1];
  if (!nav) throw new Error("no main navigation in the page");
  return [...nav.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]);
}

const under = (links: string[], prefix: string) => links.filter((l) => l.startsWith(prefix));

describe("the header's links by role", () => {
  it("a visitor: the public pages, about and sign-in", async () => {
    expect(await headerLinks()).toEqual(["/kindergartens", "/cases", "/statistics", "/about", "/login"]);
  });

  it("a kindergarten's operator: its own sections, no officer's or administrator's", async () => {
    const links = await headerLinks("kg006");
    expect(under(links, "/kindergarten/")).toEqual(["/kindergarten/fees", "/kindergarten/account", "/kindergarten/meal-fund", "/kindergarten/complaints", "/kindergarten/cases"]);
    expect(under(links, "/officer/")).toEqual([]);
    expect(under(links, "/admin/")).toEqual([]);
    expect(links).not.toContain("/login");
    expect(links).toContain("/account/password");
  });

  it("a market-supervision officer: the queues and complaints, no kindergarten's or administrator's sections", async () => {
    const links = await headerLinks("haishu.market");
    expect(links).toEqual(expect.arrayContaining(["/officer/cases", "/officer/dashboard", "/officer/complaints", "/officer/accounts", "/officer/rules"]));
    expect(under(links, "/kindergarten/")).toEqual([]);
    expect(under(links, "/admin/")).toEqual([]);
  });

  it("an administrator: the rules, the audit trail and the users, no kindergarten's sections", async () => {
    const links = await headerLinks("admin");
    expect(links).toEqual(expect.arrayContaining(["/admin/rules", "/admin/audit", "/admin/users", "/admin/regions"]));
    expect(under(links, "/kindergarten/")).toEqual([]);
  });
});
