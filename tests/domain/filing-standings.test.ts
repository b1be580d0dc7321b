/**
 * Where each filed version stands on a day (versionStandings, read from versionLineage): in force, coming, replaced
 * by which version from when, or never in force (corrected before its date by which version); and the operator's
 * own list of filings (listOwnFilings), which used to say only "已核查" of a version whose fees were never charged, and
 * one filing's page (getOwnFiling), which said nothing of it at all.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { kindergartenDisclosure } from "~/domain/disclosure/disclosure.queries.server";
import { getOwnFiling, listOwnFilings } from "~/domain/filings/filing.queries.server";
import { schedulesOnDate, versionLineage, versionStandings } from "~/domain/filings/schedules";
import type { Actor } from "~/domain/users/actor";
import { createKindergartenWithOperator, insertBareFiling, seedReferenceData } from "../factories/domain";
import { createTestDb, type TestDb } from "../setup/test-db";

/** Noon in Shanghai on a civil date. */
const on = (date: string) => new Date(`${date}T04:00:00.000Z`);

const f = (version: number, effective_from: string, published_on: string) => ({ version, effective_from, published_on, items: [] });
const v1 = f(1, "2026-09-01", "2026-06-01");
const v2 = f(2, "2027-03-01", "2027-01-10");
const v3 = f(3, "2027-03-01", "2027-01-15"); // a same-term correction of v2 before its date
const v4 = f(4, "2027-09-01", "2027-07-01");
const v5 = f(5, "2027-10-15", "2027-09-20"); // a same-term change of v4 after it came into force
const all = [v1, v2, v3, v4, v5];

const standingsOn = (day: string, versions = all) => Object.fromEntries(versionStandings(versions, day).map(({ schedule, standing }) => [schedule.version, standing]));

describe("versionStandings", () => {
  it("says of each version whether it is in force, coming, replaced (by which, from when) or never in force (corrected by which)", () => {
    expect(standingsOn("2027-01-20")).toEqual({
      1: { state: "in_force" },
      2: { state: "never_in_force", correctedBy: 3 },
      3: { state: "coming", from: "2027-03-01" },
      4: { state: "coming", from: "2027-09-01" },
      5: { state: "coming", from: "2027-10-15" },
    });
    expect(standingsOn("2027-03-01")).toMatchObject({
      1: { state: "replaced", by: 3, from: "2027-03-01" },
      2: { state: "never_in_force", correctedBy: 3 },
      3: { state: "in_force" },
    });
    expect(standingsOn("2027-10-15")).toEqual({
      1: { state: "replaced", by: 3, from: "2027-03-01" },
      2: { state: "never_in_force", correctedBy: 3 },
      3: { state: "replaced", by: 4, from: "2027-09-01" },
      4: { state: "replaced", by: 5, from: "2027-10-15" },
      5: { state: "in_force" },
    });
  });

  it("reads the lineage the public history reads: a version is replaced by the one compared with it", () => {
    const lineage = versionLineage(all);
    for (const { schedule, standing } of versionStandings(all, "2027-12-01")) {
      if (standing.state === "replaced") expect(lineage.find((l) => l.schedule.version === standing.by)?.replaces).toBe(schedule);
      if (standing.state === "never_in_force") expect(lineage.find((l) => l.schedule === schedule)?.correctedBy?.version).toBe(standing.correctedBy);
    }
  });

  it("agrees with schedulesOnDate on the version in force, whatever the order it is given", () => {
    // schedulesOnDate reads what is published by the day; every version is here, as the operator reads them.
    const published = all.map((s) => ({ ...s, published_on: "2000-01-01" }));
    for (const day of ["2026-08-31", "2026-09-01", "2027-01-12", "2027-02-28", "2027-03-01", "2027-08-31", "2027-09-01", "2027-10-14", "2027-10-15"]) {
      const inForce = versionStandings([...published].reverse(), day).filter(({ standing }) => standing.state === "in_force");
      const expected = schedulesOnDate(published, day).inForce;
      expect(inForce.map(({ schedule }) => schedule.version), day).toEqual(expected ? [expected.version] : []);
    }
  });

  it("a correction of a correction: only the last one comes into force, each corrected one names the version after it that corrected it", () => {
    const a = f(1, "2027-03-01", "2027-01-01");
    const b = f(2, "2027-03-01", "2027-01-02");
    const c = f(3, "2027-02-20", "2027-01-03");
    expect(standingsOn("2027-02-01", [a, b, c])).toEqual({
      1: { state: "never_in_force", correctedBy: 2 },
      2: { state: "never_in_force", correctedBy: 3 },
      3: { state: "coming", from: "2027-02-20" },
    });
  });
});

