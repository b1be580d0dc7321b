/**
 * Composition root: migrations, demo data on an empty database, Express with
 * security headers, request ids and structured logs, the request guards
 * (well-formed host and target, same-origin writes, body ceiling, private
 * caching for signed-in users), the health check, the Remix handler, and
 * (without REDIS_URL) the in-process job runner.
 * Shuts down gracefully on SIGTERM/SIGINT: stop taking requests, let the
 * in-flight job finish, close the database.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import { Redis } from "ioredis";
import { sql } from "kysely";
import { ulid } from "ulid";
import { createDb } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { seedDemo } from "~/db/seed";
import { startEmbeddedJobs } from "./jobs/embedded";
import { getEnv, sessionSecret } from "~/utils/env.server";
import { setDb } from "~/web/db.server";
import { SESSION_COOKIE } from "~/web/auth.server";
import { CROSS_ORIGIN_MESSAGE, crossOriginRefusal } from "~/web/cross-origin.server";
import { MAX_BODY_BYTES } from "~/web/form.server";
import { wrapRouteOutcomes } from "~/web/route-outcomes.server";
import { getRulesRuntime } from "~/web/rules.server";
import { activateNewRules, loadRulesState, RuleActivationError } from "~/domain/rules-runtime/rules-runtime.server";
import { RuleFileError } from "~/rules/load/errors";
import { logger } from "~/utils/logger.server";

const env = getEnv();
sessionSecret(env); // outside development, no SESSION_SECRET: stop here rather than at the first sign-in
const db = createDb(env.DATABASE_URL);
setDb(db);

await migrateToLatest(db);
// A malformed rule file or two versions in force on one day stop start-up here, saying which and where.
try {
  const rules = getRulesRuntime();
  await activateNewRules(db, rules.library);
  rules.activeSet((await loadRulesState(db, rules.library)).activations);
} catch (err) {
  if (!(err instanceof RuleFileError || err instanceof RuleActivationError)) throw err;
  console.error(`\n  The rules cannot be loaded; the portal does not start.\n  ${err.message}\n`);
  await db.destroy();
  process.exit(1);
}
if (env.DEMO_DATA === "1") {
  const { seeded, accounts } = await seedDemo(db);
  if (seeded) logger.info("demo data seeded");
  printDemoAccounts(accounts);
}

const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : null;
redis?.on("error", (err) => logger.warn({ err: err.message }, "redis unavailable"));

// Without Redis this process also works the outbox; with Redis, `npm run worker` does.
const runner = env.REDIS_URL ? null : await startEmbeddedJobs({ db, rulesDir: env.RULES_DIR, logger });

const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", "loopback");
app.use(
  helmet({
    contentSecurityPolicy: {
      directives: {
        // Remix inlines its hydration data and route manifest as scripts.
        "script-src": ["'self'", "'unsafe-inline'"],
        "upgrade-insecure-requests": env.NODE_ENV === "production" ? [] : null,
      },
    },
    hsts: env.NODE_ENV === "production",
    // With "no-referrer" Chromium sends `Origin: null` on plain form posts, which the cross-origin check refuses.
    referrerPolicy: { policy: "same-origin" },
  }),
);

app.use((req, res, next) => {
  // A proxy's id is kept when it looks like one; anything else could forge log lines or headers.
  const given = req.get("x-request-id");
  const requestId = given && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : ulid();
  res.locals.requestId = requestId;
  res.setHeader("x-request-id", requestId);
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    logger.info(
      {
        requestId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      },
      "request",
    );
  });
  next();
});

// A response that leaves before its request body was read (a refusal): the rest of the body is read and
// discarded, so the client gets to read the answer, but for LINGER_MS only, so an endless body cannot hold
// the connection. Node would otherwise close such a connection as soon as the answer is written, resetting
// it under a client that is still sending, which then shows the reset instead of the 413 page.
app.use((req, res, next) => {
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
});

// The URL Remix builds from Host and the request target must parse; a malformed one is the client's error.
app.use((req, res, next) => {
  const hosts = [req.get("host"), req.get("x-forwarded-host")?.split(",")[0]?.trim()];
  if (!req.originalUrl.startsWith("/") || hosts.some((h) => h !== undefined && !HOST.test(h)) || hosts[0] === undefined) {
    refuse(res, 400, "请求地址无效 · Malformed Host header or request target\n");
    return;
  }
  next();
});

app.use((req, res, next) => {
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
});

// The ceiling for every route; each form's own, smaller limit is enforced by readForm (app/web/form.server.ts),
// which also counts the bytes of a body sent without Content-Length.
app.use((req, res, next) => {
  const declared = Number(req.get("content-length") ?? 0);
  if (!(declared > MAX_BODY_BYTES)) return next();
  refuse(res, 413, `提交的内容过大 · Request body larger than ${MAX_BODY_BYTES / 1024} KB\n`);
});

app.get("/healthz", async (_req, res) => {
  const checks: Record<string, "ok" | string> = {};
  try {
    await sql`select 1`.execute(db);
    checks.database = "ok";
  } catch (err) {
    checks.database = (err as Error).message;
  }
  if (redis) {
    try {
      checks.redis = (await redis.ping()) === "PONG" ? "ok" : "unexpected reply";
    } catch (err) {
      checks.redis = (err as Error).message;
    }
  }
  const healthy = Object.values(checks).every((v) => v === "ok");
  res.status(healthy ? 200 : 503).json({ status: healthy ? "ok" : "degraded", checks, jobs: redis ? "redis" : "in-process" });
});

app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));

// Everything past the static files (pages, `.data`, `?_data`, resource routes, redirects) answers a
// signed-in user with data of theirs: no shared or back-button cache may keep it. Set as the response
// starts, so it wins over a route's own Cache-Control.
app.use((req, res, next) => {
  const signedIn = hasCookie(req.headers.cookie, SESSION_COOKIE);
  beforeHeaders(res, () => {
    if (signedIn || setsCookie(res, SESSION_COOKIE)) res.setHeader("Cache-Control", "private, no-store");
  });
  next();
});

app.all(
  "*",
  createRequestHandler({
    build: wrapRouteOutcomes(build),
    // Production semantics in every environment: `npm start` runs with NODE_ENV unset, and error
    // answers must not carry messages, stacks or server paths there either. Errors are in the log.
    mode: "production",
    getLoadContext: (req, res) => ({ requestId: String(res.locals.requestId), clientIp: req.ip ?? "unknown" }),
  }),
);

// Last: whatever a middleware or the Remix adapter could not handle. Express's own handler would
// print the stack trace outside production.
app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
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
});

const server = app.listen(env.PORT, () => {
  logger.info({ port: env.PORT, database: env.DATABASE_URL ? "configured" : "sqlite ./data/portal.db" }, "listening");
  console.log(`\n  民办园收费监管平台 → http://localhost:${env.PORT}\n`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  server.close();
  await runner?.stop();
  redis?.disconnect();
  await db.destroy();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));

/** How long the rest of a refused request's body is read before the connection is closed. */
const LINGER_MS = 2_000;

/** host[:port] or [IPv6][:port], as a URL accepts it. */
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

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

function hasCookie(header: string | undefined, name: string): boolean {
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

function printDemoAccounts(accounts: Array<{ username: string; password: string; role: string; description: string }>) {
  if (accounts.length === 0) return;
  const lines = accounts.map((a) => `  ${a.username.padEnd(16)} ${a.password.padEnd(10)} ${a.role.padEnd(9)} ${a.description}`);
  console.log(["", "  Demo accounts 演示账号:", ...lines, ""].join("\n"));
}
