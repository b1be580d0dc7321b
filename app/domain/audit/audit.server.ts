/** The audit trail: one row per state change, written in the change's own transaction. */
import { newId } from "~/utils/ids";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "~/db/schema";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  detail?: Record<string, unknown>;
  requestId?: string | null;
}

export async function recordAudit(
  trx: Kysely<Database> | Transaction<Database>,
  entry: AuditEntry,
  now = new Date(),
): Promise<void> {
  await trx
    .insertInto("audit_log")
    .values({
      id: newId(),
      actor_id: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      detail: JSON.stringify(entry.detail ?? {}),
      request_id: entry.requestId ?? null,
      created_at: now.toISOString(),
    })
    .execute();
}
