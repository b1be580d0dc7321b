/**
 * The query of the education office's account review queue (`/officer/accounts`), one reader for the page and its
 * CSV, so the file holds what the page shows: the tab (`status`, pending when not given), the search `q` (read as
 * the case queue reads its box: control characters dropped, trimmed, at most SEARCH_MAX characters) and (the page's
 * only: the file holds every page) the cursor. What cannot be read is left out and named (readFilters).
 */
import { z } from "zod";
import { SEARCH_MAX } from "~/domain/cases/case-queue.schema";
import { QUEUE_STATUSES } from "~/domain/fee-accounts/fee-account.schema";
import { cleanText } from "~/utils/clean-text";
import { queryParam, readFilters } from "./query.server";

function accountQueueQuery() {
  return z.object({ status: queryParam.oneOf(QUEUE_STATUSES), after: queryParam.text(40), q: queryParam.search(SEARCH_MAX) });
}
// Built at the first request (queryParam is server code; zod compiles a schema at its first parse).
let schema: ReturnType<typeof accountQueueQuery> | undefined;

export function readAccountQueueQuery(request: Request) {
  const { filters, ignored, unknown } = readFilters(request, (schema ??= accountQueueQuery()));
  const q = filters.q === undefined ? undefined : cleanText(filters.q).trim() || undefined;
  return { filters: { status: filters.status ?? "pending", after: filters.after, q }, ignored, unknown };
}
