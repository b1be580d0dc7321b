/**
 * Loading the division table (app/domain/regions/region-directory-load.server.ts, `npm run regions:load`): the vendored
 * NBS 2023 table fills an empty database with parents consistent; a second load changes nothing; a renamed division is
 * updated and a code only the database has is reported and kept; a file with a bad code or a missing parent writes
 * nothing; a province's load stays in its province; the demo's regions (the same codes) are kept and still referenced.
 */
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { publicSourceVersions } from "~/domain/public-reads/source-versions.server";
import { loadRegionDirectory, NATIONAL_REGIONS, regionRowsFromCsv, type RegionLoadResult } from "~/domain/regions/region-directory-load.server";
import { DISTRICTS } from "~/db/demo-data";
import { createDemoDb, createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";

const SOURCE = "regions-2023.json";
const bytes = (text: string) => new TextEncoder().encode(text);
const regionsVersion = async (db: DB) => (await publicSourceVersions(db)).get("regions");
const regionCount = async (db: DB) => Number((await db.selectFrom("regions").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
const loads = (db: DB, province?: string) => loadRegionDirectory(db, NATIONAL_REGIONS.rows(), { source: SOURCE, province });

function loaded(result: RegionLoadResult) {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result;
}

/** Each refused line's messages as "column:key". */
function refusals(result: RegionLoadResult): Record<number, string[]> {
  if (result.ok) throw new Error("loaded");
  return Object.fromEntries(result.rowErrors.map((r) => [r.line, r.messages.map((m) => `${m.column ?? ""}:${m.key}`)]));
}

describe("the vendored national table on an empty database", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.destroy();
  });

  it("loads every province, city and district with its parent, and moves the regions' read version", async () => {
    const before = await regionsVersion(t.db);
    const first = loaded(await loads(t.db));
    expect(first).toMatchObject({ inserted: 3348, renamed: [], unchanged: 0, absent: [] });
    expect(await regionsVersion(t.db)).not.toBe(before);

    const rows = await t.db.selectFrom("regions").select(["code", "name", "level", "parent_code"]).execute();
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const levels = (level: string) => rows.filter((r) => r.level === level).length;
    expect([levels("province"), levels("city"), levels("district")]).toEqual([31, 342, 2975]);
    const above = { province: null, city: "province", district: "city" } as const;
    const inconsistent = rows.filter((r) => (r.parent_code === null ? above[r.level] !== null : byCode.get(r.parent_code)?.level !== above[r.level] || !r.code.startsWith(r.parent_code.replace(/0+$/, ""))));
    expect(inconsistent).toEqual([]);
    expect(byCode.get("330203")).toEqual({ code: "330203", name: "海曙区", level: "district", parent_code: "330200" });
    expect(byCode.get("330200")).toEqual({ code: "330200", name: "宁波市", level: "city", parent_code: "330000" });
    expect(byCode.get("330000")).toEqual({ code: "330000", name: "浙江省", level: "province", parent_code: null });
    // GB/T 2260's placeholders as the source has them: 北京市's 市辖区 holds its districts.
    expect(byCode.get("110100")).toMatchObject({ name: "市辖区", level: "city", parent_code: "110000" });
    expect(byCode.get("110101")).toMatchObject({ name: "东城区", parent_code: "110100" });
    // A city without districts is a city, not also a district of itself.
    expect(byCode.get("441900")).toMatchObject({ name: "东莞市", level: "city" });

    const audits = await t.db.selectFrom("audit_log").select(["actor_id", "entity", "entity_id", "detail"]).where("action", "=", "region.load").execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actor_id: null, entity: "region_table", entity_id: SOURCE });
    expect(JSON.parse(audits[0].detail)).toMatchObject({ via: "cli", province: null, inserted: 3348, renamed: [], unchanged: 0, absent: [] });
  });

  it("a second load changes nothing: no row, no version, no audit entry", async () => {
    const before = { version: await regionsVersion(t.db), rows: await t.db.selectFrom("regions").selectAll().orderBy("code").execute() };
    expect(loaded(await loads(t.db))).toMatchObject({ inserted: 0, renamed: [], unchanged: 3348, absent: [] });
    expect(await regionsVersion(t.db)).toBe(before.version);
    expect(await t.db.selectFrom("regions").selectAll().orderBy("code").execute()).toEqual(before.rows);
    expect(await t.db.selectFrom("audit_log").select("id").where("action", "=", "region.load").execute()).toHaveLength(1);
  });

  it("renames a division whose name changed and keeps, listed, a code only the database has", async () => {
    await t.db.updateTable("regions").set({ name: "海曙旧区" }).where("code", "=", "330203").execute();
    await t.db.insertInto("regions").values({ code: "330299", name: "已撤销的区", level: "district", parent_code: "330200" }).execute();
    const before = await regionsVersion(t.db);
    const result = loaded(await loads(t.db));
    expect(result).toMatchObject({ inserted: 0, renamed: [{ code: "330203", from: "海曙旧区", to: "海曙区" }], unchanged: 3347, absent: [{ code: "330299", name: "已撤销的区" }] });
    expect(await regionsVersion(t.db)).not.toBe(before);
    expect(await t.db.selectFrom("regions").select("name").where("code", "in", ["330203", "330299"]).orderBy("code").execute()).toEqual([{ name: "海曙区" }, { name: "已撤销的区" }]);
  });
});

