/**
 * Tracking numbers and access codes. A tracking number is what a parent
 * writes down and reads out on the phone: 12 Crockford base-32 characters
 * (60 random bits), so numbers say nothing about how many complaints exist
 * and a neighbour's cannot be guessed from one's own. The access code (80
 * random bits) is shown once at intake and kept only as an HMAC keyed from
 * the session secret: fast enough that intake stays cheap (a password hash
 * would cost tens of milliseconds per complaint), and, the code being
 * random and long, nothing a stolen table could be tested against without
 * the key.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { sessionSecret } from "~/utils/env.server";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** `groups` groups of four Crockford characters, each character 5 random bits. */
function randomCode(groups: number): string {
  const bytes = randomBytes(groups * 4);
  let out = "";
  for (let i = 0; i < bytes.length; i += 1) {
    if (i > 0 && i % 4 === 0) out += "-";
    out += CROCKFORD[bytes[i] & 31];
  }
  return out;
}

export const newTrackingNo = () => randomCode(3);
export const newAccessCode = () => randomCode(4);

let key: Buffer | undefined;
function codeKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", sessionSecret(), "", "complaint-access-code/v1", 32));
  return key;
}

/** HMAC-SHA256 of the normalised code (see normaliseCode), hex. */
export function accessCodeHash(code: string): string {
  return createHmac("sha256", codeKey()).update(code).digest("hex");
}

/** Constant-time: how long a comparison took must not tell how much of a guess was right. */
export function accessCodeMatches(code: string, storedHash: string): boolean {
  const typed = Buffer.from(accessCodeHash(code), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return typed.length === stored.length && timingSafeEqual(typed, stored);
}
