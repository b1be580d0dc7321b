/**
 * The cases a complaint's page offers to link it to (casesOfKindergarten): the kindergarten's cases still being
 * worked before its closed ones, however many closed ones were opened since, and the count of all still worked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { casesOfKindergarten } from "~/domain/cases/case-from-complaint.server";
import { createKindergarten, insertCase, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
});

afterAll(async () => {
  await t?.destroy();
});

describe("casesOfKindergarten", () => {
  it("lists the cases still being worked first, each group newest first, and counts those beyond the list", async () => {
    const kg = await createKindergarten(t.db);
    const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 2, minute)).toISOString();
    const old = await insertCase(t.db, { kindergartenId: kg.id, regionCode: kg.region_code, severity: "amber", dueDate: "2024-04-01", status: "in_progress", openedAt: "2024-03-01T02:00:00.000Z" });
    const closed: string[] = [];
    for (let i = 0; i < 3; i++) {
      closed.push(await insertCase(t.db, { kindergartenId: kg.id, regionCode: kg.region_code, severity: "amber", dueDate: "2026-12-01", status: "closed", openedAt: at(i) }));
    }
    const recent = await insertCase(t.db, { kindergartenId: kg.id, regionCode: kg.region_code, severity: "red", dueDate: "2026-12-01", status: "open", openedAt: at(10) });

    const all = await casesOfKindergarten(t.db, kg.id);
    expect(all.cases.map((c) => c.id)).toEqual([recent, old, ...closed.reverse()]);
    expect(all.unfinished).toBe(2);
    // Cut short: the cases still worked are the ones kept, and the count still says how many there are.
    const cut = await casesOfKindergarten(t.db, kg.id, 1);
    expect(cut.cases.map((c) => c.id)).toEqual([recent]);
    expect(cut.unfinished).toBe(2);
  });
});
