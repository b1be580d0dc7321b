/**
 * Where a re-evaluation run re-evaluates, as the pages show it: a district's batch's run reads 海曙区 (Haishu's name in
 * English too: region names are not translated), a rule version's run 全国 / Nationwide, on the progress page, the
 * list of runs and a change's own list of its runs.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { RunList } from "~/components/reevaluation-runs";
import RunPage from "~/routes/officer+/changes.runs.$runId";
import RunsIndex from "~/routes/officer+/changes._index";
import { renderStatic, textOf } from "../setup/render-static";

const HAISHU_SCOPE = { regionCode: "330203", regionName: "海曙区" };

function run(scope: typeof HAISHU_SCOPE | null) {
  return {
    id: "01JTHHPNM04RWCT0YASMBJREVW",
    reason: scope ? "guidance_prices" : "rule_version",
    subject_id: scope ? "01JTHHPNM04RWCT0YASMBJREVX" : "R06@2",
    status: "running",
    total: 7,
    processed: 2,
    newly_flagged: 1,
    cleared: 0,
    cursor: "01JTHHPNM04RWCT0YASMBJREVY",
    region_code: scope?.regionCode ?? null,
    region_name: scope?.regionName ?? null,
    error: null,
    created_by: null,
    created_by_name: "海曙区发改局",
    created_at: "2026-12-05T02:00:00.000Z",
    started_at: "2026-12-05T02:00:01.000Z",
    finished_at: null,
    percent: 28,
    scope,
  };
}

/** The kindergartens behind the counters, none in the reader's jurisdiction. */
const NONE_LISTED = { flagged: { count: 0, rows: [], next: null, paged: false }, cleared: { count: 0, rows: [], next: null, paged: false } };

const part = (html: string, testId: string) => html.match(new RegExp(`<dd[^>]*data-testid="${testId}"[^>]*>([\\s\\S]*?)</dd>`))?.[1] ?? "";

describe("a run's progress page", () => {
  it("names the district a district's batch re-evaluates, with its progress out of that district's filings", async () => {
    const page = (lang: "zh-CN" | "en") => renderStatic(RunPage, { lang, loaderData: { run: run(HAISHU_SCOPE), stall: null, canResume: false, kindergartens: NONE_LISTED } });
    const zh = await page("zh-CN");
    expect(textOf(zh)).toContain("范围");
    expect(part(zh, "run-scope")).toBe("海曙区");
    expect(textOf(zh)).toContain("已评估 2 / 7 份备案");
    const en = await page("en");
    expect(textOf(en)).toContain("Scope");
    expect(part(en, "run-scope")).toBe("海曙区");
  });

  it("says 全国 (Nationwide) for a rule version's run", async () => {
    const page = (lang: "zh-CN" | "en") => renderStatic(RunPage, { lang, loaderData: { run: run(null), stall: null, canResume: false, kindergartens: NONE_LISTED } });
    expect(part(await page("zh-CN"), "run-scope")).toBe("全国");
    expect(part(await page("en"), "run-scope")).toBe("Nationwide");
  });
});

describe("the kindergartens behind a run's counters", () => {
  it("are named and linked, a page at a time, and the reader is told when the counter reaches beyond their jurisdiction", async () => {
    const kindergartens = {
      flagged: { count: 1, rows: [{ id: "01JTHHPNM04RWCT0YASMBJKG01", name: "海曙区阳光幼儿园", regionName: "海曙区" }], next: "01JTHHPNM04RWCT0YASMBJKG01", paged: false },
      cleared: { count: 0, rows: [], next: null, paged: false },
    };
    const page = (lang: "zh-CN" | "en") =>
      renderStatic(RunPage, { lang, url: "/officer/changes/runs/x?resumed=1", loaderData: { run: { ...run(null), newly_flagged: 3 }, stall: null, canResume: false, kindergartens } });
    const zh = await page("zh-CN");
    expect(zh).toMatch(/<a [^>]*href="\/officer\/kindergartens\/01JTHHPNM04RWCT0YASMBJKG01">海曙区阳光幼儿园<\/a>/);
    // The next page of this list, the notice of a resumption left behind.
    expect(zh).toMatch(/<a [^>]*href="\/officer\/changes\/runs\/x\?flaggedAfter=01JTHHPNM04RWCT0YASMBJKG01">下一页<\/a>/);
    expect(textOf(zh)).toContain("以下仅列您辖区内的幼儿园，共 1 所");
    // Nothing cleared: no list for it.
    expect(zh).not.toContain('data-testid="run-cleared"');
    expect(textOf(await page("en"))).toContain("Which kindergartens were newly flagged");
  });
});

describe("the lists of runs", () => {
  it("the re-evaluations list has a scope column", async () => {
    const rows = [run(HAISHU_SCOPE), { ...run(null), id: "01JTHHPNM04RWCT0YASMBJREVZ" }].map((r) => ({ ...r, stalled: false }));
    const zh = textOf(await renderStatic(RunsIndex, { lang: "zh-CN", loaderData: { runs: rows } }));
    expect(zh).toContain("范围");
    expect(zh).toContain("海曙区");
    expect(zh).toContain("全国");
    const en = textOf(await renderStatic(RunsIndex, { lang: "en", loaderData: { runs: rows } }));
    expect(en).toContain("Scope");
    expect(en).toContain("Nationwide");
  });

  it("a change's own list of runs names each one's scope", async () => {
    const list = (lang: "zh-CN" | "en", scope: typeof HAISHU_SCOPE | null) =>
      renderStatic(createElement(RunList, { title: "runs", runs: [{ ...run(scope), stalled: false }] }), { lang });
    expect(textOf(await list("zh-CN", HAISHU_SCOPE))).toContain("海曙区");
    expect(textOf(await list("zh-CN", null))).toContain("全国");
    expect(textOf(await list("en", null))).toContain("Nationwide");
  });
});
