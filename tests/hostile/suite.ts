/**
 * Hostile requests to every action and loader of the app, over HTTP against
 * the real server (server.ts on a fresh SQLite file with demo data). The
 * routes come from the build's manifest, so a new route is covered without
 * being listed; each is probed as the first demo account that reaches it, with
 * real ids for its params, on every transport (the page, `?_data=<route id>`,
 * `<path>.data`).
 *
 * Every answer must be below 500, arrive within a bound and carry no stack
 * trace or server path. Refused requests must store nothing (the row count
 * of every table, sign-ins aside, is compared around each route and
 * transport), and no stored text may keep a character the form reader removes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DB } from "~/db/client";
import { DEMO_PASSWORD } from "../setup/route-helpers";
import { MAX_BODY_BYTES } from "~/web/form.server";
import { startServer, type TestServer } from "../setup/server";
import {
  ACCOUNTS,
  DIRTY,
  jobsIdle,
  routeParams,
  rowCounts,
  signIn,
  storingForm,
  tableNames,
  uncleanTexts,
  type Account,
} from "./fixtures";
import { send, type HttpAnswer, type HttpRequest } from "./http";
import { appRoutes, fill, TRANSPORTS, urlFor, type AppRoute, type Transport } from "./routes";

const ROOT = process.cwd();
const FORM = "application/x-www-form-urlencoded";
/** Any answer; the list-index ones must be much faster (they cost a normal bad request). */
const MAX_MS = 2_000;
const FAST_MS = 1_000;
/**
 * A loader's first, well-formed visit: it may load what the process loads on first use (ECharts for the charts,
 * exceljs for the export), a one-time cost that took 2.5 s once in development mode under a whole test suite's
 * load; the hostile requests that follow are held to MAX_MS.
 */
const FIRST_VISIT_MS = 10_000;

const STACK_TRACE = /\bat (?:async )?[\w$.<>[\] ]*\(?(?:file:\/\/|node:|\/)[^\s)]*:\d+:\d+/;

/**
 * The most CPU the server may spend on one hostile body (measured from /proc where there is one): a refusal costs
 * reading the bytes it allows and, for a page, rendering the error page. A body of a hundred thousand empty
 * multipart parts cost 1–2 s of parsing before its field count was checked.
 */
const MAX_CPU_MS = 500;

interface Probe {
  name: string;
  /** The status every transport must answer ("4xx": any refusal, where routes refuse it by different rules). */
  status: number | "4xx";
  maxMs?: number;
  maxCpuMs?: number;
  request(ctx: { path: string; cookie: string; origin: string }): HttpRequest;
}

const sameSite = (ctx: { cookie: string; origin: string }, contentType?: string) => ({
  Cookie: ctx.cookie,
  Origin: ctx.origin,
  ...(contentType ? { "Content-Type": contentType } : {}),
});

