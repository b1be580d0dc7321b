/**
 * The officers' summary of parents' mismatching checks (AccountChecksSummary, beside A02's explanation) names the
 * numbers checked by their last four digits, as every other account message names a number, in the reader's
 * language; more numbers than it names end in "…"; none named when the window has none.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { AccountChecksSummary } from "~/components/account-summary";
import { renderStatic, textOf } from "../setup/render-static";

const summary = (last4s: string[], distinctAccounts: number) => ({ windowDays: 30, count: distinctAccounts + 1, distinctAccounts, last4s, total: 9, lastAt: "2026-11-30T01:00:00.000Z" });

describe("the mismatch summary", () => {
  it("names the numbers checked by their last four digits", async () => {
    const html = await renderStatic(createElement(AccountChecksSummary, { mismatches: summary(["0002", "0001"], 2), flags: [], accountStatus: null }));
    expect(textOf(html)).toContain("核验不符的账号尾号：0002、0001");
    const en = await renderStatic(createElement(AccountChecksSummary, { mismatches: summary(["0002", "0001"], 2), flags: [], accountStatus: null }), { lang: "en" });
    expect(textOf(en)).toContain("The mismatching numbers end in 0002, 0001");
  });

  it("says there are more than it names, and names none when the window has none", async () => {
    expect(textOf(await renderStatic(createElement(AccountChecksSummary, { mismatches: summary(["0002"], 12), flags: [], accountStatus: null })))).toContain("核验不符的账号尾号：0002…");
    const none = await renderStatic(createElement(AccountChecksSummary, { mismatches: { ...summary([], 0), count: 0 }, flags: [], accountStatus: null }));
    expect(none).not.toContain("account-mismatch-last4s");
    expect(textOf(none)).toContain("近 30 天核验不符 0 次");
  });
});
