/**
 * Public reads kept in memory and served again while what they were made
 * from is unchanged. The published cases, their feed, the statistics and the
 * open-data API's lists are the same for every signed-out reader, change only
 * when a case is published or withdrawn or the statistics are refreshed, and
 * are read far more often than that; rendering them (React, the hydration
 * data, the JSON and its schema check) was most of their cost.
 *
 * Exact, not timed: each kept answer is stamped with the versions of the
 * sources it read (`public_read_versions`, bumped by triggers in the writer's
 * transaction) and the Shanghai date, read before the answer is made; a
 * request reads the versions again (one prepared statement) and takes the kept
 * answer only when the stamp is the same. A withdrawn case leaves the list at
 * the next request, as it did without this, and every process of a deployment
 * answers alike. What is kept is bounded (SHARED_READS_MB, least recently used
 * out first; an answer over MAX_KEPT_BYTES is never kept), so a flood of
 * distinct query strings costs memory up to the bound and no more; and what
 * anyone signed out can make kept cannot push out the officers' share of it
 * (OFFICER_SHARE), nor can a parameter the route does not read make another
 * page of the same one (`sharedPublicPage.query`).
 *
 * Three doors:
 * - `keptPages`, an Express middleware in front of Remix, for a page or
 *   resource route whose `handle.sharedPublicPage` names its sources: a GET by
 *   a reader without a session, a 200 without a cookie set, kept whole
 *   (headers and body) by the URL and the reader's language (and the host
 *   only where the request's origin stands in for the public address:
 *   app/web/public-origin.server.ts; the feed's links are absolute). The query is the route's parameters
 *   only (`handle.sharedPublicPage.query`): the others (`utm_source`, WeChat's
 *   `from=singlemessage`, junk) are dropped from the request before Remix reads
 *   it, so every such URL is one kept page, made as if asked without them.
 * - the same middleware, for a route whose `handle.keptOfficerPage` names its
 *   sources: a GET by a signed-in reader (the session read first, as every
 *   signed-in page does; signed out or expired, Remix answers), kept for that
 *   reader alone (their user id in the key) and stamped with the version of
 *   the cases they may read besides (case-read-version.server.ts: a district's
 *   queue is kept while other districts are worked). Client navigations'
 *   data requests (`.data`) too: an officer working the queue in a browser
 *   makes those, not whole pages.
 * - `keptAnswer`, inside a loader, for what must run per request before the
 *   answer (the open-data API counts every request against its client's limit).
 */
import { createRequire } from "node:module";
import type { ServerBuild } from "@remix-run/node";
import type { AgnosticRouteObject } from "@remix-run/router";
import type { NextFunction, Request, Response } from "express";
import { LRUCache } from "lru-cache";
import type { DB } from "~/db/client";
import { casesVersionFor } from "~/domain/cases/case-read-version.server";
import type { KeptOfficerPage, ReadSource, SharedPublicPage } from "~/domain/public-reads/public-sources";
import { publicSourceVersions } from "~/domain/public-reads/source-versions.server";
import { getEnv } from "~/utils/env.server";
import { shanghaiDate } from "~/utils/working-days";
import { actorOfCookieHeader, SESSION_COOKIE } from "./auth.server";
import { hasCookie } from "./http-guards.server";
import { langOfCookieHeader } from "./lang.server";
import { requestOriginStandsIn } from "./public-origin.server";
import { keptNoncePositions, NonceStream, renderWithKeptNonce, scriptNonceOf, withNonce } from "./script-nonce.server";

/**
 * Room for some 3,000 published cases' pages (12–14 KB each) or 1,500 statistics pages (31 KB) while no officer's
 * view is kept (OFFICER_SHARE of it is theirs when they are). 48, not 64: with 64 MB of kept searches the web process reached
 * 300 MB under `bench:web`'s load (its bound); `bench:publication`'s 3,000 case pages still fit (2026-12-04).
 */
const DEFAULT_MB = 48;
/**
 * The part of SHARED_READS_MB that officers' kept views may hold whatever signed-out readers ask for: public reads
 * (pages and API answers) use the rest, and the officers' part too while officers do not, but give it back as
 * officers' views are kept, never the reverse. Anyone may make public pages kept (a search per random name, a
 * cursor per page), and one shared least-recently-used order let them push every officer's views out.
 */
