/**
 * The public reading of published cases (publication/public-cases.queries.server.ts),
 * the functions the API and the public pages share: the page's bounds and
 * cursor, a withdrawn case without its content, drafts unknown, ids of the
 * wrong shape never looked up, a row whose content does not parse left out,
 * the chunks of a bulk file and the data's version.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { publicCaseById, publishedCaseChunks, publishedCasesPage, publishedCasesVersion } from "~/domain/publication/public-cases.queries.server";
import { encodeCursor } from "~/utils/keyset-cursor";
import { createKindergarten, HAISHU, JIANGBEI, seedReferenceData, XIHU } from "../factories/domain";
import { insertPublicCase } from "../factories/public-cases";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
/** Newest first. */
const published: string[] = [];
let withdrawn: string;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  const haishu = await createKindergarten(t.db, { region_code: HAISHU, nature: "inclusive_private" });
  const jiangbei = await createKindergarten(t.db, { region_code: JIANGBEI });
  const xihu = await createKindergarten(t.db, { region_code: XIHU });
  for (const [i, kg] of [haishu, jiangbei, xihu, haishu, jiangbei].entries()) {
    published.unshift(await insertPublicCase(t.db, kg.id, { decidedOn: `2026-0${i + 1}-10`, publishedAt: `2026-0${i + 1}-20T02:00:00.000Z` }));
  }
  withdrawn = await insertPublicCase(t.db, haishu.id, { status: "withdrawn", withdrawalReason: "overturned", publishedAt: "2026-01-05T02:00:00.000Z", withdrawnAt: "2026-02-01T17:00:00.000Z" });
  await insertPublicCase(t.db, haishu.id, { status: "draft" });
});

afterAll(async () => {
  await t?.destroy();
});

describe("publishedCasesPage", () => {
  it("pages newest first along a cursor, bounding the size to 1 … 1000", async () => {
    const first = await publishedCasesPage(t.db, {}, null, 2);
    expect(first.cases.map((c) => c.id)).toEqual(published.slice(0, 2));
    const second = await publishedCasesPage(t.db, {}, first.next, 2);
    expect(second.cases.map((c) => c.id)).toEqual(published.slice(2, 4));
    const last = await publishedCasesPage(t.db, {}, second.next, 2);
    expect([last.cases.map((c) => c.id), last.next]).toEqual([published.slice(4), null]);
    expect((await publishedCasesPage(t.db, {}, null, 0)).cases).toHaveLength(1);
    expect((await publishedCasesPage(t.db, {}, null, Number.NaN)).cases).toHaveLength(1);
    expect((await publishedCasesPage(t.db, {}, null, 1e9)).cases).toHaveLength(published.length);
  });

  it("reads a cursor that is not this list's as the first page", async () => {
    for (const cursor of ["garbage", encodeCursor([1, 2]), encodeCursor(["only one"]), encodeCursor(["a", "b", "c"])]) {
      expect((await publishedCasesPage(t.db, {}, cursor, 100)).cases.map((c) => c.id), cursor).toEqual(published);
    }
  });

  it("filters a district, a city (the range of its districts), a province", async () => {
    const region = async (code: string) => (await publishedCasesPage(t.db, { region: code }, null, 100)).cases.map((c) => c.content.kindergarten.regionCode);
    expect(new Set(await region(HAISHU))).toEqual(new Set([HAISHU]));
    expect(new Set(await region("330200"))).toEqual(new Set([HAISHU, JIANGBEI]));
    expect(await region("330000")).toHaveLength(published.length);
    expect(await region("110000")).toEqual([]);
    expect((await publishedCasesPage(t.db, { nature: "inclusive_private" }, null, 100)).cases).toHaveLength(2);
    expect((await publishedCasesPage(t.db, { year: 2025 }, null, 100)).cases).toHaveLength(0);
  });

  it("leaves out a published row whose content does not parse, rather than failing the list", async () => {
    const broken = published[1];
    const before = await t.db.selectFrom("public_cases").select("content").where("id", "=", broken).executeTakeFirstOrThrow();
    await t.db.updateTable("public_cases").set({ content: '{"kindergarten": 1}' }).where("id", "=", broken).execute();
    try {
      expect((await publishedCasesPage(t.db, {}, null, 100)).cases.map((c) => c.id)).toEqual(published.filter((id) => id !== broken));
      expect(await publicCaseById(t.db, broken)).toBeNull();
    } finally {
      await t.db.updateTable("public_cases").set({ content: before.content }).where("id", "=", broken).execute();
    }
  });
});

describe("publicCaseById", () => {
  it("gives a withdrawn case's day (Asia/Shanghai) and reason, never content", async () => {
    expect(await publicCaseById(t.db, withdrawn)).toEqual({ status: "withdrawn", id: withdrawn, withdrawnOn: "2026-02-02", reason: "overturned" });
  });

  it("asks the database nothing for an id of the wrong shape", async () => {
    const untouchable = new Proxy({}, { get: () => { throw new Error("the database was asked"); } }) as DB;
    for (const id of ["", "\u0000", "x".repeat(27), published[0].toLowerCase(), `${published[0]} `]) expect(await publicCaseById(untouchable, id)).toBeNull();
  });
});

describe("bulk reading", () => {
  it("yields every published case in chunks of the size asked", async () => {
    const chunks: string[][] = [];
    for await (const chunk of publishedCaseChunks(t.db, {}, 2)) chunks.push(chunk.map((c) => c.id));
    expect(chunks.map((c) => c.length)).toEqual([2, 2, 1]);
    expect(chunks.flat()).toEqual(published);
  });

  it("has a version that moves when a case is published or withdrawn", async () => {
    const before = await publishedCasesVersion(t.db);
    const kg = await t.db.selectFrom("kindergartens").select("id").executeTakeFirstOrThrow();
    const added = await insertPublicCase(t.db, kg.id, { publishedAt: "2026-09-01T02:00:00.000Z" });
    const afterPublishing = await publishedCasesVersion(t.db);
    expect(afterPublishing).not.toBe(before);
    await t.db.updateTable("public_cases").set({ status: "withdrawn", content: null, withdrawn_at: "2026-09-02T02:00:00.000Z", updated_at: "2026-09-02T02:00:00.000Z" }).where("id", "=", added).execute();
    expect(await publishedCasesVersion(t.db)).toBe(before);
    await t.db.deleteFrom("public_cases").where("id", "=", added).execute();
  });
});
