/**
 * Prepared statements (db/prepared.ts) on a real database of each dialect:
 * built once, run with each call's values in the slots' places, constants
 * kept, a missing value refused before anything runs.
 */
import { sql, type Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { prepared } from "~/db/prepared";
import { createTestDb, type TestDb } from "../setup/test-db";

interface Tables {
  pr_item: { id: string; kind: string; amount: number | null; note: string | null };
}

describe("prepared statements", () => {
  let test: TestDb;
  let db: Kysely<Tables>;

  beforeEach(async () => {
    test = await createTestDb();
    db = test.db as unknown as Kysely<Tables>;
    await sql`create table pr_item (id text primary key, kind text not null, amount integer, note text)`.execute(db);
  });

  afterEach(async () => {
    await test.destroy();
  });

  let builds = 0;
  const insertItem = prepared<Tables, { id: string; amount: number | null; note: string | null }, never>("insertItem", (db, $) => {
    builds += 1;
    // "fee" is a constant of the statement, between two slots: it must stay where it is.
    return db.insertInto("pr_item").values({ id: $.id, kind: "fee", amount: $.amount, note: $.note });
  });
  const itemsOfKindAbove = prepared<Tables, { kind: string; min: number }, { id: string; amount: number | null }>("itemsOfKindAbove", (db, $) =>
    db.selectFrom("pr_item").select(["id", "amount"]).where("kind", "=", $.kind).where("amount", ">", $.min).orderBy("id"),
  );
  const raiseKind = prepared<Tables, { kind: string; by: number }, never>("raiseKind", (db, $) =>
    db
      .updateTable("pr_item")
      .set((eb) => ({ amount: eb("amount", "+", $.by) }))
      .where("kind", "=", $.kind),
  );

  it("binds each call's values where the slots are, and keeps the statement's constants", async () => {
    await insertItem.execute(db, { id: "a", amount: 100, note: null });
    await insertItem.execute(db, { id: "b", amount: 300, note: "second" });
    await insertItem.execute(db, { id: "c", amount: null, note: "no amount" });
    const rows = await sql<Tables["pr_item"]>`select * from pr_item order by id`.execute(db);
    expect(rows.rows).toEqual([
      { id: "a", kind: "fee", amount: 100, note: null },
      { id: "b", kind: "fee", amount: 300, note: "second" },
      { id: "c", kind: "fee", amount: null, note: "no amount" },
    ]);
    expect(await itemsOfKindAbove.execute(db, { kind: "fee", min: 150 })).toEqual([{ id: "b", amount: 300 }]);
    expect(await itemsOfKindAbove.execute(db, { kind: "fee", min: 50 })).toEqual([
      { id: "a", amount: 100 },
      { id: "b", amount: 300 },
    ]);
    expect(await itemsOfKindAbove.executeTakeFirst(db, { kind: "other", min: 0 })).toBeUndefined();
    await raiseKind.execute(db, { kind: "fee", by: 5 });
    expect(await itemsOfKindAbove.execute(db, { kind: "fee", min: 0 })).toEqual([
      { id: "a", amount: 105 },
      { id: "b", amount: 305 },
    ]);
  });

  it("builds a statement once per database handle, for the handle and its transactions alike", async () => {
    const before = builds;
    await insertItem.execute(db, { id: "x", amount: 1, note: null });
    await db.transaction().execute(async (trx) => {
      await insertItem.execute(trx, { id: "y", amount: 2, note: null });
      expect(await itemsOfKindAbove.execute(trx, { kind: "fee", min: 0 })).toHaveLength(2);
    });
    await insertItem.execute(db, { id: "z", amount: 3, note: null });
    // A fresh handle (beforeEach): its first call builds, the others find the compiled statement.
    expect(builds - before).toBe(1);
    expect(await itemsOfKindAbove.execute(db, { kind: "fee", min: 0 })).toHaveLength(3);
  });

  it("goes through a handle's plugins on every call, and keeps nothing they rewrote", async () => {
    const seen: string[] = [];
    const watching = db.withPlugin({
      transformQuery: ({ node }) => {
        seen.push(node.kind);
        return node;
      },
      transformResult: async ({ result }) => result,
    });
    await insertItem.execute(watching, { id: "p1", amount: 1, note: null });
    await insertItem.execute(watching, { id: "p2", amount: 2, note: null });
    expect(seen).toEqual(["InsertQueryNode", "InsertQueryNode"]);
    // The plain handle neither sees the plugin nor is handed a statement compiled through it.
    await insertItem.execute(db, { id: "p3", amount: 3, note: null });
    expect(seen).toHaveLength(2);
    expect(await itemsOfKindAbove.execute(db, { kind: "fee", min: 0 })).toHaveLength(3);
  });

  it("refuses a call that leaves a slot without a value, before anything runs", async () => {
    await expect(insertItem.execute(db, { id: "d", amount: 1 } as never)).rejects.toThrow("prepared statement insertItem: no value for $.note");
    expect((await sql`select id from pr_item`.execute(db)).rows).toEqual([]);
  });
});
