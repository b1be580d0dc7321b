/**
 * /healthz tells a load balancer whether this process can serve, and tells
 * anyone else nothing more: a failing dependency is "down", its error
 * message (driver text, file paths, addresses) goes to the log only.
 */
import type { Request, Response } from "express";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthCheck } from "~/web/http-guards.server";
import { createTestDb, type TestDb } from "../setup/test-db";

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
      body: { status: "ok", checks: { database: "ok" }, jobs: "in-process" },
    });
  });

  it("answers 503 with 'down' and no error text when a dependency fails", async () => {
    const brokenRedis = { ping: async () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.7:6379")) } as unknown as Redis;
    const answer = await probe({ db: t.db, redis: brokenRedis });
    expect(answer).toEqual({ status: 503, body: { status: "degraded", checks: { database: "ok", redis: "down" }, jobs: "redis" } });
    expect(JSON.stringify(answer.body)).not.toContain("ECONNREFUSED");
  });
});
