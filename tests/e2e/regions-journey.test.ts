/**
 * The division table kept in a real browser against the real server (demo data: 浙江省, 宁波市 and five districts): the
 * administrator opens 行政区划 from the header, previews 浙江省 of the vendored table (95 to add, nothing written yet),
 * confirms it, is told what was loaded and follows the link to the province's directory, where 杭州市 now is.
 * Screenshots go to tests/artifacts/regions-journey/ (git-ignored).
 */
import { describe, expect, it } from "vitest";
import { heading, signIn, text, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("regions-journey");

describe("the administrator keeps the division table in a browser", () => {
  it("previews a province of the vendored table, loads it and finds its cities in the directory", { timeout: 120_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, "admin");
    await page.locator("header.site-header").getByRole("link", { name: "行政区划", exact: true }).click();
    await heading(page, "行政区划");
    expect(await text(page.getByTestId("regions-totals"))).toBe("现有 1 个省级、1 个地级、5 个县级区划。");
    await journey.screenshot(page, "directory");

    await page.getByTestId("regions-load").click();
    await heading(page, "载入行政区划");
    await page.getByLabel("省份", { exact: true }).selectOption("330000");
    await page.getByTestId("regions-national").getByRole("button", { name: "预览" }).click();
    await page.getByTestId("regions-preview").waitFor();
    expect(await text(page.getByTestId("regions-count-inserted"))).toBe("95");
    expect(await text(page.getByTestId("regions-count-unchanged"))).toBe("7");
    await journey.screenshot(page, "preview");

    await Promise.all([page.waitForURL(/done=loaded/), page.getByRole("button", { name: "确认载入（新增 95，更名 0）" }).click()]);
    expect(await text(page.getByTestId("regions-loaded"))).toContain("已载入：新增 95 个，更名 0 个，未变 7 个。");
    await page.getByRole("link", { name: "查看浙江省的区划" }).click();
    await heading(page, "行政区划");
    expect(await text(page.getByTestId("regions-matched"))).toBe("共 102 个区划符合条件");
    expect(await text(page.getByTestId("regions-list").locator('tr[data-code="330100"]'))).toContain("杭州市");
    await journey.screenshot(page, "province");
    expect(journey.errors).toEqual([]);
  });
});
