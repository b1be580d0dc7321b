/**
 * Public pages kept between changes of their data (app/web/shared-reads.server.ts),
 * in front of a stand-in for the Remix handler that counts its renders, on a
 * real SQLite database whose triggers bump the versions: a page is made once
 * and served again until a case is published, the day turns or the reader
 * differs (language, a session), and only a signed-out GET's 200 without a
 * cookie is ever kept; the open-data API's door (`keptAnswer`) likewise. A
 * kept page's inline scripts carry each answer's own nonce, the one its
 * Content-Security-Policy names (app/web/script-nonce.server.ts).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { reloadEnv } from "~/utils/env.server";
import { KEPT_NONCE, renderNonceOf, scriptNonceOf, scriptNonces } from "~/web/script-nonce.server";
import { forgetSharedReads, keptAnswer, markBrokenOff, MAX_KEPT_BYTES, keptPages } from "~/web/shared-reads.server";
import { createKindergarten, seedReferenceData } from "../factories/domain";
import { insertPublicCase } from "../factories/public-cases";
import { createTestDb, type TestDb } from "../setup/test-db";

const route = (id: string, parentId: string | undefined, path: string | undefined, handle?: unknown) =>
  ({ id, parentId, path, module: handle ? { handle } : {} }) as unknown as ServerBuild["routes"][string];

const shared = { sharedPublicPage: { sources: ["public_cases"] } };
/** A route that reads two query parameters, and says so. */
const search = { sharedPublicPage: { sources: ["public_cases"], query: ["q", "year"] } };
const build = {
  routes: {
    root: route("root", undefined, ""),
    "routes/search": route("routes/search", "root", "search", search),
    "routes/cases": route("routes/cases", "root", "cases", shared),
    "routes/big": route("routes/big", "root", "big", shared),
    "routes/chart": route("routes/chart", "root", "chart", shared),
    "routes/broken": route("routes/broken", "root", "broken", shared),
    "routes/slow": route("routes/slow", "root", "slow", shared),
    "routes/plain": route("routes/plain", "root", "plain"),
  },
} as unknown as ServerBuild;

