/**
 * 典型案例 for the public: the list (newest first, filters, keyset pages), a
 * case's page, a withdrawn case's page (410, no content), a draft's id (404),
 * the Atom feed (the list's filters, withdrawn cases left out, XML escaped),
 * and malformed filters (400).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_CASE_PAGE_SIZE } from "~/domain/publication/public-cases.queries.server";
import * as detailRoute from "~/routes/_public+/cases.$id";
import * as listRoute from "~/routes/_public+/cases._index";
import * as feedRoute from "~/routes/_public+/cases[.atom]";
import { setDb } from "~/web/db.server";
import { insertPublicCase } from "../factories/public-cases";
import { callRoute } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const ids: string[] = [];
let withdrawn: string;
let draft: string;

type List = { cases: Array<{ id: string; name: string }>; next: string | null };

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  const kgs = await t.db.selectFrom("kindergartens").select(["id", "region_code"]).orderBy("id").limit(2).execute();
  for (let i = 0; i < PUBLIC_CASE_PAGE_SIZE + 3; i++) {
    ids.push(await insertPublicCase(t.db, kgs[i % 2].id, { publishedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(), decisionKind: i % 3 === 0 ? "penalty" : "refund_ordered" }));
  }
  withdrawn = await insertPublicCase(t.db, kgs[0].id, { status: "withdrawn" });
  draft = await insertPublicCase(t.db, kgs[0].id, { status: "pending_approval" });
});

afterAll(async () => {
  await t?.destroy();
});

const list = (query = "") => callRoute(listRoute.loader, `/cases${query}`);

describe("典型案例", () => {
  it("lists published cases newest first, a page at a time, without drafts or withdrawn ones", async () => {
    const first = (await list()).body as List;
    expect(first.cases).toHaveLength(PUBLIC_CASE_PAGE_SIZE);
    const second = (await list(`?after=${encodeURIComponent(first.next!)}`)).body as List;
    const seen = [...first.cases, ...second.cases].map((c) => c.id);
    expect(seen).not.toContain(withdrawn);
    expect(seen).not.toContain(draft);
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of ids) expect(seen).toContain(id);
    // What the list shows of a case, no more: not its narrative or decision's details.
    expect(Object.keys(first.cases[0]).sort()).toEqual(["decidedOn", "decisionKind", "id", "name", "nature", "place", "summary"]);
    const penalties = (await list("?kind=penalty")).body as List;
    expect(penalties.cases.length).toBe(Math.ceil((PUBLIC_CASE_PAGE_SIZE + 3) / 3) + 1); // + the demo's 江北 penalty
  });

  it("shows a case, says a withdrawn one is gone (410) without its content, and knows no draft (404)", async () => {
    const shown = await callRoute(detailRoute.loader, `/cases/${ids[0]}`, { params: { id: ids[0] } });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ status: "published", content: { kindergarten: {} } });
    const gone = await callRoute(detailRoute.loader, `/cases/${withdrawn}`, { params: { id: withdrawn } });
    expect(gone.status).toBe(410);
    expect(JSON.stringify(gone.body)).not.toContain("summary");
    expect((await callRoute(detailRoute.loader, `/cases/${draft}`, { params: { id: draft } })).status).toBe(404);
    expect((await callRoute(detailRoute.loader, "/cases/x%00", { params: { id: "x\u0000" } })).status).toBe(404);
    // Revalidated at every load, so a withdrawn case leaves a reader's screen at once (found in an acceptance walk-through).
    const headers = detailRoute.headers({ errorHeaders: undefined } as unknown as Parameters<typeof detailRoute.headers>[0]);
    expect(headers).toEqual({ "Cache-Control": "public, no-cache", Vary: "Cookie" });
  });

  it("serves the newest cases as Atom under the same filters", async () => {
    const feed = await callRoute(feedRoute.loader, "/cases.atom?kind=penalty");
    expect(feed.status).toBe(200);
    expect(feed.headers.get("Content-Type")).toContain("application/atom+xml");
    const xml = String(feed.body);
    // A filtered feed is a feed of its own to a reader (its id is its address, filters included).
    expect(xml).toMatch(/<feed [^>]*>\n  <id>[^<]*\/cases\.atom\?kind=penalty<\/id>/);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const entries = xml.match(/<entry>/g) ?? [];
    expect(entries.length).toBe(Math.ceil((PUBLIC_CASE_PAGE_SIZE + 3) / 3) + 1);
    expect(xml).not.toContain(withdrawn);
    expect(xml).toContain(`/cases/${ids[0]}`);
  });

  it("shows the narrowest region chosen with its province and city, whatever else the address says", async () => {
    const form = async (q: string) => ((await list(q)).body as unknown as { form: Record<string, unknown> }).form;
    expect(await form("?district=330203")).toMatchObject({ province: "330000", city: "330200", district: "330203" });
    // A district under another province's choice: the district is the filter, and the choosers say so.
    expect(await form("?province=110000&city=330200&district=330205")).toMatchObject({ province: "330000", city: "330200", district: "330205" });
    expect(await form("?city=330200")).toEqual(expect.objectContaining({ province: "330000", city: "330200" }));
    expect((await form("?city=330200")).district).toBeUndefined();
  });

  it("refuses malformed filters with 400", async () => {
    for (const q of ["?year=abc", "?year=1999", "?kind=warning", "?district=12", "?nature=x"]) expect((await list(q)).status, q).toBe(400);
  });
});

describe("双随机一公开", () => {
  it("lists the draws with their kindergartens and no officer", async () => {
    const { loader } = await import("~/routes/_public+/spot-checks._index");
    const res = await callRoute(loader, "/spot-checks");
    expect(res.status).toBe(200);
    const body = res.body as { draws: Array<{ kindergartens: unknown[] }> };
    expect(body.draws.length).toBeGreaterThanOrEqual(1);
    expect(body.draws[0].kindergartens).toHaveLength(3);
    const officers = await t.db.selectFrom("users").select("display_name").where("role", "=", "officer").execute();
    for (const o of officers) expect(JSON.stringify(res.body)).not.toContain(o.display_name);
    expect((await callRoute(loader, `/spot-checks?before=${"x".repeat(27)}`)).status).toBe(400);
  });
});
