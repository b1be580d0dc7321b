/**
 * The case deadline sweep on both runners: the BullMQ job scheduler with a
 * real Redis (two worker processes at once still escalate a case once), and
 * the in-process timer of embedded mode; and a sweep interrupted midway (its
 * worker gone between two batches) leaves nothing half done: the next run
 * finishes the rest, each case's events written once.
 */
import { describe, expect, it, vi } from "vitest";
import { startWorkers } from "../../jobs/bullmq-workers";
import { startEmbeddedJobs } from "../../jobs/embedded";
import { scheduledTasks } from "../../jobs/schedules";
import { silentLogger } from "../../jobs/logger";
import type { DB } from "~/db/client";
import { sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import { addWorkingDays } from "~/utils/working-days";
import { createKindergarten, HAISHU, insertCase, seedReferenceData } from "../factories/domain";
import { captureLogger, useJobsFixture, waitFor } from "./helpers";
import { createTestDb } from "../setup/test-db";

/** Cases opened long ago: their 15 working days are past, though the stored state still says ok. */
async function staleCases(db: DB, n: number): Promise<string[]> {
  await seedReferenceData(db);
  const kg = await createKindergarten(db, { region_code: HAISHU });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(await insertCase(db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "red", dueDate: addWorkingDays("2026-09-01", 15).date, openedAt: "2026-09-01T04:00:00.000Z", ruleId: `R0${i}` }));
  }
  return ids;
}

async function escalations(db: DB, caseIds: string[]): Promise<number[]> {
  const rows = await db.selectFrom("case_events").select("case_id").where("case_id", "in", caseIds).where("kind", "=", "escalated").execute();
  return caseIds.map((id) => rows.filter((r) => r.case_id === id).length);
}

const overdue = async (db: DB, ids: string[]) =>
  (await db.selectFrom("inspection_cases").select("due_state").where("id", "in", ids).execute()).every((c) => c.due_state === "overdue");

describe("the case sweep as a BullMQ job scheduler", () => {
  const f = useJobsFixture();

  it("runs at once and escalates each overdue case once, with two workers side by side", async () => {
    const ids = await staleCases(f.t.db, 3);
    const start = () =>
      startWorkers({ db: f.t.db, ctx: { db: f.t.db }, processors: {}, redisUrl: f.redis.url, prefix: f.prefix, relay: false, schedules: scheduledTasks(), logger: captureLogger().logger });
    const [a, b] = await Promise.all([start(), start()]);
    f.onCleanup(() => Promise.all([a.close(), b.close()]));
    await waitFor(() => overdue(f.t.db, ids), { what: "the scheduled case sweep" });
    // A run by hand on top of the scheduled ones changes nothing more.
    await sweepCaseDeadlines(f.t.db);
    expect(await escalations(f.t.db, ids)).toEqual([1, 1, 1]);
  });
});

describe("the case sweep on the in-process timer", () => {
  it("embedded mode sweeps at start without Redis", async () => {
    const t = await createTestDb();
    try {
      const ids = await staleCases(t.db, 2);
      const runner = await startEmbeddedJobs({ db: t.db, logger: silentLogger, pollMs: 50 });
      try {
        await waitFor(() => overdue(t.db, ids), { what: "the sweep at start" });
      } finally {
        await runner.stop();
      }
      expect(await escalations(t.db, ids)).toEqual([1, 1]);
    } finally {
      await t.destroy();
    }
  });

  it("a sweep that stops after its first batch is finished by the next, each case escalated once", async () => {
    const t = await createTestDb();
    try {
      const ids = await staleCases(t.db, 5);
      // The first run "dies" after its first batch: batch size 2, the process gone when the third case is written.
      const original = t.db.transaction.bind(t.db);
      let writes = 0;
      const spy = vi.spyOn(t.db, "transaction").mockImplementation(() => {
        writes += 1;
        if (writes > 2) throw new Error("worker killed");
        return original();
      });
      await expect(sweepCaseDeadlines(t.db, new Date(), { batchSize: 2 })).rejects.toThrow("worker killed");
      spy.mockRestore();
      expect((await escalations(t.db, ids)).filter((n) => n === 1)).toHaveLength(2);
      const rest = await sweepCaseDeadlines(t.db, new Date(), { batchSize: 2 });
      expect(rest.escalated).toBe(3);
      expect(await escalations(t.db, ids)).toEqual([1, 1, 1, 1, 1]);
    } finally {
      await t.destroy();
    }
  });
});

describe("a sweep with a backlog", () => {
  it("gives the event loop a turn while it works, so the web process it shares keeps answering", async () => {
    const t = await createTestDb();
    try {
      const ids = await staleCases(t.db, 60);
      let done = false;
      const turns: boolean[] = [];
      // A request arriving meanwhile is a macrotask: it must run before the sweep ends.
      const ticker = setInterval(() => turns.push(done), 1);
      const started = performance.now();
      await sweepCaseDeadlines(t.db, new Date(), { batchSize: 10 });
      done = true;
      clearInterval(ticker);
      expect(await overdue(t.db, ids)).toBe(true);
      // Only a sweep that outlasts a slice (25 ms) must yield; on a fast machine sixty cases may not.
      if (performance.now() - started > 60) expect(turns.filter((afterwards) => !afterwards).length).toBeGreaterThan(0);
    } finally {
      await t.destroy();
    }
  });
});
