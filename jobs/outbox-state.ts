/**
 * Outbox row bookkeeping shared by the relay, the BullMQ workers and the
 * in-process runner, plus the one dispatch function both runners call.
 *
 * Row states (columns of `outbox`):
 *   pending        processed_at null, available_at <= now
 *   backing off    processed_at null, available_at in the future (in-process retry)
 *   relayed        relayed_at set: BullMQ owns retries from here on
 *   processed      processed_at set
 *   dead-lettered  processed_at null, available_at = DEAD_LETTER_AT, last_error says why.
 *                  Nothing picks it up again until `requeueOutboxRow`
 *                  (app/domain/outbox) resets it.
 */
import { UnrecoverableError } from "bullmq";
import type { Kysely, Transaction } from "kysely";
import type { Database, OutboxRow } from "~/db/schema";
import { DEAD_LETTER_AT } from "~/domain/outbox/outbox.server";
import { isTopic, parsePayload, type Topic } from "~/domain/outbox/topics";
import type { Processor, ProcessorMap } from "./types";
import { errorMessage } from "./logger";

type Db = Kysely<Database> | Transaction<Database>;


const MAX_ERROR_LENGTH = 2000;

export function truncateError(err: unknown): string {
  const text = errorMessage(err);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}

/** A failure that retrying cannot fix (bad payload, unknown topic, or a processor saying so). */
export function isPermanentFailure(err: unknown): boolean {
  return err instanceof UnrecoverableError || (err instanceof Error && err.name === "UnrecoverableError");
}

/**
 * Parses the row's payload and runs the topic's processor. Anything that is
 * wrong with the row itself becomes an UnrecoverableError, so BullMQ skips its
 * remaining attempts and the in-process runner dead-letters it at once.
 */
export async function dispatchOutboxRow<C>(
  ctx: C,
  processors: ProcessorMap<C>,
  row: Pick<OutboxRow, "id" | "topic" | "payload">,
): Promise<void> {
  if (!isTopic(row.topic)) throw new UnrecoverableError(`unknown outbox topic "${row.topic}"`);
  const processor = processors[row.topic] as Processor<C, Topic> | undefined;
  if (!processor) throw new UnrecoverableError(`no processor registered for topic "${row.topic}"`);
  let payload;
  try {
    payload = parsePayload(row.topic, row.payload);
  } catch (err) {
    throw new UnrecoverableError(`invalid payload for topic "${row.topic}": ${errorMessage(err)}`);
  }
  await processor(ctx, payload);
}

export async function findOutboxRow(db: Db, id: string): Promise<OutboxRow | undefined> {
  return db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Idempotent: the first caller wins, later calls change nothing. Returns true if this call marked it. */
export async function markProcessed(db: Db, id: string, now = new Date()): Promise<boolean> {
  const r = await db
    .updateTable("outbox")
    .set({ processed_at: now.toISOString(), last_error: null })
    .where("id", "=", id)
    .where("processed_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function recordFailure(
  db: Db,
  id: string,
  err: unknown,
  opts: { attempts?: number; retryAt?: Date; dead?: boolean },
): Promise<void> {
  await db
    .updateTable("outbox")
    .set({
      last_error: truncateError(err),
      ...(opts.attempts !== undefined ? { attempts: opts.attempts } : {}),
      ...(opts.dead ? { available_at: DEAD_LETTER_AT } : opts.retryAt ? { available_at: opts.retryAt.toISOString() } : {}),
    })
    .where("id", "=", id)
    .where("processed_at", "is", null)
    .execute();
}

export async function listDeadLetters(db: Db, limit = 100): Promise<OutboxRow[]> {
  return db
    .selectFrom("outbox")
    .selectAll()
    .where("processed_at", "is", null)
    .where("available_at", "=", DEAD_LETTER_AT)
    .orderBy("created_at")
    .limit(limit)
    .execute();
}
