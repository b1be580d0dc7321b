/**
 * Re-evaluation runs end to end: started in the change's transaction, run
 * batch by batch through the outbox by the in-process runner and by the
 * BullMQ workers, idempotent and resumable. The interrupted runs must end in
 * exactly the state an uninterrupted run reaches: same counts, same current
 * results, no duplicate result rows, cases or case events.
 */
import { ulid } from "ulid";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getRun, runReevaluationBatch, startReevaluation } from "~/domain/changes/reevaluation.server";
import { previewChange } from "~/domain/changes/preview.server";
import { computeEvaluations, persistEvaluations } from "~/domain/filings/evaluate.server";
import { parsePayload } from "~/domain/outbox/topics";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { DB } from "~/db/client";
import type { JobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { createReevaluateProcessor } from "../../jobs/processors/reevaluate";
import { createInProcessRunner } from "../../jobs/runner";
import { startWorkers, type WorkersHandle } from "../../jobs/bullmq-workers";
import { loadRuleSet } from "~/rules/load/read-files";
import { addGuidancePrice, createKindergarten, HAISHU, insertCareFeeFiling, NINGBO, seedReferenceData } from "../factories/domain";
import { getTestRedis, type TestRedis } from "../setup/redis";
import { crashOn, createTestDb, insertInto, type TestDb } from "../setup/test-db";
import { cleanupRedisPrefix, uniquePrefix, waitFor } from "./helpers";

/** Only the guidance-price cap (R03): the fixture filings are minimal and other rules would flag them all alike. */
const rules = createRulesRuntime(loadRuleSet().filter((d) => d.id === "R03"));
const BATCH = 10;
const AT = "2026-10-01T02:00:00.000Z";

function jobContext(db: DB): JobContext {
  return { db, rules, logger: silentLogger };
}

const processors = { "reevaluation.batch": createReevaluateProcessor(BATCH) };


/**
 * 25 active 普惠 kindergartens K00…K24 with fees 950…1190 yuan, even ones
 * class1, odd ones class2, all under a 1000-yuan base (cap 1100): K16…K24
 * are flagged. K00 has an older, flagged version; a closed kindergarten and
 * one without filings are not active fee schedules. All evaluated.
 */
async function seedFixture(db: DB): Promise<void> {
  await seedReferenceData(db);
  await addGuidancePrice(db, { region_code: NINGBO, nature: "inclusive_private", grade: "class1", base_price_fen: 100_000 });
  await addGuidancePrice(db, { region_code: NINGBO, nature: "inclusive_private", grade: "class2", base_price_fen: 100_000 });
  for (let i = 0; i < 25; i++) {
    const name = `K${String(i).padStart(2, "0")}`;
    const kg = await createKindergarten(db, { nature: "inclusive_private", grade: i % 2 === 0 ? "class1" : "class2", region_code: HAISHU, name });
    if (i === 0) await insertCareFeeFiling(db, kg.id, 119_000, { version: 1 });
    await insertCareFeeFiling(db, kg.id, 95_000 + i * 1000, { version: i === 0 ? 2 : 1 });
  }
  const closed = await createKindergarten(db, { nature: "inclusive_private", region_code: HAISHU, status: "closed", name: "closed" });
  await insertCareFeeFiling(db, closed.id, 130_000);
  await createKindergarten(db, { nature: "inclusive_private", region_code: HAISHU, name: "no-filing" });
  const ids = (await db.selectFrom("fee_filings").select("id").execute()).map((r) => r.id);
  await persistEvaluations({ db, rules, now: new Date(AT) }, await computeEvaluations({ db, rules }, ids));
}

/**
 * The change: class1 base down to 950 (cap 1045: even K10…K24 flagged),
 * class2 base up to 1100 (cap 1210: no odd one flagged). So K10, K12, K14
 * are newly flagged and K17, K19, K21, K23 cleared.
 */
async function changePrices(db: DB): Promise<void> {
  await db.updateTable("guidance_prices").set({ base_price_fen: 95_000 }).where("grade", "=", "class1").execute();
  await db.updateTable("guidance_prices").set({ base_price_fen: 110_000 }).where("grade", "=", "class2").execute();
}

/** Applies the change and starts the run in one transaction, as an activation does. */
async function activate(db: DB): Promise<string> {
  return db.transaction().execute(async (trx) => {
    await changePrices(trx);
    return startReevaluation(trx, { reason: "manual", subjectId: null, actorId: null, now: new Date() });
  });
}

/** Everything a run changes, without ids or timestamps, so two databases can be compared. */
async function snapshot(db: DB, runId: string) {
  const run = (await getRun(db, runId))!;
  const results = await db
    .selectFrom("rule_results as r")
    .innerJoin("fee_filings as f", "f.id", "r.filing_id")
    .innerJoin("kindergartens as k", "k.id", "f.kindergarten_id")
    .select(["k.name_in_use as kg", "f.version", "r.rule_id", "r.rule_version", "r.severity", "r.evaluated_at", "f.evaluated_at as filing_evaluated_at"])
    .execute();
  const applied = await db
    .selectFrom("fee_filings as f")
    .innerJoin("kindergartens as k", "k.id", "f.kindergarten_id")
    .select(["k.name_in_use as kg", "f.version", "f.evaluated_rules"])
    .execute();
  const cases = await db
    .selectFrom("inspection_cases as c")
    .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
    .innerJoin("fee_filings as f", "f.id", "c.filing_id")
    .select(["k.name_in_use as kg", "c.rule_id", "c.term", "c.severity", "c.status", "f.version"])
    .execute();
  const events = await db
    .selectFrom("case_events as e")
    .innerJoin("inspection_cases as c", "c.id", "e.case_id")
    .innerJoin("kindergartens as k", "k.id", "c.kindergarten_id")
    .select(["k.name_in_use as kg", "e.kind"])
    .execute();
  const outbox = await db.selectFrom("outbox").select(["topic", "payload", "processed_at"]).where("topic", "=", "reevaluation.batch").execute();
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return {
    run: {
      status: run.status,
      total: run.total,
      processed: run.processed,
      newly_flagged: run.newly_flagged,
      cleared: run.cleared,
      finished: run.finished_at !== null,
    },
    results: sorted(
      results.map(({ evaluated_at, filing_evaluated_at, ...r }) => ({ ...r, current: evaluated_at === filing_evaluated_at })),
    ),
    applied: sorted(applied),
    cases: sorted(cases),
    events: sorted(events),
    batches: outbox.length,
    unprocessedBatches: outbox.filter((o) => o.processed_at === null).length,
  };
}

async function flaggedNow(db: DB): Promise<string[]> {
  const rows = await db
    .selectFrom("rule_results as r")
    .innerJoin("fee_filings as f", "f.id", "r.filing_id")
    .innerJoin("kindergartens as k", "k.id", "f.kindergarten_id")
    .select("k.name_in_use as kg")
    .whereRef("r.evaluated_at", "=", "f.evaluated_at")
    .where("k.status", "=", "active")
    .where(({ eb, selectFrom }) =>
      eb("f.version", "=", selectFrom("fee_filings as l").select((e) => e.fn.max("l.version").as("v")).whereRef("l.kindergarten_id", "=", "f.kindergarten_id")),
    )
    .execute();
  return rows.map((r) => r.kg).sort();
}

async function pendingBatches(db: DB) {
  const rows = await db
    .selectFrom("outbox")
    .select(["id", "payload"])
    .where("topic", "=", "reevaluation.batch")
    .where("processed_at", "is", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ id: r.id, payload: parsePayload("reevaluation.batch", r.payload) }));
}

