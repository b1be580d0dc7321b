/**
 * The public sources' versions (migration 2026-12-04T0300): every write that
 * changes what the public reads bumps its source, on both databases, in the
 * writer's transaction; a write that changes nothing the public reads (a
 * kindergarten's address) does not, and a rolled-back write leaves no bump.
 * case_read_versions (2026-12-04T0400): a case's write moves its district's
 * counter, so its district's, city's and province's versions, and no other.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regionDirectory } from "~/domain/disclosure/region-directory.server";
import { publicSourceVersions } from "~/domain/public-reads/source-versions.server";
import { insertPublicCase } from "../factories/public-cases";
import { createActor, createKindergarten, HAISHU, insertCase, JIANGBEI, NINGBO, seedReferenceData, XIHU } from "../factories/domain";
import { caseScopeVersion } from "~/domain/cases/case-read-version.server";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let kindergartenId: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  kindergartenId = (await createKindergarten(t.db)).id;
});
afterAll(async () => {
  await t.destroy();
});

/** Which sources `write` bumped. */
async function bumpedBy(write: () => Promise<unknown>): Promise<string[]> {
  const before = await publicSourceVersions(t.db);
  await write();
  const after = await publicSourceVersions(t.db);
  return [...after].filter(([source, v]) => v !== before.get(source)).map(([source]) => source).sort();
}

describe("public_read_versions", () => {
  it("has a row for every source", async () => {
    expect([...(await publicSourceVersions(t.db)).keys()].sort()).toEqual(["kindergartens_public", "public_cases", "regions", "rule_texts", "statistics", "users"]);
  });

  it("bumps public_cases when a case is published, changed or deleted", async () => {
    let id = "";
    expect(await bumpedBy(async () => (id = await insertPublicCase(t.db, kindergartenId)))).toEqual(["public_cases"]);
    expect(await bumpedBy(() => t.db.updateTable("public_cases").set({ status: "withdrawn", content: null }).where("id", "=", id).execute())).toEqual(["public_cases"]);
    expect(await bumpedBy(() => t.db.deleteFrom("public_cases").where("id", "=", id).execute())).toEqual(["public_cases"]);
  });

  it("bumps statistics when a cell or a kindergarten's complaint row is written", async () => {
    const cell = { level: "district", region_code: HAISHU, month: "2026-11", metric: "complaints_received", key: "all", value: 3 } as const;
    expect(await bumpedBy(() => t.db.insertInto("statistics_cells").values(cell).execute())).toEqual(["statistics"]);
    expect(await bumpedBy(() => t.db.updateTable("statistics_cells").set({ value: 4 }).where("region_code", "=", HAISHU).execute())).toEqual(["statistics"]);
    expect(await bumpedBy(() => t.db.deleteFrom("statistics_cells").where("region_code", "=", HAISHU).execute())).toEqual(["statistics"]);
    const counts = { received: 1, complaints: 1, reports: 0, pending: 1, rejected: 0, agreement: 0, no_agreement: 0, case_opened: 0, no_case: 0, closed: 0 };
    expect(await bumpedBy(() => t.db.insertInto("kindergarten_complaint_statistics").values({ kindergarten_id: kindergartenId, year: "2026", region_code: HAISHU, ...counts }).execute())).toEqual(["statistics"]);
  });

  it("bumps kindergartens_public for a kindergarten added, renamed or closed, not for its address", async () => {
    expect(await bumpedBy(() => createKindergarten(t.db))).toEqual(["kindergartens_public"]);
    expect(await bumpedBy(() => t.db.updateTable("kindergartens").set({ name_in_use: "改名后的幼儿园" }).where("id", "=", kindergartenId).execute())).toEqual(["kindergartens_public"]);
    expect(await bumpedBy(() => t.db.updateTable("kindergartens").set({ status: "suspended" }).where("id", "=", kindergartenId).execute())).toEqual(["kindergartens_public"]);
    expect(await bumpedBy(() => t.db.updateTable("kindergartens").set({ address: "宁波市另一路2号" }).where("id", "=", kindergartenId).execute())).toEqual([]);
  });

  it("bumps regions when the directory changes", async () => {
    expect(await bumpedBy(() => t.db.updateTable("regions").set({ name: sql`name` }).where("code", "=", HAISHU).execute())).toEqual(["regions"]);
  });

  it("gives the region directory anew once the regions change", async () => {
    expect((await regionDirectory(t.db)).place(HAISHU)).toContain("海曙区");
    await t.db.updateTable("regions").set({ name: "海曙新区" }).where("code", "=", HAISHU).execute();
    try {
      expect((await regionDirectory(t.db)).place(HAISHU)).toContain("海曙新区");
    } finally {
      await t.db.updateTable("regions").set({ name: "海曙区" }).where("code", "=", HAISHU).execute();
    }
    expect((await regionDirectory(t.db)).place(HAISHU)).toContain("海曙区");
  });

  it("bumps users for a user added, renamed, moved or deactivated, not for a new password", async () => {
    let officer = "";
    expect(await bumpedBy(async () => (officer = (await createActor(t.db, "officer", { regionCode: HAISHU })).id))).toEqual(["users"]);
    expect(await bumpedBy(() => t.db.updateTable("users").set({ display_name: "改名的执法人员" }).where("id", "=", officer).execute())).toEqual(["users"]);
    expect(await bumpedBy(() => t.db.updateTable("users").set({ region_code: JIANGBEI }).where("id", "=", officer).execute())).toEqual(["users"]);
    expect(await bumpedBy(() => t.db.updateTable("users").set({ active: 0 }).where("id", "=", officer).execute())).toEqual(["users"]);
    expect(await bumpedBy(() => t.db.updateTable("users").set({ password_hash: "another-hash" }).where("id", "=", officer).execute())).toEqual([]);
  });

  it("bumps rule_texts when a rule version's words are recorded", async () => {
    const words = { rule_id: "R99", version: 1, title: "{}", message: "{}", legal_basis: "[]", recorded_at: "2026-12-04T00:00:00.000Z" };
    expect(await bumpedBy(() => t.db.insertInto("rule_texts").values(words).execute())).toEqual(["rule_texts"]);
  });

  it("leaves no bump behind a rolled-back write", async () => {
    const bumped = await bumpedBy(() =>
      t.db
        .transaction()
        .execute(async (trx) => {
          await insertPublicCase(trx, kindergartenId);
          throw new Error("rolled back");
        })
        .catch(() => undefined),
    );
    expect(bumped).toEqual([]);
  });
});

