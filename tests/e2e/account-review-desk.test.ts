/**
 * The education officer's review of a fee-account filing in a real browser (demo data: kg004's pending replacement):
 * a reason pasted longer than the field takes is said to be cut, not cut silently; and the same filing open in two
 * tabs, decided in one, is not decided again in the other: that tab's page turns to the decision (who, when), the
 * form gone, and gives back the reason typed there. Screenshots go to tests/artifacts/e2e-account-review-desk/.
 */
import { describe, expect, it } from "vitest";
import { hydrated, signIn, text, useBrowserJourney, withServerDb } from "../setup/e2e";

const journey = useBrowserJourney("e2e-account-review-desk");

describe("reviewing a fee-account filing at the desk", () => {
  it("says when a reason is cut at the limit, and a second tab turns to the decision made in the first, keeping its typed reason", { timeout: 90_000 }, async () => {
    const filingId = await withServerDb(journey, async (db) => {
      const kg004 = await db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg004").executeTakeFirstOrThrow();
      return (await db.selectFrom("bank_accounts").select("id").where("kindergarten_id", "=", kg004.kindergarten_id!).where("status", "=", "pending").executeTakeFirstOrThrow()).id;
    });
    const first = await journey.newPage({ viewport: { width: 1366, height: 900 } });
    await signIn(first, "haishu.edu");
    const second = await first.context().newPage();
    second.setDefaultTimeout(10_000);
    for (const tab of [first, second]) {
      await tab.goto(`/officer/accounts/${filingId}`);
      await hydrated(tab);
    }

    // 10,000 characters pasted: the browser keeps 500, and the page says the rest was not entered.
    const count = first.getByTestId("review-note-count");
    expect(await text(count)).toBe("最多 500 字。");
    await first.locator("#review-note").fill("开户许可证上的户名与备案不符，".repeat(700));
    expect((await first.locator("#review-note").inputValue()).length).toBe(500);
    expect(await text(count)).toContain("已达 500 字上限：超出的部分没有填进去");
    await journey.screenshot(first, "reason-cut");
    await first.locator("#review-note").fill("开户许可证照片不清晰，请重新上传。");
    expect(await text(count)).toBe("已输入 17 字，最多 500 字。");

    await first.getByRole("button", { name: "退回" }).click();
    await first.getByText("已退回，园方将看到退回原因。").waitFor();

    // The second tab still shows the form: its return is refused, and the page now shows what was decided.
    const typed = "第二个页面：账户名称请与营业执照一致。";
    await second.locator("#review-note").fill(typed);
    await second.getByRole("button", { name: "退回" }).click();
    await second.getByText(/这次操作没有生效/).waitFor();
    await second.getByTestId("review-note-unsaved").waitFor();
    expect(await text(second.getByTestId("review-note-unsaved"))).toContain(typed);
    expect(await second.getByTestId("review-form").count()).toBe(0);
    expect(await text(second.locator("main"))).toContain("海曙区 · 已退回");
    expect(await text(second.getByTestId("account-reviewed-by"))).not.toBe("—");
    await journey.screenshot(second, "second-tab-decided");

    const row = await withServerDb(journey, (db) => db.selectFrom("bank_accounts").select(["status", "review_note"]).where("id", "=", filingId).executeTakeFirstOrThrow());
    expect(row).toEqual({ status: "returned", review_note: "开户许可证照片不清晰，请重新上传。" });
    expect(journey.errors).toEqual([]);
  });
});
