/**
 * 您是不是要找: when the public search finds nothing, up to NEAR_NAMES_MAX kindergartens whose names are near the
 * query (kindergartens/name-nearness.ts: a character or two from its distinctive part, 春牙 for 春芽), each for a
 * link to its page. First those of the region the search was confined to (a district chosen in the filters, or named
 * in the query: 宁波市海曙区春牙幼儿园 is 春牙 within 海曙区), then the rest of the country.
 *
 * Bounded at national scale whatever the query; only a search that found nothing pays for it:
 * - within a district: its index entries (kindergarten_search, from its covering index), at most DISTRICT_CAP, each
 *   compared (a district holds a few hundred kindergartens at most);
 * - elsewhere (a city, a province, the country): candidates from the name grams. A distinctive part of four
 *   characters or more (six, with two edits allowed) shares a whole bigram with every near name: its bigrams are
 *   looked up. A shorter one may share none (春牙's only bigram is the slip): the bigrams beginning with one of its
 *   characters are read from the gram counts (one range of their key each, at most VOCABULARY_CAP bigrams), the
 *   most common first (a common name is likelier meant than a rare one), those of region names last (长春市 holds
 *   春, no kindergarten's own word). At most CANDIDATE_GRAMS grams, each giving at most POSTINGS_PER_GRAM
 *   kindergartens of the region: a couple of hundred compared.
 * A candidate's names are compared without the names of its own region they begin with (宁波市海曙区春芽幼儿园 as
 * 春芽幼儿园), and a near one is checked against the kindergarten as it is now (not closed, of the nature chosen,
 * its names), as the search checks its hits.
 *
 * The ranges of the gram counts' key are ranges of code points on SQLite and on a Postgres database collated by code
 * point (C, C.UTF-8: the tests' databases); under a linguistic collation (zh_CN's pinyin order) a range may hold other
 * grams, which are dropped, and miss some, whose names are then not offered: a suggestion is never wrong, only absent.
 */
import type { DB } from "~/db/client";
import type { KindergartenNature } from "~/db/schema";
import { kindergartenSearchText, queryTerms, searchText } from "~/domain/kindergartens/name-grams";
import { bigramsOf, distinctiveChars, editsAllowed, editsToStretch, NEAR_MAX_CHARS, sharedBigramsOfNear } from "~/domain/kindergartens/name-nearness";
import { regionAmongTerms, type RegionNameIndex } from "~/domain/regions/leading-region";
import { fromRegionTable, regionNameIndex } from "~/domain/regions/region-table.server";
import { confinedBy, isWithinRegion, regionPrefix } from "~/domain/regions/region-scope";
import { toSimplified } from "~/rules/facts/text-normalisation";
import type { RegionDirectory } from "./region-directory.server";

/** Kindergartens offered at most. */
export const NEAR_NAMES_MAX = 5;

/** A district's index entries compared at most. */
const DISTRICT_CAP = 1000;
/** Bigrams beginning with one character read from the gram counts at most. */
const VOCABULARY_CAP = 2000;
/** Grams whose kindergartens are compared, at most. */
const CANDIDATE_GRAMS = 12;
/** Kindergartens of the region read for each of those grams, at most. */
const POSTINGS_PER_GRAM = 16;

export interface NearName {
  id: string;
  name_in_use: string;
  place: string;
}

export interface NearNamesInput {
  q: string;
  /** The region chosen in the filters (chosenRegion). */
  region?: string;
  nature?: KindergartenNature;
}

/** What a name is compared with. */
interface Query {
  part: string[];
  edits: number;
  /** The bigrams of the query's words, region names and all: a name holding more of them is offered first. */
  bigrams: Set<string>;
  index: RegionNameIndex;
}

/** An index entry or a kindergarten: its search text (kindergartenSearchText) and region. */
interface Candidate {
  id: string;
  region_code: string;
  text: string;
}

interface Ranked extends Candidate {
  edits: number;
  shared: number;
}

/** The bigrams of every region's name: a gram of a place, not of a kindergarten's own words. */
const regionBigrams = fromRegionTable((rows) => {
  const grams = new Set<string>();
  for (const row of rows) for (const gram of bigramsOf(searchText(row.name))) grams.add(gram);
  return grams;
});

