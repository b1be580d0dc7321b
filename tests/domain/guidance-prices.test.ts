/**
 * Guidance-price changes: a form edit creates a draft batch; activation makes
 * it the table in force and keeps what it replaces as history, in one
 * transaction with the audit row and its re-evaluation run; a draft can be
 * discarded; officers act only within their jurisdiction and agency.
 */
import { newId } from "~/utils/ids";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import { hasPermission, permissionsOf } from "~/domain/users/actor";
import { activateWithReevaluation } from "~/domain/changes/activation.server";
import { activateGuidanceChange } from "~/domain/changes/guidance-change.server";
import {
  applyGuidanceBatch,
  createGuidanceDraft,
  discardGuidanceBatch,
} from "~/domain/guidance-prices/guidance-price.service.server";
import {
  guidanceBatchDetail,
  guidancePriceHistory,
  guidancePriceOverview,
} from "~/domain/guidance-prices/guidance-price.queries.server";
import { addGuidancePrice, createActor, createOfficer, guidanceRow, HAISHU, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let haishuEdu: Actor;
let haishuNdrc: Actor;
let haishuMarket: Actor;
let ningboNdrc: Actor;
let jiangbeiEdu: Actor;
let admin: Actor;

const NOW = new Date("2026-06-01T02:00:00.000Z");
const TODAY = "2026-06-01";

async function count(table: "guidance_prices" | "guidance_price_batches" | "audit_log" | "reevaluation_runs" | "outbox"): Promise<number> {
  const r = await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(r.n);
}

async function draftOf(actor: Actor, rows: Array<Record<string, string>>): Promise<string> {
  const result = await createGuidanceDraft({ submissionKey: ulid(), db, actor, input: { rows }, now: NOW });
  if (!result.ok) throw new Error(`draft refused: ${JSON.stringify(result)}`);
  return result.batchId;
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  haishuEdu = await createOfficer(db, "education", HAISHU);
  haishuNdrc = await createOfficer(db, "development_reform", HAISHU);
  haishuMarket = await createOfficer(db, "market", HAISHU);
  ningboNdrc = await createOfficer(db, "development_reform", NINGBO);
  jiangbeiEdu = await createOfficer(db, "education", JIANGBEI);
  admin = await createActor(db, "admin");
});

afterAll(async () => {
  await t?.destroy();
});

beforeEach(async () => {
  await db.deleteFrom("guidance_prices").execute();
  await db.deleteFrom("guidance_price_batches").execute();
  await db.deleteFrom("audit_log").execute();
});

describe("permissions", () => {
  it("development-reform and education officers manage prices and the catalogue; market supervision only reads", () => {
    expect(hasPermission(haishuEdu, "manage:guidance-price:region")).toBe(true);
    expect(hasPermission(haishuNdrc, "manage:guidance-price:region")).toBe(true);
    expect(hasPermission(haishuNdrc, "manage:catalogue:region")).toBe(true);
    expect(hasPermission(haishuMarket, "manage:guidance-price:region")).toBe(false);
    expect(hasPermission(haishuMarket, "manage:catalogue:region")).toBe(false);
    expect(hasPermission(haishuMarket, "read:guidance-price:region")).toBe(true);
    expect(hasPermission(haishuMarket, "read:case:region")).toBe(true);
    expect(hasPermission({ role: "operator" }, "read:guidance-price:region")).toBe(false);
    expect(permissionsOf(admin)).toContain("manage:guidance-price:any");
    // A role alone (older callers) never grants agency-bound permissions.
    expect(hasPermission({ role: "officer" }, "manage:guidance-price:region")).toBe(false);
  });
});

