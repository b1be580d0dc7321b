/**
 * The meal-fund jobs on both runners with the real rule files: the scheduled
 * sweep flags a month whose account never came once its due date has passed
 * (the month before last is always past due), and a filed account's outbox
 * row (meal_fund.filed) has R15 evaluated for its month. With a real Redis:
 * the sweep's job scheduler beside the relay, two workers, one finding.
 */
import { ulid } from "ulid";
import { describe, expect, it } from "vitest";
import { startWorkers } from "../../jobs/bullmq-workers";
import { createJobContext } from "../../jobs/context";
import { startEmbeddedJobs } from "../../jobs/embedded";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { productionSchedules } from "../../jobs/schedules";
import type { DB } from "~/db/client";
import { fileMealFund } from "~/domain/meal-fund/meal-fund.service.server";
import { shiftMonth } from "~/rules/facts/meal-fund/registry";
import { shanghaiDate } from "~/utils/working-days";
import { createKindergartenWithOperator, seedReferenceData } from "../factories/domain";
import { createTestDb } from "../setup/test-db";
import { captureLogger, useJobsFixture, waitFor } from "./helpers";

const current = () => shanghaiDate().slice(0, 7);

/** A kindergarten that has not filed the month before last, and one that files it late through the form's service. */
async function setUp(db: DB) {
  await seedReferenceData(db);
  const silent = await createKindergartenWithOperator(db);
  const filer = await createKindergartenWithOperator(db);
  const month = shiftMonth(current(), -2);
  const filed = await fileMealFund({
    db,
    actor: filer.operator,
    kindergartenId: filer.kg.id,
    input: { month, income: "1000", spending: { food: "1000", fuel: "0", utensils: "0", other: "0" }, childCount: "20", mealDays: "20", note: "" },
    submissionKey: ulid(),
  });
  expect(filed.ok).toBe(true);
  return { silent: silent.kg.id, filer: filer.kg.id, month };
}

const findings = async (db: DB, kindergartenId: string, month: string) =>
  (await db.selectFrom("meal_fund_flags").select(["account_id", "explanation"]).where("kindergarten_id", "=", kindergartenId).where("month", "=", month).execute()).map((f) => ({
    hasAccount: f.account_id !== null,
    fired: (JSON.parse(f.explanation) as { conditions: Array<{ name: string; result: boolean }> }).conditions.filter((c) => c.result).map((c) => c.name),
  }));

const evaluations = async (db: DB, kindergartenId: string) =>
  (await db.selectFrom("audit_log").select("id").where("entity_id", "=", kindergartenId).where("action", "=", "meal_fund.evaluated").execute()).length;

describe("meal-fund jobs, in-process runner and timer", () => {
  it("the sweep at start flags the silent kindergarten's month missing; the filed month is evaluated from its outbox row", async () => {
    const t = await createTestDb();
    try {
      const { silent, filer, month } = await setUp(t.db);
      const runner = await startEmbeddedJobs({ db: t.db, logger: silentLogger, pollMs: 50 });
      try {
        await waitFor(async () => (await findings(t.db, silent, month)).length === 1, { what: "the sweep at start" });
        await waitFor(async () => (await t.db.selectFrom("meal_fund_checks").select("month").where("kindergarten_id", "=", filer).where("month", "=", month).execute()).length === 1, {
          what: "the filed month evaluated",
        });
      } finally {
        await runner.stop();
      }
      expect(await findings(t.db, silent, month)).toEqual([{ hasAccount: false, fired: ["missingAfterDueDate"] }]);
      // Filed today, after its due date: late (the sweep, finding the account, says the same).
      expect(await findings(t.db, filer, month)).toEqual([{ hasAccount: true, fired: ["filedAfterDueDate"] }]);
      // A second start sweeps again: the month was evaluated after its due date, nothing more.
      const before = await evaluations(t.db, silent);
      const again = await startEmbeddedJobs({ db: t.db, logger: silentLogger, pollMs: 50 });
      await new Promise((r) => setTimeout(r, 300));
      await again.stop();
      expect(await evaluations(t.db, silent)).toBe(before);
    } finally {
      await t.destroy();
    }
  });
});

describe("meal-fund jobs, BullMQ (real Redis)", () => {
  const f = useJobsFixture();

  it("the scheduled sweep and the filing's job, with two workers, leave one finding per month", async () => {
    const { silent, filer, month } = await setUp(f.t.db);
    const ctx = await createJobContext({ db: f.t.db, logger: silentLogger });
    const start = (relay: boolean) =>
      startWorkers({ db: f.t.db, ctx, processors, redisUrl: f.redis.url, prefix: f.prefix, relay: relay ? { intervalMs: 50 } : false, schedules: productionSchedules(), logger: captureLogger().logger });
    const [a, b] = await Promise.all([start(true), start(false)]);
    f.onCleanup(() => Promise.all([a.close(), b.close()]));
    await waitFor(async () => (await findings(f.t.db, silent, month)).length === 1, { what: "the scheduled meal-fund sweep" });
    await waitFor(async () => (await f.t.db.selectFrom("outbox").select("processed_at").where("topic", "=", "meal_fund.filed").executeTakeFirst())?.processed_at != null, {
      what: "the filing's job",
    });
    expect(await findings(f.t.db, silent, month)).toEqual([{ hasAccount: false, fired: ["missingAfterDueDate"] }]);
    expect(await findings(f.t.db, filer, month)).toEqual([{ hasAccount: true, fired: ["filedAfterDueDate"] }]);
  });
});
