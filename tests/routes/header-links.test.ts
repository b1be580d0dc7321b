/**
 * The site header shows each user the sections their role may open, and no
 * other: a parent sees the public pages and the sign-in, a kindergarten's
 * bookkeeper its own filings and cases, an officer the queues, an
 * administrator the rule and audit pages; one holding a temporary password only
 * what works until it is changed (no link that leads back to the password
 * page). Rendered by the built app itself (a document request with the user's
 * session), as a browser receives it.
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

  it("the education office and the administrator: the overview of the kindergartens' bookkeepers' accounts, which no other role sees", async () => {
    for (const username of ["haishu.edu", "jiangbei.edu", "admin"]) expect(await headerLinks(username), username).toContain("/officer/operator-accounts");
    for (const username of ["haishu.market", "haishu.ndrc", "haishu.lead", "kg006"]) expect(await headerLinks(username), username).not.toContain("/officer/operator-accounts");
    expect(await headerLinks()).not.toContain("/officer/operator-accounts");
  });

  it("an officer's first section is their agency's own work, where sign-in lands", async () => {
    const firstOfficer = async (username: string) => under(await headerLinks(username), "/officer/")[0];
    expect(await firstOfficer("haishu.market")).toBe("/officer/cases");
    expect(await firstOfficer("haishu.edu")).toBe("/officer/accounts");
    expect(await firstOfficer("haishu.ndrc")).toBe("/officer/guidance-prices");
    expect(await firstOfficer("admin")).toBe("/officer/cases");
    // Moved, not doubled: the queue is still there for the education office.
    const edu = await headerLinks("haishu.edu");
    expect(edu.filter((l) => l === "/officer/accounts")).toHaveLength(1);
    expect(edu).toContain("/officer/cases");
  });

  it("an administrator: the rules, the audit trail and the users, no kindergarten's sections", async () => {
    const links = await headerLinks("admin");
    expect(links).toEqual(expect.arrayContaining(["/admin/rules", "/admin/audit", "/admin/users", "/admin/regions"]));
    expect(under(links, "/kindergarten/")).toEqual([]);
  });
});

describe("the header while a temporary password waits to be changed", () => {
  /** The header of the password page as the user receives it: its links, and the forms it posts. */
  async function header(username: string) {
    await app.db().updateTable("users").set({ must_change_password: 1 }).where("username", "=", username).execute();
    const res = await app.get("/account/password", username);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('data-testid="password-must-change"');
    const header = html.match(/<header class="site-header">([\s\S]*?)<\/header>/)?.[1];
    if (!header) throw new Error("no site header in the page");
    return {
      links: [...header.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]),
      forms: [...header.matchAll(/<form [^>]*action="([^"]+)"/g)].map((m) => m[1]),
      text: header.replace(/<[^>]+>/g, " "),
    };
  }

  for (const username of ["kg012", "jiangbei.edu"]) {
    it(`${username}: no link that sends back to the password page; the language switch and signing out stay`, async () => {
      const { links, forms, text } = await header(username);
      const bouncing: string[] = [];
      for (const href of links.filter((l) => !l.startsWith("#"))) {
        const res = await app.get(href, username);
        if ([301, 302, 303, 307, 308].includes(res.status) && res.headers.get("Location") === "/account/password") bouncing.push(href);
      }
      expect(bouncing).toEqual([]);
      // Only the skip link is left: the page is the password form itself.
      expect(links).toEqual(["#main"]);
      expect(forms).toEqual(["/lang", "/logout"]);
      expect(text).toContain("退出登录");
      expect(text).toContain("English");
    });
  }

  it("once the password is changed, the header is the role's again", async () => {
    await app.db().updateTable("users").set({ must_change_password: 0 }).where("username", "=", "kg012").execute();
    const links = await headerLinks("kg012");
    expect(links).toEqual(expect.arrayContaining(["/kindergarten/fees", "/account/password"]));
  });
});

describe("the section the header marks as current", () => {
  it("a change's preview is marked in the section of the change, not in 重新评估", async () => {
    const res = await app.get("/officer/changes/parameters", "admin");
    expect(res.status).toBe(200);
    const nav = (await res.text()).match(/<nav aria-label="(?:主导航|Main)">([\s\S]*?)<\/nav>/)?.[1] ?? "";
    const current = [...nav.matchAll(/<a [^>]*href="([^"]+)"[^>]*aria-current="page"|<a [^>]*aria-current="page"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(current).toEqual(["/officer/rules"]);
  });
});
