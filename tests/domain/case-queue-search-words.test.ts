/**
 * The officers' case queue searched by several words, as the public search is (docs/decisions.md, 2026-12-06, the
 * queue's search by words): words split at spaces, commas of either width and 、 (queryTerms), each to occur in
 * either name; a word naming a region is that region when the words as typed find nothing, wherever it stands
 * (regionAmongTerms), within the officer's scope; more than SEARCH_MAX_TERMS words refused (the view read without the
 * search, the refusal carried for the search box, an export refused); a USCC, its beginning, a case's id or a
 * complaint's tracking number read as before. SQLite by default, Postgres with TEST_DB=pg.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { caseExportChunks, caseQueue, forgetQueueCounts, searchRefusal } from "~/domain/cases/case-queue.server";
import { readQueueQuery, type CaseQueueFilters } from "~/domain/cases/case-queue.schema";
import { SEARCH_MAX_TERMS } from "~/domain/kindergartens/name-grams";
import type { Actor } from "~/domain/users/actor";
import type { DB } from "~/db/client";
import { createActor, createKindergarten, HAISHU, insertCase, JIANGBEI, NINGBO, seedReferenceData, XIHU, YINZHOU } from "../factories/domain";
import { captureCompiledQueries, createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
const NOW = new Date("2026-09-29T02:00:00.000Z");
/** Chongqing's 江北区: a second district of that name (GB/T 2260), under a municipality's placeholder level. */
const CHONGQING = "500000";
const CQ_JIANGBEI = "500105";
const SUN_USCC = "52330203MJ1234567X";

let admin: Actor;
let cityOfficer: Actor;
let haishuOfficer: Actor;
let jiangbeiOfficer: Actor;
let captured: Array<{ sql: string }>;

const view = (q: string, search = ""): CaseQueueFilters => readQueueQuery(new URLSearchParams(`${search}&q=${encodeURIComponent(q)}`)).filters;
const labels = (rows: Array<{ id: string }>) => rows.map((c) => c.id.replace(/^case_/, "")).sort();

async function found(actor: Actor, q: string) {
  const queue = (await caseQueue(db, actor, view(q, "state=all"), NOW))!;
  return { rows: labels(queue.rows), within: queue.searchWithin && `${queue.searchWithin.name} ${queue.searchWithin.rest}` };
}

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  await db
    .insertInto("regions")
    .values([
      { code: CHONGQING, name: "重庆市", level: "province", parent_code: null },
      { code: "500100", name: "市辖区", level: "city", parent_code: CHONGQING },
      { code: CQ_JIANGBEI, name: "江北区", level: "district", parent_code: "500100" },
    ])
    .execute();
  // 海曙区阳光幼儿园 (in use: 阳光宝贝幼儿园) in 海曙; 阳光双语幼儿园 in 鄞州, whose names hold no place; 星星 in both 江北s.
  const sun = await createKindergarten(db, { region_code: HAISHU, name: "海曙区阳光幼儿园", nameInUse: "阳光宝贝幼儿园" });
  await db.updateTable("kindergartens").set({ uscc: SUN_USCC }).where("id", "=", sun.id).execute();
  const bilingual = await createKindergarten(db, { region_code: YINZHOU, name: "阳光双语幼儿园" });
  const star = await createKindergarten(db, { region_code: JIANGBEI, name: "星星幼儿园" });
  const cqStar = await createKindergarten(db, { region_code: CQ_JIANGBEI, name: "星星艺术幼儿园" });
  const west = await createKindergarten(db, { region_code: XIHU, name: "西湖阳光幼儿园" });
  for (const [label, kg] of [["sun", sun], ["bilingual", bilingual], ["star", star], ["cqstar", cqStar], ["west", west]] as const) {
    await insertCase(db, { id: `case_${label}`, kindergartenId: kg.id, regionCode: kg.region_code, severity: "red", dueDate: "2026-10-20" });
  }
  admin = await createActor(db, "admin");
  cityOfficer = await createActor(db, "officer", { regionCode: NINGBO });
  haishuOfficer = await createActor(db, "officer", { regionCode: HAISHU });
  jiangbeiOfficer = await createActor(db, "officer", { regionCode: JIANGBEI });
  captured = captureCompiledQueries(db);
});

