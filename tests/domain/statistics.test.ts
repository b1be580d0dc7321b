/**
 * Public statistics: every precomputed figure against counts made here with
 * plain loops over the inserted rows (tests/factories/statistics.ts), on
 * SQLite and (TEST_DB=pg) Postgres; the refresh is incremental (a changed row
 * recounts its cells only, twice is once, a write during a refresh is not
 * lost); suppression.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DB } from "~/db/client";
import { refreshStatistics } from "~/domain/statistics/statistics-refresh.server";
import { publicStatistics } from "~/domain/statistics/statistics.queries.server";
import { kindergartenComplaintRowSchema, statisticsRowSchema, suppressFigures, suppressTotal, withholdOneOf } from "~/domain/statistics/statistics.schema";
import { HAISHU, JIANGBEI, NINGBO, PROVINCE, seedReferenceData } from "../factories/domain";
import { expectedCells, expectedKindergartenYears, insertComplaintEvent, insertComplaintRow, insertStatisticsSources, type Inserted } from "../factories/statistics";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let data: Inserted;
const NOW = new Date("2027-12-20T04:00:00.000Z");

async function storedCells(db: DB): Promise<Map<string, number>> {
  const rows = await db.selectFrom("statistics_cells").selectAll().execute();
  return new Map(rows.map((r) => [`${r.level}|${r.region_code}|${r.month}|${r.metric}|${r.key}`, Number(r.value)]));
}

async function storedKindergartenYears(db: DB): Promise<Map<string, Record<string, number>>> {
  const rows = await db.selectFrom("kindergarten_complaint_statistics").selectAll().execute();
  return new Map(
    rows.map(({ kindergarten_id, year, region_code: _region, ...figures }) => [`${kindergarten_id}|${year}`, Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Number(v)]))]),
  );
}

const dirtyCount = async (db: DB) => Number((await db.selectFrom("statistics_dirty").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);

beforeAll(async () => {
  t = await createTestDb();
  await seedReferenceData(t.db);
  data = await insertStatisticsSources(t.db);
});

afterAll(async () => {
  await t?.destroy();
});

describe("the precomputed statistics", () => {
  it("hold every figure the rows give, at every level, counted independently", async () => {
    const first = await refreshStatistics(t.db, { batch: 37 });
    expect(first.districtCells).toBeGreaterThan(50);
    expect(await dirtyCount(t.db)).toBe(0);
    const expected = expectedCells(data);
    // Sanity: the data reaches every metric.
    for (const metric of ["filings.filed", "flags.rule", "cases.opened", "cases.decided", "refunds.amount_fen", "refunds.families", "complaints.received", "complaints.accepted", "complaints.closed", "complaints.decided", "cases.published"]) {
      expect([...expected.keys()].some((k) => k.split("|")[3] === metric), metric).toBe(true);
    }
    expect(await storedCells(t.db)).toEqual(expected);
    expect(await storedKindergartenYears(t.db)).toEqual(expectedKindergartenYears(data));
  });

  it("a second refresh finds nothing to do and changes nothing", async () => {
    const before = await storedCells(t.db);
    expect(await refreshStatistics(t.db)).toEqual({ districtCells: 0, kindergartenYears: 0, skipped: 0 });
    expect(await storedCells(t.db)).toEqual(before);
  });

  it("recounts only the cells a changed row belongs to", async () => {
    const before = await storedCells(t.db);
    const c = data.complaints.find((x) => x.track === "complaint" && x.status === "received")!;
    const acceptedOn = "2027-11-05";
    await t.db.updateTable("complaints").set({ status: "accepted", accepted_on: acceptedOn }).where("id", "=", c.id).execute();
    const dirty = await t.db.selectFrom("statistics_dirty").selectAll().execute();
    const receivedMonth = new Date(Date.parse(c.receivedAt) + 8 * 3600_000).toISOString().slice(0, 7);
    expect(dirty.map((d) => `${d.kind}|${d.subject}|${d.period}`).sort()).toEqual(
      [...new Set([`district|${c.region}|${receivedMonth}`, `district|${c.region}|2027-11`, `kindergarten|${c.kindergartenId}|${receivedMonth.slice(0, 4)}`])].sort(),
    );
    const result = await refreshStatistics(t.db);
    expect(result.skipped).toBe(0);
    c.status = "accepted";
    c.acceptedOn = acceptedOn;
    // Accepted on 2027-11-05, received long before: late.
    c.inTime = false;
    const after = await storedCells(t.db);
    expect(after).toEqual(expectedCells(data));
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
    expect(changed.length).toBeGreaterThan(0);
    // Only the 2027-11 figures of that district and the sums above it moved.
    for (const k of changed) {
      const [, , month, metric] = k.split("|");
      expect(month).toBe("2027-11");
      expect(["complaints.accepted", "complaints.decided"]).toContain(metric);
    }
    expect(await storedKindergartenYears(t.db)).toEqual(expectedKindergartenYears(data));
  });

  it("moves a transferred complaint out of its old district", async () => {
    const c = data.complaints.find((x) => x.region === HAISHU && x.status === "received")!;
    await t.db.updateTable("complaints").set({ region_code: JIANGBEI }).where("id", "=", c.id).execute();
    await refreshStatistics(t.db);
    c.region = JIANGBEI;
    expect(await storedCells(t.db)).toEqual(expectedCells(data));
  });

  it("marks a re-evaluated filing's cell once, and a filing moved to another month in both", async () => {
    await refreshStatistics(t.db);
    const f = data.filings[0];
    const cell = (instant: string) => `district|${f.region}|${new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 7)}`;
    const dirty = async () =>
      new Map((await t.db.selectFrom("statistics_dirty").selectAll().execute()).map((d) => [`${d.kind}|${d.subject}|${d.period}`, d.generation]));
    await t.db.updateTable("fee_filings").set({ evaluated_at: "2027-12-01T00:00:00.000Z" }).where("id", "=", f.id).execute();
    expect(await dirty()).toEqual(new Map([[cell(f.submittedAt), 1]]));
    // An update the statistics do not read marks nothing.
    await t.db.updateTable("fee_filings").set({ note: "checked" }).where("id", "=", f.id).execute();
    expect(await dirty()).toEqual(new Map([[cell(f.submittedAt), 1]]));
    const moved = f.submittedAt.startsWith("2026-03") ? "2026-05-10T02:00:00.000Z" : "2026-03-10T02:00:00.000Z";
    await t.db.updateTable("fee_filings").set({ submitted_at: moved }).where("id", "=", f.id).execute();
    expect(await dirty()).toEqual(new Map([[cell(f.submittedAt), 2], [cell(moved), 1]]));
    await refreshStatistics(t.db);
    f.submittedAt = moved;
    // Stamped anew without results of that stamp: it has no current flags now.
    f.currentFlags = [];
    expect(await storedCells(t.db)).toEqual(expectedCells(data));
  });

  it("keeps a cell dirty when its sources change while it is being counted", async () => {
    const kg = data.kindergartens.find((k) => k.region === HAISHU)!;
    const receivedAt = "2027-10-10T02:00:00.000Z";
    const add = async () => {
      const id = await insertComplaintRow(t.db, { kindergartenId: kg.id, region: HAISHU, track: "report", status: "received", receivedAt, clockFrom: "2027-10-10", acceptedOn: null, decidedOn: null, mediationOutcome: null });
      data.complaints.push({ id, kindergartenId: kg.id, region: HAISHU, track: "report", status: "received", receivedAt, acceptedOn: null, decidedOn: null, inTime: null, mediationOutcome: null, reportOutcome: null, closedAt: null });
    };
    await add();
    let wrote = false;
    // A second complaint committed after the first was counted, before the counts are written.
    const during = await refreshStatistics(t.db, {
      afterCount: async () => {
        if (!wrote) await add();
        wrote = true;
      },
    });
    expect(during.skipped).toBeGreaterThan(0);
    expect(await dirtyCount(t.db)).toBeGreaterThan(0);
    await refreshStatistics(t.db);
    expect(await dirtyCount(t.db)).toBe(0);
    expect(await storedCells(t.db)).toEqual(expectedCells(data));
    expect(await storedKindergartenYears(t.db)).toEqual(expectedKindergartenYears(data));
  });

  it("counts a closing in the month of its event, a re-evaluation's flags instead of the old ones, a publication once withdrawn", async () => {
    const c = data.complaints.find((x) => x.track === "report" && x.status === "case_opened")!;
    await t.db.updateTable("complaints").set({ status: "closed" }).where("id", "=", c.id).execute();
    await insertComplaintEvent(t.db, c.id, "closed", "2027-12-31T17:00:00.000Z");
    c.status = "closed";
    // 01:00 on 1 January 2028 in Shanghai.
    c.closedAt = "2027-12-31T17:00:00.000Z";

    const f = data.filings.find((x) => x.currentFlags.length > 0)!;
    const at = "2027-12-01T00:00:00.000Z";
    await t.db.insertInto("rule_results").values({ filing_id: f.id, rule_id: "R14", rule_version: 1, severity: "red", explanation: "{}", evaluated_at: at }).execute();
    await t.db.updateTable("fee_filings").set({ evaluated_at: at }).where("id", "=", f.id).execute();
    f.currentFlags = ["R14"];

    await refreshStatistics(t.db);
    expect(await storedCells(t.db)).toEqual(expectedCells(data));
    expect(await storedKindergartenYears(t.db)).toEqual(expectedKindergartenYears(data));
  });
});

describe("suppression", () => {
  it("hides 1–4, and a total whenever one of its figures is hidden, so no hidden figure can be worked out", () => {
    expect(suppressFigures([0, 3, 10, 20])).toEqual([0, null, 10, 20]);
    expect(suppressFigures([5, 0, 12])).toEqual([5, 0, 12]);
    expect(suppressTotal(3)).toBeNull();
    expect(suppressTotal(0)).toBe(0);
    expect(suppressTotal(5)).toBe(5);
    // Found in an acceptance walk-through: October 1 and December 1 hidden, November 5, the year 7 shown gave both away.
    const months = [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 5, 1];
    const shown = suppressFigures(months);
    expect(shown.filter((v) => v === null)).toHaveLength(2);
    expect(suppressTotal(7, shown)).toBeNull();
    expect(suppressTotal(25, suppressFigures([10, 15]))).toBe(25);
    // A row shown whole beside a withheld total would add up to it: its smallest non-zero figure goes too.
    expect(withholdOneOf([6, 0, 9], [6, 0, 9])).toEqual([null, 0, 9]);
    expect(withholdOneOf([6, 2, 9], [6, null, 9])).toEqual([6, null, 9]);
  });

  it("applies to the page's complaint figures and kindergartens, never to filings or cases", async () => {
    const result = await publicStatistics(t.db, { province: PROVINCE, city: NINGBO, year: "2027" }, NOW);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const { statistics } = result;
    const expected = expectedCells(data);
    expect(statistics.region.level).toBe("city");
    for (const row of statistics.rows) {
      expect(statisticsRowSchema.parse(row)).toEqual(row);
      const raw = row.period.length === 7 ? (expected.get(`city|${NINGBO}|${row.period}|${row.metric}|${row.key}`) ?? 0) : [...Array(12)].reduce((n: number, _, i) => n + (expected.get(`city|${NINGBO}|2027-${String(i + 1).padStart(2, "0")}|${row.metric}|${row.key}`) ?? 0), 0);
      if (row.metric.startsWith("complaints.")) {
        if (raw > 0 && raw < 5) expect(row.value, `${row.metric} ${row.key} ${row.period}`).toBeNull();
        if (row.value !== null) expect(row.value).toBe(raw);
      } else {
        expect(row.value, `${row.metric} ${row.key} ${row.period}`).toBe(raw);
      }
    }
    // A metric's year is withheld whenever one of its months is: no subtraction gives a hidden month away.
    const hiddenMonths = new Set(statistics.rows.filter((row) => row.period.length === 7 && row.value === null).map((row) => `${row.metric}|${row.key}`));
    for (const row of statistics.rows) if (row.period.length === 4 && hiddenMonths.has(`${row.metric}|${row.key}`)) expect(row.value, `${row.metric} ${row.key}`).toBeNull();

    const years = expectedKindergartenYears(data);
    expect(statistics.kindergartens!.length).toBeGreaterThan(0);
    for (const k of statistics.kindergartens!) {
      expect(kindergartenComplaintRowSchema.parse(k)).toEqual(k);
      const raw = years.get(`${k.kindergarten_id}|2027`)!;
      for (const [field, value] of Object.entries(k)) {
        if (typeof value !== "number" && value !== null) continue;
        if (raw[field] > 0 && raw[field] < 5) expect(value, field).toBeNull();
        if (value !== null) expect(value, field).toBe(raw[field]);
      }
      // What it received is shown only with every figure that adds up to it; else neither group is shown whole.
      const parts = [k.complaints, k.reports, k.pending, k.rejected, k.agreement, k.no_agreement, k.case_opened, k.no_case];
      if (parts.includes(null)) expect(k.received).toBeNull();
      if (k.received === null && raw.received > 0) {
        expect([k.complaints, k.reports]).toContain(null);
        expect([k.pending, k.rejected, k.agreement, k.no_agreement, k.case_opened, k.no_case]).toContain(null);
      }
    }
    // Not everything withheld: figures of five or more are shown.
    expect(statistics.kindergartens!.some((k) => [k.complaints, k.reports, k.received].some((v) => v !== null && v >= 5))).toBe(true);
  });

  it("refuses an unknown region or a year out of range", async () => {
    expect((await publicStatistics(t.db, { district: "990101" }, NOW)).ok).toBe(false);
    expect((await publicStatistics(t.db, { year: "1999" }, NOW)).ok).toBe(false);
    const country = await publicStatistics(t.db, {}, NOW);
    expect(country.ok && country.statistics.region.level).toBe("country");
    expect(country.ok && country.statistics.kindergartens).toBeNull();
  });
});
