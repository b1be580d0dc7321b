/**
 * What a guidance-price row is on a given day, as every screen says it. The stored status is the row's lifecycle
 * (draft → active → superseded), not its state today: activating a batch that starts next year supersedes the row in
 * force at once (ending it the day before), so the lifecycle alone called next year's row 现行 and today's
 * 已被替代. The evaluation reads rows by their dates (facts.server.ts `inForce`); this reads them the same way.
 * Client-safe.
 */
import type { GuidancePrice, GuidancePriceBatch } from "~/db/schema";
import { addDays } from "~/utils/civil-date";

export type GuidancePriceState =
  | { kind: "draft" }
  | { kind: "discarded" }
  | { kind: "inForce" }
  | { kind: "upcoming"; from: string }
  | { kind: "superseded" }
  | { kind: "expired" };

/**
 * The row's state on `today` (Asia/Shanghai): a draft as its batch stands; a row superseded before its first day
 * (a replacement from the same day or earlier, a correction) was never in force; otherwise in force from its first
 * day to its last, to come before it, and after it superseded (its replacement in force) or ended by its own end date.
 * A row superseded after it had already ended by its own end date keeps that end (supersedePrices), a gap before its
 * replacement's first day (`replaced_from`): nothing replaced it in force, it lapsed, so it is 已失效 too.
 */
export function guidancePriceState(
  row: Pick<GuidancePrice, "status" | "effective_from" | "effective_to"> & {
    batch_status?: GuidancePriceBatch["status"] | null;
    /** A superseded row's replacement's first day (replacementStarts), when known. */
    replaced_from?: string | null;
  },
  today: string,
): GuidancePriceState {
  if (row.status === "draft") return { kind: row.batch_status === "discarded" ? "discarded" : "draft" };
  if (row.effective_to !== null && row.effective_to < row.effective_from) return { kind: "superseded" };
  if (row.effective_from > today) return { kind: "upcoming", from: row.effective_from };
  if (row.effective_to === null || row.effective_to >= today) return { kind: "inForce" };
  const lapsedBeforeReplaced = row.replaced_from != null && row.effective_to < addDays(row.replaced_from, -1);
  return { kind: row.status === "superseded" && !lapsedBeforeReplaced ? "superseded" : "expired" };
}
