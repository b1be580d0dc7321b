/** The audit trail: one row per state change, written in the change's own transaction, chained (audit-chain.server.ts). */
import { newId } from "~/utils/ids";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "~/db/schema";
import { appendToChain } from "./audit-chain.server";

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  detail?: Record<string, unknown>;
  requestId?: string | null;
}

/**
 * Writes the entry in the caller's transaction, at the head of the audit chain (audit-chain.server.ts);
 * called with the database itself, in a transaction of its own.
 */
export async function recordAudit(
  trx: Kysely<Database> | Transaction<Database>,
  entry: AuditEntry,
  now = new Date(),
): Promise<void> {
  const content = {
    id: newId(),
    actor_id: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    detail: JSON.stringify(entry.detail ?? {}),
    request_id: entry.requestId ?? null,
    created_at: now.toISOString(),
  };
  if (trx.isTransaction) await appendToChain(trx as Transaction<Database>, content);
  else await trx.transaction().execute((own) => appendToChain(own, content));
}
