/**
 * The officers' case queue (app/domain/cases/case-queue.server.ts) on a real
 * database (SQLite by default, Postgres with TEST_DB=pg): the four orders and
 * keyset pages across them, every filter (the URL's parameters read by
 * case-queue.schema.ts), the name and USCC search, the counts of the tabs and
 * chips, the regional scope (another district's cases never appear), "due
 * within N working days" across the National Day holiday; the search as
 * officers type it (full-width, lower case, spaces); "overdue" with "due
 * within" (either, reported as a conflict) and every other pair no case can meet
 * (one left out, reported); names in traditional characters; decided and closed cases after the
 * live ones, latest settled first, across keyset pages; the decision the
 * exports read; and the case page's read (getCaseForActor). Cases are
 * inserted directly so each one's place is stated here.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getCaseForActor } from "~/domain/cases/case.queries.server";
import { caseExportChunks, caseQueue, decodeQueueCursor, encodeQueueCursor, forgetQueueCounts } from "~/domain/cases/case-queue.server";
import { decidedDays, DEFAULT_FILTERS, filterKey, isNarrowed, queueSearch, quickView, readQueueQuery, type CaseQueueFilters, type PageSize, type QueueSort } from "~/domain/cases/case-queue.schema";
import { COMPLAINT_CASE_RULE, COMPLAINT_CLUSTER_RULE, SPOT_CHECK_CASE_RULE, sourceOfRule } from "~/domain/cases/case-sources";
import type { Actor } from "~/domain/users/actor";
import type { DB } from "~/db/client";
import type { CaseSource, CaseStatus, Severity } from "~/db/schema";
import {
  createActor,
  createKindergarten,
  HAISHU,
  HANGZHOU,
  insertBareFiling,
  insertCase,
  insertCaseEvent,
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
/** Today for every query: Tuesday 2026-09-29, two days before the National Day holiday (10-01 … 10-07). */
const NOW = new Date("2026-09-29T02:00:00.000Z");

interface Spec {
  severity: Severity;
  due: string;
  region: string;
  status?: CaseStatus;
  source?: CaseSource;
  rule?: string;
  term?: string;
  opened?: string;
  updated?: string;
  assignee?: "haishu" | "haishu2";
  escalated?: boolean;
  /** The assignee asked to extend the verification clock; no lead has answered. */
  extension?: boolean;
  overdue?: boolean;
  /** The kindergarten: "kg" (默认 of its region, for-profit), "sun" (阳光, public, Haishu). */
  kg?: "sun";
}

/**
 * The fixture, by label. Ids are `case_<label>` so ties are broken by label;
 * rows are inserted in a shuffled order.
 */
const FIXTURE: Record<string, Spec> = {
  a: { severity: "red", due: "2026-10-20", region: HAISHU, opened: "2026-09-01", updated: "2026-09-20", assignee: "haishu", term: "2026-autumn" },
  b: { severity: "red", due: "2026-10-20", region: JIANGBEI, opened: "2026-09-02", updated: "2026-09-10" },
  c: { severity: "red", due: "2026-10-27", region: YINZHOU, opened: "2026-09-03", updated: "2026-09-11", source: "complaint", rule: "COMPLAINT" },
  d: { severity: "amber", due: "2026-09-25", region: HAISHU, opened: "2026-09-04", updated: "2026-09-28", overdue: true, escalated: true, kg: "sun" },
  e: { severity: "amber", due: "2026-10-08", region: JIANGBEI, status: "in_progress", opened: "2026-09-05", updated: "2026-09-12", assignee: "haishu2", extension: true },
  f: { severity: "amber", due: "2026-11-03", region: YINZHOU, opened: "2026-09-06", updated: "2026-09-13", source: "spot_check", rule: "SPOT_CHECK" },
  g: { severity: "red", due: "2026-10-22", region: XIHU, opened: "2026-09-07", updated: "2026-09-14" }, // 杭州: outside Ningbo
  h: { severity: "info", due: "2026-10-09", region: HAISHU, status: "awaiting_answer", opened: "2026-09-08", updated: "2026-09-15", kg: "sun", rule: "R03" },
  x: { severity: "red", due: "2026-10-01", region: HAISHU, status: "closed", opened: "2026-08-01", updated: "2026-09-01" },
};
/** Priority: severity desc, due date asc, id asc; closed cases left out by default. */
const ALL_ORDER = ["a", "b", "g", "c", "d", "e", "f", "h"];
const NINGBO_ORDER = ["a", "b", "c", "d", "e", "f", "h"];

const id = (label: string) => `case_${label}`;
const labels = (rows: Array<{ id: string }>) => rows.map((c) => c.id.replace(/^case_/, ""));
const view = (search = "", changes: Partial<CaseQueueFilters> = {}): CaseQueueFilters => ({ ...readQueueQuery(new URLSearchParams(search)).filters, ...changes });

let kgByRegion: Map<string, string>;
let sunKg: { id: string; uscc: string };
let admin: Actor;
let cityOfficer: Actor;
let provinceOfficer: Actor;
let haishuOfficer: Actor;
let haishuColleague: Actor;
let jiangbeiOfficer: Actor;
let hangzhouOfficer: Actor;
let haishuOperator: Actor;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  await seedReferenceData(db);
  kgByRegion = new Map();
  for (const region of [HAISHU, JIANGBEI, YINZHOU, XIHU]) {
    kgByRegion.set(region, (await createKindergarten(db, { region_code: region, name: `默认幼儿园${region}` })).id);
  }
  const sun = await createKindergarten(db, { region_code: HAISHU, name: "海曙区阳光幼儿园", nameInUse: "阳光宝贝幼儿园", nature: "public" });
  sunKg = { id: sun.id, uscc: "52330203MJ1234567X" };
  await db.updateTable("kindergartens").set({ uscc: sunKg.uscc }).where("id", "=", sun.id).execute();
  admin = await createActor(db, "admin");
  cityOfficer = await createActor(db, "officer", { regionCode: NINGBO });
  provinceOfficer = await createActor(db, "officer", { regionCode: PROVINCE });
  haishuOfficer = await createActor(db, "officer", { regionCode: HAISHU });
  haishuColleague = await createActor(db, "officer", { regionCode: HAISHU });
  jiangbeiOfficer = await createActor(db, "officer", { regionCode: JIANGBEI });
  hangzhouOfficer = await createActor(db, "officer", { regionCode: HANGZHOU });
  haishuOperator = await createActor(db, "operator", { regionCode: HAISHU, kindergartenId: kgByRegion.get(HAISHU)! });

  for (const label of ["f", "x", "c", "h", "b", "g", "e", "a", "d"]) {
    const spec = FIXTURE[label];
    await insertCase(db, {
      id: id(label),
      kindergartenId: spec.kg === "sun" ? sunKg.id : kgByRegion.get(spec.region)!,
      regionCode: spec.region,
      severity: spec.severity,
      dueDate: spec.due,
      status: spec.status,
      source: spec.source,
      ruleId: spec.rule,
      term: spec.term,
      openedAt: spec.opened ? `${spec.opened}T01:00:00.000Z` : undefined,
      updatedAt: spec.updated ? `${spec.updated}T01:00:00.000Z` : undefined,
      assignedTo: spec.assignee === "haishu" ? haishuOfficer.id : spec.assignee === "haishu2" ? haishuColleague.id : null,
      escalatedAt: spec.escalated ? "2026-09-26T01:00:00.000Z" : null,
      dueState: spec.overdue ? "overdue" : "ok",
    });
    if (spec.extension) await db.updateTable("inspection_cases").set({ extension_requested_at: "2026-09-12T01:00:00.000Z" }).where("id", "=", id(label)).execute();
  }
});

afterAll(async () => {
  await t?.destroy();
});

beforeEach(() => forgetQueueCounts());

async function page(actor: Actor, filters: CaseQueueFilters) {
  const queue = await caseQueue(db, actor, filters, NOW);
  if (!queue) throw new Error("no queue");
  return queue;
}

async function walk(actor: Actor, filters: CaseQueueFilters, size: number) {
  const pages: string[][] = [];
  let after = filters.after;
  for (let guard = 0; guard < 50; guard++) {
    const q = await page(actor, { ...filters, size: size as PageSize, after });
    pages.push(labels(q.rows));
    if (!q.next) return pages;
    after = q.next;
  }
  throw new Error("the queue did not end");
}

/**
 * Walks a view forward to its last page, then back along each page's previous-page cursor (`before`) to the first:
 * every page backwards must be the page the forward walk showed there, its next page the forward walk's next, and
 * only the first page has no previous page (nor a "first page" link).
 */
async function walkBothWays(actor: Actor, filters: CaseQueueFilters, size: number): Promise<string[][]> {
  const sized = { ...filters, size: size as PageSize, after: undefined, before: undefined };
  const forward: Array<{ rows: string[]; next: string | null }> = [];
  let at = await page(actor, sized);
  expect([at.prev, at.firstPage], "the first page").toEqual([null, true]);
  for (let guard = 0; ; guard++) {
    if (guard > 50) throw new Error("the queue did not end");
    forward.push({ rows: labels(at.rows), next: at.next });
    if (!at.next) break;
    at = await page(actor, { ...sized, after: at.next });
    // A page after a row has a previous page, and is not the first.
    expect([at.prev !== null, at.firstPage], `page ${forward.length + 1}`).toEqual([true, false]);
  }
  for (let i = forward.length - 2; i >= 0; i--) {
    expect(at.prev, `page ${i + 2}'s previous page`).not.toBeNull();
    at = await page(actor, { ...sized, before: at.prev! });
    expect(labels(at.rows), `page ${i + 1}, backwards`).toEqual(forward[i].rows);
    expect([at.prev === null, at.firstPage], `page ${i + 1}, backwards: the first?`).toEqual([i === 0, i === 0]);
    // Its next page, forwards again, is the one the forward walk showed after it.
    expect(at.next, `page ${i + 1}, backwards: a next page`).not.toBeNull();
    expect(labels((await page(actor, { ...sized, after: at.next! })).rows), `page ${i + 2}, forwards from backwards`).toEqual(forward[i + 1].rows);
  }
  return forward.map((p) => p.rows);
}

