/**
 * The bookkeeper's walk of the 26th session: kg006 pre-checks next term's schedule (未发现问题), raises 保教费 by 38 %
 * and — before this — the page still said 未发现问题 under the changed form, so the schedule could be filed in the
 * belief that it passed. Now a change after a pre-check (a field typed in, a row added) is said above the result, which
 * fades, with the pre-check's button there; running it again clears the note. The result's advice is a pre-check's:
 * change the form and check again, not the filed filing's 更正本次备案. On a phone (390 × 844): nothing overflows.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { heading, hydrated, signIn, text, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("precheck-changed");

async function fitsTheScreen(page: Page): Promise<void> {
  const seen = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(seen.scroll, `${seen.scroll}px wide on a ${seen.client}px screen`).toBeLessThanOrEqual(seen.client + 1);
}

describe("a pre-check's result once the form has changed", () => {
  it("says the result is of the form before the change, until the pre-check runs again", { timeout: 120_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(page, "kg006");
    await page.goto("/kindergarten/fees/new");
    await hydrated(page);
    await heading(page, /^填报新学期收费标准 · /);
    const precheck = page.getByTestId("precheck");
    const changed = page.getByTestId("precheck-changed");
    const care = page.locator('[name="items[0].amount"]');

    // As the previous term's schedule: nothing to flag.
    await page.getByRole("button", { name: "预检查（不提交）" }).click();
    await precheck.getByText("未发现问题").waitFor();
    expect(await changed.count()).toBe(0);

    // Raised by 38 %: the old 未发现问题 is no longer about this form, and the page says so.
    await care.fill("3300");
    await changed.waitFor();
    expect(await text(changed)).toContain("预检查之后表单又有修改");
    expect(await precheck.getAttribute("class")).toContain("changed");
    await fitsTheScreen(page);
    await journey.screenshot(page, "phone-precheck-changed");

    // Checked again from the note's own button: R04 red, the note gone, the advice a pre-check's.
    await changed.getByRole("button", { name: "预检查（不提交）" }).click();
    await precheck.locator('[data-rule="R04"]').waitFor();
    await expect.poll(() => changed.count()).toBe(0);
    const advice = await text(precheck.locator('[data-rule="R04"] [data-testid="flag-advice"]'));
    expect(advice).toContain("在本页表单中改好后再点“预检查（不提交）”");
    expect(advice).not.toContain("更正本次备案");
    expect(await care.inputValue()).toBe("3300");

    // A row added is a change too.
    await page.getByRole("button", { name: "+ 添加项目" }).click();
    await changed.waitFor();
    await fitsTheScreen(page);
    expect(journey.errors).toEqual([]);
  });
});
