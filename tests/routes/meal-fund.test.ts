/**
 * The meal-fund pages on the demo data, called as the server would: the
 * operator's form refuses bad input with a Chinese message under the field
 * and keeps everything typed (and its submission key), a good post redirects
 * and is filed once; who may open which page; the district scope of the
 * officers' findings; the public page's section. Demo stories
 * (db/demo-meal-funds.ts): kg002 keeps a surplus above 5 %, kg005 filed late.
 */
import { ulid } from "ulid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translate } from "~/i18n";
import { shiftMonth } from "~/rules/facts/meal-fund/registry";
import { setDb } from "~/web/db.server";
import { shanghaiDate } from "~/utils/working-days";
import * as publicPage from "~/routes/_public+/kindergartens.$id._index";
import * as mealFundIndex from "~/routes/kindergarten+/meal-fund._index";
import * as mealFundNew from "~/routes/kindergarten+/meal-fund.new";
import * as officerFlags from "~/routes/officer+/meal-funds._index";
import * as officerKindergarten from "~/routes/officer+/kindergartens.$id";
import { renderStatic, textOf } from "../setup/render-static";
import { mealFundMonthPost } from "../setup/meal-fund-post";
import { callRoute, sessionCookieFor, snapshotCounts } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const cookies: Record<string, string> = {};
const kgIds: Record<string, string> = {};
const USERS = ["kg002", "kg005", "kg007", "haishu.edu", "haishu.market", "jiangbei.edu", "admin"] as const;
type User = (typeof USERS)[number];

const lastMonth = shiftMonth(shanghaiDate().slice(0, 7), -1);

function post(user: User, fields: Record<string, string>) {
  const form = mealFundMonthPost(kgIds[user] ?? "", lastMonth, { note: "十月伙食费", ...fields });
  return callRoute(mealFundNew.action, "/kindergarten/meal-fund/new", { cookie: cookies[user], form });
}

type Reply = { result: { status?: string; error?: Record<string, string[] | null>; initialValue?: Record<string, unknown> } };

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const user of USERS) {
    cookies[user] = await sessionCookieFor(t.db, user);
    const row = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", user).executeTakeFirstOrThrow();
    if (row.kindergarten_id) kgIds[user] = row.kindergarten_id;
  }
}, 120_000);

afterAll(async () => {
  await t?.destroy();
});

describe("the operator's form", () => {
  it("a bad amount is refused under its field in Chinese, and nothing typed is lost", async () => {
    const before = await snapshotCounts(t.db);
    const accounts = await t.db.selectFrom("meal_fund_accounts").select("id").execute();
    const key = ulid();
    const res = await post("kg007", { "spending.fuel": "四千", submissionKey: key });
    expect(res.status).toBe(400);
    expect(res.location).toBeNull();
    const reply = (res.body as Reply).result;
    expect(reply.status).toBe("error");
    const messages = reply.error?.["spending.fuel"] ?? [];
    expect(messages).toContain("mealFund.amount.invalid");
    expect(translate("zh-CN", messages[0])).toBe("金额格式不正确：请填写不小于 0 的数字，最多两位小数");
    // What was typed comes back for the form, the key too: the corrected post goes under it.
    expect(reply.initialValue).toMatchObject({
      month: lastMonth,
      income: "120000",
      spending: { food: "100000", fuel: "四千", utensils: "1500", other: "1000" },
      childCount: "130",
      mealDays: "20",
      note: "十月伙食费",
      submissionKey: key,
    });
    expect(await snapshotCounts(t.db)).toEqual(before);
    expect(await t.db.selectFrom("meal_fund_accounts").select("id").execute()).toHaveLength(accounts.length);
  });

  it("every mistake is told in one answer: the four spending fields left blank with a bad income", async () => {
    const blank = { "spending.food": "", "spending.fuel": "", "spending.utensils": "", "spending.other": "" };
    const res = await post("kg007", { ...blank, income: "abc" });
    expect(res.status).toBe(400);
    const errors = (res.body as Reply).result.error ?? {};
    expect(errors.income).toContain("mealFund.amount.invalid");
    for (const field of Object.keys(blank)) expect(errors[field], field).toContain("mealFund.amount.required");
  });

  it("a month still to begin is refused by the domain with its message under the month, keeping the rest", async () => {
    const res = await post("kg007", { month: shiftMonth(shanghaiDate().slice(0, 7), 1) });
    expect(res.status).toBe(400);
    const reply = (res.body as Reply).result;
    expect(reply.error?.month?.map((m) => translate("zh-CN", m))).toEqual(["不能填报尚未开始的月份"]);
    expect(reply.initialValue).toMatchObject({ income: "120000", note: "十月伙食费" });
  });

  it("a good post files the month and redirects; the month then shows as filed", async () => {
    const key = ulid();
    const res = await post("kg007", { submissionKey: key });
    expect(res.status).toBe(302);
    expect(res.location).toBe(`/kindergarten/meal-fund?saved=${lastMonth}`);
    // The same post again (a double click): the same redirect, one account.
    const again = await post("kg007", { submissionKey: key });
    expect(again.location).toBe(res.location);
    expect(await t.db.selectFrom("meal_fund_accounts").select("id").where("kindergarten_id", "=", kgIds.kg007).execute()).toHaveLength(1);
    const page = await callRoute(mealFundIndex.loader, "/kindergarten/meal-fund", { cookie: cookies.kg007 });
    const months = (page.body as { months: Array<{ month: string; account: { revision: number } | null }> }).months;
    expect(months.find((m) => m.month === lastMonth)?.account?.revision).toBe(1);
    // The list the redirect leads to names the month filed (twelve months are listed, none marked), in both languages.
    const [y, m] = [lastMonth.slice(0, 4), Number(lastMonth.slice(5, 7))];
    const zh = await renderStatic(mealFundIndex.default, { url: res.location!, loaderData: page.body });
    expect(textOf(zh)).toContain(`${y}年${m}月的伙食费账目已提交并公布。`);
    const en = await renderStatic(mealFundIndex.default, { url: res.location!, loaderData: page.body, lang: "en" });
    expect(textOf(en)).toMatch(new RegExp(`The [A-Z][a-z]{2} ${y} meal-fund account was filed and published\\.`));
  });

  it("Back and submit again (the same figures under the page's new key) stores no second version and says so", async () => {
    const res = await post("kg005", { month: lastMonth, note: "重复提交检查" });
    expect(res.status).toBe(302);
    const filed = await t.db
      .selectFrom("meal_fund_accounts")
      .select(["id", "revision"])
      .where("kindergarten_id", "=", kgIds.kg005)
      .where("month", "=", lastMonth)
      .orderBy("revision", "desc")
      .execute();
    const revision = filed[0].revision;
    const again = await post("kg005", { month: lastMonth, note: "重复提交检查" });
    expect(again.status).toBe(302);
    expect(again.location).toBe(`/kindergarten/meal-fund?unchanged=${lastMonth}&revision=${revision}`);
    expect(
      await t.db.selectFrom("meal_fund_accounts").select("id").where("kindergarten_id", "=", kgIds.kg005).where("month", "=", lastMonth).execute(),
    ).toHaveLength(filed.length);
    // The list the redirect leads to says so, naming the month and the version shown.
    const list = await callRoute(mealFundIndex.loader, "/kindergarten/meal-fund", { cookie: cookies.kg005 });
    const [y, m] = [lastMonth.slice(0, 4), Number(lastMonth.slice(5, 7))];
    const html = await renderStatic(mealFundIndex.default, { url: again.location!, loaderData: list.body });
    expect(textOf(html)).toContain(`与已公布的 ${y}年${m}月 第 ${revision} 版完全相同，未重复提交。`);
    expect(textOf(html)).not.toContain("伙食费账目已提交并公布");
    // A made-up query shows nothing.
    const odd = await renderStatic(mealFundIndex.default, { url: "/kindergarten/meal-fund?unchanged=2026-13&revision=1", loaderData: list.body });
    expect(textOf(odd)).not.toContain("完全相同");
  });

  it("officers cannot open the operator's pages", async () => {
    for (const user of ["haishu.edu", "admin"] as const) {
      expect((await callRoute(mealFundNew.loader, "/kindergarten/meal-fund/new", { cookie: cookies[user] })).status).toBe(403);
      expect((await callRoute(mealFundIndex.loader, "/kindergarten/meal-fund", { cookie: cookies[user] })).status).toBe(403);
    }
  });
});

