/**
 * The open-data API (/api/v1/…) on the demo data plus published, withdrawn
 * and draft public cases, signed out, called as the server calls its
 * loaders: keyset paging to the end, every filter, a withdrawn case as the
 * fact of its withdrawal (no content), drafts invisible, 304 on a matching
 * ETag, 429 with Retry-After past the client's limit, 400 with a JSON error
 * for every bad parameter; and the OpenAPI document: every route under
 * /api/v1 is in it, and every real answer conforms to its schema there.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { reloadEnv } from "~/utils/env.server";
import { setDb } from "~/web/db.server";
import { unknownEndpoint } from "~/web/open-data-api.server";
import * as caseOne from "~/routes/api+/v1.cases.$id";
import * as caseList from "~/routes/api+/v1.cases._index";
import * as caseCsv from "~/routes/api+/v1.cases[.csv]";
import * as kgOne from "~/routes/api+/v1.kindergartens.$id";
import * as kgList from "~/routes/api+/v1.kindergartens._index";
import * as kgCsv from "~/routes/api+/v1.kindergartens[.csv]";
import * as openapi from "~/routes/api+/v1.openapi[.json]";
import * as statisticsApi from "~/routes/api+/v1.statistics";
import { insertPublicCase, publicCaseContentFor } from "../factories/public-cases";
import { schemaErrors } from "../setup/json-schema";
import { buildRequest, callRoute, type CallOptions, type RouteOutcome } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

const CLIENT_POINTS = 5;

let t: TestDb;
let haishu: Array<{ id: string; nature: string }>;
let jiangbei: Array<{ id: string; nature: string }>;
/** The published cases, newest first, as the list must give them. */
let published: Array<{ id: string; region: string; year: string; kind: string; rule: string; nature: string }>;
let withdrawnId: string;
let draftIds: string[];
let publicKindergartens: number;
let doc: Record<string, any>;
/** Answers about the demo's published case (made by the publication service), before it was removed. */
let demoAnswers: RouteOutcome[];

type Route = { loader: (args: any) => Promise<Response> };

