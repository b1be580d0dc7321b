/**
 * lockFor and lockShared (db/locks.ts) on Postgres: the advisory lock is keyed by two 32-bit hashes of the key (64
 * bits), so keys that share one hash do not share a lock; the same key is one lock, held to the commit; a shared
 * holder waits only for the exclusive one.
 */
import { sql, type Transaction } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockFor, lockShared } from "~/db/locks";
import type { Database } from "~/db/schema";
import { createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});

afterAll(async () => {
  await t?.destroy();
});

/** Runs `work` in a transaction that holds `take` until `release` is called. */
function holding(take: (trx: Transaction<Database>) => Promise<void>): { taken: Promise<void>; release: () => void; done: Promise<void> } {
  let release!: () => void;
  let taken!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const takenP = new Promise<void>((r) => (taken = r));
  const done = t.db.transaction().execute(async (trx) => {
    await take(trx);
    taken();
    await released;
  });
  return { taken: takenP, release, done };
}

/** Whether `take` gets its lock within `ms` while another transaction holds one. */
async function getsWithin(take: (trx: Transaction<Database>) => Promise<void>, ms: number): Promise<boolean> {
  try {
    await t.db.transaction().execute(async (trx) => {
      await sql`set local lock_timeout = ${sql.lit(`${ms}ms`)}`.execute(trx);
      await take(trx);
    });
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === "55P03") return false;
    throw err;
  }
}

describe.runIf(TEST_DIALECT === "pg")("advisory locks (Postgres)", () => {
  it("key a lock by two hashes of the text, so it is 64 bits wide", async () => {
    const held = holding((trx) => lockFor(trx, "kindergartens:uscc:52330203MJA000001F"));
    await held.taken;
    const rows = await sql<{ classid: number; objid: number; objsubid: number; h1: number; h2: number }>`
      select l.classid::int8::int4 as classid, l.objid::int8::int4 as objid, l.objsubid,
             hashtext('kindergartens:uscc:52330203MJA000001F') as h1, hashtext('lock:kindergartens:uscc:52330203MJA000001F') as h2
      from pg_locks l where l.locktype = 'advisory' and l.objsubid = 2`.execute(t.db);
    held.release();
    await held.done;
    expect(rows.rows.some((r) => r.classid === r.h1 && r.objid === r.h2)).toBe(true);
  });

  it("make a writer of the same key wait, and not one of another key; a shared holder waits only for the exclusive one", async () => {
    const held = holding((trx) => lockFor(trx, "registry"));
    await held.taken;
    expect(await getsWithin((trx) => lockFor(trx, "registry"), 200)).toBe(false);
    expect(await getsWithin((trx) => lockShared(trx, "registry"), 200)).toBe(false);
    expect(await getsWithin((trx) => lockFor(trx, "registry:other"), 200)).toBe(true);
    held.release();
    await held.done;
    const shared = holding((trx) => lockShared(trx, "registry"));
    await shared.taken;
    expect(await getsWithin((trx) => lockShared(trx, "registry"), 200)).toBe(true);
    expect(await getsWithin((trx) => lockFor(trx, "registry"), 200)).toBe(false);
    shared.release();
    await shared.done;
  });
});
