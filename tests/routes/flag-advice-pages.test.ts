/**
 * A real flagged filing's pages say what to do about the flag (怎么办), through the built app as a browser receives
 * them: the demo's kg003 filed a 保教费 above the guidance-price cap (R03, red) and was notified of the case. Its
 * bookkeeper reads the advice on the filing's page and on the inspection notice, in Chinese and English; the market
 * officer working the case reads the same words as what the portal tells the kindergarten, never as 怎么办.
 */
import { describe, expect, it } from "vitest";
import { commitLang } from "~/web/lang.server";
import { useBuiltApp } from "../setup/built-app";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate } from "~/utils/working-days";
import { addBankAccount } from "../factories/bank-accounts";
import { demoFilingCaseOf, demoKindergartenOf } from "../factories/demo-cases";
import { cookieHeaderFrom } from "../setup/route-helpers";
import { reevaluateKindergartenAccount } from "~/domain/fee-accounts/account-rules.server";
import { createRulesRuntime } from "~/domain/rules-runtime/rules-runtime.server";
import { loadRuleSet } from "~/rules/index";

const app = useBuiltApp();

/** The advice paragraphs of the flag of `rule` on a page: their audience and their words. */
function adviceOf(html: string, rule: string): Array<{ audience: string; text: string }> {
  const article = html.match(new RegExp(`<article class="flag[^"]*" data-rule="${rule}">([\\s\\S]*?)</article>`))?.[1];
  if (!article) throw new Error(`no ${rule} flag on the page`);
  return [...article.matchAll(/<p class="flag-advice" data-testid="flag-advice" data-audience="([^"]+)">([\s\S]*?)<\/p>/g)].map((m) => ({
    audience: m[1],
    text: m[2].replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'").replace(/&quot;/g, '"'),
  }));
}

async function theStory() {
  const db = app.db();
  const c = await demoFilingCaseOf(db, "kg003", "R03");
  const flag = await db.selectFrom("rule_results").select("severity").where("filing_id", "=", c.filingId).where("rule_id", "=", "R03").executeTakeFirstOrThrow();
  expect(flag.severity).toBe("red");
  return { caseId: c.caseId, filingId: c.filingId, username: "kg003" };
}

