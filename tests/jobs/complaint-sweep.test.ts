/**
 * The complaint deadline sweep on both runners: a BullMQ job scheduler with a
 * real Redis (upserted, so restarting workers keeps one scheduler, and its
 * first run comes at once), and the in-process timer of embedded mode (runs
 * at start, then every interval, never twice at a time, stops cleanly).
 */
import { describe, expect, it } from "vitest";
import { Queue } from "bullmq";
import { startWorkers } from "../../jobs/bullmq-workers";
import { startEmbeddedJobs } from "../../jobs/embedded";
import { RETRY_AFTER_FAILURE_MS, SCHEDULE_QUEUE, scheduledTasks, startScheduleTimers, type ScheduledTask } from "../../jobs/schedules";
import { silentLogger } from "../../jobs/logger";
import type { DB } from "~/db/client";
import { createKindergarten, seedReferenceData, HAISHU } from "../factories/domain";
import { atNoon, complaintRow, fileComplaint } from "../factories/complaint-handling";
import { captureLogger, useJobsFixture, waitFor } from "./helpers";
import { createTestDb, TEST_DIALECT } from "../setup/test-db";
import { sweepComplaintDeadlines } from "~/domain/complaints/complaint-sweep.server";

/** A complaint received long ago: its 7 working days are past, though the stored clock still says ok. */
async function staleComplaint(db: DB): Promise<string> {
  await seedReferenceData(db);
  const kg = await createKindergarten(db, { region_code: HAISHU });
  const { complaintId } = await fileComplaint(db, { kindergartenId: kg.id, now: atNoon("2026-09-01") });
  expect((await complaintRow(db, complaintId)).due_state).toBe("ok");
  return complaintId;
}

async function overdueEvents(db: DB, complaintId: string): Promise<number> {
  const rows = await db.selectFrom("complaint_events").select("id").where("complaint_id", "=", complaintId).where("kind", "=", "overdue").execute();
  return rows.length;
}

describe("the sweep as a BullMQ job scheduler", () => {
  const f = useJobsFixture();

  it("runs at once, marks the overdue complaint once, and keeps one scheduler across worker restarts", async () => {
    const complaintId = await staleComplaint(f.t.db);
    const start = () =>
      startWorkers({ db: f.t.db, ctx: { db: f.t.db }, processors: {}, redisUrl: f.redis.url, prefix: f.prefix, relay: false, schedules: scheduledTasks(), logger: captureLogger().logger });
    const first = await start();
    await waitFor(async () => (await complaintRow(f.t.db, complaintId)).due_state === "overdue", { what: "the first scheduled sweep" });
    await first.close();

    // A restart (and a second worker process beside it) upserts the same scheduler.
    const second = await start();
    const third = await start();
    f.onCleanup(() => Promise.all([second.close(), third.close()]));
    const queue = new Queue(SCHEDULE_QUEUE, { connection: { url: f.redis.url }, prefix: f.prefix });
    f.onCleanup(() => queue.close());
    const schedulers = await queue.getJobSchedulers(0, -1);
    expect(schedulers.map((s) => [s.key, s.every]).sort()).toEqual([
      ["case-deadline-sweep", 10 * 60 * 1000],
      ["complaint-contact-retention-sweep", 60 * 60 * 1000],
      ["complaint-deadline-sweep", 10 * 60 * 1000],
      ["evidence-orphan-sweep", 60 * 60 * 1000],
      ["expired-sessions-sweep", 60 * 60 * 1000],
      ["outbox-retention-sweep", 60 * 60 * 1000],
      ["publication-withdrawal-sweep", 60 * 60 * 1000],
      ["statistics-refresh", 60 * 1000],
    ]);
    // Each start ran the sweeps at once at most; the event was recorded once all the same.
    await waitFor(async () => (await queue.getCompletedCount()) >= 2, { what: "both sweeps completed" });
    expect(await overdueEvents(f.t.db, complaintId)).toBe(1);
  });

  it("removes the scheduler of a task a release no longer has", async () => {
    const queue = new Queue(SCHEDULE_QUEUE, { connection: { url: f.redis.url }, prefix: f.prefix });
    f.onCleanup(() => queue.close());
    await queue.upsertJobScheduler("retired-task", { every: 3_600_000 }, { name: "retired-task" });
    const h = await startWorkers({ db: f.t.db, ctx: { db: f.t.db }, processors: {}, redisUrl: f.redis.url, prefix: f.prefix, relay: false, schedules: scheduledTasks(), logger: silentLogger });
    f.onCleanup(() => h.close());
    expect((await queue.getJobSchedulers(0, -1)).map((s) => s.key).sort()).toEqual(["case-deadline-sweep", "complaint-contact-retention-sweep", "complaint-deadline-sweep", "evidence-orphan-sweep", "expired-sessions-sweep", "outbox-retention-sweep", "publication-withdrawal-sweep", "statistics-refresh"]);
  });
});

