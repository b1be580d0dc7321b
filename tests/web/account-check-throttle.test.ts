/**
 * The account-check limits (app/web/account-check-throttle.server.ts): per
 * client and per kindergarten, counted in a real Redis that several web
 * processes share, in memory without one, and in memory meanwhile when Redis
 * does not answer.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientKey } from "~/web/rate-limiters.server";
import {
  CLIENT_WINDOW_S,
  createAccountCheckThrottle,
  KINDERGARTEN_WINDOW_S,
  type AccountCheckThrottle,
} from "~/web/account-check-throttle.server";
import { cleanupRedisPrefix, getTestRedis, type TestRedis } from "../setup/redis";

let redisServer: TestRedis;
const connections: Redis[] = [];
const prefixes: string[] = [];

beforeAll(async () => {
  redisServer = await getTestRedis();
});

afterAll(async () => {
  for (const c of connections) c.disconnect();
  for (const p of prefixes) await cleanupRedisPrefix(redisServer.url, p);
  await redisServer?.stop();
});

async function connect(url = redisServer.url): Promise<Redis> {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
  redis.on("error", () => {});
  connections.push(redis);
  await redis.connect().catch(() => undefined);
  return redis;
}

/** A throttle on its own key prefix (and, by default, its own connection: another web process). */
function throttle(redis: Redis | null, limits: { clientPoints: number; kindergartenPoints: number }, keyPrefix = `test-${randomUUID()}`): AccountCheckThrottle {
  prefixes.push(keyPrefix);
  return createAccountCheckThrottle({ ...limits, redis, keyPrefix });
}

describe("with Redis", () => {
  it("refuses a client's checks past its points for the rest of the window, counted across web processes", async () => {
    const prefix = `test-${randomUUID()}`;
    const limits = { clientPoints: 3, kindergartenPoints: 100 };
    const [web1, web2] = [throttle(await connect(), limits, prefix), throttle(await connect(), limits, prefix)];
    expect(await web1.take("10.0.0.1", "kg-a")).toEqual({ allowed: true });
    expect(await web2.take("10.0.0.1", "kg-b")).toEqual({ allowed: true });
    expect(await web1.take("10.0.0.1", "kg-c")).toEqual({ allowed: true });
    const refused = await web2.take("10.0.0.1", "kg-a");
    expect(refused).toMatchObject({ allowed: false, scope: "client" });
    const wait = (refused as { retryAfterSeconds: number }).retryAfterSeconds;
    expect(wait).toBeGreaterThan(CLIENT_WINDOW_S - 60);
    expect(wait).toBeLessThanOrEqual(CLIENT_WINDOW_S);
    // Another client is not affected.
    expect(await web1.take("10.0.0.2", "kg-a")).toEqual({ allowed: true });
  });

  it("refuses a kindergarten's checks past its points, whichever clients ask, and leaves other kindergartens alone", async () => {
    const limits = { clientPoints: 100, kindergartenPoints: 4 };
    const web = throttle(await connect(), limits);
    for (let i = 1; i <= 4; i++) expect(await web.take(`10.1.0.${i}`, "kg-walked")).toEqual({ allowed: true });
    const refused = await web.take("10.1.0.99", "kg-walked");
    expect(refused).toMatchObject({ allowed: false, scope: "kindergarten" });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(KINDERGARTEN_WINDOW_S - 60);
    expect(await web.take("10.1.0.99", "kg-other")).toEqual({ allowed: true });
  });

  it("a client already refused spends none of the kindergarten's points", async () => {
    const web = throttle(await connect(), { clientPoints: 1, kindergartenPoints: 2 });
    expect(await web.take("10.2.0.1", "kg")).toEqual({ allowed: true });
    for (let i = 0; i < 5; i++) expect(await web.take("10.2.0.1", "kg")).toMatchObject({ allowed: false, scope: "client" });
    expect(await web.take("10.2.0.2", "kg")).toEqual({ allowed: true });
    expect(await web.take("10.2.0.3", "kg")).toMatchObject({ allowed: false, scope: "kindergarten" });
  });

  it("keeps limiting, per process, while Redis does not answer", async () => {
    const dead = await connect("redis://127.0.0.1:1");
    const web = throttle(dead, { clientPoints: 2, kindergartenPoints: 100 });
    expect(await web.take("10.3.0.1", "kg")).toEqual({ allowed: true });
    expect(await web.take("10.3.0.1", "kg")).toEqual({ allowed: true });
    expect(await web.take("10.3.0.1", "kg")).toMatchObject({ allowed: false, scope: "client" });
  });
});

it("counts in memory without Redis", async () => {
  const web = throttle(null, { clientPoints: 1, kindergartenPoints: 100 });
  expect(await web.take("10.4.0.1", "kg")).toEqual({ allowed: true });
  expect(await web.take("10.4.0.1", "kg")).toMatchObject({ allowed: false, scope: "client" });
});

describe("the client's key", () => {
  it("is an IPv4 address as it is, also when mapped into IPv6", () => {
    expect(clientKey("203.0.113.7")).toBe("203.0.113.7");
    expect(clientKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("is an IPv6 address's /64: one subscriber cannot take a fresh address per check", () => {
    const key = clientKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
    expect(key).toBe("2001:db8:1:2::/64");
    for (const other of ["2001:0db8:0001:0002::1", "2001:db8:1:2::ffff:1", "2001:DB8:1:2:0:0:0:9%eth0", "2001:db8:1:2::192.0.2.1"]) expect(clientKey(other)).toBe(key);
    expect(clientKey("2001:db8:1:3::1")).not.toBe(key);
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey("2001:db8::")).toBe("2001:db8:0:0::/64");
  });

  it("is anything else as given (the server always passes an address)", () => {
    expect(clientKey("unknown")).toBe("unknown");
  });
});
