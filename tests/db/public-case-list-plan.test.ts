/**
 * The public case list's reads as SQLite plans them (EXPLAIN QUERY PLAN):
 * nationwide, a province, a city, a district and a year, first pages and
 * the pages after, each walk an index in the list's order (published_at
 * desc, id desc) with no sort. A province or a city written as a range of
 * district codes read every published case of the range whole and sorted
 * them: 20–30 ms a page for a province on 100,000 published cases
 * (npm run bench:publication); along the prefix indexes, a page reads its
 * page. (That the other filters are checked on the index's entries, not the
 * table's rows, shows in the benchmark's time, not in a plan.)
 */
import { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedCasesPage, type PublicCaseFilters } from "~/domain/publication/public-cases.queries.server";
import { createKindergarten, HAISHU, JIANGBEI, seedReferenceData } from "../factories/domain";
import { insertPublicCase } from "../factories/public-cases";
import { captureCompiledQueries, createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

describe.skipIf(TEST_DIALECT === "pg")("the public case list's query plans", () => {
  let t: TestDb;

  beforeAll(async () => {
    t = await createTestDb();
    await seedReferenceData(t.db);
    for (const region of [HAISHU, JIANGBEI]) {
      const kg = await createKindergarten(t.db, { region_code: region });
      for (let i = 1; i <= 4; i++) await insertPublicCase(t.db, kg.id, { decidedOn: `2026-0${i}-10`, publishedAt: `2026-0${i}-20T0${i}:00:00.000Z` });
    }
  });

  afterAll(async () => {
    await t?.destroy();
  });

  const views: Array<[string, PublicCaseFilters, RegExp]> = [
    ["nationwide", {}, /USING INDEX public_cases_published \(status=\?/],
    ["a province", { region: "330000" }, /USING INDEX public_cases_published_province \(status=\? AND <expr>=\?/],
    ["a city", { region: "330200" }, /USING INDEX public_cases_published_city \(status=\? AND <expr>=\?/],
    ["a district", { region: HAISHU }, /USING INDEX public_cases_published_region \(status=\? AND region_code=\?/],
    ["a year", { year: 2026 }, /USING INDEX public_cases_published_year \(status=\? AND <expr>=\?/],
    ["a province's year", { region: "330000", year: 2026 }, /USING INDEX public_cases_published_(province|year) \(status=\? AND <expr>=\?/],
  ];

  it.each(views)("walks %s's page along its index, first page and next, with no sort", async (_view, filters, index) => {
    const captured = captureCompiledQueries(t.db);
    const first = await publishedCasesPage(t.db, filters, null, 2);
    expect(first.next).not.toBeNull();
    await publishedCasesPage(t.db, filters, first.next, 2);
    const reads = captured.filter((q) => /from "public_cases"/.test(q.sql));
    expect(reads).toHaveLength(2);
    for (const q of reads) {
      const plan = (await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${q.sql}`, [...q.parameters]))).rows.map((r) => r.detail);
      expect(plan.join(" | "), q.sql).toMatch(index);
      expect(plan.filter((line) => /TEMP B-TREE/.test(line)), q.sql).toEqual([]);
    }
  });
});