/** The kindergartens whose names are near a query that found nothing, the region's first (see the module's note). */
export async function nearNames(db: DB, input: NearNamesInput, directory: RegionDirectory): Promise<NearName[]> {
  const index = await regionNameIndex(db);
  // Names are filed in simplified characters, as the search reads a query in traditional ones.
  const terms = queryTerms(toSimplified(input.q));
  const named = regionAmongTerms(index, terms, confinedBy(input.region));
  // Every word without the region names it begins with, one region singled out or not (泉1区 names a district in
  // each municipality): the candidates' names are compared without theirs.
  const part = distinctiveChars(terms.map((term) => withoutLeadingRegion(index, term)));
  if (part.length < 2 || part.length > NEAR_MAX_CHARS) return [];
  const query: Query = { part, edits: editsAllowed(part.length), bigrams: bigramsOf(terms.join("")), index };
  const region = named?.within ?? input.region;
  const found: NearName[] = [];
  for (const within of region === undefined ? [undefined] : [region, undefined]) {
    const candidates =
      within !== undefined && regionPrefix(within).length === 6 ? await districtEntries(db, within, input.nature) : await gramCandidates(db, part, within, input.nature);
    const fresh = candidates.filter((c) => !found.some((f) => f.id === c.id));
    found.push(...(await checked(db, ranked(fresh, query), query, { within, nature: input.nature }, directory, NEAR_NAMES_MAX - found.length)));
    if (found.length >= NEAR_NAMES_MAX) break;
  }
  return found;
}

/** The candidates near enough, nearest first: fewest edits, then most of the query's bigrams, then in region order. */
function ranked(candidates: readonly Candidate[], q: Query): Ranked[] {
  const out: Ranked[] = [];
  for (const c of candidates) {
    const edits = editsOf(c, q);
    if (edits > q.edits) continue;
    let shared = 0;
    for (const gram of bigramsOf(c.text)) if (q.bigrams.has(gram)) shared++;
    out.push({ ...c, edits, shared });
  }
  return out.sort((a, b) => a.edits - b.edits || b.shared - a.shared || compare(a.region_code, b.region_code) || compare(a.id, b.id));
}

/** The fewest edits from the query's distinctive part to a stretch of either name, each without its region's names. */
function editsOf(c: Candidate, q: Query): number {
  let best = Infinity;
  for (const line of c.text.split("\n")) {
    // Each character of the part that the name lacks costs an edit: most names are ruled out before the comparison.
    const lacking = q.part.filter((ch) => !line.includes(ch)).length;
    if (lacking > q.edits) continue;
    best = Math.min(best, editsToStretch(q.part, withoutLeadingRegion(q.index, line, c.region_code)));
  }
  return best;
}

/**
 * A text without the region names it begins with (宁波市海曙区春芽幼儿园: 春芽幼儿园), as far as the longest reading takes
 * them; only names of the regions holding `region` when given (a kindergarten's name: its own region's).
 */
function withoutLeadingRegion(index: RegionNameIndex, text: string, region?: string): string {
  let rest = searchText(text);
  for (const reading of index.readings(text)) {
    if ((region === undefined || isWithinRegion(reading.code, region)) && reading.rest.length < rest.length) rest = reading.rest;
  }
  return rest;
}

/** A district's index entries, as they come in its covering index. */
function districtEntries(db: DB, district: string, nature: KindergartenNature | undefined): Promise<Candidate[]> {
  return db
    .selectFrom("kindergarten_search")
    .select(["kindergarten_id as id", "region_code", "search_text as text"])
    .where("region_code", "=", district)
    .where("status", "!=", "closed")
    .$if(nature !== undefined, (qb) => qb.where("nature", "=", nature!))
    .orderBy("region_code")
    .orderBy("kindergarten_id")
    .limit(DISTRICT_CAP)
    .execute();
}

/** The index entries of the kindergartens having one of the candidate grams, a few for each, within the region. */
async function gramCandidates(db: DB, part: readonly string[], within: string | undefined, nature: KindergartenNature | undefined): Promise<Candidate[]> {
  const grams = await candidateGrams(db, part);
  if (grams.length === 0) return [];
  const prefix = within === undefined ? undefined : regionPrefix(within);
  // A few of each gram's kindergartens, read along its key (gram, region, id) and stopped there: one statement.
  const [first, ...others] = grams.map((gram) =>
    db
      .selectFrom(
        db
          .selectFrom("kindergarten_name_grams")
          .select("kindergarten_id")
          .where("gram", "=", gram)
          .$if(prefix !== undefined, (qb) => qb.where("region_code", ">=", prefix!.padEnd(6, "0")).where("region_code", "<=", prefix!.padEnd(6, "9")))
          .limit(POSTINGS_PER_GRAM)
          .as("p"),
      )
      .select("p.kindergarten_id"),
  );
  const postings = others.reduce((union, next) => union.unionAll(next), first);
  return db
    .selectFrom("kindergarten_search")
    .select(["kindergarten_id as id", "region_code", "search_text as text"])
    .where("kindergarten_id", "in", postings)
    .where("status", "!=", "closed")
    .$if(nature !== undefined, (qb) => qb.where("nature", "=", nature!))
    .execute();
}

