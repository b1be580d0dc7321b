/**
 * How often "先核验，再缴费" may be asked. Two limits, both counted before the
 * form is read or the database is asked, for every check whatever it answers:
 *
 * - per client (10 checks per 10 minutes by default, ACCOUNT_CHECK_CLIENT_POINTS):
 *   a parent checks one number, perhaps retypes it or tries the name too;
 *   ten leave room for a family behind one address, and stop one machine
 *   from trying numbers. The client is its address as server.ts gives it
 *   (Express's req.ip), an IPv6 address by its /64: one subscriber gets a
 *   whole /64 and could otherwise take a fresh address per check.
 * - per kindergarten, all clients together (200 per hour by default,
 *   ACCOUNT_CHECK_KINDERGARTEN_POINTS): stops many machines from walking one
 *   kindergarten's numbers between them. A kindergarten has a few hundred
 *   children at most; even at the start of a term, when every family pays
 *   within days, 200 an hour (4,800 a day) is far above what its parents ask.
 *   The price of this limit: whoever exhausts it keeps that kindergarten's
 *   parents waiting for up to an hour, so the answer tells them to confirm
 *   the account with the kindergarten or the education bureau meanwhile, and
 *   the log says when a kindergarten reaches it.
 *
 * Counters live in Redis when REDIS_URL is set (rate-limiters.server.ts).
 */
import type { Redis } from "ioredis";
import { getEnv } from "~/utils/env.server";
import { logger } from "~/utils/logger.server";
import { clientKey, createRateLimiter, refusal } from "./rate-limiters.server";

export const CLIENT_WINDOW_S = 10 * 60;
export const KINDERGARTEN_WINDOW_S = 60 * 60;
export const DEFAULT_CLIENT_POINTS = 10;
export const DEFAULT_KINDERGARTEN_POINTS = 200;

export type CheckAllowance = { allowed: true } | { allowed: false; scope: "client" | "kindergarten"; retryAfterSeconds: number };

export interface AccountCheckThrottle {
  /** Counts one check by this client of this kindergarten, or says which limit refuses it and for how long. */
  take(clientIp: string, kindergartenId: string): Promise<CheckAllowance>;
}

export interface AccountCheckThrottleOptions {
  clientPoints: number;
  kindergartenPoints: number;
  /** Where the counters live: a Redis connection, null for memory; default the process's (REDIS_URL). */
  redis?: Redis | null;
  /** Namespace of the counters (default "account-check"). */
  keyPrefix?: string;
}

export function createAccountCheckThrottle(options: AccountCheckThrottleOptions): AccountCheckThrottle {
  const prefix = options.keyPrefix ?? "account-check";
  const perClient = createRateLimiter({ keyPrefix: `${prefix}:client`, points: options.clientPoints, duration: CLIENT_WINDOW_S }, options.redis);
  const perKindergarten = createRateLimiter(
    { keyPrefix: `${prefix}:kindergarten`, points: options.kindergartenPoints, duration: KINDERGARTEN_WINDOW_S },
    options.redis,
  );
  return {
    async take(clientIp, kindergartenId) {
      // The client's limit first: a client already refused spends nothing of the kindergarten's.
      const client = await refusal(perClient.consume(clientKey(clientIp)));
      if (client) return { allowed: false, scope: "client", retryAfterSeconds: client.retryAfterSeconds };
      const kindergarten = await refusal(perKindergarten.consume(kindergartenId));
      if (!kindergarten) return { allowed: true };
      if (kindergarten.consumedPoints === options.kindergartenPoints + 1) {
        logger.warn({ kindergartenId, points: options.kindergartenPoints, windowSeconds: KINDERGARTEN_WINDOW_S }, "account checks of a kindergarten reached their limit");
      }
      return { allowed: false, scope: "kindergarten", retryAfterSeconds: kindergarten.retryAfterSeconds };
    },
  };
}

let processThrottle: AccountCheckThrottle | undefined;

/** The web process's throttle, with the limits of its environment. */
export function accountCheckThrottle(): AccountCheckThrottle {
  const env = getEnv();
  processThrottle ??= createAccountCheckThrottle({
    clientPoints: env.ACCOUNT_CHECK_CLIENT_POINTS ?? DEFAULT_CLIENT_POINTS,
    kindergartenPoints: env.ACCOUNT_CHECK_KINDERGARTEN_POINTS ?? DEFAULT_KINDERGARTEN_POINTS,
  });
  return processThrottle;
}
