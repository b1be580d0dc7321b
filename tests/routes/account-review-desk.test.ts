/**
 * The education officer's review desk, as the district officer's walk of 2026-12-06 found it (demo data):
 * the queue names each kindergarten by the name its account must bear and says which rule flagged a filing;
 * a decided filing says who decided it and when, in the list and on its page; the filing under review explains
 * its flags once, above the form; and a step on a filing decided meanwhile (another tab, a colleague) gives back
 * what the officer typed, the page reloaded to the decision.
 */
import type { ComponentType } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPageHtml } from "../setup/render-page";
import { setDb } from "~/web/db.server";
import * as officerQueue from "~/routes/officer+/accounts._index";
import * as officerAccount from "~/routes/officer+/accounts.$accountId";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate } from "~/utils/working-days";
import { addBankAccount } from "../factories/bank-accounts";
import { callRoute, sessionCookieFor, type RouteOutcome } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const cookies: Record<string, string> = {};
const kg: Record<string, { id: string; approvedName: string; nameInUse: string }> = {};

const render = (Page: ComponentType, loaderData: unknown, actionData?: unknown) => renderPageHtml(Page, loaderData, { actionData });

const words = (html: string) => html.replace(/<[^>]+>/g, "");

const queueAs = (user: string, status: string) => callRoute(officerQueue.loader, `/officer/accounts?status=${status}`, { cookie: cookies[user] });
const pageAs = (user: string, id: string) => callRoute(officerAccount.loader, `/officer/accounts/${id}`, { cookie: cookies[user], params: { accountId: id } });
const reviewAs = (user: string, id: string, form: Record<string, string>): Promise<RouteOutcome> =>
  callRoute(officerAccount.action, `/officer/accounts/${id}`, { cookie: cookies[user], params: { accountId: id }, form });

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const user of ["haishu.edu", "kg004", "kg006", "kg007"]) {
    cookies[user] = await sessionCookieFor(t.db, user);
    const row = await t.db
      .selectFrom("users")
      .innerJoin("kindergartens as k", "k.id", "users.kindergarten_id")
      .select(["k.id", "k.approved_name", "k.name_in_use"])
      .where("username", "=", user)
      .executeTakeFirst();
    if (row) kg[user] = { id: row.id, approvedName: row.approved_name, nameInUse: row.name_in_use };
  }
});

afterAll(async () => {
  await t?.destroy();
});

describe("the queue", () => {
  it("names a kindergarten by its approved name, the one its account must bear and its review page is headed by, the name in use beside it", async () => {
    // kg004 (宁波市海曙区博雅幼儿园) is known as 博雅启明幼儿园: its pending filing, in the approved name, read in the list as a mismatch.
    expect(kg.kg004.nameInUse).not.toBe(kg.kg004.approvedName);
    const queue = await queueAs("haishu.edu", "pending");
    const html = words(render(officerQueue.default, queue.body));
    const row = html.slice(html.indexOf(kg.kg004.approvedName));
    expect(html).toContain(kg.kg004.approvedName);
    expect(row.indexOf(kg.kg004.approvedName)).toBeLessThan(row.indexOf(`（使用名称：${kg.kg004.nameInUse}）`));
  });

  it("says which rule flagged a filing, not only its colour", async () => {
    const returned = await queueAs("haishu.edu", "returned");
    // kg006's returned filing: an account name other than the approved one (A01).
    expect(words(render(officerQueue.default, returned.body))).toMatch(/红色预警\s*A01/);
  });

  it("says what approving each pending filing does: the account it replaces and until when, a first account, or that it cannot", async () => {
    const inForce = await t.db
      .selectFrom("bank_accounts")
      .select("account_number")
      .where("kindergarten_id", "=", kg.kg004.id)
      .where("status", "=", "approved")
      .where("effective_to", "is", null)
      .executeTakeFirstOrThrow();
    const pending = await t.db.selectFrom("bank_accounts").select("effective_from").where("kindergarten_id", "=", kg.kg004.id).where("status", "=", "pending").executeTakeFirstOrThrow();
    const from = pending.effective_from > shanghaiDate() ? pending.effective_from : shanghaiDate();
    const rowOf = (html: string, name: string) => html.slice(html.indexOf(name), html.indexOf("</tr>", html.indexOf(name)));

    // kg007 has never had an account: its filing is its first.
    const first = await addBankAccount(t.db, kg.kg007.id, { status: "pending", account_name: kg.kg007.approvedName, account_number: "6222000000000077", effective_from: "2099-01-01" });
    let html = words(render(officerQueue.default, (await queueAs("haishu.edu", "pending")).body));
    expect(html).toContain("通过后");
    expect(rowOf(html, kg.kg004.approvedName)).toContain(`替代尾号 ${inForce.account_number.slice(-4)} 的账户（该账户用至 ${addDays(from, -1)}）`);
    expect(rowOf(html, kg.kg007.approvedName)).toContain("本园首个收费账户");

    // An approved account already waiting to start after the filing's day: approval is impossible, said in the list.
    const later = await addBankAccount(t.db, kg.kg007.id, { status: "approved", account_name: kg.kg007.approvedName, account_number: "6222000000000078", effective_from: "2099-06-01" });
    html = words(render(officerQueue.default, (await queueAs("haishu.edu", "pending")).body));
    expect(rowOf(html, kg.kg007.approvedName)).toContain("不能通过：已有自 2099-06-01 起生效的账户");
    await t.db.deleteFrom("bank_accounts").where("id", "in", [first, later]).execute();
  });

  it("the returned and approved lists say when each filing was decided and by whom", async () => {
    const pending = (await t.db.selectFrom("bank_accounts").select("id").where("kindergarten_id", "=", kg.kg004.id).where("status", "=", "pending").executeTakeFirstOrThrow()).id;
    expect((await reviewAs("haishu.edu", pending, { decision: "return", note: "开户许可证未上传，请补充后重新备案。" })).status).toBe(200);
    const officer = await t.db.selectFrom("users").select("display_name").where("username", "=", "haishu.edu").executeTakeFirstOrThrow();

    const returned = await queueAs("haishu.edu", "returned");
    const html = words(render(officerQueue.default, returned.body));
    expect(html).toContain("审核时间");
    expect(html).toContain("审核人");
    expect(html).toContain(officer.display_name);
    // The pending list has nobody's decision to show.
    expect(words(render(officerQueue.default, (await queueAs("haishu.edu", "pending")).body))).not.toContain("审核人");
  });
});