export const OFFICER_SHARE = 1 / 4;
/** A page bigger than this is made anew each time (a city's statistics are ~31 KB, a list page ~25 KB). */
export const MAX_KEPT_BYTES = 512 * 1024;
/** Headers that belong to one exchange, never replayed. */
const PER_EXCHANGE = new Set(["set-cookie", "connection", "keep-alive", "date", "transfer-encoding", "content-length", "x-request-id"]);

/** A header the page set (replacing any set before it), or added to one set before it for every answer (`append`). */
type KeptHeader = [name: string, value: string | string[], append?: "append"];

interface KeptPage {
  stamp: string;
  headers: KeptHeader[];
  /** Rendered with the script nonce's placeholder (script-nonce.server.ts): each answer has its own put in. */
  body: Buffer;
  /** Where the placeholder is in `body`. */
  nonceAt: number[];
}

interface KeptText {
  stamp: string;
  value: { body: string; etag: string };
}

type Kept = KeptPage | KeptText;

/** Whose reads a kept answer is: each kind is evicted in its own least-recently-used order. */
type Kind = "public" | "officer";

/** A handle's kept answers: the two kinds' stores and their joint bound, in bytes. */
interface Stores {
  public: LRUCache<string, Kept>;
  officer: LRUCache<string, Kept>;
  maxSize: number;
}

/** What is kept, per database handle (a stamp is a version of one database's data). */
let kept = new WeakMap<DB, Stores>();

/** The handle's stores; null when SHARED_READS_MB is 0. */
function stores(db: DB): Stores | null {
  const mb = getEnv().SHARED_READS_MB ?? DEFAULT_MB;
  if (mb === 0) return null;
  let found = kept.get(db);
  if (!found) {
    const maxSize = mb * 1024 * 1024;
    const store = (size: number) =>
      new LRUCache<string, Kept>({
        maxSize: size,
        // The key and the bookkeeping count too: a flood of tiny answers must not escape the bound.
        sizeCalculation: (k, key) => key.length * 2 + 256 + ("body" in k ? k.body.length + k.headers.length * 64 : k.value.body.length * 2),
      });
    found = { public: store(maxSize), officer: store(Math.floor(maxSize * OFFICER_SHARE)), maxSize };
    kept.set(db, found);
  }
  return found;
}

/**
 * Keeps `value` among `kind`'s answers. The officers' store is bounded by its share alone; the public one by what the
 * officers' leaves of the whole, its least recently used out first: public reads give way to officers' views, never
 * the reverse, and the two together stay within SHARED_READS_MB.
 */
function keep(s: Stores, kind: Kind, key: string, value: Kept): void {
  s[kind].set(key, value);
  while (s.public.calculatedSize + s.officer.calculatedSize > s.maxSize && s.public.pop() !== undefined);
}

/** Forget everything kept (tests). */
export function forgetSharedReads(): void {
  kept = new WeakMap();
}

/** The versions of `sources` now and the Shanghai date: a kept answer made under another stamp is not served. */
async function stampOf(db: DB, sources: readonly ReadSource[]): Promise<string> {
  const versions = await publicSourceVersions(db);
  return `${sources.map((s) => `${s}:${versions.get(s) ?? "?"}`).join(",")}@${shanghaiDate()}`;
}

/**
 * A loader's answer for `key`, made by `make` unless one made under the same
 * stamp is kept; `make` may refuse with a Response, which is never kept.
 */
export async function keptAnswer(
  db: DB,
  key: string,
  sources: readonly ReadSource[],
  make: () => Promise<{ body: string; etag: string } | globalThis.Response>,
): Promise<{ body: string; etag: string } | globalThis.Response> {
  const s = stores(db);
  if (!s) return make();
  const stamp = await stampOf(db, sources);
  const found = s.public.get(key);
  if (found && found.stamp === stamp && "value" in found) return found.value;
  const made = await make();
  if (!(made instanceof globalThis.Response) && made.body.length <= MAX_KEPT_BYTES) keep(s, "public", key, { stamp, value: made });
  return made;
}

/**
 * `search` with the parameters `names` only, in that order (a repeated one's values in theirs), as `?…` or "": the
 * query a kept public read is made from and kept by. What a loader does not read cannot change its answer, and
 * would otherwise make each of `?junk=1`, `?junk=2`, … a page of its own.
 */
