/**
 * Submitting twice stores once (app/domain/submissions), on a real database
 * (a SQLite file, or Postgres under `npm run test:pg`): a repeat of a
 * submission key is answered with the first result and creates nothing; twins
 * sent at once end with one object and two answers pointing at it; keys are
 * the actor's own; a key used on another form or with other content is
 * refused; a refused creation leaves the key free.
 */
import type { Transaction } from "kysely";
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import type { Database } from "~/db/schema";
import { addFeeItemType } from "~/domain/catalogue/catalogue.service.server";
import { submitFiling } from "~/domain/filings/filing.service.server";
import { createGuidanceDraft, importGuidanceCsv } from "~/domain/guidance-prices/guidance-price.service.server";
import { fail, Refusal } from "~/domain/result";
import { fingerprintOf, oncePer, submissionClaim, submitOnce, type SubmissionClaim } from "~/domain/submissions/submission.service.server";
import type { Actor } from "~/domain/users/actor";
import { countRows, createActor, createKindergartenWithOperator, filingForm, guidanceRow, HAISHU, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let officer: Actor;
let otherOfficer: Actor;

const NOW = new Date("2026-06-01T02:00:00.000Z");

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  officer = await createActor(db, "officer", { regionCode: HAISHU });
  otherOfficer = await createActor(db, "officer", { regionCode: HAISHU });
  for (const actor of [officer, otherOfficer]) await db.updateTable("users").set({ agency: "education" }).where("id", "=", actor.id).execute();
  officer = { ...officer, agency: "education" };
  otherOfficer = { ...otherOfficer, agency: "education" };
});

afterAll(async () => {
  await t?.destroy();
});

function claimOf(actor: Actor, key: string, content: unknown = { n: 1 }, form: SubmissionClaim["form"] = "catalogue_item"): SubmissionClaim {
  const claimed = submissionClaim({ actorId: actor.id, form, key, content });
  if (!claimed.ok) throw new Error(`claim refused: ${JSON.stringify(claimed)}`);
  return claimed.claim;
}

/** A toy creation: one audit row per call that gets to create, so the count says how many objects were made. */
function creation(label: string, opts: { gate?: Promise<void> } = {}) {
  return async (trx: Transaction<Database>) => {
    await opts.gate;
    const id = ulid();
    await trx
      .insertInto("audit_log")
      .values({ id, actor_id: null, action: `test.${label}`, entity: "test", entity_id: id, detail: "{}", request_id: null, created_at: NOW.toISOString() })
      .execute();
    return { ok: true as const, objectId: id };
  };
}

async function objects(label: string): Promise<number> {
  const rows = await db.selectFrom("audit_log").select("id").where("action", "=", `test.${label}`).execute();
  return rows.length;
}

async function keyRows(actor: Actor, key: string) {
  return db.selectFrom("submission_keys").selectAll().where("actor_id", "=", actor.id).where("key", "=", key).execute();
}

describe("the key", () => {
  it("is required and has a shape: anything else is invalid input with its own message", () => {
    for (const key of [undefined, null, "", "short-key", "a".repeat(65), "has spaces in it!!", "漢字漢字漢字漢字漢字漢字漢字漢字", 12345678901234567890, new File(["x"], "x")]) {
      expect(submissionClaim({ actorId: officer.id, form: "filing", key, content: {} })).toEqual({
        ok: false,
        kind: "invalid",
        fieldErrors: {},
        formErrors: [{ key: "submission.key.invalid" }],
      });
    }
    for (const key of [ulid(), "0123456789abcdef", "A-b_C".repeat(12)]) {
      expect(submissionClaim({ actorId: officer.id, form: "filing", key, content: {} }).ok).toBe(true);
    }
  });

  it("fingerprints content by value, not by key order; bytes by their hash", () => {
    expect(fingerprintOf({ a: 1, b: [1, { c: "x", d: "y" }] })).toBe(fingerprintOf({ b: [1, { d: "y", c: "x" }], a: 1 }));
    expect(fingerprintOf({ a: 1 })).not.toBe(fingerprintOf({ a: 2 }));
    expect(fingerprintOf({ file: new TextEncoder().encode("a,b") })).toBe(fingerprintOf({ file: new TextEncoder().encode("a,b") }));
    expect(fingerprintOf({ file: new TextEncoder().encode("a,b") })).not.toBe(fingerprintOf({ file: new TextEncoder().encode("a,c") }));
  });
});

