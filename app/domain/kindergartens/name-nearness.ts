/**
 * How near a kindergarten's name is to a search that found nothing: a parent's slip of one character (春牙 for 春芽,
 * an input method's homophone, or a character misremembered) finds no name, since every word must occur as typed
 * (name-grams.ts). The public search then offers the names a character or two away (disclosure/near-names.server.ts).
 *
 * A query is compared by its distinctive part: its words without the region names it begins with (taken off by the
 * caller) and without the words nearly every name holds (幼儿园, 有限公司), so 宁波市海曙区春牙幼儿园 is compared as
 * 春牙. A name is near when some stretch of it is at most `editsAllowed` edits (a character changed, added or left
 * out) from that part; how many of the query's bigrams it holds besides orders names equally near.
 */
import { searchText } from "./name-grams";

/** Words nearly every name holds, longest first (有限责任公司 before 有限公司): they tell no kindergarten apart. */
const COMMON_WORDS = ["有限责任公司", "有限公司", "幼儿园", "幼稚园", "托儿所"];

/**
 * A distinctive part longer than this is not compared: no kindergarten's own words are that long (the query then
 * holds several names' words, or a sentence), and the comparison's work grows with it.
 */
export const NEAR_MAX_CHARS = 16;

/** The distinctive part of a query's words (their region names already taken off), as characters: see the module's note. */
export function distinctiveChars(terms: readonly string[]): string[] {
  let text = terms.map(searchText).join("");
  for (const word of COMMON_WORDS) text = text.split(word).join("");
  return Array.from(text);
}

/** The edits a near name may be from a distinctive part of `length` characters: one, and two from six characters on. */
export function editsAllowed(length: number): number {
  return length >= 6 ? 2 : 1;
}

/**
 * The fewest edits (a character changed, added or left out) that turn `part` into some stretch of `text` (Sellers'
 * algorithm: the stretch may begin and end anywhere). `part` of m characters against a text of n costs m × n steps.
 */
export function editsToStretch(part: readonly string[], text: string): number {
  const chars = Array.from(text);
  // row[j]: the fewest edits turning the part's first i characters into a stretch ending at text character j.
  let row: number[] = new Array<number>(chars.length + 1).fill(0);
  for (let i = 1; i <= part.length; i++) {
    const next = [i];
    for (let j = 1; j <= chars.length; j++) {
      next.push(Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (part[i - 1] === chars[j - 1] ? 0 : 1)));
    }
    row = next;
  }
  return Math.min(...row);
}

/** The distinct bigrams of a text's characters, line breaks and spaces left out. */
export function bigramsOf(text: string): Set<string> {
  const chars = Array.from(text.replace(/\s+/gu, ""));
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return grams;
}

/**
 * The bigrams of which a name near a distinctive part holds at least one, when there are such: a part of m characters
 * has m − 1 bigrams, and each edit spoils at most two of them, so with one edit from four characters on (two from
 * six: `editsAllowed`) one is left whole. A shorter part may have none left (春牙 for 春芽, its only bigram; 小橡数
 * for 小橡树 changed in the middle): null, and the caller looks for the names with a bigram beginning with one of
 * its characters instead.
 */
export function sharedBigramsOfNear(part: readonly string[]): string[] | null {
  if (part.length - 1 <= 2 * editsAllowed(part.length)) return null;
  return [...bigramsOf(part.join(""))];
}
