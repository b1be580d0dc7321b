/**
 * The officers' case queue and case page: order, keyset pagination and
 * regional scope, on a real database (SQLite by default, Postgres with
 * TEST_DB=pg). Cases are inserted directly so each one's sort position is
 * stated here.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, getCaseForActor, listCaseQueue } from "~/domain/cases/case.queries.server";
import type { Actor } from "~/domain/users/actor";
import type { DB } from "~/db/client";
import type { Severity } from "~/db/schema";
import {
  createActor,
  createKindergarten,
  HAISHU,
  HANGZHOU,
  insertBareFiling,
  insertCase,
  JIANGBEI,
  NINGBO,
  PROVINCE,
  seedReferenceData,
  XIHU,
  YINZHOU,
} from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let db: DB;

/**
 * The fixture, by label. Ids are `case_<label>` so ties on severity and due
 * date are broken by label; rows are inserted in a shuffled order.
 */
const FIXTURE: Record<string, { severity: Severity; due: string; region: string; status?: "open" | "in_progress" | "closed" }> = {
  a: { severity: "red", due: "2026-10-20", region: HAISHU },
  b: { severity: "red", due: "2026-10-20", region: JIANGBEI },
  c: { severity: "red", due: "2026-10-27", region: YINZHOU },
  d: { severity: "amber", due: "2026-10-15", region: HAISHU }, // earliest due, but amber: after every red
  e: { severity: "amber", due: "2026-10-27", region: JIANGBEI, status: "in_progress" },
  f: { severity: "amber", due: "2026-11-03", region: YINZHOU },
  g: { severity: "red", due: "2026-10-22", region: XIHU }, // 杭州: outside Ningbo
  x: { severity: "red", due: "2026-10-01", region: HAISHU, status: "closed" },
};
/** severity desc, due date asc, id asc; closed cases excluded. */
const ALL_ORDER = ["a", "b", "g", "c", "d", "e", "f"];
const NINGBO_ORDER = ["a", "b", "c", "d", "e", "f"];

const id = (label: string) => `case_${label}`;
const labels = (cases: Array<{ id: string }>) => cases.map((c) => c.id.replace(/^case_/, ""));

let kgByRegion: Map<string, string>;
let admin: Actor;
let cityOfficer: Actor;
let provinceOfficer: Actor;
let haishuOfficer: Actor;
let jiangbeiOfficer: Actor;
let hangzhouOfficer: Actor;
let haishuOperator: Actor;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  kgByRegion = new Map();
  for (const region of [HAISHU, JIANGBEI, YINZHOU, XIHU]) {
    kgByRegion.set(region, (await createKindergarten(db, { region_code: region })).id);
  }
  admin = await createActor(db, "admin");
  cityOfficer = await createActor(db, "officer", { regionCode: NINGBO });
  provinceOfficer = await createActor(db, "officer", { regionCode: PROVINCE });
  haishuOfficer = await createActor(db, "officer", { regionCode: HAISHU });
  jiangbeiOfficer = await createActor(db, "officer", { regionCode: JIANGBEI });
  hangzhouOfficer = await createActor(db, "officer", { regionCode: HANGZHOU });
  haishuOperator = await createActor(db, "operator", { regionCode: HAISHU, kindergartenId: kgByRegion.get(HAISHU)! });

  for (const label of ["f", "x", "c", "b", "g", "e", "a", "d"]) {
    const spec = FIXTURE[label];
    await insertCase(db, {
      id: id(label),
      kindergartenId: kgByRegion.get(spec.region)!,
      regionCode: spec.region,
      severity: spec.severity,
      dueDate: spec.due,
      status: spec.status,
    });
  }
});

afterAll(async () => {
  await t?.destroy();
});

async function walkQueue(actor: Actor, limit: number, onPage?: (page: number) => Promise<void>) {
  const pages: string[][] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const page: Awaited<ReturnType<typeof listCaseQueue>> = await listCaseQueue({ db, actor, cursor, limit });
    pages.push(labels(page.cases));
    await onPage?.(pages.length);
    cursor = page.nextCursor;
    if (!cursor) return pages;
  }
  throw new Error("the queue did not end");
}