/** Every row an export of the view holds, chunk after chunk. */
async function exported(actor: Actor, filters: CaseQueueFilters) {
  const result = await caseExportChunks(db, actor, filters, NOW);
  if (!result.ok) throw new Error(`export refused: ${result.kind}`);
  const rows = [];
  for await (const chunk of result.chunks) rows.push(...chunk);
  return rows;
}

describe("orders and keyset pages", () => {
  it("orders by severity desc, due date asc, id asc by default and leaves closed cases out", async () => {
    const q = await page(admin, view());
    expect(labels(q.rows)).toEqual(ALL_ORDER);
    expect(q.next).toBeNull();
    expect(q.rows[0]).toMatchObject({ severity: "red", regionName: "海曙区", ruleId: "R04", term: "2026-autumn", assigneeName: haishuOfficer.displayName, source: "rule" });
  });

  const orders: Record<QueueSort, string[]> = {
    priority: ALL_ORDER,
    due: ["d", "e", "h", "a", "b", "g", "c", "f"],
    opened: ["h", "g", "f", "e", "d", "c", "b", "a"],
    updated: ["d", "a", "h", "g", "f", "e", "c", "b"],
  };
  for (const [sort, order] of Object.entries(orders) as Array<[QueueSort, string[]]>) {
    it(`sort=${sort}: pages of 3 visit every case once, in order`, async () => {
      const pages = await walk(admin, view(`sort=${sort}`), 3);
      expect(pages.flat()).toEqual(order);
      expect(pages.map((p) => p.length)).toEqual([3, 3, 2]);
    });
  }

  it("ends without an empty page when the count is a multiple of the page size", async () => {
    const pages = await walk(cityOfficer, view("state=all"), 4);
    // Closed x has no clock running: it comes after the live cases (by when it was settled), not by its stale due date.
    expect(pages).toEqual([["a", "b", "c", "d"], ["e", "f", "h", "x"]]);
  });

  it("a case inserted before the cursor after page 1 is not shown and nothing repeats", async () => {
    const first = await page(admin, view("", { size: 2 as PageSize }));
    await insertCase(db, { id: id("a0"), kindergartenId: kgByRegion.get(HAISHU)!, regionCode: HAISHU, severity: "red", dueDate: "2026-10-01" });
    try {
      const rest = await walk(admin, view("", { after: first.next! }), 3);
      expect([...labels(first.rows), ...rest.flat()]).toEqual(ALL_ORDER);
      expect(labels((await page(admin, view("", { size: 2 as PageSize }))).rows)).toEqual(["a0", "a"]);
    } finally {
      await db.deleteFrom("inspection_cases").where("id", "=", id("a0")).execute();
    }
  });

  for (const sort of ["priority", "due", "opened", "updated"] as const) {
    it(`sort=${sort}: the previous pages, keyset backwards, are the pages the forward walk showed, for everyone, a province, a city and a district`, async () => {
      for (const [who, actor] of [["admin", admin], ["province", provinceOfficer], ["city", cityOfficer], ["district", haishuOfficer]] as const) {
        for (const search of [`sort=${sort}`, `sort=${sort}&state=all`, `sort=${sort}&severity=red&state=all`, `sort=${sort}&source=rule`, `sort=${sort}&within=20`]) {
          for (const size of [1, 2, 3]) {
            const pages = await walkBothWays(actor, view(search), size);
            expect(pages.flat(), `${who} ?${search} size ${size}`).toEqual((await walk(actor, view(search), 100)).flat());
          }
        }
      }
    });
  }

  it("walks back the views that look up a few cases first: a search, an assignee, a nature, a city's district", async () => {
    for (const search of ["q=%E9%BB%98%E8%AE%A4&state=all", "assignee=none&sort=due", "nature=forprofit_private&sort=updated", `district=${HAISHU}&state=all`, `city=${NINGBO}&sort=opened`]) {
      for (const actor of [admin, cityOfficer]) {
        const pages = await walkBothWays(actor, view(search), 2);
        expect(pages.length, search).toBeGreaterThan(1);
      }
    }
  });

  it("a previous page that reaches the beginning is the first page as it reads now: full, though a case before was closed meanwhile", async () => {
    const first = await page(admin, view("", { size: 3 as PageSize }));
    const second = await page(admin, view("", { size: 3 as PageSize, after: first.next! }));
    expect(labels(second.rows)).toEqual(["c", "d", "e"]);
    await db.updateTable("inspection_cases").set({ status: "closed" }).where("id", "=", id("b")).execute();
    try {
      // Two cases are left before c: the beginning; the first page is read as it is now, c included.
      const back = await page(admin, view("", { size: 3 as PageSize, before: second.prev! }));
      expect([labels(back.rows), back.prev, back.firstPage]).toEqual([["a", "g", "c"], null, true]);
    } finally {
      await db.updateTable("inspection_cases").set({ status: "open" }).where("id", "=", id("b")).execute();
    }
    // A case opened before the cursor meanwhile is on the previous page, as the forward walk would now show it.
    await insertCase(db, { id: id("a0"), kindergartenId: kgByRegion.get(HAISHU)!, regionCode: HAISHU, severity: "red", dueDate: "2026-10-01" });
    try {
      const back = await page(admin, view("", { size: 3 as PageSize, before: second.prev! }));
      expect([labels(back.rows), back.firstPage]).toEqual([["a", "b", "g"], false]);
      expect(labels((await page(admin, view("", { size: 3 as PageSize, before: back.prev! }))).rows)).toEqual(["a0", "a", "b"]);
    } finally {
      await db.deleteFrom("inspection_cases").where("id", "=", id("a0")).execute();
    }
  });

  it("a previous-page cursor of another sort, a forged or a mangled one is the first page; with a next-page cursor, it is ignored and named", async () => {
    const first = await page(admin, view("", { size: 2 as PageSize }));
    const second = await page(admin, view("", { size: 2 as PageSize, after: first.next! }));
    const dueCursor = encodeQueueCursor("due", ["2026-10-08", id("e")]);
    for (const before of [dueCursor, "not a cursor", second.prev!.slice(0, -3), Buffer.from('["priority","2","x","y"]').toString("base64url"), Buffer.from("null").toString("base64url")]) {
      const q = await page(admin, view("", { size: 2 as PageSize, before }));
      expect([labels(q.rows), q.prev, q.firstPage], before).toEqual([["a", "b"], null, true]);
    }
    const both = readQueueQuery(new URLSearchParams(`after=${first.next}&before=${second.prev}`));
    expect([both.filters.after, both.filters.before, both.ignored]).toEqual([first.next, undefined, ["before"]]);
    expect(readQueueQuery(new URLSearchParams("before=%%%")).ignored).toEqual(["before"]);
    expect(readQueueQuery(new URLSearchParams(`before=${"A".repeat(301)}`)).ignored).toEqual(["before"]);
    // The cursors narrow nothing and name no count: a page backwards is counted (and kept) as the view is.
    expect(isNarrowed(view(`before=${second.prev}`))).toBe(false);
    expect(filterKey(view(`before=${second.prev}&sort=due`))).toBe(filterKey(view()));
    expect(queueSearch(view(`before=${second.prev}&severity=red`))).toBe("?severity=red");
    expect(queueSearch(view("severity=red"), { before: "xyz" })).toBe("?severity=red&before=xyz");
  });

  it("a cursor of another sort, a forged or a mangled one restarts from the first page", async () => {
    const first = await page(admin, view("", { size: 2 as PageSize }));
    expect(decodeQueueCursor("priority", first.next!)).toEqual([2, "2026-10-20", id("b")]);
    const dueCursor = encodeQueueCursor("due", ["2026-10-08", id("e")]);
    for (const after of [dueCursor, "not a cursor", first.next!.slice(0, -3), Buffer.from('["priority","2","x","y"]').toString("base64url"), Buffer.from("null").toString("base64url")]) {
      const q = await page(admin, view("", { size: 2 as PageSize, after }));
      expect(labels(q.rows), after).toEqual(["a", "b"]);
    }
    expect(labels((await page(admin, view("sort=due", { size: 2 as PageSize, after: dueCursor }))).rows)).toEqual(["h", "a"]);
  });
});

