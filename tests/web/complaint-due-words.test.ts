/**
 * A complaint's due day as the parent reads it on the receipt and the tracking page (ComplaintDue,
 * app/components/complaint-tracking.tsx): an estimated day (its year's holiday notice not out yet) is said in words,
 * 约 / about, not marked with a bare ≈ (found on a parent's walk, 2026-12-06).
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ComplaintDue } from "~/components/complaint-tracking";
import { renderStatic, textOf, wholeDates, words } from "../setup/render-static";

const due = (estimated: boolean) => ({ kind: "accept" as const, dueOn: "2027-02-12", estimated });

describe("a complaint's due day on the parent's pages", () => {
  it("says an estimated day in words, in both languages, with the note why", async () => {
    const expected = {
      "zh-CN": { sentence: "市场监管部门应在 约 2027-02-12 前决定是否受理您的投诉", note: "（放假安排尚未公布的年份，按法定节假日估算）" },
      en: { sentence: "Market supervision must decide by about 2027-02-12 whether to accept your complaint", note: "(years whose holiday notice is not out yet are estimated from the statutory holidays)" },
    } as const;
    for (const lang of ["zh-CN", "en"] as const) {
      const html = await renderStatic(createElement(ComplaintDue, { due: due(true) }), { lang });
      const text = textOf(html).replace(/\s+/g, " ");
      expect(text, lang).toContain(expected[lang].sentence);
      expect(words(html), lang).toContain(expected[lang].note);
      expect(html, lang).not.toContain("≈");
      expect(wholeDates(html), "the day kept whole on a line").toEqual(["2027-02-12"]);
    }
  });

  it("says a day of a published calendar as it is", async () => {
    const zh = await renderStatic(createElement(ComplaintDue, { due: due(false) }), { lang: "zh-CN" });
    const en = await renderStatic(createElement(ComplaintDue, { due: due(false) }), { lang: "en" });
    expect(words(zh)).toContain("市场监管部门应在 2027-02-12 前决定是否受理您的投诉");
    expect(words(en)).toContain("Market supervision must decide by 2027-02-12 whether");
    expect(words(zh) + words(en)).not.toMatch(/约|about|≈/);
  });
});
