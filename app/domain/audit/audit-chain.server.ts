/**
 * The audit log as a hash chain, so that a row changed, removed or slipped
 * in behind the application's back is found (issue 12: a tamper-evident
 * audit trail). Each entry takes the next place in the chain (`seq`), the
 * hash of the entry before it (`prev_hash`) and its own hash: SHA-256 over
 * both and every column of its content. The head of the chain (audit_chain,
 * one row) holds the last place and hash; appending updates it first, in the
 * entry's own transaction, which puts the entries of concurrent transactions
 * in one order (Postgres: the head's row lock; SQLite: the write lock).
 *
 * `verifyAuditChain` walks the chain in order and reports the first broken
 * link: a place missing (a row deleted), a row whose hash does not match its
 * content (edited), a row that does not point at the one before (slipped in,
 * reordered), or a head that is not the last row (the newest rows removed).
 * It is what `npm run audit:verify` runs. A chain proves order and integrity
 * against an editor of the database who does not also rewrite every later
 * hash; the head's hash, printed by the verifier, is what to keep elsewhere
 * (a signed report, a second system) to close that gap too.
 */
import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { prepared, type Slots } from "~/db/prepared";
import type { AuditLogTable, Database } from "~/db/schema";

export const GENESIS_HASH = "0".repeat(64);
const VERIFY_BATCH = 1_000;

/** An entry's content, as stored: every column the hash covers (all but the chain's own). */
export type ChainedContent = Omit<AuditLogTable, "seq" | "prev_hash" | "hash">;

/** The entry's hash: its place, the hash before it and its content, as one JSON array (a fixed order, no ambiguity). */
export function auditEntryHash(seq: number, prevHash: string, c: ChainedContent): string {
  const canonical = JSON.stringify([seq, prevHash, c.id, c.actor_id, c.action, c.entity, c.entity_id, c.detail, c.request_id, c.created_at]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** Rows inserted per statement when a batch is appended (well under either database's bound on parameters). */
const INSERT_CHUNK = 200;

/**
 * Appends the entries, in order, at the chain's head, in the caller's transaction. The head is moved past all
 * of them first: until this transaction ends, no other can take the next place. A batch takes the head once,
 * so a system path writing many entries (a sweep, a re-evaluation) holds it for one statement, not one per row.
 */
export async function appendToChain(trx: Transaction<Database>, contents: readonly ChainedContent[]): Promise<void> {
  if (contents.length === 0) return;
  const head = await takeHead.executeTakeFirst(trx, { places: contents.length });
  if (!head) throw new Error("audit chain: the head row (audit_chain id 1) is missing");
  let seq = head.seq - contents.length;
  let prevHash = head.hash;
  const rows = contents.map((content) => {
    seq += 1;
    const hash = auditEntryHash(seq, prevHash, content);
    const row = { ...content, seq, prev_hash: prevHash, hash };
    prevHash = hash;
    return row;
  });
  // One entry (a request's) goes through its prepared insert; a system path's batch, many rows a statement.
  if (rows.length === 1) await insertEntry.execute(trx, rows[0]);
  else for (let i = 0; i < rows.length; i += INSERT_CHUNK) await trx.insertInto("audit_log").values(rows.slice(i, i + INSERT_CHUNK)).execute();
  await setHeadHash.execute(trx, { hash: prevHash });
}

// Every audited change runs these three (db/prepared.ts: built once, not per entry).
const takeHead = prepared("audit.takeHead", (db: Kysely<Database>, $: Slots<{ places: number }>) =>
  db
    .updateTable("audit_chain")
    .set((eb) => ({ seq: eb("seq", "+", $.places) }))
    .where("id", "=", 1)
    .returning(["seq", "hash"]),
);
const insertEntry = prepared("audit.insertEntry", (db: Kysely<Database>, $: Slots<AuditLogTable>) =>
  db.insertInto("audit_log").values({
    id: $.id,
    actor_id: $.actor_id,
    action: $.action,
    entity: $.entity,
    entity_id: $.entity_id,
    detail: $.detail,
    request_id: $.request_id,
    created_at: $.created_at,
    seq: $.seq,
    prev_hash: $.prev_hash,
    hash: $.hash,
  }),
);
const setHeadHash = prepared("audit.setHeadHash", (db: Kysely<Database>, $: Slots<{ hash: string }>) => db.updateTable("audit_chain").set({ hash: $.hash }).where("id", "=", 1));

export type ChainBreak =
  | { reason: "missing"; seq: number; found: number | null }
  | { reason: "edited"; seq: number; id: string }
  | { reason: "relinked"; seq: number; id: string }
  | { reason: "head"; seq: number; headSeq: number };

export interface ChainReport {
  /** Entries checked along the chain. */
  checked: number;
  /** Entries written before the chain began (no place in it). */
  beforeChain: number;
  head: { seq: number; hash: string; startedAt: string };
  /** The first broken link; null when the whole chain holds. */
  broken: ChainBreak | null;
}

/** Walks the whole chain in order, a batch at a time, and stops at the first broken link. */
export async function verifyAuditChain(db: Kysely<Database>): Promise<ChainReport> {
  const head = await db.selectFrom("audit_chain").select(["seq", "hash", "started_at"]).where("id", "=", 1).executeTakeFirstOrThrow();
  const before = await db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number | string>().as("n")).where("seq", "is", null).executeTakeFirstOrThrow();
  const report: ChainReport = { checked: 0, beforeChain: Number(before.n), head: { seq: head.seq, hash: head.hash, startedAt: head.started_at }, broken: null };
  let expected = 1;
  let prevHash = GENESIS_HASH;
  for (;;) {
    const rows = await db.selectFrom("audit_log").selectAll().where("seq", ">=", expected).orderBy("seq").limit(VERIFY_BATCH).execute();
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expected) return { ...report, broken: { reason: "missing", seq: expected, found: seq } };
      if (row.prev_hash !== prevHash) return { ...report, broken: { reason: "relinked", seq, id: row.id } };
      if (row.hash !== auditEntryHash(seq, prevHash, row)) return { ...report, broken: { reason: "edited", seq, id: row.id } };
      report.checked += 1;
      prevHash = row.hash;
      expected += 1;
    }
    if (rows.length < VERIFY_BATCH) break;
  }
  // The head names the last entry: rows removed from the end, or a head moved, show here.
  if (head.seq !== expected - 1) return { ...report, broken: head.seq > expected - 1 ? { reason: "missing", seq: expected, found: null } : { reason: "head", seq: expected - 1, headSeq: head.seq } };
  if (head.hash !== prevHash) return { ...report, broken: { reason: "head", seq: head.seq, headSeq: head.seq } };
  return report;
}
