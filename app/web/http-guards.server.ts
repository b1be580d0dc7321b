/**
 * The Express layer in front of Remix, in the order server.ts mounts it:
 * request ids and access logs, lingering on refused bodies, well-formed
 * targets, same-origin writes, the body ceiling, private caching for
 * signed-in users, the health check and the last-resort error answer. Each
 * refusal is a short plain-text answer in both languages; none carries a
 * stack, a path or a driver's message.
 */
import fs from "node:fs";
import express, { type NextFunction, type Request, type RequestHandler, type Response } from "express";
import type { Redis } from "ioredis";
import { sql } from "kysely";
import { newId } from "~/utils/ids";
import type { DB } from "~/db/client";
import { outboxHealth, type OutboxHealth } from "~/domain/outbox/outbox.server";
import { escapeMarkup } from "~/utils/escape-markup";
import { logger } from "~/utils/logger.server";
import { SESSION_COOKIE } from "./auth.server";
import { CROSS_ORIGIN_MESSAGE, crossOriginRefusal } from "./cross-origin.server";
import { MAX_BODY_BYTES } from "./form.server";

/** How long the rest of a refused request's body is read before the connection is closed. */
const LINGER_MS = 2_000;

/** host[:port] or [IPv6][:port], as a URL accepts it. */
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The files of a folder (public/: the favicon …) served as files, with
 * express.static's options, for the paths whose first segment names an entry
 * the folder had at start; every other request goes straight on. Mounted for
 * every path, express.static looked each page's path up on disk first: a
 * stat and a not-found error per request, ~4 % of a public page's CPU.
 */
export function publicFiles(dir: string, options: Parameters<typeof express.static>[1]): RequestHandler {
  const entries = new Set(fs.existsSync(dir) ? fs.readdirSync(dir) : []);
  const serve = express.static(dir, options);
  return (req, res, next) => {
    const first = req.path.split("/", 2)[1] ?? "";
    let name = first;
    try {
      name = decodeURIComponent(first);
    } catch {
      // a malformed escape names no entry
    }
    if (entries.has(name)) serve(req, res, next);
    else next();
  };
}

/** A request id per request (a proxy's is kept when it looks like one: anything else could forge log lines), and one log line per answer. */
export const requestIds: RequestHandler = (req, res, next) => {
  const given = req.get("x-request-id");
  const requestId = given && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : newId();
  res.locals.requestId = requestId;
  res.setHeader("x-request-id", requestId);
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    logger.info({ requestId, method: req.method, path: req.path, status: res.statusCode, ms }, "request");
  });
  next();
};

/**
 * A response that leaves before its request body was read (a refusal): the
 * rest of the body is read and discarded, so the client gets to read the
 * answer, but for LINGER_MS only, so an endless body cannot hold the
 * connection. Node would otherwise close such a connection as soon as the
 * answer is written, resetting it under a client that is still sending,
 * which then shows the reset instead of the 413 page.
 */
export const lingerOnRefusedBodies: RequestHandler = (req, res, next) => {
  beforeHeaders(res, () => {
    if (!req.complete) res.setHeader("Connection", "keep-alive");
  });
  res.on("finish", () => {
    if (req.complete) return;
    req.removeAllListeners("data"); // a form reader that stopped at its limit wants no more of it
    req.resume();
    const timer = setTimeout(() => req.socket.destroy(), LINGER_MS);
    timer.unref();
    req.once("end", () => clearTimeout(timer));
  });
  next();
};

/** The URL Remix builds from Host and the request target must parse; a malformed one is the client's error. */
export const wellFormedTarget: RequestHandler = (req, res, next) => {
  const hosts = [req.get("host"), req.get("x-forwarded-host")?.split(",")[0]?.trim()];
  if (!req.originalUrl.startsWith("/") || hosts.some((h) => h !== undefined && !HOST.test(h)) || hosts[0] === undefined) {
    refuse(res, 400, "请求地址无效 · Malformed Host header or request target\n");
    return;
  }
  next();
};

/**
 * The open-data API's CORS preflight: another site's script reading it with a header of its own (If-None-Match, for
 * a conditional request) is asked about first with an OPTIONS. It may read (GET, HEAD) with that header, nothing
 * more; answered here, before the write guard, which would take the OPTIONS for a cross-site write.
 */
export const openDataPreflight: RequestHandler = (req, res, next) => {
  if (req.method !== "OPTIONS" || !req.path.startsWith("/api/v1/")) return next();
  res
    .status(204)
    .set({
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Methods": "GET, HEAD",
      "Access-Control-Allow-Headers": "If-None-Match",
      "Access-Control-Max-Age": "86400",
    })
    .end();
};