/** The grams whose kindergartens are compared (see the module's note), at most CANDIDATE_GRAMS. */
async function candidateGrams(db: DB, part: readonly string[]): Promise<string[]> {
  const shared = sharedBigramsOfNear(part);
  if (shared) {
    // Every near name holds one of them: the rarest first, as they say most about a name.
    const rows = await db.selectFrom("kindergarten_gram_counts").select(["gram", "kindergartens"]).where("gram", "in", shared).where("kindergartens", ">", 0).execute();
    return rows
      .sort((a, b) => Number(a.kindergartens) - Number(b.kindergartens) || compare(a.gram, b.gram))
      .slice(0, CANDIDATE_GRAMS)
      .map((r) => r.gram);
  }
  const own = bigramsOf(part.join(""));
  const places = await regionBigrams(db);
  const read = await Promise.all([...new Set(part)].map((ch) => bigramsBeginningWith(db, ch)));
  const rank = (gram: string) => (own.has(gram) ? 0 : places.has(gram) ? 2 : 1);
  return [...new Map(read.flat().map((r) => [r.gram, Number(r.kindergartens)])).entries()]
    .sort(([a, n], [b, m]) => rank(a) - rank(b) || m - n || compare(a, b))
    .slice(0, CANDIDATE_GRAMS)
    .map(([gram]) => gram);
}

/** The bigrams beginning with a character that some kindergarten has, from one range of the gram counts' key. */
async function bigramsBeginningWith(db: DB, ch: string): Promise<Array<{ gram: string; kindergartens: number }>> {
  const next = ch.codePointAt(0)! + 1;
  // The next code point after the range's, a surrogate skipped (neither database stores one alone).
  const end = next > 0x10ffff ? undefined : String.fromCodePoint(next >= 0xd800 && next <= 0xdfff ? 0xe000 : next);
  const rows = await db
    .selectFrom("kindergarten_gram_counts")
    .select(["gram", "kindergartens"])
    .where("gram", ">=", ch)
    .$if(end !== undefined, (qb) => qb.where("gram", "<", end!))
    .where((eb) => eb(eb.fn<number>("length", ["gram"]), "=", 2))
    .where("kindergartens", ">", 0)
    .orderBy("gram")
    .limit(VOCABULARY_CAP)
    .execute();
  // Exactly those beginning with it, whatever the collation's ranges hold.
  return rows.filter((r) => Array.from(r.gram)[0] === ch);
}

/**
 * The first `want` of the ranked candidates that the kindergartens are now: not closed, of the nature chosen, in the
 * region, and near by their names as they are (an index entry may have fallen behind). Ranked again by those names.
 */
async function checked(
  db: DB,
  candidates: readonly Ranked[],
  q: Query,
  filters: { within: string | undefined; nature: KindergartenNature | undefined },
  directory: RegionDirectory,
  want: number,
): Promise<NearName[]> {
  if (candidates.length === 0) return [];
  // A few more than wanted: one may have changed since it was indexed.
  const ids = candidates.slice(0, want + NEAR_NAMES_MAX).map((c) => c.id);
  const rows = await db.selectFrom("kindergartens").select(["id", "approved_name", "name_in_use", "nature", "region_code", "status"]).where("id", "in", ids).execute();
  const current = rows.filter(
    (k) => k.status !== "closed" && (filters.nature === undefined || k.nature === filters.nature) && (filters.within === undefined || isWithinRegion(filters.within, k.region_code)),
  );
  const byId = new Map(current.map((k) => [k.id, k]));
  return ranked(
    current.map((k) => ({ id: k.id, region_code: k.region_code, text: kindergartenSearchText(k) })),
    q,
  )
    .slice(0, want)
    .map((c) => ({ id: c.id, name_in_use: byId.get(c.id)!.name_in_use, place: directory.place(c.region_code) }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
