/**
 * User administration through the built app, as a browser without JavaScript uses it: the administrator opens an
 * officer's account and the officer signs in with the temporary password, is held on the password page until it is
 * changed, then works; nobody else reaches the new pages; a deactivated user's open session stops at once; a reset
 * password is changed at the next sign-in; the administrator cannot deactivate their own (the last) account.
 */
import { describe, expect, it } from "vitest";
import { commitLang } from "~/web/lang.server";
import { useBuiltApp } from "../setup/built-app";
import { cookieHeaderFrom } from "../setup/route-helpers";

const app = useBuiltApp();

const temporaryIn = (html: string) => html.match(/<code class="temporary-password"[^>]*>([^<]+)<\/code>/)?.[1] ?? null;
const userIdOf = async (username: string) =>
  (await app.db().selectFrom("users").select("id").where("username", "=", username).executeTakeFirstOrThrow()).id;

/** Signs in through the login page; the session's Cookie header and where the page sent the user. */
async function signIn(username: string, password: string): Promise<{ cookie: string; location: string | null }> {
  const res = await app.post("/login", null, { username, password });
  expect(res.status).toBe(302);
  return { cookie: cookieHeaderFrom(res.headers.get("Set-Cookie")), location: res.headers.get("Location") };
}

/** The administrator's create form posted as the page would, with the page's own one-time key. */
async function createThroughPage(form: Record<string, string>): Promise<Response> {
  const page = await app.get("/admin/users/new", "admin");
  expect(page.status).toBe(200);
  const key = (await page.text()).match(/name="submissionKey" value="([^"]+)"/)?.[1];
  expect(key).toBeTruthy();
  return app.post("/admin/users/new", "admin", { ...form, submissionKey: key! });
}

describe("an administrator opens an officer's account", () => {
  it("the officer signs in with the temporary password, must change it before anything else, then works", async () => {
    const created = await createThroughPage({ username: "Haishu.Newcomer", displayName: "海曙区市场监督管理局（新进）", role: "officer", agency: "market", regionCode: "330203" });
    expect(created.status).toBe(200);
    const html = await created.text();
    expect(html).toContain("账户 haishu.newcomer 已开设");
    const temporary = temporaryIn(html);
    expect(temporary).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    const { cookie, location } = await signIn("haishu.newcomer", temporary!);
    expect(location).toBe("/account/password");
    // Every other page, protected or public, sends the user back to the password page.
    for (const path of ["/officer/cases", "/officer/complaints", "/kindergartens", "/"]) {
      const res = await app.get(path, undefined, cookie);
      expect({ path, status: res.status, location: res.headers.get("Location") }).toEqual({ path, status: 302, location: "/account/password" });
    }
    const page = await app.get("/account/password", undefined, cookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("您正在使用临时密码");

    const short = await app.post("/account/password", null, { currentPassword: temporary!, newPassword: "short", confirmPassword: "short" }, cookie);
    expect(short.status).toBe(400);
    const shortHtml = await short.text();
    expect(shortHtml).toContain("密码至少 10 个字符");
    expect(shortHtml).not.toContain(temporary!);

    const changed = await app.post("/account/password", null, { currentPassword: temporary!, newPassword: "春芽幼儿园收费检查 2026", confirmPassword: "春芽幼儿园收费检查 2026" }, cookie);
    expect(changed.status).toBe(302);
    expect(changed.headers.get("Location")).toBe("/account/password?changed=1");
    // The session goes on under a new id, in a new cookie as the first one was set; the old cookie signs nobody in.
    const renewed = changed.headers.get("Set-Cookie") ?? "";
    expect(renewed).toMatch(/^__session=[^;]+;.*HttpOnly.*SameSite=Lax/i);
    expect(cookieHeaderFrom(renewed)).not.toBe(cookie);
    expect((await app.get("/officer/cases", undefined, cookieHeaderFrom(renewed))).status).toBe(200);
    expect((await app.get("/officer/cases", undefined, cookie)).headers.get("Location")).toBe("/login?redirectTo=%2Fofficer%2Fcases");
    expect((await signIn("haishu.newcomer", "春芽幼儿园收费检查 2026")).location).toBe("/officer/cases");
  });

  it("a refused form comes back with its messages in Chinese and English and what was typed", async () => {
    const refused = await createThroughPage({ username: "x", displayName: "某某", role: "operator", kindergarten: "91330203MA0000000X" });
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain("用户名须为 3–40 个字符");
    expect(html).toContain('value="某某"');
    const unknownKg = await createThroughPage({ username: "op.unknown", displayName: "某某", role: "operator", kindergarten: "91330203MA0000000X" });
    expect(unknownKg.status).toBe(400);
    expect(await unknownKg.text()).toContain("未找到该幼儿园");
    const en = cookieHeaderFrom(await commitLang("en"));
    const page = await app.get("/admin/users/new", "admin", en);
    const key = (await page.text()).match(/name="submissionKey" value="([^"]+)"/)?.[1];
    const english = await app.post("/admin/users/new", "admin", { username: "x", displayName: "某", role: "officer", submissionKey: key! }, en);
    expect(await english.text()).toContain("An officer needs an agency");
  });

  it("the list finds accounts by role, region and name, and links each one", async () => {
    const res = await app.get("/admin/users?role=officer&region=330203&q=haishu", "admin");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("haishu.market");
    expect(html).not.toContain("jiangbei.market");
    expect(html).toContain(`href="/admin/users/${await userIdOf("haishu.market")}"`);
    const bad = await app.get("/admin/users?active=bogus&region=x", "admin");
    expect(bad.status).toBe(200);
    expect(await bad.text()).toMatch(/data-testid="users-ignored"[^>]*>以下查询参数无效，已忽略：辖区、状态</);
  });

  it("the administrator's header links the user pages, and every signed-in user's the password page", async () => {
    expect(await (await app.get("/statistics", "admin")).text()).toContain('href="/admin/users"');
    const officer = await (await app.get("/statistics", "haishu.market")).text();
    expect(officer).not.toContain('href="/admin/users"');
    expect(officer).toContain('href="/account/password"');
  });
});

