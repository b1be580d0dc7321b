/**
 * Tracking numbers and access codes. A tracking number is what a parent
 * writes down and reads out on the phone: 12 Crockford base-32 characters
 * (60 random bits), so numbers say nothing about how many complaints exist
 * and a neighbour's cannot be guessed from one's own. The access code (80
 * random bits) is shown at intake and kept only as an HMAC keyed from
 * the session secret: fast enough that intake stays cheap (a password hash
 * would cost tens of milliseconds per complaint), and, the code being
 * random and long, nothing a stolen table could be tested against without
 * the key.
 *
 * The code of a complaint received since 2026-12-04 is not drawn at random
 * but derived from the form's one-time key (an HMAC of it under its own
 * key): the browser that sent the form holds the key, so a repeat of the
 * form (a lost answer retried, a Back without JavaScript) and that browser's
 * receipt cookie can be shown the code again, which nothing else can
 * compute. Earlier complaints' codes were random and stay unrecoverable.
 */
import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from "node:crypto";
import { sessionSecret } from "~/utils/env.server";

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** Four Crockford characters per four bytes, grouped with hyphens; each character the low 5 bits of its byte. */
function crockfordGroups(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 1) {
    if (i > 0 && i % 4 === 0) out += "-";
    out += CROCKFORD[bytes[i] & 31];
  }
  return out;
}

export const newTrackingNo = () => crockfordGroups(randomBytes(12));

const keys = new Map<string, Buffer>();
function derivedKey(info: string): Buffer {
  let key = keys.get(info);
  if (!key) keys.set(info, (key = Buffer.from(hkdfSync("sha256", sessionSecret(), "", info, 32))));
  return key;
}
const codeKey = () => derivedKey("complaint-access-code/v1");

/** The access code of the complaint sent with this one-time form key (16 characters, 80 bits). */
export function accessCodeForKey(intakeKey: string): string {
  return crockfordGroups(createHmac("sha256", derivedKey("complaint-access-code-of-intake-key/v1")).update(intakeKey).digest().subarray(0, 16));
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