describe("submitOnce", () => {
  it("the same key twice: one object, and the repeat answers with the first result, flagged as a replay", async () => {
    const claim = claimOf(officer, ulid());
    const first = await submitOnce(db, claim, creation("twice"));
    const second = await submitOnce(db, claim, creation("twice"));
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(second).toEqual({ ...first, replayed: true });
    expect(await objects("twice")).toBe(1);
    expect(await keyRows(officer, claim.key)).toMatchObject([{ form: "catalogue_item", fingerprint: claim.fingerprint, result: JSON.stringify({ objectId: (first as { objectId: string }).objectId }) }]);
  });

  it("twins at once (a double click): one object, both answers point at it", async () => {
    const claim = claimOf(officer, ulid());
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    // The first twin holds its transaction open (claimed, not yet committed) while the second arrives.
    const a = submitOnce(db, claim, creation("twins", { gate }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const b = submitOnce(db, claim, creation("twins"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    open();
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.ok && rb.ok).toBe(true);
    expect((ra as { objectId: string }).objectId).toBe((rb as { objectId: string }).objectId);
    expect([ra, rb].map((r) => (r as { replayed: boolean }).replayed).sort()).toEqual([false, true]);
    expect(await objects("twins")).toBe(1);
  });

  it("many twins at once: one object, every answer the same", async () => {
    const claim = claimOf(officer, ulid());
    const results = await Promise.all(Array.from({ length: 8 }, () => submitOnce(db, claim, creation("many"))));
    expect(await objects("many")).toBe(1);
    expect(new Set(results.map((r) => (r as { objectId: string }).objectId)).size).toBe(1);
    expect(results.filter((r) => r.ok && !r.replayed)).toHaveLength(1);
  });

  it("the same key of another actor is another key: independent objects, and neither sees the other's result", async () => {
    const key = ulid();
    const mine = await submitOnce(db, claimOf(officer, key), creation("actors"));
    const theirs = await submitOnce(db, claimOf(otherOfficer, key), creation("actors"));
    expect(mine).toMatchObject({ ok: true, replayed: false });
    expect(theirs).toMatchObject({ ok: true, replayed: false });
    expect((theirs as { objectId: string }).objectId).not.toBe((mine as { objectId: string }).objectId);
    expect(await objects("actors")).toBe(2);
  });

  it("the same key on another kind of form, or with other content, is refused (conflict) and creates nothing", async () => {
    const key = ulid();
    await submitOnce(db, claimOf(officer, key, { n: 1 }, "catalogue_item"), creation("forms"));
    const otherForm = await submitOnce(db, claimOf(officer, key, { n: 1 }, "guidance_draft"), creation("forms"));
    const otherContent = await submitOnce(db, claimOf(officer, key, { n: 2 }, "catalogue_item"), creation("forms"));
    for (const refused of [otherForm, otherContent]) {
      expect(refused).toEqual({ ok: false, kind: "conflict", fieldErrors: {}, formErrors: [{ key: "submission.key.reused" }] });
    }
    expect(await objects("forms")).toBe(1);
    expect(await keyRows(officer, key)).toHaveLength(1);
  });

  it("a refused creation (a returned failure or a thrown Refusal) rolls the claim back: the key stays free", async () => {
    const claim = claimOf(officer, ulid());
    const returned = await submitOnce(db, claim, async () => fail("invalid", "form.required"));
    expect(returned).toMatchObject({ ok: false, kind: "invalid" });
    expect(await keyRows(officer, claim.key)).toEqual([]);
    const thrown = await submitOnce(db, claim, async () => {
      throw new Refusal(fail("conflict", "guidance.batch.notDraft"));
    });
    expect(thrown).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "guidance.batch.notDraft" }] });
    expect(await keyRows(officer, claim.key)).toEqual([]);
    expect(await submitOnce(db, claim, creation("refused"))).toMatchObject({ ok: true, replayed: false });
    expect(await objects("refused")).toBe(1);
  });

  it("an unexpected error rolls the claim back and is thrown", async () => {
    const claim = claimOf(officer, ulid());
    await expect(
      submitOnce(db, claim, async () => {
        throw new Error("disk full");
      }),
    ).rejects.toThrow("disk full");
    expect(await keyRows(officer, claim.key)).toEqual([]);
  });

  it("oncePer joins the caller's transaction: rolled back with it, nothing is kept", async () => {
    const claim = claimOf(officer, ulid());
    await expect(
      db.transaction().execute(async (trx) => {
        await oncePer(trx, claim, async () => ({ objectId: "x" }));
        throw new Error("the caller changed its mind");
      }),
    ).rejects.toThrow();
    expect(await keyRows(officer, claim.key)).toEqual([]);
  });
});

