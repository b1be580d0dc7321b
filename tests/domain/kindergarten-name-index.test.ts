/**
 * The search index of kindergartens: how names become search text and grams,
 * and indexKindergartensForSearch keeping the index equal to the
 * kindergartens (new, renamed, moved, closed, or loaded in bulk behind its
 * back), idempotently.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KyselyPlugin } from "kysely";
import type { DB } from "~/db/client";
import { indexGrams, kindergartenSearchText, searchText, termGrams } from "~/domain/kindergartens/name-grams";
import { GRAM_DELETE_CHUNK, indexKindergartensForSearch } from "~/domain/kindergartens/name-index.server";
import { createKindergarten, HAISHU, JIANGBEI, kindergartenRow, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

/** `n` active public kindergartens in 海曙 as rows to insert, their USCCs told apart by `usccInfix`, named by `names`. */
function kindergartenRows(n: number, usccInfix: string, names: (i: number) => { approved: string; inUse: string }) {
  return Array.from({ length: n }, (_, i) =>
    kindergartenRow({ uscc: `52330203${usccInfix}${String(i).padStart(7, "0")}X`, name: names(i).approved, nameInUse: names(i).inUse, nature: "public", address: "", at: "2026-01-01T00:00:00.000Z" }),
  );
}

describe("search text and grams", () => {
  it("compares names as NFKC in lower case, both names one per line", () => {
    expect(searchText("ＡＢＣ幼儿园１号")).toBe("abc幼儿园1号");
    expect(kindergartenSearchText({ approved_name: "宁波市Sun幼儿园", name_in_use: "宁波市Sun幼儿园" })).toBe("宁波市sun幼儿园");
    expect(kindergartenSearchText({ approved_name: "甲幼儿园有限公司", name_in_use: "甲幼儿园" })).toBe("甲幼儿园有限公司\n甲幼儿园");
  });

  it("indexes the bigrams and trigrams within words, by code point, never across whitespace", () => {
    expect(indexGrams("阳光园").sort()).toEqual(["光园", "阳光", "阳光园"].sort());
    expect(indexGrams("a😀b")).toEqual(expect.arrayContaining(["a😀", "😀b", "a😀b"]));
    expect(indexGrams("甲乙\n丙丁").sort()).toEqual(["丙丁", "甲乙"]);
    expect(indexGrams("甲")).toEqual([]);
  });

  it("looks a term up by its trigrams, a two-character term by its bigram, one character by nothing", () => {
    expect(termGrams("阳光幼儿")).toEqual(["阳光幼", "光幼儿"]);
    expect(termGrams("阳光")).toEqual(["阳光"]);
    expect(termGrams("阳")).toEqual([]);
    // Every gram a term is looked up by is among the grams of any text that contains it.
    const text = kindergartenSearchText({ approved_name: "宁波市海曙区阳光幼儿园", name_in_use: "阳光双语" });
    for (const term of ["海曙区阳", "双语", "幼儿园", "阳光双语"]) expect(indexGrams(text)).toEqual(expect.arrayContaining(termGrams(term)));
  });
});