describe("the officers' findings", () => {
  type Flags = { rows: Array<{ kindergartenId: string; month: string; outcome: { ruleId: string } }> };
  it("the district's education officer sees kg002's surplus and kg005's late account", async () => {
    const res = await callRoute(officerFlags.loader, "/officer/meal-funds", { cookie: cookies["haishu.edu"] });
    expect(res.status).toBe(200);
    const rows = (res.body as Flags).rows;
    expect(rows.some((r) => r.kindergartenId === kgIds.kg002)).toBe(true);
    expect(rows.some((r) => r.kindergartenId === kgIds.kg005 && r.month === shiftMonth(lastMonth, -1))).toBe(true);
  });

  it("another district's education officer is refused 海曙's findings", async () => {
    const res = await callRoute(officerFlags.loader, "/officer/meal-funds", { cookie: cookies["jiangbei.edu"] });
    expect(res.status).toBe(200);
    const rows = (res.body as Flags).rows;
    expect(rows.some((r) => r.kindergartenId === kgIds.kg002 || r.kindergartenId === kgIds.kg005)).toBe(false);
  });

  it("a market officer has no meal-fund page, and no meal-fund section on the kindergarten's page", async () => {
    expect((await callRoute(officerFlags.loader, "/officer/meal-funds", { cookie: cookies["haishu.market"] })).status).toBe(403);
    const page = async (user: User) =>
      (await callRoute(officerKindergarten.loader, `/officer/kindergartens/${kgIds.kg002}`, { cookie: cookies[user], params: { id: kgIds.kg002 } })).body as {
        mealFund: Array<{ month: string; outcome: { ruleId: string } }> | null;
      };
    expect((await page("haishu.market")).mealFund).toBeNull();
    expect((await page("haishu.edu")).mealFund?.map((f) => f.outcome.ruleId)).toContain("R15");
  });
});

describe("the public page", () => {
  it("shows kg002's published months with their running surplus", async () => {
    const res = await callRoute(publicPage.loader, `/kindergartens/${kgIds.kg002}`, { params: { id: kgIds.kg002 } });
    expect(res.status).toBe(200);
    const mealFund = (res.body as { mealFund: { months: Array<{ month: string; runningSurplusFen: number }>; totals: { surplusBp: number } } }).mealFund;
    expect(mealFund.months.map((m) => m.month)).toEqual([1, 2, 3, 4].map((n) => shiftMonth(shanghaiDate().slice(0, 7), -n)));
    expect(mealFund.totals.surplusBp).toBeGreaterThan(500);
    expect(mealFund.months[0].runningSurplusFen).toBeGreaterThan(0);
  });
});
