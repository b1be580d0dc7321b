/**
 * Slows down password guessing (the sign-in, and the current password on /account/password) with three counts:
 *
 * - one username from one client (its address; IPv6 by its /64, `clientKey`, as every other limit counts):
 *   5 attempts in 15 minutes, then that pair waits 5 minutes;
 * - one client, whatever the username: 30 attempts in 15 minutes, then it waits 15 minutes. A few passwords
 *   tried on every account (spraying) pass the first count; an office or a school behind one address does not
 *   mistype 30 passwords in a quarter of an hour;
 * - one username, whatever the client: 50 attempts an hour. Guesses spread over many addresses pass the first
 *   two. This one can be used to keep an account from signing in (50 wrong guesses an hour on it), which is why it
 *   is a wait to the end of the hour and not a lock an administrator must lift, and why it is far above the first.
 *
 * Usernames are counted whether or not an account has them, so a 429 says nothing about which accounts exist.
 *
 * An attempt is taken before the password is checked, by the counter itself (one atomic step, also in Redis):
 * posts sent at once cannot all pass a check made before any of them failed. A right password gives its attempt
 * back: the pair's count is forgotten, the client's and the account's get one point back, not cleared (signing in
 * to one's own account between guesses must not wipe an address's count of other accounts' guesses). A refused
 * attempt counts too, so hammering a blocked pair keeps it blocked.
 *
 * Counters live in Redis when REDIS_URL is set, otherwise in memory (rate-limiters.server.ts).
 */
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { clientKey, createRateLimiter, refusal } from "./rate-limiters.server";

const PAIR = { keyPrefix: "login", points: 5, duration: 15 * 60, blockDuration: 5 * 60 };
const CLIENT = { keyPrefix: "login:client", points: 30, duration: 15 * 60, blockDuration: 15 * 60 };
const ACCOUNT = { keyPrefix: "login:account", points: 50, duration: 60 * 60 };

interface Limiters {
  pair: RateLimiterAbstract;
  client: RateLimiterAbstract;
  account: RateLimiterAbstract;
}
let limiters: Limiters | undefined;

function getLimiters(): Limiters {
  limiters ??= { pair: createRateLimiter(PAIR), client: createRateLimiter(CLIENT), account: createRateLimiter(ACCOUNT) };
  return limiters;
}

function keysOf(username: string, ip: string) {
  const account = username.trim().toLowerCase();
  const client = clientKey(ip);
  return { pair: `${account}|${client}`, client, account };
}

/**
 * Takes one attempt from each count, before the password is checked: 0 when it may go on, else the seconds to wait
 * (the first count that refuses says how long; the counts after it are not touched).
 */
export async function takeLoginAttempt(username: string, ip: string): Promise<number> {
  const keys = keysOf(username, ip);
  const l = getLimiters();
  for (const name of ["pair", "client", "account"] as const) {
    const refused = await refusal(l[name].consume(keys[name]));
    if (refused) return refused.retryAfterSeconds;
  }
  return 0;
}

/** The password was right: the attempt taken for it is given back (see the header). */
export async function loginSucceeded(username: string, ip: string): Promise<void> {
  const keys = keysOf(username, ip);
  const l = getLimiters();
  await Promise.all([l.pair.delete(keys.pair), l.client.reward(keys.client, 1), l.account.reward(keys.account, 1)]);
}