describe("re-evaluation run, in-process runner", () => {
  let reference: Awaited<ReturnType<typeof snapshot>>;
  let t: TestDb;

  beforeAll(async () => {
    // The uninterrupted run every interrupted one must match.
    const ref = await createTestDb();
    try {
      await seedFixture(ref.db);
      const runId = await activate(ref.db);
      const runner = createInProcessRunner({ db: ref.db, ctx: jobContext(ref.db), processors });
      expect(await runner.drainOnce()).toEqual({ processed: 3, retried: 0, deadLettered: 0 });
      reference = await snapshot(ref.db, runId);
    } finally {
      await ref.destroy();
    }
  });

  beforeEach(async () => {
    t = await createTestDb();
    await seedFixture(t.db);
  });
  afterEach(async () => {
    await t.destroy();
  });

  it("completes 25 filings in batches of 10 with the counts the preview predicted", async () => {
    const { db } = t;
    expect(await flaggedNow(db)).toEqual(["K16", "K17", "K18", "K19", "K20", "K21", "K22", "K23", "K24"]);
    const runId = await activate(db);
    expect(await getRun(db, runId)).toMatchObject({ status: "pending", total: 25, processed: 0, cursor: null, started_at: null });
    expect(await pendingBatches(db)).toEqual([{ id: expect.any(String), payload: { runId, afterCursor: null } }]);

    const runner = createInProcessRunner({ db, ctx: jobContext(db), processors });
    expect(await runner.drainOnce()).toEqual({ processed: 3, retried: 0, deadLettered: 0 });

    const run = (await getRun(db, runId))!;
    expect(run).toMatchObject({ status: "done", total: 25, processed: 25, newly_flagged: 3, cleared: 4, error: null });
    expect(run.started_at).not.toBeNull();
    expect(run.finished_at).not.toBeNull();
    // The cursor ends on the highest id of an active kindergarten with a filing (ULIDs minted in one
    // millisecond need not follow K-number order).
    const lastKg = await db
      .selectFrom("fee_filings as f")
      .innerJoin("kindergartens as k", "k.id", "f.kindergarten_id")
      .select("k.id")
      .where("k.status", "=", "active")
      .orderBy("k.id", "desc")
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(run.cursor).toBe(lastKg.id);
    expect(await flaggedNow(db)).toEqual(["K10", "K12", "K14", "K16", "K18", "K20", "K22", "K24"]);
    // Newly flagged kindergartens got a case; cleared ones keep theirs for the officer to close.
    const cases = await db.selectFrom("inspection_cases as c").innerJoin("kindergartens as k", "k.id", "c.kindergarten_id").select("k.name_in_use as kg").execute();
    expect(cases.map((c) => c.kg).sort()).toEqual(["K00", "K10", "K12", "K14", "K16", "K17", "K18", "K19", "K20", "K21", "K22", "K23", "K24", "closed"]);

    // On the audit record once per batch (not per filing): the filings newly flagged, with their flags and cases, and those cleared.
    const audit = await db.selectFrom("audit_log").select(["action", "entity_id", "detail"]).where("created_at", ">", AT).orderBy("seq").execute();
    expect(audit.filter((a) => a.action === "filing.evaluated")).toEqual([]);
    const batches = audit.filter((a) => a.action === "reevaluation.batch");
    expect(batches.map((a) => a.entity_id)).toEqual([runId, runId, runId]);
    const details = batches.map((a) => JSON.parse(a.detail) as { evaluated: number; newlyFlagged: { filing: string; flags: string[]; cases: string[] }[]; cleared: string[] });
    expect(details.map((d) => d.evaluated)).toEqual([10, 10, 5]);
    const nameOf = new Map(
      (await db.selectFrom("fee_filings as f").innerJoin("kindergartens as k", "k.id", "f.kindergarten_id").select(["f.id", "k.name_in_use"]).execute()).map((r) => [r.id, r.name_in_use]),
    );
    const newly = details.flatMap((d) => d.newlyFlagged);
    expect(newly.map((n) => nameOf.get(n.filing)).sort()).toEqual(["K10", "K12", "K14"]);
    for (const n of newly) expect(n).toMatchObject({ flags: ["R03:red"], cases: [expect.any(String)] });
    expect(details.flatMap((d) => d.cleared).map((id) => nameOf.get(id)).sort()).toEqual(["K17", "K19", "K21", "K23"]);

    const s = await snapshot(db, runId);
    expect(s).toEqual(reference);
    expect(s.batches).toBe(3);
    expect(s.unprocessedBatches).toBe(0);
  });

  it("the preview before activation predicts the run's counts", async () => {
    const { db } = t;
    // Preview the same change as a draft batch replacing both rows.
    const batchId = ulid();
    await db
      .insertInto("guidance_price_batches")
      .values({ id: batchId, region_code: NINGBO, source_document: "x", status: "draft", row_count: 2, created_by: null, created_at: AT, activated_by: null, activated_at: null })
      .execute();
    for (const [grade, base] of [["class1", 95_000], ["class2", 110_000]] as const) {
      await db
        .insertInto("guidance_prices")
        .values({
          id: ulid(), region_code: NINGBO, nature: "inclusive_private", grade, age_band: "all", category: "care_education",
          base_price_fen: base, max_float_bp: 1000, effective_from: "2025-09-01", effective_to: null, source_document: "x",
          created_at: AT, batch_id: batchId, status: "draft", superseded_at: null,
        })
        .execute();
    }
    const preview = await previewChange({ db, rules, change: { kind: "guidance_batch", batchId }, batchSize: 7 });
    expect(preview.total).toBe(reference.run.total);
    expect(preview.newlyFlagged.length).toBe(reference.run.newly_flagged);
    expect(preview.cleared.length).toBe(reference.run.cleared);
    expect(preview.newlyFlagged.map((r) => r.kindergartenName)).toEqual(["K10", "K12", "K14"]);
    expect(preview.cleared.map((r) => r.kindergartenName)).toEqual(["K17", "K19", "K21", "K23"]);
  });

  it("interrupted: a crash after a commit re-runs as a no-op, a crash before one leaves nothing; the end state is the uninterrupted one", async () => {
    const { db } = t;
    const ctx = { db, rules };
    const runId = await activate(db);

    // Batch 1 commits, but the job layer crashes before marking its outbox row processed.
    const [first] = await pendingBatches(db);
    expect(await runReevaluationBatch(ctx, first.payload, BATCH)).toEqual({ ran: true, processed: 10, newlyFlagged: expect.any(Number), cleared: expect.any(Number), done: false });
    const afterFirst = await snapshot(db, runId);
    expect(afterFirst.run).toMatchObject({ status: "running", processed: 10 });

    // The same payload again (the retried job): nothing changes.
    expect(await runReevaluationBatch(ctx, first.payload, BATCH)).toMatchObject({ ran: false });
    expect(await snapshot(db, runId)).toEqual(afterFirst);

    // Batch 2 crashes inside its transaction, after its results and the run update, before the commit.
    const second = (await pendingBatches(db)).find((b) => b.payload.afterCursor !== null)!;
    expect(second.payload.afterCursor).toBe((await getRun(db, runId))!.cursor);
    const crashing = db.withPlugin(crashOn(insertInto("outbox")));
    await expect(runReevaluationBatch({ db: crashing, rules }, second.payload, BATCH)).rejects.toThrow("simulated crash before commit");
    expect(await snapshot(db, runId)).toEqual(afterFirst);
    expect((await getRun(db, runId))!.error).toMatch(/simulated crash/);

    // And once more, failing while writing the results themselves.
    await expect(
      runReevaluationBatch({ db: db.withPlugin(crashOn(insertInto("rule_results"))), rules }, second.payload, BATCH),
    ).rejects.toThrow("simulated crash before commit");
    expect(await snapshot(db, runId)).toEqual(afterFirst);

    // The runner picks up both outbox rows: batch 1's is stale (no-op), batch 2 and then 3 complete the run.
    const runner = createInProcessRunner({ db, ctx: jobContext(db), processors });
    expect(await runner.drainOnce()).toEqual({ processed: 3, retried: 0, deadLettered: 0 });
    const final = await snapshot(db, runId);
    expect(final).toEqual(reference);
    expect((await getRun(db, runId))!.error).toBeNull();

    // A finished run ignores any late delivery.
    expect(await runReevaluationBatch(ctx, first.payload, BATCH)).toMatchObject({ ran: false, done: true });
    expect(await runReevaluationBatch(ctx, second.payload, BATCH)).toMatchObject({ ran: false, done: true });
    expect(await snapshot(db, runId)).toEqual(reference);
  });

  it("a crash inside a runner job is retried by the runner and the run still ends as the uninterrupted one", async () => {
    const { db } = t;
    const runId = await activate(db);
    let crashes = 1;
    const flaky = db.withPlugin(
      crashOn((node) => {
        if (crashes > 0 && node.kind === "UpdateQueryNode") {
          crashes--;
          return true;
        }
        return false;
      }),
    );
    const runner = createInProcessRunner({ db, ctx: { ...jobContext(db), db: flaky }, processors, backoff: { baseMs: 0, maxMs: 0, jitter: 0 } });
    const first = await runner.drainOnce();
    expect(first.retried).toBe(1);
    // Drained again once the backoff (0 ms) is over, as the polling loop would.
    await runner.drainOnce();
    expect(await snapshot(db, runId)).toEqual(reference);
  });

  it("two deliveries of the same batch at once: one commits, the other writes nothing", async () => {
    const { db } = t;
    const runId = await activate(db);
    const [first] = await pendingBatches(db);
    const outcomes = await Promise.all([
      runReevaluationBatch({ db, rules }, first.payload, BATCH),
      runReevaluationBatch({ db, rules }, first.payload, BATCH),
    ]);
    expect(outcomes.map((o) => o.ran).sort()).toEqual([false, true]);
    expect(await getRun(db, runId)).toMatchObject({ processed: 10 });
    expect((await pendingBatches(db)).length).toBe(2); // batch 1's own row and exactly one batch 2
    const runner = createInProcessRunner({ db, ctx: jobContext(db), processors });
    await runner.drainOnce();
    expect(await snapshot(db, runId)).toEqual(reference);
  });

  it("a batch of a run that does not exist is dead-lettered at once", async () => {
    const { db } = t;
    await db
      .insertInto("outbox")
      .values({ id: ulid(), topic: "reevaluation.batch", payload: JSON.stringify({ runId: "missing", afterCursor: null }), created_at: AT, available_at: AT, attempts: 0 })
      .execute();
    const runner = createInProcessRunner({ db, ctx: jobContext(db), processors });
    expect(await runner.drainOnce()).toEqual({ processed: 0, retried: 0, deadLettered: 1 });
  });

  it("with no active filings the run finishes at once", async () => {
    const { db } = t;
    await db.updateTable("kindergartens").set({ status: "suspended" }).execute();
    const runId = await db.transaction().execute((trx) => startReevaluation(trx, { reason: "manual", subjectId: null, actorId: null, now: new Date() }));
    expect((await getRun(db, runId))!.total).toBe(0);
    await createInProcessRunner({ db, ctx: jobContext(db), processors }).drainOnce();
    expect(await getRun(db, runId)).toMatchObject({ status: "done", total: 0, processed: 0, newly_flagged: 0, cleared: 0 });
  });
});

