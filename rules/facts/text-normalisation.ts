/**
 * The one text normalisation of the rules: what every keyword or name
 * comparison compares (R02's and C03's prohibited keywords, the complaint
 * item key, the account name of R09 and A01). A flag must not be dodged by
 * spelling, so before comparing, both sides are brought to one form:
 *
 * 1. NFKC: full-width letters, digits and brackets to their half-width forms
 *    (ＡＢＣ１２３（） → ABC123()), compatibility forms to their plain ones.
 * 2. Traditional to simplified Chinese (贊助 → 赞助, 擇園費 → 择园费) with
 *    OpenCC's dictionaries (opencc-js, "t2cn": OpenCC's traditional standard
 *    and the Taiwan and Hong Kong variants to mainland simplified), not a
 *    hand-made table.
 * 3. Separators inside words removed, which differs by what is compared:
 *    - keywords and item names (`normaliseForMatching`): lower case, and every
 *      space of any kind (incl. U+3000 and the no-break space), every
 *      invisible format character (zero-width space/joiners U+200B–U+200D,
 *      word joiner U+2060, BOM U+FEFF, soft hyphen) and every punctuation
 *      mark or symbol (interpuncts · ・, hyphens, dots, slashes, underscores,
 *      brackets, commas …) is dropped: 赞-助, 赞.助, 赞_助, 赞/助, 赞·助 and
 *      "赞 助" all read 赞助. The price is that a keyword may now match across
 *      a clause boundary ("不收择园。费用按月结算" contains 择园费): R02 and C03
 *      are confirmed by an officer, so a rare false positive costs a look,
 *      while a dodge costs the flag.
 *    - entity names (`normaliseEntityName`): spaces, invisible format
 *      characters and interpuncts only. Brackets and other punctuation are
 *      kept (after NFKC, so （海曙） and (海曙) compare equal): "阳光幼儿园（海曙）"
 *      and "阳光幼儿园海曙" may be two registered entities, and a name match
 *      is what lets money go to an account, so it must not merge names that
 *      differ in more than typing. Case is kept for the same reason (a bank
 *      prints the registered name as registered).
 *
 * Speed: the national re-evaluation normalises every item name and
 * description of every filing. Pure printable-ASCII text skips NFKC and
 * OpenCC (neither changes it); other text is converted once and remembered
 * in a bounded cache (item names and descriptions repeat across thousands of
 * filings). OpenCC is loaded only by this server/rules-side module: no
 * client bundle imports it.
 */
import { Converter } from "opencc-js/t2cn";

/**
 * Traditional → mainland simplified. OpenCC's "tw" converter reads Taiwan's
 * variant forms and its standard traditional; the "hk" one Hong Kong's forms,
 * which the first leaves alone. Simplified text passes through unchanged
 * (干部, 乾隆, 著作 stay as written: OpenCC converts by phrase, not by character).
 */
const taiwanToSimplified: (text: string) => string = Converter({ from: "tw", to: "cn" });
const hongKongToSimplified: (text: string) => string = Converter({ from: "hk", to: "cn" });

/** Printable ASCII only: NFKC and OpenCC leave it as it is. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** NFKC, then traditional → simplified (both variant tables in turn: a character only one of them lists is still converted). */
export function toSimplified(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text;
  return hongKongToSimplified(taiwanToSimplified(text.normalize("NFKC")));
}

/** Everything dropped between characters of a keyword or item name: spaces, format characters, punctuation, symbols. */
const MATCHING_SEPARATORS = /[\s\p{Z}\p{Cf}\p{P}\p{S}]+/gu;

/** Everything dropped from an entity name: spaces, format characters (zero-width …) and interpuncts. */
const NAME_SEPARATORS = /[\s\p{Z}\p{Cf}\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65]+/gu;

/** A bounded memo: cleared when full (cheaper than LRU bookkeeping, and the working set is small). */
function memoised(compute: (text: string) => string, max: number): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let out = cache.get(text);
    if (out === undefined) {
      out = compute(text);
      if (cache.size >= max) cache.clear();
      cache.set(text, out);
    }
    return out;
  };
}

/**
 * A keyword or item name as compared: NFKC, simplified, lower case, with no
 * space, format character, punctuation or symbol. Memoised.
 */
export const normaliseForMatching: (text: string) => string = memoised(
  (text) => toSimplified(text).toLowerCase().replace(MATCHING_SEPARATORS, ""),
  20_000,
);

/**
 * An entity (kindergarten, account holder) name as compared: NFKC (（）→ (),
 * full-width letters and digits), simplified, with no space, format character
 * or interpunct; case, brackets and other punctuation kept. Memoised.
 */
export const normaliseEntityName: (name: string) => string = memoised(
  (name) => toSimplified(name).replace(NAME_SEPARATORS, ""),
  5_000,
);
