/**
 * Steps that cannot be undone ask first, in a real browser: discarding a guidance-price draft sends nothing until the
 * officer confirms, and sends the discard once they do. Every such form asks through one `confirmFirst`
 * (app/components/forms.tsx): a regional parameter draft's discard, a publication's approval, a case's decision, an
 * account filing's withdrawal.
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
});
