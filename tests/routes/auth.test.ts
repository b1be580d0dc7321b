/**
 * Signing in (POST /login): wrong passwords are refused and throttled per
 * username and address, per address and per username, a right one sets the
 * session cookie, and the redirectTo field can only lead back into the portal.
 */
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDb } from "~/web/db.server";
import * as loginRoute from "~/routes/_public+/login";
import * as langRoute from "~/routes/_public+/lang";
import * as passwordRoute from "~/routes/account+/password";
import * as feesIndex from "~/routes/kindergarten+/fees._index";
import * as casesIndex from "~/routes/officer+/cases._index";
import * as accountsIndex from "~/routes/officer+/accounts._index";
import * as guidanceIndex from "~/routes/officer+/guidance-prices._index";
import * as auditIndex from "~/routes/admin+/audit._index";
import { buildRequest, callRoute, cookieHeaderFrom, countRows, DEMO_PASSWORD, sessionCookieFor, type RouteFn, type RouteOutcome } from "../setup/route-helpers";
import { getActor } from "~/web/auth.server";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;

/** A fresh client address per test: the throttle counts per username + address (and may live in a shared Redis). */
function freshIp(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

function signIn(fields: Record<string, string>, clientIp: string): Promise<RouteOutcome> {
  return callRoute(loginRoute.action, "/login", { form: fields, clientIp, headers: { "User-Agent": "vitest" } });
}

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
});

afterAll(async () => {
  await t?.destroy();
});

describe("wrong credentials", () => {
  it("a wrong password is 401 with login.failed and no cookie", async () => {
    const sessions = await countRows(t.db, "sessions");
    const res = await signIn({ username: "kg006", password: "wrong-password" }, freshIp());
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: "login.failed" });
    expect(res.headers.get("Set-Cookie")).toBeNull();
    expect(await countRows(t.db, "sessions")).toBe(sessions);
  });

  it("an unknown username gets the same answer as a wrong password", async () => {
    const res = await signIn({ username: "nobody.here", password: DEMO_PASSWORD }, freshIp());
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ error: "login.failed" });
  });

  it("an empty username is 400 with a field error", async () => {
    const res = await signIn({ username: "  ", password: DEMO_PASSWORD }, freshIp());
    expect(res.status).toBe(400);
    expect((res.body as { fieldErrors: Record<string, string[]> }).fieldErrors.username).toContain("form.required");
  });
});

