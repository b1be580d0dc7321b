/**
 * The public kindergarten search: by name (a substring of the approved name
 * or the name in use; several words, split at spaces, commas and 、, must all
 * occur, each in either name; SEARCH_MAX_TERMS at most), region (province, city
 * or district) and nature; closed kindergartens never; 20 a page with an
 * opaque keyset cursor. Results come in one fixed order, region then id:
 * grouped by place, and the order every index of the search keeps, so a page
 * is read along an index until it is full, never sorted from all candidates.
 *
 * Built for 150,000 kindergartens, where a `LIKE '%…%'` over every name is a
 * full read. Two plans, both reading the search index (kindergarten_search
 * and its grams, kept by indexKindergartensForSearch):
 *
 * - gram: the query has a term of two or more characters. The kindergartens
 *   having the rarest of its grams (the one gram of a two- or three-character
 *   term; else by the gram counts) come in order, within the chosen region,
 *   from one range of the gram key; the second rarest gram is looked up for
 *   each, then the filters, and an escaped LIKE for each term that is not
 *   itself one of those two grams. A common gram ("幼儿园") is no worse: its
 *   first kindergartens match at once.
 * - walk: no such term (filters only, or one character within a district):
 *   the region's kindergartens in order from a covering index, filtered as
 *   they come.
 *
 * Either reads in stretches of the index, at most walkCap entries a page: a
 * page not filled by then (a rare mix of common words) ends there and its
 * cursor goes on from where the reading stopped. Every hit is checked against
 * the kindergarten itself, so an index entry that fell behind can hide a
 * kindergarten but never show a closed one, or one that does not match.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import type { DB } from "~/db/client";
import type { Database, KindergartenNature, KindergartensTable, KindergartenSearchTable } from "~/db/schema";
import { kindergartenSearchText, queryTerms, termGrams } from "~/domain/kindergartens/name-grams";
import { searchAsTypedThenSimplified } from "~/domain/kindergartens/name-search.server";
import { searchWithinNamedRegion, type LeadingRegion } from "~/domain/regions/leading-region";
import { regionNameIndex } from "~/domain/regions/region-table.server";
import { confinedBy, isWithinRegion, regionPrefix } from "~/domain/regions/region-scope";
import { fail, type Result } from "~/domain/result";
import { SEARCH_MAX_CHARS, SEARCH_MAX_TERMS, SEARCH_PAGE_SIZE, type SearchHit } from "./disclosure.schema";
import { nearNames } from "./near-names.server";
import { regionChoices, regionDirectory, type RegionDirectory } from "./region-directory.server";
import { decodeCursor, encodeCursor } from "~/utils/keyset-cursor";

export interface SearchLimits {
  pageSize: number;
  /** Index entries read at most for one page. */
  walkCap: number;
}

export const SEARCH_LIMITS: SearchLimits = { pageSize: SEARCH_PAGE_SIZE, walkCap: 10_000 };

/**
 * The stretches a page reads, as far as walkCap: most pages are full within
 * the first (every kindergarten having a term's only gram matches it), so its
 * end is found cheaply; a rarer mix reads on in longer ones.
 */
const STRETCHES = [300, 3000];

export interface SearchInput {
  q?: string;
  /** The district chooser's three levels; the most specific one that agrees with those above it applies. */
  province?: string;
  city?: string;
  district?: string;
  nature?: KindergartenNature;
  /** The cursor of the page before (opaque); a mangled one starts from the first page. */
  after?: string;
  /**
   * Without a name, region or nature: every public kindergarten (the open-data
   * API's list and bulk file, read page by page) rather than none (the page,
   * which shows results only once something is asked).
   */
  everything?: boolean;
}

export type SearchPlan = "none" | "gram" | "walk";

export type SearchResult = Result<{ hits: SearchHit[]; next: string | null; plan: SearchPlan }>;

/** A place in the search's order. */
interface Position {
  region_code: string;
  kindergarten_id: string;
}

interface Criteria {
  terms: string[];
  region?: string;
  nature?: KindergartenNature;
  after: Position | null;
}

const encodeSearchCursor = (p: Position) => encodeCursor([p.region_code, p.kindergarten_id]);

function decodeSearchCursor(text: string | undefined): Position | null {
  const key = decodeCursor(text);
  return key?.length === 2 && typeof key[0] === "string" && typeof key[1] === "string" && key[0].length <= 12 ? { region_code: key[0], kindergarten_id: key[1] } : null;
}

/** The most specific chosen code that agrees with those above it (a district left over from another city is dropped). */
export function chosenRegion(input: Pick<SearchInput, "province" | "city" | "district">): string | undefined {
  let region: string | undefined;
  for (const code of [input.province, input.city, input.district]) {
    if (!code) continue;
    if (region && !isWithinRegion(region, code)) break;
    region = code;
  }
  return region;
}

