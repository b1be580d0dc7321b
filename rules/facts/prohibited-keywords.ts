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

/**
 * The keywords (as configured, in list order, each once) found in each of
 * `texts`, by text name: `{ name: ["押金"], description: [] }`.
 */
export function matchKeywords<K extends string>(
  texts: Readonly<Record<K, string>>,
  keywords: readonly string[],
): { matchedKeywords: string[]; matchedIn: K[] } {
  const needles = keywordNeedles(keywords);
  const normalised = Object.entries<string>(texts).map(([field, text]) => [field as K, normaliseForMatching(text)] as const);
  const matchedKeywords: string[] = [];
  const matchedIn = new Set<K>();
  for (const [keyword, needle] of needles) {
    let found = false;
    for (const [field, text] of normalised) {
      if (!text.includes(needle)) continue;
      found = true;
      matchedIn.add(field);
    }
    if (found && !matchedKeywords.includes(keyword)) matchedKeywords.push(keyword);
  }
  return { matchedKeywords, matchedIn: normalised.map(([field]) => field).filter((f) => matchedIn.has(f)) };
}