export function keptSearch(search: URLSearchParams, names: readonly string[]): string {
  const read = new URLSearchParams();
  for (const name of names) for (const value of search.getAll(name)) read.append(name, value);
  const text = read.toString();
  return text === "" ? "" : `?${text}`;
}

interface RouteNode {
  id: string;
  path?: string;
  index?: boolean;
  caseSensitive?: boolean;
  children?: RouteNode[];
}

/** The build's routes as the tree @remix-run/router matches (an index route has no children). */
function routeTree(routes: ServerBuild["routes"]): RouteNode[] {
  const byParent = new Map<string | undefined, Array<ServerBuild["routes"][string]>>();
  for (const route of Object.values(routes)) byParent.set(route.parentId, [...(byParent.get(route.parentId) ?? []), route]);
  const under = (parentId: string | undefined): RouteNode[] =>
    (byParent.get(parentId) ?? []).map((r) => ({ id: r.id, path: r.path, index: r.index, caseSensitive: r.caseSensitive, children: r.index ? undefined : under(r.id) }));
  return under(undefined);
}

/** What a route's handle says of keeping its answers. */
interface KeepHandle {
  sharedPublicPage?: SharedPublicPage;
  keptOfficerPage?: KeptOfficerPage;
}

const keepOf = (route: ServerBuild["routes"][string] | undefined): KeepHandle | undefined => route?.module.handle as KeepHandle | undefined;

/**
 * The first path segments of the routes that declare `sharedPublicPage` or `keptOfficerPage`: any other request is
 * passed on without matching it against the route table (every page goes through here). Null when one starts with a
 * parameter.
 */