describe("re-evaluation run, BullMQ workers", () => {
  let redis: TestRedis;
  let t: TestDb;
  let prefix: string;
  let handle: WorkersHandle | undefined;

  beforeAll(async () => {
    redis = await getTestRedis();
  });
  afterAll(async () => {
    await redis.stop();
  });
  beforeEach(async () => {
    t = await createTestDb();
    prefix = uniquePrefix();
  });
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
    await cleanupRedisPrefix(redis.url, prefix);
    await t.destroy();
  });

  it("relays the batches to the reevaluation queue and completes the run", async () => {
    const { db } = t;
    await seedFixture(db);
    handle = await startWorkers({
      db,
      ctx: jobContext(db),
      processors,
      redisUrl: redis.url,
      prefix,
      queues: ["reevaluation"],
      relay: { intervalMs: 50 },
      logger: silentLogger,
    });
    const runId = await activate(db);
    await waitFor(async () => (await getRun(db, runId))?.status === "done", { what: "run done", timeoutMs: 20_000 });
    expect(await getRun(db, runId)).toMatchObject({ status: "done", total: 25, processed: 25, newly_flagged: 3, cleared: 4 });
    expect(await flaggedNow(db)).toEqual(["K10", "K12", "K14", "K16", "K18", "K20", "K22", "K24"]);
    await waitFor(async () => (await pendingBatches(db)).length === 0, { what: "outbox rows processed" });
    const counts = await handle.queues.get("reevaluation").getJobCounts("completed", "failed");
    expect(counts).toEqual({ completed: 3, failed: 0 });
  });
});
