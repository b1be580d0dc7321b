/**
 * The query of the education office's overview of its bookkeepers' accounts, one reader for the page and its CSV, so
 * the file holds what the page shows, in its order: the accounts' state, the kindergartens' status, the region, the
 * order and (the page's only: the file holds every page) the cursor. What cannot be read is left out and named
 * (readFilters), the rest applied.
 */
import { z } from "zod";
import { OPERATOR_ACCOUNT_STATES, OVERVIEW_KINDERGARTEN_STATUSES, OVERVIEW_SORTS } from "~/domain/users/operator-account-overview.schema";
import { queryParam, readFilters } from "./query.server";

function overviewQuery() {
  return z.object({
    state: queryParam.oneOf(OPERATOR_ACCOUNT_STATES),
    status: queryParam.oneOf(OVERVIEW_KINDERGARTEN_STATUSES),
    region: queryParam.regionCode(),
    sort: queryParam.oneOf(OVERVIEW_SORTS),
    after: queryParam.text(800),
  });
}
// Built at the first request (queryParam is server code; zod compiles a schema at its first parse).
let schema: ReturnType<typeof overviewQuery> | undefined;

export function readOverviewQuery(request: Request) {
  return readFilters(request, (schema ??= overviewQuery()));
}
