/**
 * Database handle factory: SQLite (better-sqlite3) by default, Postgres when
 * the URL says postgres://. Both speak through the same Kysely<Database>.
 *
 * SQLite goes through WaitingSqliteDialect (./sqlite-dialect.ts): the web
 * process and the worker may write the same file, so transactions take the
 * write lock up front (BEGIN IMMEDIATE) and a refused lock is waited for
 * asynchronously, never with the event loop blocked.
 */
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { createRequire } from "node:module";
import { Kysely, PostgresDialect } from "kysely";
import type PG from "pg";
import type { Database } from "./schema";
import { WaitingSqliteDialect, type LockWaitOptions } from "./sqlite-dialect";
import { startWalSync, type WalSync } from "./wal-sync";

export type Dialect = "sqlite" | "postgres";
export type DB = Kysely<Database>;

export const DEFAULT_SQLITE_PATH = "./data/portal.db";

export function dialectOf(url: string | undefined): Dialect {
  return url && /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";
}

export interface CreateDbOptions {
  /** SQLite only: how long and how often a refused write lock is waited for. */
  lockWait?: LockWaitOptions;
}

export function createDb(url?: string, options: CreateDbOptions = {}): DB {
  if (dialectOf(url) === "postgres") {
    // Loaded only for Postgres: the driver is ~3 MB of heap that a process on SQLite would carry for nothing.
    const pg = createRequire(import.meta.url)("pg") as typeof PG;
    // int8 (COUNT, SUM) comes back as a string by default; our numbers fit in a JS number.
    pg.types.setTypeParser(20, (v) => Number(v));
    return new Kysely<Database>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 10 }) }),
    });
  }
  const file = url ? url.replace(/^(sqlite|file):(\/\/)?/, "") : DEFAULT_SQLITE_PATH;
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  // Opening may meet another process switching a new file to WAL: a blocking wait is fine before serving.
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("synchronous = NORMAL");
  // Checkpoint when the WAL reaches 10,000 pages (40 MB), not SQLite's 1,000: a re-evaluation batch writes about
  // 1,300 pages, so at 1,000 nearly every commit (the batch's, then the outbox row's) stopped to copy pages back;
  // pages rewritten batch after batch are now copied once per several batches (national benchmark: write
  // transactions 41.5 s → 37.1 s, the whole run 64.1 s → 62.4 s, the workers' reads of a longer WAL included).
  sqlite.pragma("wal_autocheckpoint = 10000");
  // The query planner's statistics, as SQLite recommends for every connection it opens: tables that
  // have none or outgrew theirs are analyzed (sampled, so a million rows cost milliseconds). Without
  // them a count over a city's cases may read an index on one state nationwide instead of the city's.
  sqlite.pragma("analysis_limit = 1000");
  sqlite.pragma("optimize = 0x10002");
  // From here on a lock is never waited for inside a call (that blocks the event loop): the dialect waits.
  sqlite.pragma("busy_timeout = 0");
  const walSync = file === ":memory:" ? undefined : startWalSync(`${path.resolve(file)}-wal`);
  const db = new Kysely<Database>({ dialect: new WaitingSqliteDialect(sqlite, options.lockWait, walSync) });
  if (walSync) walSyncs.set(db, walSync);
  return db;
}

const walSyncs = new WeakMap<DB, WalSync>();

/**
 * Resolves once every commit made through `db` so far is on disk, for an answer that says something was saved.
 * SQLite file: under `synchronous = NORMAL` a commit reaches the disk with the next background sync of the WAL
 * (within ~0.1 s, db/wal-sync.ts) or checkpoint; this waits for a sync begun after the call, on the thread pool,
 * shared by every caller waiting at the time. Postgres (commits are flushed before COMMIT returns) and an
 * in-memory database: at once.
 */
export function whenDurable(db: DB): Promise<void> {
  return walSyncs.get(db)?.durable() ?? Promise.resolve();
}