describe("filters", () => {
  const cases: Array<[string, string[]]> = [
    ["state=pending", ["a", "b", "g", "c", "d", "f"]],
    ["state=in_progress", ["e"]],
    ["state=awaiting_answer", ["h"]],
    ["state=closed", ["x"]],
    ["state=all", ["a", "b", "g", "c", "d", "e", "f", "h", "x"]],
    ["severity=amber", ["d", "e", "f"]],
    ["severity=info", ["h"]],
    ["rule=COMPLAINT", ["c"]],
    ["rule=SPOT_CHECK", ["f"]],
    ["rule=R03", ["h"]],
    ["source=complaint", ["c"]],
    ["source=spot_check", ["f"]],
    ["overdue=1", ["d"]],
    ["escalated=1", ["d"]],
    ["extension=1", ["e"]],
    ["term=2026-autumn", ["a"]],
    ["nature=public", ["d", "h"]],
    ["assignee=none", ["b", "g", "c", "d", "f", "h"]],
    ["q=阳光", ["d", "h"]],
    ["q=海曙区阳光", ["d", "h"]],
    ["q=不存在的园", []],
    ["q=%25", []],
    ["severity=red&source=rule&assignee=none", ["b", "g"]],
  ];
  for (const [search, expected] of cases) {
    it(`?${search}`, async () => {
      expect(labels((await page(admin, view(search))).rows)).toEqual(expected);
    });
  }

  it("assignee=me, assignee=<id>", async () => {
    expect(labels((await page(haishuOfficer, view("assignee=me"))).rows)).toEqual(["a"]);
    expect(labels((await page(cityOfficer, view(`assignee=${haishuColleague.id}`))).rows)).toEqual(["e"]);
  });

  it("q as an exact USCC (any case)", async () => {
    expect(labels((await page(admin, view(`q=${sunKg.uscc.toLowerCase()}`))).rows)).toEqual(["d", "h"]);
  });

  it("within=N counts working days: across the National Day holiday, 2 working days from 09-29 reach 10-08", async () => {
    expect(labels((await page(admin, view("within=1"))).rows)).toEqual([]);
    // e is due 10-08 (the second working day after 09-29: 09-30, then 10-08); h on 10-09 is the third.
    expect(labels((await page(admin, view("within=2"))).rows)).toEqual(["e"]);
    expect(labels((await page(admin, view("within=3"))).rows)).toEqual(["e", "h"]);
    // Overdue cases (d, due 09-25) are not "due within".
    expect(labels((await page(admin, view("within=60"))).rows)).toEqual(["a", "b", "g", "c", "e", "f", "h"]);
  });

  it("reads bad parameters as not given and names them", () => {
    const { filters, ignored } = readQueueQuery(new URLSearchParams("state=nope&severity=x&within=61&size=33&rule=../etc&assignee=a%20b&sort=best&after=%%%&overdue=2&q=" + "长".repeat(80) + "&severity=red"));
    expect(ignored.sort()).toEqual(["after", "assignee", "overdue", "rule", "severity", "size", "sort", "state", "within"]);
    expect(filters).toMatchObject({ ...DEFAULT_FILTERS, q: "长".repeat(50) });
    expect(readQueueQuery(new URLSearchParams("state=&q=")).ignored).toEqual([]);
  });

  it("writes a view back as a stable URL with only what differs from the defaults", () => {
    expect(queueSearch(view())).toBe("");
    expect(queueSearch(view("overdue=1&sort=due&state=open&size=50&after=abc"))).toBe("?overdue=1&sort=due");
    expect(queueSearch(view("severity=red"), { state: "closed", after: "xyz" })).toBe("?state=closed&severity=red&after=xyz");
  });
});

describe("rows", () => {
  it("carry the rule's title (the constants for complaint and spot-check cases) and the deadline in working days", async () => {
    const rows = (await page(admin, view())).rows;
    const by = new Map(rows.map((r) => [r.id, r]));
    expect(by.get(id("c"))?.ruleTitle).toEqual({ zh: "投诉举报线索", en: "Lead from a complaint or report" });
    expect(by.get(id("f"))?.ruleTitle).toEqual({ zh: "双随机抽查", en: "Random spot check" });
    expect(by.get(id("e"))?.due).toEqual({ kind: "verify", dueOn: "2026-10-08", unit: "working", daysLeft: 2, estimated: false });
    expect(by.get(id("d"))?.due).toMatchObject({ dueOn: "2026-09-25", daysLeft: -2 });
    expect(by.get(id("d"))?.escalatedAt).not.toBeNull();
  });

  it("count the 90-day decision clock in calendar days, and show no clock for a decided case without one", async () => {
    const kg = kgByRegion.get(HAISHU)!;
    await insertCase(db, { id: id("reg"), kindergartenId: kg, regionCode: HAISHU, severity: "red", dueDate: "2026-10-09", dueKind: "decision", status: "in_progress" });
    await insertCase(db, { id: id("dec"), kindergartenId: kg, regionCode: HAISHU, severity: "red", dueDate: "2026-09-01", dueKind: null, status: "decided" });
    await insertCase(db, { id: id("old"), kindergartenId: kg, regionCode: HAISHU, severity: "red", dueDate: "2026-10-09", dueKind: null, status: "open" });
    try {
      const by = new Map((await page(haishuOfficer, view())).rows.map((r) => [r.id, r]));
      expect(by.get(id("reg"))?.due).toEqual({ kind: "decision", dueOn: "2026-10-09", unit: "calendar", daysLeft: 10, estimated: false });
      expect(by.get(id("dec"))?.due).toBeNull();
      expect(by.get(id("old"))?.due).toEqual({ kind: "verify", dueOn: "2026-10-09", unit: "working", daysLeft: 3, estimated: false });
    } finally {
      await db.deleteFrom("inspection_cases").where("id", "in", [id("reg"), id("dec"), id("old")]).execute();
    }
  });
});

describe("escalation", () => {
  it("is in force while the case is worked: a decided or closed case's escalation is history, not marked, filtered or exported as escalated", async () => {
    const kg = kgByRegion.get(HAISHU)!;
    const escalatedAt = "2026-09-20T01:00:00.000Z";
    // Escalated while overdue, then decided: without an order, with an order waiting for proof (its clock runs), and closed.
    await insertCase(db, { id: id("esc_dec"), kindergartenId: kg, regionCode: HAISHU, severity: "red", dueDate: "2026-09-18", dueKind: null, dueState: "overdue", status: "decided", escalatedAt });
    await insertCase(db, { id: id("esc_ord"), kindergartenId: kg, regionCode: HAISHU, severity: "red", dueDate: "2026-10-30", dueKind: "follow_up", status: "decided", escalatedAt });
    await insertCase(db, { id: id("esc_cls"), kindergartenId: kg, regionCode: HAISHU, severity: "red", dueDate: "2026-09-18", dueKind: null, dueState: "overdue", status: "closed", escalatedAt });
    const settled = [id("esc_dec"), id("esc_ord"), id("esc_cls")];
    try {
      for (const search of ["escalated=1", "state=all&escalated=1", "escalated=1&sort=due", "escalated=1&sort=updated"]) {
        const q = await page(admin, view(search));
        expect(labels(q.rows), search).toEqual(["d"]);
      }
      // The tabs count what their links show: the open and all tabs the one escalation in force.
      expect((await page(admin, view("escalated=1"))).counts.byTab).toMatchObject({ open: 1, all: 1 });
      const rows = (await page(admin, view("state=all"))).rows;
      const by = new Map(rows.map((r) => [r.id, r]));
      for (const caseId of settled) expect(by.get(caseId)?.escalatedAt, caseId).toBeNull();
      expect(by.get(id("d"))?.escalatedAt).toBe("2026-09-26T01:00:00.000Z");
      expect(labels(await exported(admin, view("state=all&escalated=1")))).toEqual(["d"]);
    } finally {
      await db.deleteFrom("inspection_cases").where("id", "in", settled).execute();
    }
  });
});

/** The tabs of one case state each (the state "open" is the tab "pending"). */
const byStatus = (c: { byTab: Record<string, number> }) => ({
  open: c.byTab.pending,
  in_progress: c.byTab.in_progress,
  awaiting_answer: c.byTab.awaiting_answer,
  answered: c.byTab.answered,
  decided: c.byTab.decided,
  closed: c.byTab.closed,
});

describe("counts", () => {
  it("count each state under every other filter, each severity under every other filter, and the scope's clocks", async () => {
    const q = await page(cityOfficer, view());
    expect(byStatus(q.counts)).toEqual({ open: 5, in_progress: 1, awaiting_answer: 1, answered: 0, decided: 0, closed: 1 });
    expect(q.counts.bySeverity).toEqual({ red: 3, amber: 3, info: 1 });
    expect(q.counts.overdue).toBe(1);
    const red = await page(cityOfficer, view("severity=red&state=closed"));
    expect(byStatus(red.counts)).toEqual({ open: 3, in_progress: 0, awaiting_answer: 0, answered: 0, decided: 0, closed: 1 });
    expect(red.counts.bySeverity).toEqual({ red: 1, amber: 0, info: 0 });
    expect(labels(red.rows)).toEqual(["x"]);
    // Filters narrow the tabs and chips, and the figures too: each counts the view its link opens (quickView), the
    // search and filters kept. d, the one overdue case, comes from a rule, not a complaint; on the closed tab the
    // figures count the unfinished cases, as their links open them.
    const complaint = await page(cityOfficer, view("source=complaint"));
    expect(complaint.counts.byTab.pending).toBe(1);
    expect(complaint.counts.overdue).toBe(0);
    expect((await page(cityOfficer, view("source=rule"))).counts.overdue).toBe(1);
    expect((await page(cityOfficer, view("source=complaint&overdue=1"))).rows).toEqual([]);
    expect(red.counts.overdue).toBe(0);
    expect((await page(cityOfficer, view("severity=amber&state=closed"))).counts.overdue).toBe(1);
  });

  it("count in each figure the cases of the view its link opens, for every view and tab", async () => {
    const searches = ["", "q=阳光", "severity=amber", "state=closed", "state=pending", "state=in_progress", "assignee=me", "source=complaint", "overdue=1", "within=3", "overdue=1&within=10"];
    const seen = { overdue: 0, dueSoon: 0 };
    for (const search of searches) {
      const q = await page(haishuOfficer, view(search));
      seen.overdue += q.counts.overdue;
      seen.dueSoon += q.counts.dueSoon;
      for (const [quick, figure] of [["overdue", q.counts.overdue], ["dueSoon", q.counts.dueSoon]] as const) {
        const { filters: opened, current } = quickView(q.filters, quick);
        // A current figure's link takes its filter off: the figure is the view's own count then.
        const counted = current ? q.total : (await page(haishuOfficer, opened)).total;
        expect(figure, `${search} ${quick}`).toBe(counted);
      }
    }
    // Haishu's d is overdue, and h (due 2026-10-09, after the National Day holiday) within 3 working days of NOW.
    expect(seen.overdue).toBeGreaterThan(0);
    expect(seen.dueSoon).toBeGreaterThan(0);
  });

  it("are kept while the scope's cases are unchanged, and count a write at once", async () => {
    const before = await page(haishuOfficer, view());
    const haishuVersion = () => db.selectFrom("case_read_versions").select("version").where("region_code", "=", HAISHU).executeTakeFirstOrThrow();
    const { version } = await haishuVersion();
    await insertCase(db, { id: id("new"), kindergartenId: kgByRegion.get(HAISHU)!, regionCode: HAISHU, severity: "red", dueDate: "2026-10-30" });
    try {
      // The write moved the district's version: counted at once, as the rows are.
      const written = (await haishuVersion()).version;
      expect(Number(written)).toBeGreaterThan(Number(version));
      const counted = await page(haishuOfficer, view());
      expect(counted.counts.byTab.pending).toBe(before.counts.byTab.pending + 1);
      expect(labels(counted.rows)).toContain("new");
      // Under the version they were counted at, the counts are kept (a write that did not move it would not show).
      await db.updateTable("case_read_versions").set({ version }).where("region_code", "=", HAISHU).execute();
      expect((await page(haishuOfficer, view())).counts.byTab.pending).toBe(before.counts.byTab.pending);
      await db.updateTable("case_read_versions").set({ version: written }).where("region_code", "=", HAISHU).execute();
    } finally {
      await db.deleteFrom("inspection_cases").where("id", "=", id("new")).execute();
    }
    expect((await page(haishuOfficer, view())).counts.byTab.pending).toBe(before.counts.byTab.pending);
  });

  it("follow a registry change of the kindergartens they are filtered by: a new nature is counted at once", async () => {
    const publicView = view("nature=public&state=all");
    const before = (await page(cityOfficer, publicView)).counts.byTab.all;
    const original = await db.selectFrom("kindergartens").select("nature").where("id", "=", sunKg.id).executeTakeFirstOrThrow();
    try {
      // No case was written: only the kindergartens' read version moved (the registry's update, by its trigger).
      await db.updateTable("kindergartens").set({ nature: "inclusive_private" }).where("id", "=", sunKg.id).execute();
      expect((await page(cityOfficer, publicView)).counts.byTab.all).toBeLessThan(before);
    } finally {
      await db.updateTable("kindergartens").set({ nature: original.nature }).where("id", "=", sunKg.id).execute();
    }
    expect((await page(cityOfficer, publicView)).counts.byTab.all).toBe(before);
  });
});

