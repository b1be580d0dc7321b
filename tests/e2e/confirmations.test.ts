/**
 * Steps that cannot be undone ask first, in a real browser: discarding a guidance-price draft sends nothing until the
 * officer confirms, and sends the discard once they do; activating a batch or a parameter set from its preview the
 * same. Every such form asks through one `confirmFirst`
 * (app/components/forms.tsx): a regional parameter draft's discard, a publication's approval and its withdrawal as
 * overturned, an account filing's withdrawal, an administrator's deactivation and password reset. (A case's decision
 * and closing, and a complaint's rejection, mediation outcome, decision and closing, are confirmed after the server
 * has checked them: tests/e2e/case-work, tests/e2e/complaint.)
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hydrated, signIn, useBrowserJourney, withServerDb } from "../setup/e2e";
import { ulid } from "ulid";
import { answerConfirm, declineThenConfirm } from "../setup/confirm-dialog";
import { postGuidanceDraft } from "../setup/guidance-draft-post";

const journey = useBrowserJourney("confirmations");

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
    const asked = await declineThenConfirm(page, page.getByRole("button", { name: "作废草稿" }), {
      after: /discarded=1/,
      whileDeclined: async () => expect(await status()).toBe("draft"),
    });
    expect(asked[0]).toBe("确定作废这批草稿？作废后不能再启用。");
    expect(await status()).toBe("discarded");
    expect(journey.errors).toEqual([]);
  });

  it("a guidance-price batch is activated only once the officer confirms, from its preview", { timeout: 60_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, "haishu.edu");
    const batchId = await guidanceDraft(page);
    const status = () => withServerDb(journey, async (db) => (await db.selectFrom("guidance_price_batches").select("status").where("id", "=", batchId).executeTakeFirstOrThrow()).status);
    await page.goto(`/officer/changes/guidance/${batchId}`);
    await hydrated(page);
    const activate = page.getByRole("button", { name: "启用", exact: true });
    await activate.waitFor();
    const asked = await declineThenConfirm(page, activate, {
      after: /\/officer\/changes\/runs\//,
      whileDeclined: async () => expect(await status()).toBe("draft"),
    });
    // The draft's row starts on 2026-09-01, before today: the question says so too (a price applies once announced).
    expect(asked[0]).toBe("确定启用这批指导价？启用后即替代同一组合的现行价格，并对海曙区的在用备案重新评估，不能撤回。 本批次有 1 行自 2026-09-01 起执行，早于今天：请确认文件在该日期前已经公布。");
    expect(await status()).toBe("active");
    expect(journey.errors).toEqual([]);
  });

  it("a regional parameter set is activated only once the officer confirms", { timeout: 60_000 }, async () => {
    const page = await journey.newPage({ viewport: { width: 1366, height: 768 } });
    await signIn(page, "haishu.ndrc");
    const form = { regionCode: "330203", ruleId: "R06", "params.minLeadDays": "90", note: "海发改〔2026〕40号", submissionKey: ulid() };
    const answer = await page.request.post("/officer/changes/parameters", { headers: { Origin: journey.server().baseUrl }, form, maxRedirects: 0 });
    const setId = /\/officer\/changes\/parameters\/([0-9A-Z]+)/.exec(answer.headers().location ?? "")?.[1];
    expect(setId, `no draft made: ${answer.status()}`).toBeDefined();
    const status = () => withServerDb(journey, async (db) => (await db.selectFrom("rule_parameter_sets").select("status").where("id", "=", setId!).executeTakeFirstOrThrow()).status);
    await page.goto(`/officer/changes/parameters/${setId}`);
    await hydrated(page);
    const activate = page.getByRole("button", { name: "启用", exact: true });
    // The preview is computed by a job: the button waits for it.
    await page.waitForFunction(() => [...document.querySelectorAll("button")].some((b) => b.textContent?.trim() === "启用" && !b.disabled), undefined, { timeout: 30_000 });
    const asked = await declineThenConfirm(page, activate, {
      after: /\/officer\/changes\/runs\//,
      whileDeclined: async () => expect(await status()).toBe("draft"),
    });
    expect(asked[0]).toBe("确定启用这组参数？启用后立即替代海曙区该规则的现行设置，并对在用备案重新评估，不能撤回。");
    expect(await status()).toBe("active");
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

  it("a published case is taken down as overturned only once the lead confirms; without grounds it is not asked", { timeout: 60_000 }, async () => {
    const page = await journey.newPage();
    await signIn(page, "ningbo.lead");
    // 江北's penalty, published in the demo data.
    const publicCaseId = await withServerDb(journey, async (db) => (await db.selectFrom("public_cases").select("id").where("region_code", "=", "330205").where("status", "=", "published").executeTakeFirstOrThrow()).id);
    const status = () => withServerDb(journey, async (db) => (await db.selectFrom("public_cases").select("status").where("id", "=", publicCaseId).executeTakeFirstOrThrow()).status);
    await page.goto(`/officer/publications/${publicCaseId}`);
    await hydrated(page);
    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    const asked: string[] = [];
    const overturn = page.getByRole("button", { name: "决定被撤销，撤下公示" });

    // No grounds: sent unasked and refused under the field.
    answerConfirm(page, true, asked);
    await overturn.click();
    await page.getByTestId("publication-overturn").getByText("请填写理由（至少 2 个字）。").waitFor();
    expect(asked).toEqual([]);
    expect(await status()).toBe("published");

    posts.length = 0;
    await page.getByLabel("撤销依据（如复议决定书文号）").fill("甬江行复〔2026〕7号");
    answerConfirm(page, false, asked);
    await overturn.click();
    expect(asked).toEqual(["确定登记处理决定已被撤销？公示将立即撤下，不能恢复；案件将重新打开办理。"]);
    expect(posts).toEqual([]);
    expect(await status()).toBe("published");

    answerConfirm(page, true, asked);
    await overturn.click();
    await page.getByText("已撤下。").waitFor();
    expect(asked).toHaveLength(2);
    expect(await status()).toBe("withdrawn");
    expect(journey.errors.filter((e) => !e.includes("400"))).toEqual([]);
  });

  it("an administrator deactivates an account or resets its password only once confirmed, on a page laid out label above value", { timeout: 60_000 }, async () => {
    const page = await journey.newPage();
    await signIn(page, "admin");
    const user = () => withServerDb(journey, async (db) => db.selectFrom("users").select(["id", "active", "password_hash"]).where("username", "=", "jiangbei.ndrc").executeTakeFirstOrThrow());
    const before = await user();
    await page.goto(`/admin/users/${before.id}`);
    await hydrated(page);

    // Each label stands above its own value, not beside another's.
    const status = page.getByTestId("user-status");
    const statusLabel = page.locator("dt", { hasText: "状态" });
    const [labelBox, valueBox] = [await statusLabel.boundingBox(), await status.boundingBox()];
    expect(valueBox!.x).toBe(labelBox!.x);
    expect(valueBox!.y).toBeGreaterThan(labelBox!.y);
    // The lead box sits beside its words, on their line.
    const lead = page.getByLabel("本部门负责人（审批延期、抽查、公示）");
    const leadLabel = page.locator("label", { has: lead });
    const [boxOf, labelOf] = [await lead.boundingBox(), await leadLabel.boundingBox()];
    expect(boxOf!.y + boxOf!.height).toBeLessThanOrEqual(labelOf!.y + labelOf!.height);
    expect(labelOf!.height).toBeLessThan(2 * boxOf!.height + 8);

    const posts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST") posts.push(r.url());
    });
    const asked: string[] = [];
    answerConfirm(page, false, asked);
    await page.getByRole("button", { name: "停用账户" }).click();
    answerConfirm(page, false, asked);
    await page.getByRole("button", { name: "重置密码" }).click();
    expect(asked).toEqual(["停用 jiangbei.ndrc？该账户的所有登录将立即退出，且不能再登录。", "重置 jiangbei.ndrc 的密码？该账户的所有登录将立即退出。"]);
    expect(posts).toEqual([]);
    expect(await user()).toEqual(before);

    answerConfirm(page, true, asked);
    await Promise.all([page.waitForURL(/done=deactivated/), page.getByRole("button", { name: "停用账户" }).click()]);
    expect((await user()).active).toBe(0);
    // Reactivating signs no one out: not asked.
    await hydrated(page);
    await Promise.all([page.waitForURL(/done=reactivated/), page.getByRole("button", { name: "重新启用账户" }).click()]);
    expect(asked).toHaveLength(3);
    expect((await user()).active).toBe(1);
    expect(journey.errors).toEqual([]);
  });
});