describe("the operator's list of filings", () => {
  let t: TestDb;
  let db: DB;
  let operator: Actor;
  let kindergartenId: string;

  const file = (version: number, term: string, effectiveFrom: string, publishedOn: string) =>
    insertBareFiling(db, kindergartenId, operator.id, { version, term, effectiveFrom, publishedOn });

  beforeAll(async () => {
    t = await createTestDb();
    db = t.db;
    await seedReferenceData(db);
    const made = await createKindergartenWithOperator(db, { nature: "forprofit_private" });
    kindergartenId = made.kg.id;
    operator = made.operator;
    await file(1, "2026-autumn", "2026-09-01", "2026-06-01");
    await file(2, "2027-spring", "2027-03-01", "2026-12-01");
    // The bookkeeper's correction of version 2 the next day, for the same term and date: version 2 is never charged.
    await file(3, "2027-spring", "2027-03-01", "2026-12-02");
    // Filed, not yet published: still the operator's own, and it stands among the others.
    await file(4, "2027-autumn", "2027-09-01", "2027-07-01");
  });

  afterAll(async () => {
    await t?.destroy();
  });

  it("says of each version where it stands on the day, newest first, beside its check status", async () => {
    const list = await listOwnFilings(db, operator, on("2026-12-03"));
    expect(list.map((x) => [x.version, x.status, x.standing])).toEqual([
      [4, "evaluated", { state: "coming", from: "2027-09-01" }],
      [3, "evaluated", { state: "coming", from: "2027-03-01" }],
      [2, "evaluated", { state: "never_in_force", correctedBy: 3 }],
      [1, "evaluated", { state: "in_force" }],
    ]);
    const later = await listOwnFilings(db, operator, on("2027-03-01"));
    expect(later.map((x) => [x.version, x.standing])).toEqual([
      [4, { state: "coming", from: "2027-09-01" }],
      [3, { state: "in_force" }],
      [2, { state: "never_in_force", correctedBy: 3 }],
      [1, { state: "replaced", by: 3, from: "2027-03-01" }],
    ]);
  });

  it("one filing's page says of its version what the list says, on every day", async () => {
    for (const day of ["2026-12-03", "2027-03-01", "2027-09-01"]) {
      const list = await listOwnFilings(db, operator, on(day));
      for (const listed of list) {
        const one = await getOwnFiling(db, operator, listed.id, on(day));
        expect(one?.standing, `version ${listed.version} on ${day}`).toEqual(listed.standing);
      }
    }
    const corrected = (await listOwnFilings(db, operator, on("2027-03-01"))).find((x) => x.version === 2)!;
    expect((await getOwnFiling(db, operator, corrected.id, on("2027-03-01")))?.standing).toEqual({ state: "never_in_force", correctedBy: 3 });
  });

  it("says what the public history says of the same versions", async () => {
    const history = (await kindergartenDisclosure(db, kindergartenId, on("2027-03-01")))!.history;
    const list = await listOwnFilings(db, operator, on("2027-03-01"));
    for (const version of history) {
      const standing = list.find((x) => x.version === version.version)!.standing;
      expect(standing.state === "never_in_force" ? standing.correctedBy : null).toBe(version.corrected_by);
      const replacedBy = list.find((x) => x.standing.state === "replaced" && x.standing.by === version.version);
      if (replacedBy) expect(version.compared_with).toBe(replacedBy.version);
    }
  });
});
