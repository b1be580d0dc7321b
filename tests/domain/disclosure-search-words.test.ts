/**
 * The public kindergarten search by several words: split at spaces (U+3000 among them), commas and 、, every word in
 * the approved name or the name in use, in any order; a word that names a region acts as the region when the words
 * as typed find nothing (as a region glued to the query's start does); at most SEARCH_MAX_TERMS words, more refused
 * with a message; keyset pages over a search of several words, as typed and within a region, without a duplicate or
 * a gap however the reading is cut.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { SEARCH_LIMITS, searchKindergartens, searchOrWithinLeadingRegion, type SearchInput, type SearchLimits } from "~/domain/disclosure/kindergarten-search.queries.server";
import { SEARCH_MAX_TERMS } from "~/domain/disclosure/disclosure.schema";
import { createKindergarten, HAISHU, JIANGBEI, seedReferenceData, XIHU, YINZHOU } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";
import { searchPageByPage } from "./search-page-by-page";

let t: TestDb;
let db: DB;
const ids: Record<string, string> = {};
const stars: string[] = [];

/** The reading cut differently: pages of 7 index entries at most, and pages of 6 hits. */
const VARIANTS: Record<string, SearchLimits> = {
  "tiny stretches": { ...SEARCH_LIMITS, walkCap: 7 },
  "short pages": { ...SEARCH_LIMITS, pageSize: 6 },
};

async function kg(key: string, name: string, region: string, nameInUse?: string) {
  const { id } = await createKindergarten(db, { name, nameInUse, region_code: region, nature: "inclusive_private" });
  ids[key] = id;
  return id;
}

const pages = (input: SearchInput, limits?: SearchLimits) => searchPageByPage(db, ids, input, limits);

/** The hits (sorted keys) and the regions named: the same, in the same order, however the reading is cut. */
async function found(input: SearchInput) {
  const { hits, within } = await pages(input);
  expect(new Set(hits).size, `${JSON.stringify(input)}: no duplicate`).toBe(hits.length);
  for (const [variant, limits] of Object.entries(VARIANTS)) {
    const cut = await pages(input, limits);
    expect({ hits: cut.hits, within: cut.within }, `${JSON.stringify(input)}, ${variant}`).toEqual({ hits, within });
  }
  return { hits: [...hits].sort(), within };
}

const hitsOf = async (q: string, input: Omit<SearchInput, "q"> = {}) => (await found({ ...input, q })).hits;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  await kg("haishuSun", "宁波市海曙区阳光双语幼儿园", HAISHU);
  await kg("jiangbeiSun", "宁波市江北区阳光幼儿园", JIANGBEI);
  await kg("xihuSun", "杭州市西湖区阳光双语幼儿园", XIHU);
  // Names without their place: found by a region's name only as the region.
  await kg("plainSun", "阳光双语幼儿园", YINZHOU);
  await kg("littleSun", "宁波市海曙区小太阳幼儿园", HAISHU, "小太阳双语幼儿园");
  for (let n = 1; n <= 23; n++) stars.push(await kg(`star${n}`, `星辰第${String(n).padStart(2, "0")}幼儿园`, n % 2 === 0 ? YINZHOU : HAISHU));
});

afterAll(async () => {
  await t?.destroy();
});

describe("several words", () => {
  it("finds a name holding every word, in either order", async () => {
    expect(await hitsOf("海曙 阳光")).toEqual(["haishuSun"]);
    expect(await hitsOf("阳光 海曙")).toEqual(["haishuSun"]);
    expect(await hitsOf("阳光 海曙区")).toEqual(["haishuSun"]);
    expect(await hitsOf("双语 阳光")).toEqual(await hitsOf("阳光 双语"));
    expect(await hitsOf("阳光 双语")).toEqual(["haishuSun", "plainSun", "xihuSun"]);
    expect(await hitsOf("阳光 幼儿园")).toEqual(["haishuSun", "jiangbeiSun", "plainSun", "xihuSun"]);
  });

  it("takes each word from either name", async () => {
    expect(await hitsOf("小太阳 双语")).toEqual(["littleSun"]);
    expect(await hitsOf("双语 海曙 小太阳")).toEqual(["littleSun"]);
  });

  it("splits at a full-width space, commas and 、 as at a space", async () => {
    for (const q of ["海曙　阳光", "海曙，阳光", "海曙,阳光", "海曙、阳光", "海曙 ， 阳光", "阳光､海曙"]) expect(await hitsOf(q), q).toEqual(["haishuSun"]);
    const asOne = await searchKindergartens(db, { q: "海曙，阳光" });
    expect(asOne.ok && asOne.plan, "by the index").toBe("gram");
  });

  it("finds nothing when one word matches no name", async () => {
    expect(await found({ q: "阳光 月亮" })).toEqual({ hits: [], within: ["as typed"] });
    expect(await found({ q: "海曙 阳光 月亮" })).toEqual({ hits: [], within: ["as typed"] });
    expect(await found({ q: "阳光 月亮 鄞州" }), "nor within the region named").toEqual({ hits: [], within: ["as typed"] });
  });
});

