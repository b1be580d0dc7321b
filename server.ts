/**
 * Composition root: migrations, demo data on an empty database, Express with
 * security headers, request ids and structured logs, the request guards
 * (well-formed host and target, same-origin writes, GET, HEAD and POST only, body ceiling, private
 * caching for signed-in users), the health check, the public pages kept
 * between changes of their data, the Remix handler, and
 * (without REDIS_URL) the in-process job runner.
 * Shuts down gracefully on SIGTERM/SIGINT: stop taking requests, let the
 * in-flight job finish, close the database.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import { Redis } from "ioredis";
import { createDb, whenDurable } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { seedDemo } from "~/db/seed";
import { startEmbeddedJobs } from "./jobs/embedded";
import { getEnv, sessionSecret } from "~/utils/env.server";
import { setDb } from "~/web/db.server";
import { markBrokenOff, keptPages } from "~/web/shared-reads.server";
import { renderNonceOf } from "~/web/script-nonce.server";
import { securityHeaders } from "~/web/security-headers.server";
import {
  bodyCeiling,
  healthCheck,
  knownMethods,
  lastResortErrors,
  lingerOnRefusedBodies,
  openDataPreflight,
  privateWhenSignedIn,
  publicFiles,
  requestIds,
  sameOriginWrites,
  variesByCookie,
  wellFormedTarget,
} from "~/web/http-guards.server";
import { wrapRouteOutcomes } from "~/web/route-outcomes.server";
import { fasterRouteMatching } from "~/web/route-matching.server";
import { getRulesRuntime } from "~/web/rules.server";
import { loadRulesState, RuleActivationError } from "~/domain/rules-runtime/rules-runtime.server";
import { activateReleasedRules } from "~/domain/changes/released-rules.server";
import { checkRuleFingerprints, RuleFingerprintError } from "~/domain/rules-runtime/rule-fingerprints.server";
import { recordConditionTrees } from "~/domain/flags/stored-flags.server";
import { RuleFileError } from "~/rules/load/errors";
import { logger } from "~/utils/logger.server";

const env = getEnv();
sessionSecret(env); // outside development, no SESSION_SECRET: stop here rather than at the first sign-in
// Not a stop: every page works without it; the printable fee notice says its QR code is missing, and the Atom feed's
// links are relative and its ids name-based (app/web/public-cases.server.ts). Never the request's Host instead.
if (env.NODE_ENV === "production" && !env.PUBLIC_ORIGIN)
  logger.warn("PUBLIC_ORIGIN is not set: printed fee notices carry no QR code and the Atom feed's links are relative (README, Configuration)");
const db = createDb(env.DATABASE_URL);
setDb(db);

await migrateToLatest(db);
// A malformed rule file, a released version whose file differs from the one this database recorded, or two
// versions in force on one day stop start-up here, saying which and where.
try {
  const rules = getRulesRuntime();
  // Before anything is activated: each version's fingerprint recorded, or compared with the one recorded.
  await checkRuleFingerprints(db, rules.library);
  // Rules new in this release: activated, with a national re-evaluation run when they judge fee schedules.
  await activateReleasedRules(db, rules.library);
  await recordConditionTrees(db, rules.library);
  rules.activeSet((await loadRulesState(db, rules.library)).activations);
} catch (err) {
  if (!(err instanceof RuleFileError || err instanceof RuleActivationError || err instanceof RuleFingerprintError)) throw err;
  logger.fatal({ err: err.message }, "the rules cannot be loaded; the portal does not start");
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
const runner = env.REDIS_URL
  ? null
  : await startEmbeddedJobs({
      db,
      rulesDir: env.RULES_DIR,
      logger,
      testDelayMs: env.NODE_ENV === "production" ? undefined : env.JOBS_TEST_DELAY_MS,
    });

const build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
// Remix matches routes three or four times a request, each time from scratch: this keeps what does not change.
if (!fasterRouteMatching()) logger.warn("@remix-run/router is not the version app/web/route-matching.server.ts copies: its own route matching is used");

const app = express();
app.disable("x-powered-by");
app.set("trust proxy", "loopback");
// helmet's headers; the Content-Security-Policy's scripts: this response's nonce, no 'unsafe-inline'.
app.use(securityHeaders({ production: env.NODE_ENV === "production" }));

app.use(requestIds);
app.use(lingerOnRefusedBodies);
app.use(wellFormedTarget);
app.use(openDataPreflight);
app.use(sameOriginWrites);
app.use(knownMethods);
app.use(bodyCeiling);
app.get("/healthz", healthCheck({ db, redis, visibilityMs: env.JOBS_VISIBILITY_MS }));
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(publicFiles("public", { maxAge: "1h" }));

app.use(privateWhenSignedIn);
app.use(variesByCookie);
// The kindergarten search, the published cases, their feed and the statistics: made once per change of what they show (not per reader).
app.use(keptPages({ build, db }));

app.all(
  "*",
  createRequestHandler({
    // With SQLITE_DURABLE_ANSWERS=1 an action's answer (a receipt, a redirect to what was saved) leaves once its commit is on disk.
    build: wrapRouteOutcomes(build, env.SQLITE_DURABLE_ANSWERS === "1" ? { durable: () => whenDurable(db) } : {}),
    // Production semantics in every environment: `npm start` runs with NODE_ENV unset, and error
    // answers must not carry messages, stacks or server paths there either. Errors are in the log.
    mode: "production",
    getLoadContext: (req, res) => ({ requestId: String(res.locals.requestId), clientIp: req.ip ?? "unknown", brokeOff: () => markBrokenOff(res), scriptNonce: renderNonceOf(res) }),
  }),
);

app.use(lastResortErrors);

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