describe("the create services", () => {
  it("a filing submitted twice with one key is stored once: one version, one outbox row, one audit entry", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db, { nature: "forprofit_private", region_code: HAISHU });
    const args = { db, actor: operator, kindergartenId: kg.id, input: filingForm([{ amount: "2000" }]), now: NOW, submissionKey: ulid() };
    const before = { filings: await countRows(db, "fee_filings"), outbox: await countRows(db, "outbox"), audit: await countRows(db, "audit_log") };
    const first = await submitFiling(args);
    const again = await submitFiling(args);
    expect(first).toMatchObject({ ok: true, replayed: false });
    expect(again).toEqual({ ...first, replayed: true });
    expect({ filings: await countRows(db, "fee_filings"), outbox: await countRows(db, "outbox"), audit: await countRows(db, "audit_log") }).toEqual({
      filings: before.filings + 1,
      outbox: before.outbox + 1,
      audit: before.audit + 1,
    });
  });

  it("the same schedule sent again under a new key (Back, then 提交备案) stores nothing: the latest version answers, unchanged", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db, { nature: "forprofit_private", region_code: HAISHU });
    const send = (amount: string) => submitFiling({ db, actor: operator, kindergartenId: kg.id, input: filingForm([{ amount }]), now: NOW, submissionKey: ulid() });
    const first = await send("2200");
    expect(first).toMatchObject({ ok: true, unchanged: false });
    const outbox = await countRows(db, "outbox");
    expect(await send("2200")).toEqual({ ok: true, filingId: (first as { filingId: string }).filingId, unchanged: true, replayed: false });
    expect(await countRows(db, "outbox")).toBe(outbox);
    // A changed amount is a new version; going back to the first amount after it is one too (only the latest counts).
    expect(await send("2300")).toMatchObject({ ok: true, unchanged: false });
    expect(await send("2200")).toMatchObject({ ok: true, unchanged: false });
    expect(await db.selectFrom("fee_filings").select("version").where("kindergarten_id", "=", kg.id).execute()).toHaveLength(3);
  });

  it("a filing's double click (two submissions at once, one key) stores one version; both answers name it", async () => {
    const { kg, operator } = await createKindergartenWithOperator(db, { nature: "forprofit_private", region_code: HAISHU });
    const args = { db, actor: operator, kindergartenId: kg.id, input: filingForm([{ amount: "2100" }]), now: NOW, submissionKey: ulid() };
    const results = await Promise.all([submitFiling(args), submitFiling(args), submitFiling(args)]);
    const filings = await db.selectFrom("fee_filings").select(["id", "version"]).where("kindergarten_id", "=", kg.id).execute();
    expect(filings).toHaveLength(1);
    for (const r of results) expect(r).toMatchObject({ ok: true, filingId: filings[0].id });
  });

  it("a catalogue item's repeat answers with the item, not with 'code taken'", async () => {
    const input = { category: "service", regionCode: HAISHU, code: "SVC_ONCE", nameZh: "一次", nameEn: "Once" };
    const submissionKey = ulid();
    const [a, b] = await Promise.all([
      addFeeItemType({ db, actor: officer, input, submissionKey, now: NOW }),
      addFeeItemType({ db, actor: officer, input, submissionKey, now: NOW }),
    ]);
    expect(a).toMatchObject({ ok: true, code: "SVC_ONCE" });
    expect(b).toMatchObject({ ok: true, code: "SVC_ONCE" });
    // A new submission (new key) of the same code is refused as before.
    expect(await addFeeItemType({ db, actor: officer, input, submissionKey: ulid(), now: NOW })).toMatchObject({ ok: false, fieldErrors: { code: [{ key: "catalogue.code.taken" }] } });
  });

  it("a guidance draft by form and by CSV: a repeat names the first batch; the import's key refused for another file says so with no row errors", async () => {
    const row = guidanceRow({ base_price_yuan: "1000", source_document: "测试〔2026〕1号" });
    const formKey = ulid();
    const draft = await createGuidanceDraft({ db, actor: officer, input: { rows: [row] }, submissionKey: formKey, now: NOW });
    expect(await createGuidanceDraft({ db, actor: officer, input: { rows: [row] }, submissionKey: formKey, now: NOW })).toEqual({ ...draft, replayed: true });
    // The form's key is no key for an import.
    const csv = `region_code,nature,grade,age_band,category,base_price_yuan,max_float_percent,effective_from,effective_to,source_document\n${HAISHU},inclusive_private,class2,all,care_education,1000,10,2026-09-01,,测试〔2026〕2号\n`;
    expect(await importGuidanceCsv({ db, actor: officer, file: csv, submissionKey: formKey, now: NOW })).toMatchObject({ ok: false, kind: "conflict", rowErrors: [] });

    const importKey = ulid();
    const imported = await importGuidanceCsv({ db, actor: officer, file: csv, fileName: "a.csv", submissionKey: importKey, now: NOW });
    expect(imported).toMatchObject({ ok: true, replayed: false, rowCount: 1 });
    expect(await importGuidanceCsv({ db, actor: officer, file: csv, fileName: "a.csv", submissionKey: importKey, now: NOW })).toEqual({ ...imported, replayed: true });
    const batches = await db.selectFrom("guidance_price_batches").select("id").where("created_by", "=", officer.id).execute();
    expect(batches).toHaveLength(2);
  });
});
