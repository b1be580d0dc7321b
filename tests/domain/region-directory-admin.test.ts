/**
 * The administrator's division table (app/domain/regions/region-directory.queries.server.ts and
 * region-directory-admin.server.ts): the directory's pages walk every region once, in code order, with what each
 * holds and the kindergartens and officers placed there; a province of the vendored table or a CSV is previewed
 * without a write, loaded as previewed (audited with the administrator, the file and the province), refused when the
 * table moved since the preview, and a bad file writes nothing. Only the administrator may.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { loadRegionsFromPage, regionLoadChoices, type AdminRegionLoadResult } from "~/domain/regions/region-directory-admin.server";
import { regionDirectoryPage } from "~/domain/regions/region-directory.queries.server";
import { REGION_PAGE_SIZE } from "~/domain/regions/region-directory.schema";
import { NATIONAL_REGIONS } from "~/domain/regions/region-directory-load.server";
import { actorOf } from "../factories/domain";
import { createDemoDb, type TestDb } from "../setup/test-db";

const ZHEJIANG = NATIONAL_REGIONS.rows().filter((r) => r.code.startsWith("33")).length;
const regionCount = async (db: DB) => Number((await db.selectFrom("regions").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
const regionAudits = (db: DB) => db.selectFrom("audit_log").select(["actor_id", "entity", "entity_id", "detail", "request_id"]).where("action", "=", "region.load").orderBy("created_at").execute();

function previewOf(result: AdminRegionLoadResult) {
  if (!result.ok || result.committed) throw new Error(`not a preview: ${JSON.stringify(result).slice(0, 300)}`);
  return result.preview;
}

describe("the directory", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createDemoDb();
  });
  afterAll(async () => {
    await t.destroy();
  });

  it("shows each demo region with what it holds, where it is, and the kindergartens and officers placed there", async () => {
    const page = await regionDirectoryPage(t.db, {});
    expect(page.totals).toEqual({ province: 1, city: 1, district: 5 });
    expect(page.rows.map((r) => r.code)).toEqual(["330000", "330200", "330203", "330205", "330206", "330211", "330212"]);
    const haishu = page.rows.find((r) => r.code === "330203")!;
    const kindergartens = await t.db.selectFrom("kindergartens").select("id").where("region_code", "=", "330203").execute();
    const officers = await t.db.selectFrom("users").select("id").where("region_code", "=", "330203").where("role", "=", "officer").where("active", "=", 1).execute();
    expect(kindergartens.length).toBeGreaterThan(0);
    expect(officers.length).toBeGreaterThan(0);
    expect(haishu).toEqual({ code: "330203", name: "海曙区", level: "district", within: ["浙江省", "宁波市"], children: 0, kindergartens: kindergartens.length, officers: officers.length });
    expect(page.rows.find((r) => r.code === "330200")).toMatchObject({ children: 5, kindergartens: 0, within: ["浙江省"] });
    // A deactivated officer is not one in use.
    await t.db.updateTable("users").set({ active: 0 }).where("id", "=", officers[0].id).execute();
    expect((await regionDirectoryPage(t.db, { q: "海曙" })).rows).toEqual([{ ...haishu, officers: officers.length - 1 }]);
  });

  it("searches a code's beginning or a part of a name, within a province", async () => {
    expect((await regionDirectoryPage(t.db, { q: "3302" })).rows.map((r) => r.code)).toEqual(["330200", "330203", "330205", "330206", "330211", "330212"]);
    expect((await regionDirectoryPage(t.db, { q: "江北" })).rows.map((r) => r.code)).toEqual(["330205"]);
    expect((await regionDirectoryPage(t.db, { province: "440000" })).rows).toEqual([]);
    expect((await regionDirectoryPage(t.db, { q: "不存在的地方" })).matched).toBe(0);
  });

  it("after the national table, walks every region once in code order, a bounded page at a time, and filters a province", async () => {
    const admin = await actorOf(t.db, "admin");
    // The whole table through the page, province by province (the page loads one at a time).
    for (const { code } of (await regionLoadChoices(t.db)).provinces) {
      const preview = previewOf(await loadRegionsFromPage({ db: t.db, actor: admin, input: { kind: "national", province: code }, commit: false }));
      const done = await loadRegionsFromPage({ db: t.db, actor: admin, input: { kind: "national", province: code }, commit: true, previewed: preview.digest });
      expect(done.ok).toBe(true);
    }
    expect(await regionCount(t.db)).toBe(NATIONAL_REGIONS.rows().length);
    const seen: string[] = [];
    let after: string | undefined;
    for (let i = 0; i < 100; i++) {
      const page = await regionDirectoryPage(t.db, { after });
      expect(page.rows.length).toBeLessThanOrEqual(REGION_PAGE_SIZE);
      seen.push(...page.rows.map((r) => r.code));
      if (!page.next) break;
      after = page.next;
    }
    expect(seen).toEqual(NATIONAL_REGIONS.rows().map((r) => r.code).sort());
    const zhejiang = await regionDirectoryPage(t.db, { province: "330000" });
    expect(zhejiang.matched).toBe(ZHEJIANG);
    expect(zhejiang.rows[0]).toMatchObject({ code: "330000", name: "浙江省", children: 11 });
    expect(zhejiang.provinces).toHaveLength(31);
  });
});

describe("a load from the page", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createDemoDb();
  });
  afterAll(async () => {
    await t.destroy();
  });

  it("previews a province without a write, loads it as previewed, audited with who, the file and the province", async () => {
    const admin = await actorOf(t.db, "admin");
    const choices = await regionLoadChoices(t.db);
    expect(choices.provinces).toHaveLength(31);
    expect(choices.provinces.find((p) => p.code === "330000")).toEqual({ code: "330000", name: "浙江省", rows: ZHEJIANG, loaded: 7 });

    const preview = previewOf(await loadRegionsFromPage({ db: t.db, actor: admin, input: { kind: "national", province: "330000" }, commit: false }));
    expect(preview).toMatchObject({ kind: "national", fileName: "regions-2023.json", province: "33", counts: { inserted: ZHEJIANG - 7, renamed: 0, unchanged: 7, absent: 0 } });
    expect(preview.inserted[0]).toEqual({ code: "330100", name: "杭州市", level: "city" });
    expect(await regionCount(t.db)).toBe(7);
    expect(await regionAudits(t.db)).toEqual([]);

    const done = await loadRegionsFromPage({ db: t.db, actor: admin, input: { kind: "national", province: "330000" }, commit: true, previewed: preview.digest, requestId: "req-1" });
    expect(done).toEqual({ ok: true, committed: true, inserted: ZHEJIANG - 7, renamed: 0, unchanged: 7, absent: 0 });
    expect(await regionCount(t.db)).toBe(ZHEJIANG);
    const audits = await regionAudits(t.db);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actor_id: admin.id, entity: "region_table", entity_id: "regions-2023.json", request_id: "req-1" });
    expect(JSON.parse(audits[0].detail)).toEqual({ via: "admin", province: "33", inserted: ZHEJIANG - 7, renamed: [], unchanged: 7, absent: [] });

    // The same confirmation again (a double click): nothing left to write, no second entry.
    expect(await loadRegionsFromPage({ db: t.db, actor: admin, input: { kind: "national", province: "330000" }, commit: true, previewed: preview.digest })).toMatchObject({
      ok: true,
      committed: true,
      inserted: 0,
      renamed: 0,
    });
    expect(await regionAudits(t.db)).toHaveLength(1);
  });

  it("refuses a confirmation whose writes moved since the preview, with the preview as it now is, writing nothing", async () => {
    const admin = await actorOf(t.db, "admin");
    const csv = { kind: "csv" as const, file: "code,name\n330203,海曙区\n330213,奉化区\n", fileName: "ningbo.csv" };
    const preview = previewOf(await loadRegionsFromPage({ db: t.db, actor: admin, input: csv, commit: false }));
    expect(preview.counts).toEqual({ inserted: 0, renamed: 0, unchanged: 2, absent: ZHEJIANG - 2 });
    expect(preview.absent.map((r) => r.code)).not.toContain("330213");
    // Someone renames 奉化区 meanwhile (an older file): the confirmed load would now rename it back.
    await t.db.updateTable("regions").set({ name: "奉化市" }).where("code", "=", "330213").execute();
    const refused = await loadRegionsFromPage({ db: t.db, actor: admin, input: csv, commit: true, previewed: preview.digest });
    expect(refused).toMatchObject({ ok: false, kind: "conflict", formErrors: [{ key: "regions.load.changedSincePreview" }] });
    expect(!refused.ok && refused.preview?.renamed).toEqual([{ code: "330213", from: "奉化市", to: "奉化区" }]);
    expect(await t.db.selectFrom("regions").select("name").where("code", "=", "330213").executeTakeFirstOrThrow()).toEqual({ name: "奉化市" });
    // Confirmed from the new preview, it loads; the audit names the uploaded file.
    const again = await loadRegionsFromPage({ db: t.db, actor: admin, input: csv, commit: true, previewed: !refused.ok ? refused.preview!.digest : "" });
    expect(again).toMatchObject({ ok: true, committed: true, renamed: 1 });
    expect((await regionAudits(t.db)).at(-1)).toMatchObject({ actor_id: admin.id, entity_id: "ningbo.csv" });
  });

  it("refuses a CSV with bad rows line by line, a confirmation without a preview, a forged province and anyone but the administrator, writing nothing", async () => {
    const admin = await actorOf(t.db, "admin");
    const before = { count: await regionCount(t.db), audits: (await regionAudits(t.db)).length };
    const bad = await loadRegionsFromPage({
      db: t.db,
      actor: admin,
      input: { kind: "csv", file: "code,name\n440000,广东省\n440103,荔湾区\n33021,短码\n", fileName: "bad.csv" },
      commit: true,
      previewed: "x",
    });
    expect(bad).toMatchObject({ ok: false, kind: "invalid", refusedRows: 2, preview: null });
    expect(!bad.ok && bad.rowErrors.map((r) => [r.line, r.messages.map((m) => m.key)])).toEqual([
      [3, ["regions.load.parentMissing"]],
      [4, ["regions.load.code"]],
    ]);
    const unpreviewed = await loadRegionsFromPage({ db: t.db, actor: admin, input: { kind: "national", province: "440000" }, commit: true });
    expect(!unpreviewed.ok && unpreviewed.formErrors).toEqual([{ key: "regions.load.previewFirst" }]);
    const forged = await loadRegionsFromPage({ db: t.db, actor: admin, input: { kind: "national", province: "330200" }, commit: false });
    expect(!forged.ok && forged.fieldErrors).toEqual({ province: [{ key: "regions.load.chooseProvince" }] });
    for (const username of ["haishu.edu", "ningbo.market", "kg006"]) {
      const actor = await actorOf(t.db, username);
      expect(await loadRegionsFromPage({ db: t.db, actor, input: { kind: "national", province: "440000" }, commit: false })).toMatchObject({ ok: false, kind: "forbidden" });
    }
    expect({ count: await regionCount(t.db), audits: (await regionAudits(t.db)).length }).toEqual(before);
  });
});