function freshIp(): string {
  const b = crypto.randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** A GET from a client of its own (the limit counts per address), unless told otherwise. */
function get(route: Route, url: string, opts: CallOptions = {}): Promise<RouteOutcome> {
  return callRoute(route.loader, url, { clientIp: freshIp(), ...opts });
}

const ids = (res: RouteOutcome) => (res.body as { items: Array<{ id: string }> }).items.map((i) => i.id);

beforeAll(async () => {
  process.env.OPEN_DATA_CLIENT_POINTS = String(CLIENT_POINTS);
  reloadEnv();
  t = await createDemoDb();
  setDb(t.db);
  await indexKindergartensForSearch(t.db);
  const kindergartens = await t.db.selectFrom("kindergartens").select(["id", "region_code", "nature", "status"]).orderBy("id").execute();
  publicKindergartens = kindergartens.filter((k) => k.status !== "closed").length;
  haishu = kindergartens.filter((k) => k.region_code === "330203" && k.status !== "closed");
  jiangbei = kindergartens.filter((k) => k.region_code === "330205" && k.status !== "closed");
  expect(haishu.length).toBeGreaterThanOrEqual(2);
  expect(jiangbei.length).toBeGreaterThanOrEqual(1);

  // The demo publishes a case through the publication service: its answer is kept for the conformance check,
  // then the demo's public cases are removed, so the lists below hold exactly this file's cases.
  const demo = await t.db.selectFrom("public_cases").select("id").where("status", "=", "published").execute();
  expect(demo.length).toBeGreaterThanOrEqual(1);
  demoAnswers = [];
  for (const { id } of demo) demoAnswers.push(await get(caseOne, `/api/v1/cases/${id}`, { params: { id } }));
  demoAnswers.push(await get(caseList, "/api/v1/cases"));
  await t.db.deleteFrom("public_case_events").execute();
  await t.db.deleteFrom("public_case_revisions").execute();
  await t.db.deleteFrom("public_cases").execute();

  const a = await insertPublicCase(t.db, haishu[0].id, { ruleId: "R03", decisionKind: "refund_ordered", decidedOn: "2026-10-15", publishedAt: "2026-10-20T02:00:00.000Z" });
  const b = await insertPublicCase(t.db, haishu[1].id, { ruleId: "R04", decisionKind: "penalty", decidedOn: "2025-12-20", publishedAt: "2026-10-21T02:00:00.000Z" });
  // Two published at the same instant: the id decides their order.
  const c = await insertPublicCase(t.db, jiangbei[0].id, { ruleId: "R06", decisionKind: "rectification_ordered", decidedOn: "2026-10-01", publishedAt: "2026-10-22T02:00:00.000Z" });
  const d = await insertPublicCase(t.db, jiangbei[0].id, { ruleId: "R03", decisionKind: "refund_ordered", decidedOn: "2026-09-30", publishedAt: "2026-10-22T02:00:00.000Z" });
  withdrawnId = await insertPublicCase(t.db, haishu[0].id, { status: "withdrawn", decidedOn: "2026-03-01", publishedAt: "2026-03-05T02:00:00.000Z", withdrawnAt: "2026-06-05T03:00:00.000Z" });
  draftIds = [];
  for (const status of ["draft", "pending_approval", "returned"] as const) draftIds.push(await insertPublicCase(t.db, haishu[0].id, { status, decidedOn: "2026-11-01" }));

  const row = (id: string, k: { nature: string }, region: string, year: string, kind: string, rule: string) => ({ id, region, year, kind, rule, nature: k.nature });
  published = [
    ...[row(c, jiangbei[0], "330205", "2026", "rectification_ordered", "R06"), row(d, jiangbei[0], "330205", "2026", "refund_ordered", "R03")].sort((x, y) => (x.id < y.id ? 1 : -1)),
    row(b, haishu[1], "330203", "2025", "penalty", "R04"),
    row(a, haishu[0], "330203", "2026", "refund_ordered", "R03"),
  ];
  doc = (await get(openapi, "/api/v1/openapi.json")).body as Record<string, any>;
});

afterAll(async () => {
  delete process.env.OPEN_DATA_CLIENT_POINTS;
  reloadEnv();
  await t?.destroy();
});

/** Follows `next` from `first` to the last page; the ids in order and how many pages. */
async function walk(route: Route, first: string): Promise<{ all: string[]; pages: number }> {
  const all: string[] = [];
  let url: string | null = first;
  let pages = 0;
  while (url) {
    const res = await get(route, url);
    expect(res.status, url).toBe(200);
    all.push(...ids(res));
    url = (res.body as { next: string | null }).next;
    pages += 1;
    expect(pages).toBeLessThan(500);
  }
  return { all, pages };
}

describe("GET /api/v1/kindergartens", () => {
  it("lists every public kindergarten page by page, following next to the end, none twice", async () => {
    const { all, pages } = await walk(kgList, "/api/v1/kindergartens?limit=7");
    expect(all.length).toBe(publicKindergartens);
    expect(new Set(all).size).toBe(all.length);
    expect(pages).toBe(Math.ceil(publicKindergartens / 7));
    const one = await get(kgList, "/api/v1/kindergartens");
    expect(ids(one)).toEqual(all.slice(0, 20));
  });

  it("filters by region (city or district), nature and name", async () => {
    const district = await walk(kgList, "/api/v1/kindergartens?region=330203&limit=100");
    expect(new Set(district.all)).toEqual(new Set(haishu.map((k) => k.id)));
    const city = await walk(kgList, "/api/v1/kindergartens?region=330200&limit=100");
    expect(city.all).toEqual(expect.arrayContaining([...haishu, ...jiangbei].map((k) => k.id)));
    expect((await get(kgList, "/api/v1/kindergartens?region=330100")).body).toMatchObject({ items: [], next: null, nextCursor: null });
    const nature = haishu[0].nature;
    const byNature = await get(kgList, `/api/v1/kindergartens?region=330203&nature=${nature}&limit=100`);
    expect((byNature.body as { items: Array<{ nature: string }> }).items.every((k) => k.nature === nature)).toBe(true);
    expect(ids(byNature)).toContain(haishu[0].id);
    const named = await t.db.selectFrom("kindergartens").select(["id", "name_in_use"]).where("id", "=", haishu[0].id).executeTakeFirstOrThrow();
    const piece = [...named.name_in_use].slice(-5, -3).join("");
    expect(ids(await get(kgList, `/api/v1/kindergartens?q=${encodeURIComponent(piece)}&limit=100`))).toContain(haishu[0].id);
  });
});

describe("GET /api/v1/kindergartens/{id}", () => {
  it("gives the public page's data, the account masked to its last four digits", async () => {
    const withAccount = await t.db.selectFrom("bank_accounts").select("kindergarten_id").where("status", "=", "approved").executeTakeFirstOrThrow();
    const res = await get(kgOne, `/api/v1/kindergartens/${withAccount.kindergarten_id}`, { params: { id: withAccount.kindergarten_id } });
    expect(res.status).toBe(200);
    const body = res.body as { kindergarten: { id: string }; account: { last4: string } | null; history: unknown[] };
    expect(body.kindergarten.id).toBe(withAccount.kindergarten_id);
    expect(body.account?.last4).toMatch(/^\d{4}$/);
    const numbers = (await t.db.selectFrom("bank_accounts").select("account_number").execute()).map((r) => r.account_number);
    for (const number of numbers) expect(JSON.stringify(body)).not.toContain(number);
  });

  it("is a JSON 404 for an unknown, malformed or closed kindergarten", async () => {
    const closed = haishu[haishu.length - 1].id;
    await t.db.updateTable("kindergartens").set({ status: "closed" }).where("id", "=", closed).execute();
    try {
      for (const id of ["01J00000000000000000000000", "not-an-id", "\u0000", "x".repeat(3000), closed]) {
        const res = await get(kgOne, `/api/v1/kindergartens/${encodeURIComponent(id)}`, { params: { id } });
        expect([res.status, (res.body as { error: { code: string } }).error.code], id).toEqual([404, "not_found"]);
      }
    } finally {
      await t.db.updateTable("kindergartens").set({ status: "active" }).where("id", "=", closed).execute();
    }
  });
});

describe("GET /api/v1/cases", () => {
  it("lists published cases newest first (same instant: id descending), page by page; withdrawn and drafts never", async () => {
    expect(ids(await get(caseList, "/api/v1/cases"))).toEqual(published.map((c) => c.id));
    const { all, pages } = await walk(caseList, "/api/v1/cases?limit=1");
    expect(all).toEqual(published.map((c) => c.id));
    expect(pages).toBe(published.length);
    for (const hidden of [withdrawnId, ...draftIds]) expect(all).not.toContain(hidden);
  });

  it("filters by region, year, decision kind, rule and nature", async () => {
    const expectFiltered = async (query: string, keep: (c: (typeof published)[number]) => boolean) => {
      const res = await get(caseList, `/api/v1/cases?${query}`);
      expect(res.status, query).toBe(200);
      expect(ids(res), query).toEqual(published.filter(keep).map((c) => c.id));
    };
    await expectFiltered("region=330200", () => true);
    await expectFiltered("region=330000", () => true);
    await expectFiltered("region=330203", (c) => c.region === "330203");
    await expectFiltered("region=330205", (c) => c.region === "330205");
    await expectFiltered("region=330100", () => false);
    await expectFiltered("year=2025", (c) => c.year === "2025");
    await expectFiltered("year=2026", (c) => c.year === "2026");
    await expectFiltered("decisionKind=penalty", (c) => c.kind === "penalty");
    await expectFiltered("rule=R03", (c) => c.rule === "R03");
    await expectFiltered(`nature=${haishu[1].nature}`, (c) => c.nature === haishu[1].nature);
    await expectFiltered("region=330203&rule=R03&year=2026", (c) => c.region === "330203" && c.rule === "R03" && c.year === "2026");
    // Paging under a filter keeps the filter.
    const { all } = await walk(caseList, "/api/v1/cases?region=330200&rule=R03&limit=1");
    expect(all).toEqual(published.filter((c) => c.rule === "R03").map((c) => c.id));
  });
});

describe("GET /api/v1/cases/{id}", () => {
  it("gives a published case with the content it was published with", async () => {
    const a = published[published.length - 1];
    const res = await get(caseOne, `/api/v1/cases/${a.id}`, { params: { id: a.id } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: a.id, status: "published", publishedOn: "2026-10-20" });
    expect((res.body as { content: unknown }).content).toEqual(await publicCaseContentFor(t.db, haishu[0].id, { ruleId: "R03", decisionKind: "refund_ordered", decidedOn: "2026-10-15" }));
  });

  it("answers a withdrawn case with the fact and the day of its withdrawal, 200, and no content", async () => {
    const res = await get(caseOne, `/api/v1/cases/${withdrawnId}`, { params: { id: withdrawnId } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ id: withdrawnId, status: "withdrawn", withdrawnOn: "2026-06-05" });
  });

  it("is a 404 for drafts, unknown ids and ids of the wrong shape", async () => {
    for (const id of [...draftIds, "01J00000000000000000000000", published[0].id.toLowerCase(), "\u0000", "%00", "x".repeat(3000), "'; drop table public_cases; --"]) {
      const res = await get(caseOne, `/api/v1/cases/${encodeURIComponent(id)}`, { params: { id } });
      expect([res.status, (res.body as { error: { code: string } }).error.code], id).toEqual([404, "not_found"]);
    }
  });
});

describe("bulk CSV files", () => {
  // Response.text() drops the byte-order mark; the first test reads the bytes.
  const parse = (res: RouteOutcome) => Papa.parse<string[]>(String(res.body), { skipEmptyLines: true }).data;

  it("starts with a UTF-8 byte-order mark (Excel reads the Chinese right) and streams the body", async () => {
    for (const route of [kgCsv, caseCsv]) {
      const res = await route.loader({ request: buildRequest("/api/v1/file.csv"), params: {}, context: { requestId: "t", clientIp: freshIp() } });
      expect(res.body).toBeInstanceOf(ReadableStream);
      expect([...new Uint8Array(await res.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it("kindergartens.csv: every public kindergarten, the columns the document names, a download", async () => {
    const res = await get(kgCsv, "/api/v1/kindergartens.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe('attachment; filename="kindergartens.csv"');
    const [header, ...rows] = parse(res);
    expect(header).toEqual(Object.keys(doc.components.schemas.KindergartenRow.properties));
    expect(rows.length).toBe(publicKindergartens);
    const district = parse(await get(kgCsv, "/api/v1/kindergartens.csv?region=330203")).slice(1);
    expect(new Set(district.map((r) => r[0]))).toEqual(new Set(haishu.map((k) => k.id)));
  });

  it("cases.csv: the published cases newest first under the list's filters, flattened", async () => {
    const [header, ...rows] = parse(await get(caseCsv, "/api/v1/cases.csv"));
    expect(header).toEqual(Object.keys(doc.components.schemas.CaseRow.properties));
    expect(rows.map((r) => r[0])).toEqual(published.map((c) => c.id));
    const jiangbeiRows = parse(await get(caseCsv, "/api/v1/cases.csv?region=330205")).slice(1);
    expect(jiangbeiRows.map((r) => r[0])).toEqual(published.filter((c) => c.region === "330205").map((c) => c.id));
    expect(rows.every((r) => r.length === header.length)).toBe(true);
  });
});

describe("caching", () => {
  it("answers If-None-Match with the current ETag by 304, and a changed list with a new ETag", async () => {
    const first = await get(caseList, "/api/v1/cases");
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
    for (const sent of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const again = await get(caseList, "/api/v1/cases", { headers: { "If-None-Match": sent } });
      expect([again.status, again.body, again.headers.get("ETag")], sent).toEqual([304, null, etag]);
    }
    expect((await get(caseList, "/api/v1/cases", { headers: { "If-None-Match": '"other"' } })).status).toBe(200);
    // Another query, another body, another ETag.
    expect((await get(caseList, "/api/v1/cases?limit=1")).headers.get("ETag")).not.toBe(etag);
  });

  it("gives a CSV file a weak ETag from the data's version: 304 until a case is published", async () => {
    const first = await get(caseCsv, "/api/v1/cases.csv");
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect((await get(caseCsv, "/api/v1/cases.csv", { headers: { "If-None-Match": etag } })).status).toBe(304);
    expect((await get(kgCsv, "/api/v1/kindergartens.csv", { headers: { "If-None-Match": etag } })).status).toBe(200);
    const added = await insertPublicCase(t.db, haishu[0].id, { decidedOn: "2026-11-02", publishedAt: "2026-11-20T02:00:00.000Z" });
    try {
      const after = await get(caseCsv, "/api/v1/cases.csv", { headers: { "If-None-Match": etag } });
      expect(after.status).toBe(200);
      expect(after.headers.get("ETag")).not.toBe(etag);
    } finally {
      await t.db.deleteFrom("public_cases").where("id", "=", added).execute();
    }
  });
});

describe("a path that is no endpoint", () => {
  it("is answered with the API's JSON 404, not the site's page", async () => {
    const res = unknownEndpoint();
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect((await res.json()) as unknown).toMatchObject({ error: { status: 404, code: "not_found" } });
  });
});

describe("bad parameters", () => {
  const BAD: Array<[Route, string, string]> = [
    [kgList, "limit=0", "limit"],
    [kgList, "limit=101", "limit"],
    [kgList, "limit=abc", "limit"],
    [kgList, "limit=1.5", "limit"],
    // Number() would read these as 16, 10 and 5: only decimal digits are a number here.
    [kgList, "limit=0x10", "limit"],
    [kgList, "limit=1e1", "limit"],
    [kgList, "limit=%205", "limit"],
    [caseList, "year=0x7E9", "year"],
    [kgList, "limit=10&limit=20", "limit"],
    [kgList, "region=33", "region"],
    [kgList, "region=33%00", "region"],
    [kgList, "nature=%3Cscript%3E", "nature"],
    [kgList, `q=${"长".repeat(51)}`, "q"],
    // One character nationwide: the search cannot use it (the domain's refusal, named).
    [kgList, "q=%E9%95%BF", "q"],
    [kgList, `cursor=${"A".repeat(401)}`, "cursor"],
    [kgCsv, "region=abc", "region"],
    [kgCsv, "q=%E9%95%BF", "q"],
    [caseList, "year=1999", "year"],
    [caseList, "year=twenty", "year"],
    [caseList, "decisionKind=fine", "decisionKind"],
    [caseList, "rule=r03", "rule"],
    [caseList, `rule=${"R".repeat(30)}`, "rule"],
    [caseList, "limit=-1", "limit"],
    [caseCsv, "year=3000", "year"],
  ];

  it("are a 400 with a JSON error naming them, never a 500", async () => {
    for (const [route, query, parameter] of BAD) {
      const res = await get(route, `/api/v1/x?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      expect(res.body, query).toMatchObject({ error: { status: 400, code: "bad_request", parameters: [parameter] } });
      expect(schemaErrors(res.body, doc.components.schemas.Error, doc), query).toEqual([]);
    }
  });

  it("take an empty parameter as not given, ignore unknown ones, and read a mangled cursor as the first page", async () => {
    expect(ids(await get(caseList, "/api/v1/cases?region=&year=&limit=&utm_source=x&_data=routes%2Fapi%2B%2Fv1.cases._index"))).toEqual(published.map((c) => c.id));
    expect(ids(await get(caseList, `/api/v1/cases?cursor=${"A".repeat(300)}`))).toEqual(published.map((c) => c.id));
    expect(ids(await get(caseList, "/api/v1/cases?cursor=%FF%FE"))).toEqual(published.map((c) => c.id));
  });
});

describe("rate limit", () => {
  it("answers a client past OPEN_DATA_CLIENT_POINTS requests a minute with 429 and Retry-After, other clients still served", async () => {
    const ip = freshIp();
    for (let i = 0; i < CLIENT_POINTS; i++) expect((await get(caseList, "/api/v1/cases", { clientIp: ip })).status).toBe(200);
    for (const route of [caseList, kgCsv, openapi]) {
      const refused = await get(route, "/api/v1/any", { clientIp: ip });
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect(refused.body).toMatchObject({ error: { status: 429, code: "rate_limited" } });
      expect(schemaErrors(refused.body, doc.components.schemas.Error, doc)).toEqual([]);
    }
    expect((await get(caseList, "/api/v1/cases")).status).toBe(200);
  });

  it("counts before the query is read or the database asked", async () => {
    const ip = freshIp();
    for (let i = 0; i < CLIENT_POINTS; i++) await get(caseList, "/api/v1/cases", { clientIp: ip });
    setDb(new Proxy({}, { get: () => { throw new Error("the database was asked"); } }) as DB);
    try {
      for (const route of [caseList, caseCsv, kgOne]) expect((await get(route, "/api/v1/any?limit=banana", { clientIp: ip, params: { id: "x" } })).status).toBe(429);
    } finally {
      setDb(t.db);
    }
  });
});

/** The route files under app/routes/api+, as URL templates ("/api/v1/cases/{id}"). */
function apiRouteTemplates(): string[] {
  const dir = path.resolve("app/routes/api+");
  return fs
    .readdirSync(dir)
    // The splat (v1.$.tsx) is every other path's 404, no endpoint.
    .filter((f) => /\.tsx?$/.test(f) && !f.startsWith("v1.$."))
    .map((file) => {
      const segments = file
        .replace(/\.tsx?$/, "")
        .replace(/\[(.*?)\]/g, (_, literal: string) => literal.replace(/\./g, "\u0001"))
        .split(".")
        .filter((s) => s !== "_index")
        .map((s) => s.replace(/\u0001/g, ".").replace(/^\$(\w+)$/, "{$1}"));
      return `/api/${segments.join("/")}`.replace(/\/(?=\.)/g, "");
    })
    .sort();
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 and names every route under /api/v1, and nothing else", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual(apiRouteTemplates());
    expect(schemaErrors(doc, doc.components.schemas.OpenApiDocument, doc)).toEqual([]);
  });

  it("bounds every list's parameters as the code does", () => {
    for (const list of ["/api/v1/kindergartens", "/api/v1/cases"]) {
      const limit = doc.paths[list].get.parameters.find((p: { name: string }) => p.name === "limit");
      expect(limit.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 100, default: 20 });
    }
    for (const [, operation] of Object.entries(doc.paths) as Array<[string, { get: { parameters: Array<{ schema: Record<string, unknown> }> } }]>) {
      for (const p of operation.get.parameters) {
        const s = p.schema;
        expect(s.enum ?? s.maxLength ?? s.maximum ?? s.pattern, JSON.stringify(p)).toBeDefined();
      }
    }
  });

  it("describes every real answer of every endpoint", async () => {
    const kg = haishu[0].id;
    const a = published[published.length - 1].id;
    const answers: Array<[string, string, RouteOutcome]> = [
      ["/api/v1/kindergartens", "200", await get(kgList, "/api/v1/kindergartens?limit=3")],
      ["/api/v1/kindergartens", "200", await get(kgList, "/api/v1/kindergartens?region=330100")],
      ["/api/v1/kindergartens", "400", await get(kgList, "/api/v1/kindergartens?limit=0")],
      ["/api/v1/kindergartens/{id}", "200", await get(kgOne, `/api/v1/kindergartens/${kg}`, { params: { id: kg } })],
      ["/api/v1/kindergartens/{id}", "404", await get(kgOne, "/api/v1/kindergartens/nope", { params: { id: "nope" } })],
      ["/api/v1/cases", "200", await get(caseList, "/api/v1/cases")],
      ["/api/v1/cases", "400", await get(caseList, "/api/v1/cases?year=1")],
      ["/api/v1/cases/{id}", "200", await get(caseOne, `/api/v1/cases/${a}`, { params: { id: a } })],
      ["/api/v1/cases/{id}", "200", await get(caseOne, `/api/v1/cases/${withdrawnId}`, { params: { id: withdrawnId } })],
      ["/api/v1/cases/{id}", "404", await get(caseOne, `/api/v1/cases/${draftIds[0]}`, { params: { id: draftIds[0] } })],
      ["/api/v1/openapi.json", "200", await get(openapi, "/api/v1/openapi.json")],
      ["/api/v1/statistics", "200", await get(statisticsApi, "/api/v1/statistics")],
      ["/api/v1/statistics", "200", await get(statisticsApi, "/api/v1/statistics?region=330203")],
      ["/api/v1/statistics", "400", await get(statisticsApi, "/api/v1/statistics?region=990000")],
      ["/api/v1/statistics", "400", await get(statisticsApi, "/api/v1/statistics?year=1999")],
    ];
    // The demo's case, published through the publication service, as a case and in the list.
    for (const res of demoAnswers) answers.push([res === demoAnswers[demoAnswers.length - 1] ? "/api/v1/cases" : "/api/v1/cases/{id}", "200", res]);
    expect((demoAnswers[demoAnswers.length - 1].body as { items: unknown[] }).items.length).toBe(demoAnswers.length - 1);
    // Every kindergarten's page, so the schedules, history, guidance prices and accounts of the demo are all checked.
    for (const k of [...haishu, ...jiangbei]) answers.push(["/api/v1/kindergartens/{id}", "200", await get(kgOne, `/api/v1/kindergartens/${k.id}`, { params: { id: k.id } })]);
    const detail = answers.filter(([p, s]) => p === "/api/v1/kindergartens/{id}" && s === "200").map(([, , r]) => r.body as { inForce: unknown; guidancePrices: unknown; account: unknown; history: Array<{ changes: unknown }> });
    expect(detail.some((d) => d.inForce && d.account && d.guidancePrices && d.history.some((h) => h.changes))).toBe(true);

    for (const [template, status, res] of answers) {
      expect(String(res.status), template).toBe(status);
      const schema = doc.paths[template].get.responses[status].content["application/json"].schema;
      expect(schemaErrors(res.body, schema, doc), `${template} ${status}`).toEqual([]);
    }
    for (const [template, route] of [
      ["/api/v1/kindergartens.csv", kgCsv],
      ["/api/v1/cases.csv", caseCsv],
    ] as const) {
      const res = await get(route, template);
      expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      expect(Object.keys(doc.paths[template].get.responses["200"].content)).toEqual(["text/csv"]);
    }
  });

  it("catches an answer that strays from it (the check is not a pass-through)", () => {
    const schema = doc.components.schemas.CaseDetail;
    expect(schemaErrors({ id: "x", status: "withdrawn", withdrawnOn: "2026-01-01", content: {} }, schema, doc)).not.toEqual([]);
    expect(schemaErrors({ id: "x", status: "published" }, schema, doc)).not.toEqual([]);
    expect(schemaErrors({ items: [{ id: 1 }], next: null, nextCursor: null }, doc.components.schemas.KindergartenList, doc)).not.toEqual([]);
  });
});

describe("answers kept between changes of their data (app/web/shared-reads.server.ts)", () => {
  it("lists a case published, and a kindergarten renamed, at the next request", async () => {
    const before = ids(await get(caseList, "/api/v1/cases"));
    expect(ids(await get(caseList, "/api/v1/cases"))).toEqual(before);
    const newest = await insertPublicCase(t.db, haishu[1].id, { decidedOn: "2026-11-02", publishedAt: "2026-11-20T02:00:00.000Z" });
    try {
      expect(ids(await get(caseList, "/api/v1/cases"))).toEqual([newest, ...before]);
    } finally {
      await t.db.deleteFrom("public_cases").where("id", "=", newest).execute();
    }
    expect(ids(await get(caseList, "/api/v1/cases"))).toEqual(before);

    const nameOf = async () => ((await get(kgList, "/api/v1/kindergartens?region=330203&limit=100")).body as { items: Array<{ id: string; name: string }> }).items.find((k) => k.id === haishu[0].id)?.name;
    const name = await nameOf();
    await t.db.updateTable("kindergartens").set({ name_in_use: "新名字幼儿园" }).where("id", "=", haishu[0].id).execute();
    try {
      expect(await nameOf()).toBe("新名字幼儿园");
    } finally {
      await t.db.updateTable("kindergartens").set({ name_in_use: name! }).where("id", "=", haishu[0].id).execute();
    }
    expect(await nameOf()).toBe(name);
  });

  it("answers a URL with parameters an endpoint does not read as the same kept answer, its next link without them", async () => {
    const page = (await get(caseList, "/api/v1/cases?limit=1&utm_source=wechat")).body as { next: string | null };
    expect(page.next).toMatch(/^\/api\/v1\/cases\?limit=1&cursor=[^&]+$/);
    expect((await get(caseList, "/api/v1/cases?junk=2&limit=1")).body).toEqual(page);
  });
});
