/**
 * Previews computed by a job (app/domain/changes/preview-jobs.server.ts): a
 * change over more active fee schedules than the inline limit is previewed in
 * the background, once, stored, and asked for again only after an activation
 * whose run reaches into the preview's scope (a run elsewhere leaves it
 * current); the stored result is what computing it in the request gives.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeKey, computeStoredPreview, previewOf } from "~/domain/changes/preview-jobs.server";
import { activateGuidanceChange } from "~/domain/changes/guidance-change.server";
import { previewChange } from "~/domain/changes/preview.server";
import { startReevaluation, type ReevaluationReason } from "~/domain/changes/reevaluation.server";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import { discardGuidanceBatch } from "~/domain/guidance-prices/guidance-price.service.server";
import type { Actor } from "~/domain/users/actor";
import type { DraftChange } from "~/domain/rules-runtime/rules-runtime.server";
import { getRulesRuntime } from "~/web/rules.server";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner } from "../../jobs/runner";
import { newId } from "~/utils/ids";
import { actorOf, draftCareFeeBatch, draftHaishuCareFeeBatch, HANGZHOU, HAISHU, JIANGBEI, NINGBO, PROVINCE, XIHU } from "../factories/domain";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let ndrc: Actor;

/** 海曙 halves its 普惠 保教费 guidance price: a draft batch that newly flags some kindergartens. */
async function draftBatch(): Promise<DraftChange> {
  return {
    kind: "guidance_batch",
    batchId: await draftHaishuCareFeeBatch(t.db, { yuan: "500", grades: ["provincial_model", "class1"], sourceDocument: "海发改〔2026〕98号" }),
  };
}

const rowsOf = async () => t.db.selectFrom("change_previews").selectAll().orderBy("requested_at").orderBy("id").execute();
const previewJobs = async () => t.db.selectFrom("outbox").select(["id", "payload"]).where("topic", "=", "preview.compute").execute();
const drain = () => createInProcessRunner({ db: t.db, ctx: { db: t.db, rules: getRulesRuntime(), logger: silentLogger }, processors }).drainOnce();

beforeAll(async () => {
  t = await createDemoDb();
  const rules = getRulesRuntime();
  for (const f of await t.db.selectFrom("fee_filings").select("id").orderBy("id").execute()) await evaluateFiling({ db: t.db, rules }, f.id);
  await t.db.updateTable("outbox").set({ processed_at: new Date().toISOString() }).execute();
  ndrc = await actorOf(t.db, "haishu.ndrc");
});

afterAll(async () => {
  await t?.destroy();
});

describe("previewOf", () => {
  it("computes a small change in the request and stores nothing", async () => {
    const change = await draftBatch();
    const state = await previewOf({ db: t.db, rules: getRulesRuntime(), change, actorId: ndrc.id });
    expect(state).toMatchObject({ status: "done", computedAt: null });
    expect(state.status === "done" && state.preview).toEqual(await previewChange({ db: t.db, rules: getRulesRuntime(), change }));
    expect(await rowsOf()).toEqual([]);
    expect(await previewJobs()).toEqual([]);
  });

  it("hands a large one to a job once, stores exactly the inline result, and asks again only after an activation", async () => {
    const rules = getRulesRuntime();
    const change = await draftBatch();
    const ask = () => previewOf({ db: t.db, rules, change, actorId: ndrc.id, inlineLimit: 0 });

    const first = await ask();
    expect(first).toMatchObject({ status: "computing", lastError: null });
    expect(first.status === "computing" && first.total).toBeGreaterThan(0);
    // Asking again while it is computing does not start a second one.
    expect(await ask()).toEqual(first);
    const [row] = await rowsOf();
    expect(row).toMatchObject({ status: "pending", requested_by: ndrc.id, result: null });
    expect(JSON.parse(row.change)).toEqual(change);
    expect((await previewJobs()).map((j) => JSON.parse(j.payload))).toEqual([{ previewId: row.id }]);

    expect(await drain()).toMatchObject({ processed: 1, retried: 0, deadLettered: 0 });
    const done = await ask();
    expect(done.status).toBe("done");
    if (done.status !== "done") return;
    expect(done.computedAt).not.toBeNull();
    expect(done.preview).toEqual(await previewChange({ db: t.db, rules, change }));
    expect(done.preview.newlyFlagged.length).toBeGreaterThan(0);
    // A second delivery of the job changes nothing.
    expect(await computeStoredPreview({ db: t.db, rules }, row.id)).toBe(false);
    expect(await rowsOf()).toHaveLength(1);

    // Something else is activated (every activation starts a run): the stored preview is stale.
    await t.db.transaction().execute((trx) => startReevaluation(trx, { reason: "manual", subjectId: null, actorId: null, now: new Date(Date.now() + 1000) }));
    expect(await previewOf({ db: t.db, rules, change, actorId: ndrc.id, inlineLimit: 0, now: new Date(Date.now() + 2000) })).toMatchObject({
      status: "computing",
    });
    expect((await rowsOf()).map((r) => r.status)).toEqual(["done", "pending"]);
  });

  it("a draft discarded before its preview was computed fails that preview for good", async () => {
    const rules = getRulesRuntime();
    const change = await draftBatch();
    if (change.kind !== "guidance_batch") throw new Error("unreachable");
    const state = await previewOf({ db: t.db, rules, change, actorId: ndrc.id, inlineLimit: 0 });
    expect(state.status).toBe("computing");
    const discarded = await discardGuidanceBatch({ db: t.db, actor: ndrc, batchId: change.batchId });
    expect(discarded.ok).toBe(true);
    const row = (await rowsOf()).find((r) => JSON.parse(r.change).batchId === change.batchId)!;
    expect(await computeStoredPreview({ db: t.db, rules }, row.id)).toBe(false);
    const after = await t.db.selectFrom("change_previews").selectAll().where("id", "=", row.id).executeTakeFirstOrThrow();
    expect(after.status).toBe("failed");
    expect(after.error).toMatch(/no longer a draft/);
  });
});

