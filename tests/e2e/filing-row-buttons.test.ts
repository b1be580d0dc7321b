/**
 * The fee-schedule form's row buttons work on the first press right after a mistake is typed, in a real browser
 * against the real server (demo data). A field is checked when it is left (shouldValidate: "onBlur"); a press of
 * 添加项目 used to leave the amount field first, its message pushed the button down a line between the press and
 * the release, and the press added no row (seen walking the form as kg001: 680,5元, then 添加项目). Screenshots go
 * to tests/artifacts/filing-row-buttons/ (git-ignored).
 */
import { describe, expect, it } from "vitest";
import { heading, hydrated, signIn, text, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("filing-row-buttons");

describe("the fee-schedule form's row buttons", () => {
  it("add and remove a row on the first press after a wrong amount, which is still told when the field is left", { timeout: 60_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(page, "kg001");
    await page.goto("/kindergarten/fees/new");
    await hydrated(page);
    await heading(page, /^填报新学期收费标准 · /);
    const rows = page.locator("fieldset.item-row");
    const before = await rows.count();
    const amount = rows.first().getByLabel("金额（元）");
    await amount.fill("680,5元");

    await page.getByRole("button", { name: /添加项目/ }).click();
    await expect.poll(() => rows.count(), { timeout: 3_000 }).toBe(before + 1);
    // What was typed stays as typed.
    expect(await amount.inputValue()).toBe("680,5元");

    await amount.fill("680,6元");
    await rows.last().getByRole("button", { name: "删除" }).click();
    await expect.poll(() => rows.count(), { timeout: 3_000 }).toBe(before);
    await journey.screenshot(page, "rows-pressed");

    // Left, the field is checked as before.
    await amount.focus();
    await page.keyboard.press("Tab");
    const error = rows.first().locator(".field-error");
    await error.waitFor();
    expect(await text(error)).toBe("金额须为数字，最多两位小数");
    expect(journey.errors).toEqual([]);
  });
});
