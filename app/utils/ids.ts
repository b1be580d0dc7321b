/**
 * Ids for new rows: ULIDs (time-ordered, 26 characters of Crockford base32).
 *
 * Why a factory: the ulid package's plain `ulid()` draws each of its 16 random
 * characters with a separate crypto call, about 85 µs an id, which was 12 % of
 * the web process's CPU while filings came in (about eight ids a filing). The
 * monotonic factory draws once per millisecond and increments within it (about
 * 1 µs), so ids stay unique and sortable, and ids of one process within one
 * millisecond are in order. Not for secrets: use crypto.randomBytes for those.
 *
 * Its draws come from a pool of crypto bytes filled 4 KB at a time: the
 * package's own generator makes one crypto call per character, and the web
 * process draws a new id (its request id) in nearly every millisecond under
 * load, 16 crypto calls a request (3.5 % of a public search's CPU; 7 % under
 * complaint intake, where every complaint adds a few more ids). The same
 * bytes, the same use of them (a byte / 256 per character), fewer calls.
 */
import { monotonicFactory } from "ulid";

const pool = new Uint8Array(4096);
let drawn = pool.length;

/** A crypto-random fraction in [0, 1), as the ulid package's own generator makes it: one byte / 256. */
export function pooledRandom(): number {
  if (drawn === pool.length) {
    globalThis.crypto.getRandomValues(pool);
    drawn = 0;
  }
  return pool[drawn++] / 256;
}

export const newId: () => string = monotonicFactory(pooledRandom);

const NEW_ID_SHAPE = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * Whether a text from outside (a URL) has the shape of an id newId made. Rows
 * keyed by such ids are looked up only then: anything else names no row
 * without asking the database (Postgres answers a NUL byte with an error).
 */
export function isNewIdShape(id: string): boolean {
  return NEW_ID_SHAPE.test(id);
}