describe("a CSV file", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.destroy();
  });

  const rowsOf = (text: string) => {
    const read = regionRowsFromCsv(bytes(text));
    if (!read.ok) throw new Error(JSON.stringify(read));
    return read.rows;
  };

  it("with a bad code, a name too long, a code twice or a missing parent is refused, every line named, nothing written", async () => {
    const before = await regionsVersion(t.db);
    const result = await loadRegionDirectory(
      t.db,
      rowsOf(
        "\uFEFFcode,name\r\n330000,浙江省\r\n330200,宁波市\r\n330203,海曙区\r\n3302,宁波\r\n330001,无市之区\r\n330205,江北区\r\n330205,江北区\r\n" +
          `330206,${"北".repeat(41)}\r\n330301,鹿城区\r\n000000,全国\r\n`,
      ),
      { source: "regions.csv" },
    );
    expect(refusals(result)).toEqual({
      5: ["code:regions.load.code"],
      6: ["code:regions.load.code"],
      8: ["code:regions.load.duplicate"],
      9: ["name:regions.load.name"],
      10: ["code:regions.load.parentMissing"],
      11: ["code:regions.load.code"],
    });
    expect(await regionCount(t.db)).toBe(0);
    expect(await regionsVersion(t.db)).toBe(before);
  });

  it("that is not a table of code,name is refused before any row is read", () => {
    const read = regionRowsFromCsv(bytes("代码,名称\n330000,浙江省\n"));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.formErrors.map((m) => m.key)).toContain("csv.header.missing");
    const short = regionRowsFromCsv(bytes("code,name\n330000\n"));
    expect(!short.ok && short.rowErrors).toEqual([{ line: 2, messages: [{ key: "csv.fieldCount", vars: { expected: 2, actual: 1 } }] }]);
  });

  it("loads, its parents taken from the file or from the database", async () => {
    expect(loaded(await loadRegionDirectory(t.db, rowsOf("code,name\n330000,浙江省\n330200,宁波市\n330203,海曙区\n"), { source: "a.csv" }))).toMatchObject({ inserted: 3 });
    // A newer table's district under a city the database already has.
    expect(loaded(await loadRegionDirectory(t.db, rowsOf("code,name\n330299,新设区\n"), { source: "b.csv" }))).toMatchObject({
      inserted: 1,
      absent: [{ code: "330000" }, { code: "330200" }, { code: "330203" }],
    });
    expect(await t.db.selectFrom("regions").selectAll().where("code", "=", "330299").executeTakeFirst()).toEqual({ code: "330299", name: "新设区", level: "district", parent_code: "330200" });
  });
});

