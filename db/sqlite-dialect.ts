/**
 * SQLite for several processes writing one file: the web process and
 * `npm run worker` (both with their own better-sqlite3 connection).
 *
 * Why not Kysely's SqliteDialect as it is (0.28):
 * - Its transactions begin with a plain (deferred) `begin`. A transaction that
 *   reads and then writes takes the write lock only at its first write; if
 *   another process committed since its first read, its snapshot is stale and
 *   SQLite answers SQLITE_BUSY_SNAPSHOT at once: no busy timeout helps, the
 *   transaction is lost (35–45 of 200 filings were 500s under web + worker).
 * - better-sqlite3 is synchronous: a busy_timeout waits inside the call and
 *   blocks the whole event loop of the process for as long as it waits.
 *
 * What this dialect does instead:
 * - Every transaction begins with BEGIN IMMEDIATE: the write lock is taken up
 *   front, so no snapshot can go stale inside a transaction, and writers take
 *   turns whole. (Read-only transactions take it too: they are few and short.)
 * - The connection's busy_timeout is 0 (see createDb): a statement that meets
 *   the lock fails at once with SQLITE_BUSY. A BEGIN IMMEDIATE that does, or an
 *   autocommit statement (no transaction open: a single UPDATE of the outbox
 *   relay, markProcessed …; such a statement had no effect), is tried again
 *   after an asynchronous pause (setTimeout, growing and jittered), so the
 *   event loop keeps serving. While it pauses, the process's one connection is
 *   handed back, so this process's other queries (reads above all) go on.
 * - A COMMIT that meets SQLITE_BUSY (not expected in WAL mode) is tried again
 *   the same way, keeping the connection: the transaction stays open.
 * - The waits are bounded (maxWaitMs, default 15 s, from the first refusal):
 *   then SqliteLockTimeoutError says which lock was not granted and points to
 *   Postgres.
 * - The adapter declares transactional DDL (SQLite has it), so Kysely's
 *   migrator runs a migration batch in one transaction, that is under the
 *   write lock: two processes migrating at start take turns, and the second
 *   finds nothing left to do.
 *
 * Statements inside a transaction are not retried: under BEGIN IMMEDIATE they
 * cannot meet another writer, and a retry could not repair a lost snapshot.
 *
 * Prepared statements are kept (the last STATEMENT_CACHE_SIZE SQL texts):
 * Kysely's driver prepares every query anew, and SQLite parsing and planning
 * the same text again was 3–4 % of a public page's CPU. A query's SQL text is
 * its shape (values are bound), so a page's few queries are prepared once per
 * process. SQLite prepares a kept statement again by itself after a schema
 * change; a statement still being iterated is not handed out twice.
 */
import type BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type QueryCompiler,
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import type { WalSync } from "./wal-sync";

export interface LockWaitOptions {
  /** The longest wait for one lock, from its first refusal (default 15 000 ms). */
  maxWaitMs?: number;
  /** The first pause (default 2 ms); each next one is half again as long… */
  firstDelayMs?: number;
  /** …up to this (default 25 ms). Every pause is jittered to 50–100 % of its length. */
  maxDelayMs?: number;
}

const DEFAULTS = { maxWaitMs: 15_000, firstDelayMs: 2, maxDelayMs: 25 };

/** Prepared statements kept per connection, the most recently used ones. */
export const STATEMENT_CACHE_SIZE = 200;

/**
 * The connection as Kysely's driver uses it (prepare, close), with the
 * statements of the last STATEMENT_CACHE_SIZE SQL texts kept for reuse.
 */
export function withStatementCache(sqlite: BetterSqlite3.Database): Pick<BetterSqlite3.Database, "prepare" | "close"> {
  const kept = new Map<string, BetterSqlite3.Statement>();
  return {
    prepare(source: string) {
      const statement = kept.get(source);
      // Busy: being iterated (a streamed query); the same text now gets a statement of its own.
      if (statement && !statement.busy) {
        // Most recently used last: the first entry is the one to drop.
        kept.delete(source);
        kept.set(source, statement);
        return statement;
      }
      const prepared = sqlite.prepare(source);
      if (!statement) {
        kept.set(source, prepared);
        if (kept.size > STATEMENT_CACHE_SIZE) kept.delete(kept.keys().next().value!);
      }
      return prepared;
    },
    close() {
      kept.clear();
      return sqlite.close();
    },
  } as Pick<BetterSqlite3.Database, "prepare" | "close">;
}

/** Another connection held the lock for longer than the bounded wait. */
export class SqliteLockTimeoutError extends Error {
  readonly code = "SQLITE_BUSY_TIMEOUT";
  constructor(what: string, waitedMs: number, cause: unknown) {
    super(
      `SQLite: waited ${Math.round(waitedMs)} ms for the database's write lock (${what}) and gave up. Another process holds a ` +
        `write transaction on the same file (the worker, a migration, a script). If this happens under ordinary load, the ` +
        `processes outgrow one SQLite file: use Postgres (DATABASE_URL=postgres://…).`,
      { cause },
    );
    this.name = "SqliteLockTimeoutError";
  }
}

export function isLockTimeout(err: unknown): err is SqliteLockTimeoutError {
  return err instanceof SqliteLockTimeoutError || (err instanceof Error && err.name === "SqliteLockTimeoutError");
}

/** SQLITE_BUSY and its extended codes (_SNAPSHOT, _RECOVERY, _TIMEOUT) as better-sqlite3 reports them. */
export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it does not fail with SQLITE_BUSY. Between attempts:
 * `pause()` (hand the connection back), an asynchronous jittered delay,
 * `resume()` (take it again).
 */
