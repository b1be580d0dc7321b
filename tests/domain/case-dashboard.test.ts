/**
 * The dashboard's counts are kept per scope: one count at a time (visitors
 * arriving while it runs share it), a count older than a minute is served
 * while its recount runs, and the recount then replaces it. Dates are in
 * 2027 so this file's scopes are its own in the per-process cache.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_DUE_SOON_WORKING_DAYS, caseDueState } from "~/domain/cases/case-clock";
import { caseDashboard, DASHBOARD_TTL_MS } from "~/domain/cases/case-dashboard.queries.server";
import { caseQueue } from "~/domain/cases/case-queue.server";
import { readQueueQuery } from "~/domain/cases/case-queue.schema";
import type { Actor } from "~/domain/users/actor";
import { createActor, createKindergarten, HAISHU, insertCase, JIANGBEI, NINGBO, seedReferenceData, YINZHOU } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let officer: Actor;
let kindergartenId: string;
const openCount = (d: Awaited<ReturnType<typeof caseDashboard>>) => d!.open.reduce((n, o) => n + o.count, 0);
const addOpenCase = () => insertCase(t.db, { kindergartenId, regionCode: HAISHU, severity: "red", dueDate: "2027-04-30", openedAt: "2027-03-01T02:00:00.000Z" });

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  officer = await createActor(t.db, "officer", { regionCode: HAISHU, agency: "market" });
  kindergartenId = (await createKindergarten(t.db, { region_code: HAISHU })).id;
  await addOpenCase();
});

afterAll(async () => {
  await t?.destroy();
});

describe("the dashboard's kept counts", () => {
  it("counts a scope once for visitors arriving together", async () => {
    const now = new Date("2027-03-02T02:00:00.000Z");
    const [a, b] = [caseDashboard(t.db, officer, now), caseDashboard(t.db, officer, now)];
    expect(await a).toBe(await b);
    expect(openCount(await a)).toBe(1);
  });

  it("serves a count older than a minute while recounting, then the recount", async () => {
    const start = new Date("2027-03-03T02:00:00.000Z");
    const at = (ms: number) => new Date(start.getTime() + ms);
    expect(openCount(await caseDashboard(t.db, officer, start))).toBe(1);
    await addOpenCase();
    // Within the minute: the kept count.
    expect(openCount(await caseDashboard(t.db, officer, at(DASHBOARD_TTL_MS - 1)))).toBe(1);
    // Past it: still the kept count, answered at once, while the recount runs …
    expect(openCount(await caseDashboard(t.db, officer, at(DASHBOARD_TTL_MS + 1)))).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // … which the next visitor gets.
    expect(openCount(await caseDashboard(t.db, officer, at(DASHBOARD_TTL_MS + 2)))).toBe(2);
  });
});

describe("the dashboard's clocks", () => {
  it("count as overdue and due soon only the cases whose clock runs, as the queue it links to does", async () => {
    const now = new Date("2027-03-10T02:00:00.000Z");
    const kg = (await createKindergarten(t.db, { region_code: JIANGBEI })).id;
    const add = (c: { status?: "open" | "decided"; dueDate: string; dueKind: "verify" | "follow_up"; dueState: "overdue" | "due_soon" }) =>
      insertCase(t.db, { kindergartenId: kg, regionCode: JIANGBEI, severity: "amber", openedAt: "2027-02-01T02:00:00.000Z", ...c });
    await add({ dueDate: "2027-03-01", dueKind: "verify", dueState: "overdue" });
    // Decided, the order's date passed, no proof yet (the sweep has yet to reopen it): overdue.
    await add({ status: "decided", dueDate: "2027-03-05", dueKind: "follow_up", dueState: "overdue" });
    await add({ dueDate: "2027-03-12", dueKind: "verify", dueState: "due_soon" });
    // Decided with no order: old rows whose last clock's kind and state were never cleared, neither overdue nor due.
    await add({ status: "decided", dueDate: "2027-03-01", dueKind: "verify", dueState: "overdue" });
    await add({ status: "decided", dueDate: "2027-03-12", dueKind: "verify", dueState: "due_soon" });
    const district = await caseDashboard(t.db, await createActor(t.db, "officer", { regionCode: JIANGBEI, agency: "market" }), now);
    expect({ overdue: district!.overdue, dueSoon: district!.dueSoon }).toEqual({ overdue: 2, dueSoon: 1 });
    const city = await caseDashboard(t.db, await createActor(t.db, "officer", { regionCode: NINGBO, agency: "market" }), now);
    expect(city!.districts.find((d) => d.code === JIANGBEI)).toMatchObject({ open: 5, overdue: 2, dueSoon: 1 });
  });
});

describe("the dashboard's due soon and the queue it links to", () => {
  it("count the same cases, within the queue's own number of working days, rest days after the last of them included", async () => {
    // A Tuesday: its third working day on is Friday the 12th; the weekend after it has no working day left either.
    const now = new Date("2027-03-09T02:00:00.000Z");
    const today = "2027-03-09";
    const kg = (await createKindergarten(t.db, { region_code: YINZHOU })).id;
    const due = ["2027-03-08", "2027-03-09", "2027-03-12", "2027-03-13", "2027-03-14", "2027-03-15", "2027-03-17"];
    const ids = new Map<string, string>();
    for (const dueDate of due) {
      // Stored as the sweep leaves them (the queue's own figure reads the stored state).
      ids.set(dueDate, await insertCase(t.db, { kindergartenId: kg, regionCode: YINZHOU, severity: "amber", openedAt: "2027-02-01T02:00:00.000Z", dueDate, dueKind: "answer", dueState: caseDueState(today, dueDate) }));
    }
    const soon = ["2027-03-09", "2027-03-12", "2027-03-13", "2027-03-14"].map((d) => ids.get(d)!).sort();
    const actor = await createActor(t.db, "officer", { regionCode: YINZHOU, agency: "market" });
    const dashboard = (await caseDashboard(t.db, actor, now))!;
    expect(dashboard.dueSoonDays).toBe(CASE_DUE_SOON_WORKING_DAYS);
    expect(dashboard.dueSoon).toBe(soon.length);
    // The link's view: the same cases, and the queue's own figure counts them too.
    const linked = (await caseQueue(t.db, actor, readQueueQuery(new URLSearchParams(`within=${dashboard.dueSoonDays}`)).filters, now))!;
    expect(linked.rows.map((r) => r.id).sort()).toEqual(soon);
    expect(linked.counts.byTab.open).toBe(dashboard.dueSoon);
    expect(linked.counts.dueSoon).toBe(dashboard.dueSoon);
    // A city's row for the district says the same.
    const city = (await caseDashboard(t.db, await createActor(t.db, "officer", { regionCode: NINGBO, agency: "market" }), now))!;
    expect(city.districts.find((d) => d.code === YINZHOU)).toMatchObject({ dueSoon: soon.length, overdue: 1 });
  });
});
