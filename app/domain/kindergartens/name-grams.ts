/**
 * How kindergarten names are searched. A name and a query are compared as
 * their search text: NFKC (full-width letters and digits read as ASCII),
 * then lower case. A name is indexed by every two- and three-character
 * sequence (code points) within each of its words; a query term of two
 * characters is looked up by its one bigram, a longer one by its trigrams
 * (far fewer names share a trigram). A term that occurs in a name lies within
 * one of its words, so every gram of the term is among the name's: the grams
 * narrow the candidates and a substring test decides.
 * The migration 2026-11-30T0500_public_disclosure keeps a frozen copy of
 * these rules for its backfill: a change here needs a re-index.
 */

/** The form names and queries are compared in. */
export function searchText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/** What the search compares for a kindergarten: both names' search text, one per line (no term matches across a line break). */
export function kindergartenSearchText(names: { approved_name: string; name_in_use: string }): string {
  const approved = searchText(names.approved_name);
  const inUse = searchText(names.name_in_use);
  return approved === inUse ? approved : `${approved}\n${inUse}`;
}

/** The words of a search text or query: whitespace separates them. */
export function searchWords(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w.length > 0);
}

/**
 * A search of more distinct words than this (queryTerms) is refused with a message (disclosure.search.tooManyTerms):
 * each word is one more test of every candidate, and a name is found by two or three of its words. The public search
 * (disclosure/) and the officers' case queue (cases/) alike.
 */
export const SEARCH_MAX_TERMS = 5;

/**
 * The terms of a search query, each to be found (all of them) in a name: its search text split at whitespace (U+3000
 * among it), commas and 、 (NFKC reads ， as , and ､ as 、), each once. Parents separate words as they would in a
 * sentence ("海曙 阳光", "阳光，双语", "海曙、阳光"). Names are indexed by their words split at whitespace only
 * (searchWords, indexGrams): a term holds no whitespace, so it still lies within one word of a name it occurs in.
 */
export function queryTerms(q: string): string[] {
  return [...new Set(searchText(q).split(/[\s,、]+/u).filter((t) => t.length > 0))];
}

function windows(chars: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= chars.length; i++) out.push(chars.slice(i, i + size).join(""));
  return out;
}

/** The distinct grams the index holds for a search text: the bigrams and trigrams of each word. */
export function indexGrams(text: string): string[] {
  const grams = new Set<string>();
  for (const word of searchWords(text)) {
    const chars = Array.from(word);
    for (const gram of [...windows(chars, 2), ...windows(chars, 3)]) grams.add(gram);
  }
  return [...grams];
}

/** The grams a query term is looked up by: its trigrams, or its bigram when it has two characters, none for one. */
export function termGrams(term: string): string[] {
  const chars = Array.from(term);
  return [...new Set(windows(chars, chars.length === 2 ? 2 : 3))];
}
