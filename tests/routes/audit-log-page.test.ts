/**
 * What the admin's audit log page renders (the built app): an entry's action and entity in words, in
 * Chinese or English, with the action's code beside it; the action filter a list of the known actions by
 * family, which filters by the one chosen; a detail as its fields; an action the page does not know in
 * the URL said to be ignored, not an error; a detail's keys and enumerated values in words (an education
 * officer's password reset of a bookkeeper: 操作途径 监管人员), the key's code in the tooltip; a stored flag by its rule's
 * id, severity and title (from the process's rule files). The loader's filters
 * and refusals: audit-log.test.ts; every key's words: tests/domain/audit-detail-labels.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "~/domain/audit/audit.server";
import { login } from "~/domain/users/auth.server";
import { resetUserPassword } from "~/domain/users/user-admin.server";
import { commitLang } from "~/web/lang.server";
import { useBuiltApp } from "../setup/built-app";
import { cookieHeaderFrom } from "../setup/route-helpers";

const app = useBuiltApp();

beforeAll(async () => {
  const kg006 = await app.db().selectFrom("users").select("id").where("username", "=", "kg006").executeTakeFirstOrThrow();
  await recordAudit(app.db(), { actorId: kg006.id, action: "account.file", entity: "bank_account", entityId: "ACCOUNT-FILED" });
  await recordAudit(app.db(), { actorId: kg006.id, action: "account.withdraw", entity: "bank_account", entityId: "ACCOUNT-WITHDRAWN", detail: { reason: "账号填错", files: 2 } });
  await recordAudit(app.db(), { actorId: null, action: "filing.evaluated", entity: "fee_filing", entityId: "FILING-FLAGGED", detail: { rules: { R04: 4 }, flags: ["R04:red"], cases: [] } });
  // A real entry: the district's education officer resets the bookkeeper's forgotten password.
  const officer = await login(app.db(), { username: "haishu.edu", password: "demo1234" });
  if (!officer.ok) throw new Error("haishu.edu cannot sign in");
  const bookkeeper = await app.db().selectFrom("users").select(["id", "kindergarten_id"]).where("username", "=", "kg006").executeTakeFirstOrThrow();
  const reset = await resetUserPassword({ db: app.db(), actor: officer.actor, userId: bookkeeper.id, kindergartenId: bookkeeper.kindergarten_id! });
  if (!reset.ok) throw new Error(JSON.stringify(reset));
});

const page = async (query: string, cookie?: string) => {
  const res = await app.get(`/admin/audit${query}`, "admin", cookie);
  expect(res.status, query).toBe(200);
  const html = await res.text();
  return { html, table: html.slice(html.indexOf('data-testid="audit-log"')) };
};

describe("the audit log page", () => {
  it("shows the action and the entity in Chinese, the code beside, the detail as its fields; the list filters by the action chosen", async () => {
    const { html, table } = await page("?action=account.withdraw");
    expect(html).toContain('<option value="account.withdraw" selected="">撤回收费账户备案</option>');
    expect(html).toMatch(/<optgroup label="收费账户"><option value="account\.">收费账户（全部）<\/option><option value="account\.file">提交收费账户备案<\/option>/);
    expect(table).toMatch(/<td data-col="action"[^>]*><div class="cell">撤回收费账户备案(<!-- -->)? <code class="audit-code muted">account\.withdraw<\/code>/);
    expect(table).toMatch(/<td data-col="entity"[^>]*><div class="cell">收费账户(<!-- -->)? <code class="wrap">ACCOUNT-WITHDRAWN<\/code>/);
    expect(table).not.toContain("ACCOUNT-FILED");
    expect(table).toMatch(/<dt title="reason">原因<\/dt><dd><code class="wrap">账号填错<\/code><\/dd>/);
    expect(table).toMatch(/<dt title="files">附件数<\/dt><dd><code class="wrap">2<\/code><\/dd>/);
    expect(table).not.toMatch(/\{&quot;reason/);

    const family = await page("?action=account.");
    expect(family.html).toContain('<option value="account." selected="">');
    expect(family.table).toContain("ACCOUNT-WITHDRAWN");
    expect(family.table).toContain("ACCOUNT-FILED");
    expect(family.table).toContain("提交收费账户备案");
  });

  it("shows an evaluation's flag as its rule, severity and title: R04 红色预警（营利性民办园调价幅度过大）", async () => {
    const { table } = await page("?action=filing.evaluated&entityId=FILING-FLAGGED");
    expect(table).toMatch(/<dt title="flags">预警<\/dt><dd><code class="wrap">R04 红色预警（营利性民办园调价幅度过大）<\/code><\/dd>/);
  });

  it("shows a detail's keys and enumerated values in Chinese: an officer's password reset says 操作途径 监管人员", async () => {
    const { table } = await page("?action=user.password_reset&actor=haishu.edu");
    expect(table).toContain("重置用户密码");
    expect(table).toMatch(/<dt title="via">操作途径<\/dt><dd><code class="wrap">监管人员<\/code><\/dd>/);
    expect(table).toMatch(/<dt title="username">用户名<\/dt><dd><code class="wrap">kg006<\/code><\/dd>/);
    expect(table).toMatch(/<dt title="sessionsRevoked">结束的登录会话数<\/dt><dd><code class="wrap">\d+<\/code><\/dd>/);
    expect(table).not.toMatch(/<dt[^>]*>(via|username|sessionsRevoked)</);
    expect(table).not.toMatch(/>officer</);

    const en = await page("?action=user.password_reset&actor=haishu.edu", cookieHeaderFrom(await commitLang("en")));
    expect(en.table).toMatch(/<dt title="via">Through<\/dt><dd><code class="wrap">Officer<\/code><\/dd>/);
  });

  it("says what each entry's object is, linked to a page the admin opens; a complaint by its kindergarten, never its complainant", async () => {
    const db = app.db();
    const first = <T,>(rows: T[]) => rows[0];
    const ruleCase = await db.selectFrom("inspection_cases").select("id").where("source", "=", "rule").orderBy("id").executeTakeFirstOrThrow();
    const complaint = await db.selectFrom("complaints").select(["id", "contact_name", "contact_phone", "tracking_no"]).where("contact_name", "is not", null).orderBy("id").executeTakeFirstOrThrow();
    const kg006 = await db.selectFrom("users").select(["id", "kindergarten_id"]).where("username", "=", "kg006").executeTakeFirstOrThrow();
    const objects: Array<[Parameters<typeof recordAudit>[1]["action"], Parameters<typeof recordAudit>[1]["entity"], string]> = [
      ["case.assign", "inspection_case", ruleCase.id],
      ["complaint.accept", "complaint", complaint.id],
      ["login", "user", kg006.id],
      ["kindergarten.update", "kindergarten", kg006.kindergarten_id!],
      ["account.file", "bank_account", first(await db.selectFrom("bank_accounts").select("id").orderBy("id").execute()).id],
      ["filing.submit", "fee_filing", first(await db.selectFrom("fee_filings").select("id").orderBy("id").execute()).id],
      ["meal_fund.file", "meal_fund_account", first(await db.selectFrom("meal_fund_accounts").select("id").orderBy("id").execute()).id],
      ["publication.approve", "public_case", (await db.selectFrom("public_cases").select("id").where("status", "=", "published").executeTakeFirstOrThrow()).id],
      ["spot_check.draw", "spot_check_draw", (await db.selectFrom("spot_check_draws").select("id").executeTakeFirstOrThrow()).id],
      ["fee_item_type.rename", "fee_item_type", first(await db.selectFrom("fee_item_types").select("code").orderBy("code").execute()).code],
      ["rule_parameter_set.activate", "rule_parameter_set", (await db.selectFrom("rule_parameter_sets").select("id").executeTakeFirstOrThrow()).id],
      ["rule_version.activate", "rule_activation", first(await db.selectFrom("rule_activations").select("id").orderBy("id").execute()).id],
      ["region.load", "region_table", "national-2023.csv"],
    ];
    for (const [i, [action, entity, entityId]] of objects.entries()) await recordAudit(db, { actorId: null, action, entity, entityId }, new Date(Date.UTC(2036, 0, 1, 0, 0, i)));
    const { table } = await page("?from=2036-01-01");
    const cells = [...table.matchAll(/<td data-col="entity"[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]);
    expect(cells).toHaveLength(objects.length);
    const links = cells.map((cell) => cell.match(/<a [^>]*href="([^"]*)"/)?.[1]);
    // Every one of these is linked (newest first on the page), and the admin may open each page.
    expect(links.every((href) => href !== undefined), JSON.stringify(cells)).toBe(true);
    for (const href of links) expect((await app.get(href!, "admin")).status, href).toBe(200);
    const complaintCell = cells[objects.length - 2];
    const kindergarten = await db.selectFrom("complaints as c").innerJoin("kindergartens as k", "k.id", "c.kindergarten_id").select("k.name_in_use").where("c.id", "=", complaint.id).executeTakeFirstOrThrow();
    expect(complaintCell).toMatch(new RegExp(`^<div class="cell">投诉举报(<!-- -->)? <a [^>]*href="/officer/complaints/${complaint.id}"[^>]*>${kindergarten.name_in_use}</a> <code class="audit-code muted wrap">${complaint.id}</code></div>$`));
    for (const secret of [complaint.contact_name!, complaint.contact_phone, complaint.tracking_no]) if (secret) expect(table).not.toContain(secret);
    expect(cells[objects.length - 3]).toMatch(/^<div class="cell">用户(<!-- -->)? <a [^>]*href="\/admin\/users\/[^"]+"[^>]*>kg006<\/a>/);
  });

  it("says a range whose end is before its start holds nothing, and offers it the right way round", async () => {
    const { html } = await page("?action=account.&from=2036-12-31&to=2026-01-01");
    expect(html).toContain('data-testid="audit-range-reversed"');
    expect(html).toMatch(/截止日期 2026-01-01 早于起始日期 2036-12-31/);
    expect(html).toMatch(/href="\/admin\/audit\?action=account\.&amp;from=2026-01-01&amp;to=2036-12-31"/);
    expect(html).not.toContain("没有符合条件的记录");
    const en = await page("?from=2036-12-31&to=2026-01-01", cookieHeaderFrom(await commitLang("en")));
    expect(en.html).toMatch(/The end date 2026-01-01 is before the start date 2036-12-31/);
  });

  it("in English", async () => {
    const { html, table } = await page("?action=account.withdraw", cookieHeaderFrom(await commitLang("en")));
    expect(html).toContain('<option value="account.withdraw" selected="">Fee account filing withdrawn</option>');
    expect(table).toContain("Fee account filing withdrawn");
    expect(table).toMatch(/<div class="cell">Fee account(<!-- -->)? <code class="wrap">ACCOUNT-WITHDRAWN/);
  });

  it("says an action it does not know is ignored, and lists everything", async () => {
    const { html } = await page("?action=withdraw");
    expect(html).toMatch(/data-testid="audit-ignored"[^>]*>以下查询参数无效，已忽略：action</);
    expect(html).toContain('<option value="" selected="">全部操作</option>');
    expect(html).toContain("ACCOUNT-FILED");
  });
});