/** Requests every action must refuse, and with which status. */
const REFUSALS: Probe[] = [
  {
    name: "cross-origin post",
    status: 403,
    request: (c) => ({ path: c.path, headers: { ...sameSite(c, FORM), Origin: "http://evil.example" }, body: "intent=activate&lang=en" }),
  },
  { name: "opaque origin (null)", status: 403, request: (c) => ({ path: c.path, headers: { ...sameSite(c, FORM), Origin: "null" }, body: "intent=discard" }) },
  {
    name: "Sec-Fetch-Site: cross-site without Origin",
    status: 403,
    request: (c) => ({ path: c.path, headers: { Cookie: c.cookie, "Content-Type": FORM, "Sec-Fetch-Site": "cross-site" }, body: "intent=discard" }),
  },
  { name: "JSON body", status: 415, request: (c) => ({ path: c.path, headers: sameSite(c, "application/json"), body: '{"intent":"activate","lang":"en"}' }) },
  { name: "text/plain body", status: 415, request: (c) => ({ path: c.path, headers: sameSite(c, "text/plain"), body: "intent=activate" }) },
  {
    name: "malformed multipart",
    status: 400,
    request: (c) => ({ path: c.path, headers: sameSite(c, "multipart/form-data; boundary=HOSTILE"), body: '--HOSTILE\r\nContent-Disposition: form-data; name="intent"\r\n\r\nactivate' }),
  },
  { name: "multipart without a boundary", status: 400, request: (c) => ({ path: c.path, headers: sameSite(c, "multipart/form-data"), body: "--x--" }) },
  {
    name: "8 MB declared in Content-Length",
    status: 413,
    request: (c) => ({ path: c.path, headers: sameSite(c, FORM), body: `intent=${"a".repeat(64 * 1024)}`, declaredLength: 8 * 1024 * 1024 }),
  },
  {
    name: "endless chunked body",
    status: 413,
    request: (c) => ({ path: c.path, headers: sameSite(c, FORM), stream: { chunk: Buffer.from(`a=${"b".repeat(64 * 1024 - 3)}&`), upTo: MAX_BODY_BYTES + 1024 * 1024 } }),
  },
  {
    name: "huge list indexes (items[2000], rows[1200])",
    status: 400,
    maxMs: FAST_MS,
    request: (c) => ({ path: c.path, headers: sameSite(c, FORM), body: "items[0].code=CARE_EDU&items[2000].code=CARE_EDU&rows[1200].region_code=330203" }),
  },
  { name: "index as a dotted key (items.4000)", status: 400, maxMs: FAST_MS, request: (c) => ({ path: c.path, headers: sameSite(c, FORM), body: "items[0].code=A&items.4000=x" }) },
  { name: "index on a field that is no list", status: 400, maxMs: FAST_MS, request: (c) => ({ path: c.path, headers: sameSite(c, FORM), body: "note[100000]=x" }) },
  {
    name: "conform update intent to a sparse index",
    status: 400,
    maxMs: FAST_MS,
    request: (c) => ({
      path: c.path,
      headers: sameSite(c, FORM),
      body: new URLSearchParams({ __intent__: JSON.stringify({ type: "update", payload: { name: "items[3000]", value: { code: "x" } } }) }).toString(),
    }),
  },
  { name: "malformed conform intent", status: 400, maxMs: FAST_MS, request: (c) => ({ path: c.path, headers: sameSite(c, FORM), body: "__intent__=%7B" }) },
  // Bodies within the ceiling that are expensive to parse: refused by their count of parts, before the parse
  // (buffered forms) or at the first part past the bound (streamed ones), not after building every part.
  {
    name: "100,000 empty text parts (5 MB)",
    status: "4xx",
    maxCpuMs: MAX_CPU_MS,
    request: (c) => ({ path: c.path, headers: sameSite(c, MULTIPART), body: multipartOf(100_000, 'name="note"') }),
  },
  {
    name: "50,000 empty file parts in the evidence field (5 MB)",
    status: "4xx",
    maxCpuMs: MAX_CPU_MS,
    request: (c) => ({ path: c.path, headers: sameSite(c, MULTIPART), body: multipartOf(50_000, 'name="evidence"; filename="a.png"\r\nContent-Type: image/png') }),
  },
  {
    // A streamed form failed on the second file while the first one's reader had finished: the error event on the
    // first file had no listener, and the process ended (one anonymous post to the complaint form took the portal down).
    name: "a file in another field after the evidence file",
    status: "4xx",
    request: (c) => ({ path: c.path, headers: sameSite(c, MULTIPART), body: fileThenStrayFile() }),
  },
];

