/**
 * The officers' case queue is kept per officer between changes of what it
 * shows (app/web/shared-reads.server.ts, the route's `keptOfficerPage`
 * sources and the versions of the officer's cases): the built app behind the
 * same middleware as server.ts, on the demo data. A repeated view (a page or
 * a client navigation's `.data`) is not made again; a case written in the
 * officer's district, a renamed assignee, a renamed kindergarten show at the
 * next view; another district's work leaves a district's queue kept but moves
 * its city's; a view is never served to another officer, nor once signed out;
 * and no flood of public pages, kept for anyone who asks, pushes it out.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { login, logout } from "~/domain/users/auth.server";
import { reloadEnv } from "~/utils/env.server";
import { commitSessionCookie } from "~/web/auth.server";
import { setDb } from "~/web/db.server";
import { forgetSharedReads } from "~/web/shared-reads.server";
import { serveBuiltAppBehindKeptReads, textWithoutNonce } from "../setup/built-app-kept-reads";
import { cookieHeaderFrom, DEMO_PASSWORD, sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let base: string;
let close: () => void;
/** Queue requests that reached Remix (made, not served from what is kept). */
let made = 0;
let haishu: string;
let haishu2: string;
let ningbo: string;

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  [haishu, haishu2, ningbo] = await Promise.all(["haishu.market", "haishu.market2", "ningbo.market"].map((u) => sessionCookieFor(t.db, u)));
  ({ base, close } = await serveBuiltAppBehindKeptReads(t.db, (req) => {
    if (req.path.startsWith("/officer/cases")) made += 1;
  }));
});
afterEach(() => forgetSharedReads());
afterAll(async () => {
  close();
  await t.destroy();
});

/** The queue as `cookie`'s officer opens it (its script nonce, each answer's own, as `NONCE`), and whether this answer was made anew. */
async function queue(cookie: string, query = "", data = false): Promise<{ status: number; body: string; made: boolean }> {
  const before = made;
  const res = await fetch(`${base}/officer/cases${data ? ".data" : ""}${query}`, { headers: { cookie }, redirect: "manual" });
  return { status: res.status, body: res.status === 200 ? await textWithoutNonce(res) : await res.text(), made: made > before };
}

const haishuCase = () =>
  t.db
    .selectFrom("inspection_cases as c")
    .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
    .select(["c.id", "c.status", "k.id as kindergartenId", "k.name_in_use"])
    .where("c.region_code", "=", "330203")
    .where("c.status", "=", "open")
    .orderBy("c.id")
    .executeTakeFirstOrThrow();