describe("case_read_versions", () => {
  const district = (regionCode: string) => caseScopeVersion(t.db, { kind: "region", regionCode });
  /** The versions of Haishu, Jiangbei, Ningbo (the city: the sum of its districts), Xihu (another city) and everywhere. */
  const versions = async () => ({
    haishu: await district(HAISHU),
    jiangbei: await district(JIANGBEI),
    ningbo: await district(NINGBO),
    xihu: await district(XIHU),
    all: await caseScopeVersion(t.db, { kind: "all" }),
  });
  /** Which scopes `write` moved. */
  async function movedBy(write: () => Promise<unknown>): Promise<string[]> {
    const before = await versions();
    await write();
    const after = await versions();
    return Object.keys(after).filter((k) => after[k as keyof typeof after] !== before[k as keyof typeof before]);
  }

  it("moves a case's district, its city and everywhere when it is opened, changed or deleted; no other region", async () => {
    let id = "";
    expect(await movedBy(async () => (id = await insertCase(t.db, { kindergartenId, regionCode: HAISHU, severity: "red", dueDate: "2026-12-31" })))).toEqual([
      "haishu",
      "ningbo",
      "all",
    ]);
    expect(await movedBy(() => t.db.updateTable("inspection_cases").set({ status: "in_progress" }).where("id", "=", id).execute())).toEqual(["haishu", "ningbo", "all"]);
    expect(await movedBy(() => t.db.updateTable("inspection_cases").set({ region_code: JIANGBEI }).where("id", "=", id).execute())).toEqual([
      "haishu",
      "jiangbei",
      "ningbo",
      "all",
    ]);
    expect(await movedBy(() => t.db.deleteFrom("inspection_cases").where("id", "=", id).execute())).toEqual(["jiangbei", "ningbo", "all"]);
  });

  it("leaves no move behind a rolled-back case write", async () => {
    const moved = await movedBy(() =>
      t.db
        .transaction()
        .execute(async (trx) => {
          await insertCase(trx, { kindergartenId, regionCode: XIHU, severity: "amber", dueDate: "2026-12-31" });
          throw new Error("rolled back");
        })
        .catch(() => undefined),
    );
    expect(moved).toEqual([]);
  });
});
