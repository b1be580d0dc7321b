/**
 * A change preview's list of kindergartens whose flags would change: a flag at the same rule and colour that would say
 * something else (another amount over the cap, another item) is marked so, or the row would show the same badge
 * twice with nothing to tell them apart.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { PreviewSection, type PreviewListView } from "~/components/change-preview";
import { renderStatic, textOf } from "../setup/render-static";

const none: PreviewListView = { count: 0, rows: [] };
const changed: PreviewListView = {
  count: 1,
  rows: [
    {
      filingId: "f1",
      kindergartenId: "kg1",
      kindergartenName: "预览幼儿园",
      regionCode: "330203",
      regionName: "海曙区",
      before: [{ ruleId: "R03", version: 3, severity: "red" }],
      after: [{ ruleId: "R03", version: 3, severity: "red", explanationChanged: true }],
    },
  ],
};

describe("a change preview's changed flags", () => {
  it("mark the flag whose explanation would change, in Chinese and English, and only it", async () => {
    const page = () => createElement(PreviewSection, { intro: "", total: 5, newlyFlagged: none, cleared: none, changed });
    const zh = await renderStatic(page);
    const cells = (html: string, col: string) => [...html.matchAll(new RegExp(`<td[^>]*data-col="${col}"[^>]*>([\\s\\S]*?)</td>`, "g"))].map((m) => textOf(m[1]).trim());
    expect(cells(zh, "before")).toEqual(["R03 第3版 · 红色预警"]);
    expect(cells(zh, "after")).toEqual(["R03 第3版 · 红色预警 · 说明有变化"]);
    const en = await renderStatic(page, { lang: "en" });
    expect(cells(en, "after")).toEqual(["R03 v3 · Red · explanation changes"]);
  });
});
