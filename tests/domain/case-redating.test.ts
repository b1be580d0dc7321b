/**
 * Stored case deadlines reckoned again when a release brings a year's holiday
 * notice: the sweep moves the verification clocks that were estimates for
 * that year (a timeline event with both dates), leaves the rest, records the
 * year it reckoned with, and does it once. On SQLite and TEST_DB=pg.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { redateEstimatedClocks, sweepCaseDeadlines } from "~/domain/cases/case-sweep.server";
import { addDays } from "~/utils/civil-date";
import { addWorkingDays, calendarKnownThroughYear } from "~/utils/working-days";
import { createKindergarten, HAISHU, insertCase, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
beforeEach(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
});
afterEach(async () => {
  await t?.destroy();
});

const KNOWN = calendarKnownThroughYear();
// Opened before the National Day holiday of the last year the data knows: its 15 working days span it.
const OPENED_ON = `${KNOWN}-09-28`;
const TRUE_DUE = addWorkingDays(OPENED_ON, 15).date;
// What an estimate could have said before the notice was in the data (a different day).
const ESTIMATED_DUE = addDays(TRUE_DUE, -3);
const NOW = new Date(`${KNOWN}-09-29T02:00:00.000Z`);

async function cases() {
  const kg = await createKindergarten(t.db, { region_code: HAISHU });
  const opened = `${OPENED_ON}T02:00:00.000Z`;
  const estimated = await insertCase(t.db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "red", dueDate: ESTIMATED_DUE, openedAt: opened, ruleId: "R03" });
  // Stored in a year that was known when it was stored: not an estimate, not reckoned again.
  const earlier = await insertCase(t.db, {
    kindergartenId: kg.id,
    regionCode: HAISHU,
    severity: "red",
    dueDate: `${KNOWN - 1}-12-30`,
    openedAt: `${KNOWN - 1}-12-01T02:00:00.000Z`,
    ruleId: "R04",
  });
  const decided = await insertCase(t.db, { kindergartenId: kg.id, regionCode: HAISHU, severity: "red", dueDate: ESTIMATED_DUE, openedAt: opened, ruleId: "R05", status: "decided", dueKind: null });
  return { estimated, earlier, decided };
}

const dueOf = async (id: string) => (await t.db.selectFrom("inspection_cases").select("due_date").where("id", "=", id).executeTakeFirstOrThrow()).due_date;
const redatedEvents = (id: string) => t.db.selectFrom("case_events").select("payload").where("case_id", "=", id).where("kind", "=", "redated").execute();
const mark = async () => (await t.db.selectFrom("case_clock_calendar").select("known_through_year").executeTakeFirst())?.known_through_year;

describe("redating estimated case deadlines", () => {
  it("moves the clocks stored as estimates for a year whose notice has come, once, with an event", async () => {
    const ids = await cases();
    // The deadlines were stored when the data knew the year before only.
    await t.db.insertInto("case_clock_calendar").values({ id: 1, known_through_year: KNOWN - 1, updated_at: "2025-12-01T00:00:00.000Z" }).execute();

    const result = await sweepCaseDeadlines(t.db, NOW);
    expect(result.redated).toBe(1);
    expect(await dueOf(ids.estimated)).toBe(TRUE_DUE);
    const events = await redatedEvents(ids.estimated);
    expect(events.map((e) => JSON.parse(e.payload))).toEqual([{ dueKind: "verify", previousDueOn: ESTIMATED_DUE, dueOn: TRUE_DUE, calendarYear: KNOWN }]);
    expect(await dueOf(ids.earlier)).toBe(`${KNOWN - 1}-12-30`);
    expect(await dueOf(ids.decided)).toBe(ESTIMATED_DUE);
    expect(await mark()).toBe(KNOWN);
    const audit = await t.db.selectFrom("audit_log").select("action").where("entity_id", "=", ids.estimated).execute();
    expect(audit.map((a) => a.action)).toContain("case.redated");

    // Once: a second run finds the mark up to date.
    await t.db.updateTable("inspection_cases").set({ due_date: ESTIMATED_DUE }).where("id", "=", ids.estimated).execute();
    expect((await sweepCaseDeadlines(t.db, NOW)).redated).toBe(0);
    expect(await redatedEvents(ids.estimated)).toHaveLength(1);
  });

  it("a first run only records the year the stored deadlines were reckoned with", async () => {
    const ids = await cases();
    expect(await redateEstimatedClocks(t.db, NOW)).toBe(0);
    expect(await mark()).toBe(KNOWN);
    expect(await dueOf(ids.estimated)).toBe(ESTIMATED_DUE);
  });
});
