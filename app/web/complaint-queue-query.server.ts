/**
 * The query of the complaint queue (`/officer/complaints`), one reader for the page and its CSV, so the file holds
 * what the page shows: the state tab, track, kind, the kindergarten box (`kg`: an id or words of its names), overdue
 * only and (the page's only: the file holds every page) the cursors (`after`, `before`). What cannot be read is left
 * out and named (readFilters).
 */
import { z } from "zod";
import type { QueueFilters } from "~/domain/complaints/complaint-queue.queries.server";
import { KINDERGARTEN_FILTER_MAX, QUEUE_KINDS, QUEUE_STATE_FILTERS, QUEUE_TRACKS } from "~/domain/complaints/complaint-handling.schema";
import { queryParam, readFilters } from "./query.server";

function complaintQueueQuery() {
  return z.object({
    state: queryParam.oneOf(QUEUE_STATE_FILTERS),
    track: queryParam.oneOf(QUEUE_TRACKS),
    kind: queryParam.oneOf(QUEUE_KINDS),
    kg: queryParam.search(KINDERGARTEN_FILTER_MAX),
    overdue: queryParam.oneOf(["1"]),
    after: queryParam.text(200),
    before: queryParam.text(200),
  });
}
// Built at the first request (queryParam is server code; zod compiles a schema at its first parse).
let schema: ReturnType<typeof complaintQueueQuery> | undefined;

export function readComplaintQueueQuery(request: Request): { filters: QueueFilters; ignored: string[]; unknown: string[] } {
  // A parameter that is none of the queue's (`?status=`: the queue's is `state`) is left out and named too (`unknown`).
  const { filters: q, ignored, unknown } = readFilters(request, (schema ??= complaintQueueQuery()));
  // Both directions at once (a hand-made link): the next page is read, the previous page's cursor left out and named, as the case queue does.
  const before = q.after === undefined ? q.before : undefined;
  return {
    filters: { state: q.state, track: q.track, kind: q.kind, kindergarten: q.kg, overdue: q.overdue === "1", after: q.after, before },
    ignored: q.before !== undefined && before === undefined ? [...ignored, "before"] : ignored,
    unknown,
  };
}
