/**
 * Composition root: migrations, demo data on an empty database, Express with
 * security headers, request ids and structured logs, the health check, the
 * Remix handler, and (without REDIS_URL) the in-process job runner.
 * Shuts down gracefully on SIGTERM/SIGINT: stop taking requests, let the
 * in-flight job finish, close the database.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
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
    // With "no-referrer" Chromium sends `Origin: null` on plain form posts, which Remix's CSRF check rejects.
    referrerPolicy: { policy: "same-origin" },
  }),
);

app.use((req, res, next) => {
  const requestId = req.get("x-request-id")?.slice(0, 64) || ulid();
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

app.all(
  "*",
  createRequestHandler({
    build,
    mode: env.NODE_ENV,
    getLoadContext: (req, res) => ({ requestId: String(res.locals.requestId), clientIp: req.ip ?? "unknown" }),
  }),
);

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

function printDemoAccounts(accounts: Array<{ username: string; password: string; role: string; description: string }>) {
  if (accounts.length === 0) return;
  const lines = accounts.map((a) => `  ${a.username.padEnd(16)} ${a.password.padEnd(10)} ${a.role.padEnd(9)} ${a.description}`);
  console.log(["", "  Demo accounts 演示账号:", ...lines, ""].join("\n"));
}