describe("scope", () => {
  it("a district officer sees only their district's cases, in rows and counts", async () => {
    const haishu = await page(haishuOfficer, view("state=all"));
    expect(labels(haishu.rows)).toEqual(["a", "d", "h", "x"]);
    expect(haishu.counts.byTab.all).toBe(4);
    expect(labels((await page(jiangbeiOfficer, view())).rows)).toEqual(["b", "e"]);
    // Another district's kindergarten by name or filter: nothing.
    expect(labels((await page(jiangbeiOfficer, view("q=阳光"))).rows)).toEqual([]);
    expect(labels((await page(jiangbeiOfficer, view(`assignee=${haishuOfficer.id}`))).rows)).toEqual([]);
  });

  it("a city officer sees every district of the city and nothing of another city", async () => {
    expect(labels((await page(cityOfficer, view())).rows)).toEqual(NINGBO_ORDER);
    expect(labels((await page(hangzhouOfficer, view())).rows)).toEqual(["g"]);
  });

  it("a province officer and the admin see every region", async () => {
    expect(labels((await page(provinceOfficer, view())).rows)).toEqual(ALL_ORDER);
    expect(labels((await page(admin, view())).rows)).toEqual(ALL_ORDER);
  });

  it("an operator and an officer without a region get no queue and no export", async () => {
    expect(await caseQueue(db, haishuOperator, view(), NOW)).toBeNull();
    expect(await caseQueue(db, { ...haishuOfficer, regionCode: null }, view(), NOW)).toBeNull();
    expect(await caseExportChunks(db, haishuOperator, view(), NOW)).toMatchObject({ ok: false, kind: "forbidden" });
  });
});

describe("the district filter", () => {
  const NINGBO_DISTRICTS = [
    { code: HAISHU, name: "海曙区", own: false },
    { code: JIANGBEI, name: "江北区", own: false },
    { code: YINZHOU, name: "鄞州区", own: false },
  ];

  it("reads a six-digit code, and names anything else as ignored", () => {
    expect(readQueueQuery(new URLSearchParams(`district=${HAISHU}`))).toEqual({ filters: { ...DEFAULT_FILTERS, district: HAISHU }, ignored: [] });
    for (const bad of ["3302", "33020300", "海曙区", "330203&x"]) expect(readQueueQuery(new URLSearchParams({ district: bad })).ignored, bad).toEqual(["district"]);
    expect(queueSearch(view(`overdue=1&district=${HAISHU}`))).toBe(`?district=${HAISHU}&overdue=1`);
  });

  it("narrows a city's view to one of its districts: rows, pages, tabs, chips and the figures, which are the district's", async () => {
    const q = await page(cityOfficer, view(`district=${HAISHU}`));
    expect(labels(q.rows)).toEqual(["a", "d", "h"]);
    expect(q.ignored).toEqual([]);
    expect(q.filters.district).toBe(HAISHU);
    expect(q.counts.byTab).toMatchObject({ open: 3, all: 4, closed: 1 });
    expect(q.counts.bySeverity).toEqual({ red: 1, amber: 1, info: 1 });
    expect(q.counts.overdue).toBe(1);
    expect(labels((await page(cityOfficer, view(`district=${JIANGBEI}`))).rows)).toEqual(["b", "e"]);
    expect((await page(cityOfficer, view(`district=${JIANGBEI}`))).counts.overdue).toBe(0);
    expect(await walk(cityOfficer, view(`district=${HAISHU}&state=all`), 2)).toEqual([["a", "d"], ["h", "x"]]);
    expect(await walk(cityOfficer, view(`district=${HAISHU}&sort=due&state=all`), 2)).toEqual([["d", "h"], ["a", "x"]]);
    // With the other filters: the district's kindergartens by name, nature and assignee.
    expect(labels((await page(cityOfficer, view(`district=${JIANGBEI}&q=阳光`))).rows)).toEqual([]);
    expect(labels((await page(cityOfficer, view(`district=${HAISHU}&q=阳光`))).rows)).toEqual(["d", "h"]);
    expect(labels((await page(cityOfficer, view(`district=${HAISHU}&nature=public`))).rows)).toEqual(["d", "h"]);
    expect(labels((await page(cityOfficer, view(`district=${JIANGBEI}&assignee=${haishuColleague.id}`))).rows)).toEqual(["e"]);
  });

  it("offers a city's districts to its officer; a province's or everyone's cities, then the chosen city's districts; none to a district officer", async () => {
    const CITIES = [
      { code: HANGZHOU, name: "杭州市", province: "浙江省" },
      { code: NINGBO, name: "宁波市", province: "浙江省" },
    ];
    expect(await page(cityOfficer, view())).toMatchObject({ cities: [], city: NINGBO, districts: NINGBO_DISTRICTS, area: null });
    // Not every district of the scope: its cities, and once one is chosen (or one of its districts), that city's districts.
    expect(await page(provinceOfficer, view())).toMatchObject({ cities: CITIES, city: null, districts: [], area: null });
    expect(await page(admin, view())).toMatchObject({ cities: CITIES, city: null, districts: [] });
    expect(await page(provinceOfficer, view(`city=${NINGBO}`))).toMatchObject({ city: NINGBO, districts: NINGBO_DISTRICTS, area: { code: NINGBO, level: "city" } });
    expect(await page(admin, view(`district=${JIANGBEI}`))).toMatchObject({ city: NINGBO, districts: NINGBO_DISTRICTS, area: { code: JIANGBEI, name: "江北区", level: "district" } });
    expect(await page(haishuOfficer, view())).toMatchObject({ cities: [], city: null, districts: [] });
    // A city of one district has nothing to choose.
    expect((await page(hangzhouOfficer, view())).districts).toEqual([]);
    expect((await page(admin, view(`city=${HANGZHOU}`))).districts).toEqual([]);
    expect(labels((await page(provinceOfficer, view(`district=${XIHU}`))).rows)).toEqual(["g"]);
    expect(labels((await page(admin, view(`district=${YINZHOU}`))).rows)).toEqual(["c", "f"]);
  });

  it("narrows a province's or everyone's view to a city: rows, pages, counts and exports; a district of another city is ignored", async () => {
    const q = await page(provinceOfficer, view(`city=${NINGBO}`));
    expect(labels(q.rows)).toEqual(NINGBO_ORDER);
    expect(q.ignored).toEqual([]);
    expect(q.counts.byTab.open).toBe(7);
    expect(labels((await page(admin, view(`city=${HANGZHOU}&state=all`))).rows)).toEqual(["g"]);
    expect(await walk(admin, view(`city=${NINGBO}&sort=due`), 3)).toEqual([["d", "e", "h"], ["a", "b", "c"], ["f"]]);
    expect(labels((await page(admin, view(`city=${NINGBO}&district=${HAISHU}`))).rows)).toEqual(["a", "d", "h"]);
    expect(labels(await exported(provinceOfficer, view(`city=${HANGZHOU}&state=all`)))).toEqual(["g"]);
    // The district is of the city chosen, or ignored: the city's cases, never the other city's district.
    const other = await page(admin, view(`city=${HANGZHOU}&district=${HAISHU}`));
    expect([labels(other.rows), other.ignored, other.filters.district]).toEqual([["g"], ["district"], undefined]);
    // A code that names no city (a district's, the province's, an unknown one), or a city outside the scope, is ignored.
    for (const [actor, code] of [[admin, HAISHU], [admin, PROVINCE], [admin, "330299"], [cityOfficer, HANGZHOU], [hangzhouOfficer, NINGBO]] as const) {
      const ignored = await page(actor, view(`city=${code}`));
      expect(ignored.ignored, code).toEqual(["city"]);
      expect(ignored.filters.city, code).toBeUndefined();
    }
    // A city officer's own city is their scope: nothing to narrow, nothing ignored.
    expect(await page(cityOfficer, view(`city=${NINGBO}`))).toMatchObject({ ignored: [], filters: { city: undefined } });
  });

  it("never widens a district officer's scope with a city: ignored on the page, refused by the export", async () => {
    for (const search of [`city=${NINGBO}`, `city=${NINGBO}&state=all&sort=opened`, `city=${HANGZHOU}`, `city=${NINGBO}&district=${JIANGBEI}`]) {
      const q = await page(haishuOfficer, view(search));
      expect(q.ignored, search).toContain("city");
      expect(q.rows.every((r) => r.regionName === "海曙区"), search).toBe(true);
      expect(q.counts.byTab.all, search).toBe(4);
    }
    expect(await caseExportChunks(db, haishuOfficer, view(`city=${NINGBO}`), NOW)).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { city: expect.any(Array) } });
    expect(await caseExportChunks(db, cityOfficer, view(`city=${HANGZHOU}`), NOW)).toMatchObject({ ok: false, kind: "invalid" });
  });

  it("ignores a district outside the scope, or a code that is no district, and names it: the scope's cases, never another's", async () => {
    for (const [actor, code, rows] of [
      [cityOfficer, XIHU, NINGBO_ORDER],
      [cityOfficer, "330299", NINGBO_ORDER],
      [cityOfficer, PROVINCE, NINGBO_ORDER],
      [provinceOfficer, PROVINCE, ALL_ORDER],
      [admin, "110101", ALL_ORDER],
      [hangzhouOfficer, HAISHU, ["g"]],
    ] as const) {
      const q = await page(actor, view(`district=${code}`));
      expect(labels(q.rows), code).toEqual(rows);
      expect(q.ignored, code).toEqual(["district"]);
      expect(q.filters.district, code).toBeUndefined();
    }
  });

  it("never widens a district officer's scope: another district's code is ignored, their own changes nothing", async () => {
    // 默认幼儿园 names a kindergarten of each district: only Haishu's is found.
    for (const [search, all] of [[`district=${JIANGBEI}`, 4], [`district=${JIANGBEI}&state=all&sort=opened`, 4], [`district=${XIHU}&q=默认`, 2], [`district=${NINGBO}`, 4]] as const) {
      const q = await page(haishuOfficer, view(search));
      expect(q.ignored, search).toEqual(["district"]);
      expect(q.rows.length, search).toBeGreaterThan(0);
      expect(q.rows.every((r) => r.regionName === "海曙区"), search).toBe(true);
      expect(q.counts.byTab.all, search).toBe(all);
    }
    expect(labels((await page(jiangbeiOfficer, view(`district=${HAISHU}&state=all`))).rows)).toEqual(["b", "e"]);
    const own = await page(haishuOfficer, view(`district=${HAISHU}`));
    expect(own.ignored).toEqual([]);
    expect(labels(own.rows)).toEqual(["a", "d", "h"]);
    // The export refuses what the page ignores: a file must not hold other cases than were asked for.
    expect(await caseExportChunks(db, haishuOfficer, view(`district=${JIANGBEI}`), NOW)).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { district: expect.any(Array) } });
    expect(await caseExportChunks(db, cityOfficer, view(`district=${XIHU}`), NOW)).toMatchObject({ ok: false, kind: "invalid" });
    expect(labels(await exported(haishuOfficer, view(`district=${HAISHU}&state=all`)))).toEqual(["a", "d", "h", "x"]);
  });

  it("exports the district's cases only", async () => {
    expect(labels(await exported(cityOfficer, view(`district=${JIANGBEI}&state=all`)))).toEqual(["b", "e"]);
    expect(labels(await exported(admin, view(`district=${HAISHU}&sort=due`)))).toEqual(["d", "h", "a"]);
  });

  it("keeps the district's counts apart from the city's", async () => {
    const city = await page(cityOfficer, view());
    const haishu = await page(cityOfficer, view(`district=${HAISHU}`));
    expect(city.counts.byTab.open).toBe(7);
    expect(haishu.counts.byTab.open).toBe(3);
    expect((await page(cityOfficer, view())).counts.byTab.open).toBe(7);
  });
});

