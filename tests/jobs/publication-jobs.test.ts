/**
 * Publication's background work on both runners: a violation decision's
 * `case.decided` row drafts its public case (BullMQ with a real Redis, and the
 * in-process runner), and the withdrawal sweep takes down a published case
 * whose retention ended, as a BullMQ job scheduler (two workers side by side
 * withdraw it once) and on the embedded timer.
 */
import { describe, expect, it } from "vitest";
import { startWorkers } from "../../jobs/bullmq-workers";
import { createJobContext } from "../../jobs/context";
import { startEmbeddedJobs } from "../../jobs/embedded";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { scheduledTasks } from "../../jobs/schedules";
import type { DB } from "~/db/client";
import { workingDayOnOrAfter } from "~/utils/working-days";
import { createActor, createKindergarten, HAISHU, seedReferenceData } from "../factories/domain";
import { decidedViolation, publishedCase, REFUND_DECISION } from "../factories/publication";
import { createTestDb } from "../setup/test-db";
import { captureLogger, useJobsFixture, waitFor } from "./helpers";

/** Decided and published four months ago: an order to rectify stays up three months, so it is due for withdrawal. */
const LONG_AGO = new Date(Date.now() - 120 * 24 * 3600 * 1000);
const day = (d: Date) => d.toISOString().slice(0, 10);
const RECTIFY = { kind: "rectification_ordered", basis: "price-penalty-art9", byDate: workingDayOnOrAfter(day(new Date(LONG_AGO.getTime() + 30 * 24 * 3600 * 1000))) };

async function setUp(db: DB) {
  await seedReferenceData(db);
  const kg = await createKindergarten(db, { region_code: HAISHU });
  const officer = await createActor(db, "officer", { regionCode: HAISHU });
  const lead = await createActor(db, "officer", { regionCode: HAISHU, lead: true });
  const expired = await publishedCase(db, officer, lead, kg, LONG_AGO, RECTIFY);
  const fresh = await decidedViolation(db, officer, kg, new Date(), REFUND_DECISION(day(new Date())));
  return { expired, fresh };
}

const status = async (db: DB, id: string) => (await db.selectFrom("public_cases").select("status").where("id", "=", id).executeTakeFirstOrThrow()).status;
const draftsOf = (db: DB, caseId: string) => db.selectFrom("public_cases").select(["id", "status"]).where("case_id", "=", caseId).execute();
const withdrawals = async (db: DB, id: string) =>
  (await db.selectFrom("public_case_events").select("id").where("public_case_id", "=", id).where("kind", "=", "withdrawn").execute()).length;

describe("publication jobs, BullMQ (real Redis)", () => {
  const f = useJobsFixture();

  it("drafts a decided violation from its outbox row, and withdraws an expired case once with two workers", async () => {
    const { expired, fresh } = await setUp(f.t.db);
    const ctx = await createJobContext({ db: f.t.db, logger: silentLogger });
    const start = (relay: boolean) =>
      startWorkers({ db: f.t.db, ctx, processors, redisUrl: f.redis.url, prefix: f.prefix, relay: relay ? { intervalMs: 50 } : false, schedules: scheduledTasks(), logger: captureLogger().logger });
    const [a, b] = await Promise.all([start(true), start(false)]);
    f.onCleanup(() => Promise.all([a.close(), b.close()]));
    await waitFor(async () => (await draftsOf(f.t.db, fresh)).length === 1, { what: "the drafting job" });
    await waitFor(async () => (await status(f.t.db, expired.id)) === "withdrawn", { what: "the scheduled withdrawal" });
    expect(await draftsOf(f.t.db, fresh)).toEqual([expect.objectContaining({ status: "draft" })]);
    expect(await withdrawals(f.t.db, expired.id)).toBe(1);
  });
});

describe("publication jobs, in-process runner and timer", () => {
  it("drafts and withdraws without Redis", async () => {
    const t = await createTestDb();
    try {
      const { expired, fresh } = await setUp(t.db);
      const runner = await startEmbeddedJobs({ db: t.db, logger: silentLogger, pollMs: 50 });
      try {
        await waitFor(async () => (await draftsOf(t.db, fresh)).length === 1, { what: "the drafting job" });
        await waitFor(async () => (await status(t.db, expired.id)) === "withdrawn", { what: "the withdrawal at start" });
      } finally {
        await runner.stop();
      }
      expect(await withdrawals(t.db, expired.id)).toBe(1);
    } finally {
      await t.destroy();
    }
  });
});
