/** The audit trail: one row per state change, written in the change's own transaction, chained (audit-chain.server.ts). */
import { newId } from "~/utils/ids";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "~/db/schema";
import { appendToChain } from "./audit-chain.server";
import type { AuditAction, AuditEntity } from "./audit-actions";
import type { AuditDetail } from "./audit-details";

export interface AuditEntry {
  actorId: string | null;
  /** One of the listed actions (audit-actions.ts): a new one needs its place there and its labels. */
  action: AuditAction;
  entity: AuditEntity;
  entityId: string;
  /** Its keys are listed, with their words, in audit-details.ts (the admin's page shows each by its words). */
  detail?: AuditDetail;
  requestId?: string | null;
}

/**
 * Writes the entry in the caller's transaction, at the head of the audit chain (audit-chain.server.ts);
 * called with the database itself, in a transaction of its own.
 */
export function recordAudit(trx: Kysely<Database> | Transaction<Database>, entry: AuditEntry, now = new Date()): Promise<void> {
  return recordAudits(trx, [entry], now);
}

/**
 * Entries of a transaction held back until its own last audit (recordAudit / recordAudits flush them first).
 * The chain's head is a row every auditing transaction locks: taken in the middle of a transaction that
 * goes on to lock other rows (cases opened while filings are evaluated, then the filings), it deadlocks on
 * Postgres against one that took those rows first and audits last. So the head is always taken last: a
 * helper that changes rows for a caller defers its entries, and the caller's final audit writes them.
 */
const deferred = new WeakMap<Transaction<Database>, { entries: AuditEntry[]; at: Date }[]>();

/** Holds entries back until the transaction's final audit, which the caller must write (it flushes these first). */
export function deferAudits(trx: Transaction<Database>, entries: readonly AuditEntry[], now = new Date()): void {
  if (entries.length === 0) return;
  const queue = deferred.get(trx) ?? deferred.set(trx, []).get(trx)!;
  queue.push({ entries: [...entries], at: now });
}

/**
 * How many held-back entries the transaction still owes (0 once its final audit is written). The contract
 * above is checked with it on every transaction the test suite runs (tests/setup/setup-env.ts): a path that
 * defers and then commits without its final audit fails its tests instead of losing the entries.
 */
export function unwrittenDeferredAudits(trx: Transaction<Database>): number {
  return (deferred.get(trx) ?? []).reduce((n, batch) => n + batch.entries.length, 0);
}

/**
 * Called with every entry written, when set: the test suite checks each detail's keys have words
 * (tests/setup/setup-env.ts). Never set in the running application.
 */
let entryCheck: ((entry: AuditEntry) => void) | null = null;
export function checkAuditEntriesWith(check: ((entry: AuditEntry) => void) | null): void {
  entryCheck = check;
}

/** Several entries at once, in order (a system path's batch): the chain's head is taken once for all of them. */
export async function recordAudits(trx: Kysely<Database> | Transaction<Database>, entries: readonly AuditEntry[], now = new Date()): Promise<void> {
  if (entryCheck) for (const entry of entries) entryCheck(entry);
  const held = trx.isTransaction ? (deferred.get(trx as Transaction<Database>) ?? []) : [];
  if (trx.isTransaction) deferred.delete(trx as Transaction<Database>);
  const batches = [...held, { entries, at: now }];
  const contents = batches.flatMap(({ entries: batch, at }) => batch.map((entry) => contentOf(entry, at)));
  if (contents.length === 0) return;
  if (trx.isTransaction) await appendToChain(trx as Transaction<Database>, contents);
  else await trx.transaction().execute((own) => appendToChain(own, contents));
}

function contentOf(entry: AuditEntry, now: Date) {
  const at = now.toISOString();
  return {
    id: newId(),
    actor_id: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entity_id: entry.entityId,
    detail: JSON.stringify(entry.detail ?? {}),
    request_id: entry.requestId ?? null,
    created_at: at,
  };
}
