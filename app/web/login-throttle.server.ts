/**
 * Slows down password guessing: after 5 failures for one username from one
 * address within 15 minutes, that pair is blocked for a while. Counters live
 * in Redis when REDIS_URL is set, otherwise in memory (rate-limiters.server.ts).
 */
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { createRateLimiter } from "./rate-limiters.server";

const POINTS = 5;
const WINDOW_S = 15 * 60;
const BLOCK_S = 5 * 60;

let limiter: RateLimiterAbstract | undefined;

function getLimiter(): RateLimiterAbstract {
  limiter ??= createRateLimiter({ keyPrefix: "login", points: POINTS, duration: WINDOW_S, blockDuration: BLOCK_S });
  return limiter;
}

const keyOf = (username: string, ip: string) => `${username.trim().toLowerCase()}|${ip}`;

/**
 * Seconds to wait before another attempt is allowed, or 0. A refused attempt
 * counts as a failure too, which is what turns 5 failures into a block of
 * BLOCK_S instead of a wait for the rest of the window.
 */
export async function loginRetryAfter(username: string, ip: string): Promise<number> {
  const state = await getLimiter().get(keyOf(username, ip));
  if (!state || state.consumedPoints < POINTS) return 0;
  try {
    await getLimiter().consume(keyOf(username, ip));
    return 0;
  } catch (rejection) {
    const msBeforeNext = (rejection as { msBeforeNext?: number }).msBeforeNext ?? BLOCK_S * 1000;
    return Math.max(1, Math.ceil(msBeforeNext / 1000));
  }
}

export async function recordLoginFailure(username: string, ip: string): Promise<void> {
  await getLimiter()
    .consume(keyOf(username, ip))
    .catch(() => undefined); // a rejection means "now blocked", which loginRetryAfter reports next time
}

export async function clearLoginFailures(username: string, ip: string): Promise<void> {
  await getLimiter().delete(keyOf(username, ip));
}