describe("creating a draft batch", () => {
  it("stores a draft batch with draft rows and an audit entry, and changes nothing in force", async () => {
    const active = await addGuidancePrice(db, { region_code: HAISHU, base_price_fen: 103_000 });
    const result = await createGuidanceDraft({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      input: { rows: [guidanceRow(), guidanceRow({ category: "boarding", base_price_yuan: "260.5", max_float_percent: "12.5", effective_to: "2027-08-31" })] },
      now: NOW,
      requestId: "req-1",
    });
    expect(result).toMatchObject({ ok: true, rowCount: 2 });
    if (!result.ok) return;
    const batch = await db.selectFrom("guidance_price_batches").selectAll().where("id", "=", result.batchId).executeTakeFirstOrThrow();
    expect(batch).toMatchObject({
      status: "draft",
      region_code: HAISHU,
      row_count: 2,
      created_by: haishuEdu.id,
      source_document: "海发改〔2026〕12号",
      activated_at: null,
    });
    const rows = await db.selectFrom("guidance_prices").selectAll().where("batch_id", "=", result.batchId).orderBy("category").execute();
    expect(rows.map((r) => [r.category, r.status, r.base_price_fen, r.max_float_bp, r.effective_to])).toEqual([
      ["boarding", "draft", 26_050, 1250, "2027-08-31"],
      ["care_education", "draft", 110_000, 1000, null],
    ]);
    const still = await db.selectFrom("guidance_prices").select("status").where("id", "=", active).executeTakeFirstOrThrow();
    expect(still.status).toBe("active");
    const audit = await db.selectFrom("audit_log").selectAll().execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "guidance_batch.create", entity_id: result.batchId, actor_id: haishuEdu.id, request_id: "req-1" });
  });

  it("reports field errors as i18n keys under the form's field names, and stores nothing", async () => {
    const result = await createGuidanceDraft({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      input: {
        rows: [
          guidanceRow({ base_price_yuan: "1.234", max_float_percent: "120" }),
          guidanceRow({ effective_from: "2026-09-01", effective_to: "2026-08-31", source_document: "" }),
          guidanceRow({ nature: "forprofit_private", grade: "gold" }),
          guidanceRow({ grade: "", category: "" }),
        ],
      },
      now: NOW,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe("invalid");
    expect(result.fieldErrors).toMatchObject({
      "rows[0].base_price_yuan": [{ key: "guidance.basePrice.invalid" }],
      "rows[0].max_float_percent": [{ key: "guidance.maxFloat.range" }],
      "rows[1].source_document": [{ key: "form.required" }],
      "rows[2].nature": [{ key: "guidance.nature.invalid" }],
      "rows[2].grade": [{ key: "guidance.grade.invalid" }],
      "rows[3].grade": [{ key: "form.required" }],
      "rows[3].category": [{ key: "form.required" }],
    });
    expect(await count("guidance_price_batches")).toBe(0);
    expect(await count("audit_log")).toBe(0);
  });

  it("refuses an end date before the start date and the same key twice", async () => {
    const endFirst = await createGuidanceDraft({ submissionKey: ulid(), db, actor: haishuEdu, input: { rows: [guidanceRow({ effective_to: "2026-08-31" })] }, now: NOW });
    expect(endFirst).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { "rows[0].effective_to": [{ key: "guidance.effectiveTo.beforeFrom" }] } });
    // Told together with a price that is no price, not a round later.
    const withBadPrice = await createGuidanceDraft({ submissionKey: ulid(), db, actor: haishuEdu, input: { rows: [guidanceRow({ effective_to: "2026-08-31", base_price_yuan: "abc" })] }, now: NOW });
    expect(withBadPrice).toMatchObject({
      ok: false,
      fieldErrors: { "rows[0].effective_to": [{ key: "guidance.effectiveTo.beforeFrom" }], "rows[0].base_price_yuan": [{ key: "guidance.basePrice.invalid" }] },
    });
    const twice = await createGuidanceDraft({ submissionKey: ulid(), db, actor: haishuEdu, input: { rows: [guidanceRow(), guidanceRow({ base_price_yuan: "900" })] }, now: NOW });
    expect(twice).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { "rows[1].region_code": [{ key: "guidance.row.duplicate" }] } });
  });

  it("keeps a district officer to their district and lets a city officer set city and district rows", async () => {
    const foreign = await createGuidanceDraft({ submissionKey: ulid(), db, actor: haishuEdu, input: { rows: [guidanceRow({ region_code: JIANGBEI })] }, now: NOW });
    expect(foreign).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { "rows[0].region_code": [{ key: "guidance.region.outOfScope" }] } });
    const city = await createGuidanceDraft({ submissionKey: ulid(), db, actor: haishuEdu, input: { rows: [guidanceRow({ region_code: NINGBO })] }, now: NOW });
    expect(city).toMatchObject({ ok: false, fieldErrors: { "rows[0].region_code": [{ key: "guidance.region.outOfScope" }] } });
    const unknown = await createGuidanceDraft({ submissionKey: ulid(), db, actor: ningboNdrc, input: { rows: [guidanceRow({ region_code: "330299" })] }, now: NOW });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { "rows[0].region_code": [{ key: "guidance.region.unknown" }] } });

    const wide = await createGuidanceDraft({
      submissionKey: ulid(),
      db,
      actor: ningboNdrc,
      input: { rows: [guidanceRow({ region_code: NINGBO }), guidanceRow({ region_code: HAISHU }), guidanceRow({ region_code: JIANGBEI })] },
      now: NOW,
    });
    expect(wide.ok).toBe(true);
    if (!wide.ok) return;
    const batch = await db.selectFrom("guidance_price_batches").select("region_code").where("id", "=", wide.batchId).executeTakeFirstOrThrow();
    expect(batch.region_code).toBe(NINGBO);
    expect(await count("audit_log")).toBe(1);
  });

  it("refuses market supervision and operators with 403", async () => {
    expect(await createGuidanceDraft({ submissionKey: ulid(), db, actor: haishuMarket, input: { rows: [guidanceRow()] }, now: NOW })).toMatchObject({ ok: false, kind: "forbidden" });
    const operator = await createActor(db, "operator", { regionCode: HAISHU });
    expect(await createGuidanceDraft({ submissionKey: ulid(), db, actor: operator, input: { rows: [guidanceRow()] }, now: NOW })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await count("guidance_price_batches")).toBe(0);
  });
});

