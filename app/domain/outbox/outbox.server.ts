/**
 * Writes outbox rows. Call it with the transaction that makes the change, so
 * the follow-up work is recorded exactly when the change is.
 */
import { ulid } from "ulid";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../../db/schema";
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
