/**
 * Slows down password guessing: after 5 failures for one username from one
 * address within 15 minutes, that pair is blocked for a while. Counters live
 * in Redis when REDIS_URL is set (shared by every web process), otherwise in
 * memory, which is exact for the single-process embedded mode.
 */
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import { getEnv } from "./env.server";

const POINTS = 5;
const WINDOW_S = 15 * 60;
const BLOCK_S = 5 * 60;

let limiter: RateLimiterAbstract | undefined;

function getLimiter(): RateLimiterAbstract {
  if (limiter) return limiter;
  const memory = new RateLimiterMemory({ keyPrefix: "login", points: POINTS, duration: WINDOW_S, blockDuration: BLOCK_S });
  const { REDIS_URL } = getEnv();
  limiter = REDIS_URL
    ? new RateLimiterRedis({
        storeClient: new Redis(REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 }),
        keyPrefix: "login",
        points: POINTS,
        duration: WINDOW_S,
        blockDuration: BLOCK_S,
        // If Redis is unreachable, keep throttling per process rather than not at all.
        insuranceLimiter: memory,
      })
    : memory;
  return limiter;
}

const keyOf = (username: string, ip: string) => `${username.trim().toLowerCase()}|${ip}`;

/** Seconds to wait before another attempt is allowed, or 0. */
export async function loginRetryAfter(username: string, ip: string): Promise<number> {
  const state = await getLimiter().get(keyOf(username, ip));
  if (!state || state.consumedPoints < POINTS) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

export async function recordLoginFailure(username: string, ip: string): Promise<void> {
  await getLimiter()
    .consume(keyOf(username, ip))
    .catch(() => undefined); // a rejection means "now blocked", which loginRetryAfter reports next time
}

export async function clearLoginFailures(username: string, ip: string): Promise<void> {
  await getLimiter().delete(keyOf(username, ip));
}