/**
 * The search page and the complaint form's kindergarten picker: the outcome (searched again within the region the
 * query begins with when it finds nothing as typed: searchOrWithinLeadingRegion), the kindergartens whose names are near
 * a query that still finds nothing (您是不是要找: near-names.server.ts; a first page only), and (when the filters are
 * shown; never in the picker, which has none) the district chooser's lists for the province and city chosen.
 */
export async function kindergartenSearchPage(db: DB, input: SearchInput, options: { districtChoices: boolean }) {
  const [outcome, directory] = await Promise.all([searchOrWithinLeadingRegion(db, input), regionDirectory(db)]);
  const near =
    input.q && input.after === undefined && foundNothing(outcome) ? await nearNames(db, { q: input.q, region: chosenRegion(input), nature: input.nature }, directory) : [];
  return { outcome, near, choices: options.districtChoices ? regionChoices(directory, input) : null };
}

/** A search that found nothing: no hit, and no cursor to read on from (a page cut short at walkCap may have none yet). */
const foundNothing = (result: SearchResult) => result.ok && result.hits.length === 0 && result.next === null;

/**
 * The page's search. A query as typed that finds nothing and whose words name a region ("鄞州阳光", "宁波市海曙区阳光",
 * "阳光 海曙", "双语，鄞州区阳光": leading-region.ts, regionAmongTerms: a word that is a region's name, or begins with
 * one glued to a name) is searched again for the rest, within that region as if it were chosen in the filters (a
 * city's districts with it), or within the region chosen when that is narrower; not when the region chosen and the
 * one named lie apart, nor when the rest finds nothing too. The answer then names the region and the rest
 * (`within`), and the page says what it searched. Every page of such a search is decided alike: a later page (a
 * cursor) falls back only when the first page as typed finds nothing too, so a cursor of a search as typed never
 * reads on in another. The search page and the complaint form's kindergarten picker (both through
 * kindergartenSearchPage); the open-data API searches exactly what it is given.
 */
export async function searchOrWithinLeadingRegion(db: DB, input: SearchInput, limits: SearchLimits = SEARCH_LIMITS): Promise<SearchResult & { within?: LeadingRegion }> {
  const asTyped = await searchKindergartens(db, input, limits);
  if (!input.q || !foundNothing(asTyped)) return asTyped;
  if (input.after !== undefined && !foundNothing(await searchKindergartens(db, { ...input, after: undefined }, limits))) return asTyped;
  const chosen = chosenRegion(input);
  const fallback = await searchWithinNamedRegion(
    await regionNameIndex(db),
    queryTerms(input.q),
    confinedBy(chosen),
    (rest, region) => searchKindergartens(db, { ...input, q: rest }, limits, region),
    (result) => result.ok && !foundNothing(result),
  );
  return fallback ? { ...fallback.result, within: fallback.region } : asTyped;
}

/**
 * The search. A query in traditional characters (小橡樹, 海曙區) that finds nothing is tried again in simplified, as
 * names are filed (searchAsTypedThenSimplified: the case queue's search does the same); a refused query is not.
 */
export async function searchKindergartens(db: DB, input: SearchInput, limits: SearchLimits = SEARCH_LIMITS, region = chosenRegion(input)): Promise<SearchResult> {
  return searchAsTypedThenSimplified(
    input.q,
    (q) => searchAsTyped(db, { ...input, q }, limits, region),
    (result) => !result.ok || result.hits.length > 0,
  );
}

/** The search of `input.q` within `region` (the filters' chosenRegion, or the region a query begins with). */
async function searchAsTyped(db: DB, input: SearchInput, limits: SearchLimits, region: string | undefined): Promise<SearchResult> {
  const q = (input.q ?? "").trim();
  if (Array.from(q).length > SEARCH_MAX_CHARS) return fail("invalid", "disclosure.search.tooLong", { max: SEARCH_MAX_CHARS });
  const terms = queryTerms(q);
  if (terms.length > SEARCH_MAX_TERMS) return fail("invalid", "disclosure.search.tooManyTerms", { max: SEARCH_MAX_TERMS });
  const criteria: Criteria = { terms, region, nature: input.nature, after: decodeSearchCursor(input.after) };
  if (terms.length === 0 && !region && !input.nature && !input.everything) return { ok: true, hits: [], next: null, plan: "none" };

  const grams = [...new Set(terms.flatMap(termGrams))];
  // One character matches too many names to read nationally; within a district it is a short walk.
  if (terms.length > 0 && grams.length === 0 && !(region && regionPrefix(region).length === 6)) return fail("invalid", "disclosure.search.tooShort");

  const [directory, page] = await Promise.all([regionDirectory(db), grams.length > 0 ? byGram(db, criteria, limits, grams) : walk(db, criteria, limits)]);
  return { ok: true, hits: checkedHits(page.rows, criteria, directory), next: page.next ? encodeSearchCursor(page.next) : null, plan: page.plan };
}

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** The chosen region as a condition on a region_code column: a district is a value, a city or province a range. */
function inRegion<DBT, TB extends keyof DBT>(eb: ExpressionBuilder<DBT, TB>, column: string, region: string): Expression<SqlBool> {
  const prefix = regionPrefix(region);
  const ref = eb.ref(column as never);
  return prefix.length === 6 ? eb(ref, "=", prefix as never) : eb.between(ref, prefix.padEnd(6, "0") as never, prefix.padEnd(6, "9") as never);
}

