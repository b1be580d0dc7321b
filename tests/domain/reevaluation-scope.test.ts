/**
 * A re-evaluation run re-evaluates only what its change can affect: a district's guidance-price batch its district's
 * active filings (the preview's count is the run's total), a city's batch every district under the city (a district
 * without its own price uses the city's), while the other regions' filings keep their evaluated_at. A scoped run
 * keeps the cursor invariants: a crash before a commit leaves nothing, a repeated or concurrent delivery writes
 * nothing, and the run ends as an uninterrupted one would. Real database (SQLite, or Postgres with TEST_DB=pg).
 */
import { ulid } from "ulid";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { countActiveFilings } from "~/domain/changes/active-filings.server";
import { activateGuidanceChange } from "~/domain/changes/guidance-change.server";
import { changeScope, previewChange } from "~/domain/changes/preview.server";
import { getRun, getRunSummary, runListItem, runReevaluationBatch } from "~/domain/changes/reevaluation.server";
import { computeEvaluations, persistEvaluations } from "~/domain/filings/evaluate.server";
import { createGuidanceDraft } from "~/domain/guidance-prices/guidance-price.service.server";
import { parsePayload } from "~/domain/outbox/topics";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import type { Actor } from "~/domain/users/actor";
import { loadRuleSet } from "~/rules/load/read-files";
import type { JobContext } from "../../jobs/context";
import { silentLogger } from "../../jobs/logger";
import { createReevaluateProcessor } from "../../jobs/processors/reevaluate";
import { createInProcessRunner } from "../../jobs/runner";
import { addGuidancePrice, createKindergarten, createOfficer, guidanceRow, HAISHU, insertCareFeeFiling, JIANGBEI, NINGBO, seedReferenceData, XIHU, YINZHOU } from "../factories/domain";
import { crashOn, createTestDb, insertInto, type TestDb } from "../setup/test-db";

/** Only the guidance-price cap (R03): the fixture filings are minimal and other rules would flag them all alike. */
const rules = createRulesRuntime(loadRuleSet().filter((d) => d.id === "R03"));
/** Small batches, so a scoped run takes several pages (and ends on an empty one). */
const BATCH = 2;
const AT = "2026-10-01T02:00:00.000Z";
const NOW = new Date("2026-11-01T02:00:00.000Z");
const processors = { "reevaluation.batch": createReevaluateProcessor(BATCH) };

let t: TestDb;
let db: DB;
let haishuEdu: Actor;
let ningboNdrc: Actor;
/** The fixture's filings by region. */
let filings: Map<string, string[]>;

const jobContext = (): JobContext => ({ db, rules, logger: silentLogger });
const drain = () => createInProcessRunner({ db, ctx: jobContext(), processors }).drainOnce();

/**
 * 宁波 sets 普惠 class1 at 1000 yuan (cap 1100), 海曙 its own at 1000 too; 江北 and 鄞州 have none of their own (the
 * city's applies), 西湖 (杭州) has none at all. Kindergartens of the four districts created in turn (their ids
 * interleave, so a district's walk skips the others' kindergartens), each filing 1050 yuan: nobody flagged. All
 * evaluated at AT.
 */
async function seedFixture(): Promise<void> {
  await seedReferenceData(db);
  await addGuidancePrice(db, { region_code: NINGBO, nature: "inclusive_private", grade: "class1", base_price_fen: 100_000 });
  await addGuidancePrice(db, { region_code: HAISHU, nature: "inclusive_private", grade: "class1", base_price_fen: 100_000 });
  filings = new Map([HAISHU, JIANGBEI, YINZHOU, XIHU].map((code) => [code, []]));
  for (let i = 0; i < 4; i++) {
    for (const region of [HAISHU, JIANGBEI, YINZHOU, XIHU]) {
      if (i >= 3 && region !== HAISHU) continue; // 海曙 4, the others 3
      const kg = await createKindergarten(db, { nature: "inclusive_private", grade: "class1", region_code: region });
      filings.get(region)!.push(await insertCareFeeFiling(db, kg.id, 105_000));
    }
  }
  // Not active fee schedules anywhere: a closed 海曙 kindergarten, and one with no filing.
  const closed = await createKindergarten(db, { nature: "inclusive_private", region_code: HAISHU, status: "closed" });
  await insertCareFeeFiling(db, closed.id, 130_000);
  await createKindergarten(db, { nature: "inclusive_private", region_code: HAISHU });
  const ids = (await db.selectFrom("fee_filings").select("id").execute()).map((r) => r.id);
  await persistEvaluations({ db, rules, now: new Date(AT) }, await computeEvaluations({ db, rules }, ids));
}

