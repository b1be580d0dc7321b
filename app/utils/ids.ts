/**
 * Ids for new rows: ULIDs (time-ordered, 26 characters of Crockford base32).
 *
 * Why a factory: the ulid package's plain `ulid()` draws each of its 16 random
 * characters with a separate crypto call, about 85 µs an id, which was 12 % of
 * the web process's CPU while filings came in (about eight ids a filing). The
 * monotonic factory draws once per millisecond and increments within it, so ids
 * stay unique and sortable, and ids of one process within one millisecond are
 * in order. Below a thousand ids a second nearly every id falls in a
 * millisecond of its own, though, and draws its 16 characters anew: still
 * 16 crypto calls (7 % of the web process's CPU under complaint intake, request
 * ids included). So the characters come from a pool of CSPRNG bytes refilled
 * 4 KB at a time: one crypto call per ~250 ids, the same randomness (a byte
 * ÷ 256 picks one of 32 characters uniformly). Not for secrets: use
 * crypto.randomBytes for those.
 */
import { randomBytes } from "node:crypto";
import { monotonicFactory } from "ulid";

const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let next = 0;

/** A fraction in [0, 1) from the pool: what ulid's factory takes as its PRNG. */
function pooledRandom(): number {
  if (next >= pool.length) {
    pool = randomBytes(POOL_BYTES);
    next = 0;
  }
  return pool[next++] / 256;
}

export const newId: () => string = monotonicFactory(pooledRandom);