describe("indexKindergartensForSearch", () => {
  let t: TestDb;
  let db: DB;

  beforeAll(async () => {
    t = await createTestDb();
    db = t.db;
    await seedReferenceData(db);
  });

  afterAll(async () => {
    await t?.destroy();
  });

  async function indexed(id: string) {
    const row = await db.selectFrom("kindergarten_search").selectAll().where("kindergarten_id", "=", id).executeTakeFirst();
    const grams = await db.selectFrom("kindergarten_name_grams").select("gram").where("kindergarten_id", "=", id).execute();
    return { row, grams: grams.map((g) => g.gram).sort() };
  }

  /** Every gram's count is the number of kindergartens having it (a gram nobody has any more counts 0). */
  async function expectCountsOfPostings() {
    const postings = await db.selectFrom("kindergarten_name_grams").select(["gram", (eb) => eb.fn.countAll<number>().as("n")]).groupBy("gram").execute();
    const counts = await db.selectFrom("kindergarten_gram_counts").selectAll().where("kindergartens", "!=", 0).execute();
    expect(new Map(counts.map((c) => [c.gram, Number(c.kindergartens)]))).toEqual(new Map(postings.map((p) => [p.gram, Number(p.n)])));
  }

  it("indexes a new kindergarten in the writer's transaction, and has nothing to do the second time", async () => {
    const { id } = await createKindergarten(db, { name: "宁波市海曙区春芽幼儿园" });
    const { row, grams } = await indexed(id);
    expect(row).toMatchObject({ region_code: HAISHU, status: "active", search_text: "宁波市海曙区春芽幼儿园" });
    expect(grams).toEqual(indexGrams("宁波市海曙区春芽幼儿园").sort());
    expect(await indexKindergartensForSearch(db, [id])).toBe(0);
  });

  it("follows a rename (its old grams go), a move and a closing", async () => {
    const { id } = await createKindergarten(db, { name: "宁波市海曙区旧名幼儿园" });
    await db
      .updateTable("kindergartens")
      .set({ approved_name: "宁波市江北区新名幼儿园有限公司", name_in_use: "新名幼儿园", region_code: JIANGBEI, status: "closed" })
      .where("id", "=", id)
      .execute();
    expect(await indexKindergartensForSearch(db, [id, id])).toBe(1);
    const { row, grams } = await indexed(id);
    expect(row).toMatchObject({ region_code: JIANGBEI, status: "closed", search_text: "宁波市江北区新名幼儿园有限公司\n新名幼儿园" });
    expect(grams).toEqual(indexGrams(row!.search_text).sort());
    expect(await db.selectFrom("kindergarten_name_grams").select("region_code").distinct().where("kindergarten_id", "=", id).execute()).toEqual([{ region_code: JIANGBEI }]);
    expect(grams).not.toContain("旧名");

    await db.updateTable("kindergartens").set({ status: "active" }).where("id", "=", id).execute();
    expect(await indexKindergartensForSearch(db, [id])).toBe(1);
    expect((await indexed(id)).row?.status).toBe("active");
    await expectCountsOfPostings();
  });

  it("drops the grams of many renamed and moved kindergartens a chunk of grams per DELETE, not one DELETE each", async () => {
    const many = kindergartenRows(120, "MK", (i) => ({ approved: `宁波市海曙区旧称春夏秋冬${i}号幼儿园`, inUse: `旧称春夏秋冬${i}号幼儿园` }));
    await db.insertInto("kindergartens").values(many).execute();
    expect(await indexKindergartensForSearch(db, many.map((k) => k.id))).toBe(many.length);
    const renamed = many.map((k, i) => ({ ...k, approved_name: `宁波市海曙区新称${i}号幼儿园`, name_in_use: `新称${i}号幼儿园`, region_code: i % 10 === 0 ? JIANGBEI : HAISHU }));
    for (const k of renamed) {
      await db.updateTable("kindergartens").set({ approved_name: k.approved_name, name_in_use: k.name_in_use, region_code: k.region_code }).where("id", "=", k.id).execute();
    }
    // The grams each loses: all of them when it moved (a gram's key holds the region), else those of its old names only.
    let lost = 0;
    for (const [i, k] of many.entries()) {
      const before = indexGrams(kindergartenSearchText(k));
      const after = indexGrams(kindergartenSearchText(renamed[i]));
      lost += renamed[i].region_code !== k.region_code ? before.length : before.filter((g) => !after.includes(g)).length;
    }
    expect(lost).toBeGreaterThan(GRAM_DELETE_CHUNK);

    let deletes = 0;
    const counter: KyselyPlugin = {
      transformQuery: (args) => {
        if (args.node.kind === "DeleteQueryNode") deletes += 1;
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    expect(await indexKindergartensForSearch(db.withPlugin(counter), many.map((k) => k.id))).toBe(many.length);
    expect(deletes).toBe(Math.ceil(lost / GRAM_DELETE_CHUNK));
    for (const k of renamed) {
      const { row, grams } = await indexed(k.id);
      expect(row).toMatchObject({ region_code: k.region_code, search_text: kindergartenSearchText(k) });
      expect(grams).toEqual(indexGrams(kindergartenSearchText(k)).sort());
      expect(await db.selectFrom("kindergarten_name_grams").select("region_code").distinct().where("kindergarten_id", "=", k.id).execute()).toEqual([{ region_code: k.region_code }]);
    }
    await expectCountsOfPostings();
  });

  it("without ids, brings every kindergarten up to date after rows written behind its back", async () => {
    const bulk = kindergartenRows(2500, "MJ", (i) => ({ approved: `批量幼儿园${i}`, inUse: `批量幼儿园${i}` }));
    for (let i = 0; i < bulk.length; i += 200) await db.insertInto("kindergartens").values(bulk.slice(i, i + 200)).execute();
    expect(await indexKindergartensForSearch(db)).toBe(2500);
    expect(await indexKindergartensForSearch(db)).toBe(0);
    const last = bulk[bulk.length - 1];
    expect((await indexed(last.id)).grams).toEqual(indexGrams(searchText(last.approved_name)).sort());
    await expectCountsOfPostings();
    const total = await db.selectFrom("kindergarten_search").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const kindergartens = await db.selectFrom("kindergartens").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(total.n)).toBe(Number(kindergartens.n));
  });
});
