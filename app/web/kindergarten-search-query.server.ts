/**
 * The public kindergarten search's query (app/routes/_public+/kindergartens._index.tsx): here, not in the route, so
 * the list of parameters its kept pages are addressed by (`sharedPublicPage.query`) can be checked against it.
 */
import { z } from "zod";
import { NATURES } from "~/domain/disclosure/disclosure.schema";
import { queryParam, readQuery } from "./query.server";

/** The search's query parameters. Any length of text is read: one too long is answered with a message, not refused as malformed. */
export function kindergartenSearchQuery() {
  return z.object({
    q: queryParam.text(100_000),
    province: queryParam.regionCode(),
    city: queryParam.regionCode(),
    district: queryParam.regionCode(),
    nature: queryParam.oneOf(NATURES),
    after: queryParam.text(400),
    filters: queryParam.oneOf(["1"]),
  });
}
// Built once, at the first request (queryParam is server code): zod compiles a schema at its first parse, ~1 ms.
let schema: ReturnType<typeof kindergartenSearchQuery> | undefined;

export function readKindergartenSearchQuery(request: Request) {
  return readQuery(request, (schema ??= kindergartenSearchQuery()));
}
