/**
 * Absolute addresses never come from the Host a request names (app/web/public-origin.server.ts): the 典型案例 Atom
 * feed is one kept page for every signed-out reader (app/web/shared-reads.server.ts), so a single request through a
 * forged Host or X-Forwarded-Host must neither show that host nor leave it for the readers after it. The built app
 * behind the kept reads' middleware, as server.ts mounts it, each block with the bundle reading its own environment:
 *
 * - `PUBLIC_ORIGIN` configured: the feed's ids and links are that origin's, whatever host asked, and every host is
 *   served the one kept feed; the OpenAPI document and the API's list name no host either;
 * - production without `PUBLIC_ORIGIN`: the links are relative and the ids name-based (`urn:uuid:`), no host at all.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublishedCase } from "~/domain/publication/public-cases.queries.server";
import { reloadEnv } from "~/utils/env.server";
import { setDb } from "~/web/db.server";
import { atomFeed, feedId } from "~/web/public-cases.server";
import { forgetSharedReads } from "~/web/shared-reads.server";
import { createKindergarten, seedReferenceData } from "../factories/domain";
import { insertPublicCase } from "../factories/public-cases";
import { serveBuiltAppBehindKeptReads } from "../setup/built-app-kept-reads";
import { importBuild } from "../setup/built-build";
import { createTestDb, type TestDb } from "../setup/test-db";

const PUBLIC = "https://fees.example.gov.cn";
const EVIL = "evil.example";

let t: TestDb;
let caseIds: string[];

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  await seedReferenceData(t.db);
  const kg = await createKindergarten(t.db);
  caseIds = [
    await insertPublicCase(t.db, kg.id, { decidedOn: "2026-10-15" }),
    await insertPublicCase(t.db, kg.id, { decidedOn: "2026-10-20" }),
  ];
});
afterAll(async () => {
  await t?.destroy();
});

/** With node's client: fetch would not send a Host of our choosing. */
function get(
  base: string,
  path: string,
  headers: Record<string, string> = {}
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(base + path, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString("utf8"),
        })
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * A server whose bundle and middleware read `env` (set before the bundle's first getEnv), counting the feeds made;
 * the environment as it was again after the block.
 */
function serveWith(env: Record<string, string>) {
  const saved = Object.fromEntries(
    Object.keys(env).map((k) => [k, process.env[k]])
  );
  const server = { base: "", made: 0, close: () => undefined as void };
  beforeAll(async () => {
    Object.assign(process.env, env);
    reloadEnv();
    forgetSharedReads();
    const build = await importBuild(JSON.stringify(env));
    const served = await serveBuiltAppBehindKeptReads(
      t.db,
      (req) => {
        if (req.path === "/cases.atom") server.made += 1;
      },
      build
    );
    server.base = served.base;
    server.close = served.close;
  });
  afterAll(() => {
    server.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    reloadEnv();
    forgetSharedReads();
  });
  return server;
}

describe("with PUBLIC_ORIGIN configured", () => {
  const server = serveWith({ PUBLIC_ORIGIN: PUBLIC });

  it("the feed's ids and links are the public origin's, whatever Host asked, and a forged Host's request leaves nothing for the next reader", async () => {
    const forged = await get(server.base, "/cases.atom", { Host: EVIL });
    expect(forged.status).toBe(200);
    expect(forged.body).not.toContain(EVIL);
    expect(forged.body).toContain(`<id>${PUBLIC}/cases.atom</id>`);
    for (const id of caseIds) {
      expect(forged.body).toContain(`<id>${PUBLIC}/cases/${id}</id>`);
      expect(forged.body).toContain(`href="${PUBLIC}/cases/${id}"`);
    }
    const made = server.made;
    const proxied = await get(server.base, "/cases.atom", {
      "X-Forwarded-Host": EVIL,
    });
    const plain = await get(server.base, "/cases.atom");
    // The normal host is served the feed the forged request made: kept once, whatever the host.
    expect(server.made).toBe(made);
    for (const answer of [proxied, plain]) {
      expect(answer.status).toBe(200);
      expect(answer.body).toBe(forged.body);
      expect(answer.body).not.toContain(EVIL);
      expect(answer.body).not.toContain("127.0.0.1");
    }
  });

  it("a filtered feed too: its self link and id carry the filters at the public origin", async () => {
    const forged = await get(
      server.base,
      "/cases.atom?kind=refund_ordered&utm_source=x",
      { Host: EVIL, "X-Forwarded-Host": EVIL }
    );
    expect(forged.body).not.toContain(EVIL);
    expect(forged.body).toContain(
      `<link rel="self" type="application/atom+xml" href="${PUBLIC}/cases.atom?kind=refund_ordered"/>`
    );
    expect(
      (await get(server.base, "/cases.atom?kind=refund_ordered")).body
    ).toBe(forged.body);
  });

  it("the OpenAPI document and the API's lists name no host a request gave", async () => {
    for (const path of [
      "/api/v1/openapi.json",
      "/api/v1/cases?limit=1",
      "/api/v1/kindergartens",
    ]) {
      const forged = await get(server.base, path, {
        Host: EVIL,
        "X-Forwarded-Host": EVIL,
      });
      expect(forged.status, path).toBe(200);
      expect(forged.body, path).not.toContain(EVIL);
      const plain = await get(server.base, path);
      expect(plain.body, path).not.toContain(EVIL);
    }
    const document = JSON.parse(
      (await get(server.base, "/api/v1/openapi.json", { Host: EVIL })).body
    ) as { servers: unknown };
    expect(document.servers).toEqual([{ url: "/" }]);
  });
});

describe("in production without PUBLIC_ORIGIN", () => {
  const server = serveWith({
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    SESSION_SECRET: "a-test-secret-of-enough-length",
  });

  it("the feed names no host: links relative, ids name-based, the same for every host", async () => {
    const forged = await get(server.base, "/cases.atom", {
      Host: EVIL,
      "X-Forwarded-Host": EVIL,
    });
    expect(forged.status).toBe(200);
    expect(forged.body).not.toContain(EVIL);
    expect(forged.body).not.toContain("127.0.0.1");
    expect(forged.body).toContain(`<id>${feedId("/cases.atom")}</id>`);
    expect(forged.body).toContain(
      '<link rel="self" type="application/atom+xml" href="/cases.atom"/>'
    );
    for (const id of caseIds) {
      expect(forged.body).toContain(`<id>${feedId(`/cases/${id}`)}</id>`);
      expect(forged.body).toContain(
        `<link rel="alternate" type="text/html" href="/cases/${id}"/>`
      );
    }
    // Every id an absolute IRI (RFC 4287 §4.2.6), none relative.
    for (const [, id] of forged.body.matchAll(/<id>([^<]*)<\/id>/g))
      expect(id).toMatch(
        /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
      );
    const made = server.made;
    expect((await get(server.base, "/cases.atom")).body).toBe(forged.body);
    expect(server.made).toBe(made);
  });
});

describe("the feed's ids without a public address", () => {
  it("are RFC 9562 version 5 UUIDs of the path (checked against the RFC's DNS-namespace example)", () => {
    expect(
      feedId("www.example.com", "6ba7b810-9dad-11d1-80b4-00c04fd430c8")
    ).toBe("urn:uuid:2ed6657d-e927-568b-95e1-2665a8aea6a2");
    expect(feedId("/cases/a")).toBe(feedId("/cases/a"));
    expect(feedId("/cases/a")).not.toBe(feedId("/cases/b"));
  });

  it("an origin given is used as it is; none gives relative links", () => {
    const kase = {
      id: "01J0000000000000000000000A",
      publishedAt: "2026-10-16T02:00:00.000Z",
      content: {
        kindergarten: { name: "甲幼儿园" },
        rule: { title: { zh: "超过政府指导价收费" } },
        decision: { kind: "refund_ordered" },
        summary: "摘要",
      },
    } as unknown as PublishedCase;
    const request = new Request(`http://${EVIL}/cases.atom?kind=penalty`);
    return Promise.all([
      atomFeed(request, [kase], PUBLIC).text(),
      atomFeed(request, [kase], null).text(),
    ]).then(([withOrigin, without]) => {
      expect(withOrigin).not.toContain(EVIL);
      expect(withOrigin).toContain(
        `<id>${PUBLIC}/cases.atom?kind=penalty</id>`
      );
      expect(without).not.toContain(EVIL);
      expect(without).toContain(`href="/cases?kind=penalty"`);
      expect(without).toContain(`<id>${feedId(`/cases/${kase.id}`)}</id>`);
    });
  });
});
