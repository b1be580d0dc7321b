/**
 * The kindergartens an officer's search names within their scope: one search for every officers' list that finds
 * a kindergarten by its name or USCC (the case queue, cases/case-queue.server.ts; the fee-account review queue,
 * fee-accounts/fee-account.queries.server.ts), so both read a query alike and refuse the same queries. Its own
 * folder: it reads kindergartens/ and regions/, and regions/ reads kindergartens/ (no folder-level cycle).
 */
import { sql, type Expression, type SqlBool } from "kysely";
import type { DB } from "~/db/client";
import { KINDERGARTEN_SEARCH_MAX, USCC_PREFIX_SEARCH, USCC_SEARCH } from "~/domain/kindergartens/officer-search";
import { searchWithinNamedRegion, type LeadingRegion } from "~/domain/regions/leading-region";
import { regionNameIndex } from "~/domain/regions/region-table.server";
import { isWithinRegion, narrowerRegion, regionCodeBounds } from "~/domain/regions/region-scope";
import type { Message } from "~/domain/result";
import { queryTerms, SEARCH_MAX_TERMS, searchText } from "~/domain/kindergartens/name-grams";
import { searchAsTypedThenSimplified } from "~/domain/kindergartens/name-search.server";
import { normalizeUscc } from "~/domain/kindergartens/uscc";

/**
 * Where a search reads: everyone's, a region and below, or exactly one code (`own`): a city's own kindergartens
 * (市本级), registered with the city itself rather than a district, whose code would otherwise stand for its range.
 */
export type SearchScope = { kind: "all" } | { kind: "region"; regionCode: string; own?: true };

/** The region codes a scope reads: one code, a range of them, or everything (null). */
export function scopeBounds(scope: SearchScope): { equals: string } | { from: string; before: string } | null {
  if (scope.kind !== "region") return null;
  return scope.own ? { equals: scope.regionCode } : regionCodeBounds(scope.regionCode);
}

/** What a search found: the kindergartens (null: no search), and the region its rest was searched in, if so. */
export interface SearchedKindergartens {
  kindergartens: string[] | null;
  /** The region the search's query named, when its other words were searched there (the page says so). */
  searchWithin: LeadingRegion | null;
}

/**
 * Kindergartens a list holds within a scope though they are registered elsewhere (a complaint transferred in from
 * another district): a subquery of their ids, for the scope (or the region a search named within it).
 */
export type HeldWithin = (within: SearchScope) => Expression<unknown>;

/** The scope as a condition on a region_code column: a district's value, a wider region's range, nothing for everywhere. */
export function inRegionOf(column: string, scope: SearchScope): Expression<SqlBool>[] {
  const bounds = scopeBounds(scope);
  if (!bounds) return [];
  const ref = sql.ref(column);
  return "equals" in bounds ? [sql<SqlBool>`${ref} = ${bounds.equals}`] : [sql<SqlBool>`${ref} >= ${bounds.from}`, sql<SqlBool>`${ref} < ${bounds.before}`];
}

/**
 * The kindergartens a search names, in the scope (at most KINDERGARTEN_SEARCH_MAX), compared as the public search
 * compares names (name-grams.ts: NFKC, so full-width letters, digits and brackets read as ASCII, then lower case):
 *
 * - a USCC typed in any width or case, with spaces or hyphens (normalizeUscc, uscc.ts), matched exactly; its
 *   beginning (USCC_PREFIX_SEARCH) matched as such, the name searched when no code begins so. Only the whole query
 *   is read as a code: a code among other words is a word of the name (which none holds), as a case's id or a
 *   complaint's tracking number is (the queue never searched those);
 * - otherwise the query's words as the public search splits them (queryTerms: at whitespace, U+3000 included,
 *   commas of either width and 、; each once, at most SEARCH_MAX_TERMS: searchRefusal), each in the name in use or
 *   the approved name, with the spaces of the names left out: "海曙 阳光 幼儿园" and "阳光，宝贝" find
 *   海曙区阳光幼儿园 (阳光宝贝幼儿园), "阳光幼儿园" finds 阳光 幼儿园. The names are read from the search index
 *   (kindergarten_search, kept by indexKindergartensForSearch: both names, normalised, one per line, so no word
 *   matches across them), one range of its covering index for the scope, each word one more test of the rows read;
 *   a query in traditional characters that finds none is tried again in simplified (searchAsTypedThenSimplified);
 * - a query that still finds none and whose words name a region (a word that is a region's name, or begins with one
 *   glued to a name, wherever it stands: "阳光 海曙", "鄞州阳光", "星星，宁波 江北": leading-region.ts,
 *   regionAmongTerms, as the public search reads them) is searched again for the other words within that region,
 *   when the region lies within the scope (or holds it): the page says so (`searchWithin`). A name several regions
 *   bear (江北) must be singled out by the scope or by another word (宁波); words naming regions apart (海曙 江北),
 *   or a region outside the scope, are no fallback: the query finds nothing, as typed.
 *
 * `held` (the complaint queue's): kindergartens the list holds in the scope though registered elsewhere are searched
 * too, by a second search as bounded as the first, among those only (never every kindergarten nationwide).
 *
 * A query searchRefusal refuses finds nothing here: callers read their view without it and say why at the box.
 */
