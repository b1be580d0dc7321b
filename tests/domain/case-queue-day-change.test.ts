/**
 * The queue's figures at the turn of the Shanghai day, on the test clock (every read takes its `now`): the count
 * kept for yesterday is not served today (its key holds the civil date), and the 3-day due figure is counted from
 * today's dates, as the `within=3` view it links to reads its rows, not from the deadline sweep's stored state,
 * which trails the day by one sweep interval after midnight. Its own scope (a district no other file of this
 * process's count cache writes), and the sweep run as the job runner runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CASE_DUE_SOON_WORKING_DAYS, DECISION_DAYS } from "~/domain/cases/case-clock";
import { caseQueue } from "~/domain/cases/case-queue.server";
import { quickView, readQueueQuery } from "~/domain/cases/case-queue.schema";
import { sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import type { Actor } from "~/domain/users/actor";
import { addDays } from "~/utils/civil-date";
import { dueWithinBefore } from "~/utils/working-days";
import { createActor, createKindergarten, insertCase, seedReferenceData, YINZHOU } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let officer: Actor;

/** Monday 2026-11-16, 23:50 in Shanghai (the sweep's last run of the day), and Tuesday 00:05 and 00:15. */
const MONDAY_LATE = new Date("2026-11-16T15:50:00.000Z");
const TUESDAY_EARLY = new Date("2026-11-16T16:05:00.000Z");
const TUESDAY_SWEPT = new Date("2026-11-16T16:15:00.000Z");
const MONDAY = "2026-11-16";
const TUESDAY = "2026-11-17";

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  officer = await createActor(t.db, "officer", { regionCode: YINZHOU, agency: "market" });
  const kindergartenId = (await createKindergarten(t.db, { region_code: YINZHOU })).id;
  // Due on the last day of Tuesday's 3-working-day window, which Monday's did not reach: two cases.
  const lastOfTuesdays = addDays(dueWithinBefore(TUESDAY, CASE_DUE_SOON_WORKING_DAYS), -1);
  expect(lastOfTuesdays >= dueWithinBefore(MONDAY, CASE_DUE_SOON_WORKING_DAYS)).toBe(true);
  for (const id of ["soon1", "soon2"]) await registeredCase(id, kindergartenId, lastOfTuesdays);
  // Due on Monday: due soon on Monday, past on Tuesday.
  await registeredCase("monday", kindergartenId, MONDAY);
  await sweepCaseDeadlines(t.db, MONDAY_LATE);
});

afterAll(async () => {
  await t?.destroy();
});

/** A case registered (立案) so that its decision clock, DECISION_DAYS from the registration, ends on `dueOn`. */
async function registeredCase(id: string, kindergartenId: string, dueOn: string) {
  await insertCase(t.db, { id, kindergartenId, regionCode: YINZHOU, severity: "red", status: "in_progress", dueDate: dueOn, dueKind: "decision" });
  await t.db.updateTable("inspection_cases").set({ registered_on: addDays(dueOn, -DECISION_DAYS) }).where("id", "=", id).execute();
}

const read = (now: Date, search = "") => caseQueue(t.db, officer, readQueueQuery(new URLSearchParams(search)).filters, now).then((q) => q!);

describe("the queue's 3-day due figure at midnight", () => {
  it("counts Monday's window on Monday", async () => {
    const q = await read(MONDAY_LATE);
    expect(q.counts.dueSoon).toBe(1);
    expect((await read(MONDAY_LATE, `within=${CASE_DUE_SOON_WORKING_DAYS}`)).rows.map((r) => r.id)).toEqual(["monday"]);
  });

  it("counts Tuesday's just after midnight, before the sweep has run: the cases its view lists", async () => {
    const q = await read(TUESDAY_EARLY);
    const linked = await read(TUESDAY_EARLY, `within=${CASE_DUE_SOON_WORKING_DAYS}`);
    expect(linked.rows.map((r) => r.id).sort()).toEqual(["soon1", "soon2"]);
    expect(q.counts.dueSoon).toBe(2);
    expect(quickView(q.filters, "dueSoon").filters.within).toBe(CASE_DUE_SOON_WORKING_DAYS);
    // The overdue figure is the sweep's, as its view is (the escalation comes with it): not yet.
    expect(q.counts.overdue).toBe(0);
    expect((await read(TUESDAY_EARLY, "overdue=1")).rows).toEqual([]);
  });

  it("and after the sweep: the same due figure, and the Monday case overdue in figure and view", async () => {
    await sweepCaseDeadlines(t.db, TUESDAY_SWEPT);
    const q = await read(TUESDAY_SWEPT);
    expect(q.counts.dueSoon).toBe(2);
    expect(q.counts.overdue).toBe(1);
    expect((await read(TUESDAY_SWEPT, "overdue=1")).rows.map((r) => r.id)).toEqual(["monday"]);
  });
});