/** After the cursor, and up to the end of the stretch: a range of an index in the search's order. */
function inStretch<DBT, TB extends keyof DBT>(eb: ExpressionBuilder<DBT, TB>, alias: string, from: Position | null, end?: Position): Expression<SqlBool> {
  const position = eb.refTuple(`${alias}.region_code` as never, `${alias}.kindergarten_id` as never);
  const conditions: Expression<SqlBool>[] = [];
  if (from) conditions.push(eb(position, ">", eb.tuple(from.region_code as never, from.kindergarten_id as never)));
  if (end) conditions.push(eb(position, "<=", eb.tuple(end.region_code as never, end.kindergarten_id as never)));
  return eb.and(conditions);
}

type SearchTables = Database & { s: KindergartenSearchTable; k: KindergartensTable };

/** What the index entry says: not closed, the nature, and the terms given (both databases take '\' as the escape given this way). */
function entryMatches(eb: ExpressionBuilder<SearchTables, "s">, c: Criteria, terms: readonly string[]): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb("s.status", "!=", "closed")];
  if (c.nature) conditions.push(eb("s.nature", "=", c.nature));
  for (const term of terms) conditions.push(sql<SqlBool>`${eb.ref("s.search_text")} like ${likePattern(term)} escape '\\'`);
  return eb.and(conditions);
}

/** What the kindergarten itself must be now: an index entry that fell behind (closed, moved, another nature since) is dropped here. */
function kindergartenMatches(eb: ExpressionBuilder<SearchTables, "k">, c: Criteria): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb("k.status", "!=", "closed")];
  if (c.nature) conditions.push(eb("k.nature", "=", c.nature));
  if (c.region) conditions.push(inRegion(eb, "k.region_code", c.region));
  return eb.and(conditions);
}

/** A hit as read: its place in the order, and the kindergarten as it is now. */
interface HitRow {
  position_region: string;
  position_id: string;
  uscc: string;
  approved_name: string;
  name_in_use: string;
  nature: KindergartenNature;
  region_code: string;
}

const KINDERGARTEN_COLUMNS = ["k.uscc", "k.approved_name", "k.name_in_use", "k.nature", "k.region_code"] as const;

interface Page {
  rows: HitRow[];
  next: Position | null;
  plan: SearchPlan;
}

/**
 * Reads a page stretch by stretch: `endOf(from, size)` is the stretch's last
 * place in the index (undefined when fewer remain), `matchesIn(from, end,
 * limit)` the hits up to it.
 */
async function inStretches(
  c: Criteria,
  limits: SearchLimits,
  plan: SearchPlan,
  endOf: (from: Position | null, size: number) => Promise<Position | undefined>,
  matchesIn: (from: Position | null, end: Position | undefined, limit: number) => Promise<HitRow[]>,
): Promise<Page> {
  const sizes = [...STRETCHES.filter((n) => n < limits.walkCap), limits.walkCap];
  const rows: HitRow[] = [];
  let from = c.after;
  let read = 0;
  for (const size of sizes) {
    const end = await endOf(from, size - read);
    rows.push(...(await matchesIn(from, end, limits.pageSize + 1 - rows.length)));
    if (rows.length > limits.pageSize) {
      const last = rows[limits.pageSize - 1];
      return { rows: rows.slice(0, limits.pageSize), next: { region_code: last.position_region, kindergarten_id: last.position_id }, plan };
    }
    if (end === undefined) return { rows, next: null, plan };
    from = end;
    read = size;
  }
  // walkCap entries read without filling the page: the next page goes on from there.
  return { rows, next: from, plan };
}

/**
 * The grams, rarest first, by how many kindergartens have each (one key
 * lookup each); a gram nobody has counts 0 and, read first, ends the search
 * at once.
 */
