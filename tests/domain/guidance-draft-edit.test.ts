/**
 * Editing a draft guidance-price batch (editGuidanceChange → replaceGuidanceDraft): the draft's rows are replaced
 * whole, checked as a new draft's are, its version raised and the edit audited, in one transaction with its stored
 * previews let go. An edit made from an older version (another officer saved first), of a batch no longer a draft
 * (an active batch never changes), of another district's batch or by a role that may not draft is refused and
 * writes nothing; the same edit posted twice is answered as saved and written once. An activation is of the version
 * its preview showed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import { activateGuidanceChange, editGuidanceChange } from "~/domain/changes/guidance-change.server";
import { changeKey, computeStoredPreview, DRAFT_EDITED_ERROR, previewOf } from "~/domain/changes/preview-jobs.server";
import { createGuidanceDraft } from "~/domain/guidance-prices/guidance-price.service.server";
import { guidanceDraftForEdit } from "~/domain/guidance-prices/guidance-price.queries.server";
import { getRulesRuntime } from "~/web/rules.server";
import { createOfficer, guidanceRow, HAISHU, JIANGBEI, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let haishuNdrc: Actor;
let haishuEdu: Actor;
let haishuMarket: Actor;
let jiangbeiNdrc: Actor;

const NOW = new Date("2026-06-01T02:00:00.000Z");
const LATER = new Date("2026-06-02T02:00:00.000Z");

async function draft(rows = [guidanceRow(), guidanceRow({ category: "boarding", base_price_yuan: "260" })]): Promise<string> {
  const result = await createGuidanceDraft({ submissionKey: ulid(), db, actor: haishuNdrc, input: { rows }, now: NOW });
  if (!result.ok) throw new Error(`draft refused: ${JSON.stringify(result)}`);
  return result.batchId;
}

const batchOf = (id: string) => db.selectFrom("guidance_price_batches").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const pricesOf = (id: string) =>
  db.selectFrom("guidance_prices").select(["category", "base_price_fen", "status", "created_at"]).where("batch_id", "=", id).orderBy("category").execute();
const edits = () => db.selectFrom("audit_log").selectAll().where("action", "=", "guidance_batch.edit").execute();

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  haishuNdrc = await createOfficer(db, "development_reform", HAISHU);
  haishuEdu = await createOfficer(db, "education", HAISHU);
  haishuMarket = await createOfficer(db, "market", HAISHU);
  jiangbeiNdrc = await createOfficer(db, "development_reform", JIANGBEI);
});

afterAll(async () => {
  await t?.destroy();
});

beforeEach(async () => {
  await db.deleteFrom("change_previews").execute();
  await db.deleteFrom("guidance_prices").execute();
  await db.deleteFrom("guidance_price_batches").execute();
  await db.deleteFrom("audit_log").execute();
});

describe("editing a draft batch", () => {
  it("replaces the draft's rows, raises its version and audits the edit; nothing takes effect", async () => {
    const id = await draft();
    expect((await batchOf(id)).version).toBe(1);
    const result = await editGuidanceChange({
      db,
      actor: haishuNdrc,
      batchId: id,
      input: { version: "1", rows: [guidanceRow({ base_price_yuan: "1010" }), guidanceRow({ category: "nursery", base_price_yuan: "900" }), guidanceRow({ grade: "class2", base_price_yuan: "950" })] },
      now: LATER,
      requestId: "req-edit",
    });
    expect(result).toMatchObject({ ok: true, rowCount: 3 });
    expect(await batchOf(id)).toMatchObject({ status: "draft", version: 2, row_count: 3, region_code: HAISHU, activated_at: null });
    const prices = await pricesOf(id);
    expect(prices.map((p) => [p.category, p.base_price_fen, p.status])).toEqual([
      ["care_education", 101_000, "draft"],
      ["care_education", 95_000, "draft"],
      ["nursery", 90_000, "draft"],
    ]);
    expect(prices.every((p) => p.created_at === LATER.toISOString())).toBe(true);
    const audit = await edits();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: haishuNdrc.id, entity: "guidance_price_batch", entity_id: id, request_id: "req-edit" });
    expect(JSON.parse(audit[0].detail)).toEqual({ regionCode: HAISHU, rows: 3, previousRows: 2, version: 2 });
  });

  it("starts the form from the draft's rows as they were typed, with the draft's version", async () => {
    const id = await draft([guidanceRow({ base_price_yuan: "1100.5", max_float_percent: "12.5", effective_to: "2027-08-31" })]);
    const form = await guidanceDraftForEdit(db, haishuEdu, id);
    expect(form).toMatchObject({ editable: true, batch: { id, version: 1, status: "draft" } });
    expect(form!.rows).toEqual([{ ...guidanceRow({ base_price_yuan: "1100.50", max_float_percent: "12.5", effective_to: "2027-08-31" }) }]);
    expect(await guidanceDraftForEdit(db, jiangbeiNdrc, id)).toBeNull();
    expect(await guidanceDraftForEdit(db, haishuMarket, id)).toBeNull();
  });

  it("refuses an edit made from an older version: the first officer's edit stays, the second writes nothing", async () => {
    const id = await draft();
    const first = await editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input: { version: 1, rows: [guidanceRow({ base_price_yuan: "1010" })] }, now: LATER });
    expect(first.ok).toBe(true);
    const second = await editGuidanceChange({ db, actor: haishuEdu, batchId: id, input: { version: 1, rows: [guidanceRow({ base_price_yuan: "999" })] }, now: LATER });
    expect(second).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "guidance.batch.stale" }] });
    expect((await batchOf(id)).version).toBe(2);
    expect((await pricesOf(id)).map((p) => p.base_price_fen)).toEqual([101_000]);
    expect(await edits()).toHaveLength(1);
    // Without the version it was made from, an edit is refused the same way.
    const blind = await editGuidanceChange({ db, actor: haishuEdu, batchId: id, input: { rows: [guidanceRow({ base_price_yuan: "999" })] }, now: LATER });
    expect(blind).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "guidance.batch.stale" }] });
  });

  it("refuses two edits from the same version sent together: exactly one is saved", async () => {
    const id = await draft();
    const results = await Promise.all(
      ["1010", "1020"].map((yuan) => editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input: { version: 1, rows: [guidanceRow({ base_price_yuan: yuan })] }, now: LATER })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    // Both the same officer's: the one refused is told the newer version is their own.
    expect(results.find((r) => !r.ok)).toMatchObject({ kind: "conflict", formErrors: [{ key: "guidance.batch.staleOwn" }] });
    expect((await batchOf(id)).version).toBe(2);
    expect(await pricesOf(id)).toHaveLength(1);
  });

  it("answers the same edit posted twice (a double click without JavaScript) as saved, writing it once", async () => {
    const id = await draft();
    const input = { version: "1", rows: [guidanceRow({ category: "boarding", base_price_yuan: "270" }), guidanceRow({ base_price_yuan: "1010" })] };
    const first = await editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input, now: LATER });
    expect(first).toMatchObject({ ok: true, rowCount: 2 });
    expect(first.ok && first.repeated).toBeFalsy();
    // A preview asked for after the first sending: the second, changing nothing, does not let it go.
    const change = { kind: "guidance_batch" as const, batchId: id };
    expect(await previewOf({ db, rules: getRulesRuntime(), change, actorId: haishuNdrc.id, inlineLimit: -1, now: LATER })).toMatchObject({ status: "computing" });
    // The rows in another order are the same rows.
    const again = await editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input: { ...input, rows: [...input.rows].reverse() }, now: LATER });
    expect(again).toMatchObject({ ok: true, rowCount: 2, repeated: true, batch: { id, version: 2, status: "draft" } });
    expect((await batchOf(id)).version).toBe(2);
    expect((await pricesOf(id)).map((p) => p.base_price_fen)).toEqual([27_000, 101_000]);
    expect(await edits()).toHaveLength(1);
    expect((await db.selectFrom("change_previews").select("status").execute()).map((p) => p.status)).toEqual(["pending"]);
    // Sent together, the same: both saved, once.
    const both = await draft();
    const together = await Promise.all([1, 2].map(() => editGuidanceChange({ db, actor: haishuNdrc, batchId: both, input, now: LATER })));
    expect(together.map((r) => r.ok)).toEqual([true, true]);
    expect((await batchOf(both)).version).toBe(2);
    expect(await edits()).toHaveLength(2);
  });

  it("refuses a repeated post once the draft has moved on, and a different edit from the same version", async () => {
    const id = await draft();
    const input = { version: 1, rows: [guidanceRow({ base_price_yuan: "1010" })] };
    expect((await editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input, now: LATER })).ok).toBe(true);
    // One row fewer than saved: not the same edit. The newer version is the same officer's (an older tab's form).
    const fewer = await editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input: { version: 1, rows: [guidanceRow({ base_price_yuan: "1010" }), guidanceRow({ category: "boarding", base_price_yuan: "260" })] }, now: LATER });
    expect(fewer).toMatchObject({ ok: false, formErrors: [{ key: "guidance.batch.staleOwn" }] });
    expect((await editGuidanceChange({ db, actor: haishuEdu, batchId: id, input: { version: 2, rows: [guidanceRow({ base_price_yuan: "1020" })] }, now: LATER })).ok).toBe(true);
    // The draft is two versions on: the first edit's form, even with the rows it once saved, is stale; and as one of
    // the versions since is another officer's, it is not told they were all its own.
    const late = await editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input, now: LATER });
    expect(late).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "guidance.batch.stale" }] });
    // Made from the version the other officer saved last: that one is not the first officer's either.
    const fromEdu = await editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input: { version: 2, rows: [guidanceRow({ base_price_yuan: "1030" })] }, now: LATER });
    expect(fromEdu).toMatchObject({ ok: false, formErrors: [{ key: "guidance.batch.stale" }] });
    // The other officer, from the version before their own save (version 3, the only one since): told it is theirs.
    const eduOld = await editGuidanceChange({ db, actor: haishuEdu, batchId: id, input: { version: 2, rows: [guidanceRow({ base_price_yuan: "1040" })] }, now: LATER });
    expect(eduOld).toMatchObject({ ok: false, formErrors: [{ key: "guidance.batch.staleOwn" }] });
    expect((await pricesOf(id)).map((p) => p.base_price_fen)).toEqual([102_000]);
  });

  it("refuses an active batch: active prices change only by a new batch", async () => {
    const id = await draft();
    const activated = await activateGuidanceChange({ db, actor: haishuNdrc, batchId: id, submissionKey: ulid(), now: LATER });
    expect(activated.ok).toBe(true);
    const before = await pricesOf(id);
    const result = await editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input: { version: 1, rows: [guidanceRow({ base_price_yuan: "1" })] }, now: LATER });
    expect(result).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "guidance.batch.notDraft" }] });
    expect(await pricesOf(id)).toEqual(before);
    expect(before.every((p) => p.status === "active")).toBe(true);
    expect(await edits()).toHaveLength(0);
    expect((await guidanceDraftForEdit(db, haishuNdrc, id))?.editable).toBe(false);
  });

  it("an activation from the preview of an older version is refused: what is activated is what was previewed", async () => {
    const id = await draft();
    expect((await editGuidanceChange({ db, actor: haishuEdu, batchId: id, input: { version: 1, rows: [guidanceRow({ base_price_yuan: "1010" })] }, now: LATER })).ok).toBe(true);
    const stale = await activateGuidanceChange({ db, actor: haishuNdrc, batchId: id, submissionKey: ulid(), version: "1", now: LATER });
    expect(stale).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "guidance.batch.editedSincePreview" }] });
    expect((await batchOf(id)).status).toBe("draft");
    const current = await activateGuidanceChange({ db, actor: haishuNdrc, batchId: id, submissionKey: ulid(), version: "2", now: LATER });
    expect(current.ok).toBe(true);
    expect((await pricesOf(id)).map((p) => [p.base_price_fen, p.status])).toEqual([[101_000, "active"]]);
  });

  it("refuses another district's officer (not found) and a role that may not draft; writes nothing", async () => {
    const id = await draft();
    const input = { version: 1, rows: [guidanceRow({ base_price_yuan: "1" })] };
    expect(await editGuidanceChange({ db, actor: jiangbeiNdrc, batchId: id, input, now: LATER })).toMatchObject({ ok: false, kind: "not_found", formErrors: [{ key: "guidance.batch.notFound" }] });
    expect(await editGuidanceChange({ db, actor: haishuMarket, batchId: id, input, now: LATER })).toMatchObject({ ok: false, kind: "forbidden" });
    expect((await batchOf(id)).version).toBe(1);
    expect(await edits()).toHaveLength(0);
  });

  it("refuses bad rows with the drafting form's messages, and rows outside the officer's region", async () => {
    const id = await draft();
    const bad = await editGuidanceChange({
      db,
      actor: haishuNdrc,
      batchId: id,
      input: { version: 1, rows: [guidanceRow({ base_price_yuan: "abc", effective_from: "" })] },
      now: LATER,
    });
    expect(bad).toMatchObject({ ok: false, kind: "invalid" });
    if (bad.ok) return;
    expect(bad.fieldErrors["rows[0].base_price_yuan"]).toBeDefined();
    expect(bad.fieldErrors["rows[0].effective_from"]).toEqual([{ key: "form.required" }]);
    const twice = await editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input: { version: 1, rows: [guidanceRow(), guidanceRow()] }, now: LATER });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { "rows[1].region_code": [{ key: "guidance.row.duplicate" }] } });
    const outside = await editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input: { version: 1, rows: [guidanceRow({ region_code: JIANGBEI })] }, now: LATER });
    expect(outside).toMatchObject({ ok: false, fieldErrors: { "rows[0].region_code": [{ key: "guidance.region.outOfScope" }] } });
    expect((await batchOf(id)).version).toBe(1);
    expect(await pricesOf(id)).toHaveLength(2);
  });

  it("lets go of the draft's stored preview: the next look asks for a new one, the old job stores nothing", async () => {
    const id = await draft();
    const change = { kind: "guidance_batch" as const, batchId: id };
    const rules = getRulesRuntime();
    expect(await previewOf({ db, rules, change, actorId: haishuNdrc.id, inlineLimit: -1, now: NOW })).toMatchObject({ status: "computing" });
    const [stored] = await db.selectFrom("change_previews").selectAll().where("change_key", "=", changeKey(change)).execute();
    expect(stored.status).toBe("pending");
    expect((await editGuidanceChange({ db, actor: haishuNdrc, batchId: id, input: { version: 1, rows: [guidanceRow({ base_price_yuan: "1010" })] }, now: LATER })).ok).toBe(true);
    const after = await db.selectFrom("change_previews").selectAll().where("id", "=", stored.id).executeTakeFirstOrThrow();
    expect(after).toMatchObject({ status: "failed", error: DRAFT_EDITED_ERROR });
    expect(await computeStoredPreview({ db, rules }, stored.id)).toBe(false);
    expect(await previewOf({ db, rules, change, actorId: haishuNdrc.id, inlineLimit: -1, now: LATER })).toMatchObject({ status: "computing" });
    const rows = await db.selectFrom("change_previews").select("status").where("change_key", "=", changeKey(change)).orderBy("requested_at").execute();
    expect(rows.map((r) => r.status)).toEqual(["failed", "pending"]);
  });
});
