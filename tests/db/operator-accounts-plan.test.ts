/**
 * The education office's page of one kindergarten's bookkeepers' accounts as SQLite plans it (EXPLAIN QUERY PLAN): the
 * accounts are found by the kindergarten along `users_kindergarten` (kindergarten_id, username), in the page's order,
 * with no sort. Without the index the read walked every account in username order, a province's 150,000 operators,
 * to find the kindergarten's one or two.
 */
import { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "~/domain/users/actor";
import { kindergartenOperatorAccounts } from "~/domain/users/user-admin.queries.server";
import { createActor, createKindergarten, HAISHU, seedReferenceData } from "../factories/domain";
import { captureCompiledQueries, createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

describe.skipIf(TEST_DIALECT === "pg")("the kindergarten's accounts' query plan", () => {
  let t: TestDb;
  let officer: Actor;
  let kg: { id: string };

  beforeAll(async () => {
    t = await createTestDb();
    await seedReferenceData(t.db);
    officer = await createActor(t.db, "officer", { agency: "education", regionCode: HAISHU });
    kg = await createKindergarten(t.db, { region_code: HAISHU });
    await createActor(t.db, "operator", { kindergartenId: kg.id });
  });

  afterAll(async () => {
    await t?.destroy();
  });

  it("reads the kindergarten's accounts along users_kindergarten, with no sort", async () => {
    const captured = captureCompiledQueries(t.db);
    const page = await kindergartenOperatorAccounts(t.db, officer, kg.id);
    expect(page?.rows).toHaveLength(1);
    const reads = captured.filter((q) => /from "users" as "u"/.test(q.sql));
    expect(reads).toHaveLength(1);
    const plan = (await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${reads[0]!.sql}`, [...reads[0]!.parameters]))).rows.map((r) => r.detail);
    expect(plan.join(" | ")).toMatch(/SEARCH u USING INDEX users_kindergarten \(kindergarten_id=\?/);
    expect(plan.filter((line) => /TEMP B-TREE/.test(line))).toEqual([]);
  });
});
