/**
 * 您是不是要找: a public search that finds nothing offers up to five kindergartens whose names are a character or
 * two from its distinctive part (春牙 for 春芽, 宁波市海曙区春牙幼儿园 as 春牙 within 海曙区), the region searched
 * first; nothing when nothing is near, when the search finds something, or on a later page; never a closed
 * kindergarten, one of another nature than chosen, or one whose name has changed since it was indexed. With the pure
 * comparison it rests on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import type { KindergartenNature } from "~/db/schema";
import { kindergartenSearchPage, type SearchInput } from "~/domain/disclosure/kindergarten-search.queries.server";
import { NEAR_NAMES_MAX } from "~/domain/disclosure/near-names.server";
import { distinctiveChars, editsToStretch, sharedBigramsOfNear } from "~/domain/kindergartens/name-nearness";
import { createKindergarten, HAISHU, JIANGBEI, seedReferenceData, XIHU, YINZHOU } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
const ids: Record<string, string> = {};

async function kg(key: string, name: string, opts: { region?: string; nature?: KindergartenNature; status?: "active" | "closed" } = {}) {
  ids[key] = (await createKindergarten(db, { name, region_code: opts.region ?? HAISHU, nature: opts.nature ?? "inclusive_private", status: opts.status })).id;
}

/** The fixtures' keys of the names offered for a search, in the order offered; and whether the search itself found any. */
async function near(input: SearchInput): Promise<{ found: number; near: string[] }> {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  const page = await kindergartenSearchPage(db, input, { districtChoices: false });
  if (!page.outcome.ok) throw new Error(`refused: ${JSON.stringify(page.outcome.formErrors)}`);
  return { found: page.outcome.hits.length, near: page.near.map((n) => byId.get(n.id) ?? n.id) };
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  await kg("haishuSprout", "宁波市海曙区春芽幼儿园");
  await kg("haishuSeedling", "宁波市海曙区春苗幼儿园", { status: "closed" });
  for (const n of [1, 2, 3]) await kg(`jiangbeiSprout${n}`, `宁波市江北区春芽第${n}幼儿园`, { region: JIANGBEI, nature: n === 3 ? "public" : "inclusive_private" });
  for (const n of [1, 2, 3, 4]) await kg(`yinzhouSprout${n}`, `宁波市鄞州区春芽第${n}幼儿园`, { region: YINZHOU });
  await kg("oakTree", "杭州市西湖区小橡树幼儿园有限公司", { region: XIHU, nature: "forprofit_private" });
  await kg("cradle", "杭州市西湖区金色摇篮幼儿园", { region: XIHU });
});

afterAll(async () => {
  await t?.destroy();
});

describe("the comparison", () => {
  it("compares a query by its distinctive part: without the words nearly every name holds", () => {
    expect(distinctiveChars(["春牙幼儿园"])).toEqual(["春", "牙"]);
    expect(distinctiveChars(["小橡树", "有限公司"])).toEqual(["小", "橡", "树"]);
  });

  it("counts the edits to the nearest stretch of a name, wherever it begins and ends", () => {
    expect(editsToStretch(["春", "牙"], "春芽幼儿园")).toBe(1);
    expect(editsToStretch(["春", "芽"], "宁波市海曙区春芽幼儿园")).toBe(0);
    expect(editsToStretch(["小", "橡", "数"], "小橡树幼儿园")).toBe(1);
    expect(editsToStretch(["金", "色", "摇", "篮"], "金摇篮幼儿园")).toBe(1);
    expect(editsToStretch(["火", "箭"], "春芽幼儿园")).toBe(2);
  });

  it("looks near names up by a bigram the slip cannot have spoilt only when there is one", () => {
    expect(sharedBigramsOfNear(["春", "牙"])).toBeNull();
    expect(sharedBigramsOfNear(["小", "橡", "数"])).toBeNull();
    expect(sharedBigramsOfNear(["金", "色", "摇", "蓝"])?.sort()).toEqual(["摇蓝", "色摇", "金色"].sort());
  });
});

describe("您是不是要找", () => {
  it("offers 春芽 for 春牙, which finds nothing, and never a closed kindergarten", async () => {
    const result = await near({ q: "春牙" });
    expect(result.found).toBe(0);
    expect(result.near).toContain("haishuSprout");
    expect(result.near).not.toContain("haishuSeedling");
  });

  it("offers at most five, however many are near", async () => {
    // Eight kindergartens hold 春芽: five are offered.
    expect(NEAR_NAMES_MAX).toBe(5);
    expect((await near({ q: "春牙" })).near).toHaveLength(5);
    expect((await near({ q: "春牙幼儿园" })).near).toHaveLength(5);
  });

  it("reads the full name typed, region and all, and offers that region's kindergartens first", async () => {
    const full = await near({ q: "宁波市海曙区春牙幼儿园" });
    expect(full.found).toBe(0);
    expect(full.near[0]).toBe("haishuSprout");
    expect(full.near).toHaveLength(5);
    expect((await near({ q: "江北春牙" })).near.slice(0, 3).sort()).toEqual(["jiangbeiSprout1", "jiangbeiSprout2", "jiangbeiSprout3"]);
  });

  it("offers the district chosen in the filters first, and keeps the nature chosen", async () => {
    const inJiangbei = await near({ q: "春牙", district: JIANGBEI });
    expect(inJiangbei.near.slice(0, 3).sort()).toEqual(["jiangbeiSprout1", "jiangbeiSprout2", "jiangbeiSprout3"]);
    expect(inJiangbei.near).toHaveLength(5);
    expect((await near({ q: "春牙", nature: "public" })).near).toEqual(["jiangbeiSprout3"]);
  });

  it("finds a name whose every bigram the slip changed, and a longer one by a bigram left whole", async () => {
    expect((await near({ q: "小橡数" })).near).toEqual(["oakTree"]);
    expect((await near({ q: "金色摇蓝幼儿园" })).near).toEqual(["cradle"]);
    // Two characters apart in a four-character part: too far.
    expect((await near({ q: "金包摇蓝" })).near).toEqual([]);
  });

  it("offers nothing when nothing is near, when the search finds something, or on a later page", async () => {
    expect(await near({ q: "火箭" })).toEqual({ found: 0, near: [] });
    expect(await near({ q: "春天雨露" })).toEqual({ found: 0, near: [] });
    expect(await near({ q: "幼儿园 有限公司 幼稚园" })).toMatchObject({ near: [] });
    expect((await near({ q: "春芽" })).found).toBeGreaterThan(0);
    expect((await near({ q: "春芽" })).near).toEqual([]);
    expect((await near({ q: "春牙", after: "bm90IGEgY3Vyc29y" })).near).toEqual([]);
  });

  it("never offers a kindergarten by a name it no longer has (an index entry fallen behind)", async () => {
    expect((await near({ q: "小橡数" })).near).toEqual(["oakTree"]);
    await db.updateTable("kindergartens").set({ approved_name: "杭州市西湖区大树幼儿园", name_in_use: "杭州市西湖区大树幼儿园" }).where("id", "=", ids.oakTree).execute();
    try {
      expect((await near({ q: "小橡数" })).near).toEqual([]);
    } finally {
      await db.updateTable("kindergartens").set({ approved_name: "杭州市西湖区小橡树幼儿园有限公司", name_in_use: "杭州市西湖区小橡树幼儿园有限公司" }).where("id", "=", ids.oakTree).execute();
    }
  });
});
