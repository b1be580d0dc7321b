/**
 * Previews computed by a job (app/domain/changes/preview-jobs.server.ts): a
 * change over more active fee schedules than the inline limit is previewed in
 * the background, once, stored, and asked for again only after another
 * activation; the stored result is what computing it in the request gives.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeStoredPreview, previewOf } from "~/domain/changes/preview-jobs.server";
import { previewChange } from "~/domain/changes/preview.server";
import { startReevaluation } from "~/domain/changes/reevaluation.server";
import { evaluateFiling } from "~/domain/filings/evaluate.server";
import { discardGuidanceBatch } from "~/domain/guidance-prices/guidance-price.service.server";
import type { Actor } from "~/domain/users/actor";
import type { DraftChange } from "~/domain/rules-runtime/rules-runtime.server";
import { getRulesRuntime } from "~/web/rules.server";
import { silentLogger } from "../../jobs/logger";
import { processors } from "../../jobs/processors/index";
import { createInProcessRunner } from "../../jobs/runner";
import { actorOf, draftHaishuCareFeeBatch } from "../factories/domain";
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
