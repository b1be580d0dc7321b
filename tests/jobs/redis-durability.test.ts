/**
 * What the worker asks Redis at start, to warn when jobs could be forgotten:
 * a redis-server without RDB snapshots or AOF does not persist; one with snapshots does.
 */
import { afterEach, describe, expect, it } from "vitest";
import { redisDurability } from "../../jobs/queues";
import { startRedisServer, type RedisServer } from "../setup/redis";

describe("redisDurability", () => {
  let redis: RedisServer | undefined;
  afterEach(async () => {
    await redis?.stop();
  });

  it("says a Redis without snapshots or append-only file does not persist, and reports its eviction policy", async () => {
    redis = await startRedisServer(); // --save "" --appendonly no
    expect(await redisDurability(redis.url)).toEqual({ persistent: false, evictionPolicy: "noeviction" });
  });

  it("says a Redis with RDB snapshots on persists", async () => {
    redis = await startRedisServer();
    const { Redis } = await import("ioredis");
    const client = new Redis(redis.url);
    // Snapshots, not AOF: turning AOF on writes files into the server's working directory at once.
    await client.config("SET", "save", "3600 1");
    await client.config("SET", "maxmemory-policy", "allkeys-lru");
    client.disconnect();
    expect(await redisDurability(redis.url)).toEqual({ persistent: true, evictionPolicy: "allkeys-lru" });
  });
});
