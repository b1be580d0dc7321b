/**
 * The case queue's queries as SQLite plans them (EXPLAIN QUERY PLAN): a page
 * of a district or of everyone is read along an index in its own order and
 * stops when full (no temporary B-tree, never the whole table); a city's page
 * reads each of its regions' pages as a district's is read and merges them
 * (sorting the city's range took 30–35 ms for "all states" of 40,000 cases,
 * a walk of the nationwide order 150 ms: measured on a million cases); in
 * each sort and with the main filters. The counts are grouped over one range of the covering index. No
 * statistics here: the plans hold without them.
 */
import { CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseQueue, forgetQueueCounts } from "~/domain/cases/case-queue.server";
import { readQueueQuery } from "~/domain/cases/case-queue.schema";
import type { Actor } from "~/domain/users/actor";
import { createActor, HAISHU, NINGBO, seedReferenceData } from "../factories/domain";
import { captureCompiledQueries, createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

describe.skipIf(TEST_DIALECT === "pg")("the case queue's query plans", () => {
  let t: TestDb;
  let district: Actor;
  let city: Actor;
  let admin: Actor;
  let captured: CompiledQuery[] = [];

  beforeAll(async () => {
    t = await createTestDb();
    await seedReferenceData(t.db);
    district = await createActor(t.db, "officer", { regionCode: HAISHU });
    city = await createActor(t.db, "officer", { regionCode: NINGBO });
    admin = await createActor(t.db, "admin");
    captured = captureCompiledQueries(t.db);
  });

  afterAll(async () => {
    await t?.destroy();
  });

  /** The plans of the queue's case queries for a view: the page first, then the counts. */
  async function plans(actor: Actor, search: string): Promise<{ page: string[]; counts: string[][] }> {
    forgetQueueCounts();
    captured.length = 0;
    await caseQueue(t.db, actor, readQueueQuery(new URLSearchParams(search)).filters);
    const queries = captured.filter((q) => /from "inspection_cases"/.test(q.sql));
    const explain = async (q: CompiledQuery) =>
      (await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${q.sql}`, [...q.parameters]))).rows.map((r) => r.detail);
    // The page is the one query that is not grouped (it may be compiled after the counts).
    const page = queries.find((q) => !/group by/.test(q.sql))!;
    return { page: await explain(page), counts: await Promise.all(queries.filter((q) => q !== page).map(explain)) };
  }

  const VIEWS = ["", "severity=red", "state=in_progress", "state=closed", "state=all", "overdue=1", "escalated=1", "rule=R04&term=2027-spring", "source=complaint", "nature=public", "assignee=none", "within=5", "sort=due", "sort=opened", "sort=updated"];

  for (const [who, actor] of [["district", () => district], ["city", () => city], ["admin", () => admin]] as const) {
    it(`reads a page of the ${who} from ${who === "city" ? "its regions' own ranges of region-led indexes" : "an index in its order, with no sort,"} in every view`, async () => {
      const found: Record<string, string[]> = {};
      const plansOf: Record<string, string[]> = {};
      for (const view of VIEWS) {
        const { page } = await plans(actor(), view);
        plansOf[view || "(default)"] = page;
        const cases = page.find((line) => / c USING /.test(line)) ?? page.join(" | ");
        found[view || "(default)"] = [cases, ...page.filter((line) => /TEMP B-TREE|^SCAN c$/.test(line))];
      }
      for (const [view, [access, ...bad]] of Object.entries(found)) {
        if (who === "city") {
          expect(bad.filter((line) => /^SCAN c$/.test(line)), `${who} ${view}: ${access}`).toEqual([]);
          // Searches of indexes (each region's range of a region-led one, merged; or the city's range), never the table.
          const reads = plansOf[view || "(default)"].filter((line) => /SEARCH c USING/.test(line) && !/sqlite_autoindex/.test(line));
          expect(reads.length, `${who} ${view}`).toBeGreaterThan(0);
          for (const read of reads) expect(read, `${who} ${view}`).toMatch(/SEARCH c USING (COVERING )?INDEX inspection_cases_(q_|kindergarten)/);
        } else {
          expect(bad, `${who} ${view}: ${access}`).toEqual([]);
          expect(access, `${who} ${view}`).toMatch(/USING (COVERING )?INDEX inspection_cases_q_/);
        }
      }
      // The default view of a district reads its own range; everyone's walks the order without the region;
      // a city's reads each of its regions' own ranges, as a district's page does, never the city's range.
      if (who !== "city") expect(found["(default)"][0]).toMatch(who === "district" ? /inspection_cases_q_region_priority \(region_code=\?\)/ : /inspection_cases_q_priority/);
      else {
        const reads = plansOf["(default)"].filter((line) => /SEARCH c USING (COVERING )?INDEX inspection_cases_q_/.test(line));
        expect(reads.length).toBeGreaterThan(1);
        for (const read of reads) expect(read).toMatch(/inspection_cases_q_region_priority \(region_code=\?\)$/);
      }
    });

    it(`counts the ${who}'s cases grouped over the covering index, with no sort`, async () => {
      for (const view of ["", "severity=red&overdue=1", "assignee=me", "within=5&source=rule", "nature=public"]) {
        const { counts } = await plans(actor(), view);
        expect(counts.length, view).toBeGreaterThan(0);
        for (const plan of counts) {
          const text = plan.join(" | ");
          // The whole scope: one range of the covering index. A narrow filter may take its own index (an assignee's cases, a few days' due dates).
          // A region's kindergartens of a nature are a list of a few hundred: their cases may be looked up instead.
          if (view === "nature=public" && who !== "admin" && /c USING INDEX inspection_cases_kindergarten \(kindergarten_id=\?\)/.test(text)) continue;
          expect(text, `${who} ${view}`).toMatch(view === "" || view === "nature=public" ? /c USING COVERING INDEX inspection_cases_q_counts/ : /c USING (COVERING )?INDEX inspection_cases_q_/);
          // Grouped in the counts index's order: no sort. Only a narrow look-up (its few cases) is grouped by sorting.
          if (/inspection_cases_q_counts/.test(text)) expect(plan.filter((line) => /TEMP B-TREE/.test(line)), `${who} ${view}: ${text}`).toEqual([]);
          else expect(text, `${who} ${view}`).toMatch(/\((assigned_to=\?|region_code=\? AND due_date>\? AND due_date<\?|due_date>\? AND due_date<\?)\)/);
        }
      }
    });
  }

  it("reads a kindergarten search through the kindergartens' cases (a few, then sorted), not the whole queue", async () => {
    const { page } = await plans(city, "q=阳光");
    // No kindergarten matches here: at most the city's range is read, never the table.
    expect(page.join(" | ")).not.toMatch(/SCAN c$/);
  });
});