/** Writes only from this site's pages, for every transport (see cross-origin.server.ts). */
export const sameOriginWrites: RequestHandler = (req, res, next) => {
  const reason = crossOriginRefusal({
    method: req.method,
    origin: req.get("origin") ?? null,
    secFetchSite: req.get("sec-fetch-site") ?? null,
    host: req.get("host") ?? null,
    forwardedHost: req.get("x-forwarded-host") ?? null,
  });
  if (!reason) return next();
  logger.warn({ requestId: res.locals.requestId, method: req.method, path: req.path, reason }, "cross-origin request refused");
  refuse(res, 403, CROSS_ORIGIN_MESSAGE);
};

/** What every page, file and form of the portal answers to (the open-data API's OPTIONS preflight is answered before). */
export const ALLOWED_METHODS = "GET, HEAD, POST";

/**
 * Pages and files are read (GET, HEAD), forms are posted (POST): nothing in the portal is written with PUT, PATCH
 * or DELETE. Any other method is a 405 here, in both languages, with Allow: Remix would answer TRACE with a 500 (the
 * fetch Request refuses to carry it), and PUT, OPTIONS or PROPFIND with its own English message on `.data`, naming
 * the route, and "Unexpected Server Error" on `?_data`. After the write guard: another site's write is still a 403.
 */
export const knownMethods: RequestHandler = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD" || req.method === "POST") return next();
  res.setHeader("Allow", ALLOWED_METHODS);
  refuse(res, 405, `不支持此请求方法 · Method ${req.method.slice(0, 20)} not allowed: use ${ALLOWED_METHODS}\n`);
};

/**
 * The ceiling for every route; each form's own, smaller limit is enforced by
 * readForm (form.server.ts), which also counts the bytes of a body sent
 * without Content-Length.
 */
export const bodyCeiling: RequestHandler = (req, res, next) => {
  const declared = Number(req.get("content-length") ?? 0);
  if (!(declared > MAX_BODY_BYTES)) return next();
  // A browser without JavaScript posted the form itself: it shows this answer as the page, so it is one.
  const documentPost = req.accepts(["text/plain", "text/html"]) === "text/html" && !req.path.endsWith(".data") && req.query._data === undefined;
  if (documentPost) {
    // Its one inline style is its own: the pages' policy (security-headers.server.ts) allows only the app's sheet.
    res.setHeader("Content-Security-Policy", TOO_LARGE_PAGE_POLICY);
    res.status(413).type("text/html; charset=utf-8").send(tooLargePage(sameSitePath(req.get("referer"), req.get("host"))));
    return;
  }
  refuse(res, 413, `提交的内容过大 · Request body larger than ${MAX_BODY_BYTES / 1024} KB\n`);
};

const MAX_BODY_MB = Math.floor(MAX_BODY_BYTES / 1024 / 1024);

/** The page the form came from, when it is this site's (Referrer-Policy same-origin sends it only then). */
function sameSitePath(referer: string | undefined, host: string | undefined): string | null {
  if (!referer || !host) return null;
  try {
    const url = new URL(referer);
    return url.host === host ? url.pathname + url.search : null;
  } catch {
    return null;
  }
}

