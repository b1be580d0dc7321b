/**
 * Ids for new rows: ULIDs (time-ordered, 26 characters of Crockford base32).
 *
 * Why a factory: the ulid package's plain `ulid()` draws each of its 16 random
 * characters with a separate crypto call, about 85 µs an id, which was 12 % of
 * the web process's CPU while filings came in (about eight ids a filing). The
 * monotonic factory draws once per millisecond and increments within it (about
 * 1 µs), so ids stay unique and sortable, and ids of one process within one
 * millisecond are in order. Not for secrets: use crypto.randomBytes for those.
 */
import { monotonicFactory } from "ulid";

export const newId: () => string = monotonicFactory();