describe("what to do about a flag, on the pages that show it", () => {
  it("the bookkeeper's filing page: 怎么办 under the R03 flag, in Chinese and in English", async () => {
    const { filingId, username } = await theStory();
    const res = await app.get(`/kindergarten/fees/${filingId}`, username);
    expect(res.status).toBe(200);
    const [zh] = adviceOf(await res.text(), "R03");
    expect(zh.audience).toBe("kindergarten");
    expect(zh.text).toMatch(/^怎么办：请把这些项目的金额降到“上限”以内/);
    // Its term (2026 autumn) has begun: no 更正本次备案 on the page, so the advice names what the bookkeeper can do.
    expect(zh.text).toContain("“填报新学期收费标准”");
    expect(zh.text).not.toContain("“更正本次备案”");
    expect(zh.text).toContain("超出部分应当退还家长");

    const en = adviceOf(await (await app.get(`/kindergarten/fees/${filingId}`, username, cookieHeaderFrom(await commitLang("en")))).text(), "R03");
    expect(en[0].text).toMatch(/^What to do: Lower these items to within the “Cap”/);
    expect(en[0].text).toContain("“File next term's fee schedule”");
    expect(en[0].text).not.toContain("“Correct this filing”");
  });

  it("the kindergarten's inspection notice says it too; the officer's case page says it is what the kindergarten is told", async () => {
    const { caseId, username } = await theStory();
    const notice = await app.get(`/kindergarten/cases/${caseId}`, username);
    expect(notice.status).toBe(200);
    expect(adviceOf(await notice.text(), "R03").map((a) => [a.audience, a.text.slice(0, 4)])).toEqual([["kindergarten", "怎么办："]]);

    const officer = await app.get(`/officer/cases/${caseId}`, "haishu.market");
    expect(officer.status).toBe(200);
    const [advice] = adviceOf(await officer.text(), "R03");
    expect(advice.audience).toBe("officer");
    expect(advice.text).toMatch(/^平台给幼儿园的提示：请把这些项目的金额降到/);
    expect(advice.text).not.toContain("怎么办");
  });

  it("R09's advice on both case pages names the account page's button: 重新备案 once the latest account filing is returned", async () => {
    // kg007 files no account (R09); its 2026 autumn case was decided, so the kindergarten reads it.
    const { caseId } = await demoFilingCaseOf(app.db(), "kg007", "R09");
    const advice = async (path: string, username: string) => {
      const res = await app.get(path, username);
      expect(res.status).toBe(200);
      return adviceOf(await res.text(), "R09")[0].text;
    };
    const kindergartenPage = `/kindergarten/cases/${caseId}`;
    const officerPage = `/officer/cases/${caseId}`;
    expect(await advice(kindergartenPage, "kg007")).toContain("请在“收费账户”页点“备案新账户”");
    expect(await advice(officerPage, "haishu.market")).toContain("请在“收费账户”页点“备案新账户”");

    await addBankAccount(app.db(), await demoKindergartenOf(app.db(), "kg007"), { status: "returned", effective_from: addDays(shanghaiDate(), 7) });
    for (const [path, username] of [[kindergartenPage, "kg007"], [officerPage, "haishu.market"]]) {
      const text = await advice(path, username);
      expect(text).toContain("请在“收费账户”页点“重新备案”");
      expect(text).not.toContain("备案新账户");
    }
  });

  it("A01 as a kindergarten-wide flag (the account in force after a rename) on the officer's pages names the latest filing's button", async () => {
    const db = app.db();
    // A registry rename leaves the account in force under the old name: the account rules run again and A01 fires
    // as the kindergarten's flag (no filing of its own), shown under the parents' checks.
    // A private kindergarten (A01 is a private kindergarten's rule) with an approved account in force.
    const kg = await db
      .selectFrom("bank_accounts as a")
      .innerJoin("kindergartens as k", "k.id", "a.kindergarten_id")
      .select("k.id")
      .where("a.status", "=", "approved")
      .where("a.effective_to", "is", null)
      .where("a.effective_from", "<=", shanghaiDate())
      .where("k.nature", "!=", "public")
      .where("k.status", "=", "active")
      .orderBy("k.id")
      .executeTakeFirstOrThrow();
    await db.updateTable("kindergartens").set({ approved_name: "宁波市海曙区更名后幼儿园" }).where("id", "=", kg.id).execute();
    const outcomes = await reevaluateKindergartenAccount(db, createRulesRuntime(loadRuleSet()), kg.id, new Date());
    expect(outcomes.find((o) => o.ruleId === "A01")?.fired).toBe(true);
    const checksAdvice = async (path: string) => {
      const res = await app.get(path, "admin");
      expect(res.status).toBe(200);
      const checks = (await res.text()).split('data-testid="account-checks"')[1];
      expect(checks, path).toBeDefined();
      return adviceOf(checks, "A01")[0].text;
    };
    const account = await db.selectFrom("bank_accounts").select("id").where("kindergarten_id", "=", kg.id).orderBy("filed_at", "desc").executeTakeFirstOrThrow();
    const pages = [`/officer/kindergartens/${kg.id}`, `/officer/accounts/${account.id}`];
    for (const path of pages) expect(await checksAdvice(path)).toContain("再点“备案新账户”");

    // Its latest filing, a new account, is returned: the account page offers 重新备案.
    const returned = await addBankAccount(db, kg.id, { status: "returned", effective_from: addDays(shanghaiDate(), 7) });
    await db.updateTable("bank_accounts").set({ filed_at: new Date().toISOString() }).where("id", "=", returned).execute();
    for (const path of pages) {
      const text = await checksAdvice(path);
      expect(text, path).toContain("再点“重新备案”");
      expect(text, path).not.toContain("备案新账户");
    }
  });
});