describe("throttling", () => {
  it("after 5 failures for one username and address, the 6th attempt is 429 with Retry-After, even with the right password", async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      const res = await signIn({ username: "kg002", password: `wrong-${i}` }, ip);
      expect(res.status, `attempt ${i + 1}`).toBe(401);
    }
    const blocked = await signIn({ username: "kg002", password: "wrong-again" }, ip);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: "login.tooMany" });
    const retryAfter = Number(blocked.headers.get("Retry-After"));
    expect(Number.isInteger(retryAfter) && retryAfter > 0).toBe(true);
    expect((blocked.body as { retryAfter: number }).retryAfter).toBe(retryAfter);

    const right = await signIn({ username: "kg002", password: DEMO_PASSWORD }, ip);
    expect(right.status).toBe(429);
    expect(right.headers.get("Set-Cookie")).toBeNull();
  });

  it("the username is matched case- and space-insensitively by the throttle", async () => {
    const ip = freshIp();
    for (const name of ["kg004", "KG004", " kg004 ", "Kg004", "kG004"]) {
      expect((await signIn({ username: name, password: "nope" }, ip)).status).toBe(401);
    }
    expect((await signIn({ username: "kg004", password: "nope" }, ip)).status).toBe(429);
  });

  it("the block is per address: the same user from another address may still sign in", async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) await signIn({ username: "kg005", password: "nope" }, ip);
    expect((await signIn({ username: "kg005", password: "nope" }, ip)).status).toBe(429);
    expect((await signIn({ username: "kg005", password: DEMO_PASSWORD }, freshIp())).status).toBe(302);
  });

  it("posts sent at once are counted as they arrive: 5 of 10 wrong guesses are checked, the rest refused", async () => {
    const ip = freshIp();
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => signIn({ username: "kg001", password: `guess-${i}` }, ip)));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(5);
  });

  it("an IPv6 client is one client across its /64: new addresses in it do not buy new guesses", async () => {
    const prefix = `2001:db8:${crypto.randomBytes(2).toString("hex")}:1`;
    for (let i = 1; i <= 5; i++) expect((await signIn({ username: "kg003", password: "nope" }, `${prefix}::${i}`)).status).toBe(401);
    expect((await signIn({ username: "kg003", password: DEMO_PASSWORD }, `${prefix}::ff`)).status).toBe(429);
  });

  it("one address trying a few passwords on many accounts is stopped after 30 attempts, known accounts or not", async () => {
    const ip = freshIp();
    const names = Array.from({ length: 30 }, (_, i) => `spray.${i}.${crypto.randomBytes(3).toString("hex")}`);
    for (const name of names) expect((await signIn({ username: name, password: "Password1" }, ip)).status).toBe(401);
    const blocked = await signIn({ username: "haishu.edu", password: DEMO_PASSWORD }, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("Retry-After"))).toBeGreaterThan(0);
    // Another address is not held back.
    expect((await signIn({ username: "haishu.edu", password: DEMO_PASSWORD }, freshIp())).status).toBe(302);
  });

  it("a right password gives its attempt back to the address's count: signing in between guesses does not reset it", async () => {
    const ip = freshIp();
    for (let i = 0; i < 15; i++) {
      expect((await signIn({ username: `other.${i}.${crypto.randomBytes(3).toString("hex")}`, password: "x" }, ip)).status).toBe(401);
      expect((await signIn({ username: "jiangbei.edu", password: DEMO_PASSWORD }, ip)).status).toBe(302);
    }
    for (let i = 0; i < 15; i++) expect((await signIn({ username: `more.${i}`, password: "x" }, ip)).status).toBe(401);
    expect((await signIn({ username: "more.last", password: "x" }, ip)).status).toBe(429);
  });

  it("one account guessed from many addresses is held after 50 attempts, from every address, with the same answer whether it exists", async () => {
    for (const username of ["jiangbei.market", `ghost.${crypto.randomBytes(4).toString("hex")}`]) {
      for (let i = 0; i < 50; i++) expect((await signIn({ username, password: `guess-${i}` }, freshIp())).status).toBe(401);
      const held = await signIn({ username, password: DEMO_PASSWORD }, freshIp());
      expect(held.status).toBe(429);
      expect(held.body).toMatchObject({ error: "login.tooMany" });
      expect(held.headers.get("Set-Cookie")).toBeNull();
    }
  });

  it("the password page's current password is counted with the sign-in's: guesses there share the limit", async () => {
    const ip = freshIp();
    const cookie = await sessionCookieFor(t.db, "ningbo.lead");
    const change = (currentPassword: string) =>
      callRoute(passwordRoute.action, "/account/password", { form: { currentPassword, newPassword: "a new passphrase", confirmPassword: "a new passphrase" }, cookie, clientIp: ip });
    for (let i = 0; i < 3; i++) expect((await change(`guess-${i}`)).status).toBe(400);
    for (let i = 0; i < 2; i++) expect((await signIn({ username: "ningbo.lead", password: `guess-${i}` }, ip)).status).toBe(401);
    const held = await change(DEMO_PASSWORD);
    expect(held.status).toBe(429);
    expect(Number(held.headers.get("Retry-After"))).toBeGreaterThan(0);
  });

  it("a successful sign-in clears the failure count", async () => {
    const ip = freshIp();
    for (let i = 0; i < 4; i++) await signIn({ username: "kg007", password: "nope" }, ip);
    expect((await signIn({ username: "kg007", password: DEMO_PASSWORD }, ip)).status).toBe(302);
    for (let i = 0; i < 4; i++) {
      expect((await signIn({ username: "kg007", password: "nope" }, ip)).status).toBe(401);
    }
  });
});

