/**
 * Concurrent writers inside transactions.
 *
 * - `lockFor` serialises writers of one thing (a region+rule's parameter
 *   sets, a rule's activations). Postgres: a transaction-scoped advisory
 *   lock, released at commit or rollback. SQLite: nothing to do, every
 *   transaction begins with BEGIN IMMEDIATE (db/sqlite-dialect.ts) and so
 *   holds the whole database's write lock from its first statement to its
 *   commit, across processes too.
 * - `lockRowsInIdOrder` is how a writer of many rows of a table locks them on
 *   Postgres: all at once, in id order, so two writers of overlapping rows
 *   queue on the lowest shared id instead of each holding what the other
 *   wants next (40P01). SQLite: nothing, for the same reason.
 * - `retryTransientConflicts` runs a transaction again when Postgres ended it
 *   for a deadlock or a serialization failure, for the few that a global
 *   order cannot rule out (docs/decisions.md, 2026-12-04 (fourteenth session)).
 */
import { PostgresAdapter, sql, type Transaction } from "kysely";

export function isPostgres<D>(trx: Transaction<D>): boolean {
  return trx.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * The advisory lock's key: two 32-bit hashes of the text (Postgres' two-int form), not one. With one, two of the
 * many keys taken (a USCC's, a username's, a region's rule) share a lock once in some 2^32 / n², which makes
 * unrelated writers wait for each other and can close a cycle that no order of ours rules out; with 64 bits that
 * is out of reach.
 */
const lockKey = (key: string) => sql`hashtext(${key}), hashtext(${`lock:${key}`})`;

export async function lockFor<D>(trx: Transaction<D>, key: string): Promise<void> {
  if (isPostgres(trx)) {
    await sql`select pg_advisory_xact_lock(${lockKey(key)})`.execute(trx);
  }
}

/**
 * lockFor's shared form: holders of the shared lock of a key do not wait for each other, only for a holder of
 * lockFor on the same key (which waits for all of them). For many small writers of one thing (the registry's
 * form) beside a rare writer of all of it at once (its import). SQLite: nothing, as lockFor.
 */
export async function lockShared<D>(trx: Transaction<D>, key: string): Promise<void> {
  if (isPostgres(trx)) {
    await sql`select pg_advisory_xact_lock_shared(${lockKey(key)})`.execute(trx);
  }
}

/** The tables whose rows a multi-row writer locks by id. */
export type IdLockedTable = "fee_filings" | "inspection_cases" | "complaints";

/**
 * Postgres: locks these rows in id order (FOR NO KEY UPDATE: what the UPDATE
 * of non-key columns that follows takes, so a foreign key's check on them by
 * another writer is not held up), in one statement whatever their number (one array
 * parameter). Ids of no row are ignored. SQLite: nothing.
 */
export async function lockRowsInIdOrder<D>(trx: Transaction<D>, table: IdLockedTable, ids: Iterable<string>): Promise<void> {
  const list = [...new Set(ids)];
  if (list.length === 0 || !isPostgres(trx)) return;
  await sql`select id from ${sql.table(table)} where id = any(${list}::text[]) order by id for no key update`.execute(trx);
}

/** Postgres' SQLSTATEs of a transaction ended to break a cycle (deadlock_detected, serialization_failure). */
const TRANSIENT_CONFLICTS = new Set(["40P01", "40001"]);

export function isTransientConflict(err: unknown): boolean {
  return typeof err === "object" && err !== null && TRANSIENT_CONFLICTS.has(String((err as { code?: unknown }).code));
}

/**
 * Runs `work` (a whole transaction) again, up to `attempts` runs in all, when
 * Postgres ended it for a deadlock or serialization failure: the other side
 * has committed or is about to, so an immediate rerun nearly always goes
 * through. Any other error, or the last attempt's, is thrown. `work` must be
 * safe to run again: everything it wrote was rolled back with it.
 */
export async function retryTransientConflicts<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (err) {
      if (attempt >= attempts || !isTransientConflict(err)) throw err;
      // A short pause, jittered, so that two victims of one cycle do not meet again in step.
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
    }
  }
}
