/**
 * Steps that cannot be undone ask first, in a real browser: discarding a guidance-price draft sends nothing until the
 * officer confirms, and sends the discard once they do. Every such form asks through one `confirmFirst`
 * (app/components/forms.tsx): a regional parameter draft's discard, a publication's approval, an account filing's
 * withdrawal. (A case's decision and closing are confirmed after the server has checked them: tests/e2e/case-work.)
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hydrated, signIn, useBrowserJourney, withServerDb } from "../setup/e2e";
import { postGuidanceDraft } from "../setup/guidance-draft-post";

const journey = useBrowserJourney("confirmations");

/** Answers the page's next confirm() with `accept`, and keeps its question. */
function answerConfirm(page: Page, accept: boolean, asked: string[]): void {
  page.removeAllListeners("dialog");
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void (accept ? dialog.accept() : dialog.dismiss());
  });
}

/** A guidance-price draft of 海曙, posted as the signed-in page's own form would. */
const guidanceDraft = (page: Page) => postGuidanceDraft(page, journey.server().baseUrl);

describe("irreversible steps ask first", () => {
  it("a guidance-price draft is discarded only once the officer confirms", { timeout: 60_000 }, async () => {
    const page = await journey.newPage();
    await signIn(page, "haishu.edu");
    const batchId = await guidanceDraft(page);
    const status = () => withServerDb(journey, async (db) => (await db.selectFrom("guidance_price_batches").select("status").where("id", "=", batchId).executeTakeFirstOrThrow()).status);
    await page.goto(`/officer/guidance-prices/batches/${batchId}`);
    await hydrated(page);
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    const asked: string[] = [];

    answerConfirm(page, false, asked);
    await page.getByRole("button", { name: "作废草稿" }).click();
    expect(asked).toEqual(["确定作废这批草稿？作废后不能再启用。"]);
    expect(posts).toEqual([]);
    expect(await status()).toBe("draft");

    answerConfirm(page, true, asked);
    await Promise.all([page.waitForURL(/discarded=1/), page.getByRole("button", { name: "作废草稿" }).click()]);
    expect(asked).toHaveLength(2);
    expect(await status()).toBe("discarded");
    expect(journey.errors).toEqual([]);
  });

  it("an account filing is approved only once the education officer confirms; a return is not asked", { timeout: 60_000 }, async () => {
    const page = await journey.newPage();
    await signIn(page, "haishu.edu");
    // kg004's new account, awaiting review in the demo data.
    const filingId = await withServerDb(journey, async (db) => {
      const kg004 = await db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg004").executeTakeFirstOrThrow();
      return (await db.selectFrom("bank_accounts").select("id").where("kindergarten_id", "=", kg004.kindergarten_id!).where("status", "=", "pending").executeTakeFirstOrThrow()).id;
    });
    const status = () => withServerDb(journey, async (db) => (await db.selectFrom("bank_accounts").select("status").where("id", "=", filingId).executeTakeFirstOrThrow()).status);
    await page.goto(`/officer/accounts/${filingId}`);
    await hydrated(page);
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    const asked: string[] = [];

    answerConfirm(page, false, asked);
    await page.getByRole("button", { name: "审核通过" }).click();
    expect(asked).toEqual(["确定审核通过此收费账户？通过后按上述日期生效（所替代的账户随之停用），不能撤回。"]);
    expect(posts).toEqual([]);
    expect(await status()).toBe("pending");

    // 退回 without a reason posts at once (no question) and is refused for the reason.
    await page.getByRole("button", { name: "退回" }).click();
    await page.getByText("退回时请填写原因").waitFor();
    expect(asked).toHaveLength(1);
    expect(await status()).toBe("pending");

    answerConfirm(page, true, asked);
    await page.getByRole("button", { name: "审核通过" }).click();
    await page.getByText(/已审核通过/).waitFor();
    expect(asked).toHaveLength(2);
    expect(await status()).toBe("approved");
    expect(journey.errors.filter((e) => !e.includes("400"))).toEqual([]);
  });
});