describe("the review page", () => {
  it("a decided filing says who decided it and when", async () => {
    const returned = (await t.db.selectFrom("bank_accounts").select("id").where("kindergarten_id", "=", kg.kg004.id).where("status", "=", "returned").executeTakeFirstOrThrow()).id;
    const officer = await t.db.selectFrom("users").select("display_name").where("username", "=", "haishu.edu").executeTakeFirstOrThrow();
    const html = render(officerAccount.default, (await pageAs("haishu.edu", returned)).body);
    expect(words(html)).toContain(`审核人${officer.display_name}`);
    expect(words(html)).toContain("审核时间");
  });

  it("explains the flags of the filing under review once, above the form; the history's badge links there", async () => {
    const pending = await addBankAccount(t.db, kg.kg006.id, { status: "pending", account_name: "小橡树教育咨询有限公司", account_number: "6222021234567890123", effective_from: "2099-01-01" });
    await t.db
      .insertInto("account_flags")
      .columns(["id", "kindergarten_id", "account_id", "rule_id", "rule_version", "severity", "explanation", "evaluated_at"])
      .expression((eb) =>
        eb
          .selectFrom("account_flags")
          .select([eb.val(`${pending}F`).as("id"), "kindergarten_id", eb.val(pending).as("account_id"), "rule_id", "rule_version", "severity", "explanation", "evaluated_at"])
          .where("kindergarten_id", "=", kg.kg006.id)
          .where("rule_id", "=", "A01")
          .limit(1),
      )
      .execute();
    const html = render(officerAccount.default, (await pageAs("haishu.edu", pending)).body);
    const title = "A01 收费账户户名与幼儿园核准名称不一致";
    // This filing's A01 once, and the returned filing's A01 in the history: two, not three.
    expect(words(html).split(title).length - 1).toBe(2);
    expect(html.indexOf(`id="account-flags-${pending}"`)).toBeGreaterThan(-1);
    expect(html.indexOf(`id="account-flags-${pending}"`)).toBeLessThan(html.indexOf('data-testid="review-form"'));
    expect(html).toContain(`href="#account-flags-${pending}"`);
  });

  it("a step on a filing decided meanwhile reloads the page to the decision, and gives back what was typed", async () => {
    const id = (await t.db.selectFrom("bank_accounts").select("id").where("kindergarten_id", "=", kg.kg006.id).where("status", "=", "pending").executeTakeFirstOrThrow()).id;
    expect((await reviewAs("haishu.edu", id, { decision: "return", note: "户名与核准名称不一致，请更正。" })).status).toBe(200);

    // The second tab, still showing the form: its return (with its own reason) is refused as decided.
    const typed = "第二个页面里写的退回原因：请补充开户许可证。";
    const second = await reviewAs("haishu.edu", id, { decision: "return", note: typed });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ done: null, error: { key: "account.review.notPending" }, note: typed });
    expect(officerAccount.shouldRevalidate!({ actionStatus: 409, defaultShouldRevalidate: false } as never)).toBe(true);

    // The page after the reload: the decision, and the reason typed, said to be unsaved; no form.
    const html = words(render(officerAccount.default, (await pageAs("haishu.edu", id)).body, second.body));
    expect(html).toContain("这次操作没有生效");
    expect(html).not.toContain("请刷新页面");
    expect(html).toContain(`您刚才填写的意见没有保存：${typed}`);
    expect(html).toContain("审核人");
  });

  it("a refused return keeps the reason typed in its box (without JavaScript too)", async () => {
    const id = await addBankAccount(t.db, kg.kg004.id, { status: "pending", account_number: "6228480010000000099", effective_from: "2099-02-01" });
    const refused = await reviewAs("haishu.edu", id, { decision: "return", note: "否" });
    expect(refused.status).toBe(400);
    const html = render(officerAccount.default, (await pageAs("haishu.edu", id)).body, refused.body);
    expect(html).toMatch(/<textarea[^>]*id="review-note"[^>]*>否<\/textarea>/);
  });
});
