/**
 * The web process's rate limiters (sign-in throttle, account checks): counters
 * in Redis when REDIS_URL is set, shared by every web process through one
 * connection, otherwise in memory, which is exact for the single-process
 * embedded mode. A Redis limiter falls back to an in-memory twin of itself
 * while Redis does not answer: per process, but never unlimited.
 */
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";

export interface LimiterOptions {
  /** Namespace of the counters (a Redis key prefix). */
  keyPrefix: string;
  /** Points per window. */
  points: number;
  /** The window, seconds. */
  duration: number;
  /** Seconds a key stays blocked once over the limit (default: until the window ends). */
  blockDuration?: number;
}

let processRedis: Redis | undefined;

/** The process's connection for limiters, or null without REDIS_URL. */
function limiterRedis(): Redis | null {
  const { REDIS_URL } = getEnv();
  if (!REDIS_URL) return null;
  if (!processRedis) {
    // Fail fast (no offline queue): a limiter waiting for Redis would hold the request; the insurance limiter answers instead.
    processRedis = new Redis(REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    let lastLogged = 0;
    processRedis.on("error", (err) => {
      // ioredis repeats the error on every reconnect attempt; one line a minute says enough.
      if (Date.now() - lastLogged < 60_000) return;
      lastLogged = Date.now();
      logger.warn({ err: err.message }, "rate limiters: redis unavailable, counting in memory meanwhile");
    });
  }
  return processRedis;
}

/** A limiter on `redis` (default: the process's, when REDIS_URL is set) with an in-memory insurance, or in memory alone. */
export function createRateLimiter(options: LimiterOptions, redis: Redis | null = limiterRedis()): RateLimiterAbstract {
  const memory = new RateLimiterMemory(options);
  return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory;
}