/** A static page with no script and no resource: only its inline style may apply. */
const TOO_LARGE_PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * In the reader's first language and the other. The browser's Back keeps what was typed (a link to the form loads
 * it empty, walk-through #11), so the page says to go back that way; the link is the blank form, named as such.
 */
function tooLargePage(back: string | null): string {
  const link = back ? `<p><a href="${escapeMarkup(back)}">重新打开空白的填写页（已填写的内容不会带过去） · Open a blank form instead</a></p>` : "";
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>提交的内容过大 · Too large</title></head><body style="font-family: sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">
<h1>提交的内容过大</h1><p>一次提交的文件合计不能超过 ${MAX_BODY_MB} MB（每个文件的上限见表单上的说明）。请用浏览器的“返回”回到填写页（已填写的文字仍在），换用较小的文件（如压缩后的照片或扫描件）后重新提交；文件需要重新选择。</p>
<p lang="en">The files sent were too large: at most ${MAX_BODY_MB} MB in all (each file's limit is on the form). Use the browser's Back button to return to the form (what you typed is still there), choose smaller files (a compressed photo or scan) and send again; the files must be chosen again.</p>${link}</body></html>\n`;
}

/**
 * Everything past the static files (pages, `.data`, `?_data`, resource
 * routes, redirects) answers a signed-in user with data of theirs: no shared
 * or back-button cache may keep it. Set as the response starts, so it wins
 * over a route's own Cache-Control.
 */
export const privateWhenSignedIn: RequestHandler = (req, res, next) => {
  const signedIn = hasCookie(req.headers.cookie, SESSION_COOKIE);
  beforeHeaders(res, () => {
    if (signedIn || setsCookie(res, SESSION_COOKIE)) res.setHeader("Cache-Control", "private, no-store");
  });
  next();
};

/**
 * Everything past the static files is written in the language of the reader's
 * cookie, and for a signed-in reader with their session: `Vary: Cookie` on
 * every answer, so that no cache, the browser's back button included, shows a
 * page in the language the reader has left (a cookie changed is a cache miss).
 */
export const variesByCookie: RequestHandler = (_req, res, next) => {
  beforeHeaders(res, () => res.vary("Cookie"));
  next();
};

/**
 * GET /healthz: 503 when the database or Redis does not answer (take this process
 * out of rotation); 200 otherwise, with the outbox's figures so monitoring can
 * alert on follow-up work falling behind (overdue, dead letters) without taking
 * the portal down for it.
 */
export function healthCheck(deps: { db: DB; redis: Redis | null; visibilityMs?: number }): RequestHandler {
  return async (_req, res) => {
    const checks: Record<string, "ok" | "down"> = {};
    const probe = async (name: string, check: () => Promise<boolean>) => {
      try {
        checks[name] = (await check()) ? "ok" : "down";
      } catch (err) {
        logger.warn({ err: (err as Error).message, dependency: name }, "health check failed");
        checks[name] = "down";
      }
    };
    await probe("database", async () => (await sql`select 1`.execute(deps.db), true));
    if (deps.redis) await probe("redis", async () => (await deps.redis!.ping()) === "PONG");
    let outbox: OutboxHealth | null = null;
    if (checks.database === "ok") {
      outbox = await outboxHealth(deps.db, { visibilityMs: deps.visibilityMs }).catch((err) => {
        logger.warn({ err: (err as Error).message }, "health check: outbox figures unavailable");
        return null;
      });
    }
    const healthy = Object.values(checks).every((v) => v === "ok");
    res.status(healthy ? 200 : 503).json({
      status: healthy ? "ok" : "degraded",
      checks,
      jobs: deps.redis ? "redis" : "in-process",
      outbox: outbox && { ...outbox, status: outbox.overdue > 0 || outbox.deadLettered > 0 ? "behind" : "ok" },
    });
  };
}

/** Last: whatever a middleware or the Remix adapter could not handle. Express's own handler would print the stack trace outside production. */
export function lastResortErrors(err: unknown, req: Request, res: Response, _next: NextFunction): void {
  const status = httpStatusOf(err);
  const requestId = String(res.locals.requestId);
  if (status >= 500) logger.error({ err, requestId, method: req.method, path: req.path }, "request failed");
  else logger.info({ requestId, method: req.method, path: req.path, status }, "request refused");
  if (res.headersSent) {
    res.destroy();
    return;
  }
  refuse(
    res,
    status,
    status >= 500 ? `服务器内部错误 · Internal server error (request ${requestId})\n` : `请求无效 · Bad request (request ${requestId})\n`,
  );
}

/** Runs `hook` just before the response's headers are written, by whichever layer writes them. */
function beforeHeaders(res: Response, hook: () => void): void {
  const writeHead = res.writeHead as (...args: unknown[]) => Response;
  res.writeHead = function (this: Response, ...args: unknown[]) {
    hook();
    return writeHead.apply(this, args);
  } as typeof res.writeHead;
}

function refuse(res: Response, status: number, message: string): void {
  res.status(status).type("text/plain; charset=utf-8").send(message);
}

/** A client error Express or a middleware attached (serve-static's 400 for a malformed path), else 500. */
function httpStatusOf(err: unknown): number {
  const status = (err as { status?: unknown; statusCode?: unknown } | null)?.status ?? (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === "number" && status >= 400 && status < 500 ? status : 500;
}

export function hasCookie(header: string | undefined, name: string): boolean {
  return (header ?? "").split(";").some((part) => {
    const [key, ...value] = part.split("=");
    return key.trim() === name && value.join("=").trim() !== "";
  });
}

function setsCookie(res: Response, name: string): boolean {
  const header = res.getHeader("set-cookie");
  const cookies = Array.isArray(header) ? header : header === undefined ? [] : [String(header)];
  return cookies.some((c) => c.startsWith(`${name}=`));
}
