/**
 * The dashboard's counts read one region's range of an index (db/migrations/2026-12-01T0400_case_dashboard_indexes):
 * every query it sends, for a district and for a city, is explained by SQLite, and none may
 * walk the cases table or a whole index, or sort. On a million cases that is the difference between a
 * count in milliseconds and one in a second (npm run bench:cases).
 *
 * The planner chooses by its statistics (sqlite_stat1, which every connection refreshes:
 * db/client.ts), and a few test rows would give it a picture no live database has; the file
 * gets the statistics ANALYZE wrote for the benchmark's million cases (tests/bench/case-data.ts).
 */
import SQLite from "better-sqlite3";
import { Kysely, type CompiledQuery } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "~/db/schema";
import { WaitingSqliteDialect } from "~/db/sqlite-dialect";
import { caseDashboard } from "~/domain/cases/case-dashboard.queries.server";
import { createActor, createKindergarten, HAISHU, insertCase, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

/** sqlite_stat1 of inspection_cases after ANALYZE on the benchmark's 1,000,000 cases. */
const MILLION_CASES_STATS: Record<string, string> = {
  inspection_cases_assignee: "1000000 179 38",
  inspection_cases_decisions: "849322 304 2 1 1",
  inspection_cases_due: "1000000 333334 494 1 1 1",
  // Partial: the few cases whose extension waits for a lead (none in the generated data; a busy day's share).
  inspection_cases_extension_requests: "40 2 1",
  inspection_cases_kindergarten: "1000000 7",
  inspection_cases_open_counts: "180503 65 14 6 4 1 1 1",
  inspection_cases_q_assignee: "1000000 179 60 1 1 1 1 1",
  inspection_cases_q_counts: "1000000 358 61 23 16 12 7 6 3 2 1 1 1",
  inspection_cases_q_due: "1000000 529 1 1 1 1",
  inspection_cases_q_opened: "1000000 2 1 1 1 1",
  inspection_cases_q_priority: "1000000 333334 177 1 1 1 1",
  inspection_cases_q_region_due: "1000000 358 2 1 1 1",
  inspection_cases_q_region_opened: "1000000 358 1 1 1 1",
  inspection_cases_q_region_priority: "1000000 358 120 1 1 1 1",
  inspection_cases_q_region_updated: "1000000 358 1 1 1 1",
  inspection_cases_q_updated: "1000000 2 1 1 1 1",
  sqlite_autoindex_inspection_cases_1: "1000000 1",
  sqlite_autoindex_inspection_cases_2: "1000000 1",
};

describe.skipIf(TEST_DIALECT === "pg")("the dashboard's query plans", () => {
  let t: TestDb;
  let sqlite: SQLite.Database;

  beforeAll(async () => {
    t = await createTestDb();
    await seedReferenceData(t.db);
    const statuses = ["open", "in_progress", "awaiting_answer", "answered", "decided", "closed", "closed", "closed"] as const;
    for (const region of [HAISHU, JIANGBEI]) {
      const kg = await createKindergarten(t.db, { region_code: region });
      for (let i = 0; i < 40; i++) {
        const id = await insertCase(t.db, { kindergartenId: kg.id, regionCode: region, severity: i % 3 ? "amber" : "red", dueDate: `2027-03-${String(1 + (i % 28)).padStart(2, "0")}`, status: statuses[i % statuses.length], term: `t${i}` });
        if (statuses[i % statuses.length] === "decided" || i % 2) {
          await t.db.updateTable("inspection_cases").set({ decided_on: "2027-03-02", decision_kind: "no_violation" }).where("id", "=", id).execute();
        }
      }
    }
    sqlite = new SQLite(t.url);
    sqlite.exec("ANALYZE");
    sqlite.prepare("DELETE FROM sqlite_stat1 WHERE tbl = 'inspection_cases'").run();
    // better-sqlite3's SQLite keeps samples too (STAT4): forty rows' samples would misinform it.
    sqlite.prepare("DELETE FROM sqlite_stat4 WHERE tbl = 'inspection_cases'").run();
    const stat = sqlite.prepare("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('inspection_cases', ?, ?)");
    for (const [index, figures] of Object.entries(MILLION_CASES_STATS)) stat.run(index, figures);
    sqlite.close();
    sqlite = new SQLite(t.url);
  });

  afterAll(async () => {
    sqlite?.close();
    await t?.destroy();
  });

  async function plansOf(regionCode: string): Promise<string[]> {
    const sent: CompiledQuery[] = [];
    const db = new Kysely<Database>({ dialect: new WaitingSqliteDialect(new SQLite(t.url)), log: (e) => void sent.push(e.query) });
    try {
      const actor = await createActor(t.db, "officer", { regionCode, agency: "market" });
      // A day of its own: the per-process cache has nothing for it.
      await caseDashboard(db, actor, new Date(`2027-03-${regionCode === NINGBO ? "10" : "11"}T02:00:00.000Z`));
    } finally {
      await db.destroy();
    }
    const counts = sent.filter((q) => q.sql.includes("inspection_cases"));
    expect(counts.length).toBeGreaterThanOrEqual(6);
    return counts.map((q) =>
      (sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as Array<{ detail: string }>).map((r) => r.detail).join(" / "),
    );
  }

  it.each([
    ["a district", HAISHU],
    ["a city", NINGBO],
  ])("counts %s from the dashboard's indexes, never the table", async (_, regionCode) => {
    const plans = await plansOf(regionCode);
    expect(plans.filter((plan) => plan.includes("inspection_cases_extension_requests"))).toHaveLength(1);
    for (const plan of plans) {
      // A search of one range of an index (the region's, at most a window of days in it), never a walk of a whole one.
      expect(plan).toMatch(/^SEARCH inspection_cases USING (COVERING )?INDEX \w+ \(region_code[=>]/);
      expect(plan).not.toMatch(/SCAN inspection_cases|USE TEMP B-TREE FOR ORDER BY/);
    }
  });
});