async function untilGranted<T>(
  what: string,
  options: Required<LockWaitOptions>,
  attempt: () => Promise<T>,
  pause: () => Promise<void> = async () => {},
  resume: () => Promise<void> = async () => {},
): Promise<T> {
  let started: number | undefined;
  let delay = options.firstDelayMs;
  for (;;) {
    try {
      return await attempt();
    } catch (err) {
      if (!isBusy(err)) throw err;
      started ??= performance.now();
      const waited = performance.now() - started;
      if (waited >= options.maxWaitMs) throw new SqliteLockTimeoutError(what, waited, err);
      await pause();
      try {
        await sleep(Math.min(delay * (0.5 + Math.random() / 2), options.maxWaitMs - waited));
      } finally {
        await resume();
      }
      delay = Math.min(delay * 1.5, options.maxDelayMs);
    }
  }
}

/**
 * One process's connection (Kysely's, from SqliteDriver), with autocommit
 * statements retried on SQLITE_BUSY.
 */
class WaitingConnection implements DatabaseConnection {
  constructor(
    private readonly inner: DatabaseConnection,
    private readonly sqlite: BetterSqlite3.Database,
    private readonly driver: WaitingSqliteDriver,
  ) {}

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const run = async () => this.inner.executeQuery<R>(compiledQuery);
    // Inside a transaction the statement runs as it is (see the header).
    if (this.sqlite.inTransaction) return run();
    return untilGranted(
      "a statement outside a transaction",
      this.driver.options,
      async () => {
        // The connection was handed back while pausing: someone may have opened a transaction on it.
        if (this.sqlite.inTransaction) throw new Error("SQLite connection in a transaction it did not begin");
        return run();
      },
      () => this.driver.releaseInner(),
      () => this.driver.acquireInner(),
    );
  }

  streamQuery<R>(compiledQuery: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(compiledQuery, chunkSize);
  }
}

export class WaitingSqliteDriver implements Driver {
  readonly options: Required<LockWaitOptions>;
  readonly #inner: SqliteDriver;
  readonly #sqlite: BetterSqlite3.Database;
  #connection: WaitingConnection | undefined;
  readonly #walSync: WalSync | undefined;

  constructor(sqlite: BetterSqlite3.Database, options: LockWaitOptions = {}, walSync?: WalSync) {
    this.#sqlite = sqlite;
    this.#inner = new SqliteDriver({ database: withStatementCache(sqlite) });
    this.options = { ...DEFAULTS, ...options };
    this.#walSync = walSync;
  }

  async init(): Promise<void> {
    await this.#inner.init();
  }

  /** SqliteDriver has one connection behind a mutex: this takes the mutex. */
  async acquireConnection(): Promise<DatabaseConnection> {
    const inner = await this.#inner.acquireConnection();
    this.#connection ??= new WaitingConnection(inner, this.#sqlite, this);
    return this.#connection;
  }

  async releaseConnection(): Promise<void> {
    await this.#inner.releaseConnection();
  }

  /** @internal the mutex alone, for pauses while waiting for a lock. */
  async acquireInner(): Promise<void> {
    await this.#inner.acquireConnection();
  }

  /** @internal */
  async releaseInner(): Promise<void> {
    await this.#inner.releaseConnection();
  }

  async beginTransaction(_connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    // The caller holds the connection (its own, or one pinned by db.connection()) and is in no
    // transaction while the BEGIN is refused, so the connection can be handed back while waiting.
    await untilGranted(
      "BEGIN IMMEDIATE",
      this.options,
      async () => {
        this.#sqlite.exec("BEGIN IMMEDIATE");
      },
      () => this.releaseInner(),
      () => this.acquireInner(),
    );
  }

  async commitTransaction(_connection: DatabaseConnection): Promise<void> {
    // A refused COMMIT leaves the transaction open: keep the connection and try again.
    await untilGranted("COMMIT", this.options, async () => {
      this.#sqlite.exec("COMMIT");
    });
  }

  async rollbackTransaction(_connection: DatabaseConnection): Promise<void> {
    // SQLite may already have rolled back by itself (some errors do): nothing left to undo then.
    if (this.#sqlite.inTransaction) this.#sqlite.exec("ROLLBACK");
  }

  async savepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler["compileQuery"]): Promise<void> {
    await this.#inner.savepoint(connection, name, compileQuery);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler["compileQuery"]): Promise<void> {
    await this.#inner.rollbackToSavepoint(connection, name, compileQuery);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compileQuery: QueryCompiler["compileQuery"]): Promise<void> {
    await this.#inner.releaseSavepoint(connection, name, compileQuery);
  }

  async destroy(): Promise<void> {
    await this.#walSync?.stop();
    await this.#inner.destroy();
  }
}

/** SQLite's DDL is transactional: Kysely's migrator then runs a batch in one (IMMEDIATE) transaction. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/** Kysely's SqliteDialect (query compiler, introspector) with the driver and adapter above. */
export class WaitingSqliteDialect extends SqliteDialect {
  readonly #sqlite: BetterSqlite3.Database;
  readonly #options: LockWaitOptions;
  readonly #walSync: WalSync | undefined;

  /** `walSync`: the file's background WAL sync (wal-sync.ts), stopped when the handle is destroyed. */
  constructor(sqlite: BetterSqlite3.Database, options: LockWaitOptions = {}, walSync?: WalSync) {
    super({ database: sqlite });
    this.#sqlite = sqlite;
    this.#options = options;
    this.#walSync = walSync;
  }

  override createDriver(): Driver {
    return new WaitingSqliteDriver(this.#sqlite, this.#options, this.#walSync);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
