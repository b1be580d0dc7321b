/**
 * The web process and the BullMQ worker writing one SQLite file at once: the
 * real server (server.ts, REDIS_URL set, so it runs no jobs itself) and the
 * real worker (jobs/worker.ts), started at the same moment on a fresh file (both
 * migrate), then 10 operators submit fee schedules over HTTP concurrently while
 * the worker relays and evaluates them.
 *
 * Expected: no answer ≥ 500 (before db/sqlite-dialect.ts, 35 of 200 were
 * SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT 500s), every acknowledged filing stored,
 * every one evaluated by the worker with its outbox row processed, and no job
 * failing on a lock either.
 */
import { sql } from "kysely";
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type DB } from "~/db/client";
import { termBounds } from "~/domain/filings/filing.schema";
import { upcomingTerms } from "~/domain/flags/filing-correction";
import { shanghaiDate } from "~/utils/working-days";
import { getTestRedis, type TestRedis } from "../setup/redis";
import { startServer, type TestServer } from "../setup/server";
import { TEST_DIALECT } from "../setup/test-db";
import { killWorker, spawnWorker, type WorkerChild } from "../setup/worker";
import { cleanupRedisPrefix, uniquePrefix, waitFor } from "../jobs/helpers";

const OPERATORS = Array.from({ length: 10 }, (_, i) => `kg${String(i + 1).padStart(3, "0")}`);
const FILINGS_PER_OPERATOR = 20;
const PASSWORD = "demo1234";

interface Answer {
  operator: string;
  status: number;
  location: string | null;
  ms: number;
  body: string;
}

