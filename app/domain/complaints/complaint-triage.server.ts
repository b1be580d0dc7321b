/**
 * Triage of a received complaint (PLACEHOLDER: the complaint rules land in
 * the next commit). Marks the complaint triaged.
 */
import type { DB } from "~/db/client";
import type { RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";

export async function triageComplaint(db: DB, _rules: RulesRuntime, complaintId: string, now: Date): Promise<{ fired: string[] } | null> {
  const updated = await db.updateTable("complaints").set({ triaged_at: now.toISOString() }).where("id", "=", complaintId).executeTakeFirst();
  return updated.numUpdatedRows > 0n ? { fired: [] } : null;
}