describe("the officers' queue, kept between changes", () => {
  it("answers a repeated view, page or data, without making it again", async () => {
    const first = await queue(haishu);
    expect(first).toMatchObject({ status: 200, made: true });
    expect(await queue(haishu)).toEqual({ ...first, made: false });
    const data = await queue(haishu, "?_routes=routes%2Fofficer%2B%2Fcases._index", true);
    expect(data).toMatchObject({ status: 200, made: true });
    expect(await queue(haishu, "?_routes=routes%2Fofficer%2B%2Fcases._index", true)).toEqual({ ...data, made: false });
  });

  it("shows a case written in the district at the next view; another district's leaves it kept", async () => {
    const c = await haishuCase();
    const view = "?q=" + encodeURIComponent(c.name_in_use);
    expect((await queue(haishu, view)).made).toBe(true);
    const jiangbei = await t.db.selectFrom("inspection_cases").select("id").where("region_code", "=", "330205").executeTakeFirstOrThrow();
    await t.db.updateTable("inspection_cases").set({ updated_at: new Date().toISOString() }).where("id", "=", jiangbei.id).execute();
    expect((await queue(haishu, view)).made).toBe(false);

    await t.db.updateTable("inspection_cases").set({ status: "in_progress" }).where("id", "=", c.id).execute();
    try {
      const after = await queue(haishu, view);
      expect(after.made).toBe(true);
      expect(after.body).toContain("处理中");
    } finally {
      await t.db.updateTable("inspection_cases").set({ status: c.status }).where("id", "=", c.id).execute();
    }
  });

  it("moves a city's queue with any of its districts", async () => {
    expect((await queue(ningbo)).made).toBe(true);
    expect((await queue(ningbo)).made).toBe(false);
    const jiangbei = await t.db.selectFrom("inspection_cases").select("id").where("region_code", "=", "330205").executeTakeFirstOrThrow();
    await t.db.updateTable("inspection_cases").set({ updated_at: new Date().toISOString() }).where("id", "=", jiangbei.id).execute();
    expect((await queue(ningbo)).made).toBe(true);
  });

  it("shows a renamed kindergarten and a renamed assignee at the next view", async () => {
    const c = await haishuCase();
    const officer = await t.db.selectFrom("users").select(["id", "display_name"]).where("username", "=", "haishu.market2").executeTakeFirstOrThrow();
    await t.db.updateTable("inspection_cases").set({ assigned_to: officer.id }).where("id", "=", c.id).execute();
    try {
      const before = await queue(haishu, "?state=all");
      expect(before.body).toContain(c.name_in_use);
      await t.db.updateTable("kindergartens").set({ name_in_use: "海曙晨星幼儿园" }).where("id", "=", c.kindergartenId).execute();
      const renamed = await queue(haishu, "?state=all");
      expect(renamed.made).toBe(true);
      expect(renamed.body).toContain("海曙晨星幼儿园");
      await t.db.updateTable("users").set({ display_name: "改名的执法人员" }).where("id", "=", officer.id).execute();
      expect((await queue(haishu, "?state=all")).body).toContain("改名的执法人员");
    } finally {
      await t.db.updateTable("kindergartens").set({ name_in_use: c.name_in_use }).where("id", "=", c.kindergartenId).execute();
      await t.db.updateTable("users").set({ display_name: officer.display_name }).where("id", "=", officer.id).execute();
      await t.db.updateTable("inspection_cases").set({ assigned_to: null }).where("id", "=", c.id).execute();
    }
  });

  it("keeps each officer's view apart, and serves none once signed out", async () => {
    const mine = await queue(haishu, "?assignee=me&state=all");
    const theirs = await queue(haishu2, "?assignee=me&state=all");
    expect(theirs.made).toBe(true);
    expect(theirs.body).not.toBe(mine.body);

    const session = await login(t.db, { username: "haishu.market", password: DEMO_PASSWORD });
    if (!session.ok) throw new Error("no sign-in");
    const cookie = cookieHeaderFrom(await commitSessionCookie(session.sessionId));
    expect((await queue(cookie, "?state=all")).status).toBe(200);
    expect((await queue(cookie, "?state=all")).made).toBe(false);
    await logout(t.db, session.sessionId);
    expect(await queue(cookie, "?state=all")).toMatchObject({ status: 302, made: true });
  });

  it("serves no kept view to an officer who must change a temporary password: the password page first", async () => {
    expect((await queue(ningbo)).status).toBe(200);
    expect((await queue(ningbo)).made).toBe(false);
    const set = (v: number) => t.db.updateTable("users").set({ must_change_password: v }).where("username", "=", "ningbo.market").execute();
    await set(1);
    try {
      const res = await fetch(`${base}/officer/cases`, { headers: { cookie: ningbo }, redirect: "manual" });
      expect(res.status).toBe(302);
      expect(res.headers.get("location")).toBe("/account/password");
    } finally {
      await set(0);
    }
  });

  it("keeps an officer's view however many public pages anyone signed out makes kept", async () => {
    process.env.SHARED_READS_MB = "1";
    reloadEnv();
    forgetSharedReads();
    try {
      const view = await queue(haishu, "?state=all");
      expect(view.made).toBe(true);
      // More than the whole budget in pages no one else asks for (a list's page per made-up cursor), each kept: they
      // push out one another, not the view.
      let bytes = 0;
      for (let i = 0; bytes < 1.25 * 1024 * 1024; i++) {
        const res = await fetch(`${base}/cases?after=${i}`);
        expect(res.status).toBe(200);
        bytes += (await res.arrayBuffer()).byteLength;
      }
      expect(await queue(haishu, "?state=all")).toEqual({ ...view, made: false });
    } finally {
      delete process.env.SHARED_READS_MB;
      reloadEnv();
    }
  });
});