describe("who reaches the new pages", () => {
  it("an officer and an operator are refused (403) on every user page and action; signed out, they go to sign in", async () => {
    const id = await userIdOf("jiangbei.market");
    const pages = ["/admin/users", "/admin/users/new", `/admin/users/${id}`];
    for (const username of ["haishu.market", "haishu.lead", "kg006"]) {
      for (const path of pages) {
        expect({ username, path, status: (await app.get(path, username)).status }).toEqual({ username, path, status: 403 });
        if (path === "/admin/users") continue; // a list: no action (405 for anyone)
        const post = await app.post(path, username, { intent: "deactivate", username: "intruder", displayName: "x", role: "admin", submissionKey: "01J0000000000000000000000A" });
        expect({ username, path, status: post.status }).toEqual({ username, path, status: 403 });
      }
    }
    for (const path of [...pages, "/account/password"]) {
      const res = await app.get(path);
      expect({ path, status: res.status, location: res.headers.get("Location") }).toEqual({ path, status: 302, location: `/login?redirectTo=${encodeURIComponent(path)}` });
      if (path !== "/admin/users") expect((await app.post(path, null, { intent: "deactivate" })).status).toBe(302);
    }
    expect(await app.db().selectFrom("users").select("id").where("username", "=", "intruder").executeTakeFirst()).toBeUndefined();
    expect((await app.db().selectFrom("users").select("active").where("id", "=", id).executeTakeFirstOrThrow()).active).toBe(1);
  });
});

describe("deactivation, reset and the last administrator", () => {
  it("a deactivated officer's open session stops working at once, and sign-in is refused", async () => {
    const { cookie } = await signIn("jiangbei.market", "demo1234");
    expect((await app.get("/officer/cases", undefined, cookie)).status).toBe(200);
    const id = await userIdOf("jiangbei.market");
    const res = await app.post(`/admin/users/${id}`, "admin", { intent: "deactivate" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/admin/users/${id}?done=deactivated`);
    const after = await app.get("/officer/cases", undefined, cookie);
    expect(after.status).toBe(302);
    expect(after.headers.get("Location")).toMatch(/^\/login\?/);
    expect((await app.post("/login", null, { username: "jiangbei.market", password: "demo1234" })).status).toBe(401);
    const page = await (await app.get(`/admin/users/${id}?done=deactivated`, "admin")).text();
    expect(page).toContain("账户已停用，其登录已全部退出");
    expect(page).toContain("重新启用账户");
    expect((await app.post(`/admin/users/${id}`, "admin", { intent: "reactivate" })).status).toBe(302);
    expect((await signIn("jiangbei.market", "demo1234")).location).toBe("/officer/cases");
  });

  it("a reset shows the temporary password once, ends the user's sessions, and the user changes it at the next sign-in", async () => {
    const { cookie: old } = await signIn("haishu.market2", "demo1234");
    const id = await userIdOf("haishu.market2");
    const res = await app.post(`/admin/users/${id}`, "admin", { intent: "reset" });
    expect(res.status).toBe(200);
    const temporary = temporaryIn(await res.text());
    expect(temporary).toBeTruthy();
    expect((await app.get(`/admin/users/${id}`, "admin").then((r) => r.text())).includes(temporary!)).toBe(false);
    expect((await app.get("/officer/cases", undefined, old)).status).toBe(302);
    expect((await app.post("/login", null, { username: "haishu.market2", password: "demo1234" })).status).toBe(401);
    const { cookie, location } = await signIn("haishu.market2", temporary!);
    expect(location).toBe("/account/password");
    expect((await app.get("/officer/cases", undefined, cookie)).headers.get("Location")).toBe("/account/password");
    const wrong = await app.post("/account/password", null, { currentPassword: "demo1234", newPassword: "a new passphrase", confirmPassword: "a new passphrase" }, cookie);
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("当前密码不正确");
    const ok = await app.post("/account/password", null, { currentPassword: temporary!, newPassword: "a new passphrase", confirmPassword: "a new passphrase" }, cookie);
    expect(ok.status).toBe(302);
    expect((await app.get("/officer/cases", undefined, cookieHeaderFrom(ok.headers.get("Set-Cookie")))).status).toBe(200);
  });

  it("the administrator cannot deactivate their own account, the last administrator's: the page offers no button and a post is refused", async () => {
    const id = await userIdOf("admin");
    const page = await (await app.get(`/admin/users/${id}`, "admin")).text();
    expect(page).not.toContain('data-testid="user-active"');
    const res = await app.post(`/admin/users/${id}`, "admin", { intent: "deactivate" });
    expect(res.status).toBe(409);
    expect(await res.text()).toContain("不能停用自己的账户");
    expect((await app.db().selectFrom("users").select("active").where("id", "=", id).executeTakeFirstOrThrow()).active).toBe(1);
  });
});
