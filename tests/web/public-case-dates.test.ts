/**
 * A published case (典型案例) as the public page and the officer's preview render it: the day it was decided, the
 * date its order ran to and the day it was published are each kept whole on a phone's line (CivilDate), as the
 * public kindergarten page keeps its dates.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { PublicCaseArticle } from "~/components/public-case";
import { publicCaseContent } from "~/domain/publication/public-case.schema";
import { renderStatic, textOf, wholeDates } from "../setup/render-static";


const content = publicCaseContent.parse({
  kindergarten: { id: "k1", name: "宁波市海曙区春芽幼儿园", uscc: "52330203MJ0000000X", nature: "inclusive_private", regionCode: "330203", place: "浙江省宁波市海曙区" },
  rule: { id: "R03", title: { zh: "超过政府指导价收费", en: "Above the guidance price" } },
  summary: "该园2026年秋季学期保教费超过政府指导价上浮上限收取。",
  narrative: "",
  complaintExcerpt: "",
  decision: { kind: "refund_ordered", basis: "price_law_41", decidedOn: "2026-10-15", documentNo: null, penaltyArticle: null, amountFen: 1_250_000, families: 25, byDate: "2026-11-30" },
  outcome: { proofReceived: true, refundFen: 1_250_000, refundFamilies: 25 },
});

describe("a published case", () => {
  it("keeps its decision's day, its order's date and its publication's day whole", async () => {
    for (const lang of ["zh-CN", "en"] as const) {
      const html = await renderStatic(createElement(PublicCaseArticle, { content, publishedOn: "2026-12-02" }), { lang });
      expect(wholeDates(html)).toEqual(["2026-10-15", "2026-11-30", "2026-12-02"]);
    }
  });

  it("keeps a date in the authority's summary and narrative whole too (a phone broke 2026-11-09 after 2026-)", async () => {
    const written = { ...content, summary: "执法部门于2026-11-09作出行政处罚决定。", narrative: "该园于2026-11-20退还全部多收费用。" };
    const html = await renderStatic(createElement(PublicCaseArticle, { content: written, publishedOn: "2026-12-02" }), { lang: "zh-CN" });
    expect(wholeDates(html)).toEqual(["2026-11-09", "2026-10-15", "2026-11-30", "2026-12-02", "2026-11-20"]);
    expect(textOf(html)).toContain("执法部门于 2026-11-09 作出行政处罚决定。");
  });
});
