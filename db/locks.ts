/**
 * Serialising writers of one thing (a region+rule's parameter sets, a rule's
 * activations) inside a transaction. Postgres: a transaction-scoped advisory
 * lock, released at commit or rollback. SQLite: nothing to do, every
 * transaction begins with BEGIN IMMEDIATE (db/sqlite-dialect.ts) and so holds
 * the whole database's write lock from its first statement to its commit,
 * across processes too.
 */
import { PostgresAdapter, sql, type Transaction } from "kysely";

export async function lockFor<D>(trx: Transaction<D>, key: string): Promise<void> {
  if (trx.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`select pg_advisory_xact_lock(hashtext(${key}))`.execute(trx);
  }
}
