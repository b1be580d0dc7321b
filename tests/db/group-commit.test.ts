/**
 * Group commit (db/group-commit.ts) on a real database of each dialect: works
 * handed over together share one transaction, each caller learns of its work
 * only once it is committed, and one work's failure is undone alone.
 */
import { sql, type Kysely } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type DB } from "~/db/client";
import { GroupCommit } from "~/db/group-commit";
import { createTestDb, type TestDb } from "../setup/test-db";

describe("group commit", () => {
  let test: TestDb;
  /** A second connection to the same database: sees only what is committed. */
  let other: DB;

  beforeEach(async () => {
    test = await createTestDb();
    other = createDb(test.url);
    await sql`create table gc_parent (id text primary key)`.execute(test.db);
    await sql`create table gc_log (id text primary key, parent_id text references gc_parent (id) deferrable initially deferred)`.execute(test.db);
  });

  afterEach(async () => {
    await other.destroy();
    await test.destroy();
  });

  const stored = async (db: Kysely<any>) =>
    (await sql<{ id: string }>`select id from gc_log order by id`.execute(db)).rows.map((r) => r.id);
  const log = (db: Kysely<any>, id: string, parentId: string | null = null) => sql`insert into gc_log (id, parent_id) values (${id}, ${parentId})`.execute(db);

  it("runs the works handed over together in one transaction, and settles each only after its COMMIT", async () => {
    const group = new GroupCommit<any>(test.db);
    const seen: { inside: string[]; outside: string[] }[] = [];
    const settledAfter: string[][] = [];
    const works = ["a", "b", "c", "d"].map((id) =>
      group
        .run(async (trx) => {
          await log(trx, id);
          seen.push({ inside: await stored(trx), outside: await stored(other) });
          return id.toUpperCase();
        })
        .then(async (value) => {
          settledAfter.push(await stored(other));
          return value;
        }),
    );
    expect(await Promise.all(works)).toEqual(["A", "B", "C", "D"]);
    // Each work sees the batch's earlier works (the same transaction); no other connection sees any before the COMMIT.
    expect(seen).toEqual([
      { inside: ["a"], outside: [] },
      { inside: ["a", "b"], outside: [] },
      { inside: ["a", "b", "c"], outside: [] },
      { inside: ["a", "b", "c", "d"], outside: [] },
    ]);
    for (const rows of settledAfter) expect(rows).toEqual(["a", "b", "c", "d"]);
  });

  it("undoes a failing work alone: the others of its batch are stored", async () => {
    const group = new GroupCommit<any>(test.db);
    const outcomes = await Promise.allSettled([
      group.run((trx) => log(trx, "a")),
      group.run(async (trx) => {
        await log(trx, "b");
        throw new Error("refused after writing");
      }),
      group.run((trx) => log(trx, "c")),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toEqual(new Error("refused after writing"));
    expect(await stored(other)).toEqual(["a", "c"]);
  });

  it("rolls a lone failing work back entirely", async () => {
    const group = new GroupCommit<any>(test.db);
    await expect(
      group.run(async (trx) => {
        await log(trx, "a");
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await stored(other)).toEqual([]);
    // The group goes on afterwards.
    await group.run((trx) => log(trx, "b"));
    expect(await stored(other)).toEqual(["b"]);
  });

  it("fails every work of a batch whose COMMIT fails, and stores none of them", async () => {
    const group = new GroupCommit<any>(test.db);
    // A deferred foreign key is checked at COMMIT: the batch as a whole cannot commit.
    const outcomes = await Promise.allSettled([group.run((trx) => log(trx, "a")), group.run((trx) => log(trx, "b", "no such parent"))]);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
    expect(await stored(other)).toEqual([]);
    await group.run((trx) => log(trx, "c"));
    expect(await stored(other)).toEqual(["c"]);
  });

  it("commits at most maxBatch works at a time: a later batch sees the earlier one committed", async () => {
    const group = new GroupCommit<any>(test.db, 2);
    const outsideAt: Record<string, string[]> = {};
    await Promise.all(
      ["a", "b", "c", "d", "e"].map((id) =>
        group.run(async (trx) => {
          outsideAt[id] = await stored(other);
          await log(trx, id);
        }),
      ),
    );
    expect(outsideAt).toEqual({ a: [], b: [], c: ["a", "b"], d: ["a", "b"], e: ["a", "b", "c", "d"] });
  });

  it("takes work handed over while a batch runs into the next batch", async () => {
    const group = new GroupCommit<any>(test.db);
    let late: Promise<unknown> | undefined;
    await group.run(async (trx) => {
      await log(trx, "a");
      late = group.run(async (inner) => {
        const outside = await stored(other);
        await log(inner, "b");
        return outside;
      });
    });
    expect(await late).toEqual(["a"]);
    expect(await stored(other)).toEqual(["a", "b"]);
  });
});
