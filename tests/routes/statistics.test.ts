/**
 * The public statistics routes, signed out: the page (the figures of the
 * chosen region and year, suppressed as documented), its CSV (the same
 * figures, open-data headers), its chart images, and 400 (never 500) for a
 * query they cannot use. Figures are checked against counts made in the test
 * (tests/factories/statistics.ts), on SQLite and TEST_DB=pg.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import { refreshStatistics } from "~/domain/statistics/statistics-refresh.server";
import { chartImageHeight } from "~/domain/statistics/statistics-charts";
import type { MetricName, StatisticsChart } from "~/domain/statistics/statistics.schema";
import * as page from "~/routes/_public+/statistics._index";
import * as csv from "~/routes/_public+/statistics[.csv]";
import * as chart from "~/routes/_public+/statistics.charts.$chart";
import * as history from "~/routes/_public+/statistics.kindergartens.$id";
import { setDb } from "~/web/db.server";
import { HAISHU, NINGBO, PROVINCE, seedReferenceData } from "../factories/domain";
import { expectedCells, expectedKindergartenYears, insertStatisticsSources, type Inserted } from "../factories/statistics";
import { callRoute } from "../setup/route-helpers";
import { createTestDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let data: Inserted;
const YEAR = "2026";
const month = (i: number) => `${YEAR}-${String(i + 1).padStart(2, "0")}`;

type PageBody = {
  statistics: { region: { code: string | null; level: string }; year: string; kindergartens: unknown[] | null };
  charts: Array<{ chart: string; series: Array<{ metric: string; key: string; months: Array<number | null>; total: number | null }> }>;
  version: string;
};

beforeAll(async () => {
  t = await createTestDb();
  setDb(t.db);
  await seedReferenceData(t.db);
  data = await insertStatisticsSources(t.db, 11);
  await refreshStatistics(t.db);
});

afterAll(async () => {
  await t?.destroy();
});

describe("GET /statistics", () => {
  it("shows a city's year: every chart's figures as counted independently, complaints suppressed", async () => {
    const res = await callRoute(page.loader, `/statistics?province=${PROVINCE}&city=${NINGBO}&year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBeNull(); // set by the route's headers export, not the loader
    const body = res.body as PageBody;
    expect(body.statistics.region).toMatchObject({ code: NINGBO, level: "city" });
    expect(body.statistics.kindergartens).not.toBeNull();
    const expected = expectedCells(data);
    let compared = 0;
    for (const { series } of body.charts) {
      for (const s of series) {
        const raw = s.months.map((_, i) => expected.get(`city|${NINGBO}|${month(i)}|${s.metric}|${s.key}`) ?? 0);
        s.months.forEach((v, i) => {
          if (v === null) expect(s.metric.startsWith("complaints.") && raw[i] > 0).toBe(true);
          else expect(v, `${s.metric} ${s.key} ${month(i)}`).toBe(raw[i]);
          compared += 1;
        });
      }
    }
    expect(compared).toBeGreaterThan(100);
    // Each flagged rule is named by its title beside its id (a parent cannot read "R03").
    const flagged = body.charts.find((c) => c.chart === "flags")!.series.map((x) => x.key);
    expect(flagged.length).toBeGreaterThan(0);
    const rules = (res.body as { rules: Record<string, { zh: string }> }).rules;
    for (const id of flagged) expect(rules[id]?.zh, id).toMatch(/[\u4e00-\u9fff]/);
  });

  it("shows the whole country without a region, and a district's kindergartens", async () => {
    const country = await callRoute(page.loader, "/statistics");
    expect(country.status).toBe(200);
    expect((country.body as PageBody).statistics.region).toMatchObject({ code: null, level: "country" });
    expect((country.body as PageBody).statistics.kindergartens).toBeNull();
    const district = await callRoute(page.loader, `/statistics?district=${HAISHU}&year=${YEAR}`);
    expect(district.status).toBe(200);
    expect((district.body as PageBody).statistics.region.level).toBe("district");
  });

  it("shows in its choosers the region it counts, with that region's own province and city", async () => {
    // A district alone, and a district under another province's ?province= (a hand-edited link): both count 海曙区.
    for (const query of [`district=${HAISHU}`, `province=440000&city=440100&district=${HAISHU}`]) {
      const res = await callRoute(page.loader, `/statistics?${query}&year=${YEAR}`);
      const body = res.body as PageBody & { form: Record<string, string>; statistics: { choices: { cities: Array<{ code: string }>; districts: Array<{ code: string }> } } };
      expect(body.statistics.region.code, query).toBe(HAISHU);
      expect(body.form, query).toMatchObject({ province: PROVINCE, city: NINGBO, district: HAISHU });
      expect(body.statistics.choices.cities.map((c) => c.code), query).toContain(NINGBO);
      expect(body.statistics.choices.districts.map((d) => d.code), query).toContain(HAISHU);
    }
  });

  it.each([
    ["year=abc"],
    ["year=1999"],
    ["year=2026&year=2025"],
    ["district=12"],
    ["district=990101"],
    ["city=330200x"],
    [`province=${"9".repeat(5000)}`],
  ])("refuses a query it cannot use with 400 (%#)", async (query) => {
    const res = await callRoute(page.loader, `/statistics?${query}`);
    expect(res.status).toBe(400);
    const file = await callRoute(csv.loader, `/statistics.csv?${query}`);
    expect(file.status).toBe(400);
  });
});

describe("GET /statistics.csv", () => {
  it("holds the page's figures, one a line, a suppressed one empty and marked", async () => {
    const res = await callRoute(csv.loader, `/statistics.csv?province=${PROVINCE}&city=${NINGBO}&year=${YEAR}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="statistics-${NINGBO}-${YEAR}.csv"`);
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=300");
    const text = String(res.body);
    // (The byte-order mark is dropped by Response.text(), as by any UTF-8 reader.)
    const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, "").trimEnd(), { header: true });
    expect(parsed.meta.fields).toEqual(["region_code", "region_name", "level", "period", "metric", "key", "value", "suppressed"]);
    const expected = expectedCells(data);
    let suppressed = 0;
    for (const row of parsed.data) {
      expect(row.region_code).toBe(NINGBO);
      expect(row.region_name).toBe("浙江省 宁波市");
      if (row.period.length !== 7) continue;
      const raw = expected.get(`city|${NINGBO}|${row.period}|${row.metric}|${row.key}`) ?? 0;
      if (row.suppressed === "1") {
        expect(row.value).toBe("");
        expect(row.metric.startsWith("complaints.")).toBe(true);
        suppressed += 1;
      } else {
        expect(Number(row.value), `${row.metric} ${row.key} ${row.period}`).toBe(raw);
      }
    }
    expect(parsed.data.length).toBeGreaterThan(100);
    expect(suppressed).toBeGreaterThan(0);
  });
});

describe("GET /statistics/charts/:chart", () => {
  it("draws each chart as an SVG image as tall as the page declares it, and 404s an unknown one", async () => {
    const declared = ((await callRoute(page.loader, `/statistics?province=${PROVINCE}&city=${NINGBO}&year=${YEAR}`)).body as PageBody).charts;
    for (const name of ["filings", "flags", "cases", "decisions", "refunds", "complaints", "published"]) {
      const res = await callRoute(chart.loader, `/statistics/charts/${name}?city=${NINGBO}&year=${YEAR}&lang=en&v=x`, { params: { chart: name } });
      expect(res.status, name).toBe(200);
      expect(res.headers.get("Content-Type")).toBe("image/svg+xml; charset=utf-8");
      expect(res.headers.get("Content-Security-Policy")).toContain("default-src 'none'");
      expect(String(res.body)).toMatch(/^<svg/);
      // The page reserves the image's place before it loads: a different height would move the page as it arrives.
      const { series } = declared.find((c) => c.chart === name)!;
      expect(String(res.body).match(/^<svg[^>]* height="(\d+)"/)?.[1], name).toBe(String(chartImageHeight(name as StatisticsChart, series as Array<{ metric: MetricName }>)));
    }
    expect((await callRoute(chart.loader, "/statistics/charts/nope", { params: { chart: "nope" } })).status).toBe(404);
    expect((await callRoute(chart.loader, "/statistics/charts/filings?lang=fr", { params: { chart: "filings" } })).status).toBe(400);
  });
});

describe("GET /statistics/kindergartens/:id", () => {
  it("shows a kindergarten's years of complaints, counted independently, 1–4 withheld", async () => {
    const expected = expectedKindergartenYears(data);
    for (const k of data.kindergartens.slice(0, 3)) {
      const res = await callRoute(history.loader, `/statistics/kindergartens/${k.id}`, { params: { id: k.id } });
      expect(res.status).toBe(200);
      const body = res.body as { years: Array<Record<string, number | null | string>> };
      const years = [...expected.keys()].filter((key) => key.startsWith(`${k.id}|`)).map((key) => key.split("|")[1]).sort().reverse();
      expect(body.years.map((y) => y.year)).toEqual(years);
      for (const y of body.years) {
        const raw = expected.get(`${k.id}|${y.year}`)!;
        for (const [field, value] of Object.entries(y)) {
          if (!(field in raw)) continue;
          if (raw[field] > 0 && raw[field] < 5) expect(value, field).toBeNull();
          if (value !== null) expect(value, field).toBe(raw[field]);
        }
      }
    }
  });

  it("404s an unknown or malformed kindergarten", async () => {
    expect((await callRoute(history.loader, "/statistics/kindergartens/nope", { params: { id: "nope" } })).status).toBe(404);
    const unknown = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
    expect((await callRoute(history.loader, `/statistics/kindergartens/${unknown}`, { params: { id: unknown } })).status).toBe(404);
  });
});