describe("listCaseQueue order and keyset pagination", () => {
  it("orders by severity desc, due date asc, id asc and leaves closed cases out", async () => {
    const { cases, nextCursor } = await listCaseQueue({ db, actor: admin });
    expect(labels(cases)).toEqual(ALL_ORDER);
    expect(nextCursor).toBeNull();
    expect(cases.map((c) => c.status)).not.toContain("closed");
    expect(cases[0]).toMatchObject({ severity: "red", severity_rank: 2, due_date: "2026-10-20", region_name: "海曙区" });
  });

  it("pages of 2 visit every case exactly once, in order", async () => {
    const pages = await walkQueue(admin, 2);
    expect(pages).toEqual([["a", "b"], ["g", "c"], ["d", "e"], ["f"]]);
  });

  it("ends without an empty page when the count is a multiple of the limit", async () => {
    const pages = await walkQueue(cityOfficer, 2);
    expect(pages).toEqual([["a", "b"], ["c", "d"], ["e", "f"]]);
  });

  it("the cursor is stable: a case inserted before it after page 1 is not shown, nothing repeats", async () => {
    const inserted: string[] = [];
    const pages = await walkQueue(admin, 2, async (page) => {
      if (page !== 1) return;
      // Sorts before everything on page 1 (an offset-paginated queue would now repeat "b").
      await insertCase(db, { id: id("a0"), kindergartenId: kgByRegion.get(HAISHU)!, regionCode: HAISHU, severity: "red", dueDate: "2026-10-01" });
      // Sorts after the cursor, so it is still ahead of the reader.
      await insertCase(db, { id: id("d0"), kindergartenId: kgByRegion.get(HAISHU)!, regionCode: HAISHU, severity: "amber", dueDate: "2026-10-15" });
      inserted.push("a0", "d0");
    });
    try {
      expect(inserted).toEqual(["a0", "d0"]);
      const seen = pages.flat();
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual(["a", "b", "g", "c", "d", "d0", "e", "f"]);
      // The next reader starting afresh sees it first.
      const fresh = await listCaseQueue({ db, actor: admin, limit: 2 });
      expect(labels(fresh.cases)).toEqual(["a0", "a"]);
    } finally {
      await db.deleteFrom("inspection_cases").where("id", "in", [id("a0"), id("d0")]).execute();
    }
  });

  it("a mangled or forged cursor restarts from page 1", async () => {
    const first = await listCaseQueue({ db, actor: admin, limit: 2 });
    const valid = first.nextCursor!;
    expect(decodeCursor(valid)).toEqual({ rank: 2, due: "2026-10-20", id: id("b") });
    const mangled = [
      "not a cursor!",
      valid.slice(0, -3),
      Buffer.from("{}").toString("base64url"),
      Buffer.from("null").toString("base64url"),
      Buffer.from('["2","2026-10-20","case_b"]').toString("base64url"),
      Buffer.from("abc").toString("base64url"),
      "",
    ];
    for (const cursor of mangled) {
      const page = await listCaseQueue({ db, actor: admin, limit: 2, cursor });
      expect(labels(page.cases), `cursor ${JSON.stringify(cursor)}`).toEqual(["a", "b"]);
    }
    // A well-formed cursor still works.
    const second = await listCaseQueue({ db, actor: admin, limit: 2, cursor: encodeCursor({ rank: 2, due: "2026-10-20", id: id("b") }) });
    expect(labels(second.cases)).toEqual(["g", "c"]);
  });
});