describe("one province", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.destroy();
  });

  it("loads that province's rows only, and lists as absent only that province's codes", async () => {
    const zhejiang = NATIONAL_REGIONS.rows().filter((r) => r.code.startsWith("33")).length;
    expect(loaded(await loads(t.db, "33"))).toMatchObject({ inserted: zhejiang, absent: [] });
    const codes = (await t.db.selectFrom("regions").select("code").execute()).map((r) => r.code);
    expect(codes).toHaveLength(zhejiang);
    expect(codes.every((c) => c.startsWith("33"))).toBe(true);
    // 330000 says the same; another province's load does not report Zhejiang's codes as absent.
    expect(loaded(await loads(t.db, "330000"))).toMatchObject({ inserted: 0, unchanged: zhejiang, absent: [] });
    expect(loaded(await loads(t.db, "44"))).toMatchObject({ absent: [] });
  });

  it("refuses a code that names no province, and a province the file does not have", async () => {
    for (const province of ["3", "3302", "00", "330200"]) {
      const result = await loads(t.db, province);
      expect(!result.ok && result.formErrors).toEqual([{ key: "regions.load.province" }]);
    }
    const missing = await loads(t.db, "99");
    expect(!missing.ok && missing.formErrors).toEqual([{ key: "regions.load.noRowsInProvince", vars: { province: "99" } }]);
  });
});

describe("on top of the demo data", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createDemoDb();
  });
  afterAll(async () => {
    await t.destroy();
  });

  it("keeps the demo's regions as they are, adds the rest, and the demo's records still name their districts", async () => {
    const demo = await t.db.selectFrom("regions").selectAll().orderBy("code").execute();
    expect(demo.map((r) => r.code)).toEqual(["330000", "330200", ...DISTRICTS.map((d) => d.code)]);
    const result = loaded(await loads(t.db));
    expect(result).toMatchObject({ inserted: 3348 - demo.length, renamed: [], unchanged: demo.length, absent: [] });
    expect(await t.db.selectFrom("regions").selectAll().where("code", "in", demo.map((r) => r.code)).orderBy("code").execute()).toEqual(demo);
    const kindergartens = await t.db.selectFrom("kindergartens").innerJoin("regions", "regions.code", "kindergartens.region_code").select(["regions.name", "regions.level"]).execute();
    expect(kindergartens.length).toBeGreaterThan(0);
    expect(kindergartens.every((k) => k.level === "district" && DISTRICTS.some((d) => d.name === k.name))).toBe(true);
  });
});

// The command only wires loadRegionDirectory (above, on either database) to its options, its output and its exit code:
// run on SQLite, on node with tsx's loader as `npm run regions:load`'s tsx runs it.
describe.skipIf(TEST_DIALECT === "pg")("npm run regions:load", () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb();
  });
  afterAll(async () => {
    await t.destroy();
  });
  const run = (...args: string[]) =>
    promisify(execFile)(process.execPath, ["--import", "tsx", "db/regions-cli.ts", ...args], { env: { ...process.env, DATABASE_URL: t.url } }).then(
      (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout, err: e.stderr }),
    );

  it("loads a province, then refuses a CSV with a missing parent in both languages, writing nothing", async () => {
    const zhejiang = await run("--province", "33");
    expect(zhejiang.code).toBe(0);
    expect(zhejiang.out).toMatch(/新增 102 \/ inserted 102/);
    const file = path.join(os.tmpdir(), `regions-${process.pid}.csv`);
    await writeFile(file, "code,name\n440000,广东省\n440103,荔湾区\n");
    const refused = await run("--file", file);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/line 3 code "440103": 上级区划 440100 既不在文件中.* \/ The division above, 440100, is neither/);
    expect(await regionCount(t.db)).toBe(102);
  }, 60_000);
});