describe("exports", () => {
  it("read the whole view in keyset chunks, in the page's order", async () => {
    expect(labels(await exported(cityOfficer, view("sort=due&state=all")))).toEqual(["d", "e", "h", "a", "b", "c", "f", "x"]);
  });
});

/** Text as typed on a full-width keyboard: ASCII letters, digits and punctuation at their full width, spaces as U+3000. */
const fullWidth = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)).replace(/ /g, "\u3000");
const search = (q: string) => view(`q=${encodeURIComponent(q)}`);

describe("search as officers type it", () => {
  it("finds a USCC typed full-width, in lower case, or with spaces and hyphens", async () => {
    for (const q of [fullWidth(sunKg.uscc), fullWidth(sunKg.uscc.toLowerCase()), "5233 0203-MJ12 3456 7x", ` ${sunKg.uscc.toLowerCase()} `]) {
      expect(labels((await page(admin, search(q))).rows), q).toEqual(["d", "h"]);
    }
    // Still the scope's: another district's officer finds nothing by it.
    expect(labels((await page(jiangbeiOfficer, search(fullWidth(sunKg.uscc)))).rows)).toEqual([]);
  });

  it("finds a USCC by its beginning, as copied from a document, in the scope; a beginning no code has finds nothing", async () => {
    for (const q of [sunKg.uscc.slice(0, 12), fullWidth(sunKg.uscc.slice(0, 12).toLowerCase()), "5233 0203-MJ12"]) {
      expect(labels((await page(admin, search(q))).rows), q).toEqual(["d", "h"]);
    }
    expect(labels((await page(haishuOfficer, search(sunKg.uscc.slice(0, 14)))).rows)).toEqual(["d", "h"]);
    expect(labels((await page(jiangbeiOfficer, search(sunKg.uscc.slice(0, 14)))).rows)).toEqual([]);
    expect(labels((await page(admin, search("52330203MJ9"))).rows)).toEqual([]);
  });

  it("finds a name typed with spaces between its words, full-width letters or brackets of the other width", async () => {
    const kg = await createKindergarten(db, { region_code: HAISHU, name: "蓝天 ABC（北区）幼儿园" });
    await insertCase(db, { id: id("sky"), kindergartenId: kg.id, regionCode: HAISHU, severity: "info", dueDate: "2026-10-30" });
    try {
      // Words apart: each must occur in the name (海曙区阳光幼儿园, 阳光宝贝幼儿园).
      for (const q of ["海曙 阳光 幼儿园", "阳光　宝贝", "海曙区 阳光幼儿园"]) expect(labels((await page(admin, search(q))).rows), q).toEqual(["d", "h"]);
      // Spaces inside the name do not stop a match; widths and case are compared as one.
      for (const q of ["蓝天ABC", "蓝天 ａｂｃ (北区)", "abc(北区)幼儿园", "蓝天abc（北区）", fullWidth("ABC(北区)")]) {
        expect(labels((await page(admin, search(q))).rows), q).toEqual(["sky"]);
      }
      expect(labels((await page(haishuOfficer, search("蓝天 abc"))).rows)).toEqual(["sky"]);
      expect(labels((await page(jiangbeiOfficer, search("蓝天 abc"))).rows)).toEqual([]);
      expect(labels((await page(admin, search("蓝天 阳光"))).rows)).toEqual([]);
      // Traditional characters, as a Hong Kong or Taiwan keyboard types them, read as the simplified names filed.
      for (const q of ["陽光", "海曙區 陽光 幼兒園", "藍天abc", "陽光寶貝"]) expect(labels((await page(admin, search(q))).rows), q).toEqual(q.startsWith("藍") ? ["sky"] : ["d", "h"]);
      expect(labels((await page(jiangbeiOfficer, search("陽光"))).rows)).toEqual([]);
    } finally {
      await db.deleteFrom("inspection_cases").where("id", "=", id("sky")).execute();
    }
  });
});

describe("a search that begins with a region's name", () => {
  const within = async (actor: Actor, q: string) => {
    const queue = await page(actor, search(q));
    return { rows: labels(queue.rows), within: queue.searchWithin && `${queue.searchWithin.name} ${queue.searchWithin.rest}` };
  };

  it("searches the rest within that region when nothing is found as typed, and says so", async () => {
    expect(await within(admin, "宁波阳光")).toEqual({ rows: ["d", "h"], within: "宁波市 阳光" });
    expect(await within(admin, "海曙区宝贝")).toEqual({ rows: ["d", "h"], within: "海曙区 宝贝" });
    expect(await within(cityOfficer, "宁波市海曙区默认")).toEqual({ rows: ["a"], within: "海曙区 默认" });
    expect(labels(await exported(admin, search("宁波阳光"))), "the export reads the same").toEqual(["d", "h"]);
    expect(await within(admin, "阳光"), "found as typed").toEqual({ rows: ["d", "h"], within: null });
  });

  it("keeps to the officer's scope: a region holding it changes nothing, one outside it widens nothing", async () => {
    expect(await within(haishuOfficer, "宁波阳光")).toEqual({ rows: ["d", "h"], within: "宁波市 阳光" });
    expect(await within(jiangbeiOfficer, "宁波阳光"), "the city's 阳光 is not 江北's").toEqual({ rows: [], within: null });
    expect(await within(jiangbeiOfficer, "海曙阳光")).toEqual({ rows: [], within: null });
    expect(await within(hangzhouOfficer, "宁波默认")).toEqual({ rows: [], within: null });
    expect(await within(cityOfficer, "杭州默认")).toEqual({ rows: [], within: null });
    expect(await within(admin, "杭州阳光"), "the rest finds nothing there").toEqual({ rows: [], within: null });
    expect(await within(admin, "宁波海曙"), "nothing left to search by").toEqual({ rows: [], within: null });
  });
});