describe("activating a batch", () => {
  it("makes the draft rows active and supersedes the rows with the same key, keeping them as history", async () => {
    const replaced = await addGuidancePrice(db, { region_code: HAISHU, base_price_fen: 103_000 });
    const otherGrade = await addGuidancePrice(db, { region_code: HAISHU, grade: "class2", base_price_fen: 90_000 });
    const cityRow = await addGuidancePrice(db, { region_code: NINGBO, base_price_fen: 98_000 });
    const batchId = await draftOf(haishuEdu, [guidanceRow(), guidanceRow({ age_band: "nursery", base_price_yuan: "1400" })]);

    const result = await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuNdrc, batchId, now: NOW, requestId: "req-2" });
    expect(result).toMatchObject({ ok: true, activated: 2, superseded: 1 });
    if (!result.ok) return;
    expect(result.batch).toMatchObject({ status: "active", activated_by: haishuNdrc.id, activated_at: NOW.toISOString() });

    const all = await db.selectFrom("guidance_prices").selectAll().execute();
    const byId = new Map(all.map((r) => [r.id, r]));
    expect(byId.get(replaced)).toMatchObject({ status: "superseded", superseded_at: NOW.toISOString(), base_price_fen: 103_000 });
    expect(byId.get(otherGrade)).toMatchObject({ status: "active", superseded_at: null });
    expect(byId.get(cityRow)).toMatchObject({ status: "active", superseded_at: null });
    expect(all.filter((r) => r.batch_id === batchId).map((r) => r.status)).toEqual(["active", "active"]);
    expect(all).toHaveLength(5); // nothing deleted

    const audit = await db.selectFrom("audit_log").selectAll().where("action", "=", "guidance_batch.activate").executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: batchId, actor_id: haishuNdrc.id, request_id: "req-2" });
    expect(JSON.parse(audit.detail)).toMatchObject({ activated: 2, superseded: 1, supersededIds: [replaced] });
  });

  it("starts its re-evaluation run in the same transaction, and a failure after the batch was applied undoes the whole activation", async () => {
    const replaced = await addGuidancePrice(db, { region_code: HAISHU });
    const batchId = await draftOf(haishuEdu, [guidanceRow()]);
    const before = { audit: await count("audit_log"), runs: await count("reevaluation_runs"), outbox: await count("outbox") };

    const claim = { actorId: haishuEdu.id, form: "guidance_activation" as const, key: newId(), fingerprint: "test" };
    const failing = activateWithReevaluation(db, { reason: "guidance_prices", subjectId: batchId, actorId: haishuEdu.id, now: NOW, change: { kind: "guidance_batch", batchId } }, claim, async (trx) => {
      const applied = await applyGuidanceBatch(trx, { actor: haishuEdu, batchId, now: NOW });
      expect(applied.batch.status).toBe("active");
      throw new Error("outbox unavailable");
    });
    await expect(failing).rejects.toThrow("outbox unavailable");
    const batch = await db.selectFrom("guidance_price_batches").select("status").where("id", "=", batchId).executeTakeFirstOrThrow();
    expect(batch.status).toBe("draft");
    const old = await db.selectFrom("guidance_prices").select(["status", "superseded_at"]).where("id", "=", replaced).executeTakeFirstOrThrow();
    expect(old).toEqual({ status: "active", superseded_at: null });
    expect({ audit: await count("audit_log"), runs: await count("reevaluation_runs"), outbox: await count("outbox") }).toEqual(before);

    const ok = await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuEdu, batchId, now: NOW });
    if (!ok.ok) throw new Error("expected the activation to succeed");
    const run = await db.selectFrom("reevaluation_runs").selectAll().where("id", "=", ok.runId).executeTakeFirstOrThrow();
    expect(run).toMatchObject({ reason: "guidance_prices", subject_id: batchId, status: "pending", region_code: HAISHU });
    expect(await db.selectFrom("outbox").select("topic").where("topic", "=", "reevaluation.batch").execute()).toHaveLength(before.outbox + 1);
  });

  it("activates a batch once: a second activation or a discard afterwards is a conflict", async () => {
    const batchId = await draftOf(haishuEdu, [guidanceRow()]);
    expect((await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuEdu, batchId, now: NOW })).ok).toBe(true);
    expect(await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuEdu, batchId, now: NOW })).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "guidance.batch.notDraft" }] });
    expect(await discardGuidanceBatch({ db, actor: haishuEdu, batchId, now: NOW })).toMatchObject({ ok: false, kind: "conflict" });
  });

  it("two concurrent activations: exactly one wins", async () => {
    await addGuidancePrice(db, { region_code: HAISHU });
    const batchId = await draftOf(haishuEdu, [guidanceRow()]);
    const results = await Promise.all([
      activateGuidanceChange({ submissionKey: newId(), db, actor: haishuEdu, batchId, now: NOW }),
      activateGuidanceChange({ submissionKey: newId(), db, actor: haishuNdrc, batchId, now: NOW }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toMatchObject([{ kind: "conflict" }]);
    const statuses = await db.selectFrom("guidance_prices").select("status").execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(["active", "superseded"]);
  });

  it("is refused outside the agency or the jurisdiction", async () => {
    const cityBatch = await draftOf(ningboNdrc, [guidanceRow({ region_code: NINGBO })]);
    expect(await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuEdu, batchId: cityBatch, now: NOW })).toMatchObject({ ok: false, kind: "not_found" });
    expect(await activateGuidanceChange({ submissionKey: newId(), db, actor: jiangbeiEdu, batchId: cityBatch, now: NOW })).toMatchObject({ ok: false, kind: "not_found" });
    expect(await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuMarket, batchId: cityBatch, now: NOW })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuEdu, batchId: "nope", now: NOW })).toMatchObject({ ok: false, kind: "not_found" });
    expect((await activateGuidanceChange({ submissionKey: newId(), db, actor: admin, batchId: cityBatch, now: NOW })).ok).toBe(true);
  });
});

