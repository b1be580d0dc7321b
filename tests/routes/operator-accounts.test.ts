/**
 * The education office keeps its kindergartens' bookkeepers' accounts from the kindergarten's page, through the built
 * app as a browser without JavaScript uses it (`/officer/kindergartens/<id>/accounts`): it opens an account and the
 * bookkeeper signs in with the temporary password and must change it first; it resets a forgotten password (the old
 * session ends, the temporary one must be changed at the next sign-in); it deactivates and reactivates. Refused: the
 * market office (403), another district's office (404), an officer's, an administrator's or another kindergarten's
 * account on the page (404), and the administrator's own pages stay the administrator's.
 */
import { describe, expect, it } from "vitest";
import { demoKindergartenOf } from "../factories/demo-cases";
import { createThroughPage, temporaryPasswordIn } from "../factories/operator-accounts";
import { useBuiltApp } from "../setup/built-app";
import { cookieHeaderFrom } from "../setup/route-helpers";

const app = useBuiltApp();

const userOf = async (username: string) =>
  app.db().selectFrom("users").select(["id", "kindergarten_id", "password_hash", "active"]).where("username", "=", username).executeTakeFirstOrThrow();
const kindergartenOf = (username: string) => demoKindergartenOf(app.db(), username);

async function signIn(username: string, password: string): Promise<{ cookie: string; location: string | null }> {
  const res = await app.post("/login", null, { username, password });
  expect(res.status).toBe(302);
  return { cookie: cookieHeaderFrom(res.headers.get("Set-Cookie")), location: res.headers.get("Location") };
}

/** The bookkeeper signs in with the temporary password, is held on the password page, sets their own, then works. */
async function firstSignIn(username: string, temporary: string, own: string) {
  const { cookie, location } = await signIn(username, temporary);
  expect(location).toBe("/account/password");
  expect((await app.get("/kindergarten/fees", undefined, cookie)).headers.get("Location")).toBe("/account/password");
  const changed = await app.post("/account/password", null, { currentPassword: temporary, newPassword: own, confirmPassword: own }, cookie);
  expect(changed.status).toBe(302);
  expect((await app.get("/kindergarten/fees", undefined, cookieHeaderFrom(changed.headers.get("Set-Cookie")))).status).toBe(200);
}

describe("the education office opens a bookkeeper's account from the kindergarten's page", () => {
  it("the kindergarten's page links the accounts; a new account's temporary password is shown once and must be changed", async () => {
    const kg = await kindergartenOf("kg006");
    const kgPage = await (await app.get(`/officer/kindergartens/${kg}`, "haishu.edu")).text();
    expect(kgPage).toContain(`href="/officer/kindergartens/${kg}/accounts"`);
    expect(await (await app.get(`/officer/kindergartens/${kg}`, "haishu.market")).text()).not.toContain(`/officer/kindergartens/${kg}/accounts`);

    const list = await (await app.get(`/officer/kindergartens/${kg}/accounts`, "haishu.edu")).text();
    expect(list).toContain("收费管理员账户");
    expect(list).toContain('data-username="kg006"');

    // A posted role or kindergarten is not the page's: ignored, the account is the kindergarten's bookkeeper's.
    const created = await createThroughPage(app, kg, { username: "KG006.Cashier", displayName: "出纳", role: "admin", kindergarten: await kindergartenOf("kg002") });
    expect(created.status).toBe(200);
    const html = await created.text();
    expect(html).toContain("账户 kg006.cashier 已开设");
    const temporary = temporaryPasswordIn(html);
    expect(temporary).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const row = await app.db().selectFrom("users").select(["role", "kindergarten_id", "must_change_password"]).where("username", "=", "kg006.cashier").executeTakeFirstOrThrow();
    expect(row).toEqual({ role: "operator", kindergarten_id: kg, must_change_password: 1 });
    const audit = await app.db().selectFrom("audit_log").select(["actor_id", "detail"]).where("action", "=", "user.create").where("detail", "like", "%kg006.cashier%").executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe((await userOf("haishu.edu")).id);
    expect(JSON.parse(audit.detail)).toMatchObject({ via: "officer" });

    await firstSignIn("kg006.cashier", temporary!, "出纳自己的密码 2026");
  });

  it("a refused form comes back with the administrator's messages and what was typed", async () => {
    const kg = await kindergartenOf("kg006");
    const taken = await createThroughPage(app, kg, { username: "kg002", displayName: "重名" });
    expect(taken.status).toBe(400);
    const html = await taken.text();
    expect(html).toContain("该用户名已被使用");
    expect(html).toContain('value="重名"');
    const malformed = await createThroughPage(app, kg, { username: "x", displayName: "某" });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain("用户名须为 3–40 个字符");
  });
});

