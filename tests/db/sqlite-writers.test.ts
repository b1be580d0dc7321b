/**
 * Two connections writing one SQLite file (db/sqlite-dialect.ts): what the web
 * process and the worker do. Two createDb handles in this process contend as
 * two processes would (each has its own better-sqlite3 connection), and since
 * they share one event loop, a wait that blocked it would never end: the
 * holder could not go on to commit.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type CreateDbOptions, type DB } from "~/db/client";
import { migrateToLatest } from "~/db/migrate";
import { migrations } from "~/db/migrations/index";
import { SqliteLockTimeoutError } from "~/db/sqlite-dialect";
import { TEST_DIALECT } from "../setup/test-db";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe.skipIf(TEST_DIALECT === "pg")("several connections writing one SQLite file", () => {
  let dir: string;
  let file: string;
  const handles: Kysely<any>[] = [];

  function open(options?: CreateDbOptions): DB {
    const db = createDb(file, options);
    handles.push(db);
    return db;
  }

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-writers-"));
    file = path.join(dir, "portal.db");
    const db = open();
    await sql`create table counter (id integer primary key, n integer not null)`.execute(db);
    await sql`insert into counter (id, n) values (1, 0)`.execute(db);
    await sql`create table log (id integer primary key autoincrement, who text not null)`.execute(db);
  });

  afterEach(async () => {
    for (const h of handles.splice(0)) await h.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const counter = async (db: Kysely<any>) => (await sql<{ n: number }>`select n from counter where id = 1`.execute(db)).rows[0].n;

  /** Read the counter, let the other side run, write it back plus one: a lost update unless transactions take turns. */
  const increment = (db: Kysely<any>, pauseMs: number) =>
    db.transaction().execute(async (trx) => {
      const n = await counter(trx);
      await sleep(pauseMs);
      await sql`update counter set n = ${n + 1} where id = 1`.execute(trx);
    });

  it("Kysely's own SqliteDialect: a transaction that read before the other connection's commit cannot write (the bug)", async () => {
    const sqlite = new SQLite(file);
    sqlite.pragma("busy_timeout = 0");
    const plain = new Kysely<any>({ dialect: new SqliteDialect({ database: sqlite }) });
    handles.push(plain);
    const other = open();
    const failure = await plain
      .transaction()
      .execute(async (trx) => {
        await counter(trx); // a deferred transaction: its snapshot starts here
        await sql`insert into log (who) values ('other')`.execute(other);
        await sql`update counter set n = n + 1 where id = 1`.execute(trx);
      })
      .then(
        () => null,
        (err: unknown) => err as { code?: string },
      );
    expect(failure?.code).toBe("SQLITE_BUSY_SNAPSHOT");
  });

  it("a transaction that reads, pauses and writes while the other connection writes never fails, and no update is lost", async () => {
    const a = open();
    const b = open();
    const rounds = 40;
    const errors: unknown[] = [];
    const run = async (db: DB, who: string) => {
      for (let i = 0; i < rounds; i++) {
        await Promise.all([
          increment(db, i % 3).catch((err) => errors.push(err)),
          // An autocommit write and a read beside it, as the outbox relay and the pages do.
          sql`insert into log (who) values (${who})`.execute(db).catch((err) => errors.push(err)),
          counter(db).catch((err) => errors.push(err)),
        ]);
      }
    };
    await Promise.all([run(a, "a"), run(b, "b")]);
    expect(errors).toEqual([]);
    expect(await counter(a)).toBe(2 * rounds);
    expect((await sql<{ n: number }>`select count(*) as n from log`.execute(a)).rows[0].n).toBe(2 * rounds);
  });

  it("waits for the lock without blocking the event loop, and this connection's reads go on meanwhile", async () => {
    const holder = open();
    const waiter = open();
    let releaseHolder!: () => void;
    const holding = new Promise<void>((resolve) => (releaseHolder = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const held = holder.transaction().execute(async (trx) => {
      await sql`update counter set n = 100 where id = 1`.execute(trx);
      locked();
      await holding;
    });
    await lockTaken;

    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    try {
      const started = performance.now();
      let wrote = 0;
      const write = increment(waiter, 0).then(() => (wrote = performance.now() - started));
      const autocommit = sql`insert into log (who) values ('waiter')`.execute(waiter);
      await sleep(20);
      // The waiting transaction handed its connection back: a read on it is answered now.
      const readStarted = performance.now();
      expect(await counter(waiter)).toBe(0); // the holder has not committed yet
      expect(performance.now() - readStarted).toBeLessThan(100);
      await sleep(300);
      expect(wrote).toBe(0); // still waiting for the lock…
      const ticksWhileWaiting = ticks;
      releaseHolder();
      await Promise.all([held, write, autocommit]);
      expect(ticksWhileWaiting).toBeGreaterThanOrEqual(20); // …with the timer ticking all along (≈64 in 320 ms)
      expect(wrote).toBeGreaterThanOrEqual(300);
    } finally {
      clearInterval(timer);
    }
    expect(await counter(waiter)).toBe(101); // it read the holder's commit, not its old snapshot
  });

  it("gives up after the bounded wait with a clear error, and works again once the lock is free", async () => {
    const holder = open();
    const waiter = open({ lockWait: { maxWaitMs: 200 } });
    let releaseHolder!: () => void;
    const holding = new Promise<void>((resolve) => (releaseHolder = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const held = holder.transaction().execute(async (trx) => {
      await sql`update counter set n = 7 where id = 1`.execute(trx);
      locked();
      await holding;
    });
    await lockTaken;
    try {
      const started = performance.now();
      const err = await increment(waiter, 0).then(
        () => null,
        (e: unknown) => e,
      );
      const waited = performance.now() - started;
      expect(err).toBeInstanceOf(SqliteLockTimeoutError);
      expect((err as Error).message).toMatch(/write lock .*Postgres \(DATABASE_URL=postgres:/s);
      expect((err as { code: string }).code).toBe("SQLITE_BUSY_TIMEOUT");
      expect(waited).toBeGreaterThanOrEqual(200);
      expect(waited).toBeLessThan(1_000);
      // An autocommit write gives up the same way.
      await expect(sql`insert into log (who) values ('late')`.execute(waiter)).rejects.toBeInstanceOf(SqliteLockTimeoutError);
    } finally {
      releaseHolder();
      await held;
    }
    await increment(waiter, 0);
    expect(await counter(waiter)).toBe(8);
  });

  it("two connections migrating a fresh file at once: each migration runs once", async () => {
    const fresh = path.join(dir, "fresh.db");
    const a = createDb(fresh);
    const b = createDb(fresh);
    handles.push(a, b);
    const [ra, rb] = await Promise.all([migrateToLatest(a), migrateToLatest(b)]);
    const applied = [ra, rb].map((r) => (r.results ?? []).filter((x) => x.status === "Success").length);
    expect(applied.sort()).toEqual([0, Object.keys(migrations).length]);
    const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(a);
    expect(rows.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
  });
});