describe("a word that names a region", () => {
  it("is the region, first or last, when the words as typed find nothing", async () => {
    expect(await found({ q: "阳光 鄞州" })).toEqual({ hits: ["plainSun"], within: ["鄞州区 阳光"] });
    expect(await found({ q: "鄞州 阳光" })).toEqual({ hits: ["plainSun"], within: ["鄞州区 阳光"] });
    expect(await found({ q: "双语，鄞州区" })).toEqual({ hits: ["plainSun"], within: ["鄞州区 双语"] });
    expect(await found({ q: "双语 鄞州阳光" }), "glued to a name in a later word").toEqual({ hits: ["plainSun"], within: ["鄞州区 双语 阳光"] });
    expect(await found({ q: "陽光 鄞州區" }), "in traditional characters").toEqual({ hits: ["plainSun"], within: ["鄞州区 陽光"] });
  });

  it("is a word of the name when the words as typed find something (as a glued region is)", async () => {
    expect(await found({ q: "阳光 宁波" })).toEqual({ hits: ["haishuSun", "jiangbeiSun"], within: ["as typed"] });
  });

  it("is the narrowest of several regions named that hold one another, and no region when they lie apart", async () => {
    expect(await found({ q: "双语 宁波 鄞州" })).toEqual({ hits: ["plainSun"], within: ["鄞州区 双语"] });
    expect(await found({ q: "双语 海曙 西湖" })).toEqual({ hits: [], within: ["as typed"] });
    expect(await found({ q: "阳光 江北 鄞州" })).toEqual({ hits: [], within: ["as typed"] });
  });

  it("keeps to the region chosen: narrower, it applies; apart, no fallback", async () => {
    expect(await found({ q: "星辰 宁波", district: YINZHOU })).toEqual({ hits: stars.filter((_, i) => i % 2 === 1).map((_, i) => `star${2 * (i + 1)}`).sort(), within: ["宁波市 星辰"] });
    expect(await found({ q: "阳光 鄞州", district: HAISHU })).toEqual({ hits: [], within: ["as typed"] });
  });

  it("is no fallback when only places were typed", async () => {
    expect(await found({ q: "宁波 鄞州" })).toEqual({ hits: [], within: ["as typed"] });
  });
});

describe("bounded", () => {
  it(`refuses more than ${SEARCH_MAX_TERMS} distinct words with a message, and counts a repeated word once`, async () => {
    const six = ["宁波", "海曙", "阳光", "双语", "幼儿", "儿园"];
    expect(await hitsOf(six.slice(0, 5).join(" "))).toEqual(["haishuSun"]);
    for (const q of [six.join(" "), six.join("，"), `${six.join(" ")} 七七 八八 九九`]) {
      const refused = await searchOrWithinLeadingRegion(db, { q });
      expect(refused.ok ? null : refused.formErrors, q).toEqual([{ key: "disclosure.search.tooManyTerms", vars: { max: SEARCH_MAX_TERMS } }]);
      const exact = await searchKindergartens(db, { q });
      expect(exact.ok, "the open-data API's search too").toBe(false);
    }
    expect(await hitsOf("阳光 阳光 阳光 阳光 阳光 阳光 双语 海曙")).toEqual(["haishuSun"]);
  });

  it("reads one-character words as one character alone is read: with a longer word or within a district", async () => {
    expect(await hitsOf("阳光 海 双")).toEqual(["haishuSun"]);
    const alone = await searchKindergartens(db, { q: "海 阳" });
    expect(alone.ok ? null : alone.formErrors[0]?.key).toBe("disclosure.search.tooShort");
    expect(await hitsOf("星 第", { district: HAISHU })).toEqual(stars.filter((_, i) => i % 2 === 0).map((_, i) => `star${2 * i + 1}`).sort());
  });
});

describe("paging", () => {
  it("walks every page of a search of several words in region order, without a duplicate or a gap", async () => {
    const all = await pages({ q: "幼儿园 星辰" });
    expect(all.pages).toBe(2);
    expect([...all.hits].sort()).toEqual(stars.map((_, i) => `star${i + 1}`).sort());
    expect(all.hits.slice(0, 12).every((k) => Number(k.slice(4)) % 2 === 1), "海曙区 (330203) before 鄞州区 (330212)").toBe(true);
    expect((await found({ q: "幼儿园 星辰" })).hits).toEqual([...all.hits].sort());
  });

  it("walks every page of a search of several words within the region a word names", async () => {
    const { hits, within } = await found({ q: "星辰 幼儿园 鄞州" });
    expect(hits).toEqual(stars.filter((_, i) => i % 2 === 1).map((_, i) => `star${2 * (i + 1)}`).sort());
    expect(within).toEqual(["鄞州区 星辰 幼儿园"]);
    expect((await pages({ q: "星辰 幼儿园 鄞州" }, { ...SEARCH_LIMITS, pageSize: 4 })).pages).toBe(3);
  });
});
