/**
 * Writes outbox rows. Call it with the transaction that makes the change, so
 * the follow-up work is recorded exactly when the change is. Also puts a row
 * the job layer gave up on back in line (requeueOutboxRow).
 */
import { ulid } from "ulid";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "~/db/schema";
import type { Topic, TopicPayload } from "./topics";

export async function enqueue<T extends Topic>(
  trx: Kysely<Database> | Transaction<Database>,
  topic: T,
  payload: TopicPayload<T>,
  now = new Date(),
): Promise<string> {
  const id = ulid();
  const at = now.toISOString();
  await trx
    .insertInto("outbox")
    .values({ id, topic, payload: JSON.stringify(payload), created_at: at, available_at: at, attempts: 0 })
    .execute();
  return id;
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
