/**
 * The SQLite connection keeps its prepared statements (db/sqlite-dialect.ts,
 * withStatementCache): the same SQL text is prepared once and reused with new
 * values, the least recently used text is dropped beyond the limit, a schema
 * change is seen by a kept statement, and a statement still being iterated is
 * not handed out a second time.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type DB } from "~/db/client";
import { STATEMENT_CACHE_SIZE, withStatementCache } from "~/db/sqlite-dialect";
import { TEST_DIALECT } from "../setup/test-db";

describe.skipIf(TEST_DIALECT === "pg")("prepared statements kept by the SQLite connection", () => {
  let dir: string;
  let file: string;
  let db: DB;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-statements-"));
    file = path.join(dir, "portal.db");
    db = createDb(file);
    await sql`create table item (id integer primary key, name text not null)`.execute(db);
    for (let i = 1; i <= 5; i++) await sql`insert into item (id, name) values (${i}, ${`n${i}`})`.execute(db);
  });

  afterEach(async () => {
    await db.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("answers a query run again with other values with those values' rows", async () => {
    const byId = (id: number) => (db as DB).selectFrom("item" as never).select(["id", "name"] as never).where("id" as never, "=", id as never).execute();
    for (let round = 0; round < 3; round++) {
      for (let i = 1; i <= 5; i++) expect(await byId(i)).toEqual([{ id: i, name: `n${i}` }]);
      expect(await byId(99)).toEqual([]);
    }
  });

  it("prepares a text once, drops the least recently used beyond the limit, and still answers a dropped one", () => {
    const sqlite = new SQLite(file);
    let prepared = 0;
    const counting = new Proxy(sqlite, {
      get: (target, key) =>
        key === "prepare"
          ? (source: string) => {
              prepared += 1;
              return target.prepare(source);
            }
          : Reflect.get(target, key),
    });
    const cache = withStatementCache(counting);
    const text = (i: number) => `select id, name, ${i} as k from item where id = ?`;
    expect(cache.prepare(text(0)).get(1)).toEqual({ id: 1, name: "n1", k: 0 });
    expect(cache.prepare(text(0)).get(2)).toEqual({ id: 2, name: "n2", k: 0 });
    expect(prepared).toBe(1);
    // The cache is full; text(0), used again, is then the most recent, so the next text drops text(1).
    for (let i = 1; i < STATEMENT_CACHE_SIZE; i++) cache.prepare(text(i));
    cache.prepare(text(0));
    cache.prepare(text(STATEMENT_CACHE_SIZE));
    expect(prepared).toBe(STATEMENT_CACHE_SIZE + 1);
    cache.prepare(text(0));
    expect(prepared).toBe(STATEMENT_CACHE_SIZE + 1);
    expect(cache.prepare(text(1)).get(3)).toEqual({ id: 3, name: "n3", k: 1 });
    expect(prepared).toBe(STATEMENT_CACHE_SIZE + 2);
    cache.close();
  });

  it("sees a schema change through a kept statement", async () => {
    const all = () => sql<Record<string, unknown>>`select * from item where id = ${1}`.execute(db);
    expect((await all()).rows).toEqual([{ id: 1, name: "n1" }]);
    await sql`alter table item add column note text not null default 'x'`.execute(db);
    expect((await all()).rows).toEqual([{ id: 1, name: "n1", note: "x" }]);
  });

  it("gives a text being iterated a statement of its own", () => {
    const cache = withStatementCache(new SQLite(file));
    const source = "select id from item order by id";
    const first = cache.prepare(source);
    const rows = first.iterate() as IterableIterator<{ id: number }>;
    expect(rows.next().value).toEqual({ id: 1 });
    const second = cache.prepare(source);
    expect(second).not.toBe(first);
    expect(second.all()).toHaveLength(5);
    expect([...rows].map((r) => r.id)).toEqual([2, 3, 4, 5]);
    // Done iterating: the kept statement is handed out again.
    expect(cache.prepare(source)).toBe(first);
    cache.close();
  });
});