describe("discarding a batch", () => {
  it("marks the batch discarded, keeps its rows as the record of the proposal and changes nothing in force", async () => {
    const active = await addGuidancePrice(db, { region_code: HAISHU });
    const batchId = await draftOf(haishuEdu, [guidanceRow()]);
    const result = await discardGuidanceBatch({ db, actor: haishuNdrc, batchId, now: NOW });
    expect(result).toMatchObject({ ok: true, batch: { status: "discarded" } });
    const rows = await db.selectFrom("guidance_prices").select(["id", "status"]).orderBy("id").execute();
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.id === active)?.status).toBe("active");
    expect(rows.find((r) => r.id !== active)?.status).toBe("draft");
    const audit = await db.selectFrom("audit_log").select(["action", "entity_id"]).where("action", "=", "guidance_batch.discard").execute();
    expect(audit).toEqual([{ action: "guidance_batch.discard", entity_id: batchId }]);
    expect(await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuEdu, batchId, now: NOW })).toMatchObject({ ok: false, kind: "conflict" });
  });
});

describe("reading", () => {
  it("history of a key lists every row, superseded ones included, newest first; a foreign district's key is not found", async () => {
    await addGuidancePrice(db, { region_code: HAISHU, base_price_fen: 100_000 });
    const first = await draftOf(haishuEdu, [guidanceRow({ base_price_yuan: "1050" })]);
    await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuEdu, batchId: first, now: NOW });
    const second = await createGuidanceDraft({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      input: { rows: [guidanceRow({ base_price_yuan: "1100", source_document: "海发改〔2027〕3号" })] },
      now: new Date("2026-07-01T00:00:00Z"),
    });
    if (!second.ok) throw new Error("draft refused");
    await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuEdu, batchId: second.batchId, now: new Date("2026-07-02T00:00:00Z") });

    const key = { region_code: HAISHU, nature: "inclusive_private", grade: "class1", age_band: "all", category: "care_education" } as const;
    const history = await guidancePriceHistory(db, haishuMarket, key, TODAY);
    expect(history?.rows.map((r) => [r.base_price_fen, r.status])).toEqual([
      [110_000, "active"],
      [105_000, "superseded"],
      [100_000, "superseded"],
    ]);
    expect(history?.rows[0].source_document).toBe("海发改〔2027〕3号");
    expect(await guidancePriceHistory(db, jiangbeiEdu, key, TODAY)).toBeNull();
    // The city's table applies in every district, so a district officer reads it.
    expect(await guidancePriceHistory(db, jiangbeiEdu, { ...key, region_code: NINGBO }, TODAY)).not.toBeNull();
  });

  it("the overview shows the actor's active rows and batches, filtered, with what each may change", async () => {
    await addGuidancePrice(db, { region_code: HAISHU });
    await addGuidancePrice(db, { region_code: NINGBO });
    await addGuidancePrice(db, { region_code: JIANGBEI });
    await addGuidancePrice(db, { region_code: HAISHU, nature: "nonprofit_private" });
    const batchId = await draftOf(haishuEdu, [guidanceRow()]);

    const mine = await guidancePriceOverview(db, haishuEdu, {}, TODAY);
    expect(mine.rows.map((r) => [r.region_code, r.editable]).sort()).toEqual([
      [NINGBO, false],
      [HAISHU, true],
      [HAISHU, true],
    ]);
    expect(mine.batches.map((b) => [b.id, b.changeable])).toEqual([[batchId, true]]);
    expect(mine.canManage).toBe(true);

    const filtered = await guidancePriceOverview(db, haishuEdu, { region: HAISHU, nature: "nonprofit_private" }, TODAY);
    expect(filtered.rows).toHaveLength(1);
    const market = await guidancePriceOverview(db, haishuMarket, {}, TODAY);
    expect(market.canManage).toBe(false);
    expect(market.batches.map((b) => b.changeable)).toEqual([false]);
    expect((await guidancePriceOverview(db, jiangbeiEdu, {}, TODAY)).batches).toEqual([]);

    const detail = await guidanceBatchDetail(db, haishuMarket, batchId, TODAY);
    expect(detail?.rows[0].replaces).toMatchObject({ base_price_fen: 100_000 });
    expect(detail?.canChange).toBe(false);
    expect(await guidanceBatchDetail(db, jiangbeiEdu, batchId, TODAY)).toBeNull();
  });
});

