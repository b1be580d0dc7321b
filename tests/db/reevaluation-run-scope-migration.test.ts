/**
 * Migration 2026-12-05T0000_reevaluation_run_scope: a run recorded before it (every run was national) reads as
 * national (region_code null) and, still under way, carries on over every region's active filings, as it started;
 * going down drops the column and up brings it back.
 */
import { describe, expect, it } from "vitest";
import { getRun, runReevaluationBatch } from "~/domain/changes/reevaluation.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/load/read-files";
import { createKindergarten, HAISHU, insertCareFeeFiling, seedReferenceData, XIHU } from "../factories/domain";
import { useMigrationTest } from "../setup/migrate-to";

const BEFORE = "2026-12-04T0700_stale_escalations";
const THIS = "2026-12-05T0000_reevaluation_run_scope";
const AT = "2026-10-01T02:00:00.000Z";
const rules = createRulesRuntime(loadRuleSet().filter((d) => d.id === "R03"));

describe(`migration ${THIS}`, () => {
  const t = useMigrationTest(BEFORE, {
    arrange: async (db) => {
      await seedReferenceData(db);
      for (const region of [HAISHU, XIHU]) {
        const kg = await createKindergarten(db, { nature: "inclusive_private", region_code: region });
        await insertCareFeeFiling(db, kg.id, 100_000);
      }
    },
  });

  const columns = async () => {
    const row = await t.db.selectFrom("reevaluation_runs").selectAll().where("id", "=", "old-run").executeTakeFirstOrThrow();
    return Object.keys(row);
  };

  it("an earlier run is national, and one under way carries on over every region", async () => {
    // A run as the release before this one started it, pending, with no scope to record.
    await t.db
      .insertInto("reevaluation_runs")
      .values({
        id: "old-run",
        reason: "guidance_prices",
        subject_id: "some-batch",
        status: "pending",
        total: 2,
        processed: 0,
        newly_flagged: 0,
        cleared: 0,
        cursor: null,
        error: null,
        created_by: null,
        created_at: AT,
        started_at: null,
        finished_at: null,
      } as never)
      .execute();
    expect(await columns()).not.toContain("region_code");

    await t.migrateTo("latest");
    expect(await getRun(t.db, "old-run")).toMatchObject({ region_code: null, total: 2 });
    expect(await runReevaluationBatch({ db: t.db, rules }, { runId: "old-run", afterCursor: null }, 10)).toMatchObject({ ran: true, processed: 2, done: true });
    expect(await getRun(t.db, "old-run")).toMatchObject({ status: "done", processed: 2, total: 2 });
  });

  it("down drops the column, up adds it back (null)", async () => {
    await t.migrateTo(BEFORE);
    expect(await columns()).not.toContain("region_code");
    await t.migrateTo("latest");
    expect(await getRun(t.db, "old-run")).toMatchObject({ region_code: null });
  });
});
