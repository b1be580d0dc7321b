/**
 * Publishing a decided case in a real browser against the real server (demo
 * data): 海曙's refund order, drafted by the job and revised by its inspector
 * with a parent's and a child's name and a phone number, is refused at
 * submission by the personal-data gate; the inspector masks everything in
 * one click, saves and submits, and is offered no approval of their own
 * draft; the district's lead approves; a parent on a phone finds the case in
 * 典型案例 with no personal data in it; the lead withdraws it (the decision
 * overturned) and the parent's page says so, without the content. A return
 * or an overturn without its reason is told under the field, which is marked
 * and focused; each step done moves focus to the page's message saying so.
 * Screenshots go to tests/artifacts/publication/ (git-ignored).
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hydrated, signIn, signOut, text, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("publication");

/** Where the keyboard is: the focused element's id, test id, text and marks. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), id: el?.id ?? "", testId: el?.getAttribute("data-testid"), text: el?.textContent ?? "", invalid: el?.getAttribute("aria-invalid"), describedBy: el?.getAttribute("aria-describedby") };
  });

/** A step done: its message is where focus went (a keyboard or screen-reader user hears it), not the page's body. */
const focusOnDone = async (page: Page, message: string) => {
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "publication-done", undefined, { timeout: 5000 });
  expect((await focused(page)).text).toContain(message);
};

/** A reason step sent empty: refused under its field, in Chinese, the field marked, read with the message and focused. */
const refusedWithoutReason = async (page: Page, step: "return" | "overturn", button: string) => {
  await page.getByRole("button", { name: button }).click();
  const message = page.getByTestId(`publication-${step}`).getByText("请填写理由（至少 2 个字）。");
  await message.waitFor();
  await page.waitForFunction((id) => document.activeElement?.id === id, `${step}-reason`, { timeout: 5000 });
  const field = await focused(page);
  expect(field).toMatchObject({ id: `${step}-reason`, invalid: "true", describedBy: `${step}-reason-error` });
  expect(await message.getAttribute("id")).toBe(`${step}-reason-error`);
};

