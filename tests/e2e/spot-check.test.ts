/**
 * A 双随机 spot check in a real browser against the real server (demo data):
 * 海曙's lead asks for more kindergartens than the district has and is told
 * so under the field, with the reason for drawing again asked (the demo drew
 * 海曙 eight working days ago) and the last draw linked; gives it, draws
 * three with a declared conflict, lands on the draw's record, which shows the
 * reason, and verifies it. Screenshots go to tests/artifacts/spot-check/
 * (git-ignored).
 */
import { describe, expect, it } from "vitest";
import { heading, hydrated, signIn, text, useBrowserJourney } from "../setup/e2e";

const journey = useBrowserJourney("spot-check");

describe("双随机抽查 in a browser", () => {
  it("the lead draws, with a conflict declared, and verifies the draw", { timeout: 90_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, "haishu.lead");
    await page.goto("/officer/spot-checks");
    await hydrated(page);
    await heading(page, "双随机抽查");
    await page.getByRole("link", { name: "发起抽查" }).click();
    await heading(page, "发起双随机抽查");
    await hydrated(page);

    await page.getByLabel("抽取数量").fill("99");
    await page.getByRole("button", { name: "抽取" }).click();
    await page.locator("#count-error").waitFor();
    // The button is at the foot of a long form: the answer is focused and brought into view, not left above the screen.
    const alert = page.locator("main .form-error[role=alert]");
    await expect.poll(() => alert.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await text(alert)).toBe("请修正标出的错误后再提交，已填写的文字不会丢失。");
    const box = (await alert.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    // 海曙 has 7 active kindergartens; the demo draw's 3 are being inspected.
    expect(await text(page.locator("#count-error"))).toBe("抽取数量（99）超过该范围可抽取的幼儿园数（4 所；另有 3 所正在接受本部门抽查，不纳入抽取）");
    expect(await text(page.locator("#redrawReason-error"))).toBe("本辖区 30 天内已抽取过（查看上次抽取）；如确需再次抽取，请填写再次抽取的原因");
    expect(await page.locator("#redrawReason-error").getByRole("link", { name: "查看上次抽取" }).getAttribute("href")).toMatch(/^\/officer\/spot-checks\/[0-9A-Z]{26}$/);

    await page.getByLabel("抽取数量").fill("3");
    await page.getByLabel("回避：海曙区市场监督管理局（执法六组）").check();
    await page.getByLabel("回避理由：海曙区市场监督管理局（执法六组）").fill("配偶在辖区幼儿园任职");
    await page.getByLabel("再次抽取原因").fill("上次抽取后辖区新设幼儿园，补充抽取");
    await journey.screenshot(page, "form");
    await Promise.all([page.waitForURL(/\/officer\/spot-checks\/[0-9A-Z]{26}\?drawn=1$/), page.getByRole("button", { name: "抽取" }).click()]);
    await heading(page, "双随机抽查记录 · 海曙区");
    expect(await text(page.locator(".notice"))).toBe("已完成抽取，已为 3 所幼儿园生成抽查案件。");
    expect(await text(page.locator("main"))).toContain("海曙区市场监督管理局（执法六组）：配偶在辖区幼儿园任职");
    expect(await text(page.locator("main"))).toContain("上次抽取后辖区新设幼儿园，补充抽取");
    expect(await page.locator("table.data-table tbody tr").count()).toBe(3);

    await page.getByRole("button", { name: "复核抽取结果" }).click();
    await page.getByText("复核一致：输入摘要与留存输入相符，用该种子重新抽取的结果与留存结果完全相同。").waitFor();
    await journey.screenshot(page, "draw");
    expect(journey.errors).toEqual([]);
  });
});