describe("filters that cannot both hold", () => {
  it("overdue and due within N working days: shows the cases that meet either, and the result says so", async () => {
    const both = await page(admin, view("overdue=1&within=5"));
    // d is overdue; e and h are due within 5 working days (neither filter alone finds all three).
    expect(labels(both.rows)).toEqual(["d", "e", "h"]);
    expect(both.conflicts).toEqual([{ params: ["overdue", "within"], applied: "either" }]);
    // Each state's tab counts either; the closed tab leaves both out (a closed case has no clock), so it counts x.
    expect(byStatus(both.counts)).toMatchObject({ open: 1, in_progress: 1, awaiting_answer: 1, answered: 0, decided: 0, closed: 1 });
    expect(both.counts.byTab.all).toBe(3);
    expect(labels((await page(admin, view("sort=due&overdue=1&within=5"))).rows)).toEqual(["d", "e", "h"]);
    expect(labels(await exported(admin, view("overdue=1&within=5")))).toEqual(["d", "e", "h"]);
    // Each alone, or neither: nothing to say.
    expect((await page(admin, view("overdue=1"))).conflicts).toEqual([]);
    expect((await page(admin, view("within=5"))).conflicts).toEqual([]);
    expect(labels((await page(admin, view("within=5"))).rows)).toEqual(["e", "h"]);
  });
});

describe("filters no case can meet together", () => {
  const conflictsOf = async (actor: Actor, search: string) => (await page(actor, view(search))).conflicts;
  const exportOf = async (actor: Actor, search: string) => labels(await exported(actor, view(search)));

  // Each: the view, what is said, the rows shown (those of the view without the filter left out), and the same exported.
  const cases: Array<[string, Array<{ params: [string, string]; ignored: string }>, string[]]> = [
    ["state=closed&overdue=1", [{ params: ["state", "overdue"], ignored: "overdue" }], ["x"]],
    ["state=closed&within=5", [{ params: ["state", "within"], ignored: "within" }], ["x"]],
    ["state=closed&extension=1", [{ params: ["state", "extension"], ignored: "extension" }], ["x"]],
    ["state=decided&extension=1", [{ params: ["state", "extension"], ignored: "extension" }], []],
    ["state=decided&escalated=1", [{ params: ["state", "escalated"], ignored: "escalated" }], []],
    ["state=closed&escalated=1", [{ params: ["state", "escalated"], ignored: "escalated" }], ["x"]],
    ["state=pending&extension=1", [{ params: ["state", "extension"], ignored: "extension" }], ["a", "b", "g", "c", "d", "f"]],
    [`state=pending&assignee=me`, [{ params: ["state", "assignee"], ignored: "assignee" }], ["a", "b", "g", "c", "d", "f"]],
    ["extension=1&assignee=none", [{ params: ["extension", "assignee"], ignored: "assignee" }], ["e"]],
    ["rule=COMPLAINT&source=rule", [{ params: ["rule", "source"], ignored: "source" }], ["c"]],
    ["rule=SPOT_CHECK&source=complaint", [{ params: ["rule", "source"], ignored: "source" }], ["f"]],
    ["rule=R03&source=spot_check", [{ params: ["rule", "source"], ignored: "source" }], ["h"]],
    ["rule=R18&source=rule", [{ params: ["rule", "source"], ignored: "source" }], []],
    [
      "state=closed&overdue=1&within=5&extension=1",
      [
        { params: ["state", "overdue"], ignored: "overdue" },
        { params: ["state", "within"], ignored: "within" },
        { params: ["state", "extension"], ignored: "extension" },
      ],
      ["x"],
    ],
  ];
  for (const [search, said, shown] of cases) {
    it(`?${search}: says which filter is left out and shows the cases without it, in the page, its tab's count and the export`, async () => {
      const q = await page(admin, view(search));
      expect(q.conflicts).toEqual(said.map((c) => ({ ...c, applied: "ignored" })));
      expect(labels(q.rows)).toEqual(shown);
      expect(q.counts.byTab[view(search).state]).toBe(shown.length);
      expect(await exportOf(admin, search)).toEqual(shown);
    });
  }

  it("the tab wins on its own tab only: the other tabs count the filter left out there, as their links will show them", async () => {
    const closed = await page(admin, view("state=closed&overdue=1"));
    // The open tab with "overdue": d; the closed tab without it: x; "all" keeps "overdue" (no conflict there): d.
    expect(closed.counts.byTab).toMatchObject({ open: 1, pending: 1, closed: 1, all: 1, in_progress: 0 });
    expect(labels((await page(admin, view("state=open&overdue=1"))).rows)).toEqual(["d"]);
    // The chips count what the page shows.
    expect(closed.counts.bySeverity).toEqual({ red: 1, amber: 0, info: 0 });
    // "Overdue" with "due within" is either (d, e, h), except on the closed tab where both are left out (x).
    expect((await page(admin, view("overdue=1&within=5"))).counts.byTab).toMatchObject({ open: 3, all: 3, closed: 1 });
    expect((await page(admin, view("state=closed&overdue=1&within=5"))).conflicts.map((c) => c.applied)).toEqual(["ignored", "ignored"]);
  });

  it("says nothing of combinations a case can meet", async () => {
    for (const search of [
      "state=decided&overdue=1",
      "state=decided&within=5",
      "state=pending&assignee=none",
      "state=in_progress&extension=1",
      "state=all&overdue=1",
      "rule=COMPLAINT&source=complaint",
      "rule=R18&source=complaint",
      "rule=R04&source=rule",
      "extension=1&assignee=me",
      "escalated=1&state=all",
    ]) {
      expect(await conflictsOf(admin, search), search).toEqual([]);
    }
    expect(labels((await page(admin, view("rule=COMPLAINT&source=complaint"))).rows)).toEqual(["c"]);
  });

  it("each source a rule's cases come from, as the code that opens them writes it", () => {
    expect(sourceOfRule(COMPLAINT_CASE_RULE)).toBe("complaint");
    expect(sourceOfRule(COMPLAINT_CLUSTER_RULE)).toBe("complaint");
    expect(sourceOfRule(SPOT_CHECK_CASE_RULE)).toBe("spot_check");
    expect(sourceOfRule("R04")).toBe("rule");
    expect(sourceOfRule("A02")).toBe("rule");
  });
});

