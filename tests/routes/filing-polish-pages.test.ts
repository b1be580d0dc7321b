/**
 * A bookkeeper's filing and fee-account pages, through the built app as a browser receives them (the phone's layout is
 * CSS alone, so the HTML is the same at every width), in Chinese and English, on the demo data:
 * - kg003's 2026 autumn filing (a term begun: no 更正本次备案 on its page) flags R03: the advice does not send the
 *   bookkeeper to a button the page does not have, but to the next term's filing (填报新学期收费标准) and the
 *   inspection notice's 提交情况说明; so do its inspection notice and the officer's case page (what it was told);
 * - the rules it was checked against are named by their titles, the version beside them, never "R01 第5版";
 * - the English reader reads the evidence's item by the catalogue's English name (the stored row carries its code);
 * - the fee-account tables show "—" in an empty 审核意见, 规则提示 and 证明材料 cell, as the app's other tables do.
 */
import { describe, expect, it } from "vitest";
import { commitLang } from "~/web/lang.server";
import { useBuiltApp } from "../setup/built-app";
import { demoFilingCaseOf } from "../factories/demo-cases";
import { cookieHeaderFrom } from "../setup/route-helpers";

const app = useBuiltApp();

const textOf = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, " ").trim();
const adviceOf = (html: string) => (html.match(/<p class="flag-advice"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? "").replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'");
const cells = (html: string, table: string, col: string) => {
  const body = html.match(new RegExp(`<table class="data-table" data-testid="${table}">([\\s\\S]*?)</table>`))?.[1] ?? "";
  return [...body.matchAll(new RegExp(`<td[^>]*data-col="${col}"[^>]*>([\\s\\S]*?)</td>`, "g"))].map((m) => textOf(m[1]));
};

const kg003R03 = () => demoFilingCaseOf(app.db(), "kg003", "R03");

const english = async () => cookieHeaderFrom(await commitLang("en"));

describe("a bookkeeper's filing page of a term begun", () => {
  it("advises the next term's filing and the notice's explanation, never 更正本次备案, in Chinese and English", async () => {
    const { filingId, term } = await kg003R03();
    expect(term).toBe("2026-autumn");
    const zh = await (await app.get(`/kindergarten/fees/${filingId}`, "kg003")).text();
    // The page offers no correction: the advice does not name it.
    expect(zh).not.toContain('data-testid="filing-correction"');
    const advice = adviceOf(zh);
    expect(advice).toMatch(/^怎么办：请把这些项目的金额降到“上限”以内/);
    expect(advice).toContain("本学期已经开始，本次备案不能再更正");
    expect(advice).toContain("“填报新学期收费标准”");
    expect(advice).toContain("“提交情况说明”");
    expect(advice).toContain("超出部分应当退还家长");
    expect(advice).not.toContain("更正本次备案");

    const en = adviceOf(await (await app.get(`/kindergarten/fees/${filingId}`, "kg003", await english())).text());
    expect(en).toMatch(/^What to do: Lower these items to within the “Cap”/);
    expect(en).toContain("“File next term's fee schedule”");
    expect(en).toContain("“Send an explanation”");
    expect(en).not.toContain("Correct this filing");
  });

  it("its inspection notice and the officer's case page say the same", async () => {
    const { caseId } = await kg003R03();
    const notice = adviceOf(await (await app.get(`/kindergarten/cases/${caseId}`, "kg003")).text());
    expect(notice).toContain("“填报新学期收费标准”");
    expect(notice).not.toContain("更正本次备案");
    const officer = adviceOf(await (await app.get(`/officer/cases/${caseId}`, "haishu.market")).text());
    expect(officer).toMatch(/^平台给幼儿园的提示：/);
    expect(officer).toContain("“填报新学期收费标准”");
    expect(officer).not.toContain("更正本次备案");
  });

  it("names the rules it was checked against by title, the version beside it, without rule codes", async () => {
    const { filingId } = await kg003R03();
    const zh = textOf((await (await app.get(`/kindergarten/fees/${filingId}`, "kg003")).text()).match(/<p[^>]*data-testid="checked-rules"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? "");
    expect(zh).toMatch(/^本次核查适用 15 条规则：/);
    expect(zh).not.toMatch(/R\d\d/);
    expect(zh).toMatch(/（第\d+版）/);
    expect(zh).not.toMatch(/ 第\d+版/);
    const en = textOf((await (await app.get(`/kindergarten/fees/${filingId}`, "kg003", await english())).text()).match(/<p[^>]*data-testid="checked-rules"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? "");
    expect(en).toMatch(/^Checked against 15 rules: /);
    expect(en).not.toMatch(/R\d\d/);
    expect(en).toMatch(/ \(v\d+\)/);
    expect(en).not.toMatch(/[\u4e00-\u9fff]{4}/);
  });

  it("gives the English reader the evidence's item by its catalogue name; the Chinese reader the filed name", async () => {
    const { filingId, caseId } = await kg003R03();
    const zh = await (await app.get(`/kindergarten/fees/${filingId}`, "kg003")).text();
    expect(cells(zh, "evidence-overCapItems", "name")).toEqual(["保教费"]);
    for (const url of [`/kindergarten/fees/${filingId}`, `/kindergarten/cases/${caseId}`]) {
      const en = await (await app.get(url, "kg003", await english())).text();
      expect(cells(en, "evidence-overCapItems", "name"), url).toEqual(["Care and education fee"]);
    }
    const officer = await (await app.get(`/officer/cases/${caseId}`, "haishu.market", await english())).text();
    expect(cells(officer, "evidence-overCapItems", "name")).toEqual(["Care and education fee"]);
  });
});

describe("the fee-account tables' empty cells", () => {
  it("the bookkeeper's history shows — where there is no review note, flag or certificate, in both languages", async () => {
    for (const cookie of [undefined, await english()]) {
      const html = await (await app.get("/kindergarten/account", "kg003", cookie)).text();
      const notes = cells(html, "account-history", "note");
      expect(notes.length).toBeGreaterThan(0);
      for (const col of ["note", "flags", "evidence"]) {
        const shown = cells(html, "account-history", col);
        expect(shown.every((v) => v !== ""), `${col}: ${JSON.stringify(shown)}`).toBe(true);
      }
      expect([...cells(html, "account-history", "note"), ...cells(html, "account-history", "flags")]).toContain("—");
    }
  });

  it("the officer's review list shows — for a filing without a flag", async () => {
    const html = await (await app.get("/officer/accounts?status=approved", "haishu.edu")).text();
    const flags = cells(html, "account-queue", "flag");
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((v) => v !== "")).toBe(true);
    expect(flags).toContain("—");
  });
});
