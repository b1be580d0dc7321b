/**
 * The public kindergarten search: a substring of either name (several words
 * all), district, city, province and nature filters, closed kindergartens
 * never, keyset pages in region order without a duplicate or a gap, the same
 * answer however the reading is cut (tiny stretches) and whichever gram drives, LIKE
 * metacharacters taken literally, odd and huge input answered, and an index
 * that has fallen behind the kindergartens never showing a wrong hit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import type { KindergartenNature } from "~/db/schema";
import {
  SEARCH_LIMITS,
  searchKindergartens,
  searchOrWithinLeadingRegion,
  type SearchInput,
  type SearchLimits,
  type SearchPlan,
} from "~/domain/disclosure/kindergarten-search.queries.server";
import { indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { createKindergarten, HAISHU, HANGZHOU, JIANGBEI, NINGBO, PROVINCE, seedReferenceData, XIHU, YINZHOU } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";
import { searchPageByPage } from "./search-page-by-page";
import { encodeCursor } from "~/utils/keyset-cursor";

let t: TestDb;
let db: DB;
const ids: Record<string, string> = {};
const yinzhou: string[] = [];

/** The reading cut differently: pages of 7 index entries at most (most end early, their cursor going on). */
const VARIANTS: Record<string, SearchLimits> = {
  "tiny stretches": { ...SEARCH_LIMITS, walkCap: 7 },
};

async function kg(key: string, name: string, opts: { region?: string; nature?: KindergartenNature; nameInUse?: string; status?: "active" | "suspended" | "closed" } = {}) {
  const { id } = await createKindergarten(db, { name, nameInUse: opts.nameInUse, region_code: opts.region ?? HAISHU, nature: opts.nature ?? "inclusive_private", status: opts.status });
  ids[key] = id;
  return id;
}