/** A draft batch lowering class1 to 900 yuan (cap 990: every 1050-yuan filing under it is over) for one region. */
async function draftLowering(actor: Actor, regionCode: string): Promise<string> {
  const row = guidanceRow({ region_code: regionCode, base_price_yuan: "900", source_document: "甬发改〔2026〕7号" });
  const result = await createGuidanceDraft({ submissionKey: ulid(), db, actor, input: { rows: [row] }, now: NOW });
  if (!result.ok) throw new Error(`draft refused: ${JSON.stringify(result)}`);
  return result.batchId;
}

async function activate(actor: Actor, batchId: string): Promise<string> {
  const result = await activateGuidanceChange({ submissionKey: ulid(), db, actor, batchId, now: NOW });
  if (!result.ok) throw new Error(`activation refused: ${JSON.stringify(result)}`);
  return result.runId;
}

/** The filings evaluated again since the fixture (their evaluated_at moved on from AT), by region. */
async function reevaluatedRegions(): Promise<Record<string, number>> {
  const rows = await db.selectFrom("fee_filings").select(["id", "evaluated_at"]).execute();
  const moved = new Set(rows.filter((r) => r.evaluated_at !== AT).map((r) => r.id));
  return Object.fromEntries([...filings].map(([region, ids]) => [region, ids.filter((id) => moved.has(id)).length]));
}

async function pendingBatches() {
  const rows = await db.selectFrom("outbox").select(["payload"]).where("topic", "=", "reevaluation.batch").where("processed_at", "is", null).orderBy("created_at").orderBy("id").execute();
  return rows.map((r) => parsePayload("reevaluation.batch", r.payload));
}

/** Current results and cases, without ids or timestamps: what an interrupted run must end with. */
async function outcome() {
  const results = await db
    .selectFrom("rule_results as r")
    .innerJoin("fee_filings as f", "f.id", "r.filing_id")
    .select(["f.id", "r.rule_id", "r.severity"])
    .whereRef("r.evaluated_at", "=", "f.evaluated_at")
    .execute();
  const cases = await db.selectFrom("inspection_cases").select(["filing_id", "rule_id", "severity", "status"]).execute();
  const sorted = <T>(rows: T[]) => rows.map((r) => JSON.stringify(r)).sort();
  return { results: sorted(results), cases: sorted(cases) };
}

beforeEach(async () => {
  t = await createTestDb();
  db = t.db;
  await seedFixture();
  haishuEdu = await createOfficer(db, "education", HAISHU);
  ningboNdrc = await createOfficer(db, "development_reform", NINGBO);
});

afterEach(async () => {
  await t?.destroy();
});

describe("a district's guidance-price batch", () => {
  it("re-evaluates only that district's active filings: the preview's count is the run's total, and the others keep their evaluated_at", async () => {
    const batchId = await draftLowering(haishuEdu, HAISHU);
    const preview = await previewChange({ db, rules, change: { kind: "guidance_batch", batchId } });
    expect(preview.total).toBe(4);
    expect(preview.newlyFlagged).toHaveLength(4);

    const runId = await activate(haishuEdu, batchId);
    const run = (await getRun(db, runId))!;
    expect(run).toMatchObject({ status: "pending", region_code: HAISHU, total: preview.total });
    // Not the national count (13 active filings), which the run used to report.
    expect(await countActiveFilings(db)).toBe(13);
    const start = await db.selectFrom("audit_log").select("detail").where("action", "=", "reevaluation.start").where("entity_id", "=", runId).executeTakeFirstOrThrow();
    expect(JSON.parse(start.detail)).toMatchObject({ regionCode: HAISHU, total: 4 });

    // Batches of 2: two full pages within 海曙, then an empty one.
    expect(await drain()).toMatchObject({ processed: 3, retried: 0, deadLettered: 0 });
    const done = (await getRun(db, runId))!;
    expect(done).toMatchObject({ status: "done", total: preview.total, processed: preview.total, newly_flagged: preview.newlyFlagged.length, cleared: 0 });
    expect(await reevaluatedRegions()).toEqual({ [HAISHU]: 4, [JIANGBEI]: 0, [YINZHOU]: 0, [XIHU]: 0 });
    // The cursor ends on the last 海曙 kindergarten (in id order) with a filing.
    const last = await db
      .selectFrom("kindergartens as k")
      .select("k.id")
      .where("k.region_code", "=", HAISHU)
      .where("k.status", "=", "active")
      .where(({ exists, selectFrom }) => exists(selectFrom("fee_filings as f").select("f.id").whereRef("f.kindergarten_id", "=", "k.id")))
      .orderBy("k.id", "desc")
      .executeTakeFirstOrThrow();
    expect(done.cursor).toBe(last.id);

    // Its progress shows its scope by name.
    const summary = (await getRunSummary(db, runId))!;
    expect(runListItem(summary).scope).toEqual({ regionCode: HAISHU, regionName: "海曙区" });
  });
});

