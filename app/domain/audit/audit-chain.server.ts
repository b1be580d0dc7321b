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
 * `verifyAuditChain` walks the chain in order, up to the head as it stood
 * when the walk began (entries appended meanwhile are no break), and reports
 * the first broken link: a place missing (a row deleted), a row whose hash
 * does not match its content (edited), a row that does not point at the one
 * before (slipped in, reordered), or a head that is not the last row (the
 * newest rows removed). It is what `npm run audit:verify` runs; the
 * administrator's audit page runs the same walk as a job, a stretch at a time
 * (audit-verification.server.ts). A chain proves order and integrity
 * against an editor of the database who does not also rewrite every later
 * hash; the head's hash, printed by the verifier, is what to keep elsewhere
 * (a signed report, a second system) to close that gap too.
 */
import { createHash } from "node:crypto";
import type { Kysely, Transaction } from "kysely";
import { prepared, type Slots } from "~/db/prepared";
import type { AuditLogTable, Database } from "~/db/schema";
import type { ChainBreak, ChainReport } from "./audit-chain-report";

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

export type { ChainBreak, ChainReport } from "./audit-chain-report";

/** Where a walk along the chain stands: the last entry checked (0 and GENESIS_HASH before the first). */
export interface ChainPoint {
  seq: number;
  hash: string;
}

/** What one stretch of the walk found: the entries checked, where it stopped, the first broken link in it. */
export interface ChainSegment {
  checked: number;
  last: ChainPoint;
  broken: ChainBreak | null;
}

/** The chain's head as it stands now: the last place taken, its hash, since when the chain runs. */
export async function readChainHead(db: Kysely<Database>): Promise<{ seq: number; hash: string; startedAt: string }> {
  const head = await db.selectFrom("audit_chain").select(["seq", "hash", "started_at"]).where("id", "=", 1).executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash, startedAt: head.started_at };
}

/** Entries written before the chain began (no place in it): the verifier counts them apart. */
export async function countBeforeChain(db: Kysely<Database>): Promise<number> {
  const before = await db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number | string>().as("n")).where("seq", "is", null).executeTakeFirstOrThrow();
  return Number(before.n);
}

/**
 * Walks the chain after `from` up to entry `throughSeq`, reading VERIFY_BATCH entries a query (a bounded read, however
 * long the chain), and stops at the first broken link: a place missing (a row deleted), a row that does not point at
 * the one before (slipped in, reordered, relinked) or whose hash does not match its content (edited). `slice` is
 * awaited after each read: a job in the web process gives the event loop its turn there.
 */
export async function walkChain(db: Kysely<Database>, from: ChainPoint, throughSeq: number, slice?: () => Promise<void>): Promise<ChainSegment> {
  let expected = from.seq + 1;
  let prevHash = from.hash;
  let checked = 0;
  const stop = (broken: ChainBreak): ChainSegment => ({ checked, last: { seq: expected - 1, hash: prevHash }, broken });
  while (expected <= throughSeq) {
    const limit = Math.min(VERIFY_BATCH, throughSeq - expected + 1);
    const rows = await db.selectFrom("audit_log").selectAll().where("seq", ">=", expected).orderBy("seq").limit(limit).execute();
    // The head (or the stretch's end) names entries the log does not hold: the newest were deleted.
    if (rows.length === 0) return stop({ reason: "missing", seq: expected, found: null });
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expected) return stop({ reason: "missing", seq: expected, found: seq });
      if (row.prev_hash !== prevHash) return stop({ reason: "relinked", seq, id: row.id });
      if (row.hash !== auditEntryHash(seq, prevHash, row)) return stop({ reason: "edited", seq, id: row.id });
      checked += 1;
      prevHash = row.hash;
      expected += 1;
    }
    await slice?.();
  }
  return { checked, last: { seq: expected - 1, hash: prevHash }, broken: null };
}

/**
 * The end of a walk that reached the head it set out for (`head`, read when the verification began; `last`, the
 * walk's last entry, at the same place). Entries appended since are no break: they lie beyond that head, and the
 * head has moved past them (it moves first, in the appending transaction). The checks: no entry lies beyond the
 * head as it stands now (read after the entries, so an append committed meanwhile has moved it already: the newest
 * entries removed and the head moved back, or a row slipped in behind it), and the last entry's hash is the one
 * the head held.
 */
export async function checkChainEnd(db: Kysely<Database>, head: ChainPoint, last: ChainPoint): Promise<ChainBreak | null> {
  const beyond = await db.selectFrom("audit_log").select((eb) => eb.fn.max("seq").as("seq")).where("seq", ">", head.seq).executeTakeFirst();
  if (beyond?.seq !== null && beyond?.seq !== undefined) {
    const now = await readChainHead(db);
    if (Number(beyond.seq) > now.seq) return { reason: "head", seq: Number(beyond.seq), headSeq: now.seq };
  }
  if (last.hash !== head.hash) return { reason: "head", seq: head.seq, headSeq: head.seq };
  return null;
}

/**
 * Walks the whole chain in order, a batch at a time, up to the head as it stood when the walk began, and stops at
 * the first broken link (`slice`: awaited after each read, as walkChain's). What `npm run audit:verify` runs in one go; the administrator's page runs the same walk
 * as a job, a stretch at a time (audit-verification.server.ts).
 */
export async function verifyAuditChain(db: Kysely<Database>, opts: { slice?: () => Promise<void> } = {}): Promise<ChainReport> {
  const head = await readChainHead(db);
  const beforeChain = await countBeforeChain(db);
  const segment = await walkChain(db, { seq: 0, hash: GENESIS_HASH }, head.seq, opts.slice);
  const broken = segment.broken ?? (await checkChainEnd(db, head, segment.last));
  return { checked: segment.checked, beforeChain, head, broken };
}
