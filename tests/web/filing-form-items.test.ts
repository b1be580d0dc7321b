/**
 * The fee-filing form's list of items at its bound (MAX_ITEMS): the route's page rendered as the server renders it,
 * from a previous filing of 39 and of 40 items. Below the bound the bookkeeper can add a row; at it, the button gives
 * way to the bound in words, since a 41st row could only be refused when sent.
 */
import { describe, expect, it } from "vitest";
import { MAX_ITEMS } from "~/domain/filings/filing.schema";
import NewFiling from "~/routes/kindergarten+/fees.new";
import { renderStatic, textOf } from "../setup/render-static";

function loaderData(itemCount: number) {
  return {
    kindergarten: { id: "KG", name_in_use: "宁波市海曙区阳光幼儿园" },
    itemTypes: [{ code: "SVC_BUS", category: "service", name_zh: "校车接送费", name_en: "School bus" }],
    previousItems: Array.from({ length: itemCount }, (_, i) => ({
      code: "SVC_BUS",
      amount_fen: 10_000 + i,
      unit: "month",
      age_band: "all",
      description: "",
      voluntary: 1,
      bundled: 0,
      cost_fen: null,
    })),
    previousTexts: { pricingBasis: "", refundRules: "", complaintChannel: "", waiverDeductionFen: 0 },
    previousFiling: null,
    refundStart: [],
    terms: ["2027-spring"],
    today: "2026-12-05",
    submissionKey: "01M9200000000000000000000",
  };
}

const render = (itemCount: number) => renderStatic(NewFiling, { loaderData: loaderData(itemCount), url: "/kindergarten/fees/new" });

describe("the filing form's items at their bound", () => {
  it(`offers another row below ${MAX_ITEMS} items, and at ${MAX_ITEMS} says that is the most`, async () => {
    const below = await render(MAX_ITEMS - 1);
    expect(below.match(/<fieldset class="item-row"/g)).toHaveLength(MAX_ITEMS - 1);
    expect(textOf(below)).toContain("+ 添加项目");
    expect(below).not.toContain('data-testid="items-at-most"');

    const at = await render(MAX_ITEMS);
    expect(at.match(/<fieldset class="item-row"/g)).toHaveLength(MAX_ITEMS);
    expect(textOf(at)).not.toContain("添加项目");
    expect(textOf(/<p class="muted" data-testid="items-at-most">([\s\S]*?)<\/p>/.exec(at)?.[1] ?? "").trim()).toBe("已填 40 项，达到收费项目的上限");
  });
});
