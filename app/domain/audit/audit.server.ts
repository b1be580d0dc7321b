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
export function recordAudit(trx: Kysely<Database> | Transaction<Database>, entry: AuditEntry, now = new Date()): Promise<void> {
  return recordAudits(trx, [entry], now);
}

/** Several entries at once, in order (a system path's batch): the chain's head is taken once for all of them. */
export async function recordAudits(trx: Kysely<Database> | Transaction<Database>, entries: readonly AuditEntry[], now = new Date()): Promise<void> {
  if (entries.length === 0) return;
  const at = now.toISOString();
  const contents = entries.map((entry) => ({
    id: newId(),
    actor_id: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    detail: JSON.stringify(entry.detail ?? {}),
    request_id: entry.requestId ?? null,
    created_at: at,
  }));
  if (trx.isTransaction) await appendToChain(trx as Transaction<Database>, contents);
  else await trx.transaction().execute((own) => appendToChain(own, contents));
}
