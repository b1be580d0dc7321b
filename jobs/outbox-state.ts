/**
 * Outbox row bookkeeping shared by the relay, the BullMQ workers and the
 * in-process runner, plus the one dispatch function both runners call.
 *
 * Row states (columns of `outbox`):
 *   pending        processed_at null, available_at <= now
 *   backing off    processed_at null, available_at in the future (in-process retry)
 *   leased         (in-process) available_at pushed out by a lease, leased_by names the runner
 *   relayed        relayed_at set: handed to BullMQ, which owns the retries of its own errors.
 *                  Not "done": the relay checks a relayed row again once its visibility window
 *                  has passed (or at once when Redis lost its data) and hands it over again if
 *                  its job is gone (reconcile.ts)
 *   interrupted    the row's runner died under it (a stalled BullMQ job, an abandoned lease):
 *                  interruptions + 1, back to pending after a back-off; never a dead letter
 *   processed      processed_at set
 *   dead-lettered  processed_at null, available_at = DEAD_LETTER_AT, last_error says why.
 *                  Nothing picks it up again until `requeueOutboxRow`
 *                  (app/domain/outbox) resets it.
 */
import { UnrecoverableError } from "./unrecoverable";
import type { Kysely, Transaction } from "kysely";
import type { Database, OutboxRow } from "~/db/schema";
import { DEAD_LETTER_AT } from "~/domain/outbox/outbox.server";
import { isTopic, parsePayload, type Topic } from "~/domain/outbox/topics";
import type { Processor, ProcessorMap } from "./types";
import { errorMessage } from "./logger";

type Db = Kysely<Database> | Transaction<Database>;


const MAX_ERROR_LENGTH = 2000;

export interface BackoffOptions {
  /** Delay after the first failure. */
  baseMs: number;
  /** Upper bound for any single delay. */
  maxMs: number;
  /** 0..1: the share of each delay that is randomised (0.5 = between 50 % and 100 % of the nominal delay). */
  jitter: number;
}

export function backoffDelay(attempt: number, b: BackoffOptions, random = Math.random): number {
  const nominal = Math.min(b.maxMs, b.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(nominal * (1 - b.jitter) + random() * nominal * b.jitter);
}

/**
 * Back-off after the runner died under a row: short at first (a worker restarts in
 * seconds), capped at five minutes so a row that keeps killing its worker is retried
 * slowly but forever, without an admin.
 */
export const INTERRUPTION_BACKOFF: BackoffOptions = { baseMs: 1000, maxMs: 5 * 60 * 1000, jitter: 0.5 };

/** BullMQ's reason for a job whose worker stopped renewing its lock (see maxStalledCount in bullmq-workers.ts). */
export const STALLED_REASON = "job stalled more than allowable limit";

export function isStalledFailure(err: unknown): boolean {
  return err instanceof Error && err.message === STALLED_REASON;
}

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

/** Idempotent: the first caller wins, later calls change nothing. Returns how many rows this call marked. */
export async function markProcessed(db: Db, ids: string | readonly string[], now = new Date()): Promise<number> {
  const list = typeof ids === "string" ? [ids] : ids;
  if (list.length === 0) return 0;
  const r = await db
    .updateTable("outbox")
    .set({ processed_at: now.toISOString(), last_error: null, leased_by: null })
    .where("id", "in", list)
    .where("processed_at", "is", null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows);
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
      leased_by: null,
      ...(opts.attempts !== undefined ? { attempts: opts.attempts } : {}),
      ...(opts.dead ? { available_at: DEAD_LETTER_AT } : opts.retryAt ? { available_at: opts.retryAt.toISOString() } : {}),
    })
    .where("id", "=", id)
    .where("processed_at", "is", null)
    .execute();
}

/**
 * The row's runner died under it: the row goes back in line after a back-off that
 * grows with its interruptions, no longer relayed (the relay hands it over under a
 * fresh job id, as the job that stalled still holds the old one) and no longer leased.
 * Attempts are left alone: they count the processor's own errors.
 */
export async function requeueAfterInterruption(
  db: Db,
  row: Pick<OutboxRow, "id" | "interruptions">,
  reason: string,
  now = new Date(),
  backoff: BackoffOptions = INTERRUPTION_BACKOFF,
): Promise<boolean> {
  const interruptions = row.interruptions + 1;
  const r = await db
    .updateTable("outbox")
    .set({
      available_at: new Date(now.getTime() + backoffDelay(interruptions, backoff)).toISOString(),
      relayed_at: null,
      leased_by: null,
      interruptions,
      last_error: truncateError(reason),
    })
    .where("id", "=", row.id)
    .where("processed_at", "is", null)
    .where("interruptions", "=", row.interruptions)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
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
