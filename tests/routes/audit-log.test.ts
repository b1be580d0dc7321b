/**
 * The admin's audit log page: the admin reads it newest first, filtered and
 * paged; an officer, an operator and a stranger are refused; a malformed
 * filter (a hand-edited bookmark) is left out and named, the others applied.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "~/domain/audit/audit.server";
import { AUDIT_PAGE_SIZE } from "~/domain/audit/audit-log.queries.server";
import * as auditRoute from "~/routes/admin+/audit._index";
import { setDb } from "~/web/db.server";
import { callRoute, sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let admin: string;

type Page = {
  rows: Array<{ action: string; entityId: string; actor: string | null; seq: number | null }>;
  next: string | null;
  head: { seq: number } | null;
  ignored: string[];
};

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  admin = await sessionCookieFor(t.db, "admin");
  for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
    await recordAudit(t.db, { actorId: null, action: "test.audit_page", entity: "thing", entityId: `p${String(i).padStart(3, "0")}` }, new Date(Date.UTC(2030, 0, 1, 0, 0, i)));
  }
});

afterAll(async () => {
  await t?.destroy();
});

const read = (query: string, cookie: string | null = admin) => callRoute(auditRoute.loader, `/admin/audit${query}`, { cookie });

describe("the admin's audit log", () => {
  it("newest first, with the chain's head; a family of actions; pages that meet without a gap or a repeat", async () => {
    const first = await read("");
    expect(first.status).toBe(200);
    const page = first.body as Page;
    expect(page.rows[0]).toMatchObject({ action: "test.audit_page", entityId: `p${String(AUDIT_PAGE_SIZE + 4).padStart(3, "0")}`, actor: null });
    expect(page.head?.seq).toBeGreaterThanOrEqual(AUDIT_PAGE_SIZE + 5);

    const seen: string[] = [];
    let next: string | null = "";
    for (let n = 0; next !== null && n < 5; n++) {
      const res = (await read(`?action=test.${next ? `&before=${next}` : ""}`)).body as Page;
      seen.push(...res.rows.map((r) => r.entityId));
      next = res.next;
    }
    expect(seen).toEqual(Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => `p${String(AUDIT_PAGE_SIZE + 4 - i).padStart(3, "0")}`));
  });

  it("filters by entity id, actor and days", async () => {
    expect(((await read("?entityId=p003")).body as Page).rows.map((r) => r.entityId)).toEqual(["p003"]);
    const logins = ((await read("?action=login&actor=admin")).body as Page).rows;
    expect(logins.length).toBeGreaterThan(0);
    expect(logins.every((r) => r.action === "login" && r.actor === "admin")).toBe(true);
    expect(((await read("?action=test.&from=2030-01-02")).body as Page).rows).toEqual([]);
    expect(((await read("?action=test.&from=2030-01-01&to=2030-01-01")).body as Page).rows.length).toBe(AUDIT_PAGE_SIZE);
  });

  it("leaves a malformed filter out and names it, applying the others; a forged cursor is the first page", async () => {
    const badDate = await read("?action=test.&from=2030-13-45&to=2030-01-01");
    expect(badDate.status).toBe(200);
    expect((badDate.body as Page).ignored).toEqual(["from"]);
    expect((badDate.body as Page).rows.length).toBe(AUDIT_PAGE_SIZE);
    expect((badDate.body as Page).rows.every((r) => r.action === "test.audit_page")).toBe(true);
    const tooLong = await read(`?actor=${"x".repeat(65)}&from=2030-01-01&from=2030-01-02`);
    expect((tooLong.body as Page).ignored.sort()).toEqual(["actor", "from"]);
    expect(((await read("?action=test.")).body as Page).ignored).toEqual([]);
    expect(((await read("?action=test.&before=not-a-cursor")).body as Page).rows[0].entityId).toBe(`p${String(AUDIT_PAGE_SIZE + 4).padStart(3, "0")}`);
  });

  it("refuses an officer and an operator (403), and sends a stranger to sign in", async () => {
    for (const username of ["haishu.market", "ningbo.market", "kg006"]) {
      expect((await read("", await sessionCookieFor(t.db, username))).status, username).toBe(403);
    }
    const stranger = await read("", null);
    expect(stranger.status).toBe(302);
    expect(stranger.location).toMatch(/^\/login\?redirectTo=/);
  });
});
