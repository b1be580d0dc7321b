/**
 * The education office's overview of its kindergartens' bookkeepers' accounts (`/officer/operator-accounts`), through
 * the built app as a browser without JavaScript uses it: linked from the kindergartens' list and each kindergarten's
 * accounts page; the counts at the top, each a link to its filter; the kindergartens with their accounts and last
 * sign-in, each linked to its accounts page; an account opened on that page listed as never signed in until the
 * bookkeeper signs in; filters through the URL, an unreadable one named and left out; the CSV (BOM, the reader's
 * language, usernames and states, audited). Refused: the market office and development and reform (403), a bookkeeper
 * (403), signed out (to the sign-in page), another district's office (200 without 海曙区's kindergartens).
 */
import { describe, expect, it } from "vitest";
import { commitLang } from "~/web/lang.server";
import { shanghaiDate } from "~/utils/working-days";
import { demoKindergartenOf } from "../factories/demo-cases";
import { createKindergarten, HAISHU, JIANGBEI } from "../factories/domain";
import { createThroughPage, temporaryPasswordIn } from "../factories/operator-accounts";
import { useBuiltApp } from "../setup/built-app";
import { cookieHeaderFrom } from "../setup/route-helpers";

const app = useBuiltApp();

const kindergartenOf = (username: string) => demoKindergartenOf(app.db(), username);
const page = async (path: string, as = "haishu.edu") => {
  const res = await app.get(path, as);
  expect(res.status, path).toBe(200);
  return res.text();
};
/** The table row of a kindergarten on the page. */
const rowOf = (html: string, kindergartenId: string) => html.match(new RegExp(`<tr[^>]*data-kindergarten="${kindergartenId}"[\\s\\S]*?</tr>`))?.[0] ?? null;
/** The count a summary link shows for a state ("all" for the total). */
const countOf = (html: string, state: string) => {
  const link = html.match(new RegExp(`<a[^>]*data-state="${state}"[^>]*>([^<]*)</a>`))?.[1];
  return link ? Number(link.match(/(\d+)\s*$/)?.[1]) : null;
};

