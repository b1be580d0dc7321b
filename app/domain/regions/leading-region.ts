/**
 * The region a search query begins with. Parents type a district's name glued to a kindergarten's ("鄞州阳光",
 * "江北区星星", "宁波市海曙区阳光幼儿园"), and no kindergarten's name holds "鄞州阳光": the searches by name (the
 * public search, the officers' case queue) then read such a query as that region, chosen, and the rest as the name,
 * and say so on the page; a region's name may be any of the query's words ("阳光 鄞州": regionAmongTerms,
 * `searchWithinNamedRegion`).
 *
 * A region is named by its name (鄞州区, 宁波市) or, when that leaves two characters or more, by its name without its
 * last 市, 区, 县 or 省 (鄞州, 宁波; 城区 keeps its name whole). Several levels may follow one another, each within the
 * one before (宁波市海曙区, 浙江宁波海曙): the longest name at each step, so 海曙区阳光 is 海曙区 and 阳光, not 海曙 and
 * 区阳光. A name several regions bear (鼓楼区, 江北区) is each of them: the caller keeps the readings that agree with
 * what it is confined to (a district chosen, the officer's scope), and falls back only on exactly one. A query in
 * traditional characters is read in simplified ones (海曙區 → 海曙区), as the regions are named.
 */
import { searchText } from "~/domain/kindergartens/name-grams";
import { toSimplified } from "~/rules/facts/text-normalisation";
import { isWithinRegion, regionPrefix } from "./region-scope";

/** GB/T 2260's placeholder levels ("市辖区", "县" under a municipality) name no place. */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(["市辖区", "县"]);

const SHORTENED = /[省市区县]$/u;

/** A reading of a query: the region named at its start (the last of the levels named), and the rest, trimmed. */
export interface LeadingRegion {
  code: string;
  name: string;
  rest: string;
}

interface NamedRegion {
  code: string;
  name: string;
}

/** The regions by the names a query may begin with: built once per reading of the regions table (fromRegionTable). */
export class RegionNameIndex {
  readonly #byName = new Map<string, NamedRegion[]>();
  /** The longest name, in characters: no prefix of a query longer than it is looked up. */
  readonly #longest: number;

  constructor(rows: ReadonlyArray<{ code: string; name: string }>) {
    let longest = 0;
    for (const row of rows) {
      if (PLACEHOLDER_NAMES.has(row.name)) continue;
      const full = searchText(row.name);
      const short = full.replace(SHORTENED, "");
      for (const name of short !== full && Array.from(short).length >= 2 ? [full, short] : [full]) {
        const list = this.#byName.get(name) ?? this.#byName.set(name, []).get(name)!;
        list.push({ code: row.code, name: row.name });
        longest = Math.max(longest, Array.from(name).length);
      }
    }
    this.#longest = longest;
  }

  /**
   * Every reading of a query as regions named at its start: one per region the last name may be (several for a name
   * several regions bear), with the rest. None when the query begins with no region's name. The rest may be empty
   * (the query was only places).
   */
  readings(q: string): LeadingRegion[] {
    const found = new Map<string, LeadingRegion>();
    const read = (chars: readonly string[], within: string | null): boolean => {
      for (let n = Math.min(this.#longest, chars.length); n >= 2; n--) {
        const regions = (this.#byName.get(chars.slice(0, n).join("")) ?? []).filter((r) => within === null || (r.code !== within && isWithinRegion(within, r.code)));
        if (regions.length === 0) continue;
        const rest = Array.from(chars.slice(n).join("").trim());
        for (const region of regions) {
          if (!read(rest, region.code)) found.set(region.code, { ...region, rest: rest.join("") });
        }
        return true;
      }
      return false;
    };
    read(Array.from(searchText(q).trim()), null);
    return [...found.values()];
  }
}

/** index.readings of `q`, read in simplified characters first. */
function readingsOf(index: RegionNameIndex, q: string): LeadingRegion[] {
  // Region names are filed in simplified characters: 海曙區阳光 typed on a traditional keyboard is 海曙区 and 阳光 (as
  // typed it reads as 海曙 and 區阳光). A query OpenCC leaves as it is is read as typed.
  const simplified = toSimplified(q);
  const readings = simplified === q.normalize("NFKC") ? [] : index.readings(simplified);
  return readings.length > 0 ? readings : index.readings(q);
}

/**
 * The one reading of `q` with a rest to search whose region `confine` accepts, with what `confine` made of it (the
 * region the search is then confined to: the region named, or the narrower one already chosen); null when there is
 * none, or several (a name of several regions, none of them singled out by what the search is confined to).
 */
export function leadingRegion<S>(index: RegionNameIndex, q: string, confine: (code: string) => S | null): (LeadingRegion & { within: S }) | null {
  const accepted = readingsOf(index, q)
    .filter((r) => r.rest !== "")
    .flatMap((r) => {
      const within = confine(r.code);
      return within === null ? [] : [{ ...r, within }];
    });
  return accepted.length === 1 ? accepted[0] : null;
}

/**
 * The region a search's terms name, wherever they stand ("阳光 海曙", "双语 鄞州区阳光"), as leadingRegion reads a
 * query's start: each term is read as a query (a region's name, or several levels glued, maybe with a name after
 * them), and every term that names a region must agree with the others, one within the other (宁波 海曙: 海曙区;
 * 海曙 江北: none). The region is the narrowest named; a name several regions bear is whichever of them the others
 * hold (宁波 江北: Ningbo's 江北区, not Chongqing's), and `confine` must single one out as for leadingRegion. The rest
 * is the other terms with what the region terms had after the region, in their order, joined by a space; none when
 * it is empty (only places were typed). A term list of one is leadingRegion's reading of it.
 */
export function regionAmongTerms<S>(index: RegionNameIndex, terms: readonly string[], confine: (code: string) => S | null): (LeadingRegion & { within: S }) | null {
  const read = terms.map((term) => readingsOf(index, term));
  const named = read.filter((readings) => readings.length > 0);
  if (named.length === 0) return null;
  const found = new Map<string, LeadingRegion & { within: S }>();
  for (const candidate of named.flat()) {
    if (found.has(candidate.code)) continue;
    // Each term's reading that holds the candidate, its narrowest (a name read as a city and as its district: the district's rest).
    const holding = read.map((readings) =>
      readings.filter((r) => isWithinRegion(r.code, candidate.code)).sort((a, b) => regionPrefix(b.code).length - regionPrefix(a.code).length)[0],
    );
    if (read.some((readings, i) => readings.length > 0 && holding[i] === undefined)) continue;
    const rest = terms.flatMap((term, i) => (read[i].length === 0 ? [term] : holding[i]!.rest === "" ? [] : [holding[i]!.rest])).join(" ");
    if (rest === "") continue;
    const within = confine(candidate.code);
    if (within !== null) found.set(candidate.code, { code: candidate.code, name: candidate.name, rest, within });
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/**
 * When a search of `terms` found nothing: `search` of the rest within the region the terms name (regionAmongTerms),
 * with the region, when that finds something; null otherwise (the caller keeps its answer as typed).
 */
export async function searchWithinNamedRegion<T, S>(
  index: RegionNameIndex,
  terms: readonly string[],
  confine: (code: string) => S | null,
  search: (rest: string, within: S) => Promise<T>,
  found: (result: T) => boolean,
): Promise<{ result: T; region: LeadingRegion } | null> {
  const named = regionAmongTerms(index, terms, confine);
  if (!named) return null;
  const result = await search(named.rest, named.within);
  return found(result) ? { result, region: { code: named.code, name: named.name, rest: named.rest } } : null;
}
