/**
 * The bounds and shapes of an officer's kindergarten search (officer-search/kindergarten-search.server.ts), for the case queue and the
 * fee-account review queue and their pages (no server code: the pages read them too).
 */

/** A search reads at most this many kindergartens' cases or filings (a search matching more is too broad to be one). */
export const KINDERGARTEN_SEARCH_MAX = 500;

/**
 * A search of 18 letters and digits (once normalised: NFKC, upper case, spaces and hyphens dropped) is a
 * 统一社会信用代码, matched exactly (its check digit is not verified: it finds one or nothing).
 */
export const USCC_SEARCH = /^[0-9A-Z]{18}$/;

/**
 * A search of 6 to 17 letters and digits, two of them digits at least (91330203, 52330203MJ), is the beginning of a
 * USCC as an officer copies it from a document: the kindergartens whose code begins so. A name is searched when none
 * does (the digits keep a name in Latin letters, "ABC", a name).
 */
export const USCC_PREFIX_SEARCH = /^(?=(?:[A-Z]*\d){2})[0-9A-Z]{6,17}$/;
