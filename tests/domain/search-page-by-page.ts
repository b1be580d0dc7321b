/** The public search read as its page reads it, page after page along its cursor, for the search's domain tests. */
import type { DB } from "~/db/client";
import { searchOrWithinLeadingRegion, SEARCH_LIMITS, type SearchInput, type SearchLimits } from "~/domain/disclosure/kindergarten-search.queries.server";

/**
 * Every hit of the page's search, following its cursor, as fixture keys (`ids`: key → kindergarten id) in order; the
 * regions the pages searched within ("as typed" when none); how many pages it took.
 */
export async function searchPageByPage(db: DB, ids: Record<string, string>, input: SearchInput, limits: SearchLimits = SEARCH_LIMITS) {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  const hits: string[] = [];
  const within = new Set<string>();
  let after: string | undefined;
  for (let page = 0; page < 200; page++) {
    const result = await searchOrWithinLeadingRegion(db, { ...input, after }, limits);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.formErrors)}`);
    hits.push(...result.hits.map((h) => byId.get(h.id) ?? h.id));
    within.add(result.within ? `${result.within.name} ${result.within.rest}` : "as typed");
    if (!result.next) return { hits, within: [...within], pages: page + 1 };
    after = result.next;
  }
  throw new Error("the cursor never ends");
}