describe("successful sign-in", () => {
  it("redirects to the role's home with a signed, httpOnly session cookie that authenticates", async () => {
    const res = await signIn({ username: "kg006", password: DEMO_PASSWORD }, freshIp());
    expect(res.status).toBe(302);
    expect(res.location).toBe("/kindergarten/fees");
    const setCookie = res.headers.get("Set-Cookie") ?? "";
    expect(setCookie).toMatch(/^__session=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);

    const cookie = cookieHeaderFrom(setCookie);
    const page = await callRoute(feesIndex.loader, "/kindergarten/fees", { cookie });
    expect(page.status).toBe(200);

    // Signed in, the login page sends the user home.
    const again = await callRoute(loginRoute.loader, "/login", { cookie });
    expect(again.status).toBe(302);
    expect(again.location).toBe("/kindergarten/fees");
  });

  it("an officer lands on the case queue", async () => {
    const res = await signIn({ username: "haishu.market", password: DEMO_PASSWORD }, freshIp());
    expect(res.status).toBe(302);
    expect(res.location).toBe("/officer/cases");
  });

  // Each officer lands on their agency's own work, and the page answers them (their session opens it).
  const homes: Array<[string, string, RouteFn]> = [
    ["haishu.market", "/officer/cases", casesIndex.loader],
    ["haishu.lead", "/officer/cases", casesIndex.loader],
    ["haishu.edu", "/officer/accounts", accountsIndex.loader],
    ["jiangbei.edu", "/officer/accounts", accountsIndex.loader],
    ["haishu.ndrc", "/officer/guidance-prices", guidanceIndex.loader],
    ["admin", "/officer/cases", casesIndex.loader],
  ];
  for (const [username, home, loader] of homes) {
    it(`${username} lands on ${home}, which opens for them`, async () => {
      const res = await signIn({ username, password: DEMO_PASSWORD }, freshIp());
      expect(res.status).toBe(302);
      expect(res.location).toBe(home);
      const cookie = cookieHeaderFrom(res.headers.get("Set-Cookie"));
      expect((await callRoute(loader, home, { cookie })).status).toBe(200);
      // Signed in, the login page sends them to the same place.
      expect((await callRoute(loginRoute.loader, "/login", { cookie })).location).toBe(home);
    });
  }

  it("an explicit redirectTo still wins over the agency's home; a page the role may not open is still refused", async () => {
    const res = await signIn({ username: "haishu.edu", password: DEMO_PASSWORD, redirectTo: "/officer/cases?status=open" }, freshIp());
    expect(res.location).toBe("/officer/cases?status=open");
    const toAdmin = await signIn({ username: "haishu.ndrc", password: DEMO_PASSWORD, redirectTo: "/admin/audit" }, freshIp());
    expect(toAdmin.location).toBe("/admin/audit");
    expect((await callRoute(auditIndex.loader, "/admin/audit", { cookie: cookieHeaderFrom(toAdmin.headers.get("Set-Cookie")) })).status).toBe(403);
    // The education office's landing page is no kindergarten's.
    const operator = await signIn({ username: "kg006", password: DEMO_PASSWORD }, freshIp());
    expect(operator.location).toBe("/kindergarten/fees");
    expect((await callRoute(accountsIndex.loader, "/officer/accounts", { cookie: cookieHeaderFrom(operator.headers.get("Set-Cookie")) })).status).toBe(403);
  });

  it("follows a same-site redirectTo", async () => {
    const res = await signIn({ username: "kg006", password: DEMO_PASSWORD, redirectTo: "/kindergarten/fees/new?x=1" }, freshIp());
    expect(res.status).toBe(302);
    expect(res.location).toBe("/kindergarten/fees/new?x=1");
  });
});

describe("open-redirect guard", () => {
  const hostile = [
    "//evil.example",
    "//evil.example/kindergarten/fees",
    "https://evil.example",
    "javascript:alert(1)",
    "evil.example",
    // Browsers read "\" as "/" and drop tabs and newlines in URLs, so these are "//evil.example" too.
    "/\\evil.example",
    "/\\/evil.example",
    "/\t/evil.example",
  ];
  for (const redirectTo of hostile) {
    it(`ignores redirectTo=${JSON.stringify(redirectTo)}`, async () => {
      const res = await signIn({ username: "haishu.market", password: DEMO_PASSWORD, redirectTo }, freshIp());
      expect(res.status).toBe(302);
      expect(res.location).toBe("/officer/cases");
      expect(new URL(res.location!, "http://portal.test").origin).toBe("http://portal.test");
    });
  }

  it("the language switch uses the same guard", async () => {
    const res = await callRoute(langRoute.action, "/lang", { form: { lang: "en", redirectTo: "/\\evil.example" } });
    expect(res.status).toBe(302);
    expect(res.location).toBe("/");
  });
});

describe("the session read once per request", () => {
  it("the loaders of one request share the actor; the next request reads the session again", async () => {
    const cookie = await sessionCookieFor(t.db, "haishu.market");
    const page = () => buildRequest("/officer/cases", { cookie });
    const request = page();
    const [a, b] = await Promise.all([getActor(request), getActor(request)]);
    expect(a?.username).toBe("haishu.market");
    expect(b).toBe(a);
    expect(await getActor(page())).not.toBe(a);
    await t.db.updateTable("sessions").set({ revoked_at: new Date().toISOString() }).where("revoked_at", "is", null).execute();
    expect(await getActor(page())).toBeNull();
  });

  it("a write reads the session itself", async () => {
    const cookie = await sessionCookieFor(t.db, "haishu.market");
    const post = buildRequest("/officer/cases", { method: "POST", cookie });
    const read = await getActor(buildRequest("/officer/cases", { cookie }));
    const [write, again] = await Promise.all([getActor(post), getActor(post)]);
    expect(write?.username).toBe("haishu.market");
    expect(write).not.toBe(read);
    expect(again).not.toBe(write);
  });
});
