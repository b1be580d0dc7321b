/**
 * The WAL of a SQLite file is synced off the event loop (db/wal-sync.ts): on
 * its timer a file that changed is synced and an unchanged one is not synced
 * again; `durable()` always waits for a sync begun after the call, callers
 * waiting together share one, a caller arriving during a sync waits for the
 * next; a WAL that SQLite deleted and made anew is followed; and a database
 * handle closed by Kysely leaves no descriptor of its WAL open.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, whenDurable } from "~/db/client";
import { startWalSync, type WalSync } from "~/db/wal-sync";
import { TEST_DIALECT } from "../setup/test-db";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The paths this process holds open (Linux: /proc/self/fd), e.g. "/tmp/x/portal.db-wal (deleted)". */
function openPaths(): string[] {
  return fs.readdirSync("/proc/self/fd").flatMap((fd) => {
    try {
      return [fs.readlinkSync(`/proc/self/fd/${fd}`)];
    } catch {
      return []; // the directory's own descriptor, closed while listing
    }
  });
}

async function until(check: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await sleep(5);
  }
}

describe.skipIf(TEST_DIALECT === "pg" || process.platform !== "linux")("the SQLite WAL synced in the background", () => {
  let dir: string;
  let file: string;
  let sync: WalSync | undefined;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-wal-sync-"));
    file = path.join(dir, "portal.db");
  });

  afterEach(async () => {
    await sync?.stop();
    sync = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function openWal(): SQLite.Database {
    const sqlite = new SQLite(file);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
    sqlite.exec("create table if not exists item (id integer primary key, name text)");
    return sqlite;
  }

  it("syncs a WAL that grew, and only once while it stays as it is", async () => {
    const sqlite = openWal();
    sync = startWalSync(`${file}-wal`, 10);
    await until(() => sync!.syncs >= 1);
    const afterCreate = sync.syncs;
    await sleep(80);
    expect(sync.syncs).toBe(afterCreate);

    sqlite.prepare("insert into item (name) values (?)").run("a");
    await until(() => sync!.syncs === afterCreate + 1);
    await sleep(80);
    expect(sync.syncs).toBe(afterCreate + 1);
    sqlite.close();
  });

  it("durable() waits for a sync begun after the call: callers waiting together share one, a later caller gets the next", async () => {
    const sqlite = openWal();
    sync = startWalSync(`${file}-wal`, 60_000); // the timer out of the way
    sqlite.prepare("insert into item (name) values (?)").run("a");
    await Promise.all([sync.durable(), sync.durable(), sync.durable()]);
    expect(sync.syncs).toBe(1);

    // Nothing changed since: a caller is still given a sync of its own (a file's times are too coarse to trust).
    await sync.durable();
    expect(sync.syncs).toBe(2);

    // A caller arriving while a sync runs may have committed after it began: it waits for the next one.
    const first = sync.durable();
    await new Promise((resolve) => setImmediate(resolve)); // the first one's sync has begun
    const second = sync.durable();
    await Promise.all([first, second]);
    expect(sync.syncs).toBe(4);

    await sync.stop();
    await expect(sync.durable()).rejects.toThrow(/stopped/);
    sqlite.close();
  });

  it("follows a WAL that SQLite deleted and made anew, and closes its descriptor of the old one", async () => {
    let sqlite = openWal();
    sqlite.prepare("insert into item (name) values (?)").run("a");
    sync = startWalSync(`${file}-wal`, 10);
    await until(() => sync!.syncs >= 1);
    sqlite.close(); // the last connection: SQLite checkpoints and deletes the WAL
    expect(fs.existsSync(`${file}-wal`)).toBe(false);

    sqlite = openWal();
    sqlite.prepare("insert into item (name) values (?)").run("b");
    const before = sync.syncs;
    await until(() => sync!.syncs > before);
    expect(openPaths().filter((p) => p.includes(`${file}-wal`) && p.endsWith("(deleted)"))).toEqual([]);
    sqlite.close();
  });

  it("starts with a database handle on a file and leaves nothing open once the handle is destroyed", async () => {
    const db = createDb(file);
    await sql`create table item (id integer primary key, name text)`.execute(db);
    await sql`insert into item (name) values (${"a"})`.execute(db);
    await until(() => openPaths().includes(`${file}-wal`));
    await whenDurable(db);
    await db.destroy();
    expect(openPaths().filter((p) => p.startsWith(file))).toEqual([]);
  });
});