export async function searchedKindergartens(db: DB, scope: SearchScope, q: string | undefined, held?: HeldWithin): Promise<SearchedKindergartens> {
  if (!q) return { kindergartens: null, searchWithin: null };
  const inScope = async (text: string, within: SearchScope) => {
    const registered = await kindergartensNamed(db, registeredIn(within), text);
    if (!held || within.kind === "all") return registered;
    return [...new Set([...registered, ...(await kindergartensNamed(db, heldIn(held(within)), text))])];
  };
  // A name typed in traditional characters (海曙區陽光) that finds none is read again in simplified, as the public search does.
  const named = (query: string, within: SearchScope) => searchAsTypedThenSimplified(query, (text) => inScope(text ?? "", within), (found) => found.length > 0);
  const asTyped = await named(q, scope);
  if (asTyped.length > 0) return { kindergartens: asTyped, searchWithin: null };
  const fallback = await searchWithinNamedRegion(await regionNameIndex(db), queryTerms(q), (code) => scopeWithin(scope, code), named, (found) => found.length > 0);
  return fallback ? { kindergartens: fallback.result, searchWithin: fallback.region } : { kindergartens: asTyped, searchWithin: null };
}

/** A query as the USCC searches read it: NFKC, upper case, spaces and hyphens dropped (normalizeUscc). */
const usccOf = (q: string) => normalizeUscc(searchText(q));

/**
 * Why a search is refused, or null: more than SEARCH_MAX_TERMS distinct words (queryTerms), the public search's
 * bound and message (disclosure.search.tooManyTerms). A query read as a USCC or its beginning is a code, not words
 * ("5233 0203 MJ12 3456 7X"), and is never refused (its search by name, when no code begins so, has the same bound:
 * kindergartensNamed). Pure: no query is made to refuse.
 */
export function searchRefusal(q: string | undefined): Message | null {
  if (!q) return null;
  const uscc = usccOf(q);
  if (USCC_SEARCH.test(uscc) || USCC_PREFIX_SEARCH.test(uscc)) return null;
  return queryTerms(q).length > SEARCH_MAX_TERMS ? { key: "disclosure.search.tooManyTerms", vars: { max: SEARCH_MAX_TERMS } } : null;
}

/**
 * The scope narrowed to a region a search named: that region when it lies within the scope, the scope when it lies
 * within that region (a district's officer typing their city's name), null when they lie apart, so a name never
 * widens the scope nor moves it. A city's own kindergartens (市本级, one code) are within its city and province only.
 */
function scopeWithin(scope: SearchScope, code: string): SearchScope | null {
  if (scope.kind === "all") return { kind: "region", regionCode: code };
  if (scope.own) return isWithinRegion(code, scope.regionCode) ? scope : null;
  const narrower = narrowerRegion(scope.regionCode, code);
  return narrower === null ? null : narrower === scope.regionCode ? scope : { kind: "region", regionCode: narrower };
}

/** Which kindergartens a search reads, as conditions on a table's id and region_code columns. */
type Pool = (id: "k.id" | "s.kindergarten_id", region: "k.region_code" | "s.region_code") => Expression<SqlBool>[];
const registeredIn =
  (scope: SearchScope): Pool =>
  (_id, region) =>
    inRegionOf(region, scope);
const heldIn =
  (ids: Expression<unknown>): Pool =>
  (id) => [sql<SqlBool>`${sql.ref(id)} in (${ids})`];

async function kindergartensNamed(db: DB, pool: Pool, q: string): Promise<string[]> {
  const uscc = usccOf(q);
  if (USCC_SEARCH.test(uscc)) {
    const found = await db
      .selectFrom("kindergartens as k")
      .select("k.id")
      .where((eb) => eb.and([eb("k.uscc", "=", uscc), ...pool("k.id", "k.region_code")]))
      .execute();
    return found.map((k) => k.id);
  }
  if (USCC_PREFIX_SEARCH.test(uscc)) {
    // substr, not LIKE: the same on both databases (SQLite's LIKE ignores case, Postgres's collation decides ranges).
    const begins = sql<string>`substr(${sql.ref("k.uscc")}, 1, ${uscc.length})`;
    const found = await db
      .selectFrom("kindergartens as k")
      .select("k.id")
      .where((eb) => eb.and([eb(begins, "=", uscc), ...pool("k.id", "k.region_code")]))
      .limit(KINDERGARTEN_SEARCH_MAX)
      .execute();
    if (found.length > 0) return found.map((k) => k.id);
  }
  // LIKE's wildcards and escape are dropped (no kindergarten name has them; SQLite has no default escape).
  const words = queryTerms(q)
    .map((word) => word.replace(/[\\%_]/g, ""))
    .filter((word) => word !== "");
  // A code's beginning found no code: read as words within the same bound as any search (searchRefusal).
  if (words.length === 0 || words.length > SEARCH_MAX_TERMS) return [];
  const names = sql<string>`replace(${sql.ref("s.search_text")}, ' ', '')`;
  const found = await db
    .selectFrom("kindergarten_search as s")
    .select("s.kindergarten_id")
    .where((eb) => eb.and([...pool("s.kindergarten_id", "s.region_code"), ...words.map((word) => eb(names, "like", `%${word}%`))]))
    .limit(KINDERGARTEN_SEARCH_MAX)
    .execute();
  return found.map((k) => k.kindergarten_id);
}