describe("which runs make a stored preview stale: those whose scope overlaps the preview's", () => {
  const rules = getRulesRuntime();
  /** A clock ahead of every run and request the tests above wrote, a second a step: "after" is never a tie. */
  let clock = Date.now() + 60_000;
  const tick = () => new Date((clock += 1000));
  const ask = (change: DraftChange) => previewOf({ db: t.db, rules, change, actorId: ndrc.id, inlineLimit: 0, now: tick() });
  const pendingRows = (change: DraftChange) =>
    t.db.selectFrom("change_previews").select("id").where("change_key", "=", changeKey(change)).where("status", "=", "pending").execute();

  /** The change's stored preview, computed (again) first if there is no current one: what the page then shows. */
  async function current(change: DraftChange) {
    if ((await ask(change)).status === "computing") {
      for (const row of await pendingRows(change)) await computeStoredPreview({ db: t.db, rules }, row.id);
    }
    const state = await ask(change);
    expect(state).toMatchObject({ status: "done", computedAt: expect.any(String) });
    return state;
  }

  /** A run as an activation starts it: `regionCode` is the change's scope (changeScope), undefined for national. */
  const runIn = (regionCode: string | undefined, reason: ReevaluationReason) =>
    t.db.transaction().execute((trx) => startReevaluation(trx, { reason, subjectId: null, actorId: null, now: tick(), regionCode }));

  let haishu: DraftChange;
  let ningbo: DraftChange;
  beforeAll(async () => {
    haishu = await draftBatch();
    // 宁波's own draft (the city's price applies to its districts without one): its preview covers every district of 宁波.
    ningbo = {
      kind: "guidance_batch",
      batchId: await draftCareFeeBatch(t.db, { regionCode: NINGBO, username: "admin", yuan: "600", grades: ["class1"], sourceDocument: "甬发改〔2026〕7号" }),
    };
  });

  it("a 江北 guidance batch activated leaves 海曙's stored preview current, as do runs in another city", async () => {
    const before = await current(haishu);
    const rowsBefore = await rowsOf();
    const jobsBefore = await previewJobs();
    // 江北's development-reform officer activates a batch of 江北's: its run covers 江北 alone.
    const jiangbei = await draftCareFeeBatch(t.db, { regionCode: JIANGBEI, username: "jiangbei.ndrc", yuan: "500", grades: ["class1"], sourceDocument: "江发改〔2026〕3号" });
    const activated = await activateGuidanceChange({ db: t.db, actor: await actorOf(t.db, "jiangbei.ndrc"), batchId: jiangbei, submissionKey: newId(), now: tick() });
    expect(activated.ok).toBe(true);
    const run = await t.db.selectFrom("reevaluation_runs").selectAll().where("subject_id", "=", jiangbei).executeTakeFirstOrThrow();
    expect(run.region_code).toBe(JIANGBEI);
    await runIn(HANGZHOU, "rule_parameters");
    await runIn(XIHU, "guidance_prices");

    // The same stored preview, computed when it was; nothing asked for again.
    expect(await ask(haishu)).toEqual(before);
    expect(await rowsOf()).toEqual(rowsBefore);
    expect(await previewJobs()).toEqual(jobsBefore);
  });

  it.each([
    ["its own district (another 海曙 batch)", HAISHU, "guidance_prices"],
    ["its city (宁波's parameters)", NINGBO, "rule_parameters"],
    ["its province (浙江's parameters)", PROVINCE, "rule_parameters"],
    ["a rule version (national)", undefined, "rule_version"],
  ] as const)("海曙's stored preview is stale after a run in %s", async (_, regionCode, reason) => {
    await current(haishu);
    await runIn(regionCode, reason);
    expect(await ask(haishu)).toMatchObject({ status: "computing", lastError: null });
    expect(await pendingRows(haishu)).toHaveLength(1);
  });

  it("a run recorded without a scope (every run before scopes were recorded) counts as national: stale", async () => {
    await current(haishu);
    await t.db
      .insertInto("reevaluation_runs")
      .values({
        id: newId(),
        reason: "guidance_prices",
        subject_id: null,
        status: "done",
        total: 0,
        processed: 0,
        newly_flagged: 0,
        cleared: 0,
        cursor: null,
        region_code: null,
        error: null,
        created_by: null,
        created_at: tick().toISOString(),
        started_at: null,
        finished_at: null,
      })
      .execute();
    expect(await ask(haishu)).toMatchObject({ status: "computing" });
  });

  it("a city's stored preview is stale after a run in one of its districts, current after one in another city", async () => {
    const before = await current(ningbo);
    await runIn(XIHU, "guidance_prices");
    expect(await ask(ningbo)).toEqual(before);
    await runIn(JIANGBEI, "guidance_prices");
    expect(await ask(ningbo)).toMatchObject({ status: "computing" });
  });
});
