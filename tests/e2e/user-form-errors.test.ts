/**
 * The administrator's new-account form checks in the browser (conform, user-admin.schema.ts) what the server checks:
 * a development-reform officer ticked as lead without a region is told both at the first submit, as the server
 * answers (the region's message was shown only at a second submit).
 */
import { describe, expect, it } from "vitest";
import { hydrated, signIn, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("user-form-errors");

describe("the new-account form", () => {
  it("says every missing or refused role field at the first submit", { timeout: 120_000 }, async () => {
    const page = await journey.newPage();
    await signIn(page, "admin");
    await page.goto("/admin/users/new");
    await hydrated(page);
    await page.getByLabel("用户名").fill("xihu.ndrc");
    await page.getByLabel("姓名 / 名称").fill("西湖发改");
    await page.getByLabel("所属部门（监管人员）").selectOption("development_reform");
    await page.getByLabel("本部门负责人（审批延期、抽查、公示）").check();
    await page.getByRole("button", { name: "开设账户" }).click();
    const errors = page.locator("main .field-error");
    await expect.poll(() => errors.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("监管人员须选择辖区"), expect.stringContaining("只有市场监管和教育部门设负责人")]));
    await journey.screenshot(page, "first-submit");
    expect(journey.errors).toEqual([]);
  });
});