// A SQLite test: under TEST_DB=pg the server would still run on SQLite (tests/setup/server.ts).
describe.skipIf(TEST_DIALECT === "pg")("web and worker processes writing one SQLite file", () => {
  let redis: TestRedis;
  let prefix: string;
  let server: TestServer | undefined;
  let worker: WorkerChild | undefined;
  let db: DB | undefined;

  beforeAll(async () => {
    redis = await getTestRedis();
    prefix = uniquePrefix();
    server = await startServer({
      env: { REDIS_URL: redis.url, JOBS_PREFIX: prefix },
      // The worker starts with the server, on the same fresh file: both migrate at once.
      whileStarting: (databaseUrl) => {
        worker = spawnWorker({
          DATABASE_URL: databaseUrl,
          REDIS_URL: redis.url,
          JOBS_PREFIX: prefix,
          JOBS_RELAY_INTERVAL_MS: "50",
        });
      },
    });
    db = createDb(server.databaseUrl);
  }, 90_000);

  afterAll(async () => {
    if (worker) await killWorker(worker);
    await db?.destroy();
    await server?.stop();
    await cleanupRedisPrefix(redis.url, prefix);
    await redis.stop();
  }, 30_000);

  async function signIn(username: string): Promise<{ cookie: string; kindergartenId: string }> {
    const base = server!.baseUrl;
    const res = await fetch(`${base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base },
      body: new URLSearchParams({ username, password: PASSWORD }),
    });
    expect(res.status, `sign-in of ${username}: ${await res.text()}`).toBe(302);
    const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    // The filing form names the operator's kindergarten in a hidden field.
    const page = await fetch(`${base}/kindergarten/fees/new`, { headers: { Cookie: cookie } });
    const html = await page.text();
    expect(page.status).toBe(200);
    const kindergartenId = /name="kindergartenId" value="([0-9A-Z]{26})"/.exec(html)?.[1];
    expect(kindergartenId, `no kindergartenId on ${username}'s filing form`).toBeTruthy();
    return { cookie, kindergartenId: kindergartenId! };
  }

  function filingForm(kindergartenId: string, n: number): URLSearchParams {
    const today = shanghaiDate();
    const term = upcomingTerms(today)[0];
    return new URLSearchParams({
      kindergartenId,
      intent: "submit",
      // The one-time key the filing form carries (required once that change lands; ignored before).
      submissionKey: ulid(),
      term,
      effectiveFrom: termBounds(term).start,
      publishedOn: today,
      note: `并发提交 ${n}`,
      pricingBasis: "成本核算报告",
      refundRules: "按实际在园天数退费",
      complaintChannel: "投诉电话 0574-12345",
      "items[0].code": "CARE_EDU",
      "items[0].amount": String(2000 + (n % 7) * 100),
      "items[0].unit": "month",
      "items[0].ageBand": "all",
      "items[0].description": `保教费 ${n}`,
    });
  }

  it(
    `${OPERATORS.length} operators × ${FILINGS_PER_OPERATOR} filings while the worker evaluates them: no 5xx, nothing lost`,
    { timeout: 120_000 },
    async () => {
      const base = server!.baseUrl;
      const sessions = await Promise.all(OPERATORS.map(async (u) => ({ operator: u, ...(await signIn(u)) })));
      const started = performance.now();
      const answers: Answer[] = [];
      await Promise.all(
        sessions.map(async ({ operator, cookie, kindergartenId }) => {
          for (let n = 0; n < FILINGS_PER_OPERATOR; n++) {
            const t0 = performance.now();
            const res = await fetch(`${base}/kindergarten/fees/new`, {
              method: "POST",
              redirect: "manual",
              headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base, Cookie: cookie },
              body: filingForm(kindergartenId, n),
            });
            const body = await res.text();
            answers.push({ operator, status: res.status, location: res.headers.get("Location"), ms: performance.now() - t0, body });
          }
        }),
      );
      const submitMs = performance.now() - started;

      const failed = answers.filter((a) => a.status >= 500);
      const summary = {
        submissions: answers.length,
        errors5xx: failed.length,
        statuses: [...new Set(answers.map((a) => a.status))],
        submitSeconds: Math.round(submitMs / 100) / 10,
        maxMs: Math.round(Math.max(...answers.map((a) => a.ms))),
        medianMs: Math.round(answers.map((a) => a.ms).sort((a, b) => a - b)[answers.length >> 1]),
      };
      console.info(`sqlite web+worker: ${JSON.stringify(summary)}`);
      expect(failed.map((a) => `${a.operator}: ${a.status} ${a.body.slice(0, 200)}`), server!.output().slice(-3000)).toEqual([]);
      // Every submission acknowledged the way the form's is: a redirect to the stored filing.
      expect(answers.filter((a) => a.status !== 302).map((a) => `${a.status} ${a.body.slice(0, 300)}`)).toEqual([]);
      const acknowledged = answers.map((a) => /^\/kindergarten\/fees\/([0-9A-Z]{26})\?saved=1$/.exec(a.location ?? "")?.[1]);
      expect(acknowledged.every(Boolean)).toBe(true);
      const ids = acknowledged as string[];

      // Every acknowledged filing is stored, once.
      const stored = await db!.selectFrom("fee_filings").select("id").where("id", "in", ids).execute();
      expect(stored).toHaveLength(ids.length);

      // …and evaluated by the worker, its outbox row processed (none dead-lettered).
      await waitFor(
        async () => {
          const open = await db!
            .selectFrom("outbox")
            .select(sql<number>`count(*)`.as("n"))
            .where("topic", "=", "filing.submitted")
            .where("processed_at", "is", null)
            .executeTakeFirstOrThrow();
          return Number(open.n) === 0;
        },
        { timeoutMs: 60_000, intervalMs: 200, what: "the worker to evaluate every filing" },
      );
      const evaluated = await db!
        .selectFrom("fee_filings")
        .select("id")
        .where("id", "in", ids)
        .where("status", "=", "evaluated")
        .where("evaluated_at", "is not", null)
        .execute();
      expect(evaluated).toHaveLength(ids.length);
      const rows = await db!.selectFrom("outbox").select(["payload", "processed_at", "last_error"]).where("topic", "=", "filing.submitted").execute();
      const processed = new Set(rows.filter((r) => r.processed_at).map((r) => (JSON.parse(r.payload) as { filingId: string }).filingId));
      expect(ids.filter((id) => !processed.has(id))).toEqual([]);

      // No job failed on a lock (BullMQ would have retried it, but a lock is not a reason to fail).
      const jobFailures = worker!.lines.filter((l) => typeof l.msg === "string" && l.msg.startsWith("job failed"));
      expect(jobFailures).toEqual([]);
      expect(worker!.lines.filter((l) => l.msg === "filing evaluated").length).toBeGreaterThanOrEqual(ids.length);
    },
  );
});