/** Every hit of a search, following its cursor to the end; also the plans it took and the page sizes. */
async function everything(input: SearchInput, limits: SearchLimits = SEARCH_LIMITS) {
  const hits: string[] = [];
  const plans = new Set<SearchPlan>();
  const sizes: number[] = [];
  let after: string | undefined;
  for (let page = 0; page < 200; page++) {
    const result = await searchKindergartens(db, { ...input, after }, limits);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.formErrors)}`);
    hits.push(...result.hits.map((h) => h.id));
    plans.add(result.plan);
    sizes.push(result.hits.length);
    if (!result.next) return { hits, plans, sizes };
    after = result.next;
  }
  throw new Error("the cursor never ends");
}

/** The fixtures' keys of everything a search finds: the same, in the same order, however the reading is cut (else it fails). */
async function names(input: SearchInput): Promise<string[]> {
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key]));
  const found = (await everything(input)).hits;
  for (const [variant, limits] of Object.entries(VARIANTS)) expect((await everything(input, limits)).hits, `${JSON.stringify(input)}, ${variant}`).toEqual(found);
  return found.map((id) => byId.get(id) ?? id).sort();
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  await kg("haishuSun", "宁波市海曙区阳光幼儿园", { nameInUse: "阳光双语幼儿园", nature: "inclusive_private" });
  await kg("jiangbeiSun", "宁波市江北区阳光幼儿园有限公司", { region: JIANGBEI, nature: "forprofit_private" });
  await kg("xihuSun", "杭州市西湖区阳光幼儿园", { region: XIHU, nature: "public" });
  await kg("closedSun", "宁波市海曙区阳光第二幼儿园", { status: "closed" });
  await kg("suspendedStar", "宁波市海曙区星星幼儿园", { status: "suspended" });
  await kg("percent", "宁波市海曙区100%快乐幼儿园");
  await kg("hundred", "宁波市海曙区100分幼儿园");
  await kg("underscore", "宁波市海曙区A_B幼儿园");
  await kg("noUnderscore", "宁波市海曙区AXB幼儿园");
  await kg("backslash", "宁波市海曙区反\\斜幼儿园");
  await kg("fullWidth", "宁波市海曙区ＡＢＣ双语幼儿园");
  for (let n = 1; n <= 65; n++) yinzhou.push(await kg(`yinzhou${n}`, `宁波市鄞州区第${String(n).padStart(2, "0")}幼儿园`, { region: YINZHOU, nature: n % 3 === 0 ? "nonprofit_private" : "public" }));
});

afterAll(async () => {
  await t?.destroy();
});

describe("by name", () => {
  it("finds a substring of the approved name or of the name in use, and never a closed kindergarten", async () => {
    expect(await names({ q: "阳光" })).toEqual(["haishuSun", "jiangbeiSun", "xihuSun"]);
    expect(await names({ q: "双语" })).toEqual(["fullWidth", "haishuSun"]);
    expect(await names({ q: "星星" }), "suspended is still public").toEqual(["suspendedStar"]);
    expect(await names({ q: "阳光第二" })).toEqual([]);
  });

  it("needs every word, in either name", async () => {
    expect(await names({ q: "阳光 江北" })).toEqual(["jiangbeiSun"]);
    expect(await names({ q: "  双语   海曙  " })).toEqual(["fullWidth", "haishuSun"]);
    expect(await names({ q: "阳光 鄞州" })).toEqual([]);
  });

  it("reads a query in traditional characters as the simplified name it was filed under", async () => {
    expect(await names({ q: "陽光 江北" })).toEqual(["jiangbeiSun"]);
    expect(await names({ q: "海曙區 雙語" })).toEqual(["fullWidth", "haishuSun"]);
    expect(await names({ q: "鄞州區第65" })).toEqual(["yinzhou65"]);
    expect(await names({ q: "陽光第二" })).toEqual([]);
  });

  it("reads full-width letters and capitals as the same letters", async () => {
    expect(await names({ q: "abc" })).toEqual(["fullWidth"]);
    expect(await names({ q: "ＡＢ" })).toEqual(["fullWidth"]);
    expect(await names({ q: "a_b" })).toEqual(["underscore"]);
  });

  it("takes LIKE's metacharacters literally: % and _ and \\ match themselves only", async () => {
    expect(await names({ q: "100%" })).toEqual(["percent"]);
    expect(await names({ q: "%快乐" })).toEqual(["percent"]);
    expect(await names({ q: "A_B" })).toEqual(["underscore"]);
    expect(await names({ q: "反\\斜" })).toEqual(["backslash"]);
    // One character within a district: a walk testing every name with LIKE.
    expect(await names({ q: "%", district: HAISHU })).toEqual(["percent"]);
    expect(await names({ q: "_", district: HAISHU })).toEqual(["underscore"]);
    expect(await names({ q: "\\", district: HAISHU })).toEqual(["backslash"]);
    expect(await names({ q: "%%" })).toEqual([]);
    expect(await names({ q: "__" })).toEqual([]);
    expect(await names({ q: "\\\\" })).toEqual([]);
  });
});

describe("filters", () => {
  it("narrows to a district, a city or a province, alone or with a name", async () => {
    expect(await names({ q: "阳光", district: HAISHU })).toEqual(["haishuSun"]);
    expect(await names({ q: "阳光", city: NINGBO })).toEqual(["haishuSun", "jiangbeiSun"]);
    expect(await names({ q: "阳光", province: PROVINCE })).toEqual(["haishuSun", "jiangbeiSun", "xihuSun"]);
    expect(await names({ q: "阳光", city: HANGZHOU })).toEqual(["xihuSun"]);
    expect((await names({ district: YINZHOU })).length).toBe(65);
  });

  it("takes the most specific level that agrees with those above it", async () => {
    // A district left over from another city (the province or city was changed, the district not yet).
    expect(await names({ q: "阳光", province: PROVINCE, city: HANGZHOU, district: HAISHU })).toEqual(["xihuSun"]);
    expect(await names({ q: "阳光", province: PROVINCE, city: NINGBO, district: JIANGBEI })).toEqual(["jiangbeiSun"]);
  });

  it("narrows to a nature", async () => {
    expect(await names({ q: "阳光", nature: "forprofit_private" })).toEqual(["jiangbeiSun"]);
    expect((await names({ nature: "nonprofit_private" })).length).toBe(21);
    expect(await names({ q: "阳光", nature: "nonprofit_private" })).toEqual([]);
  });
});

describe("paging", () => {
  it("walks every page of 20 in region order, without a duplicate or a gap", async () => {
    const inputs: SearchInput[] = [{ q: "鄞州" }, { q: "幼儿园", city: NINGBO }, { district: YINZHOU }, { q: "州区第" }, { nature: "public" }, { q: "幼", district: YINZHOU }];
    for (const input of inputs) {
      const found = await everything(input);
      expect(new Set(found.hits).size, JSON.stringify(input)).toBe(found.hits.length);
      expect(found.sizes.slice(0, -1).every((n) => n === 20), JSON.stringify(input)).toBe(true);
      const rows = await db.selectFrom("kindergartens").select(["id", "region_code"]).where("id", "in", found.hits).execute();
      const place = new Map(rows.map((r) => [r.id, `${r.region_code}|${r.id}`]));
      const order = found.hits.map((id) => place.get(id)!);
      expect(order, JSON.stringify(input)).toEqual([...order].sort());
      for (const [variant, limits] of Object.entries(VARIANTS)) expect((await everything(input, limits)).hits, `${JSON.stringify(input)}, ${variant}`).toEqual(found.hits);
    }
    const yz = await everything({ q: "鄞州" });
    expect(yz.sizes).toEqual([20, 20, 20, 5]);
    expect([...yz.hits].sort()).toEqual([...yinzhou].sort());
  });

  it("reads by gram when there is a term of two characters or more, else walks the region", async () => {
    expect((await everything({ q: "鄞州" })).plans).toEqual(new Set(["gram"]));
    expect((await everything({ q: "阳光 江北", nature: "forprofit_private" })).plans).toEqual(new Set(["gram"]));
    expect((await everything({ district: YINZHOU })).plans).toEqual(new Set(["walk"]));
    expect((await everything({ district: YINZHOU, q: "幼" })).plans).toEqual(new Set(["walk"]));
    expect((await everything({ nature: "nonprofit_private" })).plans).toEqual(new Set(["walk"]));
  });

  it("ends a page it cannot fill within walkCap with a cursor that goes on", async () => {
    for (const input of [{ q: "幼儿园", nature: "forprofit_private" as const }, { nature: "forprofit_private" as const }]) {
      const found = await everything(input, VARIANTS["tiny stretches"]);
      expect(found.sizes.length, JSON.stringify(input)).toBeGreaterThan(3);
      expect(found.sizes.filter((n) => n > 0).length, JSON.stringify(input)).toBe(1);
      expect(found.hits).toEqual([ids.jiangbeiSun]);
    }
  });

  it("finds the same whichever gram drives: the gram counts rank grams, they decide no answer", async () => {
    const queries: SearchInput[] = [{ q: "宁波市鄞州区第0" }, { q: "阳光幼儿园 海曙" }, { q: "州区第" }, { q: "区阳光幼" }];
    const before = await Promise.all(queries.map((q) => everything(q)));
    const counts = await db.selectFrom("kindergarten_gram_counts").selectAll().execute();
    for (const scramble of [(n: number) => -n, () => 0, (n: number) => (n * 7919) % 13]) {
      for (const row of counts) await db.updateTable("kindergarten_gram_counts").set({ kindergartens: scramble(row.kindergartens) }).where("gram", "=", row.gram).execute();
      for (const [i, q] of queries.entries()) expect((await everything(q)).hits, JSON.stringify(q)).toEqual(before[i].hits);
    }
    await db.deleteFrom("kindergarten_gram_counts").execute();
    for (const [i, q] of queries.entries()) expect((await everything(q)).hits, `${JSON.stringify(q)} without counts`).toEqual(before[i].hits);
    for (const row of counts) await db.insertInto("kindergarten_gram_counts").values(row).execute();
    expect(before.map((b) => b.hits.length)).toEqual([9, 1, 65, 3]);
  });

  it("starts again from the first page on a mangled cursor", async () => {
    const first = await searchKindergartens(db, { q: "鄞州" });
    for (const after of ["not-a-cursor", "%FF%FE", "A".repeat(600), Buffer.from("[1,2]").toString("base64url")]) {
      const again = await searchKindergartens(db, { q: "鄞州", after });
      expect(again).toEqual(first);
    }
  });
});

describe("input it cannot use", () => {
  it("says why rather than failing: too long, or a single character without a district", async () => {
    const long = await searchKindergartens(db, { q: "长".repeat(10_000) });
    expect(long).toMatchObject({ ok: false, kind: "invalid", formErrors: [{ key: "disclosure.search.tooLong", vars: { max: 50 } }] });
    expect(await searchKindergartens(db, { q: "%" })).toMatchObject({ ok: false, formErrors: [{ key: "disclosure.search.tooShort" }] });
    expect(await searchKindergartens(db, { q: "阳 光" })).toMatchObject({ ok: false, formErrors: [{ key: "disclosure.search.tooShort" }] });
    expect(await names({ q: "阳", district: HAISHU })).toEqual(["haishuSun"]);
  });

  it("answers emoji, right-to-left script, quotes and SQL with nothing found", async () => {
    for (const q of ["😀🏫", "مرحبا بالعالم", "' or 1=1 --", "\"); drop table kindergartens; --", "ﷺ﷽", "a".repeat(50)]) {
      const result = await searchKindergartens(db, { q });
      expect(result, q).toMatchObject({ ok: true, hits: [] });
    }
    expect(await db.selectFrom("kindergartens").select("id").execute()).toHaveLength(Object.keys(ids).length);
  });

  it("with nothing to search by, searches nothing", async () => {
    expect(await searchKindergartens(db, { q: "   " })).toEqual({ ok: true, hits: [], next: null, plan: "none" });
  });
});

describe("an index behind the kindergartens", () => {
  it("never shows a kindergarten closed, moved or renamed since it was indexed, and finds it again once re-indexed", async () => {
    const id = await kg("moving", "宁波市海曙区搬家测试幼儿园");
    expect(await names({ q: "搬家测试" })).toEqual(["moving"]);

    await db.updateTable("kindergartens").set({ status: "closed" }).where("id", "=", id).execute();
    expect(await names({ q: "搬家测试" })).toEqual([]);
    await db.updateTable("kindergartens").set({ status: "active", region_code: JIANGBEI }).where("id", "=", id).execute();
    expect(await names({ q: "搬家测试", district: HAISHU })).toEqual([]);
    await db.updateTable("kindergartens").set({ region_code: HAISHU, approved_name: "宁波市海曙区新名字幼儿园", name_in_use: "宁波市海曙区新名字幼儿园" }).where("id", "=", id).execute();
    expect(await names({ q: "搬家测试" }), "its old name no longer finds it").toEqual([]);

    expect(await indexKindergartensForSearch(db, [id])).toBe(1);
    expect(await names({ q: "新名字" })).toEqual(["moving"]);
    expect(await names({ q: "搬家测试" })).toEqual([]);
  });
});

describe("a query that begins with a region's name (the page's search)", () => {
  /** Every hit of the page's search, following its cursor, as fixture keys in order; and the region each page named. */
  async function fallback(input: SearchInput, limits?: SearchLimits) {
    const { hits, within } = await searchPageByPage(db, ids, input, limits);
    return { hits, within };
  }
  const found = async (input: SearchInput) => {
    const { hits, within } = await fallback(input);
    for (const [variant, limits] of Object.entries(VARIANTS)) expect(await fallback(input, limits), `${JSON.stringify(input)}, ${variant}`).toEqual({ hits, within });
    return { hits: [...hits].sort(), within };
  };

  it("searches the rest within the district a short or a full name names, when nothing is found as typed", async () => {
    expect(await names({ q: "江北阳光" }), "nothing as typed").toEqual([]);
    expect(await found({ q: "江北阳光" })).toEqual({ hits: ["jiangbeiSun"], within: ["江北区 阳光"] });
    expect(await found({ q: "海曙区双语" })).toEqual({ hits: ["fullWidth", "haishuSun"], within: ["海曙区 双语"] });
  });

  it("reads a city and a district glued, and a city alone with its districts", async () => {
    expect(await found({ q: "宁波市海曙区双语" })).toEqual({ hits: ["fullWidth", "haishuSun"], within: ["海曙区 双语"] });
    expect(await found({ q: "浙江宁波海曙双语" })).toEqual({ hits: ["fullWidth", "haishuSun"], within: ["海曙区 双语"] });
    expect(await found({ q: "宁波阳光" })).toEqual({ hits: ["haishuSun", "jiangbeiSun"], within: ["宁波市 阳光"] });
  });

  it("pages through the region in its order, every page read alike (one character is a walk of a district)", async () => {
    const { hits, within } = await found({ q: "鄞州第" });
    expect(hits).toEqual(Object.keys(ids).filter((k) => k.startsWith("yinzhou")).sort());
    expect(within).toEqual(["鄞州区 第"]);
  });

  it("answers as typed where no region's name begins the query, where only places were typed, or where the rest finds nothing too", async () => {
    expect(await found({ q: "阳光海曙星" })).toEqual({ hits: [], within: ["as typed"] });
    expect(await found({ q: "宁波海曙" })).toEqual({ hits: [], within: ["as typed"] });
    expect(await found({ q: "海曙星空" }), "海曙 names a region, 星空 no kindergarten of it").toEqual({ hits: [], within: ["as typed"] });
    expect(await found({ q: "江北星星" }), "星星 is in 海曙区 only").toEqual({ hits: [], within: ["as typed"] });
    expect(await found({ q: "宁波星" }), "one character in a city is refused: as typed").toEqual({ hits: [], within: ["as typed"] });
    expect(await found({ q: "双语" }), "found as typed").toEqual({ hits: ["fullWidth", "haishuSun"], within: ["as typed"] });
  });

  it("keeps to a narrower region chosen, and falls back not at all where the region chosen lies apart", async () => {
    expect(await found({ q: "宁波阳光", district: HAISHU })).toEqual({ hits: ["haishuSun"], within: ["宁波市 阳光"] });
    expect(await found({ q: "江北阳光", province: PROVINCE, city: NINGBO })).toEqual({ hits: ["jiangbeiSun"], within: ["江北区 阳光"] });
    expect(await found({ q: "江北阳光", district: HAISHU })).toEqual({ hits: [], within: ["as typed"] });
    expect(await found({ q: "江北阳光", city: HANGZHOU })).toEqual({ hits: [], within: ["as typed"] });
    expect(await found({ q: "海曙区双语", nature: "public" }), "and the nature still applies").toEqual({ hits: [], within: ["as typed"] });
  });

  it("does not read on from a cursor of the search as typed in the region's", async () => {
    const later = await kg("haishuSunLater", "海曙阳光托育幼儿园");
    try {
      const first = await searchOrWithinLeadingRegion(db, { q: "海曙区阳光" });
      expect(first.ok && [first.hits.map((h) => h.id), first.within]).toEqual([[ids.haishuSun], undefined]);
      // A page after its last hit (a cursor a page cut short at walkCap ends with) finds nothing as typed: nothing more.
      const after = encodeCursor([HAISHU, ids.haishuSun]);
      const next = await searchOrWithinLeadingRegion(db, { q: "海曙区阳光", after });
      expect(next.ok && [next.hits, next.next, next.within]).toEqual([[], null, undefined]);
      // Which the region's search would have read on to.
      const region = await searchKindergartens(db, { q: "阳光", district: HAISHU, after });
      expect(region.ok && region.hits.map((h) => h.id)).toEqual([later]);
    } finally {
      await db.deleteFrom("kindergarten_name_grams").where("kindergarten_id", "=", later).execute();
      await db.deleteFrom("kindergarten_search").where("kindergarten_id", "=", later).execute();
      await db.updateTable("kindergartens").set({ status: "closed" }).where("id", "=", later).execute();
    }
  });

  it("reads the regions' names as they are now", async () => {
    expect(await found({ q: "甬北阳光" })).toEqual({ hits: [], within: ["as typed"] });
    await db.updateTable("regions").set({ name: "甬北区" }).where("code", "=", JIANGBEI).execute();
    try {
      expect(await found({ q: "甬北阳光" })).toEqual({ hits: ["jiangbeiSun"], within: ["甬北区 阳光"] });
    } finally {
      await db.updateTable("regions").set({ name: "江北区" }).where("code", "=", JIANGBEI).execute();
    }
  });
});
