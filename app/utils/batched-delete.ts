/**
 * Deleting many rows without one long statement: better-sqlite3 runs a
 * statement to its end on the event loop, so a retention sweep's first run
 * after an upgrade (years of rows to go) would hold every request of the web
 * process for as long as one DELETE of all of them took. Instead each call
 * deletes at most `limit` rows, and the event loop gets a turn between calls.
 */
import { eventLoopSlicer } from "~/utils/event-loop";

/** Calls `deleteBatch(limit)` until it deletes fewer than `limit` rows; returns how many it deleted in all. */
export async function deleteInBatches(limit: number, deleteBatch: (limit: number) => Promise<number>): Promise<number> {
  const slice = eventLoopSlicer();
  let deleted = 0;
  for (;;) {
    const n = await deleteBatch(limit);
    deleted += n;
    if (n < limit) return deleted;
    await slice();
  }
}
