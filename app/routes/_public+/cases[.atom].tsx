/** The newest published cases as an Atom feed (RFC 4287), under the list's filters; a withdrawn case leaves it. */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { publishedCasesPage } from "~/domain/publication/public-cases.queries.server";
import { getDb } from "~/web/db.server";
import { atomFeed, publicCaseFilters, publicCasesQuery } from "~/web/public-cases.server";
import { readQuery } from "~/web/query.server";
import type { SharedPublicPage } from "~/domain/public-reads/public-sources";

/** Feed readers poll: the newest fifty are what a reader has not seen yet. */
const FEED_SIZE = 50;

/** The same for every signed-out reader until these change: kept between changes (app/web/shared-reads.server.ts). */
export const handle = { sharedPublicPage: { sources: ["public_cases"], query: ["province", "city", "district", "year", "kind", "nature", "after"] } satisfies SharedPublicPage };

export async function loader({ request }: LoaderFunctionArgs) {
  const page = await publishedCasesPage(getDb(), publicCaseFilters(readQuery(request, publicCasesQuery)), null, FEED_SIZE);
  return atomFeed(request, page.cases);
}
