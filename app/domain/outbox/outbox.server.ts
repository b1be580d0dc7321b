/**
 * Writes outbox rows. Call it with the transaction that makes the change, so
 * the follow-up work is recorded exactly when the change is. Also puts a row
 * the job layer gave up on back in line (requeueOutboxRow), and deletes the
 * processed ones once their retention ends (purgeProcessedOutbox).
 */
import { newId } from "~/utils/ids";
import type { Kysely, Transaction } from "kysely";
import { deleteInBatches } from "~/utils/batched-delete";
import { prepared, type Slots } from "~/db/prepared";
import type { Database } from "~/db/schema";
import type { Topic, TopicPayload } from "./topics";

export async function enqueue<T extends Topic>(
  trx: Kysely<Database> | Transaction<Database>,
  topic: T,
  payload: TopicPayload<T>,
  now = new Date(),
): Promise<string> {
  const id = newId();
  const at = now.toISOString();
  await insertOutboxRow.execute(trx, { id, topic, payload: JSON.stringify(payload), at });
  return id;
}

// Every state change that hands work on runs this (db/prepared.ts: built once, not per row).
const insertOutboxRow = prepared("outbox.insert", (db: Kysely<Database>, $: Slots<{ id: string; topic: string; payload: string; at: string }>) =>
  db.insertInto("outbox").values({ id: $.id, topic: $.topic, payload: $.payload, created_at: $.at, available_at: $.at, attempts: 0 }),
);

/** Rows an insert of enqueueAll: six parameters each, far below SQLite's and Postgres's bounds. */
const ENQUEUE_CHUNK = 500;

/**
 * One row per payload, as `enqueue` writes each, many rows a statement: a writer of thousands of rows (the registry's
 * import) hands on their work without a round trip per row.
 */
export async function enqueueAll<T extends Topic>(
  trx: Kysely<Database> | Transaction<Database>,
  topic: T,
  payloads: ReadonlyArray<TopicPayload<T>>,
  now = new Date(),
): Promise<string[]> {
  const at = now.toISOString();
  const rows = payloads.map((payload) => ({ id: newId(), topic, payload: JSON.stringify(payload), created_at: at, available_at: at, attempts: 0 }));
  for (let i = 0; i < rows.length; i += ENQUEUE_CHUNK) await trx.insertInto("outbox").values(rows.slice(i, i + ENQUEUE_CHUNK)).execute();
  return rows.map((r) => r.id);
}

/**
 * available_at of a dead-lettered row (processed_at null): ISO text sorts
 * after every real instant, so "available_at <= now" never matches it.
 */
export const DEAD_LETTER_AT = "9999-12-31T23:59:59.999Z";

/**
 * Puts a dead-lettered (or stuck) row back in line: due now, attempts reset,
 * not relayed, so whichever runner is active picks it up again (the relay
 * gives a requeued row a fresh BullMQ job id, see jobIdFor).
 */
export async function requeueOutboxRow(
  db: Kysely<Database> | Transaction<Database>,
  id: string,
  now = new Date(),
): Promise<boolean> {
  const r = await db
    .updateTable("outbox")
    .set({ available_at: now.toISOString(), attempts: 0, relayed_at: null })
    .where("id", "=", id)
    .where("processed_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

/**
 * How long a row may stay undone before the job layer looks at it again: the relay
 * checks a relayed row's job after this long, and the health check counts a row
 * older than this as overdue. JOBS_VISIBILITY_MS overrides it.
 */
export const DEFAULT_VISIBILITY_MS = 60_000;

export interface OutboxHealth {
  /** Rows not processed and not dead-lettered. */
  undone: number;
  /** Age of the oldest of them, whole seconds; null when there is none. */
  oldestUndoneSeconds: number | null;
  /** Undone rows older than the visibility window: work that should have happened by now. */
  overdue: number;
  /** Rows the job layer gave up on (a processor's own error, retries exhausted): they wait for a requeue. */
  deadLettered: number;
}

/** What the health check reports about the outbox: is follow-up work keeping up? */
export async function outboxHealth(
  db: Kysely<Database>,
  opts: { now?: Date; visibilityMs?: number } = {},
): Promise<OutboxHealth> {
  const now = opts.now ?? new Date();
  const overdueBefore = new Date(now.getTime() - (opts.visibilityMs ?? DEFAULT_VISIBILITY_MS)).toISOString();
  const row = await db
    .selectFrom("outbox")
    .where("processed_at", "is", null)
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when("available_at", "=", DEAD_LETTER_AT).then(0).else(1).end()).as("undone"),
      eb.fn
        .sum<number>(eb.case().when(eb.and([eb("available_at", "!=", DEAD_LETTER_AT), eb("created_at", "<", overdueBefore)])).then(1).else(0).end())
        .as("overdue"),
      eb.fn.sum<number>(eb.case().when("available_at", "=", DEAD_LETTER_AT).then(1).else(0).end()).as("dead"),
      eb.fn.min(eb.case().when("available_at", "!=", DEAD_LETTER_AT).then(eb.ref("created_at")).end()).as("oldest"),
    ])
    .executeTakeFirstOrThrow();
  const oldest = row.oldest as string | null;
  return {
    undone: Number(row.undone ?? 0),
    oldestUndoneSeconds: oldest ? Math.max(0, Math.floor((now.getTime() - Date.parse(oldest)) / 1000)) : null,
    overdue: Number(row.overdue ?? 0),
    deadLettered: Number(row.dead ?? 0),
  };
}

/** Processed rows are kept this long (which job ran for what, and when), then deleted. OUTBOX_RETENTION_DAYS overrides it. */
export const DEFAULT_OUTBOX_RETENTION_DAYS = 30;

/** Rows deleted per statement (app/utils/batched-delete.ts). */
export const OUTBOX_PURGE_BATCH = 1000;

/**
 * Deletes the rows processed more than `retentionDays` before `now`. Every
 * change that hands work on writes a row and nothing deletes one, so without
 * this the table (and the indexes the runner and the relay read on every
 * poll) grows by every complaint, filing and check for as long as the portal
 * runs. A processed row is history only: no job, health figure or page reads
 * it. Rows not processed (pending, leased, relayed, dead-lettered: those wait
 * for a requeue) are never touched. Deleted a batch at a time (the first run
 * after an upgrade may find years of rows); running it again deletes nothing more.
 */
export async function purgeProcessedOutbox(
  db: Kysely<Database>,
  now: Date,
  opts: { retentionDays?: number; batchSize?: number } = {},
): Promise<{ deleted: number }> {
  const before = new Date(now.getTime() - (opts.retentionDays ?? DEFAULT_OUTBOX_RETENTION_DAYS) * 24 * 60 * 60 * 1000).toISOString();
  const deleted = await deleteInBatches(opts.batchSize ?? OUTBOX_PURGE_BATCH, async (limit) => {
    // By id through a bounded sub-select: DELETE … LIMIT is not SQL that both databases speak.
    const r = await db
      .deleteFrom("outbox")
      .where("id", "in", (eb) => eb.selectFrom("outbox").select("id").where("processed_at", "<", before).limit(limit))
      .executeTakeFirst();
    return Number(r.numDeletedRows);
  });
  return { deleted };
}