describe("the sweep on the in-process timer", () => {
  it("embedded mode sweeps at start without Redis", async () => {
    const t = await createTestDb();
    try {
      const complaintId = await staleComplaint(t.db);
      const runner = await startEmbeddedJobs({ db: t.db, logger: silentLogger, pollMs: 50 });
      try {
        await waitFor(async () => (await complaintRow(t.db, complaintId)).due_state === "overdue", { what: "the sweep at start" });
      } finally {
        await runner.stop();
      }
      expect(await overdueEvents(t.db, complaintId)).toBe(1);
    } finally {
      await t.destroy();
    }
  });

  // The timer's own behaviour, with tasks of the test's own that read no database: on SQLite only (test:pg adds nothing).
  it.skipIf(TEST_DIALECT === "pg")("runs every interval, never two runs of a task at once, and stop() waits for the one running", async () => {
    let runs = 0;
    let running = 0;
    let overlapped = false;
    const task: ScheduledTask<null> = {
      name: "probe",
      everyMs: 20,
      async run() {
        running += 1;
        if (running > 1) overlapped = true;
        await new Promise((r) => setTimeout(r, 45));
        runs += 1;
        running -= 1;
      },
    };
    const { logger, lines } = captureLogger();
    const failing: ScheduledTask<null> = { name: "failing", everyMs: 20, run: () => Promise.reject(new Error("boom")) };
    const timers = startScheduleTimers({ ctx: null, tasks: [task, failing], logger });
    await waitFor(() => runs >= 3, { what: "three runs" });
    await timers.close();
    const after = runs;
    expect(running).toBe(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(runs).toBe(after);
    expect(overlapped).toBe(false);
    // A failing task is logged and tried again, the other keeps running.
    expect(lines.filter((l) => l.task === "failing" && /failed/.test(l.msg)).length).toBeGreaterThanOrEqual(2);
  });

  it.skipIf(TEST_DIALECT === "pg")("a task that fails runs again after RETRY_AFTER_FAILURE_MS, not only at its next interval (an hour)", async () => {
    const started: number[] = [];
    const flaky: ScheduledTask<null> = {
      name: "flaky",
      everyMs: 60 * 60 * 1000,
      async run() {
        started.push(Date.now());
        if (started.length === 1) throw new Error("a lock taken by someone else");
        return null;
      },
    };
    const timers = startScheduleTimers({ ctx: null, tasks: [flaky], logger: silentLogger });
    try {
      await waitFor(() => started.length >= 2, { what: "the retry", timeoutMs: RETRY_AFTER_FAILURE_MS + 3_000 });
      expect(started[1] - started[0]).toBeGreaterThanOrEqual(RETRY_AFTER_FAILURE_MS - 50);
      // It succeeded: no further retry until the next interval.
      await new Promise((r) => setTimeout(r, RETRY_AFTER_FAILURE_MS + 200));
      expect(started).toHaveLength(2);
    } finally {
      await timers.close();
    }
  });
});

describe("a sweep with a backlog", () => {
  it("gives the event loop a turn while it works, so the web process it shares keeps answering", async () => {
    const t = await createTestDb();
    try {
      await seedReferenceData(t.db);
      const kg = await createKindergarten(t.db, { region_code: HAISHU });
      const ids: string[] = [];
      for (let i = 0; i < 150; i++) ids.push((await fileComplaint(t.db, { kindergartenId: kg.id, now: atNoon("2026-09-01") })).complaintId);
      let done = false;
      const turns: boolean[] = [];
      // A request arriving meanwhile is a macrotask: it must run before the sweep ends.
      const ticker = setInterval(() => turns.push(done), 1);
      const started = performance.now();
      await sweepComplaintDeadlines(t.db, new Date(), { batchSize: 2 });
      done = true;
      clearInterval(ticker);
      for (const id of ids) expect((await complaintRow(t.db, id)).due_state).toBe("overdue");
      // Only a sweep that outlasts a slice (25 ms) must yield; on a fast machine 150 complaints may not.
      if (performance.now() - started > 60) expect(turns.filter((afterwards) => !afterwards).length).toBeGreaterThan(0);
    } finally {
      await t.destroy();
    }
  });
});
