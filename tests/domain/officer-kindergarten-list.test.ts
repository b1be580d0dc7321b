/**
 * The officers' list of kindergartens (listKindergartensInScope): the actor's region only, by region, name and id,
 * in keyset pages that visit every kindergarten once; by part of a name or a whole USCC; narrowed by nature and
 * status; a forged cursor reads as the first page.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { computeUsccCheckChar } from "~/domain/kindergartens/uscc";
import { listKindergartensInScope, type KindergartenListFilters } from "~/domain/rules-config/rule-library.server";
import type { Actor } from "~/domain/users/actor";
import { createActor, createKindergarten, HAISHU, JIANGBEI, NINGBO, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;
let haishu: Actor;
let jiangbei: Actor;
let city: Actor;
const names = ["甲", "乙", "丙", "丁", "戊", "己", "庚"].map((c) => `宁波市海曙区${c}幼儿园`);

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  for (const [i, name] of names.entries()) {
    await createKindergarten(db, { name, nature: i % 2 === 0 ? "inclusive_private" : "forprofit_private", status: i === 6 ? "closed" : "active" });
  }
  await createKindergarten(db, { name: "宁波市江北区甲幼儿园", region_code: JIANGBEI });
  haishu = await createActor(db, "officer", { regionCode: HAISHU });
  jiangbei = await createActor(db, "officer", { regionCode: JIANGBEI });
  city = await createActor(db, "officer", { regionCode: NINGBO });
});

afterAll(async () => {
  await t?.destroy();
});

async function walk(actor: Actor, filters: KindergartenListFilters = {}): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | undefined;
  for (;;) {
    const { rows, next } = await listKindergartensInScope({ db, actor, filters: { ...filters, after }, pageSize: 3 });
    pages.push(rows.map((r) => r.approved_name));
    if (!next) return pages;
    after = next;
  }
}

it("pages a district's kindergartens by name, each once, and nothing of another district", async () => {
  const pages = await walk(haishu);
  expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
  expect(pages.flat()).toEqual([...names].sort());
  expect((await walk(jiangbei)).flat()).toEqual(["宁波市江北区甲幼儿园"]);
  expect((await walk(city)).flat()).toHaveLength(8);
});

it("finds by part of a name or a whole USCC, and narrows by nature and status", async () => {
  expect((await walk(haishu, { q: "丙" })).flat()).toEqual(["宁波市海曙区丙幼儿园"]);
  const body = "52330203MJC000077";
  const uscc = body + computeUsccCheckChar(body);
  await db.updateTable("kindergartens").set({ uscc }).where("approved_name", "=", names[3]!).execute();
  expect((await walk(haishu, { q: ` ${uscc.toLowerCase().replace(/(.{6})/, "$1-")} ` })).flat()).toEqual([names[3]]);
  expect((await walk(haishu, { nature: "forprofit_private" })).flat()).toEqual([names[1], names[3], names[5]].sort());
  expect((await walk(haishu, { status: "closed" })).flat()).toEqual([names[6]]);
  expect((await walk(jiangbei, { q: "海曙" })).flat()).toEqual([]);
});

it("reads a forged or mangled cursor as the first page", async () => {
  const first = await listKindergartensInScope({ db, actor: haishu, filters: {}, pageSize: 3 });
  for (const after of ["garbage", Buffer.from(JSON.stringify([1, 2])).toString("base64url"), Buffer.from("[\"x\"]").toString("base64url")]) {
    expect((await listKindergartensInScope({ db, actor: haishu, filters: { after }, pageSize: 3 })).rows).toEqual(first.rows);
  }
});
