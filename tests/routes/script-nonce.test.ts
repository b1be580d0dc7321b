/**
 * Every page's Content-Security-Policy lets only its own inline scripts run: script-src names a nonce made for the
 * answer and no 'unsafe-inline', and every inline script of the page carries that nonce (app/web/script-nonce.server.ts).
 * The built app behind the same security headers and kept-reads middleware as server.ts, on the demo data: a public
 * page, a kept public page made and then served again (its own nonce each time, not the one it was made with), a
 * signed-in page (an officer's kept queue too), error pages, and the import preview answered without scripts.
 */
import { ulid } from "ulid";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { computeUsccCheckChar } from "~/domain/kindergartens/uscc";
import { REGISTRY_COLUMNS } from "~/domain/registry/registry.schema";
import { setDb } from "~/web/db.server";
import { KEPT_NONCE } from "~/web/script-nonce.server";
import { forgetSharedReads } from "~/web/shared-reads.server";
import { serveBuiltAppBehindKeptReads } from "../setup/built-app-kept-reads";
import { sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let base: string;
let close: () => void;
/** Requests that reached Remix (made, not served from what is kept). */
const made: string[] = [];
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const user of ["kg001", "haishu.market", "haishu.edu"]) cookies[user] = await sessionCookieFor(t.db, user);
  ({ base, close } = await serveBuiltAppBehindKeptReads(t.db, (req) => made.push(req.path)));
});
afterEach(() => forgetSharedReads());
afterAll(async () => {
  close();
  await t.destroy();
});

interface Answer {
  status: number;
  body: string;
  nonce: string;
  made: boolean;
}

async function answer(path: string, user?: string, init: RequestInit = {}): Promise<Answer> {
  const before = made.length;
  const res = await fetch(base + path, { ...init, headers: { ...(user ? { cookie: cookies[user]! } : {}) }, redirect: "manual" });
  const body = await res.text();
  return { status: res.status, body, nonce: checkedNonce(path, res.headers.get("content-security-policy"), body), made: made.length > before };
}

/** The policy's directive of that name, split into its name and sources. */
function directive(policy: string | null, name: string): string[] | undefined {
  return (policy ?? "")
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
}

/**
 * The nonce the policy's script-src names, after checking it allows no inline script but those carrying it, and that
 * every inline script of `body` carries it and no element has an inline event handler.
 */
function checkedNonce(path: string, policy: string | null, body: string): string {
  const scriptSrc = directive(policy, "script-src");
  expect(scriptSrc, path).toBeDefined();
  expect(scriptSrc, path).not.toContain("'unsafe-inline'");
  const nonces = scriptSrc!.filter((source) => source.startsWith("'nonce-"));
  expect(nonces, path).toHaveLength(1);
  const nonce = /^'nonce-([A-Za-z0-9+/]{24})'$/.exec(nonces[0]!)?.[1];
  expect(nonce, path).toBeDefined();
  const scripts = [...body.matchAll(/<script\b([^>]*)>/g)];
  expect(scripts.length, `${path}: the page renders its scripts`).toBeGreaterThan(0);
  for (const [tag, attributes] of scripts) expect(attributes, `${path}: ${tag}`).toContain(` nonce="${nonce}"`);
  expect(body, path).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
  expect(body, path).not.toContain(KEPT_NONCE);
  // Styles only from the app's sheet: injected markup cannot restyle the page, and no element may carry a style.
  expect(directive(policy, "style-src"), path).toEqual(["style-src", "'self'"]);
  expect(body, path).not.toMatch(/<[a-z][^>]*\sstyle=/i);
  return nonce!;
}

/** A registry file of one new 海曙区 kindergarten. */
function registryFile(): string {
  const first17 = "52330203MJD000001";
  const row: Record<string, string> = {
    uscc: first17 + computeUsccCheckChar(first17),
    approved_name: "宁波市海曙区脚本测试幼儿园",
    nature: "inclusive_private",
    grade: "class1",
    region_code: "330203",
    address: "宁波市海曙区测试路 1 号",
    status: "active",
  };
  return `${REGISTRY_COLUMNS.join(",")}\r\n${REGISTRY_COLUMNS.map((c) => row[c] ?? "").join(",")}\r\n`;
}

/** The page without its nonce: what is the same in every answer of a kept page. */
const withoutNonce = (a: Answer) => a.body.replaceAll(a.nonce, "NONCE");

/** Pages that hydrate: the hydration context, the route modules and the scroll restoration, each with the nonce. */
function hydrates(a: Answer): void {
  expect(a.body).toContain(`<script nonce="${a.nonce}">window.__remixContext`);
  expect(a.body).toMatch(new RegExp(`<script nonce="${a.nonce.replace(/[+/]/g, "\\$&")}" type="module" async="">`));
}

describe("the script nonce", () => {
  it("is on a public page made for its reader", async () => {
    const home = await answer("/");
    expect(home.status).toBe(200);
    hydrates(home);
  });

  it("is each answer's own on a kept public page, made once and served again", async () => {
    const first = await answer("/cases");
    const again = await answer("/cases");
    const third = await answer("/cases");
    expect([first.status, again.status, third.status]).toEqual([200, 200, 200]);
    expect([first.made, again.made, third.made]).toEqual([true, false, false]);
    for (const a of [first, again, third]) hydrates(a);
    expect(new Set([first.nonce, again.nonce, third.nonce]).size).toBe(3);
    expect(withoutNonce(again)).toBe(withoutNonce(first));
    // The kindergarten search too, with the data stream's scripts (single fetch) among them.
    const search = [await answer("/kindergartens?q=%E6%B5%B7%E6%9B%99"), await answer("/kindergartens?q=%E6%B5%B7%E6%9B%99")];
    expect(search.map((a) => a.made)).toEqual([true, false]);
    expect(search[1]!.nonce).not.toBe(search[0]!.nonce);
    expect(search[1]!.body).toContain(`<script nonce="${search[1]!.nonce}">window.__remixContext.streamController.enqueue(`);
  });

  it("is on signed-in pages, an officer's kept queue answered again included", async () => {
    const fees = await answer("/kindergarten/fees", "kg001");
    expect(fees.status).toBe(200);
    hydrates(fees);
    const queue = [await answer("/officer/cases", "haishu.market"), await answer("/officer/cases", "haishu.market")];
    expect(queue.map((a) => [a.status, a.made])).toEqual([
      [200, true],
      [200, false],
    ]);
    for (const a of queue) hydrates(a);
    expect(queue[1]!.nonce).not.toBe(queue[0]!.nonce);
  });

  it("is on error pages", async () => {
    const missing = await answer("/no/such/page");
    expect(missing.status).toBe(404);
    hydrates(missing);
    const forbidden = await answer("/officer/cases", "kg001");
    expect(forbidden.status).toBe(403);
    hydrates(forbidden);
    const missingKept = await answer("/cases/NOPE");
    expect(missingKept.status).toBe(404);
    hydrates(missingKept);
  });

  it("is on the scroll restoration's script of a page answered without scripts", async () => {
    const form = new FormData();
    form.append("submissionKey", ulid());
    form.append("intent", "preview");
    form.append("file", new File([registryFile()], "名录.csv", { type: "text/csv" }));
    const preview = await answer("/officer/kindergartens/import", "haishu.edu", { method: "POST", body: form });
    expect(preview.status).toBe(200);
    expect(preview.body).toContain("宁波市海曙区脚本测试幼儿园");
    expect(preview.body).not.toContain("__remixContext");
    expect(preview.body).toContain(`<script nonce="${preview.nonce}">(`);
  });
});
