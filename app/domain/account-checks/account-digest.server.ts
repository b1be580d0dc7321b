/**
 * The keyed digest of an account number. A mismatching check keeps this, not
 * the number: it tells one account reported many times from many accounts,
 * and without the key nobody holding the table can test guesses against it
 * (bank account numbers are short enough to enumerate). The key is derived
 * from the session secret (HKDF, its own label), so a deployment has no
 * further secret to manage; rotating the session secret starts new digests,
 * which only splits "distinct accounts" for the 30 days the rule looks back.
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { sessionSecret } from "~/utils/env.server";

let key: Buffer | undefined;

function digestKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", sessionSecret(), "", "account-check-digest/v1", 32));
  return key;
}

/** HMAC-SHA256 of the digits, hex. */
export function accountDigest(digits: string): string {
  return createHmac("sha256", digestKey()).update(digits).digest("hex");
}

/**
 * Whether two numbers are the same, compared as digests in constant time: a
 * plain string comparison stops at the first differing digit, and how long it
 * took would tell how much of a guess was right.
 */
export function sameAccountNumber(typedDigest: string, filedDigits: string): boolean {
  return timingSafeEqual(Buffer.from(typedDigest, "hex"), Buffer.from(accountDigest(filedDigits), "hex"));
}
