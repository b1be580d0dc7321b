/**
 * The fee item catalogue: officers of education and development-reform add,
 * rename, deactivate and reactivate their region's service and 代收 items;
 * the national categories are read-only; nothing is ever deleted; the filing
 * form offers exactly the active items of the kindergarten's region chain.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ulid } from "ulid";
import type { DB } from "~/db/client";
import type { Actor } from "~/domain/users/actor";
import {
  addFeeItemType,
  deactivateFeeItemType,
  reactivateFeeItemType,
  renameFeeItemType,
} from "~/domain/catalogue/catalogue.service.server";
import { catalogueItemForEdit, catalogueOverview } from "~/domain/catalogue/catalogue.queries.server";
import { allowedItemTypes } from "~/domain/filings/filing.service.server";
import { createActor, createOfficer, HAISHU, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let haishuEdu: Actor;
let haishuNdrc: Actor;
let haishuMarket: Actor;
let jiangbeiEdu: Actor;
let ningboEdu: Actor;

const NOW = new Date("2026-06-01T02:00:00.000Z");

async function auditOf(code: string) {
  return db.selectFrom("audit_log").select(["action", "actor_id", "detail"]).where("entity_id", "=", code).orderBy("created_at").orderBy("id").execute();
}

async function offered(regionCode: string): Promise<string[]> {
  return (await allowedItemTypes(db, regionCode)).map((t) => t.code).sort();
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  haishuEdu = await createOfficer(db, "education", HAISHU);
  haishuNdrc = await createOfficer(db, "development_reform", HAISHU);
  haishuMarket = await createOfficer(db, "market", HAISHU);
  jiangbeiEdu = await createOfficer(db, "education", JIANGBEI);
  ningboEdu = await createOfficer(db, "education", NINGBO);
});

afterAll(async () => {
  await t?.destroy();
});

describe("adding an item", () => {
  it("stores an active regional item with an audit entry; the filing form of that district offers it, others do not", async () => {
    const result = await addFeeItemType({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      input: { category: "service", regionCode: HAISHU, code: "svc_art_class", nameZh: "美术兴趣班", nameEn: "Art class" },
      now: NOW,
      requestId: "r1",
    });
    expect(result).toEqual({ ok: true, code: "SVC_ART_CLASS", replayed: false });
    const item = await db.selectFrom("fee_item_types").selectAll().where("code", "=", "SVC_ART_CLASS").executeTakeFirstOrThrow();
    expect(item).toMatchObject({ category: "service", region_code: HAISHU, active: 1, name_zh: "美术兴趣班", updated_at: NOW.toISOString() });
    expect(await auditOf("SVC_ART_CLASS")).toMatchObject([{ action: "fee_item_type.create", actor_id: haishuEdu.id }]);
    expect(await offered(HAISHU)).toContain("SVC_ART_CLASS");
    expect(await offered(JIANGBEI)).not.toContain("SVC_ART_CLASS");
  });

  it("a city officer's item applies in every district of the city", async () => {
    const result = await addFeeItemType({
      submissionKey: ulid(),
      db,
      actor: ningboEdu,
      input: { category: "agency", regionCode: NINGBO, code: "AGY_UNIFORM", nameZh: "园服", nameEn: "Uniform (collected on behalf)" },
      now: NOW,
    });
    expect(result.ok).toBe(true);
    expect(await offered(HAISHU)).toContain("AGY_UNIFORM");
    expect(await offered(JIANGBEI)).toContain("AGY_UNIFORM");
  });

  it("checks the code's shape and prefix, the names, the region and the jurisdiction", async () => {
    const bad = await addFeeItemType({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      input: { category: "agency", regionCode: HAISHU, code: "SVC_BOOKS", nameZh: "", nameEn: "Books" },
      now: NOW,
    });
    expect(bad).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { nameZh: [{ key: "form.required" }] } });
    const prefix = await addFeeItemType({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      input: { category: "agency", regionCode: HAISHU, code: "SVC_BOOKS", nameZh: "图书", nameEn: "Books" },
      now: NOW,
    });
    expect(prefix).toMatchObject({ ok: false, fieldErrors: { code: [{ key: "catalogue.code.prefix.agency" }] } });
    const shape = await addFeeItemType({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      input: { category: "service", regionCode: HAISHU, code: "SVC-书", nameZh: "图书", nameEn: "Books" },
      now: NOW,
    });
    expect(shape).toMatchObject({ ok: false, fieldErrors: { code: [{ key: "catalogue.code.invalid" }] } });
    const bare = await addFeeItemType({ submissionKey: ulid(), db, actor: haishuEdu, input: { category: "service", regionCode: HAISHU, code: "SVC_", nameZh: "x", nameEn: "x" }, now: NOW });
    expect(bare).toMatchObject({ ok: false, fieldErrors: { code: [{ key: "catalogue.code.prefix.service" }] } });
    const foreign = await addFeeItemType({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      input: { category: "service", regionCode: JIANGBEI, code: "SVC_BOOKS", nameZh: "图书", nameEn: "Books" },
      now: NOW,
    });
    expect(foreign).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { regionCode: [{ key: "catalogue.region.outOfScope" }] } });
    const city = await addFeeItemType({
      submissionKey: ulid(),
      db,
      actor: haishuEdu,
      input: { category: "service", regionCode: NINGBO, code: "SVC_BOOKS", nameZh: "图书", nameEn: "Books" },
      now: NOW,
    });
    expect(city).toMatchObject({ ok: false, fieldErrors: { regionCode: [{ key: "catalogue.region.outOfScope" }] } });
    const unknown = await addFeeItemType({
      submissionKey: ulid(),
      db,
      actor: ningboEdu,
      input: { category: "service", regionCode: "330299", code: "SVC_BOOKS", nameZh: "图书", nameEn: "Books" },
      now: NOW,
    });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { regionCode: [{ key: "catalogue.region.unknown" }] } });
    expect(await db.selectFrom("fee_item_types").select("code").where("code", "=", "SVC_BOOKS").execute()).toEqual([]);
  });

  it("a code already used anywhere (another district, a national category) is refused", async () => {
    const taken = await addFeeItemType({
      submissionKey: ulid(),
      db,
      actor: jiangbeiEdu,
      input: { category: "service", regionCode: JIANGBEI, code: "SVC_ART_CLASS", nameZh: "美术班", nameEn: "Art" },
      now: NOW,
    });
    expect(taken).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { code: [{ key: "catalogue.code.taken" }] } });
  });

  it("market supervision and operators may not add", async () => {
    const input = { category: "service", regionCode: HAISHU, code: "SVC_NOPE", nameZh: "不行", nameEn: "No" };
    expect(await addFeeItemType({ submissionKey: ulid(), db, actor: haishuMarket, input, now: NOW })).toMatchObject({ ok: false, kind: "forbidden" });
    const operator = await createActor(db, "operator", { regionCode: HAISHU });
    expect(await addFeeItemType({ submissionKey: ulid(), db, actor: operator, input, now: NOW })).toMatchObject({ ok: false, kind: "forbidden" });
  });
});

describe("renaming, deactivating and reactivating", () => {
  it("renames with the old and new names in the audit entry; the code stays", async () => {
    const result = await renameFeeItemType({ db, actor: haishuNdrc, code: "SVC_ART_CLASS", input: { nameZh: "美术课", nameEn: "Art lessons" }, now: NOW });
    expect(result).toEqual({ ok: true, code: "SVC_ART_CLASS" });
    const item = await db.selectFrom("fee_item_types").selectAll().where("code", "=", "SVC_ART_CLASS").executeTakeFirstOrThrow();
    expect(item).toMatchObject({ name_zh: "美术课", name_en: "Art lessons" });
    const audit = await auditOf("SVC_ART_CLASS");
    expect(audit.map((a) => a.action)).toEqual(["fee_item_type.create", "fee_item_type.rename"]);
    expect(JSON.parse(audit[1].detail)).toEqual({ from: { nameZh: "美术兴趣班", nameEn: "Art class" }, to: { nameZh: "美术课", nameEn: "Art lessons" } });
    const invalid = await renameFeeItemType({ db, actor: haishuNdrc, code: "SVC_ART_CLASS", input: { nameZh: " ", nameEn: "x" }, now: NOW });
    expect(invalid).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { nameZh: [{ key: "form.required" }] } });
  });

  it("deactivating takes the item off the filing form and keeps the row; reactivating brings it back", async () => {
    expect(await deactivateFeeItemType({ db, actor: haishuEdu, code: "SVC_ART_CLASS", now: NOW })).toEqual({ ok: true, code: "SVC_ART_CLASS" });
    expect(await offered(HAISHU)).not.toContain("SVC_ART_CLASS");
    const row = await db.selectFrom("fee_item_types").select("active").where("code", "=", "SVC_ART_CLASS").executeTakeFirstOrThrow();
    expect(row.active).toBe(0);
    // Deactivating again changes nothing and records nothing.
    await deactivateFeeItemType({ db, actor: haishuEdu, code: "SVC_ART_CLASS", now: NOW });
    expect(await reactivateFeeItemType({ db, actor: haishuEdu, code: "SVC_ART_CLASS", now: NOW })).toMatchObject({ ok: true });
    expect(await offered(HAISHU)).toContain("SVC_ART_CLASS");
    expect((await auditOf("SVC_ART_CLASS")).map((a) => a.action)).toEqual([
      "fee_item_type.create",
      "fee_item_type.rename",
      "fee_item_type.deactivate",
      "fee_item_type.reactivate",
    ]);
  });

  it("the national categories are read-only, and another district's or the city's items are not found", async () => {
    expect(await deactivateFeeItemType({ db, actor: haishuEdu, code: "CARE_EDU", now: NOW })).toMatchObject({
      ok: false,
      kind: "forbidden",
      formErrors: [{ key: "catalogue.national.readOnly" }],
    });
    expect(await renameFeeItemType({ db, actor: haishuEdu, code: "BOARDING", input: { nameZh: "x", nameEn: "x" }, now: NOW })).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await deactivateFeeItemType({ db, actor: jiangbeiEdu, code: "SVC_ART_CLASS", now: NOW })).toMatchObject({ ok: false, kind: "not_found" });
    expect(await deactivateFeeItemType({ db, actor: haishuEdu, code: "SVC_MEAL", now: NOW })).toMatchObject({ ok: false, kind: "not_found" });
    expect(await deactivateFeeItemType({ db, actor: haishuMarket, code: "SVC_ART_CLASS", now: NOW })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await deactivateFeeItemType({ db, actor: haishuEdu, code: "SVC_NONE", now: NOW })).toMatchObject({ ok: false, kind: "not_found" });
    const national = await db.selectFrom("fee_item_types").select("active").where("code", "=", "CARE_EDU").executeTakeFirstOrThrow();
    expect(national.active).toBe(1);
  });
});

describe("reading", () => {
  it("an officer sees the national categories, the items above their region and their own; only their own are editable", async () => {
    const view = await catalogueOverview(db, haishuEdu);
    expect(view.national.map((i) => i.code).sort()).toEqual(["BOARDING", "CARE_EDU", "NURSERY"]);
    expect(view.service.map((i) => [i.code, i.editable])).toEqual(
      expect.arrayContaining([
        ["SVC_ART_CLASS", true],
        ["SVC_MEAL", false],
      ]),
    );
    expect(view.agency.map((i) => [i.code, i.editable])).toEqual([["AGY_UNIFORM", false]]);
    expect(view.regions.map((r) => r.code)).toEqual([HAISHU]);

    const jiangbei = await catalogueOverview(db, jiangbeiEdu);
    expect(jiangbei.service.map((i) => i.code)).not.toContain("SVC_ART_CLASS");
    const market = await catalogueOverview(db, haishuMarket);
    expect(market.canManage).toBe(false);
    expect(market.service.every((i) => !i.editable)).toBe(true);

    expect(await catalogueItemForEdit(db, haishuEdu, "SVC_ART_CLASS")).toMatchObject({ code: "SVC_ART_CLASS", region_name: "海曙区" });
    expect(await catalogueItemForEdit(db, jiangbeiEdu, "SVC_ART_CLASS")).toBeNull();
    expect(await catalogueItemForEdit(db, haishuEdu, "CARE_EDU")).toBeNull();
  });
});