describe("the education office's overview of its kindergartens' bookkeepers' accounts", () => {
  it("is linked from the kindergartens' list (for the education office only) and from a kindergarten's accounts page", async () => {
    expect(await page("/officer/kindergartens")).toContain('href="/officer/operator-accounts"');
    expect(await page("/officer/kindergartens", "haishu.market")).not.toContain('href="/officer/operator-accounts"');
    expect(await page(`/officer/kindergartens/${await kindergartenOf("kg006")}/accounts`)).toContain('href="/officer/operator-accounts"');
  });

  it("lists the district's kindergartens with their accounts, counts them by state, and links each to its accounts page", async () => {
    const kg006 = await kindergartenOf("kg006");
    const html = await page("/officer/operator-accounts");
    expect(html).toContain("辖区幼儿园收费管理员账户");
    const row = rowOf(html, kg006);
    expect(row).not.toBeNull();
    expect(row).toContain(`href="/officer/kindergartens/${kg006}/accounts"`);
    expect(row).toContain('data-username="kg006"');
    const regionCount = Number(
      (await app.db().selectFrom("kindergartens").select((eb) => eb.fn.countAll().as("n")).where("region_code", "=", "330203").where("status", "!=", "closed").executeTakeFirstOrThrow()).n,
    );
    expect(countOf(html, "all")).toBe(regionCount);
    expect(countOf(html, "none")! + countOf(html, "active")!).toBe(regionCount);
    // Another district's kindergartens are not there.
    const jiangbei = await app.db().selectFrom("kindergartens").select("id").where("region_code", "=", JIANGBEI).execute();
    expect(jiangbei.length).toBeGreaterThan(0);
    for (const k of jiangbei) expect(html).not.toContain(k.id);
  });

  it("shows an account opened on the kindergarten's page as never signed in, until its bookkeeper signs in", async () => {
    const kg = await createKindergarten(app.db(), { region_code: HAISHU, name: "海曙区总览测试幼儿园" });
    const before = await page("/officer/operator-accounts?state=none");
    expect(rowOf(before, kg.id)).toContain("尚未开设账户");

    const created = await createThroughPage(app, kg.id, { username: "overview.new", displayName: "出纳" });
    expect(created.status).toBe(200);
    const temporary = temporaryPasswordIn(await created.text())!;

    const never = await page("/officer/operator-accounts?state=never_signed_in");
    expect(rowOf(never, kg.id)).toMatch(/overview\.new<\/code> 启用 · 待修改临时密码 · 从未登录/);
    expect(rowOf(await page("/officer/operator-accounts?state=none"), kg.id)).toBeNull();

    const signedIn = await app.post("/login", null, { username: "overview.new", password: temporary });
    expect(signedIn.headers.get("Location")).toBe("/account/password");
    expect(rowOf(await page("/officer/operator-accounts?state=never_signed_in"), kg.id)).toBeNull();
    const mustChange = rowOf(await page("/officer/operator-accounts?state=must_change"), kg.id);
    expect(mustChange).toContain(`最近登录 ${shanghaiDate()}`);
    // The 江北区 office is told nothing of it.
    expect(await page("/officer/operator-accounts", "jiangbei.edu")).not.toContain(kg.id);
  });

  it("names a filter it cannot read and leaves it out; a region outside the district likewise", async () => {
    const ignored = (html: string) => html.match(/<p[^>]*data-testid="account-overview-ignored"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? null;
    const html = await page("/officer/operator-accounts?state=bogus&status=closed");
    // Named by the filter's label, as the queue names its own (the URL's key, "state", meant nothing to an officer).
    expect(ignored(html)).toBe("以下查询参数无效，已忽略：账户情况");
    expect(ignored(html)).not.toContain("幼儿园状态");
    expect(html).toContain('<option value="closed" selected=""');
    expect(ignored(await page("/officer/operator-accounts?region=330205"))).toContain("地区");
    // Outside the district, said as such (the guidance prices say it alike); a malformed code is a value it cannot read.
    expect(ignored(await page("/officer/operator-accounts?region=330205"))).toBe("以下筛选条件超出您的辖区，已忽略：地区");
    expect(ignored(await page("/officer/operator-accounts?region=33020"))).toContain("地区");
    expect(ignored(await page("/officer/operator-accounts?sort=last_login"))).toBe("以下查询参数无效，已忽略：排序");
    expect(ignored(await page("/officer/operator-accounts?state=none"))).toBeNull();
  });

  it("exports the filtered list as CSV, in the reader's language, audited", async () => {
    const res = await app.get("/officer/operator-accounts/export.csv?state=active", "haishu.edu");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename="operator-accounts-330203-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith("统一社会信用代码,幼儿园名称,地区,幼儿园状态,账户数,启用账户数")).toBe(true);
    expect(text).toMatch(/\r\n[^\r\n]*,海曙区,正常,\d+,\d+,[^\r\n]*kg006：启用/);
    // Display names (people's names) are not in the file.
    expect(text).not.toContain("收费管理员（");
    const audit = await app.db().selectFrom("audit_log").select(["detail"]).where("action", "=", "user.export_operators").executeTakeFirstOrThrow();
    expect(JSON.parse(audit.detail)).toMatchObject({ filters: { state: "active" }, complete: true, via: "officer" });

    const en = cookieHeaderFrom(await commitLang("en"));
    const english = await (await app.get("/officer/operator-accounts/export.csv", "haishu.edu", en)).text();
    expect(english.startsWith("USCC,Kindergarten,Region,Kindergarten's status,Accounts,Active accounts")).toBe(true);
    expect(english).toMatch(/kg006: Active/);
  });

  it("orders by the last sign-in, latest or longest idle first, the CSV in the page's order", async () => {
    const kg006 = await kindergartenOf("kg006");
    const kg007 = await kindergartenOf("kg007");
    // Set, not signed in: the sign-ins of other tests would move them.
    await app.db().updateTable("users").set({ last_signed_in_at: "2030-01-02T00:00:00.000Z" }).where("username", "=", "kg006").execute();
    await app.db().updateTable("users").set({ last_signed_in_at: "2030-01-01T00:00:00.000Z" }).where("username", "=", "kg007").execute();
    const order = (html: string) => [...html.matchAll(/<tr[^>]*data-kindergarten="([^"]+)"/g)].map((m) => m[1]);
    const latest = await page("/officer/operator-accounts?sort=sign_in_latest");
    expect(order(latest).slice(0, 2)).toEqual([kg006, kg007]);
    expect(latest).toContain('<option value="sign_in_latest" selected=""');
    expect(rowOf(latest, kg006)).toContain("2030-01-02");
    const oldest = order(await page("/officer/operator-accounts?sort=sign_in_oldest"));
    expect(oldest.indexOf(kg006)).toBeGreaterThan(oldest.indexOf(kg007));
    // The export link carries the order, and the file follows it.
    expect(latest).toMatch(/href="\/officer\/operator-accounts\/export\.csv\?[^"]*sort=sign_in_latest/);
    const csv = await (await app.get("/officer/operator-accounts/export.csv?sort=sign_in_latest", "haishu.edu")).text();
    const [, first, second] = csv.split("\r\n");
    expect([first, second].map((line) => /kg00[67]：/.exec(line)?.[0])).toEqual(["kg006：", "kg007："]);
  });

  it("says its export limit in the reader's number format", async () => {
    expect(await page("/officer/operator-accounts")).toContain("按当前筛选条件导出全部页，最多 50,000 所幼儿园。");
    const en = cookieHeaderFrom(await commitLang("en"));
    const english = await (await app.get("/officer/operator-accounts", "haishu.edu", en)).text();
    expect(english).toContain("Every page under the filters chosen, at most 50,000 kindergartens.");
  });

  it("refuses the other offices, a bookkeeper and a signed-out visitor", async () => {
    for (const who of ["haishu.market", "haishu.ndrc", "kg006"]) {
      expect((await app.get("/officer/operator-accounts", who)).status, who).toBe(403);
      expect((await app.get("/officer/operator-accounts/export.csv", who)).status, who).toBe(403);
    }
    const signedOut = await app.get("/officer/operator-accounts");
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get("Location")).toMatch(/^\/login\?redirectTo=/);
  });
});
