/**
 * The public kindergarten search: by name (a substring of the approved name
 * or the name in use; several words must all occur), region and nature,
 * closed kindergartens never, 20 a page in (approved name, id) order with an
 * opaque keyset cursor. Built for 150,000 kindergartens: a `LIKE '%…%'` over
 * every name costs a full read, so the search picks its way in (its plan):
 *
 * - district: the district's kindergartens in name order (one covering index
 *   range), filtered as they come;
 * - gram: the query's rarest gram has few kindergartens (at most GRAM_CAP):
 *   they, intersected with the second rarest gram's, are the candidates,
 *   checked with an escaped LIKE and sorted;
 * - region: a city or province with few kindergartens: all of them, checked
 *   and sorted;
 * - walk: every gram is common ("幼儿园") or there is no text: a walk in name
 *   order through a covering index, filtered as it comes, which soon fills a
 *   page. A walk reads at most WALK_CAP kindergartens a page; a page it could
 *   not fill says where to go on (a rare mix of common words).
 *
 * Each plan reads the search index (kindergarten_search and its grams, kept
 * by indexKindergartensForSearch); the page's hits are then checked against
 * the kindergartens themselves, so a stale index entry can hide a
 * kindergarten but never show a closed one or one that does not match.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import type { DB } from "~/db/client";
import type { Database, KindergartenNature, KindergartenSearchTable } from "~/db/schema";
import { kindergartenSearchText, searchText, searchWords, termGrams } from "~/domain/kindergartens/name-grams";
import { isWithinRegion, regionPrefix } from "~/domain/regions/region-scope";
import { fail, type Result } from "~/domain/result";
import { regionChoices, regionDirectory, type RegionDirectory } from "./region-directory.server";
import { SEARCH_MAX_CHARS, SEARCH_PAGE_SIZE, type SearchHit } from "./disclosure.schema";

export interface SearchLimits {
  pageSize: number;
  /** A gram shared by at most this many kindergartens drives the search (its candidates are all read). */
  gramCap: number;
  /** A city or province with at most this many kindergartens is read whole rather than walked. */
  regionCap: number;
  /** A walk reads at most this many kindergartens for one page. */
  walkCap: number;
  /** How many of a query's grams are counted to find its rarest (any gram narrows correctly; a few find a rare one). */
  gramsCounted: number;
}

export const SEARCH_LIMITS: SearchLimits = { pageSize: SEARCH_PAGE_SIZE, gramCap: 2000, regionCap: 15_000, walkCap: 20_000, gramsCounted: 8 };

/**
 * A walk reads in stretches of these shares of walkCap: a common word fills
 * its page in the first, a rarer mix reads on; each stretch's end is found by
 * reading the index as far as it goes, so stretches grow rather than each
 * being walkCap.
 */
const STRETCHES = [0.05, 0.2, 0.75];

export interface SearchInput {
  q?: string;
  /** The district chooser's three levels; the most specific one that agrees with those above it applies. */
  province?: string;
  city?: string;
  district?: string;
  nature?: KindergartenNature;
  /** The cursor of the page before (opaque); a mangled one starts from the first page. */
  after?: string;
}

export type SearchPlan = "none" | "district" | "gram" | "region" | "walk";


export type SearchResult = Result<{ hits: SearchHit[]; next: string | null; plan: SearchPlan }>;

interface Position {
  approved_name: string;
  kindergarten_id: string;
}

interface Criteria {
  terms: string[];
  region?: string;
  nature?: KindergartenNature;
  after: Position | null;
}

export function encodeSearchCursor(p: Position): string {
  return Buffer.from(JSON.stringify([p.approved_name, p.kindergarten_id])).toString("base64url");
}