async function rarestFirst(db: DB, grams: readonly string[]): Promise<string[]> {
  const rows = await db.selectFrom("kindergarten_gram_counts").select(["gram", "kindergartens"]).where("gram", "in", grams).execute();
  const count = new Map(rows.map((r) => [r.gram, Number(r.kindergartens)]));
  return [...grams].sort((a, b) => (count.get(a) ?? 0) - (count.get(b) ?? 0));
}

/**
 * The gram plan. The first gram's key range gives the kindergartens in
 * order; each then looks up the second gram, its index entry when a term is
 * left to test with LIKE (a term that is itself one of the two grams is
 * proved by its key), and the kindergarten. CROSS JOIN keeps SQLite reading
 * in that order, so it stops at the page's end; to Postgres it is an
 * ordinary join.
 */
async function byGram(db: DB, c: Criteria, limits: SearchLimits, grams: string[]): Promise<Page> {
  const [first, second] = grams.length === 1 ? grams : await rarestFirst(db, grams);
  const unproved = c.terms.filter((term) => term !== first && term !== second);
  const postings = () =>
    db
      .selectFrom("kindergarten_name_grams as g1")
      .where("g1.gram", "=", first)
      .$if(c.region !== undefined, (q) => q.where((eb) => inRegion(eb, "g1.region_code", c.region!)));
  return inStretches(
    c,
    limits,
    "gram",
    (from, size) =>
      postings()
        .select(["g1.region_code", "g1.kindergarten_id"])
        .where((eb) => inStretch(eb, "g1", from))
        .orderBy("g1.region_code")
        .orderBy("g1.kindergarten_id")
        .limit(1)
        .offset(size - 1)
        .executeTakeFirst(),
    (from, end, limit) => {
      const base = postings().where((eb) => inStretch(eb, "g1", from, end));
      const probed =
        second === undefined
          ? base
          : base
              .crossJoin("kindergarten_name_grams as g2")
              .where("g2.gram", "=", second)
              .whereRef("g2.region_code", "=", "g1.region_code")
              .whereRef("g2.kindergarten_id", "=", "g1.kindergarten_id");
      const tested =
        unproved.length === 0
          ? probed
          : probed.crossJoin("kindergarten_search as s").whereRef("s.kindergarten_id", "=", "g1.kindergarten_id").where((eb) => entryMatches(eb, c, unproved));
      return tested
        .crossJoin("kindergartens as k")
        .whereRef("k.id", "=", "g1.kindergarten_id")
        .where((eb) => kindergartenMatches(eb, c))
        .select(["g1.region_code as position_region", "g1.kindergarten_id as position_id", ...KINDERGARTEN_COLUMNS])
        .orderBy("g1.region_code")
        .orderBy("g1.kindergarten_id")
        .limit(limit)
        .execute();
    },
  );
}

/** The walk plan: the region's index entries in order (all of them without a region), filtered as they come. */
async function walk(db: DB, c: Criteria, limits: SearchLimits): Promise<Page> {
  const entries = () =>
    db.selectFrom("kindergarten_search as s").$if(c.region !== undefined, (q) => q.where((eb) => inRegion(eb, "s.region_code", c.region!)));
  return inStretches(
    c,
    limits,
    "walk",
    (from, size) =>
      entries()
        .select(["s.region_code", "s.kindergarten_id"])
        .where((eb) => inStretch(eb, "s", from))
        .orderBy("s.region_code")
        .orderBy("s.kindergarten_id")
        .limit(1)
        .offset(size - 1)
        .executeTakeFirst(),
    (from, end, limit) =>
      entries()
        .where((eb) => eb.and([inStretch(eb, "s", from, end), entryMatches(eb, c, c.terms)]))
        .crossJoin("kindergartens as k")
        .whereRef("k.id", "=", "s.kindergarten_id")
        .where((eb) => kindergartenMatches(eb, c))
        .select(["s.region_code as position_region", "s.kindergarten_id as position_id", ...KINDERGARTEN_COLUMNS])
        .orderBy("s.region_code")
        .orderBy("s.kindergarten_id")
        .limit(limit)
        .execute(),
  );
}

/**
 * The page's hits, named as the kindergartens are now. The queries checked
 * status, nature and region on the kindergarten itself; a name changed since
 * it was indexed is checked here, so the index can hide a kindergarten but
 * never show one that does not match.
 */
function checkedHits(rows: readonly HitRow[], c: Criteria, directory: RegionDirectory): SearchHit[] {
  return rows
    .filter((k) => {
      const text = kindergartenSearchText(k);
      return c.terms.every((term) => text.includes(term));
    })
    .map((k) => ({
      id: k.position_id,
      uscc: k.uscc,
      name_in_use: k.name_in_use,
      approved_name: k.approved_name === k.name_in_use ? null : k.approved_name,
      nature: k.nature,
      region_code: k.region_code,
      place: directory.place(k.region_code),
    }));
}
