/**
 * The web process's rate limiters (sign-in throttle, account checks): counters
 * in Redis when REDIS_URL is set, shared by every web process through one
 * connection, otherwise in memory, which is exact for the single-process
 * embedded mode. A Redis limiter falls back to an in-memory twin of itself
 * while Redis does not answer: per process, but never unlimited.
 */
import { isIPv4, isIPv6 } from "node:net";
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
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

/** null when the points were granted; the refusal's wait otherwise. A store error (no insurance left) is thrown on. */
export async function refusal(consumed: Promise<RateLimiterRes>): Promise<{ retryAfterSeconds: number; consumedPoints: number } | null> {
  try {
    await consumed;
    return null;
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    return { retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)), consumedPoints: rejection.consumedPoints };
  }
}

export type Allowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A limit per client: `points` requests per `duration` seconds, the client keyed by clientKey. */
export interface ClientThrottle {
  take(clientIp: string): Promise<Allowance>;
  /** A point taken for something that then did not happen (a refused complaint) given back. */
  giveBack(clientIp: string): Promise<void>;
}

export function clientThrottle(keyPrefix: string, points: number, duration: number): ClientThrottle {
  const limiter = createRateLimiter({ keyPrefix, points, duration });
  return {
    async take(clientIp) {
      const refused = await refusal(limiter.consume(clientKey(clientIp)));
      return refused ? { allowed: false, retryAfterSeconds: refused.retryAfterSeconds } : { allowed: true };
    },
    async giveBack(clientIp) {
      await limiter.reward(clientKey(clientIp), 1);
    },
  };
}

/** The counter key of a client address: IPv4 as it is (an IPv4-mapped IPv6 address as its IPv4), IPv6 by its first 64 bits. */
export function clientKey(ip: string): string {
  const address = ip.replace(/%.*$/, ""); // a zone index names the interface, not the client
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  if (!isIPv6(address)) return ip;
  const [head, tail] = address.toLowerCase().split("::");
  const groups = (part: string | undefined) => (part ? part.split(":").flatMap((g) => (g.includes(".") ? ["0", "0"] : [g])) : []);
  const before = groups(head);
  const after = groups(tail);
  const all = tail === undefined ? before : [...before, ...Array<string>(8 - before.length - after.length).fill("0"), ...after];
  return `${all.slice(0, 4).map((g) => parseInt(g, 16).toString(16)).join(":")}::/64`;
}