afterAll(async () => {
  await t?.destroy();
});

beforeEach(() => forgetQueueCounts());

describe("the queue's search by several words", () => {
  it("splits at spaces, commas of either width and 、, each word found in either name, in any order", async () => {
    for (const q of ["阳光，宝贝", "阳光,宝贝", "宝贝、阳光", "阳光　宝贝", "阳光 ， 宝贝", "阳光､宝贝", "海曙，宝贝", "宝贝,,海曙区"]) {
      expect(await found(admin, q), q).toEqual({ rows: ["sun"], within: null });
    }
    // A word no name holds finds nothing: every word must occur.
    expect(await found(admin, "阳光，月亮")).toEqual({ rows: [], within: null });
    // The counts are the search's.
    const queue = (await caseQueue(db, admin, view("阳光，宝贝"), NOW))!;
    expect([queue.counts.byTab.open, queue.total]).toEqual([1, 1]);
  });

  it("reads a word naming a region as that region when the words as typed find nothing, wherever it stands, and says so", async () => {
    expect(await found(admin, "阳光，鄞州")).toEqual({ rows: ["bilingual"], within: "鄞州区 阳光" });
    expect(await found(admin, "鄞州区 阳光")).toEqual({ rows: ["bilingual"], within: "鄞州区 阳光" });
    expect(await found(admin, "双语、鄞州阳光"), "a region glued to a word").toEqual({ rows: ["bilingual"], within: "鄞州区 双语 阳光" });
    expect(await found(admin, "阳光 宁波 鄞州"), "nested regions: the narrowest").toEqual({ rows: ["bilingual"], within: "鄞州区 阳光" });
    // Found as typed: no region is read (海曙区阳光幼儿园 holds both words).
    expect(await found(admin, "阳光，海曙")).toEqual({ rows: ["sun"], within: null });
    // Exports read the same.
    const exported = await caseExportChunks(db, admin, view("阳光，鄞州"), NOW);
    if (!exported.ok) throw new Error("refused");
    const rows = [];
    for await (const chunk of exported.chunks) rows.push(...chunk);
    expect(labels(rows)).toEqual(["bilingual"]);
  });

  it("a name several regions bear is the one the scope or another word singles out; regions apart are none", async () => {
    // 江北: Ningbo's or Chongqing's. Everyone's queue cannot tell which; Ningbo's officers mean theirs.
    expect(await found(admin, "星星 江北")).toEqual({ rows: [], within: null });
    expect(await found(cityOfficer, "星星 江北")).toEqual({ rows: ["star"], within: "江北区 星星" });
    expect(await found(jiangbeiOfficer, "星星，江北")).toEqual({ rows: ["star"], within: "江北区 星星" });
    expect(await found(admin, "星星 宁波 江北")).toEqual({ rows: ["star"], within: "江北区 星星" });
    expect(await found(admin, "星星，重庆，江北")).toEqual({ rows: ["cqstar"], within: "江北区 星星" });
    // Two districts of one city: no region.
    expect(await found(admin, "阳光 海曙 鄞州")).toEqual({ rows: [], within: null });
    // Only places typed: nothing left to search by.
    expect(await found(admin, "宁波，鄞州")).toEqual({ rows: [], within: null });
  });

  it("keeps to the officer's scope: a region outside it widens nothing", async () => {
    expect(await found(haishuOfficer, "阳光，鄞州")).toEqual({ rows: [], within: null });
    expect(await found(jiangbeiOfficer, "阳光 鄞州")).toEqual({ rows: [], within: null });
    expect(await found(cityOfficer, "阳光 杭州")).toEqual({ rows: [], within: null });
    expect(await found(cityOfficer, "阳光 西湖")).toEqual({ rows: [], within: null });
    expect(await found(admin, "阳光 西湖")).toEqual({ rows: ["west"], within: null });
    // A district's officer typing their own city: the rest, within their district.
    expect(await found(haishuOfficer, "宝贝 宁波")).toEqual({ rows: ["sun"], within: "宁波市 宝贝" });
  });

  it("reads a USCC, or its beginning, as before: only the whole query, typed with spaces in any number of groups", async () => {
    expect(await found(admin, "5233 0203 MJ 12 34 56 7X")).toEqual({ rows: ["sun"], within: null });
    expect(await found(haishuOfficer, "5233 0203 MJ 12")).toEqual({ rows: ["sun"], within: null });
    expect(searchRefusal("5233 0203 MJ 12 34 56 7X")).toBeNull();
    // Among other words, a code is a word of the name, which none holds: as the queue read it before.
    expect(await found(admin, `阳光 ${SUN_USCC}`)).toEqual({ rows: [], within: null });
    // A case's id and a complaint's tracking number are no search of the queue: nothing, not an error.
    expect(await found(admin, "阳光 case_sun")).toEqual({ rows: [], within: null });
    expect(await found(admin, "阳光 7K3M-9Q2P-X4TB")).toEqual({ rows: [], within: null });
    expect(await found(admin, "7K3M-9Q2P-X4TB")).toEqual({ rows: [], within: null });
  });

  it(`refuses more than ${SEARCH_MAX_TERMS} distinct words: the view is read without the search, and the refusal is carried`, async () => {
    const six = "阳光 宝贝 海曙 幼儿 园所 双语";
    const refused = (await caseQueue(db, admin, view(six), NOW))!;
    const whole = (await caseQueue(db, admin, view(""), NOW))!;
    expect(refused.searchRefused).toEqual({ q: six, error: { key: "disclosure.search.tooManyTerms", vars: { max: SEARCH_MAX_TERMS } } });
    expect([refused.filters.q, refused.ignored, refused.searchWithin]).toEqual([undefined, [], null]);
    expect([labels(refused.rows), refused.counts]).toEqual([labels(whole.rows), whole.counts]);
    expect(whole.searchRefused).toBeNull();
    // Every separator counts; a repeated word counts once; five are searched.
    for (const q of ["阳光,宝贝,海曙,幼儿,园所,双语", "阳光、宝贝、海曙、幼儿、园所、双语", "阳光，宝贝 海曙、幼儿,园所　双语"]) {
      expect((await caseQueue(db, admin, view(q), NOW))!.searchRefused, q).not.toBeNull();
    }
    expect(await found(admin, "阳光 阳光 阳光 阳光 阳光 宝贝")).toEqual({ rows: ["sun"], within: null });
    expect(await found(admin, "阳光,宝贝,幼儿,海曙,园")).toEqual({ rows: ["sun"], within: null });
    // An export is refused (a file holds what was asked for), naming the search.
    const exported = await caseExportChunks(db, admin, view(six), NOW);
    expect(exported.ok ? null : exported.fieldErrors).toEqual({ q: [{ key: "disclosure.search.tooManyTerms", vars: { max: SEARCH_MAX_TERMS } }] });
  });

  it("a refused search reads what the view without a search reads, and a search of five words found as typed reads the index and nothing else more", async () => {
    const queries = async (q: string) => {
      forgetQueueCounts();
      captured.length = 0;
      await caseQueue(db, cityOfficer, view(q), NOW);
      return captured.map((c) => c.sql);
    };
    // The first view also reads what the process then keeps (the colleagues to assign to, the read versions' stamp).
    await queries("");
    const none = await queries("");
    expect(await queries("阳光 宝贝 海曙 幼儿 园所 双语")).toEqual(none);
    // Five words found as typed: one read of the search index more than no search, whatever the words' number.
    const asTyped = await queries("阳光,宝贝,幼儿,海曙,园");
    expect(asTyped.filter((sql) => /from "kindergarten_search"/.test(sql))).toHaveLength(1);
    // Nothing else is read that the view without a search does not read (the area's regions may be left out: the
    // index's read is bounded by the area itself).
    const read = (sql: string) => /from "([^"]+)"/.exec(sql)?.[1];
    expect(asTyped.map(read).filter((table) => table !== "kindergarten_search" && !none.map(read).includes(table))).toEqual([]);
    expect(asTyped.length).toBeLessThanOrEqual(none.length + 1);
  });
});