function keptFirstSegments(routes: ServerBuild["routes"]): Set<string> | null {
  const fullPath = (id: string | undefined): string => {
    const route = id ? routes[id] : undefined;
    return route ? [fullPath(route.parentId), route.path ?? ""].filter(Boolean).join("/") : "";
  };
  const firsts = new Set<string>();
  for (const route of Object.values(routes)) {
    const handle = keepOf(route);
    if (!handle?.sharedPublicPage && !handle?.keptOfficerPage) continue;
    const first = fullPath(route.id).replace(/^\//, "").split("/")[0] ?? "";
    if (first === "" || first.startsWith(":") || first.includes("*") || first.includes("?")) return null;
    firsts.add(first);
  }
  return firsts;
}

/**
 * The package's module object, read at each call: its `matchRoutes` is then the one
 * app/web/route-matching.server.ts installs (the tree's branches ranked once, not per request).
 */
const router = createRequire(import.meta.url)("@remix-run/router") as typeof import("@remix-run/router");

function keepHandleOf(build: ServerBuild, tree: RouteNode[], pathname: string): KeepHandle | undefined {
  const matches = router.matchRoutes(tree as AgnosticRouteObject[], pathname);
  const leaf = matches?.[matches.length - 1]?.route as RouteNode | undefined;
  return leaf ? keepOf(build.routes[leaf.id]) : undefined;
}

/** A single-fetch data request names its page's path with `.data` added (`/_root.data` for `/`). */
const DATA_SUFFIX = ".data";

/**
 * In front of the Remix handler: a signed-out GET of a route whose handle
 * names `sharedPublicPage`, or a signed-in one (page or `.data`) of a route
 * whose handle names `keptOfficerPage`, is answered from what is kept when its
 * stamp holds, else passed on and its answer kept.
 */
export function keptPages(deps: { build: ServerBuild; db: DB }) {
  const tree = routeTree(deps.build.routes);
  const firsts = keptFirstSegments(deps.build.routes);
  return async (req: Request, res: Response, next: NextFunction) => {
    const s = stores(deps.db);
    if (!s || req.method !== "GET") return next();
    if (firsts && !firsts.has(req.path.split("/")[1] ?? "")) return next();
    const signedIn = hasCookie(req.headers.cookie, SESSION_COOKIE);
    const isData = req.path.endsWith(DATA_SUFFIX);
    // Client navigations of public pages go to Remix: they are few beside the pages parents land on.
    if (isData && !signedIn) return next();
    const handle = keepHandleOf(deps.build, tree, isData ? req.path.slice(0, -DATA_SUFFIX.length) : req.path);
    const sources = signedIn ? handle?.keptOfficerPage?.sources : handle?.sharedPublicPage?.sources;
    if (!sources) return next();
    const kind: Kind = signedIn ? "officer" : "public";
    const cache = s[kind];
    try {
      let reader = "";
      let cases = "";
      if (!signedIn) {
        const at = req.originalUrl.indexOf("?");
        const query = new URLSearchParams(at < 0 ? "" : req.originalUrl.slice(at + 1));
        // A legacy data request (Remix answers JSON for it, not the page): left to Remix, not kept.
        if (query.has("_data")) return next();
        // Remix is asked for the page without the parameters the route does not read: the page shows no trace of
        // them (the language switch's return address), so it is the one every such URL is served.
        const names = handle?.sharedPublicPage?.query;
        if (names) {
          const search = keptSearch(query, names);
          const url = (at < 0 ? req.originalUrl : req.originalUrl.slice(0, at)) + search;
          if (url !== req.originalUrl) {
            req.originalUrl = url;
            req.url = req.url.split("?")[0] + search;
          }
        }
      } else {
        const actor = await actorOfCookieHeader(req.headers.cookie);
        // Signed out meanwhile, expired or not valid: Remix answers (the sign-in page, or a page for no one). Holding a
        // temporary password: Remix sends the user to the password page (a page kept before the reset is not theirs now).
        if (!actor || actor.mustChangePassword) return next();
        reader = `${actor.id} `;
        cases = `;cases:${await casesVersionFor(deps.db, actor)}`;
      }
      // The host as Remix reads it (X-Forwarded-Host from a trusted proxy first) only while the request's origin stands
      // in for the public address (outside production, no PUBLIC_ORIGIN: the feed's absolute links are the request's).
      // Otherwise no answer depends on the host, and a Host of anyone's choosing neither makes another page nor evicts one.
      const host = requestOriginStandsIn() ? `${req.protocol}://${req.get("x-forwarded-host") ?? ""}|${req.get("host")}` : "";
      const key = `${reader}${await langOfCookieHeader(req.headers.cookie)} ${host}${req.originalUrl}`;
      const stamp = (await stampOf(deps.db, sources)) + cases;
      const found = cache.get(key);
      if (found && found.stamp === stamp && "body" in found) return replay(req, res, found);
      // Being made under this stamp for another request (the first readers after a change arrive together): its answer
      // serves this one too, unless it could not be kept, and then this one is made as before.
      const flight = `${stamp} ${key}`;
      const making = beingMade.get(flight);
      if (making) {
        const made = await making;
        return made ? replay(req, res, made) : next();
      }
      // Rendered with the nonce's placeholder, which this answer and every one served from it replace with their own.
      renderWithKeptNonce(res);
      let settle!: (page: KeptPage | null) => void;
      beingMade.set(
        flight,
        new Promise<KeptPage | null>((resolve) => (settle = resolve)).finally(() => beingMade.delete(flight)),
      );
      keepWhenDone(res, (page) => {
        const kept = page ? { stamp, ...page } : null;
        if (kept) keep(s, kind, key, kept);
        settle(kept);
      });
    } catch (err) {
      return next(err);
    }
    next();
  };
}

/**
 * Answers being made, by stamp and key, for the requests that ask for the same while it is: a change of what a page
 * shows makes every reader's next request a miss at once, and fifty readers of one page would make it fifty times.
 */
const beingMade = new Map<string, Promise<KeptPage | null>>();

function replay(req: Request, res: Response, page: KeptPage): void {
  res.status(200);
  for (const [name, value, append] of page.headers) {
    if (append) res.append(name, value);
    else res.setHeader(name, value);
  }
  if (res.getHeader("etag") !== undefined && req.fresh) {
    res.status(304).end();
    return;
  }
  res.setHeader("Content-Length", page.body.length);
  res.end(withNonce(page.body, page.nonceAt, scriptNonceOf(res)));
}

/** Answers that broke off after their 200 was sent (entry.server.tsx): never kept. */
const brokenOff = new WeakSet<Response>();

/** What server.ts's load context calls when a page breaks off after its status was sent. */
export function markBrokenOff(res: Response): void {
  brokenOff.add(res);
}

/**
 * Collects what Remix writes and keeps it when the answer is a 200 that sets
 * no cookie, fits and did not break off. Only headers set or changed after
 * this point are kept: the ones before (security headers, the request id) are
 * set again for every request, and what was added to one of them (a route's
 * Content-Security-Policy beside helmet's) is added again to each answer's.
 * What is kept holds the nonce's placeholder; what this answer sends, its own
 * nonce. `done` is called once: with the page, or with null when it is not
 * kept or the exchange closed before it ended.
 */
function keepWhenDone(res: Response, done: (page: Omit<KeptPage, "stamp"> | null) => void): void {
  let called = false;
  const once = (page: Omit<KeptPage, "stamp"> | null) => {
    if (called) return;
    called = true;
    done(page);
  };
  res.once("close", () => once(null));
  // By value: Remix may add to a header set before (a route's Content-Security-Policy beside helmet's).
  const before = new Map(res.getHeaderNames().map((name) => [name, JSON.stringify(res.getHeader(name))]));
  const chunks: Buffer[] = [];
  let size = 0;
  let tooBig = false;
  // A chunk's bytes as they are (a view, never a copy): a writer does not change what it has written (the socket
  // may not have sent it yet), and nothing here writes into it (NonceStream sends a copy of a piece it changes).
  const bytesOf = (chunk: unknown, encoding: unknown): Buffer | null => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return null;
    if (typeof chunk === "string") return Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
    if (Buffer.isBuffer(chunk)) return chunk;
    const view = chunk as Uint8Array;
    return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
  };
  // Held by reference until the end, where the kept body is their one copy (Buffer.concat).
  const take = (bytes: Buffer) => {
    if (tooBig) return;
    size += bytes.length;
    if (size > MAX_KEPT_BYTES) {
      tooBig = true;
      chunks.length = 0;
    } else chunks.push(bytes);
  };
  // What this answer sends: the placeholder replaced by its own nonce, as it is written.
  const sent = new NonceStream(scriptNonceOf(res));
  const callbackOf = (rest: unknown[]) => rest.find((arg): arg is (err?: Error | null) => void => typeof arg === "function");
  const write = res.write;
  const end = res.end;
  res.write = function (this: Response, chunk: unknown, ...rest: unknown[]) {
    const bytes = bytesOf(chunk, rest[0]);
    if (!bytes) return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    take(bytes);
    const out = sent.pass(bytes, false);
    const callback = callbackOf(rest);
    // All of it held back (the placeholder's beginning, in the rare page written mid-attribute): nothing to send yet.
    if (out.length === 0 && bytes.length > 0) {
      if (callback) process.nextTick(callback);
      return true;
    }
    return (write as (...args: unknown[]) => boolean).call(this, out, ...(callback ? [callback] : []));
  } as typeof res.write;
  res.end = function (this: Response, chunk?: unknown, ...rest: unknown[]) {
    const bytes = bytesOf(chunk, rest[0]);
    if (bytes) take(bytes);
    const out = sent.pass(bytes ?? Buffer.alloc(0), true);
    const callback = callbackOf(typeof chunk === "function" ? [chunk] : rest);
    const ended = (end as (...args: unknown[]) => Response).call(this, ...(out.length > 0 ? [out] : []), ...(callback ? [callback] : []));
    if (!tooBig && res.statusCode === 200 && res.getHeader("set-cookie") === undefined && !brokenOff.has(res)) {
      const body = Buffer.concat(chunks, size);
      once({ headers: keptHeaders(res, before), body, nonceAt: keptNoncePositions(body) });
    } else once(null);
    return ended;
  } as typeof res.end;
}

/**
 * The headers set or changed since `before` (by value), those of one exchange left out. One set before and added to
 * since (an array that begins with its value then) keeps only what was added, to be added to each answer's own.
 */
function keptHeaders(res: Response, before: Map<string, string>): KeptHeader[] {
  const kept: KeptHeader[] = [];
  for (const name of res.getHeaderNames()) {
    const raw = res.getHeader(name)!;
    const value = typeof raw === "number" ? String(raw) : raw;
    const was = before.get(name);
    if (was === JSON.stringify(raw) || PER_EXCHANGE.has(name)) continue;
    const earlier = was === undefined ? undefined : (JSON.parse(was) as string | number | string[]);
    const first = earlier === undefined ? [] : Array.isArray(earlier) ? earlier : [String(earlier)];
    if (first.length > 0 && Array.isArray(value) && value.length > first.length && first.every((v, i) => value[i] === v)) {
      kept.push([name, value.slice(first.length), "append"]);
    } else kept.push([name, value]);
  }
  return kept;
}