describe("scope", () => {
  it("a district officer sees only their district's cases", async () => {
    expect(labels((await listCaseQueue({ db, actor: haishuOfficer })).cases)).toEqual(["a", "d"]);
    expect(labels((await listCaseQueue({ db, actor: jiangbeiOfficer })).cases)).toEqual(["b", "e"]);
  });

  it("a city officer (330200) sees every district of the city and nothing of another city", async () => {
    expect(labels((await listCaseQueue({ db, actor: cityOfficer })).cases)).toEqual(NINGBO_ORDER);
    expect(labels((await listCaseQueue({ db, actor: hangzhouOfficer })).cases)).toEqual(["g"]);
  });

  it("a province officer and the admin see every region", async () => {
    expect(labels((await listCaseQueue({ db, actor: provinceOfficer })).cases)).toEqual(ALL_ORDER);
    expect(labels((await listCaseQueue({ db, actor: admin })).cases)).toEqual(ALL_ORDER);
  });

  it("an operator may not list cases, nor an officer without a region", async () => {
    await expect(listCaseQueue({ db, actor: haishuOperator })).rejects.toThrow(/may not read cases/);
    const homeless: Actor = { ...haishuOfficer, regionCode: null };
    await expect(listCaseQueue({ db, actor: homeless })).rejects.toThrow(/may not read cases/);
  });

  it("getCaseForActor finds a case inside the actor's region and returns null outside it", async () => {
    const found = await getCaseForActor({ db, actor: haishuOfficer, caseId: id("a") });
    expect(found?.case).toMatchObject({ id: id("a"), region_code: HAISHU, severity: "red" });
    expect(found?.case.region_name).toBe("海曙区");

    expect(await getCaseForActor({ db, actor: jiangbeiOfficer, caseId: id("a") })).toBeNull();
    expect(await getCaseForActor({ db, actor: haishuOfficer, caseId: id("b") })).toBeNull();
    expect(await getCaseForActor({ db, actor: cityOfficer, caseId: id("g") })).toBeNull();
    expect((await getCaseForActor({ db, actor: cityOfficer, caseId: id("a") }))?.case.id).toBe(id("a"));
    expect((await getCaseForActor({ db, actor: admin, caseId: id("g") }))?.case.id).toBe(id("g"));
    expect(await getCaseForActor({ db, actor: admin, caseId: "case_missing" })).toBeNull();
  });

  it("getCaseForActor returns null for an operator, even for their own kindergarten's case", async () => {
    expect(await getCaseForActor({ db, actor: haishuOperator, caseId: id("a") })).toBeNull();
  });

  it("getCaseForActor returns the case with its flags, events and items", async () => {
    const kgId = kgByRegion.get(HAISHU)!;
    const filingId = await insertBareFiling(db, kgId, haishuOperator.id);
    await db
      .insertInto("fee_items")
      .values({ id: "item_1", filing_id: filingId, position: 0, code: "CARE_EDU", category: "care_education", name: "保教费", amount_fen: 250000, unit: "month", age_band: "all", description: "" })
      .execute();
    const own = { params: { amberBp: 1000 }, conditions: [], details: { increaseBp: 2500 } };
    const text = { title: { zh: "涨幅", en: "Increase" }, message: { zh: "涨幅过大", en: "Increase too large" }, legalBasis: [{ document: "《中华人民共和国学前教育法》" }] };
    const outcome = { ruleId: "R04", version: 1, fired: true, severity: "red", ...text, ...own };
    const at = "2026-09-29T17:30:00.000Z";
    await db
      .insertInto("rule_texts")
      .values(["R04", "R03"].map((ruleId) => ({ rule_id: ruleId, version: 1, title: JSON.stringify(text.title), message: JSON.stringify(text.message), legal_basis: JSON.stringify(text.legalBasis), recorded_at: at })))
      .onConflict((oc) => oc.doNothing())
      .execute();
    await db
      .insertInto("rule_results")
      .values([
        { filing_id: filingId, rule_id: "R04", rule_version: 1, severity: "red", explanation: JSON.stringify(own), evaluated_at: at },
        { filing_id: filingId, rule_id: "R03", rule_version: 1, severity: "amber", explanation: JSON.stringify({ params: {}, conditions: [], details: {} }), evaluated_at: at },
      ])
      .execute();
    const caseId = await insertCase(db, { id: id("h"), kindergartenId: kgId, regionCode: HAISHU, severity: "red", dueDate: "2026-10-27", filingId, term: "2027-autumn" });
    await db
      .insertInto("case_events")
      .values({ id: "ev_1", case_id: caseId, kind: "opened", actor_id: null, payload: JSON.stringify({ severity: "red" }), created_at: "2026-09-29T17:30:00.000Z" })
      .execute();
    try {
      const found = await getCaseForActor({ db, actor: haishuOfficer, caseId });
      expect(found).not.toBeNull();
      expect(found!.flags.map((f) => [f.rule_id, f.outcome])).toEqual([["R04", outcome]]); // only the case's own rule
      expect(found!.events.map((e) => [e.kind, e.payload])).toEqual([["opened", { severity: "red" }]]);
      expect(found!.items).toEqual([
        { code: "CARE_EDU", name: "保教费", category: "care_education", amount_fen: 250000, unit: "month", age_band: "all", description: "" },
      ]);
    } finally {
      await db.deleteFrom("case_events").where("case_id", "=", caseId).execute();
      await db.deleteFrom("inspection_cases").where("id", "=", caseId).execute();
      await db.deleteFrom("rule_results").where("filing_id", "=", filingId).execute();
      await db.deleteFrom("rule_texts").execute();
    }
  });
});

describe("closed cases", () => {
  it("are not in anyone's queue", async () => {
    for (const actor of [admin, provinceOfficer, cityOfficer, haishuOfficer]) {
      const pages = await walkQueue(actor, 2);
      expect(pages.flat()).not.toContain("x");
    }
  });

  it("leave the queue when a case is closed, and come back when it is reopened", async () => {
    await db.updateTable("inspection_cases").set({ status: "closed" }).where("id", "=", id("a")).execute();
    try {
      expect(labels((await listCaseQueue({ db, actor: haishuOfficer })).cases)).toEqual(["d"]);
    } finally {
      await db.updateTable("inspection_cases").set({ status: "open" }).where("id", "=", id("a")).execute();
    }
    expect(labels((await listCaseQueue({ db, actor: haishuOfficer })).cases)).toEqual(["a", "d"]);
  });
});