describe("a row's state on a day", () => {
  const key = { region_code: HAISHU, nature: "inclusive_private", grade: "class1", age_band: "all", category: "care_education" } as const;
  const stateOf = (rows: ReadonlyArray<{ base_price_fen: number; state: unknown }>) => rows.map((r) => [r.base_price_fen, r.state]);

  /** The price in force (from 2025-09-01) replaced, on 2026-12-06, by next year's (from 2027-01-01). */
  async function nextYearsPrice(): Promise<string> {
    await addGuidancePrice(db, { region_code: HAISHU, base_price_fen: 100_000 });
    const batchId = await draftOf(haishuNdrc, [guidanceRow({ base_price_yuan: "1200", effective_from: "2027-01-01", source_document: "海发改〔2026〕40号" })]);
    const activated = await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuNdrc, batchId, now: new Date("2026-12-06T02:00:00Z") });
    if (!activated.ok) throw new Error("expected the activation to succeed");
    return batchId;
  }

  it("calls the price in force today 现行 and next year's 待生效 until its first day, in the list, the history and the batch", async () => {
    const batchId = await nextYearsPrice();
    for (const today of ["2026-12-06", "2026-12-31"]) {
      const overview = await guidancePriceOverview(db, haishuNdrc, {}, today);
      expect(overview.rows.map((r) => [r.base_price_fen, r.state, r.editable])).toEqual([
        [100_000, { kind: "inForce" }, false],
        [120_000, { kind: "upcoming", from: "2027-01-01" }, true],
      ]);
      expect(stateOf((await guidancePriceHistory(db, haishuMarket, key, today))!.rows)).toEqual([
        [120_000, { kind: "upcoming", from: "2027-01-01" }],
        [100_000, { kind: "inForce" }],
      ]);
      expect(stateOf((await guidanceBatchDetail(db, haishuMarket, batchId, today))!.rows)).toEqual([[120_000, { kind: "upcoming", from: "2027-01-01" }]]);
    }
    // From its first day the new price is in force and the old one superseded, and leaves the list.
    const overview = await guidancePriceOverview(db, haishuNdrc, {}, "2027-01-01");
    expect(overview.rows.map((r) => [r.base_price_fen, r.state])).toEqual([[120_000, { kind: "inForce" }]]);
    expect(stateOf((await guidancePriceHistory(db, haishuMarket, key, "2027-01-01"))!.rows)).toEqual([
      [120_000, { kind: "inForce" }],
      [100_000, { kind: "superseded" }],
    ]);
  });

  it("calls a row past its own end date 已失效, and a row corrected before its first day 已被替代 even before that day", async () => {
    await addGuidancePrice(db, { region_code: HAISHU, base_price_fen: 100_000, effective_to: "2026-08-31" });
    expect(stateOf((await guidancePriceHistory(db, haishuMarket, key, "2026-08-31"))!.rows)).toEqual([[100_000, { kind: "inForce" }]]);
    expect(stateOf((await guidancePriceHistory(db, haishuMarket, key, "2026-09-01"))!.rows)).toEqual([[100_000, { kind: "expired" }]]);
    expect((await guidancePriceOverview(db, haishuNdrc, {}, "2026-09-01")).rows).toEqual([]);

    // Next year's price corrected on 2026-12-10 by another from the same day: the first was never in force.
    await db.deleteFrom("guidance_prices").execute();
    await nextYearsPrice();
    const correction = await draftOf(haishuNdrc, [guidanceRow({ base_price_yuan: "1150", effective_from: "2027-01-01", source_document: "海发改〔2026〕41号" })]);
    await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuNdrc, batchId: correction, now: new Date("2026-12-10T02:00:00Z") });
    expect(stateOf((await guidancePriceHistory(db, haishuMarket, key, "2026-12-10"))!.rows)).toEqual([
      [115_000, { kind: "upcoming", from: "2027-01-01" }],
      [120_000, { kind: "superseded" }],
      [100_000, { kind: "inForce" }],
    ]);
    expect((await guidancePriceOverview(db, haishuNdrc, {}, "2026-12-10")).rows.map((r) => [r.base_price_fen, r.state])).toEqual([
      [100_000, { kind: "inForce" }],
      [115_000, { kind: "upcoming", from: "2027-01-01" }],
    ]);
  });

  it("calls a row that ended by its own end date before a later batch superseded it 已失效, not 已被替代", async () => {
    // In force 2025-09-01 – 2026-08-31; next year's price, activated on 2026-12-06, supersedes it but keeps its end.
    const ended = await draftOf(haishuNdrc, [guidanceRow({ effective_from: "2025-09-01", effective_to: "2026-08-31", base_price_yuan: "1000" })]);
    await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuNdrc, batchId: ended, now: new Date("2025-08-01T02:00:00Z") });
    const next = await draftOf(haishuNdrc, [guidanceRow({ base_price_yuan: "1200", effective_from: "2027-01-01", source_document: "海发改〔2026〕40号" })]);
    const activated = await activateGuidanceChange({ submissionKey: newId(), db, actor: haishuNdrc, batchId: next, now: new Date("2026-12-06T02:00:00Z") });
    expect(activated.ok && activated.superseded).toBe(1);
    for (const today of ["2026-12-06", "2027-01-01"]) {
      expect(stateOf((await guidancePriceHistory(db, haishuMarket, key, today))!.rows), today).toEqual([
        [120_000, today === "2027-01-01" ? { kind: "inForce" } : { kind: "upcoming", from: "2027-01-01" }],
        [100_000, { kind: "expired" }],
      ]);
      expect(stateOf((await guidanceBatchDetail(db, haishuMarket, ended, today))!.rows), today).toEqual([[100_000, { kind: "expired" }]]);
    }
  });

  it("names the row a draft would replace by its state: one still to come is 待生效, not the price in force", async () => {
    await nextYearsPrice();
    const draft = await draftOf(haishuNdrc, [guidanceRow({ base_price_yuan: "1150", effective_from: "2027-03-01", source_document: "海发改〔2026〕41号" })]);
    const replaces = (today: string) => guidanceBatchDetail(db, haishuMarket, draft, today).then((d) => d!.rows.map((r) => r.replaces));
    expect(await replaces("2026-12-06")).toMatchObject([{ base_price_fen: 120_000, state: { kind: "upcoming", from: "2027-01-01" } }]);
    expect(await replaces("2027-01-01")).toMatchObject([{ base_price_fen: 120_000, state: { kind: "inForce" } }]);
  });

  it("calls a draft's rows 草稿 and a discarded batch's 已作废", async () => {
    const batchId = await draftOf(haishuNdrc, [guidanceRow()]);
    expect(stateOf((await guidanceBatchDetail(db, haishuMarket, batchId, "2026-12-06"))!.rows)).toEqual([[110_000, { kind: "draft" }]]);
    await discardGuidanceBatch({ db, actor: haishuNdrc, batchId, now: NOW });
    expect(stateOf((await guidanceBatchDetail(db, haishuMarket, batchId, "2026-12-06"))!.rows)).toEqual([[110_000, { kind: "discarded" }]]);
    expect(stateOf((await guidancePriceHistory(db, haishuMarket, key, "2026-12-06"))!.rows)).toEqual([[110_000, { kind: "discarded" }]]);
  });
});