const BOUNDARY = "HOSTILEPARTS";
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
/** A multipart body of `count` empty parts with these Content-Disposition parameters (and headers). */
function multipartOf(count: number, disposition: string): string {
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; ${disposition}\r\n\r\n\r\n`.repeat(count) + `--${BOUNDARY}--\r\n`;
}
/** An evidence photo, then a photo in a field that takes none. */
function fileThenStrayFile(): Buffer {
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
  const head = (name: string) => Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"; filename="${name}.png"\r\nContent-Type: image/png\r\n\r\n`);
  return Buffer.concat([head("evidence"), png, Buffer.from("\r\n"), head("stray"), png, Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
}

/** The account check's limit per kindergarten on the probed server: above what the probes send one kindergarten. */
const CHECKS_PER_KINDERGARTEN = 100;

/**
 * Query strings no loader should answer with a 5xx. Each reaches the app: the long q (1,000 characters, 9 KB
 * encoded) stays under Node's 16 KB header limit, past which Node answers 431 before any loader reads the rest.
 */
const HOSTILE_QUERIES = [
  `from=2026-13-45&asOf=2026-02-30&version=abc&after=%FF%FE%00&q=${"长".repeat(1000)}&region=33%00&rule=..%2F..%2Fetc&nature=%3Cscript%3E&grade=${"x".repeat(500)}&ageBand=x&category=x`,
  "from=2026-09-01&from=2026-10-01&version=1&version=2&region=330203&region=330205",
  "%E0%A4%A=%E0%A4%A&q=%&from=%E2%80%AE2026-09-01",
  "from[]=x&asOf[x]=y&q[0]=z&version=-1&after=" + "A".repeat(600),
  // Keyset cursors both ways: mangled, forged (a list of the wrong values), too long, both at once.
  `before=%FF%FE%00&after=${Buffer.from('["priority",{"x":1},null]').toString("base64url")}&sort=due`,
  `before=${Buffer.from(`["priority","settled",${JSON.stringify("9".repeat(64))},"x"]`).toString("base64url")}&state=all`,
  `before=${"A".repeat(600)}&before=x&sort=opened`,
  `before=${Buffer.from('["updated",1e308,"x"]').toString("base64url")}&sort=updated`,
  Array.from({ length: 1500 }, (_, i) => `k${i}=v`).join("&"),
];

export function hostileSuite(mode: "development" | "production") {
  const routesPromise = appRoutes();
  let server: TestServer;
  let db: DB;
  let routes: AppRoute[];
  let params: Record<string, string>;
  let tables: string[];
  const cookies = {} as Record<Account, string>;
  const accountFor = new Map<string, Account>();
  const stats = { requests: 0, slowest: 0, slowestLabel: "", started: 0 };

  /** Sends, and returns the problems with the answer (empty when it is fine). */
  async function check(label: string, request: HttpRequest, expected?: { status?: number | "4xx"; maxMs?: number; maxCpuMs?: number }): Promise<{ answer: HttpAnswer; problems: string[] }> {
    let answer: HttpAnswer;
    const cpuBefore = server.cpuMs();
    try {
      answer = await send(server.baseUrl, request);
    } catch (err) {
      return { answer: { status: 0, headers: {}, body: "", ms: 0 }, problems: [`${label}: no answer (${(err as Error).message})`] };
    }
    stats.requests += 1;
    if (answer.ms > stats.slowest) Object.assign(stats, { slowest: answer.ms, slowestLabel: label });
    const problems: string[] = [];
    const say = (what: string) => problems.push(`${label}: ${what} (status ${answer.status}, ${Math.round(answer.ms)} ms) ${answer.body.slice(0, 160).replace(/\s+/g, " ")}`);
    if (answer.status >= 500) say("5xx");
    if (expected?.status === "4xx" ? answer.status < 400 || answer.status >= 500 : expected?.status !== undefined && answer.status !== expected.status) say(`expected ${String(expected?.status)}`);
    const cpuAfter = server.cpuMs();
    if (expected?.maxCpuMs !== undefined && cpuBefore !== null && cpuAfter !== null && cpuAfter - cpuBefore > expected.maxCpuMs) {
      say(`cost the server ${cpuAfter - cpuBefore} ms of CPU (at most ${expected.maxCpuMs})`);
    }
    if (answer.ms > (expected?.maxMs ?? MAX_MS)) say(`slower than ${expected?.maxMs ?? MAX_MS} ms`);
    if (STACK_TRACE.test(answer.body) || answer.body.includes(ROOT) || answer.body.includes("node_modules")) say("stack trace or server path in the body");
    return { answer, problems };
  }

  beforeAll(async () => {
    // Every probe comes from one address: the account check's client limit would answer most of them with 429.
    // The complaint intake and tracking limits likewise (their 429s: tests/routes/complaint-intake.test.ts),
    // and the open-data API's (its 429: tests/routes/open-data-api.test.ts).
    const limits = {
      OPEN_DATA_CLIENT_POINTS: "1000000",
      ACCOUNT_CHECK_CLIENT_POINTS: "1000000",
      ACCOUNT_CHECK_KINDERGARTEN_POINTS: String(CHECKS_PER_KINDERGARTEN),
      COMPLAINT_INTAKE_CLIENT_POINTS: "1000000",
      COMPLAINT_TRACKING_CLIENT_POINTS: "1000000",
    };
    const env: Record<string, string> =
      mode === "production"
        ? { NODE_ENV: "production", SESSION_SECRET: process.env.SESSION_SECRET!, DEMO_DATA: "1", ...limits }
        : { NODE_ENV: "development", ...limits };
    [server, routes] = await Promise.all([startServer({ env }), routesPromise]);
    db = createDb(server.databaseUrl);
    params = await routeParams(db);
    tables = await tableNames(db);
    for (const account of ACCOUNTS) cookies[account] = await signIn(db, account);
    await jobsIdle(db);
    stats.started = performance.now();
  }, 120_000);

  afterAll(async () => {
    if (stats.started) {
      const seconds = ((performance.now() - stats.started) / 1000).toFixed(1);
      console.log(
        `hostile (${mode}): ${stats.requests} requests to ${routes.filter((r) => r.hasAction).length} actions and ${routes.filter((r) => r.hasLoader).length} loaders in ${seconds} s; slowest ${Math.round(stats.slowest)} ms (${stats.slowestLabel})`,
      );
    }
    await db?.destroy();
    await server?.stop();
  }, 30_000);

  const origin = () => server.baseUrl;

  it("has the routes of the build to probe (a broken manifest reader would pass everything)", () => {
    const actions = routes.filter((r) => r.hasAction).map((r) => r.id);
    expect(actions.length).toBeGreaterThanOrEqual(14);
    expect(actions).toContain("routes/kindergarten+/fees.new");
    expect(actions).toContain("routes/_public+/login");
    expect(routes.filter((r) => r.hasLoader).length).toBeGreaterThanOrEqual(25);
  });

  describe("every action", () => {
    it("is reached by a demo account (a form of the wrong type gets 415, past the permission check)", async () => {
      const unreached: string[] = [];
      for (const route of routes.filter((r) => r.hasAction)) {
        const path = urlFor(route, fill(route, params), "document", "POST");
        for (const account of ACCOUNTS) {
          const { answer, problems } = await check(`${route.id} as ${account}`, { path, headers: sameSite({ cookie: cookies[account], origin: origin() }, "application/json"), body: "{}" });
          unreached.push(...problems);
          if (answer.status === 415) {
            accountFor.set(route.id, account);
            break;
          }
        }
        if (!accountFor.has(route.id)) unreached.push(route.id);
      }
      expect(unreached, "no demo account reaches these actions: add one to ACCOUNTS or a param in fixtures.ts").toEqual([]);
    });

    // Every action × transport × probe: it grows with the app, and a shared machine slows every request.
    it("refuses cross-origin posts, wrong types, malformed and oversized bodies and huge list indexes on every transport, and stores nothing", { timeout: 120_000 }, async () => {
      const problems: string[] = [];
      for (const route of routes.filter((r) => r.hasAction)) {
        const account = accountFor.get(route.id);
        if (!account) continue; // reported by the test above
        const filled = fill(route, params);
        for (const transport of TRANSPORTS) {
          const before = await rowCounts(db, tables);
          for (const probe of REFUSALS) {
            const request = probe.request({ path: urlFor(route, filled, transport, "POST"), cookie: cookies[account], origin: origin() });
            problems.push(...(await check(`${route.id} ${transport} ${probe.name}`, request, { status: probe.status, maxMs: probe.maxMs, maxCpuMs: probe.maxCpuMs })).problems);
          }
          const after = await rowCounts(db, tables);
          const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
          if (changed.length > 0) problems.push(`${route.id} ${transport}: refused requests changed ${changed.map((t) => `${t} ${before[t]}→${after[t]}`).join(", ")}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  describe("every loader", () => {
    it("answers malformed query parameters without a 5xx on every transport", { timeout: 120_000 }, async () => {
      const problems: string[] = [];
      for (const route of routes.filter((r) => r.hasLoader)) {
        const filled = fill(route, params);
        let account: Account | undefined;
        for (const candidate of ACCOUNTS) {
          const { answer, problems: found } = await check(
            `${route.id} GET as ${candidate}`,
            { method: "GET", path: filled, headers: { Cookie: cookies[candidate] } },
            { maxMs: FIRST_VISIT_MS },
          );
          problems.push(...found);
          if (answer.status === 200) {
            account = candidate;
            break;
          }
        }
        // A loader that only redirects (/lang, /logout) is still probed, as the last account.
        account ??= ACCOUNTS[ACCOUNTS.length - 1];
        for (const transport of TRANSPORTS) {
          for (const query of HOSTILE_QUERIES) {
            const path = urlFor(route, filled, transport, "GET", query);
            const label = `${route.id} GET ${transport} ?${query.slice(0, 40)}`;
            const { answer, problems: found } = await check(label, { method: "GET", path, headers: { Cookie: cookies[account] } });
            problems.push(...found);
            if (answer.status === 431) problems.push(`${label}: answered 431 by Node, so no loader read the query`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it("answers garbage cookies and Accept-Language without a 5xx", async () => {
      const problems: string[] = [];
      const headers: Array<Record<string, string>> = [
        { Cookie: `__session=${"A".repeat(10_000)}` },
        { Cookie: "__session=%FF%FE%00; lang=%E0%A4%A; __session=x.y" },
        { Cookie: `lang=${"x".repeat(4000)}`, "Accept-Language": "*;q=1e309, zh;q=-1, en;q=NaN,,,;;;q=" },
        { "Accept-Language": Array.from({ length: 500 }, (_, i) => `l${i};q=0.${i % 9}`).join(",") },
      ];
      for (const route of routes.filter((r) => r.hasLoader)) {
        const filled = fill(route, params);
        for (const [i, h] of headers.entries()) problems.push(...(await check(`${route.id} GET garbage headers #${i}`, { method: "GET", path: filled, headers: h })).problems);
      }
      expect(problems).toEqual([]);
    });

    it("answers a method the portal does not use with 405 and Allow, and a post to a route without an action with 405 in both languages, on every transport", { timeout: 120_000 }, async () => {
      const problems: string[] = [];
      const cookie = cookies.admin;
      for (const route of routes) {
        const filled = fill(route, params);
        for (const transport of TRANSPORTS) {
          // TRACE was a 500 (the fetch Request refuses it); PUT, OPTIONS, PROPFIND were Remix's English naming the route.
          for (const method of ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"]) {
            const path = urlFor(route, filled, transport, "POST");
            if (method === "OPTIONS" && path.startsWith("/api/v1/")) continue; // the open-data API's preflight (above)
            const label = `${route.id} ${transport} ${method}`;
            const { answer, problems: found } = await check(
              label,
              { method, path, headers: sameSite({ cookie, origin: origin() }, FORM), body: method === "TRACE" ? undefined : "intent=x" },
              { status: 405 },
            );
            problems.push(...found);
            if (answer.headers.allow !== "GET, HEAD, POST") problems.push(`${label}: Allow ${String(answer.headers.allow)}`);
          }
          if (route.hasAction) continue;
          // A post to a page or file without an action: Remix said "Unexpected Server Error" on ?_data, its own English on .data.
          const label = `${route.id} ${transport} POST without an action`;
          const { answer, problems: found } = await check(
            label,
            { path: urlFor(route, filled, transport, "POST"), headers: sameSite({ cookie, origin: origin() }, FORM), body: "intent=x" },
            { status: 405 },
          );
          problems.push(...found);
          if (!/此页面不接受提交|takes no (form posts|submissions)/.test(answer.body)) problems.push(`${label}: does not say the page takes no posts: ${answer.body.slice(0, 120)}`);
          if (/Unexpected Server Error|did not provide an `action`/.test(answer.body)) problems.push(`${label}: Remix's own message`);
        }
      }
      expect(problems).toEqual([]);
    });

    it("answers a malformed date with 400 (the rule-version preview's ?from=)", async () => {
      const route = routes.find((r) => r.id === "routes/officer+/changes.rule-versions.$ruleId.$version")!;
      const problems: string[] = [];
      for (const transport of TRANSPORTS) {
        const path = urlFor(route, fill(route, params), transport, "GET", "from=2026-13-45");
        problems.push(...(await check(`rule-version ${transport}`, { method: "GET", path, headers: { Cookie: cookies.admin } }, { status: 400 })).problems);
      }
      expect(problems).toEqual([]);
    });
  });

  describe("headers", () => {
    it("marks every answer to a signed-in request private and no-store (pages, .data, ?_data, files, refusals, redirects)", async () => {
      const cookie = cookies.kg006;
      const fees = routes.find((r) => r.id === "routes/kindergarten+/fees._index")!;
      const requests: Array<[string, HttpRequest]> = [
        ["page", { method: "GET", path: "/kindergarten/fees", headers: { Cookie: cookie } }],
        [".data", { method: "GET", path: urlFor(fees, "/kindergarten/fees", ".data", "GET"), headers: { Cookie: cookie } }],
        ["?_data", { method: "GET", path: urlFor(fees, "/kindergarten/fees", "_data", "GET"), headers: { Cookie: cookie } }],
        ["CSV template", { method: "GET", path: "/officer/guidance-prices/template.csv", headers: { Cookie: cookies["haishu.ndrc"] } }],
        ["refused post", { path: "/kindergarten/fees/new", headers: sameSite({ cookie, origin: origin() }, "application/json"), body: "{}" }],
        ["redirect", { method: "GET", path: "/login", headers: { Cookie: cookie } }],
        ["sign-in", { path: "/login", headers: { "Content-Type": FORM, Origin: origin() }, body: `username=kg006&password=${DEMO_PASSWORD}` }],
      ];
      const problems: string[] = [];
      for (const [what, request] of requests) {
        const { answer, problems: found } = await check(what, request);
        problems.push(...found);
        if (answer.headers["cache-control"] !== "private, no-store") problems.push(`${what}: Cache-Control ${String(answer.headers["cache-control"])}`);
      }
      // Static, content-hashed files stay cacheable.
      const icon = await send(server.baseUrl, { method: "GET", path: "/favicon.svg", headers: { Cookie: cookie } });
      expect(icon.headers["cache-control"]).toMatch(/^public/);
      expect(problems).toEqual([]);
    });

    it("answers a browser's form post over the body ceiling with a page in both languages and the way back to the form", async () => {
      const answer = await send(server.baseUrl, {
        path: "/complaints/new",
        headers: { "Content-Type": FORM, Origin: origin(), Accept: "text/html,application/xhtml+xml", Referer: `${origin()}/complaints/new?kindergarten=x` },
        body: "a=b",
        declaredLength: MAX_BODY_BYTES + 1,
      });
      expect(answer.status).toBe(413);
      expect(answer.headers["content-type"]).toMatch(/^text\/html/);
      expect(answer.body).toContain("提交的内容过大");
      expect(answer.body).toContain('href="/complaints/new?kindergarten=x"');
      // The browser's Back keeps what was typed; the link is a blank form and says so.
      expect(answer.body).toContain("请用浏览器的“返回”回到填写页（已填写的文字仍在）");
      expect(answer.body).toContain("重新打开空白的填写页");
      // The pages' policy allows no inline style; this page's own allows its one and nothing else.
      expect(answer.body).toContain('<body style="');
      expect(answer.headers["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; /);
    });

    it("lets another site's script read the open-data API conditionally: its preflight is answered, the ETag exposed; no other path's", async () => {
      const preflight = await send(server.baseUrl, {
        method: "OPTIONS",
        path: "/api/v1/cases",
        headers: { Origin: "https://newsroom.example", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "if-none-match" },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers["access-control-allow-origin"]).toBe("*");
      expect(String(preflight.headers["access-control-allow-headers"])).toContain("If-None-Match");
      const list = await send(server.baseUrl, { method: "GET", path: "/api/v1/cases?limit=1", headers: { Origin: "https://newsroom.example" } });
      expect(list.status).toBe(200);
      expect(String(list.headers["access-control-expose-headers"])).toContain("ETag");
      // A preflight anywhere else is still a cross-site write.
      const elsewhere = await send(server.baseUrl, { method: "OPTIONS", path: "/complaints/new", headers: { Origin: "https://newsroom.example", "Access-Control-Request-Method": "POST" } });
      expect(elsewhere.status).toBe(403);
    });

    it("answers a throttled sign-in with 429 and Retry-After on the page, .data and ?_data", async () => {
      const login = routes.find((r) => r.id === "routes/_public+/login")!;
      const attempt = (transport: Transport) =>
        send(server.baseUrl, {
          path: urlFor(login, "/login", transport, "POST"),
          headers: { "Content-Type": FORM, Origin: origin() },
          body: "username=throttle.probe&password=wrong",
        });
      for (let i = 0; i < 5; i++) expect((await attempt("document")).status).toBe(401);
      for (const transport of TRANSPORTS) {
        const answer = await attempt(transport);
        expect({ transport, status: answer.status }).toEqual({ transport, status: 429 });
        expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
      }
    });

    it("answers a limited account check with 429 and Retry-After on the page, .data and ?_data, before storing anything", async () => {
      const check = routes.find((r) => r.id === "routes/_public+/kindergartens_.$id_.check-account")!;
      // Another kindergarten than the probes': its checks are counted apart.
      const kg = await db.selectFrom("kindergartens").select("id").where("id", "!=", params.id).where("status", "!=", "closed").executeTakeFirstOrThrow();
      const filled = fill(check, { id: kg.id });
      const attempt = (transport: Transport, accountNumber: string) =>
        send(server.baseUrl, {
          path: urlFor(check, filled, transport, "POST"),
          headers: { "Content-Type": FORM, Origin: origin() },
          body: new URLSearchParams({ accountNumber }).toString(),
        });
      for (let i = 0; i < CHECKS_PER_KINDERGARTEN; i++) expect((await attempt("document", "1")).status).toBe(400);
      const before = await rowCounts(db, tables);
      for (const transport of TRANSPORTS) {
        const answer = await attempt(transport, "62220200000000001111");
        expect({ transport, status: answer.status }).toEqual({ transport, status: 429 });
        expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
        expect(answer.body).toMatch(/核验次数过多|limited/);
      }
      expect(await rowCounts(db, tables)).toEqual(before);
    });
  });

  describe("accepted posts", () => {
    it("redirect only within the site, with an ASCII Location, whatever redirectTo says", async () => {
      const problems: string[] = [];
      let n = 0;
      for (const route of routes.filter((r) => r.hasAction)) {
        const account = accountFor.get(route.id);
        if (!account) continue;
        const filled = fill(route, params);
        for (const transport of TRANSPORTS) {
          for (const redirectTo of ["/中文/页面?q=春芽", "//evil.example/x", "https://evil.example/", "/\u202E/x"]) {
            n += 1;
            // A fresh session: this post may be a sign-out.
            const cookie = await signIn(db, account);
            const body = new URLSearchParams({ redirectTo, lang: "en", username: account, password: DEMO_PASSWORD, intent: `none-${n}` }).toString();
            const label = `${route.id} ${transport} redirectTo=${redirectTo}`;
            const { answer, problems: found } = await check(label, { path: urlFor(route, filled, transport, "POST"), headers: sameSite({ cookie, origin: origin() }, FORM), body });
            problems.push(...found);
            // Where each transport says to go: Location (page), X-Remix-Redirect (?_data), the 202 body (.data).
            for (const target of [answer.headers.location, answer.headers["x-remix-redirect"]]) {
              const to = String(target ?? "");
              if (to && (!/^[\x21-\x7e]+$/.test(to) || !(to.startsWith("/") || to.startsWith(origin())) || to.startsWith("//"))) {
                problems.push(`${label}: redirects to ${to}`);
              }
            }
            if (answer.status === 202 && answer.body.includes("evil.example")) problems.push(`${label}: redirects off the site`);
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it("store text without NUL, controls, bidi or zero-width characters, NFC-normalized (or refuse it)", async () => {
      const problems: string[] = [];
      const kindergartenId = params.id;
      let n = 0;
      for (const route of routes.filter((r) => r.hasAction)) {
        const account = accountFor.get(route.id);
        if (!account) continue;
        const filled = fill(route, params);
        for (const transport of TRANSPORTS) {
          n += 1;
          const cookie = await signIn(db, account);
          const form = storingForm(route.id, params, DIRTY, n, kindergartenId);
          const encoded = form instanceof URLSearchParams ? { body: form.toString(), type: FORM } : await multipart(form);
          const label = `${route.id} ${transport} dirty text`;
          problems.push(...(await check(label, { path: urlFor(route, filled, transport, "POST"), headers: sameSite({ cookie, origin: origin() }, encoded.type), body: encoded.body })).problems);
        }
      }
      await jobsIdle(db);
      problems.push(...(await uncleanTexts(db, tables)));
      expect(problems).toEqual([]);
      // The storing forms were accepted (so the scan above saw their text), cleaned.
      const added = await db.selectFrom("fee_item_types").select("name_zh").where("code", "like", "SVC_DIRTY_%").execute();
      expect(added.length).toBe(TRANSPORTS.length);
      for (const { name_zh } of added) expect(name_zh).toMatch(/^名称\d+甲乙丙丁戊é$/);
      const items = await db.selectFrom("fee_items").select("description").where("description", "like", "保教费%").execute();
      expect(items.some((i) => /^保教费\d+甲乙丙丁戊é$/.test(i.description))).toBe(true);
      // Parents' complaints (multipart, a photo each) were accepted on every transport, cleaned.
      // The lead's spot-check draws too, with the declared conflict's reason and the reason for drawing 海曙 again.
      const reasons = await db.selectFrom("spot_check_exclusions").select("reason").execute();
      expect(reasons.filter((r) => /^回避理由\d+甲乙丙丁戊é$/.test(r.reason))).toHaveLength(TRANSPORTS.length);
      const redraws = await db.selectFrom("spot_check_draws").select("redraw_reason").execute();
      expect(redraws.filter((r) => /^再次抽取原因\d+甲乙丙丁戊é$/.test(r.redraw_reason ?? ""))).toHaveLength(TRANSPORTS.length);
      // The administrator's new accounts, one by one and imported, and the account edited, with their names cleaned.
      const accounts = await db.selectFrom("users").select("display_name").where("username", "like", "dirty.user%").execute();
      expect(accounts.map((a) => a.display_name).filter((name) => /^新用户\d+甲乙丙丁戊é$/.test(name))).toHaveLength(TRANSPORTS.length);
      const imported = await db.selectFrom("users").select("display_name").where("username", "like", "dirty.import%").execute();
      expect(imported.map((a) => a.display_name).filter((name) => /^导入用户\d+甲乙丙丁戊é$/.test(name))).toHaveLength(TRANSPORTS.length);
      // The bookkeepers' accounts the education office opened from a kindergarten's page.
      const operators = await db.selectFrom("users").select("display_name").where("username", "like", "dirty.op%").execute();
      expect(operators.map((a) => a.display_name).filter((name) => /^园方\d+甲乙丙丁戊é$/.test(name))).toHaveLength(TRANSPORTS.length);
      const edited = await db.selectFrom("users").select("display_name").where("id", "=", params.userId).executeTakeFirstOrThrow();
      expect(edited.display_name).toMatch(/^江北区市场监督管理局\d+甲乙丙丁戊é$/);
      // The registry imports' confirmations, a kindergarten each, its name cleaned.
      const registered = await db.selectFrom("kindergartens").select("approved_name").where("approved_name", "like", "宁波市海曙区导入%").execute();
      expect(registered.map((k) => k.approved_name).filter((name) => /^宁波市海曙区导入\d+甲乙丙丁戊é幼儿园$/.test(name))).toHaveLength(TRANSPORTS.length);
      // And the registry's form, a kindergarten per post.
      const formRegistered = await db.selectFrom("kindergartens").select("approved_name").where("approved_name", "like", "宁波市海曙区登记%").execute();
      expect(formRegistered.map((k) => k.approved_name).filter((name) => /^宁波市海曙区登记\d+甲乙丙丁戊é幼儿园$/.test(name))).toHaveLength(TRANSPORTS.length);
      const complaints = await db.selectFrom("complaints").select("narrative").execute();
      expect(complaints.filter((c) => /^九月保教费比公示的多收了四百元\d+甲乙丙丁戊é$/.test(c.narrative))).toHaveLength(TRANSPORTS.length);
    });
  });

  describe("create forms", () => {
    it("refuse a missing or hostile submission key with 400 on every transport, and store nothing", async () => {
      const creates = routes.filter((r) => r.hasAction && storingForm(r.id, params, "", 0, params.id).has("submissionKey"));
      expect(creates.map((r) => r.id).sort()).toEqual([
        "routes/admin+/users.import",
        "routes/admin+/users.new",
        "routes/kindergarten+/account.new",
        "routes/kindergarten+/fees.new",
        "routes/kindergarten+/meal-fund.new",
        "routes/officer+/catalogue._index",
        "routes/officer+/changes.parameters._index",
        "routes/officer+/guidance-prices.import",
        "routes/officer+/guidance-prices.new",
        "routes/officer+/kindergartens.$id_.accounts",
        "routes/officer+/kindergartens.import",
        "routes/officer+/kindergartens.new",
        "routes/officer+/spot-checks.new",
      ]);
      const problems: string[] = [];
      let n = 1000;
      for (const route of creates) {
        const account = accountFor.get(route.id);
        if (!account) continue; // reported by "is reached by a demo account"
        const filled = fill(route, params);
        for (const transport of TRANSPORTS) {
          const before = await rowCounts(db, tables);
          for (const key of [null, "", DIRTY, "短", "k".repeat(5000), "../../etc/passwd%00", "' or '1'='1"]) {
            n += 1;
            const form = storingForm(route.id, params, "", n, params.id);
            if (key === null) form.delete("submissionKey");
            else form.set("submissionKey", key);
            const encoded = form instanceof URLSearchParams ? { body: form.toString(), type: FORM } : await multipart(form);
            const label = `${route.id} ${transport} submissionKey=${JSON.stringify(key?.slice(0, 20) ?? null)}`;
            const request = { path: urlFor(route, filled, transport, "POST"), headers: sameSite({ cookie: cookies[account], origin: origin() }, encoded.type), body: encoded.body };
            const { answer, problems: found } = await check(label, request, { status: 400 });
            problems.push(...found);
            if (!/submission\.key\.invalid|提交编号|submission key/.test(answer.body)) problems.push(`${label}: the answer does not say the key is missing or invalid`);
          }
          const after = await rowCounts(db, tables);
          const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
          if (changed.length > 0) problems.push(`${route.id} ${transport}: refused keys changed ${changed.map((t) => `${t} ${before[t]}→${after[t]}`).join(", ")}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  describe("complaint intake", () => {
    it("refuses a missing or hostile intake key with 400 on every transport, and stores nothing", async () => {
      const route = routes.find((r) => r.id === "routes/_public+/complaints.new")!;
      const filled = fill(route, params);
      const query = `kindergarten=${encodeURIComponent(params.id)}`;
      const problems: string[] = [];
      let n = 2000;
      for (const transport of TRANSPORTS) {
        const before = await rowCounts(db, tables);
        for (const key of [null, "", DIRTY, "短", "k".repeat(5000), "../../etc/passwd%00", "' or '1'='1"]) {
          n += 1;
          const form = storingForm(route.id, params, "", n, params.id) as FormData;
          if (key === null) form.delete("intakeKey");
          else form.set("intakeKey", key);
          const encoded = await multipart(form);
          const label = `complaint intake ${transport} intakeKey=${JSON.stringify(key?.slice(0, 20) ?? null)}`;
          const request = { path: urlFor(route, filled, transport, "POST", query), headers: { Origin: origin(), "Content-Type": encoded.type }, body: encoded.body };
          const { answer, problems: found } = await check(label, request, { status: 400 });
          problems.push(...found);
          if (!/submission\.key\.invalid|提交编号|submission key/.test(answer.body)) problems.push(`${label}: the answer does not say the key is missing or invalid`);
        }
        const after = await rowCounts(db, tables);
        const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
        if (changed.length > 0) problems.push(`complaint intake ${transport}: refused keys changed ${changed.map((t) => `${t} ${before[t]}→${after[t]}`).join(", ")}`);
      }
      expect(problems).toEqual([]);
    });
  });

  it("shows an unexpected error as a 500 with the request id, no message, stack or path", async () => {
    // Last, as it breaks the database under the server: the catalogue's table goes away.
    await db.schema.alterTable("fee_item_types").renameTo("fee_item_types_gone").execute();
    const cookie = cookies["haishu.ndrc"];
    const catalogue = routes.find((r) => r.id === "routes/officer+/catalogue._index")!;
    const cases: Array<[string, HttpRequest]> = [
      ["page", { method: "GET", path: "/officer/catalogue", headers: { Cookie: cookie } }],
      [".data", { method: "GET", path: urlFor(catalogue, "/officer/catalogue", ".data", "GET"), headers: { Cookie: cookie } }],
      ["?_data", { method: "GET", path: urlFor(catalogue, "/officer/catalogue", "_data", "GET"), headers: { Cookie: cookie } }],
      [
        "action",
        {
          path: urlFor(catalogue, "/officer/catalogue", "document", "POST"),
          headers: sameSite({ cookie, origin: origin() }, FORM),
          body: "intent=deactivate&code=SVC_PROBE",
        },
      ],
    ];
    for (const [what, request] of cases) {
      const answer = await send(server.baseUrl, request);
      const requestId = String(answer.headers["x-request-id"]);
      expect({ what, status: answer.status }).toEqual({ what, status: 500 });
      expect(answer.body).toContain(requestId);
      expect(answer.body).not.toMatch(/no such table|SqliteError|fee_item_types/);
      expect(answer.body).not.toMatch(STACK_TRACE);
      expect(answer.body).not.toContain(ROOT);
      if (what === "page" || what === "action") expect(answer.body).toMatch(/请求编号|request id/);
    }
  });
}

async function multipart(form: FormData): Promise<{ body: Buffer; type: string }> {
  const response = new Response(form);
  return { body: Buffer.from(await response.arrayBuffer()), type: response.headers.get("Content-Type")! };
}
