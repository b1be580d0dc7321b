/**
 * A decision's line (CaseDecisionLine), as the officer and the kindergarten read it: its words joined by " · ", and
 * each of its dates kept whole on a line (CivilDate), so that a phone does not break "2026-12-" from "20".
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { CaseDecisionLine } from "~/components/case-decision";
import { renderStatic, textOf, wholeDates } from "../setup/render-static";


describe("a decision's line", () => {
  it("keeps the decision's day, the order's deadline and the decision document's date each whole", async () => {
    const html = await renderStatic(
      createElement(CaseDecisionLine, {
        kind: "refund_ordered",
        basis: "price-law-art39",
        decidedOn: "2026-12-01",
        detail: { byDate: "2026-12-20", amountFen: 40_000, families: 3, decisionDate: "2026-11-30" },
      }),
    );
    expect(wholeDates(html)).toEqual(["2026-12-01", "2026-12-20", "2026-11-30"]);
    const line = textOf(html).trim();
    expect(line, "the words as they were").toBe("责令限期退还多收费用 · 《价格法》第三十九条 · 2026-12-01 · 整改／退费期限 2026-12-20 · 400.00 元 · 涉及家庭数 3 · 处罚决定日期 2026-11-30");
  });

  it("is words only when the decision has no date", async () => {
    const html = await renderStatic(createElement(CaseDecisionLine, { kind: "referred", basis: null, decidedOn: null, detail: { authority: "宁波市江北区教育局" } }));
    expect(wholeDates(html)).toEqual([]);
    expect(textOf(html).trim()).toBe("移送其他部门处理 · 移送部门 宁波市江北区教育局");
  });
});
