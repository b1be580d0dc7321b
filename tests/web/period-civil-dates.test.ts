/**
 * The shared pieces that write a civil date on the officer's and the kindergarten's pages: a rule's period, an
 * account's period, a publication's deadline, a fee schedule version's standing, a kindergarten's case to-do, a
 * guidance price's effective dates. Each date is kept whole on a phone's line (CivilDate), the words as they were,
 * and a sentence split around its dates has no marker between two of its texts.
 */
import { createElement, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { AccountPeriod } from "~/components/account-history";
import { CaseTodo } from "~/components/case-todo";
import { DataTable } from "~/components/data-table";
import { usePriceEffectiveColumn } from "~/components/guidance-price-columns";
import { PublicationDue } from "~/components/publication-draft";
import { Period } from "~/components/rule-version";
import KindergartenCases from "~/routes/kindergarten+/cases._index";
import { VersionStandingText } from "~/components/version-standing";
import type { Lang } from "~/i18n";
import { renderStatic, wholeDates, words } from "../setup/render-static";


async function reads(element: ReactElement, lang: Lang, expected: { dates: string[]; words: string }) {
  const html = await renderStatic(element, { lang });
  expect(wholeDates(html)).toEqual(expected.dates);
  expect(words(html)).toBe(expected.words);
  expect(html).not.toContain("<!-- -->");
}

describe("a civil date in a shared piece of an officer's or a kindergarten's page", () => {
  it("a rule version's period, open or closed", async () => {
    await reads(createElement(Period, { from: "2026-09-01", to: null }), "zh-CN", { dates: ["2026-09-01"], words: "2026-09-01 起" });
    await reads(createElement(Period, { from: "2026-09-01", to: "2027-08-31" }), "en", { dates: ["2026-09-01", "2027-08-31"], words: "2026-09-01 to 2027-08-31" });
  });

  it("an account's period: from, from and to, and a pending account's day that has passed", async () => {
    const today = "2026-12-04";
    await reads(createElement(AccountPeriod, { status: "approved", from: "2026-09-01", to: null, today }), "zh-CN", { dates: ["2026-09-01"], words: "2026-09-01 起" });
    await reads(createElement(AccountPeriod, { status: "approved", from: "2025-09-01", to: "2026-08-31", today }), "zh-CN", { dates: ["2025-09-01", "2026-08-31"], words: "2025-09-01 至 2026-08-31" });
    await reads(createElement(AccountPeriod, { status: "pending", from: "2026-12-01", to: null, today }), "zh-CN", {
      dates: ["2026-12-01"],
      words: "申请自 2026-12-01 起生效，已过该日期：审核通过后自通过之日起生效",
    });
  });

  it("a publication's deadline: with its date, without it, and overdue", async () => {
    const due = { daysLeft: 4, dueOn: "2026-12-10", overdue: false, estimated: false };
    const withDate = await renderStatic(createElement(PublicationDue, due));
    expect(wholeDates(withDate)).toEqual(["2026-12-10"]);
    expect(words(withDate)).toMatch(/^2026-12-10 · \S/);
    expect(wholeDates(await renderStatic(createElement(PublicationDue, { ...due, withDate: false })))).toEqual([]);
    await reads(createElement(PublicationDue, { ...due, daysLeft: -1, overdue: true }), "zh-CN", { dates: ["2026-12-10"], words: "已超期（2026-12-10）" });
  });

  it("a fee schedule version's standing: coming, and replaced by a version from a day", async () => {
    await reads(createElement(VersionStandingText, { standing: { state: "coming", from: "2027-03-01" } }), "zh-CN", { dates: ["2027-03-01"], words: "2027-03-01 起执行" });
    await reads(createElement(VersionStandingText, { standing: { state: "replaced", by: 3, from: "2026-09-01" } }), "en", {
      dates: ["2026-09-01"],
      words: "Replaced by version 3 from 2026-09-01",
    });
  });

  it("what a kindergarten has to do on a case, by its day, as its list of cases says it", async () => {
    await reads(createElement(CaseTodo, { todo: "answer", answerDueOn: "2026-12-11", followUpDueOn: null }), "zh-CN", { dates: ["2026-12-11"], words: "待说明情况（2026-12-11 前）" });
    await reads(createElement(CaseTodo, { todo: "proof", answerDueOn: "2026-12-11", followUpDueOn: "2027-01-15" }), "en", { dates: ["2027-01-15"], words: "Send proof by 2027-01-15" });
    const row = { id: "c1", title: null, ruleId: "R01", term: "2026-fall", status: "awaiting_kindergarten", notifiedAt: "2026-12-01T02:00:00.000Z", decisionKind: null, overdue: false };
    const cases = [
      { ...row, id: "c1", todo: "answer", answerDueOn: "2026-12-11", followUpDueOn: null },
      { ...row, id: "c2", todo: "proof", answerDueOn: null, followUpDueOn: "2027-01-15" },
    ];
    const html = await renderStatic(KindergartenCases, { loaderData: { cases }, url: "/kindergarten/cases" });
    const todos = [...html.matchAll(/<td[^>]*>([^]*?)<\/td>/g)].map((m) => m[1]).filter((cell) => wholeDates(cell).length > 0);
    expect(todos.map(words)).toEqual(["待说明情况（2026-12-11 前）", "待提交整改／退费凭证（2027-01-15 前）"]);
    expect(todos.flatMap(wholeDates)).toEqual(["2026-12-11", "2027-01-15"]);
  });

  it("a guidance price's effective dates, with an end and open-ended", async () => {
    function Prices() {
      const column = usePriceEffectiveColumn<{ id: string; effective_from: string; effective_to: string | null }>();
      const rows = [
        { id: "a", effective_from: "2025-09-01", effective_to: "2026-08-31" },
        { id: "b", effective_from: "2026-09-01", effective_to: null },
      ];
      return createElement(DataTable<(typeof rows)[number]>, { rows, rowKey: (r) => r.id, columns: [column] });
    }
    const html = await renderStatic(Prices);
    expect(wholeDates(html)).toEqual(["2025-09-01", "2026-08-31", "2026-09-01"]);
    const cells = [...html.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => words(m[1]));
    expect(cells).toEqual(["2025-09-01 – 2026-08-31", expect.stringMatching(/^2026-09-01 – \S/)]);
  });
});
