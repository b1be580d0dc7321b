/**
 * A flag's explanation and a rule's date-valued params as the server renders them: each date (and month) in the
 * evidence's pairs, a list read as one pair, a table's cells and row names, the message, the conditions' sentences
 * and the params the rule ran with is kept whole on a phone's line (CivilDate), as is a date param's value on the
 * rule-config pages and a kindergarten's; the words read as the plain-text helpers (conditionSentence, formatFigure)
 * still write them.
 */
import { createElement, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { DataTable } from "~/components/data-table";
import { FlagExplanation } from "~/components/flag-explanation";
import { datedWords } from "~/components/instant";
import { ParamValue, useEffectiveParamColumns } from "~/components/param-value";
import type { Lang } from "~/i18n";
import ParameterSets from "~/routes/officer+/changes.parameters._index";
import type { RuleOutcome } from "~/rules/types";
import { conditionSentence } from "~/utils/flag-words";
import { filing, item, leaf, outcomeOf, past } from "../rules/fixtures";
import { renderStatic, wholeDates, words } from "../setup/render-static";

const flag = (outcome: RuleOutcome, lang: Lang = "zh-CN") => renderStatic(createElement(FlagExplanation, { outcome, audience: "kindergarten" }), { lang });
const evidencePairs = (html: string) =>
  [...(html.match(/<div class="evidence">[\s\S]*?<\/dl>/)?.[0] ?? "").matchAll(/<dt>([^<]*)<\/dt><dd>([\s\S]*?)<\/dd>/g)].map((m) => [m[1], m[2]]);
const cells = (html: string, col: string) => [...html.matchAll(new RegExp(`<td[^>]*data-col="${col}"[^>]*><div class="cell">([\\s\\S]*?)</div></td>`, "g"))].map((m) => m[1]);

describe("a flag's explanation", () => {
  const r05 = () =>
    outcomeOf(
      "R05",
      filing("forprofit_private", {
        effectiveFrom: "2025-10-01",
        items: [item({ amountFen: 110_000 })],
        previousItems: [item({ amountFen: 100_000 })],
        history: [past(1, "2024-09-01", [item({ amountFen: 90_000 })]), past(2, "2025-03-01", [item({ amountFen: 100_000 })])],
      }),
    );

  it("R05: the evidence's days (its pairs and the earlier increases read as one pair) and the message's, words as they were", async () => {
    const o = await r05();
    for (const lang of ["zh-CN", "en"] as const) {
      const html = await flag(o, lang);
      const pairs = evidencePairs(html);
      expect(pairs.flatMap(([, dd]) => wholeDates(dd))).toEqual(["2024-10-02", "2025-10-01", "2025-03-01"]);
      const said = pairs.map(([dt, dd]) => `${dt} ${words(dd)}`);
      expect(said).toEqual(
        lang === "en"
          ? expect.arrayContaining(["Window starts 2024-10-02", "Effective from 2025-10-01", expect.stringMatching(/ 2025-03-01$/)])
          : ["12 个月内调价次数 2", "统计起始日 2024-10-02", "执行日期 2025-10-01", "执行月份 10月", "12 个月内此前的上调（执行日期） 2025-03-01"],
      );
      const message = html.match(/<\/h3><p>([\s\S]*?)<\/p>/)?.[1] ?? "";
      expect(wholeDates(message)).toEqual(["2024-10-02", "2025-10-01"]);
      if (lang === "zh-CN") expect(words(message)).toContain("2024-10-02 至 2025-10-01 的 12 个月内共有 2 次上调");
      for (const [, dd] of pairs) expect(dd).not.toContain("<!-- -->");
    }
  });

  it("R06 and R12: a condition's dates (the fact's and the threshold's) whole, the sentence as conditionSentence writes it", async () => {
    const r06 = await outcomeOf("R06", filing("forprofit_private", { filing: { publishedOn: "2025-08-02" } }));
    const r12 = await outcomeOf("R12", filing("forprofit_private", {}));
    for (const lang of ["zh-CN", "en"] as const) {
      const published = cells(await flag(r06, lang), "condition")[0];
      expect(wholeDates(published)).toEqual(["2025-08-02", "2025-07-03"]);
      expect(words(published)).toBe(conditionSentence(leaf(r06, "leadTimeTooShort"), lang));
      const term = cells(await flag(r12, lang), "condition").find((cell) => cell.includes("<time"));
      expect(wholeDates(term ?? "")).toEqual(["2025-09-01", "2025-09-01"]);
    }
    expect(words(cells(await flag(r06), "condition")[0])).toBe("公示日期：2025-08-02，晚于 2025-07-03");
  });

  it("R12: the date param it ran with, in the version's line", async () => {
    const o = await outcomeOf("R12", filing("forprofit_private", {}));
    const ran = (await flag(o)).match(/<dd class="muted">([\s\S]*?)<\/dd>/)?.[1] ?? "";
    expect(wholeDates(ran)).toEqual(["2025-09-01"]);
    expect(words(ran)).toBe("开始要求减免的日期 2025-09-01；容差 0.00 元");
  });

  it("a table's days and months: each cell's, and a row's name that starts with its month", async () => {
    const base = await outcomeOf("R06", filing("forprofit_private", { filing: { publishedOn: "2025-08-02" } }));
    const details = {
      clusters: [{ name: "兴趣班", complaintCount: 3, firstReceivedOn: "2026-10-08", lastReceivedOn: "2026-11-20" }],
      months: [{ zh: "2026-10 保教费（请假缺勤）", en: "2026-10 care and education fee (absence)", month: "2026-10", workingDays: 21, daysAttended: 0 }],
    };
    const html = await flag({ ...base, details });
    expect(cells(html, "firstReceivedOn").map(words)).toEqual(["2026-10-08"]);
    expect(cells(html, "firstReceivedOn").flatMap(wholeDates)).toEqual(["2026-10-08"]);
    expect(cells(html, "lastReceivedOn").flatMap(wholeDates)).toEqual(["2026-11-20"]);
    expect(cells(html, "month").flatMap(wholeDates)).toEqual(["2026-10"]);
    expect(cells(html, "month")[0]).toBe('<time dateTime="2026-10" class="nowrap">2026-10</time>');
    const label = cells(html, "label");
    expect(label.map(words)).toEqual(["2026-10 保教费（请假缺勤）"]);
    expect(label.flatMap(wholeDates)).toEqual(["2026-10"]);
    // Figures that are no dates stay as they were.
    expect(cells(html, "complaintCount")).toEqual(["3"]);
  });

  it("keeps as words what only looks like a date: no such day, a piece of a longer code, a month 13", async () => {
    const said = async (text: string) => renderStatic(createElement("p", null, datedWords(text)));
    for (const text of ["2026-02-30", "账号 6222-06-1234", "编号 A-2026-06", "2026-13", "12026-06", "2026-06-18-01"]) {
      const html = await said(text);
      expect(wholeDates(html), text).toEqual([]);
      expect(words(html)).toBe(text);
    }
    expect(wholeDates(await said("2024-02-29 与 2026-06"))).toEqual(["2024-02-29", "2026-06"]);
  });
});

describe("a date-valued rule param", () => {
  const fromDate = { name: "fromDate", type: "date" as const, description: { zh: "开始要求减免的日期", en: "Waiver from" }, value: "2026-03-01", defaultValue: "2025-09-01", source: "city", sourceRegionName: "宁波市" };

  async function reads(element: ReactElement, dates: string[], text: string) {
    const html = await renderStatic(element);
    expect(wholeDates(html)).toEqual(dates);
    expect(words(html)).toBe(text);
  }

  it("its value, as the rule's page and the parameter sets show it", async () => {
    await reads(createElement(ParamValue, { type: "date", value: "2025-09-01" }), ["2025-09-01"], "2025-09-01");
    expect(await renderStatic(createElement(ParamValue, { type: "integer", value: 60 }))).toBe('<span class="param-value">60</span>');
    expect(await renderStatic(createElement(ParamValue, { type: "boolean", value: true }))).not.toContain("<span");
  });

  it("its effective value and default, on the rule's page and read in words on a kindergarten's", async () => {
    for (const readable of [false, true]) {
      function Params() {
        const columns = useEffectiveParamColumns<typeof fromDate>((p) => p, undefined, readable);
        return createElement(DataTable<typeof fromDate>, { rows: [fromDate], rowKey: (p) => p.name, columns });
      }
      const html = await renderStatic(Params);
      expect(cells(html, "value").flatMap(wholeDates)).toEqual(["2026-03-01"]);
      expect(cells(html, "default").flatMap(wholeDates)).toEqual(["2025-09-01"]);
      expect(cells(html, "default").map(words)).toEqual(["2025-09-01"]);
    }
  });

  it("the parameter form's hint: what a blank keeps and what this level has, each day whole", async () => {
    const field = { name: "fromDate", type: "date", description: fromDate.description, min: null, max: null, enum: null, startText: "2026-03-01", setHereText: "2026-03-01", inheritedText: "2025-09-01", inheritedSource: "default", inheritedRegionName: null };
    const loaderData = { submissionKey: "k", sets: [], form: { regions: [], rules: [], regionCode: "330200", ruleId: "R12", fields: [field] } };
    const html = await renderStatic(ParameterSets, { loaderData, url: "/officer/changes/parameters?region=330200&rule=R12" });
    const hint = html.match(/<p id="param-fromDate-hint"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? "";
    expect(wholeDates(hint)).toEqual(["2025-09-01", "2026-03-01"]);
    expect(words(hint)).toMatch(/留空则沿用：2025-09-01（国家默认） · 本级现行：2026-03-01$/);
    expect(hint).not.toContain("<!-- -->");
  });
});
