/**
 * The case deadline sweep's reads as SQLite plans them (EXPLAIN QUERY PLAN):
 * each walks one stored state's range of inspection_cases_due in its keyset
 * order (due date, id), with no sort. A walk ordered by due date alone read
 * every case due before the window's end, closed ones included: on a million
 * cases (npm run bench:cases), 15 s a run that changed nothing, now 0.36 s.
 */
import { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import { addDays } from "~/utils/civil-date";
import { createKindergarten, HAISHU, insertCase, seedReferenceData } from "../factories/domain";
import { captureCompiledQueries, createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

describe.skipIf(TEST_DIALECT === "pg")("the case deadline sweep's query plans", () => {
  let t: TestDb;
  let captured: CompiledQuery[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    await seedReferenceData(t.db);
    const kg = await createKindergarten(t.db, { region_code: HAISHU });
    for (let i = 0; i < 30; i++) {
      await insertCase(t.db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "amber", dueDate: addDays("2026-11-01", i * 3), term: `t${i}` });
    }
    captured = captureCompiledQueries(t.db);
  });

  afterAll(async () => {
    await t?.destroy();
  });

  it("walks each stored state's range of inspection_cases_due in its order, never every case due", async () => {
    // Small batches, so the cursor's continuation is planned too.
    await sweepCaseDeadlines(t.db, new Date("2026-12-01T02:00:00Z"), { batchSize: 4 });
    const reads = captured.filter((q) => /^select .* from "inspection_cases"/.test(q.sql) && /order by "due_date"/.test(q.sql));
    expect(reads.length).toBeGreaterThan(3);
    for (const q of reads) {
      const plan = (await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${q.sql}`, [...q.parameters]))).rows.map((r) => r.detail);
      expect(plan.join(" | "), q.sql).toMatch(/SEARCH inspection_cases USING INDEX inspection_cases_due \(due_state=\?/);
      expect(plan.filter((line) => /TEMP B-TREE/.test(line)), q.sql).toEqual([]);
    }
  });
});