function decodeSearchCursor(text: string | undefined): Position | null {
  if (!text) return null;
  try {
    const [name, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (typeof name === "string" && typeof id === "string" && name.length <= 200 && id.length <= 64) return { approved_name: name, kindergarten_id: id };
  } catch {
    // a mangled cursor starts from the first page
  }
  return null;
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

export async function searchKindergartens(db: DB, input: SearchInput, limits: SearchLimits = SEARCH_LIMITS): Promise<SearchResult> {
  const q = (input.q ?? "").trim();
  if (Array.from(q).length > SEARCH_MAX_CHARS) return fail("invalid", "disclosure.search.tooLong", { max: SEARCH_MAX_CHARS });
  const terms = [...new Set(searchWords(searchText(q)))];
  const region = chosenRegion(input);
  const criteria: Criteria = { terms, region, nature: input.nature, after: decodeSearchCursor(input.after) };
  if (terms.length === 0 && !region && !input.nature) return { ok: true, hits: [], next: null, plan: "none" };

  const district = region && regionPrefix(region).length === 6 ? region : undefined;
  const grams = spread(terms.flatMap(termGrams), limits.gramsCounted);
  if (terms.length > 0 && grams.length === 0 && !district) return fail("invalid", "disclosure.search.tooShort");

  const [directory, page] = await Promise.all([regionDirectory(db), findPage(db, criteria, limits, grams, district)]);
  return { ok: true, hits: checkedHits(page.rows, criteria, directory), next: page.next ? encodeSearchCursor(page.next) : null, plan: page.plan };
}

/** The search page: the outcome, and the district chooser's lists for the province and city chosen. */
export async function kindergartenSearchPage(db: DB, input: SearchInput) {
  const [outcome, directory] = await Promise.all([searchKindergartens(db, input), regionDirectory(db)]);
  return { outcome, choices: regionChoices(directory, input) };
}

/** Chooses the plan (see the header) and reads one page with it. */
async function findPage(db: DB, c: Criteria, limits: SearchLimits, grams: string[], district: string | undefined): Promise<Page> {
  if (district) return walk(db, c, limits, district);
  const [counts, regionCount] = await Promise.all([countGrams(db, grams, limits.gramCap), c.region ? countRegion(db, c.region, limits.regionCap) : null]);
  const rarest = counts.sort((a, b) => a.n - b.n);
  if (rarest.length > 0 && rarest[0].n === 0) return { rows: [], next: null, plan: "gram" };
  const gramCost = rarest.length > 0 && rarest[0].n <= limits.gramCap ? rarest[0].n : Infinity;
  const regionCost = regionCount !== null && regionCount <= limits.regionCap ? regionCount : Infinity;
  if (gramCost === Infinity && regionCost === Infinity) return walk(db, c, limits);
  if (gramCost <= regionCost) return fromGrams(db, c, limits, rarest.slice(0, 2).map((x) => x.gram));
  return fromRegion(db, c, limits, c.region!);
}

/** At most `n` of the values, spread over the list (the first and the last kept). */
function spread<T>(values: readonly T[], n: number): T[] {
  const unique = [...new Set(values)];
  if (unique.length <= n) return unique;
  return Array.from({ length: n }, (_, i) => unique[Math.round((i * (unique.length - 1)) / (n - 1))]);
}

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

type SearchTables = Database & { s: KindergartenSearchTable };

/** What every plan checks on the index entry: not closed, the filters, every term, after the cursor. */
function matches(eb: ExpressionBuilder<SearchTables, "s">, c: Criteria): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [eb("s.status", "!=", "closed")];
  if (c.nature) conditions.push(eb("s.nature", "=", c.nature));
  if (c.region) {
    const prefix = regionPrefix(c.region);
    conditions.push(prefix.length === 6 ? eb("s.region_code", "=", prefix) : eb.between("s.region_code", prefix.padEnd(6, "0"), prefix.padEnd(6, "9")));
  }
  // Both databases take '\' as the escape character given this way, so "%", "_" and "\" in a query match themselves.
  for (const term of c.terms) conditions.push(sql<SqlBool>`${eb.ref("s.search_text")} like ${likePattern(term)} escape '\\'`);
  if (c.after) conditions.push(eb(eb.refTuple("s.approved_name", "s.kindergarten_id"), ">", eb.tuple(c.after.approved_name, c.after.kindergarten_id)));
  return eb.and(conditions);
}

/** A hit as read: its position in the index's order, and the kindergarten as it is now (null if it is gone). */
interface HitRow {
  position_name: string;
  position_id: string;
  approved_name: string | null;
  name_in_use: string | null;
  nature: KindergartenNature | null;
  region_code: string | null;
  status: string | null;
}

interface Page {
  rows: HitRow[];
  next: Position | null;
  plan: SearchPlan;
}

const positionOf = (row: HitRow): Position => ({ approved_name: row.position_name, kindergarten_id: row.position_id });

/** A page from pageSize + 1 rows read in order: the first pageSize, and where the next page starts. */
function pageOf(rows: HitRow[], limits: SearchLimits, plan: SearchPlan): Page {
  return rows.length > limits.pageSize ? { rows: rows.slice(0, limits.pageSize), next: positionOf(rows[limits.pageSize - 1]), plan } : { rows, next: null, plan };
}

async function countGrams(db: DB, grams: readonly string[], cap: number): Promise<Array<{ gram: string; n: number }>> {
  if (grams.length === 0) return [];
  // Counted only up to cap + 1: beyond it a gram is "common", however common.
  const row = await db
    .selectNoFrom((eb) =>
      grams.map((gram, i) =>
        eb
          .selectFrom((sub) => sub.selectFrom("kindergarten_name_grams").select("kindergarten_id").where("gram", "=", gram).limit(cap + 1).as("p"))
          .select((e) => e.fn.countAll<number>().as("n"))
          .as(`g${i}`),
      ),
    )
    .executeTakeFirstOrThrow();
  const counts = row as Record<string, number | string | null>;
  return grams.map((gram, i) => ({ gram, n: Number(counts[`g${i}`] ?? 0) }));
}

async function countRegion(db: DB, region: string, cap: number): Promise<number> {
  const prefix = regionPrefix(region);
  const row = await db
    .selectFrom((sub) =>
      sub
        .selectFrom("kindergarten_search")
        .select("kindergarten_id")
        .where("region_code", ">=", prefix.padEnd(6, "0"))
        .where("region_code", "<=", prefix.padEnd(6, "9"))
        .limit(cap + 1)
        .as("r"),
    )
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The kindergartens having the rarest gram (and the second rarest, when
 * there is one), checked and sorted. The candidates are materialized first
 * and joined by key (a CROSS JOIN keeps SQLite from walking the name index
 * instead; to Postgres it is an ordinary join).
 */
async function fromGrams(db: DB, c: Criteria, limits: SearchLimits, [first, second]: string[]): Promise<Page> {
  const rows = await db
    .with(
      (cte) => cte("candidates").materialized(),
      (qb) => {
        const postings = qb.selectFrom("kindergarten_name_grams as g1").select("g1.kindergarten_id").where("g1.gram", "=", first);
        return second === undefined
          ? postings
          : postings.crossJoin("kindergarten_name_grams as g2").where("g2.gram", "=", second).whereRef("g2.kindergarten_id", "=", "g1.kindergarten_id");
      },
    )
    .selectFrom((eb) =>
      eb
        .selectFrom("candidates as c")
        .crossJoin("kindergarten_search as s")
        .select(["s.approved_name", "s.kindergarten_id"])
        .whereRef("s.kindergarten_id", "=", "c.kindergarten_id")
        .where((w) => matches(w, c))
        .orderBy("s.approved_name")
        .orderBy("s.kindergarten_id")
        .limit(limits.pageSize + 1)
        .as("hit"),
    )
    .leftJoin("kindergartens as k", "k.id", "hit.kindergarten_id")
    .select(HIT_COLUMNS)
    .orderBy("hit.approved_name")
    .orderBy("hit.kindergarten_id")
    .execute();
  return pageOf(rows, limits, "gram");
}

/** Every kindergarten of a small city or province (one range of the region index), checked and sorted. */
async function fromRegion(db: DB, c: Criteria, limits: SearchLimits, region: string): Promise<Page> {
  const prefix = regionPrefix(region);
  const rows = await db
    .with(
      (cte) => cte("s").materialized(),
      (qb) =>
        qb.selectFrom("kindergarten_search").selectAll().where("region_code", ">=", prefix.padEnd(6, "0")).where("region_code", "<=", prefix.padEnd(6, "9")),
    )
    .selectFrom((eb) =>
      eb
        .selectFrom("s")
        .select(["s.approved_name", "s.kindergarten_id"])
        .where((w) => matches(w, c))
        .orderBy("s.approved_name")
        .orderBy("s.kindergarten_id")
        .limit(limits.pageSize + 1)
        .as("hit"),
    )
    .leftJoin("kindergartens as k", "k.id", "hit.kindergarten_id")
    .select(HIT_COLUMNS)
    .orderBy("hit.approved_name")
    .orderBy("hit.kindergarten_id")
    .execute();
  return pageOf(rows, limits, "region");
}

const HIT_COLUMNS = [
  "hit.approved_name as position_name",
  "hit.kindergarten_id as position_id",
  "k.approved_name",
  "k.name_in_use",
  "k.nature",
  "k.region_code",
  "k.status",
] as const;

/**
 * A walk in name order, in the district's kindergartens (a district is
 * small: it is walked whole) or nationally in stretches: a stretch's last
 * position is found first (index only), then the matches up to it. A page
 * not filled within walkCap kindergartens ends there, and its cursor goes on
 * from where the walk stopped.
 */
async function walk(db: DB, c: Criteria, limits: SearchLimits, district?: string): Promise<Page> {
  if (district) return pageOf(await walkRows(db, c, limits.pageSize + 1), limits, "district");
  const rows: HitRow[] = [];
  let from = c.after;
  for (const stretch of STRETCHES.map((share) => Math.max(1, Math.round(share * limits.walkCap)))) {
    const end = await db
      .selectFrom("kindergarten_search as s")
      .select(["s.approved_name", "s.kindergarten_id"])
      .$if(from !== null, (q) => q.where((eb) => eb(eb.refTuple("s.approved_name", "s.kindergarten_id"), ">", eb.tuple(from!.approved_name, from!.kindergarten_id))))
      .orderBy("s.approved_name")
      .orderBy("s.kindergarten_id")
      .limit(1)
      .offset(stretch - 1)
      .executeTakeFirst();
    rows.push(...(await walkRows(db, { ...c, after: from }, limits.pageSize + 1 - rows.length, end)));
    if (rows.length > limits.pageSize || end === undefined) return pageOf(rows, limits, "walk");
    from = end;
  }
  // walkCap kindergartens read without filling the page: the next page goes on from there.
  return { rows, next: from, plan: "walk" };
}

async function walkRows(db: DB, c: Criteria, limit: number, end?: Position): Promise<HitRow[]> {
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom("kindergarten_search as s")
        .select(["s.approved_name", "s.kindergarten_id"])
        .where((w) => matches(w, c))
        .$if(end !== undefined, (q) => q.where((w) => w(w.refTuple("s.approved_name", "s.kindergarten_id"), "<=", w.tuple(end!.approved_name, end!.kindergarten_id))))
        .orderBy("s.approved_name")
        .orderBy("s.kindergarten_id")
        .limit(limit)
        .as("hit"),
    )
    .leftJoin("kindergartens as k", "k.id", "hit.kindergarten_id")
    .select(HIT_COLUMNS)
    .orderBy("hit.approved_name")
    .orderBy("hit.kindergarten_id")
    .execute();
}

/**
 * The page's hits as the kindergartens are now: an index entry that no
 * longer matches (not yet re-indexed) is left out, so the index can hide a
 * kindergarten but never show a closed one or one that does not match.
 */
function checkedHits(rows: readonly HitRow[], c: Criteria, directory: RegionDirectory): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const k of rows) {
    if (k.approved_name === null || k.name_in_use === null || k.nature === null || k.region_code === null || k.status === "closed") continue;
    if ((c.nature && k.nature !== c.nature) || (c.region && !isWithinRegion(c.region, k.region_code))) continue;
    const text = kindergartenSearchText({ approved_name: k.approved_name, name_in_use: k.name_in_use });
    if (!c.terms.every((term) => text.includes(term))) continue;
    hits.push({ id: k.position_id, approved_name: k.approved_name, name_in_use: k.name_in_use, nature: k.nature, place: directory.place(k.region_code) });
  }
  return hits;
}
