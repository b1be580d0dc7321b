/**
 * A rule new in a release (a rule id no activation mentions yet) is switched on at start-up
 * (app/domain/changes/released-rules.server.ts): like every other activation, it starts a re-evaluation run, national,
 * in the same transaction, so the fee schedules filed before are judged under it too, and a change preview stored
 * before the release is stale (overlappingRunSince sees the run) and computed again under the rules now in force.
 * A fresh installation (no rule activated yet) and a new rule that judges no fee schedule start no run.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { countActiveFilings } from "~/domain/changes/active-filings.server";
import { computeStoredPreview, previewOf } from "~/domain/changes/preview-jobs.server";
import { activateReleasedRules } from "~/domain/changes/released-rules.server";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import { createRulesRuntime, type DraftChange, type RulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { getRulesRuntime } from "~/web/rules.server";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner } from "../../jobs/runner";
import { actorOf, draftHaishuCareFeeBatch } from "../factories/domain";
import { createDemoDb, createTestDb, type TestDb } from "../setup/test-db";

/** The filing rule the release brings: it flags five of the demo's fee schedules. */
const NEW_RULE = "R09";

let t: TestDb;
let released: RulesRuntime;
let previous: RulesRuntime;
let clock = Date.now();
const tick = () => new Date((clock += 1000));

const runs = () => t.db.selectFrom("reevaluation_runs").selectAll().orderBy("created_at").execute();
/** Current results of a rule: those stamped with their filing's latest evaluation. */
const currentResults = async (ruleId: string) =>
  Number(
    (
      await sql<{ n: number | string }>`select count(*) as n from rule_results r join fee_filings f on f.id = r.filing_id and f.evaluated_at = r.evaluated_at
        where r.rule_id = ${ruleId}`.execute(t.db)
    ).rows[0].n,
  );

beforeAll(async () => {
  t = await createDemoDb();
  released = getRulesRuntime();
  // The installation as it ran before the release: its files had no R09, so nothing activated it or judged by it.
  previous = createRulesRuntime(released.library.filter((d) => d.id !== NEW_RULE));
  await t.db.deleteFrom("rule_activations").where("rule_id", "=", NEW_RULE).execute();
  for (const f of await t.db.selectFrom("fee_filings").select("id").orderBy("id").execute()) await evaluateFiling({ db: t.db, rules: previous }, f.id);
  await t.db.updateTable("outbox").set({ processed_at: new Date().toISOString() }).execute();
});

afterAll(async () => {
  await t?.destroy();
});

describe("start-up with a release that brings a new filing rule", () => {
  let change: DraftChange;
  let actorId: string;

  it("before: a stored preview computed without the rule is current", async () => {
    actorId = (await actorOf(t.db, "haishu.ndrc")).id;
    change = {
      kind: "guidance_batch",
      batchId: await draftHaishuCareFeeBatch(t.db, { yuan: "500", grades: ["provincial_model", "class1"], sourceDocument: "海发改〔2026〕98号" }),
    };
    expect(await previewOf({ db: t.db, rules: previous, change, actorId, inlineLimit: 0, now: tick() })).toMatchObject({ status: "computing" });
    const [row] = await t.db.selectFrom("change_previews").select("id").execute();
    expect(await computeStoredPreview({ db: t.db, rules: previous, now: tick }, row.id)).toBe(true);
    const stored = await previewOf({ db: t.db, rules: previous, change, actorId, inlineLimit: 0, now: tick() });
    expect(stored.status).toBe("done");
    expect(JSON.stringify(stored)).not.toContain(`"ruleId":"${NEW_RULE}"`);
    expect(await currentResults(NEW_RULE)).toBe(0);
  });

  it("activates the new rule with a national re-evaluation run in the same transaction", async () => {
    const now = tick();
    const { activated, runId } = await activateReleasedRules(t.db, released.library, now);
    expect(activated.length).toBeGreaterThan(0);
    expect(activated.every((id) => id.startsWith(`${NEW_RULE}@`))).toBe(true);
    expect(runId).not.toBeNull();
    expect(await runs()).toEqual([
      expect.objectContaining({
        id: runId,
        reason: "rules_released",
        subject_id: null,
        region_code: null,
        created_by: null,
        created_at: now.toISOString(),
        status: "pending",
        total: await countActiveFilings(t.db),
      }),
    ]);
  });

  it("the preview stored before the release is stale: asked again, it is computed under the rules now in force", async () => {
    expect(await previewOf({ db: t.db, rules: released, change, actorId, inlineLimit: 0, now: tick() })).toMatchObject({ status: "computing" });
    const pending = await t.db.selectFrom("change_previews").select("id").where("status", "=", "pending").execute();
    expect(pending).toHaveLength(1);
    expect(await computeStoredPreview({ db: t.db, rules: released, now: tick }, pending[0].id)).toBe(true);
    expect(await previewOf({ db: t.db, rules: released, change, actorId, inlineLimit: 0, now: tick() })).toMatchObject({ status: "done" });
  });

  it("the run judges every fee schedule filed before the release under the new rule", async () => {
    // The runner reads the test's clock: the run's job was stamped by it, seconds ahead of the wall clock.
    const runner = createInProcessRunner({ db: t.db, ctx: { db: t.db, rules: released, logger: silentLogger }, processors, now: tick });
    expect(await runner.drainOnce()).toMatchObject({ retried: 0, deadLettered: 0 });
    const [run] = await runs();
    expect(run).toMatchObject({ status: "done", processed: run.total });
    expect(await currentResults(NEW_RULE)).toBeGreaterThan(0);
  });

  it("a second start-up with the same files activates nothing and starts no run", async () => {
    expect(await activateReleasedRules(t.db, released.library, tick())).toEqual({ activated: [], runId: null });
    expect(await runs()).toHaveLength(1);
  });

  it("a new rule that judges no fee schedule (an account rule) starts no run: its own sweep judges again", async () => {
    await t.db.deleteFrom("rule_activations").where("rule_id", "=", "A02").execute();
    const { activated, runId } = await activateReleasedRules(t.db, released.library, tick());
    expect(activated.length).toBeGreaterThan(0);
    expect(activated.every((id) => id.startsWith("A02@"))).toBe(true);
    expect(runId).toBeNull();
    expect(await runs()).toHaveLength(1);
  });
});

describe("a fresh installation", () => {
  it("activates every rule and starts no run: nothing was judged before", async () => {
    const fresh = await createTestDb();
    try {
      const { activated, runId } = await activateReleasedRules(fresh.db, getRulesRuntime().library, new Date());
      expect(activated.length).toBeGreaterThan(0);
      expect(runId).toBeNull();
      expect(await fresh.db.selectFrom("reevaluation_runs").select("id").execute()).toEqual([]);
      expect(await fresh.db.selectFrom("outbox").select("id").where("topic", "=", "reevaluation.batch").execute()).toEqual([]);
    } finally {
      await fresh.destroy();
    }
  });
});