describe("a city's guidance-price batch", () => {
  it("covers every district under the city (江北 and 鄞州 use the city's price, 海曙 its own) and nothing in another city", async () => {
    expect(await changeScope(db, { kind: "guidance_batch", batchId: await draftLowering(ningboNdrc, NINGBO) })).toEqual({ regionCode: NINGBO });
    const batchId = (await db.selectFrom("guidance_price_batches").select("id").where("region_code", "=", NINGBO).executeTakeFirstOrThrow()).id;
    const preview = await previewChange({ db, rules, change: { kind: "guidance_batch", batchId } });
    expect(preview.total).toBe(10);

    const runId = await activate(ningboNdrc, batchId);
    expect(await getRun(db, runId)).toMatchObject({ region_code: NINGBO, total: preview.total });
    await drain();
    expect(await getRun(db, runId)).toMatchObject({ status: "done", processed: 10, newly_flagged: preview.newlyFlagged.length, cleared: 0 });
    // 江北 and 鄞州 had no price of their own: the city's lower one newly flags them; 海曙 keeps its own.
    expect(preview.newlyFlagged.map((r) => r.regionCode).sort()).toEqual([...Array(3).fill(JIANGBEI), ...Array(3).fill(YINZHOU)].sort());
    expect(await reevaluatedRegions()).toEqual({ [HAISHU]: 4, [JIANGBEI]: 3, [YINZHOU]: 3, [XIHU]: 0 });
    expect(runListItem((await getRunSummary(db, runId))!).scope).toEqual({ regionCode: NINGBO, regionName: "宁波市" });
  });
});

describe("a scoped run, interrupted", () => {
  it("a crash before a commit leaves nothing, a repeated or concurrent delivery writes nothing; it ends as an uninterrupted run", async () => {
    const fixture = await outcome();
    const runId = await activate(haishuEdu, await draftLowering(haishuEdu, HAISHU));
    const ctx = { db, rules };
    const [first] = await pendingBatches();
    expect(first).toEqual({ runId, afterCursor: null });

    // Two deliveries of the first batch at once: one commits, the other rolls back whole.
    const outcomes = await Promise.all([runReevaluationBatch(ctx, first, BATCH), runReevaluationBatch(ctx, first, BATCH)]);
    expect(outcomes.map((o) => o.ran).sort()).toEqual([false, true]);
    expect(await getRun(db, runId)).toMatchObject({ status: "running", processed: 2 });
    // And once more, late: nothing.
    expect(await runReevaluationBatch(ctx, first, BATCH)).toMatchObject({ ran: false });

    // The second batch crashes before its commit: nothing of it is left but the error on the run.
    const second = (await pendingBatches()).find((p) => p.afterCursor !== null)!;
    expect(second.afterCursor).toBe((await getRun(db, runId))!.cursor);
    const before = { regions: await reevaluatedRegions(), outcome: await outcome() };
    const crashing = db.withPlugin(crashOn(insertInto("outbox")));
    await expect(runReevaluationBatch({ db: crashing, rules }, second, BATCH)).rejects.toThrow("simulated crash before commit");
    expect({ regions: await reevaluatedRegions(), outcome: await outcome() }).toEqual(before);
    expect(await getRun(db, runId)).toMatchObject({ processed: 2, cursor: second.afterCursor, error: expect.stringMatching(/simulated crash/) });

    // The runner retries: the stale first payload is a no-op, the rest completes within 海曙.
    await drain();
    expect(await getRun(db, runId)).toMatchObject({ status: "done", region_code: HAISHU, total: 4, processed: 4, newly_flagged: 4, cleared: 0, error: null });
    expect(await reevaluatedRegions()).toEqual({ [HAISHU]: 4, [JIANGBEI]: 0, [YINZHOU]: 0, [XIHU]: 0 });
    // As an uninterrupted run ends: each 海曙 filing's one current result is red, with one case; nothing else moved.
    const haishu = new Set(filings.get(HAISHU));
    const after = await outcome();
    const parse = (rows: string[]) => rows.map((r) => JSON.parse(r) as { id?: string; filing_id?: string; severity: string | null });
    const others = (rows: string[]) => parse(rows).filter((r) => !haishu.has((r.id ?? r.filing_id)!));
    expect(others(after.results)).toEqual(others(fixture.results));
    expect(others(after.cases)).toEqual(others(fixture.cases));
    expect(parse(after.results).filter((r) => haishu.has(r.id!)).map((r) => [r.id, r.severity]).sort()).toEqual([...haishu].map((id) => [id, "red"]).sort());
    expect(parse(after.cases).filter((r) => haishu.has(r.filing_id!)).map((r) => r.filing_id).sort()).toEqual([...haishu].sort());
  });
});
