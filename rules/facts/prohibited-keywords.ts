/**
 * The one prohibited-keyword matching of the rules: the filing rule R02
 * matches a filed item's name and description, the complaint rule C03 the
 * name of an item a parent says was charged, both against R02's `keywords`
 * param (the complaint facts carry R02's effective list for the region, so
 * a regional overlay of R02 changes both). Texts and keywords are compared
 * as `normaliseForMatching` gives them (text-normalisation.ts: NFKC,
 * traditional → simplified, lower case, no spaces, zero-width characters,
 * interpuncts or punctuation), so spelling does not dodge a keyword.
 */
import { normaliseForMatching } from "./text-normalisation";

export { normaliseForMatching };

/** Normalised keyword lists, per (frozen, per-engine or per-facts) keyword array: computed once, not per evaluation. */
const normalisedKeywords = new WeakMap<readonly string[], readonly (readonly [string, string])[]>();

/** Each keyword (as configured) with its normalised needle; keywords that normalise to nothing are dropped. */
export function keywordNeedles(keywords: readonly string[]): readonly (readonly [string, string])[] {
  let needles = normalisedKeywords.get(keywords);
  if (!needles) {
    needles = keywords.map((k) => [k, normaliseForMatching(k)] as const).filter(([, n]) => n.length > 0);
    normalisedKeywords.set(keywords, needles);
  }
  return needles;
}

/** Per needle list: which needles (their indices) a normalised text contains. Texts repeat across thousands of filings. */
const matchesByNeedles = new WeakMap<readonly (readonly [string, string])[], Map<string, readonly number[]>>();
/** Texts remembered per needle list; the memo is cleared when full (the working set is small). */
const MAX_REMEMBERED_TEXTS = 10_000;

function needlesIn(needles: readonly (readonly [string, string])[], text: string): readonly number[] {
  let memo = matchesByNeedles.get(needles);
  if (!memo) matchesByNeedles.set(needles, (memo = new Map()));
  let found = memo.get(text);
  if (!found) {
    found = needles.flatMap(([, needle], i) => (text.includes(needle) ? [i] : []));
    if (memo.size >= MAX_REMEMBERED_TEXTS) memo.clear();
    memo.set(text, found);
  }
  return found;
}

/**
 * The keywords (as configured, in list order, each once) found in each of
 * `texts`, by text name: `{ name: ["押金"], description: [] }`.
 */
export function matchKeywords<K extends string>(
  texts: Readonly<Record<K, string>>,
  keywords: readonly string[],
): { matchedKeywords: string[]; matchedIn: K[] } {
  const needles = keywordNeedles(keywords);
  const hit = new Set<number>();
  const matchedIn: K[] = [];
  for (const [field, text] of Object.entries<string>(texts)) {
    const found = needlesIn(needles, normaliseForMatching(text));
    if (found.length === 0) continue;
    matchedIn.push(field as K);
    for (const i of found) hit.add(i);
  }
  const matchedKeywords: string[] = [];
  for (const i of [...hit].sort((a, b) => a - b)) {
    const keyword = needles[i][0];
    if (!matchedKeywords.includes(keyword)) matchedKeywords.push(keyword);
  }
  return { matchedKeywords, matchedIn };
}
