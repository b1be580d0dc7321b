/**
 * A name search typed in traditional characters. Names are filed in simplified characters, so a query typed
 * in traditional ones (小橡樹, 海曙區: a Hong Kong or Taiwan keyboard, a name copied from an old document)
 * finds nothing as typed. Both searches of kindergartens by name (the public search, disclosure/, and the
 * officers' case queue, cases/) then try again once in simplified characters (OpenCC, as the rules normalise
 * names: rules/facts/text-normalisation.ts). Only then, since OpenCC converts by phrase and could change a
 * simplified query that matches as typed.
 */
import { toSimplified } from "~/rules/facts/text-normalisation";

/**
 * `search(q)`, and when it finds nothing (`found` says false) and the query has traditional characters, `search` of
 * the simplified query instead. Both searches compare names after NFKC (name-grams.ts, searchText), which
 * toSimplified applies first: a query OpenCC leaves as it is (ＡＢＣ（北区）, only of another width) is searched once.
 */
export async function searchAsTypedThenSimplified<T>(q: string | undefined, search: (q: string | undefined) => Promise<T>, found: (result: T) => boolean): Promise<T> {
  const asTyped = await search(q);
  if (!q || found(asTyped)) return asTyped;
  const simplified = toSimplified(q);
  return simplified === q.normalize("NFKC") ? asTyped : search(simplified);
}