let t: TestDb;
let base: string;
let close: () => void;
let kindergartenId: string;
let renders = 0;
/** What the stand-in answers next: a status and whether it sets a cookie. */
let next: { status: number; cookie?: boolean } = { status: 200 };

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  kindergartenId = (await createKindergarten(t.db)).id;
  const app = express();
  // As helmet does before it, for every answer, with the answer's own script nonce (server.ts).
  app.use(scriptNonces());
  app.use((_req, res, nextHandler) => {
    res.setHeader("Content-Security-Policy", `default-src 'self'; script-src 'self' 'nonce-${scriptNonceOf(res)}'`);
    nextHandler();
  });
  app.use(keptPages({ build, db: t.db }));
  app.get("*", async (req, res) => {
    renders += 1;
    // A page that takes a while to make, so that other readers ask while it is.
    if (req.path === "/slow") await new Promise((resolve) => setTimeout(resolve, 50));
    // A chart adds its own policy beside the site's, as Remix appends a route's headers.
    if (req.path === "/chart") res.append("Content-Security-Policy", "default-src 'none'");
    // A render error after the status was sent (entry.server.tsx).
    if (req.path === "/broken") markBrokenOff(res);
    res.status(next.status).setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "public, max-age=60");
    if (next.cookie) res.setHeader("Set-Cookie", "lang=en; Path=/");
    if (req.query.scripted !== undefined) {
      // A page with inline scripts, as entry.server.tsx renders them (the nonce it is given), written in pieces that
      // cut both nonces in two.
      const nonce = renderNonceOf(res);
      const page = `<p>page</p><script nonce="${nonce}">go()</script><script nonce="${nonce}">more()</script>`;
      res.write(page.slice(0, 30));
      res.write(page.slice(30, 80));
      res.end(page.slice(80));
      return;
    }
    if (req.query.mixed !== undefined) {
      // Written as Remix and React write: Uint8Array views into a larger buffer, Buffers and strings; the first nonce
      // whole in a piece, the second and a three-byte character (保) cut in two.
      const nonce = renderNonceOf(res);
      const page = Buffer.from(`<h1>保教费</h1><script nonce="${nonce}">go()</script>${"收费".repeat(3000)}<script nonce="${nonce}">x()</script>`);
      const backing = new Uint8Array(page.length + 16);
      backing.set(page, 8);
      const view = (from: number, to: number) => backing.subarray(8 + from, 8 + to);
      const cuts = [0, 5, 30, 4000, 9000, page.length - 20, page.length];
      res.write(view(cuts[0]!, cuts[1]!));
      res.write(page.subarray(cuts[1]!, cuts[2]!));
      res.write(view(cuts[2]!, cuts[3]!));
      res.write(page.toString("latin1", cuts[3]!, cuts[4]!), "latin1");
      res.write(view(cuts[4]!, cuts[5]!));
      res.end(Buffer.from(page.subarray(cuts[5]!, cuts[6]!)));
      return;
    }
    const body =
      req.path === "/big" ? "x".repeat(MAX_KEPT_BYTES + 1) : `render ${renders} of ${req.originalUrl} for ${req.get("cookie") ?? "nobody"}`.padEnd(Number(req.query.pad ?? 0), ".");
    // Written in pieces, as Remix streams a page.
    res.write(body.slice(0, 5));
    res.end(body.slice(5));
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterEach(() => {
  forgetSharedReads();
  next = { status: 200 };
  vi.useRealTimers();
});
afterAll(async () => {
  close();
  await t.destroy();
});

/** The script nonce an answer's Content-Security-Policy names (the site's policy, first). */
function policyNonce(answer: { headers: http.IncomingHttpHeaders }): string {
  const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(String(answer.headers["content-security-policy"]))?.[1];
  expect(nonce).toBeDefined();
  return nonce!;
}

/** With node's client: fetch would not send a Host of our choosing. */
function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request(base + path, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("keptPages", () => {
  it("makes a page once and serves it again, whole, until a case is published", async () => {
    const first = await get("/cases?year=2026");
    const again = await get("/cases?year=2026");
    expect(again.body).toBe(first.body);
    expect(again.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(again.headers["cache-control"]).toBe("public, max-age=60");
    expect(again.headers["content-length"]).toBe(String(Buffer.byteLength(first.body)));
    await insertPublicCase(t.db, kindergartenId);
    const after = await get("/cases?year=2026");
    expect(after.body).not.toBe(first.body);
    expect((await get("/cases?year=2026")).body).toBe(after.body);
  });

  it("makes a page asked for by several readers at once only once, unless it cannot be kept", async () => {
    const before = renders;
    const together = await Promise.all([1, 2, 3, 4, 5].map(() => get("/slow")));
    expect(renders - before).toBe(1);
    expect(new Set(together.map((r) => `${r.status} ${r.body}`)).size).toBe(1);
    // A 404 is not kept: each reader waiting for it gets their own answer.
    next = { status: 404 };
    const missing = await Promise.all([1, 2, 3].map(() => get("/slow?missing")));
    expect(renders - before).toBe(4);
    expect(missing.map((r) => r.status)).toEqual([404, 404, 404]);
  });

  it("keeps each query string, language and host apart", async () => {
    const a = await get("/cases?year=2026");
    expect((await get("/cases?year=2025")).body).not.toBe(a.body);
    expect((await get("/cases?year=2026", { cookie: "lang=ImVuIg%3D%3D" })).body).not.toBe(a.body);
    expect((await get("/cases?year=2026", { host: "portal.example.cn" })).body).not.toBe(a.body);
    expect((await get("/cases?year=2026", { "x-forwarded-host": "portal.example.cn" })).body).not.toBe(a.body);
    expect((await get("/cases?year=2026")).body).toBe(a.body);
  });

  it("makes one page of every URL that differs only in parameters its route does not read, without them", async () => {
    const before = renders;
    const first = await get("/search?q=%E6%B5%B7%E6%9B%99&utm_source=wechat");
    // Remix is asked without them, so the page bears no trace of them (its language switch's return address).
    expect(first.body).toContain("of /search?q=%E6%B5%B7%E6%9B%99 for");
    for (const junk of ["?junk=1&q=%E6%B5%B7%E6%9B%99", "?q=%E6%B5%B7%E6%9B%99&junk=2", "?from=singlemessage&isappinstalled=0&q=%E6%B5%B7%E6%9B%99"]) {
      expect((await get(`/search${junk}`)).body).toBe(first.body);
    }
    expect(renders - before).toBe(1);
    // The parameters it reads, in any order, are one page; their values (a repeated one's too) are pages apart.
    const both = await get("/search?year=2026&q=a&x=1");
    expect(both.body).toContain("of /search?q=a&year=2026 for");
    expect((await get("/search?q=a&year=2026")).body).toBe(both.body);
    expect((await get("/search?q=a")).body).not.toBe(both.body);
    expect((await get("/search?q=a&q=b")).body).toContain("of /search?q=a&q=b for");
    expect(renders - before).toBe(4);
    // A legacy data request is Remix's (JSON, not the page): passed on as sent, never kept.
    await get("/search?q=a&_data=routes%2Fsearch");
    expect((await get("/search?q=a&_data=routes%2Fsearch")).body).toContain("of /search?q=a&_data=routes%2Fsearch for");
    expect(renders - before).toBe(6);
  });

  it("makes the page anew when the Shanghai day turns", async () => {
    const today = await get("/cases");
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 24 * 60 * 60 * 1000 });
    expect((await get("/cases")).body).not.toBe(today.body);
  });

  it("never keeps for, nor serves to, a signed-in reader", async () => {
    const signedIn = { cookie: "__session=abc" };
    const one = await get("/cases", signedIn);
    expect((await get("/cases", signedIn)).body).not.toBe(one.body);
    const anonymous = await get("/cases");
    expect(anonymous.body).toContain("for nobody");
    expect((await get("/cases", signedIn)).body).not.toBe(anonymous.body);
  });

  it("keeps only a 200 that sets no cookie and fits", async () => {
    next = { status: 404 };
    const missing = await get("/cases?x=1");
    expect((await get("/cases?x=1")).body).not.toBe(missing.body);
    next = { status: 200, cookie: true };
    const withCookie = await get("/cases?x=2");
    expect((await get("/cases?x=2")).body).not.toBe(withCookie.body);
    next = { status: 200 };
    const before = renders;
    await get("/big");
    await get("/big");
    expect(renders - before).toBe(2);
  });

  it("serves a kept answer with the headers its route added to the site's own, the site's made for this answer", async () => {
    const first = await get("/chart");
    const again = await get("/chart");
    expect(again.body).toBe(first.body);
    // The site's policy with the answer's own nonce, then the route's, as Remix appended it: the same policy with
    // another nonce, not the first answer's policy replayed.
    const policy = /^default-src 'self'; script-src 'self' 'nonce-[A-Za-z0-9+/]{24}', default-src 'none'$/;
    expect(first.headers["content-security-policy"]).toMatch(policy);
    expect(again.headers["content-security-policy"]).toMatch(policy);
    expect(again.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(policyNonce(again)).not.toBe(policyNonce(first));
  });

  it("gives each answer of a kept page its own script nonce, the one its policy names, written whole or in pieces", async () => {
    const before = renders;
    // The first answer as it is made (written in pieces), then two served from what is kept.
    const answers = [await get("/cases?scripted"), await get("/cases?scripted"), await get("/cases?scripted")];
    expect(renders - before).toBe(1);
    for (const answer of answers) {
      const nonce = policyNonce(answer);
      expect(answer.body).toBe(`<p>page</p><script nonce="${nonce}">go()</script><script nonce="${nonce}">more()</script>`);
      expect(answer.body).not.toContain(KEPT_NONCE);
    }
    expect(new Set(answers.map(policyNonce)).size).toBe(3);
    expect(answers[1]!.headers["content-length"]).toBe(String(Buffer.byteLength(answers[0]!.body)));
    // A page that is not kept is rendered with its answer's nonce at once.
    const plain = await get("/plain?scripted");
    expect(plain.body).toContain(`<script nonce="${policyNonce(plain)}">go()</script>`);
  });

  it("answers the first reader and the next ones with the same bytes, each with its own nonce", async () => {
    const raw = (path: string) =>
      new Promise<{ bytes: Buffer; nonce: string }>((resolve, reject) => {
        http
          .get(base + path, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c: Buffer) => chunks.push(c));
            res.on("end", () => resolve({ bytes: Buffer.concat(chunks), nonce: policyNonce(res) }));
          })
          .on("error", reject);
      });
    const before = renders;
    const [first, second, third] = [await raw("/cases?mixed"), await raw("/cases?mixed"), await raw("/cases?mixed")];
    expect(renders - before).toBe(1);
    const apart = ({ bytes, nonce }: { bytes: Buffer; nonce: string }) => {
      const text = bytes.toString("latin1");
      expect(text.split(nonce).length - 1).toBe(2);
      expect(text).not.toContain(KEPT_NONCE);
      return Buffer.from(text.replaceAll(nonce, "N".repeat(nonce.length)), "latin1");
    };
    expect(apart(second).equals(apart(first))).toBe(true);
    expect(apart(third).equals(apart(first))).toBe(true);
    expect(first.bytes.toString("utf8")).toBe(`<h1>保教费</h1><script nonce="${first.nonce}">go()</script>${"收费".repeat(3000)}<script nonce="${first.nonce}">x()</script>`);
    expect(new Set([first.nonce, second.nonce, third.nonce]).size).toBe(3);
  });

  it("never keeps a page that broke off after its status was sent", async () => {
    const before = renders;
    await get("/broken");
    await get("/broken");
    expect(renders - before).toBe(2);
  });

  it("leaves routes without the handle, data requests and other methods to Remix", async () => {
    const before = renders;
    await get("/plain");
    await get("/plain");
    await get("/cases.data");
    await get("/cases.data");
    await get("/cases", {}, "HEAD");
    await get("/cases", {}, "HEAD");
    expect(renders - before).toBe(6);
  });

  it("lets public pages use the officers' share while officers keep nothing", async () => {
    process.env.SHARED_READS_MB = "1";
    reloadEnv();
    try {
      forgetSharedReads();
      // Some 930 KB of pages: more than what is the public's alone (OFFICER_SHARE), less than the whole.
      const first = await get("/cases?pad=9000&n=0");
      for (let n = 1; n < 100; n++) await get(`/cases?pad=9000&n=${n}`);
      expect((await get("/cases?pad=9000&n=0")).body).toBe(first.body);
    } finally {
      delete process.env.SHARED_READS_MB;
      reloadEnv();
    }
  });

  it("keeps nothing with SHARED_READS_MB=0", async () => {
    process.env.SHARED_READS_MB = "0";
    reloadEnv();
    try {
      forgetSharedReads();
      expect((await get("/cases?z=1")).body).not.toBe((await get("/cases?z=1")).body);
    } finally {
      delete process.env.SHARED_READS_MB;
      reloadEnv();
    }
  });
});

describe("keptAnswer", () => {
  it("makes an answer once per stamp, and never keeps a refusal", async () => {
    let made = 0;
    const make = async () => ({ body: `answer ${++made}`, etag: `"${made}"` });
    const one = await keptAnswer(t.db, "k", ["public_cases"], make);
    expect(await keptAnswer(t.db, "k", ["public_cases"], make)).toEqual(one);
    await insertPublicCase(t.db, kindergartenId);
    expect(await keptAnswer(t.db, "k", ["public_cases"], make)).toEqual({ body: "answer 2", etag: '"2"' });
    const refusal = async () => new Response("no", { status: 400 });
    expect(await keptAnswer(t.db, "r", ["public_cases"], refusal)).toBeInstanceOf(Response);
    expect(await keptAnswer(t.db, "r", ["public_cases"], make)).toEqual({ body: "answer 3", etag: '"3"' });
  });
});