describe("decided and closed cases", () => {
  /** Haishu's red cases settled at different times, with stale due dates; fol waits for an order's proof. */
  const SETTLED = [
    // An old row: its verification clock's kind and overdue state were never cleared.
    { label: "dec1", status: "decided", decided: "2026-09-20", closed: null, due: "2026-08-01", dueKind: "verify", dueState: "overdue" },
    { label: "dec2", status: "decided", decided: "2026-09-25", closed: null, due: "2026-08-15", dueKind: null, dueState: "ok" },
    { label: "fol", status: "decided", decided: "2026-09-10", closed: null, due: "2026-10-15", dueKind: "follow_up", dueState: "ok" },
    // Closed before its verification deadline: the stale date lies ahead (after x's).
    { label: "cl1", status: "closed", decided: "2026-09-01", closed: "2026-09-27", due: "2026-10-05", dueKind: null, dueState: "ok" },
  ] as const;

  beforeAll(async () => {
    for (const s of SETTLED) {
      await insertCase(db, { id: id(s.label), kindergartenId: kgByRegion.get(HAISHU)!, regionCode: HAISHU, severity: "red", dueDate: s.due, status: s.status, dueKind: s.dueKind, dueState: s.dueState });
      await db
        .updateTable("inspection_cases")
        .set({
          decided_on: s.decided,
          closed_on: s.closed,
          decision_kind: s.label === "cl1" ? "refund_ordered" : s.label === "fol" ? "rectification_ordered" : "no_violation",
          decision_basis: s.label === "cl1" ? "price-law-art41" : s.label === "fol" ? "price-law-art39" : "penalty-law-art57",
          decision_detail: JSON.stringify(s.label === "cl1" ? { byDate: "2026-09-20", amountFen: 123450, families: 12 } : s.label === "fol" ? { byDate: "2026-10-15" } : {}),
          follow_up_due_on: s.label === "fol" ? "2026-10-15" : s.label === "cl1" ? "2026-09-20" : null,
        })
        .where("id", "=", id(s.label))
        .execute();
    }
  });

  afterAll(async () => {
    await db.deleteFrom("inspection_cases").where("id", "in", SETTLED.map((s) => id(s.label))).execute();
  });

  // Live cases (fol's order has a running deadline) in the sort's order, then the settled ones, most recently decided or closed first;
  // x (closed with no dates at all) last.
  const views: Array<[string, string[]]> = [
    ["", ["fol", "a", "d", "h", "dec2", "dec1"]],
    ["state=all", ["fol", "a", "d", "h", "cl1", "dec2", "dec1", "x"]],
    ["state=decided", ["fol", "dec2", "dec1"]],
    ["state=closed", ["cl1", "x"]],
    ["sort=due&state=all", ["d", "h", "fol", "a", "cl1", "dec2", "dec1", "x"]],
    ["severity=red&state=all", ["fol", "a", "cl1", "dec2", "dec1", "x"]],
    ["overdue=1&state=all", ["d"]],
    // In the orders that do not set settled cases apart, dec1's stale state does not make it overdue either.
    ["overdue=1&state=all&sort=opened", ["d"]],
    ["overdue=1&state=all&sort=updated", ["d"]],
    ["within=20&state=all", ["fol", "a", "h"]],
  ];
  for (const [search, expected] of views) {
    it(`sort by when they were settled, after the live cases: ?${search}`, async () => {
      expect(labels((await page(haishuOfficer, view(search))).rows)).toEqual(expected);
      // Every page size walks the same order, each case once, with no empty page at the end.
      for (const size of [1, 2, 3, 4]) {
        const pages = await walk(haishuOfficer, view(search), size);
        expect(pages.flat(), `size ${size}`).toEqual(expected);
        expect(pages.every((p) => p.length > 0)).toBe(true);
      }
    });
  }

  it("overdue means a clock running past its date: an order's proof late is, a settled case's stale state is not, on the page, its tabs and the scope's figure", async () => {
    const overdueIn = async (search: string) => {
      const q = await page(haishuOfficer, view(search));
      return { rows: labels(q.rows), all: q.counts.byTab.all, decided: q.counts.byTab.decided, figure: q.counts.overdue };
    };
    expect(await overdueIn("overdue=1&state=all&sort=opened")).toEqual({ rows: ["d"], all: 1, decided: 0, figure: 1 });
    // fol's order is past its date, the kindergarten's proof not in (the sweep has yet to reopen it): overdue in every order.
    await db.updateTable("inspection_cases").set({ due_state: "overdue" }).where("id", "=", id("fol")).execute();
    try {
      for (const sort of ["priority", "due", "opened", "updated"]) {
        forgetQueueCounts();
        expect(await overdueIn(`overdue=1&state=all&sort=${sort}`), sort).toMatchObject({ all: 2, decided: 1, figure: 2 });
        expect((await overdueIn(`overdue=1&state=all&sort=${sort}`)).rows.sort(), sort).toEqual(["d", "fol"]);
      }
    } finally {
      await db.updateTable("inspection_cases").set({ due_state: "ok" }).where("id", "=", id("fol")).execute();
    }
  });

  it("a city's merged page and everyone's page keep the same order", async () => {
    const city = ["fol", "a", "b", "c", "d", "e", "f", "h", "cl1", "dec2", "dec1", "x"];
    expect(labels((await page(cityOfficer, view("state=all"))).rows)).toEqual(city);
    expect((await walk(cityOfficer, view("state=all"), 3)).flat()).toEqual(city);
    const everyone = ["fol", "a", "b", "g", "c", "d", "e", "f", "h", "cl1", "dec2", "dec1", "x"];
    expect((await walk(admin, view("state=all"), 5)).flat()).toEqual(everyone);
    expect((await walk(provinceOfficer, view("state=all"), 4)).flat()).toEqual(everyone);
  });

  for (const [who, actor] of [["district", () => haishuOfficer], ["city", () => cityOfficer], ["everyone", () => admin]] as const) {
    it(`the ${who}'s previous pages walk back across the settled cases to the live ones, in every order and tab`, async () => {
      for (const [search] of views) {
        for (const sort of ["", "&sort=due", "&sort=opened"]) {
          for (const size of [1, 2, 3, 5]) {
            const pages = await walkBothWays(actor(), view(`${search}${sort}`), size);
            expect(pages.flat(), `?${search}${sort} size ${size}`).toEqual((await walk(actor(), view(`${search}${sort}`), 100)).flat());
          }
        }
      }
    });
  }

  it("a settled page's previous-page cursor names the settled order, and walks back into the live cases", async () => {
    const pages = await walkBothWays(haishuOfficer, view("state=all"), 3);
    expect(pages).toEqual([["fol", "a", "d"], ["h", "cl1", "dec2"], ["dec1", "x"]]);
    const second = await page(haishuOfficer, view("state=all", { size: 3 as PageSize, after: encodeQueueCursor("priority", [1, "2026-09-25", id("d")]) }));
    expect(decodeQueueCursor("priority", second.prev!)).toEqual([0, "2026-10-09", id("h")]);
    const third = await page(haishuOfficer, view("state=all", { size: 3 as PageSize, after: second.next! }));
    expect(decodeQueueCursor("priority", third.prev!)).toEqual(["settled", "2026-09-20", id("dec1")]);
  });

  it("says where each page is in the view, forwards and backwards, from the tabs' count: no count of its own", async () => {
    const at = (q: Awaited<ReturnType<typeof page>>) => [q.position?.from ?? null, q.position?.to ?? null, q.total];
    const sized = view("state=all", { size: 3 as PageSize });
    const first = await page(haishuOfficer, sized);
    expect(at(first)).toEqual([1, 3, 8]);
    const second = await page(haishuOfficer, { ...sized, after: first.next! });
    expect(at(second)).toEqual([4, 6, 8]);
    const third = await page(haishuOfficer, { ...sized, after: second.next! });
    expect(at(third)).toEqual([7, 8, 8]);
    // Back from the last page: its previous page is the second again, then the first.
    const back = await page(haishuOfficer, { ...sized, before: third.prev! });
    expect([labels(back.rows), at(back)]).toEqual([labels(second.rows), [4, 6, 8]]);
    expect(at(await page(haishuOfficer, { ...sized, before: back.prev! }))).toEqual([1, 3, 8]);
    // A link written without a position (before positions were carried): the total alone; its last page counted back.
    const bare = await page(haishuOfficer, { ...sized, after: encodeQueueCursor("priority", decodeQueueCursor("priority", first.next!)!) });
    expect([labels(bare.rows), at(bare)]).toEqual([labels(second.rows), [null, null, 8]]);
    expect(at(await page(haishuOfficer, { ...sized, after: bare.next! }))).toEqual([7, 8, 8]);
    // Every view's total is its rows' number, as the tab counts it.
    for (const [search, want] of views) expect((await page(haishuOfficer, view(search))).total, search).toBe(want.length);
  });

  it("a settled page's cursor names the settled order; a forged one starts again", async () => {
    const first = await page(haishuOfficer, view("state=all", { size: 5 as PageSize }));
    expect(decodeQueueCursor("priority", first.next!)).toEqual(["settled", "2026-09-27", id("cl1")]);
    expect(labels((await page(haishuOfficer, view("state=all", { size: 5 as PageSize, after: first.next! }))).rows)).toEqual(["dec2", "dec1", "x"]);
    // The settled order is not one of "opened"'s, nor a tab's without settled cases: the first page.
    expect(decodeQueueCursor("opened", encodeQueueCursor("opened", ["settled", "2026-09-27", id("cl1")]))).toBeNull();
    expect(labels((await page(haishuOfficer, view("state=pending", { after: first.next! }))).rows)).toEqual(["a", "d"]);
  });

  it("show no deadline for a case without a running clock, never overdue, and when it was settled", async () => {
    const by = new Map((await page(haishuOfficer, view("state=all"))).rows.map((r) => [r.id, r]));
    expect(by.get(id("dec1"))).toMatchObject({ due: null, dueState: "ok", settledOn: "2026-09-20" });
    expect(by.get(id("dec2"))).toMatchObject({ due: null, dueState: "ok", settledOn: "2026-09-25" });
    expect(by.get(id("cl1"))).toMatchObject({ due: null, dueState: "ok", settledOn: "2026-09-27" });
    expect(by.get(id("x"))).toMatchObject({ due: null, settledOn: null });
    expect(by.get(id("fol"))).toMatchObject({ due: { kind: "follow_up", dueOn: "2026-10-15" }, settledOn: null });
    expect(by.get(id("a"))?.settledOn).toBeNull();
  });

  it("export rows carry the decision: kind, basis, its detail, when decided and closed", async () => {
    const rows = await exported(haishuOfficer, view("state=closed"));
    const closed = rows.find((r) => r.id === id("cl1"));
    expect(closed?.decision).toEqual({ kind: "refund_ordered", basis: "price-law-art41", decidedOn: "2026-09-01", detail: { byDate: "2026-09-20", amountFen: 123450, families: 12 } });
    expect(closed?.closedOn).toBe("2026-09-27");
    expect(rows.find((r) => r.id === id("x"))?.decision).toBeNull();
  });
});

describe("getCaseForActor", () => {
  it("finds a case inside the actor's region and returns null outside it", async () => {
    const found = await getCaseForActor({ db, actor: haishuOfficer, caseId: id("a") });
    expect(found?.case).toMatchObject({ id: id("a"), region_code: HAISHU, severity: "red" });
    expect(found?.case.region_name).toBe("海曙区");
    expect(await getCaseForActor({ db, actor: jiangbeiOfficer, caseId: id("a") })).toBeNull();
    expect(await getCaseForActor({ db, actor: cityOfficer, caseId: id("g") })).toBeNull();
    expect((await getCaseForActor({ db, actor: admin, caseId: id("g") }))?.case.id).toBe(id("g"));
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
    const caseId = await insertCase(db, { id: id("flagged"), kindergartenId: kgId, regionCode: HAISHU, severity: "red", dueDate: "2026-10-27", filingId, term: "2027-autumn" });
    await insertCaseEvent(db, caseId, "opened", { severity: "red" }, { id: "ev_1", at: "2026-09-29T17:30:00.000Z" });
    try {
      const found = await getCaseForActor({ db, actor: haishuOfficer, caseId });
      expect(found).not.toBeNull();
      expect(found!.flags.map((f) => [f.rule_id, f.outcome])).toEqual([["R04", outcome]]); // only the case's own rule
      expect(found!.events.map((e) => [e.kind, e.payload])).toEqual([["opened", { severity: "red" }]]);
      expect(found!.complaintIds).toEqual([]);
      expect(found!.items).toEqual([
        { code: "CARE_EDU", name: "保教费", name_en: "Care and education fee", category: "care_education", amount_fen: 250000, unit: "month", age_band: "all", description: "" },
      ]);
    } finally {
      await db.deleteFrom("case_events").where("case_id", "=", caseId).execute();
      await db.deleteFrom("inspection_cases").where("id", "=", caseId).execute();
      await db.deleteFrom("rule_results").where("filing_id", "=", filingId).execute();
      await db.deleteFrom("rule_texts").execute();
    }
  });
});

