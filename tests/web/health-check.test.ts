/**
 * /healthz tells a load balancer whether this process can serve, and tells
 * anyone else nothing more: a failing dependency is "down", its error
 * message (driver text, file paths, addresses) goes to the log only.
 */
import type { Request, Response } from "express";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEAD_LETTER_AT, enqueue } from "~/domain/outbox/outbox.server";
import { healthCheck } from "~/web/http-guards.server";
import { createTestDb, type TestDb } from "../setup/test-db";

const QUIET = { undone: 0, oldestUndoneSeconds: null, overdue: 0, deadLettered: 0 };

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.destroy();
});

async function probe(deps: Parameters<typeof healthCheck>[0]) {
  const answer: { status?: number; body?: unknown } = {};
  const res = {
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: unknown) {
      answer.body = body;
      return this;
    },
  } as unknown as Response;
  await healthCheck(deps)({} as Request, res, () => {});
  return answer;
}

describe("GET /healthz", () => {
  it("answers 200 when the database answers", async () => {
    expect(await probe({ db: t.db, redis: null })).toEqual({
      status: 200,
      body: { status: "ok", checks: { database: "ok" }, jobs: "in-process", outbox: { ...QUIET, status: "ok" } },
    });
  });

  it("reports the outbox: undone rows, the oldest one's age, rows past the window and dead letters", async () => {
    const now = Date.now();
    const at = (secondsAgo: number) => new Date(now - secondsAgo * 1000);
    const ids = [
      await enqueue(t.db, "filing.submitted", { filingId: "F-fresh" }, at(5)),
      await enqueue(t.db, "filing.submitted", { filingId: "F-late" }, at(600)),
      await enqueue(t.db, "filing.submitted", { filingId: "F-done" }, at(900)),
      await enqueue(t.db, "filing.submitted", { filingId: "F-dead" }, at(1200)),
    ];
    await t.db.updateTable("outbox").set({ processed_at: at(890).toISOString() }).where("id", "=", ids[2]!).execute();
    await t.db.updateTable("outbox").set({ available_at: DEAD_LETTER_AT }).where("id", "=", ids[3]!).execute();
    const { status, body } = await probe({ db: t.db, redis: null });
    expect(status).toBe(200); // behind is for monitoring to alert on; the portal still serves
    expect((body as { outbox: unknown }).outbox).toEqual({ undone: 2, oldestUndoneSeconds: 600, overdue: 1, deadLettered: 1, status: "behind" });
    await t.db.deleteFrom("outbox").execute();
  });

  it("answers 503 with 'down' and no error text when a dependency fails", async () => {
    const brokenRedis = { ping: async () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.7:6379")) } as unknown as Redis;
    const answer = await probe({ db: t.db, redis: brokenRedis });
    expect(answer).toEqual({
      status: 503,
      body: { status: "degraded", checks: { database: "ok", redis: "down" }, jobs: "redis", outbox: { ...QUIET, status: "ok" } },
    });
    expect(JSON.stringify(answer.body)).not.toContain("ECONNREFUSED");
  });
});
