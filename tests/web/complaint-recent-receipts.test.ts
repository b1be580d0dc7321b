/**
 * The receipts a phone was given in the last two hours, above the complaint form: each line starts with what was
 * sent, 投诉 or 举报, as a sentence of its own in each language ("Report about …", not "report about …": the noun
 * the catalogue keeps for the middle of a sentence is lower case).
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { RecentReceipts } from "~/components/complaint-form";
import { renderStatic, textOf } from "../setup/render-static";

const receipts = [
  { trackingNo: "K7MQ-93XD-2PHA", accessCode: null, track: "report" as const, kindergartenName: "海曙区阳光幼儿园", receivedAt: "2026-12-05T02:00:00.000Z" },
  { trackingNo: "K7MQ-93XD-2PHB", accessCode: null, track: "complaint" as const, kindergartenName: "江北区星星幼儿园", receivedAt: "2026-12-05T03:00:00.000Z" },
];

const lines = (html: string) => [...html.matchAll(/<li>\s*<p>([\s\S]*?)<\/p>/g)].map((m) => textOf(m[1]).trim());

describe("the recent receipts above the complaint form", () => {
  it("begin each line with the kind sent, capitalised in English", async () => {
    const en = lines(await renderStatic(createElement(RecentReceipts, { receipts }), { lang: "en" }));
    expect(en[0]).toMatch(/^Report about 海曙区阳光幼儿园, sent \d/);
    expect(en[1]).toMatch(/^Complaint about 江北区星星幼儿园, sent \d/);
    const zh = lines(await renderStatic(createElement(RecentReceipts, { receipts }), { lang: "zh-CN" }));
    expect(zh[0]).toMatch(/^举报：海曙区阳光幼儿园，提交于 \d{4}年/);
    expect(zh[1]).toMatch(/^投诉：江北区星星幼儿园，提交于 \d{4}年/);
  });
});