describe("a city's own cases (市本级)", () => {
  // A kindergarten registered with the city itself, not a district, and its case.
  beforeAll(async () => {
    const kg = await createKindergarten(db, { region_code: NINGBO, name: "宁波市直属幼儿园" });
    await insertCase(db, { id: id("own"), kindergartenId: kg.id, regionCode: NINGBO, severity: "red", dueDate: "2026-10-21" });
  });
  afterAll(async () => {
    await db.deleteFrom("inspection_cases").where("id", "=", id("own")).execute();
  });

  it("are a choice of the district filter, first, and alone when chosen: rows, counts, figures and exports", async () => {
    for (const [actor, search] of [[cityOfficer, ""], [provinceOfficer, `city=${NINGBO}`], [admin, `district=${HAISHU}`]] as const) {
      expect((await page(actor, view(search))).districts[0], search).toEqual({ code: NINGBO, name: "宁波市", own: true });
    }
    // The city's view holds them with its districts' cases.
    expect(labels((await page(cityOfficer, view())).rows)).toEqual(["a", "b", "own", "c", "d", "e", "f", "h"]);
    for (const [actor, search] of [[cityOfficer, `district=${NINGBO}`], [provinceOfficer, `district=${NINGBO}`], [admin, `city=${NINGBO}&district=${NINGBO}`]] as const) {
      const q = await page(actor, view(search));
      expect(labels(q.rows), search).toEqual(["own"]);
      expect(q.ignored, search).toEqual([]);
      expect(q.area, search).toEqual({ code: NINGBO, name: "宁波市", level: "own" });
      expect(q.counts.byTab, search).toMatchObject({ open: 1, all: 1 });
      expect(q.counts.bySeverity, search).toEqual({ red: 1, amber: 0, info: 0 });
      expect(labels(await exported(actor, view(search))), search).toEqual(["own"]);
    }
    // A search or a nature reads the city's own kindergartens only.
    expect(labels((await page(cityOfficer, view(`district=${NINGBO}&q=${encodeURIComponent("直属")}`))).rows)).toEqual(["own"]);
    expect(labels((await page(cityOfficer, view(`district=${NINGBO}&q=${encodeURIComponent("默认")}`))).rows)).toEqual([]);
  });

  it("are counted anew when one of them is written, and not offered to a city without any", async () => {
    expect((await page(cityOfficer, view(`district=${NINGBO}`))).counts.byTab.open).toBe(1);
    await db.updateTable("inspection_cases").set({ status: "closed", updated_at: "2026-09-29T01:00:00.000Z" }).where("id", "=", id("own")).execute();
    try {
      expect((await page(cityOfficer, view(`district=${NINGBO}`))).counts.byTab).toMatchObject({ open: 0, closed: 1 });
    } finally {
      await db.updateTable("inspection_cases").set({ status: "open" }).where("id", "=", id("own")).execute();
    }
    expect((await page(admin, view(`city=${HANGZHOU}&district=${XIHU}`))).districts).toEqual([]);
  });

  it("are never a district officer's, nor another city's", async () => {
    for (const [actor, search, other] of [[haishuOfficer, `district=${NINGBO}`, "own"], [hangzhouOfficer, `district=${NINGBO}`, "own"], [cityOfficer, `district=${HANGZHOU}`, "g"]] as const) {
      const q = await page(actor, view(search));
      expect(q.ignored, search).toEqual(["district"]);
      expect(q.rows.some((r) => r.id === id(other)), search).toBe(false);
      expect(await caseExportChunks(db, actor, view(search), NOW), search).toMatchObject({ ok: false, kind: "invalid" });
    }
  });
});

describe("decided in a month", () => {
  /** Decided cases around the month of NOW (2026-09 in Shanghai); m4's order waits for proof, past its date. */
  const DECIDED = [
    { label: "m1", region: HAISHU, severity: "amber", status: "decided", decided: "2026-09-03", closed: null, dueKind: null, dueState: "ok" },
    { label: "m2", region: JIANGBEI, severity: "red", status: "closed", decided: "2026-09-28", closed: "2026-09-29", dueKind: null, dueState: "ok" },
    // Decided on the last day of August, closed in September: settled this month, decided last month.
    { label: "m3", region: HAISHU, severity: "red", status: "closed", decided: "2026-08-31", closed: "2026-09-02", dueKind: null, dueState: "ok" },
    { label: "m4", region: HAISHU, severity: "info", status: "decided", decided: "2026-09-01", closed: null, dueKind: "follow_up", dueState: "overdue" },
    { label: "m5", region: XIHU, severity: "amber", status: "decided", decided: "2026-09-15", closed: null, dueKind: null, dueState: "ok" },
  ] as const;

  beforeAll(async () => {
    for (const m of DECIDED) {
      await insertCase(db, { id: id(m.label), kindergartenId: kgByRegion.get(m.region)!, regionCode: m.region, severity: m.severity, dueDate: "2026-09-20", status: m.status, dueKind: m.dueKind, dueState: m.dueState });
      await db.updateTable("inspection_cases").set({ decided_on: m.decided, closed_on: m.closed, decision_kind: "no_violation" }).where("id", "=", id(m.label)).execute();
    }
  });
  afterAll(async () => {
    await db.deleteFrom("inspection_cases").where("id", "in", DECIDED.map((m) => id(m.label))).execute();
  });

  it("reads this month, last month or a month written, and writes them back as the URL had them", () => {
    for (const value of ["this_month", "last_month", "2026-11"]) {
      expect(readQueueQuery(new URLSearchParams({ decided: value })), value).toEqual({ filters: { ...DEFAULT_FILTERS, decided: value }, ignored: [] });
      expect(queueSearch(view(`decided=${value}&state=all`)), value).toBe(`?state=all&decided=${value}`);
    }
    for (const bad of ["2026-13", "2026-9", "month", "2026-09-01"]) expect(readQueueQuery(new URLSearchParams({ decided: bad })).ignored, bad).toEqual(["decided"]);
    // The month of a Shanghai day: the first of January's last month is December of the year before.
    expect(decidedDays("this_month", "2026-09-29")).toEqual({ from: "2026-09-01", until: "2026-10-01" });
    expect(decidedDays("last_month", "2027-01-01")).toEqual({ from: "2026-12-01", until: "2027-01-01" });
    expect(decidedDays("2026-12", "2026-09-29")).toEqual({ from: "2026-12-01", until: "2027-01-01" });
  });

  it("lists the cases whose decision in force was made in the month, in every order and page, with the other filters", async () => {
    // Live first (m4's order runs), then settled, latest first: m3, settled this month but decided in August, is not one.
    expect(await walk(haishuOfficer, view("decided=this_month&state=all"), 1)).toEqual([["m4"], ["m1"]]);
    expect(await walk(cityOfficer, view("decided=this_month&state=all"), 2)).toEqual([["m4", "m2"], ["m1"]]);
    expect(await walk(admin, view("decided=this_month&state=all"), 3)).toEqual([["m4", "m2", "m5"], ["m1"]]);
    expect(await walk(provinceOfficer, view("decided=this_month&state=all&sort=due"), 2)).toEqual([["m4", "m2"], ["m5", "m1"]]);
    expect((await walk(admin, view("decided=this_month&state=all&sort=opened"), 3)).flat().sort()).toEqual(["m1", "m2", "m4", "m5"]);
    expect(labels((await page(haishuOfficer, view("decided=last_month&state=all"))).rows)).toEqual(["m3"]);
    // Backwards, a month's pages are the same: the month's decisions looked up, sorted the other way.
    for (const [actor, search] of [[cityOfficer, "decided=this_month&state=all"], [admin, "decided=this_month&state=all&sort=due"], [provinceOfficer, "decided=this_month&state=all&sort=opened"], [admin, "decided=this_month&state=all&sort=updated"]] as const) {
      for (const size of [1, 2]) expect((await walkBothWays(actor, view(search), size)).flat(), search).toEqual((await walk(actor, view(search), 100)).flat());
    }
    expect(labels((await page(cityOfficer, view("decided=2026-08&state=closed"))).rows)).toEqual(["m3"]);
    // The default tab leaves closed cases out, as it always does; the tabs count each.
    const open = await page(cityOfficer, view("decided=this_month"));
    expect(labels(open.rows)).toEqual(["m4", "m1"]);
    // (A tab of cases not decided counts its cases without the month, as its link shows them: filterConflicts.)
    expect(open.counts.byTab).toMatchObject({ open: 2, decided: 2, closed: 1, all: 3 });
    expect(open.counts.bySeverity).toEqual({ red: 0, amber: 1, info: 1 });
    expect(open.decidedMonth).toBe("2026-09");
    // With the district, the severity, "overdue" and a search.
    expect(labels((await page(cityOfficer, view(`decided=this_month&state=all&district=${JIANGBEI}`))).rows)).toEqual(["m2"]);
    expect(labels((await page(admin, view("decided=this_month&state=all&severity=amber"))).rows)).toEqual(["m5", "m1"]);
    expect(labels((await page(cityOfficer, view("decided=this_month&overdue=1"))).rows)).toEqual(["m4"]);
    expect(labels((await page(cityOfficer, view(`decided=this_month&state=all&q=${encodeURIComponent(`默认幼儿园${JIANGBEI}`)}`))).rows)).toEqual(["m2"]);
    // Exported as shown.
    expect(labels(await exported(cityOfficer, view("decided=this_month&state=all")))).toEqual(["m4", "m2", "m1"]);
    // Never another district's: a district officer's month is their own.
    expect(labels((await page(jiangbeiOfficer, view("decided=this_month&state=all"))).rows)).toEqual(["m2"]);
    expect(labels((await page(haishuOfficer, view(`decided=this_month&state=all&district=${JIANGBEI}`))).rows)).toEqual(["m4", "m1"]);
  });

  it("reckons the month in Shanghai: at 01:00 on 1 October there, this month is October", async () => {
    const october = new Date("2026-09-30T17:00:00.000Z");
    const q = await caseQueue(db, cityOfficer, view("decided=this_month&state=all"), october);
    expect([labels(q!.rows), q!.decidedMonth]).toEqual([[], "2026-10"]);
    expect(labels((await caseQueue(db, cityOfficer, view("decided=last_month&state=all"), october))!.rows)).toEqual(["m4", "m2", "m1"]);
  });

  it("on a tab of cases not decided, the tab wins; with an escalation or an extension, the month does, and the page says so", async () => {
    const inProgress = await page(cityOfficer, view("decided=this_month&state=in_progress"));
    expect(inProgress.conflicts).toEqual([{ params: ["state", "decided"], applied: "ignored", ignored: "decided" }]);
    expect(labels(inProgress.rows)).toEqual(["e"]);
    for (const flag of ["escalated", "extension"] as const) {
      const q = await page(cityOfficer, view(`decided=this_month&state=all&${flag}=1`));
      expect(q.conflicts, flag).toEqual([{ params: ["decided", flag], applied: "ignored", ignored: flag }]);
      expect(labels(q.rows), flag).toEqual(["m4", "m2", "m1"]);
    }
  });
});
