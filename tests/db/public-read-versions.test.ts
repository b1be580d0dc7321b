/**
 * The public sources' versions (migration 2026-12-04T0300): every write that
 * changes what the public reads bumps its source, on both databases, in the
 * writer's transaction; a write that changes nothing the public reads (a
 * kindergarten's address) does not, and a rolled-back write leaves no bump.
 * case_read_versions (2026-12-04T0400): a case's write moves its district's
 * counter, so its district's, city's and province's versions, and no other.
 * On Postgres, two transactions that write the same counters in opposite
 * orders both commit (2026-12-04T0500: counters bumped at commit, in order).
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { regionDirectory } from "~/domain/disclosure/region-directory.server";
import { publicSourceVersions } from "~/domain/public-reads/source-versions.server";
import { insertPublicCase } from "../factories/public-cases";
import { createActor, createKindergarten, HANGZHOU, HAISHU, insertCase, JIANGBEI, NINGBO, seedReferenceData, XIHU, YINZHOU } from "../factories/domain";
import { caseScopeVersion } from "~/domain/cases/case-read-version.server";
import { createTestDb, TEST_DIALECT, type TestDb } from "../setup/test-db";
import type { Transaction } from "kysely";
import type { Database } from "~/db/schema";

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

  it("bumps nothing for statements that write no row", async () => {
    // An evaluation records its rules' words every time, nearly always words already there (Postgres bumped
    // rule_texts for that until 2026-12-04T0500, and every officer's kept queue view was made anew after it).
    const words = { rule_id: "R98", version: 1, title: "{}", message: "{}", legal_basis: "[]", recorded_at: "2026-12-04T00:00:00.000Z" };
    await t.db.insertInto("rule_texts").values(words).execute();
    const again = () => t.db.insertInto("rule_texts").values(words).onConflict((oc) => oc.columns(["rule_id", "version"]).doNothing()).execute();
    expect(await bumpedBy(again)).toEqual([]);
    expect(await bumpedBy(() => t.db.updateTable("regions").set({ name: sql`name` }).where("code", "=", "999999").execute())).toEqual([]);
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

  it("leaves no move behind a rolled-back savepoint, and keeps the transaction's other writes", async () => {
    const moved = await movedBy(() =>
      t.db.transaction().execute(async (trx) => {
        await insertCase(trx, { kindergartenId, regionCode: HAISHU, severity: "amber", dueDate: "2026-12-31" });
        await sql`SAVEPOINT elsewhere`.execute(trx);
        await insertCase(trx, { kindergartenId, regionCode: XIHU, severity: "amber", dueDate: "2026-12-31" });
        await sql`ROLLBACK TO SAVEPOINT elsewhere`.execute(trx);
      }),
    );
    expect(moved).toEqual(["haishu", "ningbo", "all"]);
  });
});

/**
 * Postgres only: SQLite has one writer at a time, so two transactions never hold counters against each other (and
 * the barrier below would wait for a write lock the other side holds to its commit).
 */
describe.runIf(TEST_DIALECT === "pg")("the counters under concurrent writers (Postgres)", () => {
  /** Resolves for each caller once `parties` callers have called it. */
  function barrier(parties: number): () => Promise<void> {
    let arrived = 0;
    let release!: () => void;
    const all = new Promise<void>((resolve) => (release = resolve));
    return () => {
      arrived += 1;
      if (arrived === parties) release();
      return all;
    };
  }

  /** One write of a transaction: side 0 or 1 writes its own rows, so only the counters are shared between them. */
  type Write = (trx: Transaction<Database>, side: 0 | 1) => Promise<unknown>;
  const caseIds = new Map<string, [string, string]>();
  const caseIn =
    (regionCode: string): Write =>
    (trx, side) =>
      trx.updateTable("inspection_cases").set({ updated_at: `2026-12-05T00:00:0${side}.000Z` }).where("id", "=", caseIds.get(regionCode)![side]).execute();
  const regionRow: Write = (trx, side) =>
    trx.updateTable("regions").set({ name: sql`name` }).where("code", "=", side === 0 ? YINZHOU : HANGZHOU).execute();
  let ruleVersion = 0;
  const ruleText: Write = (trx, side) =>
    trx.insertInto("rule_texts").values({ rule_id: `R9${side}`, version: (ruleVersion += 1), title: "{}", message: "{}", legal_basis: "[]", recorded_at: "2026-12-05T00:00:00.000Z" }).execute();

  beforeAll(async () => {
    for (const regionCode of [HAISHU, JIANGBEI]) {
      const write = () => insertCase(t.db, { kindergartenId, regionCode, severity: "amber", dueDate: "2026-12-31" });
      caseIds.set(regionCode, [await write(), await write()]);
    }
  });

  /**
   * Side 0 writes `a` then `b`, side 1 `b` then `a`, each in its own transaction on its own connection, both first
   * writes done before either second one (a spot-check draw over two districts beside an evaluation batch, say).
   * Counters locked from each write to the commit would make each side wait for the other: Postgres ends one (40P01).
   */
  async function crossed(a: Write, b: Write): Promise<PromiseSettledResult<void>[]> {
    const bothWroteFirst = barrier(2);
    const side = (n: 0 | 1, first: Write, second: Write) =>
      t.db.transaction().execute(async (trx) => {
        await first(trx, n);
        await bothWroteFirst();
        await second(trx, n);
      });
    return Promise.allSettled([side(0, a, b), side(1, b, a)]);
  }

  const failures = (settled: PromiseSettledResult<void>[]) => settled.flatMap((s) => (s.status === "rejected" ? [String((s.reason as { code?: string }).code ?? s.reason)] : []));

  it("lets two transactions write cases of two districts in opposite orders, and counts both", async () => {
    const district = (regionCode: string) => caseScopeVersion(t.db, { kind: "region", regionCode });
    const before = { haishu: await district(HAISHU), jiangbei: await district(JIANGBEI) };
    expect(failures(await crossed(caseIn(HAISHU), caseIn(JIANGBEI)))).toEqual([]);
    // Each district moved once per transaction that wrote it: neither write was lost.
    expect(await district(HAISHU)).toBe(before.haishu + 2);
    expect(await district(JIANGBEI)).toBe(before.jiangbei + 2);
  });

  it("lets two transactions write two public sources in opposite orders", async () => {
    const before = await publicSourceVersions(t.db);
    expect(failures(await crossed(regionRow, ruleText))).toEqual([]);
    const after = await publicSourceVersions(t.db);
    expect(after.get("regions")).toBe(before.get("regions")! + 2);
    expect(after.get("rule_texts")).toBe(before.get("rule_texts")! + 2);
  });

  it("lets two transactions write a case and a public source in opposite orders", async () => {
    // An evaluation records its rules' words, then opens cases; a writer the other way round must not meet it head-on.
    const before = await caseScopeVersion(t.db, { kind: "region", regionCode: HAISHU });
    expect(failures(await crossed(ruleText, caseIn(HAISHU)))).toEqual([]);
    expect(await caseScopeVersion(t.db, { kind: "region", regionCode: HAISHU })).toBe(before + 2);
  });
});