describe("publishing a case in a browser", () => {
  it("is blocked by the gate, masked, approved by a second officer, read on a phone and withdrawn", { timeout: 180_000 }, async () => {
    const draftId = await withServerDb(journey, async (db) => {
      const kg = await db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg005").executeTakeFirstOrThrow();
      return (await db.selectFrom("public_cases").select("id").where("kindergarten_id", "=", kg.kindergarten_id!).executeTakeFirstOrThrow()).id;
    });

    // The public list as it stands before, read twice: the server keeps it (app/web/shared-reads.server.ts) until a case is published.
    const publicList = async () => (await fetch(`${journey.server().baseUrl}/cases`)).text();
    expect(await publicList()).not.toContain(`/cases/${draftId}`);
    expect(await publicList()).not.toContain(`/cases/${draftId}`);
    const desk = await journey.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(desk, "haishu.market2");
    await desk.goto("/officer/publications");
    await hydrated(desk);
    await desk.getByTestId("publication-list").getByRole("link").first().waitFor();
    await desk.goto(`/officer/publications/${draftId}`);
    await hydrated(desk);
    const hits = desk.getByTestId("hits-narrative");
    expect(await text(hits)).toContain("李秀英");
    expect(await hits.locator("li").count()).toBeGreaterThanOrEqual(3);
    // The saved texts hold personal data: the page says so and does not offer to submit them (the server refuses it).
    await desk.getByText("公示稿中仍有个人信息").first().waitFor();
    const submit = desk.getByRole("button", { name: "提交审核" });
    expect(await submit.isDisabled()).toBe(true);
    // It looks it, and says why beside it (not only to a screen reader).
    expect(await submit.evaluate((b) => ({ opacity: getComputedStyle(b).opacity, cursor: getComputedStyle(b).cursor }))).toEqual({ opacity: "0.5", cursor: "not-allowed" });
    expect(await text(desk.getByTestId("submit-blocked"))).toContain("公示稿中仍有个人信息");
    expect(await submit.getAttribute("aria-describedby")).toBe("publication-submit-blocked");
    await journey.screenshot(desk, "blocked");

    await desk.getByTestId("gated-narrative").getByRole("button", { name: "全部打码" }).click();
    await hits.waitFor({ state: "detached" });
    const masked = await desk.locator("#field-narrative").inputValue();
    expect(masked).not.toContain("李秀英");
    expect(masked).not.toContain("13805741234");
    // Masked but not saved: submitting now would send the saved text and drop the masking, so it waits for the save.
    expect(await desk.getByRole("button", { name: "提交审核" }).isDisabled()).toBe(true);
    await desk.getByText("有未保存的修改：请先保存，再提交审核").waitFor();
    // Another officer saves meanwhile (the version moves on behind this page): the save is refused as stale, the page
    // reloads the draft as they left it, and what this officer wrote stays in the box, still to be saved.
    await withServerDb(journey, (db) => db.updateTable("public_cases").set((eb) => ({ version: eb("version", "+", 1) })).where("id", "=", draftId).execute());
    await desk.getByRole("button", { name: "保存修改" }).click();
    await desk.getByText("该稿刚被他人修改").waitFor();
    expect(await desk.locator("#field-narrative").inputValue()).toBe(masked);
    expect(await desk.getByRole("button", { name: "提交审核" }).isDisabled()).toBe(true);
    await journey.screenshot(desk, "stale-save-kept");
    // After a save the page reloads its data; until the new version is there, its steps wait: sent at once, the
    // next step would carry the old version and be refused as another officer's edit. The reload is held back
    // here so that the moment is long enough to click in.
    const reloads = /\.data(\?|$)/;
    await desk.route(reloads, async (route) => {
      if (route.request().method() === "GET") await new Promise((resolve) => setTimeout(resolve, 1500));
      // A reload the page cancelled while it was held (a later navigation's) is handled already: nothing to send.
      await route.continue().catch(() => undefined);
    });
    await desk.getByRole("button", { name: "保存修改" }).click();
    await desk.getByText("已保存新版本").waitFor();
    await focusOnDone(desk, "已保存新版本");
    await desk.getByRole("button", { name: "提交审核" }).click();
    await desk.getByText("已提交审核").waitFor();
    await focusOnDone(desk, "已提交审核");
    await desk.unroute(reloads);
    expect(await desk.getByRole("button", { name: "审核通过并公开" }).count()).toBe(0);
    await desk.getByText("须由另一名有公示权限的工作人员审核").waitFor();
    await journey.screenshot(desk, "submitted");
    await signOut(desk);

    await signIn(desk, "haishu.lead");
    await desk.goto(`/officer/publications/${draftId}`);
    await hydrated(desk);
    // Returned without a reason: refused under the field. The lead's other steps look like the page's buttons.
    const returnButton = desk.getByRole("button", { name: "退回起草人" });
    expect(await returnButton.getAttribute("class")).toBe("secondary");
    expect((await returnButton.boundingBox())!.width).toBeLessThan(300);
    await refusedWithoutReason(desk, "return", "退回起草人");
    await journey.screenshot(desk, "return-without-reason");
    await desk.getByRole("button", { name: "审核通过并公开" }).click();
    await desk.getByText("已公开。").waitFor();
    await focusOnDone(desk, "已公开。");
    await journey.screenshot(desk, "approved");

    // A parent on a phone: 典型案例, the case, no personal data.
    const phone = await journey.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto("/cases");
    await hydrated(phone);
    const link = phone.getByTestId("public-case-list").locator(`a[href="/cases/${draftId}"]`);
    await link.click();
    const article = phone.getByTestId("public-case");
    await article.waitFor();
    const body = await text(article);
    expect(body).toContain("责令退还");
    for (const secret of ["李秀英", "陈子涵", "13805741234"]) expect(body).not.toContain(secret);
    await journey.screenshot(phone, "phone-case");

    // The decision overturned: the lead withdraws it; the parent's page says so, without the content.
    // Without its grounds first: refused under the field, which is marked and focused.
    expect(await desk.getByRole("button", { name: "决定被撤销，撤下公示" }).getAttribute("class")).toBe("secondary");
    await refusedWithoutReason(desk, "overturn", "决定被撤销，撤下公示");
    await journey.screenshot(desk, "overturn-without-reason");
    await desk.getByLabel("撤销依据（如复议决定书文号）").fill("甬海复决〔2026〕3号 撤销原决定");
    await desk.getByRole("button", { name: "决定被撤销，撤下公示" }).click();
    await desk.getByText("已撤下。").waitFor();
    await focusOnDone(desk, "已撤下。");
    await phone.reload();
    await phone.getByTestId("withdrawn").waitFor();
    // The reason once, not "撤下（决定被撤销，撤下）".
    expect(await text(phone.getByTestId("withdrawn"))).toContain("撤下（决定被撤销）");
    expect(await phone.getByTestId("public-case").count()).toBe(0);
    await journey.screenshot(phone, "phone-withdrawn");
    expect(await publicList()).not.toContain(`/cases/${draftId}`);
    expect(journey.errors).toEqual([]);
  });
});