describe("the education office resets, deactivates and reactivates", () => {
  it("a reset shows the temporary password once, ends the bookkeeper's session, and it must be changed at the next sign-in", async () => {
    const kg = await kindergartenOf("kg004");
    const { cookie: old } = await signIn("kg004", "demo1234");
    expect((await app.get("/kindergarten/fees", undefined, old)).status).toBe(200);
    const { id } = await userOf("kg004");
    const res = await app.post(`/officer/kindergartens/${kg}/accounts`, "haishu.edu", { intent: "reset", userId: id });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("kg004 的密码已重置");
    const temporary = temporaryPasswordIn(html);
    expect(temporary).toBeTruthy();
    expect(await (await app.get(`/officer/kindergartens/${kg}/accounts`, "haishu.edu")).text()).not.toContain(temporary!);
    expect((await app.get("/kindergarten/fees", undefined, old)).status).toBe(302);
    expect((await app.post("/login", null, { username: "kg004", password: "demo1234" })).status).toBe(401);
    await firstSignIn("kg004", temporary!, "博雅幼儿园新密码 2026");
  });

  it("deactivation ends the session at once and stops sign-in; reactivation lets the bookkeeper in again", async () => {
    const kg = await kindergartenOf("kg003");
    const { cookie } = await signIn("kg003", "demo1234");
    const { id } = await userOf("kg003");
    const off = await app.post(`/officer/kindergartens/${kg}/accounts`, "haishu.edu", { intent: "deactivate", userId: id });
    expect(off.status).toBe(302);
    // The notice names the account, as a reset's does: the page it lands on is told which.
    expect(off.headers.get("Location")).toBe(`/officer/kindergartens/${kg}/accounts?done=deactivated&account=kg003`);
    expect((await app.get("/kindergarten/fees", undefined, cookie)).status).toBe(302);
    expect((await app.post("/login", null, { username: "kg003", password: "demo1234" })).status).toBe(401);
    const page = await (await app.get(off.headers.get("Location")!, "haishu.edu")).text();
    expect(page).toContain("账户 kg003 已停用，其登录已全部退出");
    expect(page).toContain("重新启用账户");
    const on = await app.post(`/officer/kindergartens/${kg}/accounts`, "haishu.edu", { intent: "reactivate", userId: id });
    expect(on.status).toBe(302);
    expect(await (await app.get(on.headers.get("Location")!, "haishu.edu")).text()).toContain("账户 kg003 已重新启用");
    expect((await signIn("kg003", "demo1234")).location).not.toBe("/account/password");
  });
});

describe("who is refused", () => {
  it("the market and development-reform offices and a bookkeeper: 403 on the page and every action", async () => {
    const kg = await kindergartenOf("kg006");
    const { id, password_hash } = await userOf("kg006");
    for (const username of ["haishu.market", "haishu.ndrc", "kg006"]) {
      expect({ username, status: (await app.get(`/officer/kindergartens/${kg}/accounts`, username)).status }).toEqual({ username, status: 403 });
      for (const intent of ["reset", "deactivate"]) {
        const res = await app.post(`/officer/kindergartens/${kg}/accounts`, username, { intent, userId: id });
        expect({ username, intent, status: res.status }).toEqual({ username, intent, status: 403 });
      }
    }
    expect(await userOf("kg006")).toMatchObject({ password_hash, active: 1 });
  });

  it("another district's office: the kindergarten is not found (404), and so is its account on the office's own kindergarten's page", async () => {
    const kg = await kindergartenOf("kg006");
    const { id, password_hash } = await userOf("kg006");
    expect((await app.get(`/officer/kindergartens/${kg}/accounts`, "jiangbei.edu")).status).toBe(404);
    expect((await app.post(`/officer/kindergartens/${kg}/accounts`, "jiangbei.edu", { intent: "reset", userId: id })).status).toBe(404);
    const jiangbeiKg = await kindergartenOf("kg008");
    const res = await app.post(`/officer/kindergartens/${jiangbeiKg}/accounts`, "jiangbei.edu", { intent: "deactivate", userId: id });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("未找到该账户");
    expect(await userOf("kg006")).toMatchObject({ password_hash, active: 1 });
  });

  it("an officer's or an administrator's account, or another kindergarten's bookkeeper, is not found on the page (404)", async () => {
    const kg = await kindergartenOf("kg006");
    for (const username of ["haishu.market", "haishu.lead", "jiangbei.edu", "admin", "kg002", "kg008"]) {
      const before = await userOf(username);
      for (const intent of ["reset", "deactivate"]) {
        const res = await app.post(`/officer/kindergartens/${kg}/accounts`, "haishu.edu", { intent, userId: before.id });
        expect({ username, intent, status: res.status }).toEqual({ username, intent, status: 404 });
      }
      expect(await userOf(username)).toEqual(before);
    }
  });

  it("the administrator's user pages stay the administrator's", async () => {
    const { id } = await userOf("kg006");
    for (const path of ["/admin/users", "/admin/users/new", `/admin/users/${id}`, "/admin/users/import"]) {
      expect({ path, status: (await app.get(path, "haishu.edu")).status }).toEqual({ path, status: 403 });
    }
    expect((await app.post(`/admin/users/${id}`, "haishu.edu", { intent: "reset" })).status).toBe(403);
  });
});
