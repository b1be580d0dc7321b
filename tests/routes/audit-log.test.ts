/**
 * The admin's audit log page: the admin reads it newest first, filtered and
 * paged; an officer, an operator and a stranger are refused; a malformed
 * filter (a hand-edited bookmark, an action or entity the log does not know)
 * is left out and named, the others applied; a huge detail is shown bounded.
 * What the page renders: audit-log-page.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "~/domain/audit/audit.server";
import { AUDIT_DETAIL_FIELDS_SHOWN, AUDIT_DETAIL_VALUE_SHOWN, AUDIT_PAGE_SIZE, type AuditDetailShown } from "~/domain/audit/audit-log.queries.server";
import * as auditRoute from "~/routes/admin+/audit._index";
import { setDb } from "~/web/db.server";
import { callRoute, sessionCookieFor } from "../setup/route-helpers";
import { withUnlabelledAuditDetails } from "../setup/audit-details";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let admin: string;

type Page = {
  rows: Array<{ action: string; entityId: string; actor: string | null; seq: number | null; detail: AuditDetailShown }>;
  next: string | null;
  head: { seq: number } | null;
  ignored: string[];
};

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  admin = await sessionCookieFor(t.db, "admin");
  for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) {
    await recordAudit(t.db, { actorId: null, action: "fee_item_type.rename", entity: "fee_item_type", entityId: `p${String(i).padStart(3, "0")}` }, new Date(Date.UTC(2030, 0, 1, 0, 0, i)));
  }
  // A detail far larger than a row can show: 100 fields of 10,000 characters each, and one nested value, under
  // keys the code does not write (shown as they are stored): the suite's check of every entry's keys is off for this
  // one entry alone, on for every other this file writes.
  const huge: Record<string, unknown> = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`field${String(i).padStart(3, "0")}`, "长".repeat(10_000)]));
  const unknownKeys: Record<string, unknown> = { nested: { list: Array.from({ length: 5000 }, (_, i) => i) }, ...huge };
  await withUnlabelledAuditDetails(() =>
    recordAudit(t.db, { actorId: null, action: "guidance_batch.import", entity: "guidance_price_batch", entityId: "huge", detail: unknownKeys }, new Date(Date.UTC(2029, 0, 1))),
  );
});

afterAll(async () => {
  await t?.destroy();
});

const read = (query: string, cookie: string | null = admin) => callRoute(auditRoute.loader, `/admin/audit${query}`, { cookie });

describe("the admin's audit log", () => {
  it("writes its entries under the suite's check of detail keys and codes: made-up keys only inside the one entry that needs them", async () => {
    await expect(
      recordAudit(t.db, { actorId: null, action: "guidance_batch.import", entity: "guidance_price_batch", entityId: "made-up", detail: { madeUp: 1 } as Record<string, unknown> }),
    ).rejects.toThrow(/detail keys without words: madeUp/);
    await expect(
      recordAudit(t.db, { actorId: null, action: "case.export", entity: "inspection_case", entityId: "330203", detail: { format: "pdf", rows: 1 } }),
    ).rejects.toThrow(/codes without words: format = pdf/);
    // Real keys and codes pass: an export of the case queue as the code writes it.
    await recordAudit(t.db, { actorId: null, action: "case.export", entity: "inspection_case", entityId: "330203", detail: { format: "xlsx", filters: { state: "awaiting_answer", sort: "due" }, rows: 1, limited: false, complete: true } });
  });

  it("newest first, with the chain's head; a family of actions; pages that meet without a gap or a repeat", async () => {
    const first = await read("");
    expect(first.status).toBe(200);
    const page = first.body as Page;
    expect(page.rows[0]).toMatchObject({ action: "fee_item_type.rename", entityId: `p${String(AUDIT_PAGE_SIZE + 4).padStart(3, "0")}`, actor: null });
    expect(page.head?.seq).toBeGreaterThanOrEqual(AUDIT_PAGE_SIZE + 5);

    const seen: string[] = [];
    let next: string | null = "";
    for (let n = 0; next !== null && n < 5; n++) {
      const res = (await read(`?action=fee_item_type.${next ? `&before=${next}` : ""}`)).body as Page;
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
    // A username as typed by someone who signs in with capitals (sign-in takes any case): the same account's entries.
    expect(((await read("?action=login&actor=%20Admin%20")).body as Page).rows.map((r) => r.actor)).toEqual(logins.map((r) => r.actor));
    expect(((await read("?action=fee_item_type.&from=2030-01-02")).body as Page).rows).toEqual([]);
    expect(((await read("?action=fee_item_type.&from=2030-01-01&to=2030-01-01")).body as Page).rows.length).toBe(AUDIT_PAGE_SIZE);
  });

  it("leaves a malformed filter out and names it, applying the others; a forged cursor is the first page", async () => {
    const badDate = await read("?action=fee_item_type.&from=2030-13-45&to=2030-01-01");
    expect(badDate.status).toBe(200);
    expect((badDate.body as Page).ignored).toEqual(["from"]);
    expect((badDate.body as Page).rows.length).toBe(AUDIT_PAGE_SIZE);
    expect((badDate.body as Page).rows.every((r) => r.action === "fee_item_type.rename")).toBe(true);
    const tooLong = await read(`?actor=${"x".repeat(65)}&from=2030-01-01&from=2030-01-02`);
    expect((tooLong.body as Page).ignored.sort()).toEqual(["actor", "from"]);
    expect(((await read("?action=fee_item_type.")).body as Page).ignored).toEqual([]);
    expect(((await read("?action=fee_item_type.&before=not-a-cursor")).body as Page).rows[0].entityId).toBe(`p${String(AUDIT_PAGE_SIZE + 4).padStart(3, "0")}`);
  });

  it("takes an action, a family or an entity the log knows, and ignores and names any other value (an old guess, nonsense), not a 5xx", async () => {
    const one = (await read("?action=fee_item_type.rename&entity=fee_item_type")).body as Page;
    expect(one.ignored).toEqual([]);
    expect(one.rows.length).toBe(AUDIT_PAGE_SIZE);
    for (const [query, ignored] of [
      ["?action=nonsense", ["action"]],
      ["?action=test.", ["action"]],
      ["?action=fee_item_type", ["action"]],
      [`?action=${encodeURIComponent("<script>alert(1)</script>")}`, ["action"]],
      [`?action=${"case.".repeat(100)}`, ["action"]],
      ["?action=login&action=case.", ["action"]],
      ["?entity=thing&action=fee_item_type.", ["entity"]],
    ] as const) {
      const res = await read(query);
      expect(res.status, query).toBe(200);
      expect((res.body as Page).ignored, query).toEqual(ignored);
    }
    // The rest still applies: the nonsense action is dropped, the entity kept.
    const kept = (await read("?action=nonsense&entity=fee_item_type")).body as Page;
    expect(kept.rows.length).toBe(AUDIT_PAGE_SIZE);
    expect(kept.rows.every((r) => r.action.startsWith("fee_item_type."))).toBe(true);
  });

  it("shows a detail as its fields, bounded however large it is", async () => {
    const [row] = ((await read("?entityId=huge")).body as Page).rows;
    expect(row.detail).toMatchObject({ more: 101 - AUDIT_DETAIL_FIELDS_SHOWN });
    const fields = (row.detail as Extract<AuditDetailShown, { fields: unknown }>).fields;
    expect(fields.length).toBe(AUDIT_DETAIL_FIELDS_SHOWN);
    expect(fields[0]).toMatchObject({ key: "nested", value: expect.stringMatching(/^\{"list":\[0,1,2,/) });
    expect(fields[1]).toEqual({ key: "field000", value: `${"长".repeat(AUDIT_DETAIL_VALUE_SHOWN)}…` });
    expect(fields.every((f) => f.value.length <= AUDIT_DETAIL_VALUE_SHOWN + 1)).toBe(true);
    expect(JSON.stringify(row.detail).length).toBeLessThan(4000);
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
