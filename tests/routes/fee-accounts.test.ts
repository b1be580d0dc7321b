/**
 * The fee-account pages on the demo data, called as the server would: who may
 * open which page, the operator's multipart filing and its evidence download,
 * the education officer's review and the district scope of every officer
 * page. Demo stories used: kg004 (海曙) and kg010 (江北) have a pending
 * replacement, kg006 a returned filing, kg003 a replaced account with
 * history, kg007 no account at all.
 */
import type { ComponentType } from "react";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPageHtml } from "../setup/render-page";
import { ulid } from "ulid";
import { EVIDENCE_MAX_BYTES } from "~/domain/evidence/evidence.schema";
import { MAX_BODY_BYTES } from "~/web/form.server";
import { setDb } from "~/web/db.server";
import { addDays } from "~/utils/civil-date";
import { shanghaiDate } from "~/utils/working-days";
import * as accountIndex from "~/routes/kindergarten+/account._index";
import * as accountNew from "~/routes/kindergarten+/account.new";
import * as operatorEvidence from "~/routes/kindergarten+/account.$accountId.evidence";
import * as officerQueue from "~/routes/officer+/accounts._index";
import * as officerAccount from "~/routes/officer+/accounts.$accountId";
import * as officerEvidence from "~/routes/officer+/accounts.$accountId.evidence";
import * as officerKindergarten from "~/routes/officer+/kindergartens.$id";
import { parseWithZod } from "@conform-to/zod/v4";
import { translate } from "~/i18n";
import { accountFilingOn } from "~/domain/fee-accounts/fee-account.schema";
import { addBankAccount } from "../factories/bank-accounts";
import { JIANGBEI } from "../factories/domain";
import { accountFields, accountFormData, accountRowCounts, OVERSIZED_PDF_BYTES, pdfBytes } from "../factories/fee-accounts";
import { callRoute, sessionCookieFor, type CallOptions, type RouteOutcome } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
const cookies: Record<string, string> = {};
const kgIds: Record<string, string> = {};
/** The demo's pending replacements awaiting review. */
let kg004Pending: string;
let kg010Pending: string;
/** A filing with an evidence file, made by kg007 through the page. */
let kg007Filing: string;
const kg007Evidence = pdfBytes(2048);

const USERS = ["kg002", "kg003", "kg004", "kg005", "kg006", "kg007", "kg010", "haishu.edu", "haishu.market", "jiangbei.edu", "jiangbei.market", "admin"] as const;
type User = (typeof USERS)[number];

async function pendingOf(kindergartenId: string): Promise<string> {
  const row = await t.db.selectFrom("bank_accounts").select("id").where("kindergarten_id", "=", kindergartenId).where("status", "=", "pending").executeTakeFirstOrThrow();
  return row.id;
}

const accountRow = (id: string) => t.db.selectFrom("bank_accounts").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

/** The filing page's post for `user`'s kindergarten: a valid account under its approved name, in force a week from today. */
async function filingPost(user: User, opts: { evidence?: { name: string; bytes: Uint8Array; type?: string }; key?: string; kindergartenId?: string } = {}): Promise<FormData> {
  const kg = await t.db.selectFrom("kindergartens").select(["id", "approved_name"]).where("id", "=", kgIds[user]).executeTakeFirstOrThrow();
  return accountFormData(
    opts.kindergartenId ?? kg.id,
    accountFields(kg.approved_name, addDays(shanghaiDate(), 7)),
    opts.evidence ?? { name: "开户许可证.pdf", bytes: pdfBytes(), type: "application/pdf" },
    opts.key ?? ulid(),
  );
}

function fileAs(user: User, form: FormData): Promise<RouteOutcome> {
  return callRoute(accountNew.action, "/kindergarten/account/new", { cookie: cookies[user], form });
}

function reviewAs(user: User | null, accountId: string, form: Record<string, string>): Promise<RouteOutcome> {
  return callRoute(officerAccount.action, `/officer/accounts/${accountId}`, { cookie: user ? cookies[user] : null, params: { accountId }, form });
}

function queueAs(user: User, status = "pending"): Promise<RouteOutcome> {
  return callRoute(officerQueue.loader, `/officer/accounts?status=${status}`, { cookie: cookies[user] });
}

const render = (Page: ComponentType, loaderData: unknown, actionData?: unknown) => renderPageHtml(Page, loaderData, { actionData });

/** The words of a page as read: its dates are CivilDates (<time>), a sentence's words stand around them. */
const wordsOf = (html: string) => html.replace(/<[^>]+>/g, "");

async function renderPage(Page: ComponentType, loader: (args: any) => unknown, path: string, opts: CallOptions): Promise<string> {
  const res = await callRoute(loader, path, opts);
  expect(res.status).toBe(200);
  return render(Page, res.body);
}

type OperatorPage = { hasPending: boolean; accounts: Array<{ id: string; status: string; accountNumber: string; effectiveFrom: string; reviewNote: string }> };
type QueueBody = { rows: Array<{ id: string; kindergartenId: string }>; next: string | null; canReview: boolean; state: string };

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  for (const user of USERS) {
    cookies[user] = await sessionCookieFor(t.db, user);
    const row = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", user).executeTakeFirstOrThrow();
    if (row.kindergarten_id) kgIds[user] = row.kindergarten_id;
  }
  kg004Pending = await pendingOf(kgIds.kg004);
  kg010Pending = await pendingOf(kgIds.kg010);
  const filed = await fileAs("kg007", await filingPost("kg007", { evidence: { name: "kg007-许可证.pdf", bytes: kg007Evidence, type: "application/pdf" } }));
  if (filed.status !== 302) throw new Error(`kg007's filing was refused: ${JSON.stringify(filed.body)}`);
  kg007Filing = await pendingOf(kgIds.kg007);
});

afterAll(async () => {
  await t?.destroy();
});

interface RouteCall {
  name: string;
  fn: (args: any) => unknown;
  path: () => string;
  opts: () => Promise<CallOptions>;
}

/** Every account page and action, with a real id, as a signed-in user of the wrong audience or nobody would call it. */
const ROUTES: Record<"operator" | "officer", RouteCall[]> = {
  operator: [
    { name: "GET /kindergarten/account", fn: accountIndex.loader, path: () => "/kindergarten/account", opts: async () => ({}) },
    { name: "GET /kindergarten/account/new", fn: accountNew.loader, path: () => "/kindergarten/account/new", opts: async () => ({}) },
    { name: "POST /kindergarten/account/new", fn: accountNew.action, path: () => "/kindergarten/account/new", opts: async () => ({ form: await filingPost("kg006") }) },
    {
      name: "GET /kindergarten/account/:accountId/evidence",
      fn: operatorEvidence.loader,
      path: () => `/kindergarten/account/${kg007Filing}/evidence`,
      opts: async () => ({ params: { accountId: kg007Filing } }),
    },
  ],
  officer: [
    { name: "GET /officer/accounts", fn: officerQueue.loader, path: () => "/officer/accounts?status=pending", opts: async () => ({}) },
    { name: "GET /officer/accounts (a search)", fn: officerQueue.loader, path: () => `/officer/accounts?status=returned&q=${encodeURIComponent("海曙 幼儿园")}`, opts: async () => ({}) },
    { name: "GET /officer/accounts/:accountId", fn: officerAccount.loader, path: () => `/officer/accounts/${kg004Pending}`, opts: async () => ({ params: { accountId: kg004Pending } }) },
    {
      name: "POST /officer/accounts/:accountId (approve)",
      fn: officerAccount.action,
      path: () => `/officer/accounts/${kg004Pending}`,
      opts: async () => ({ params: { accountId: kg004Pending }, form: { decision: "approve" } }),
    },
    {
      name: "GET /officer/accounts/:accountId/evidence",
      fn: officerEvidence.loader,
      path: () => `/officer/accounts/${kg007Filing}/evidence`,
      opts: async () => ({ params: { accountId: kg007Filing } }),
    },
    { name: "GET /officer/kindergartens/:id", fn: officerKindergarten.loader, path: () => `/officer/kindergartens/${kgIds.kg004}`, opts: async () => ({ params: { id: kgIds.kg004 } }) },
  ],
};

describe("who may open the account pages", () => {
  it.each([...ROUTES.operator, ...ROUTES.officer].map((r) => [r.name, r] as const))("anonymous → %s: the login page, and nothing stored", async (_name, route) => {
    const before = await accountRowCounts(t.db);
    const res = await callRoute(route.fn, route.path(), await route.opts());
    expect(res.status).toBe(302);
    // A post's login page says what was sent was not saved.
    const posted = route.name.startsWith("POST ") ? "&unsaved=1" : "";
    expect(res.location).toBe(`/login?redirectTo=${encodeURIComponent(route.path())}${posted}`);
    expect(await accountRowCounts(t.db)).toEqual(before);
  });

  it.each(ROUTES.officer.map((r) => [r.name, r] as const))("an operator → %s: 403, nothing stored", async (_name, route) => {
    const before = await accountRowCounts(t.db);
    expect((await callRoute(route.fn, route.path(), { ...(await route.opts()), cookie: cookies.kg004 })).status).toBe(403);
    expect(await accountRowCounts(t.db)).toEqual(before);
  });

  it.each(ROUTES.operator.map((r) => [r.name, r] as const))("an officer → %s: 403, nothing stored", async (_name, route) => {
    const before = await accountRowCounts(t.db);
    expect((await callRoute(route.fn, route.path(), { ...(await route.opts()), cookie: cookies["haishu.edu"] })).status).toBe(403);
    expect(await accountRowCounts(t.db)).toEqual(before);
  });
});

describe("re-filing after a return (kg006)", () => {
  it("the form shows the return's reason and starts from the returned filing's values, its file to be chosen again", async () => {
    const returned = await t.db
      .selectFrom("bank_accounts")
      .selectAll()
      .where("kindergarten_id", "=", kgIds.kg006)
      .where("status", "=", "returned")
      .executeTakeFirstOrThrow();
    const kg = await t.db.selectFrom("kindergartens").select("approved_name").where("id", "=", kgIds.kg006).executeTakeFirstOrThrow();
    const res = await callRoute(accountNew.loader, "/kindergarten/account/new", { cookie: cookies.kg006 });
    expect(res.status).toBe(200);
    const today = shanghaiDate();
    expect((res.body as { draft: unknown }).draft).toEqual({
      from: "returned",
      reviewNote: "账户名称与幼儿园登记名称不一致：收费账户应为幼儿园本单位的对公账户，请更正后重新备案。",
      bankName: returned.bank_name,
      branchName: returned.branch_name,
      // Returned for its name (an investment company's): the approved name in its place, the filed one named.
      accountName: kg.approved_name,
      returnedAccountName: returned.account_name,
      accountNumber: returned.account_number,
      cnapsCode: returned.cnaps_code,
      // The returned filing asked for 2026-11-01: a date already past is not offered again.
      effectiveFrom: returned.effective_from > today ? returned.effective_from : today,
    });
    expect(returned.cnaps_code).toMatch(/^\d{12}$/);
    expect(returned.account_name).not.toBe(kg.approved_name);

    const html = await renderPage(accountNew.default, accountNew.loader, "/kindergarten/account/new", { cookie: cookies.kg006 });
    expect(html).toContain("退回原因");
    expect(html).toContain("账户名称与幼儿园登记名称不一致");
    for (const value of [returned.bank_name, returned.branch_name, kg.approved_name, returned.account_number, returned.cnaps_code!]) expect(html).toContain(`value="${value}"`);
    expect(html).not.toContain(`value="${returned.account_name}"`);
    // One line says so, names what was filed and points at the field.
    const line = /<p data-testid="account-name-replaced">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
    expect(line).toContain(`退回的备案所填户名“${returned.account_name}”与本园核准名称不一致，户名已改填为核准名称“${kg.approved_name}”`);
    const field = /<input[^>]*name="accountName"[^>]*>/.exec(html)?.[0] ?? "";
    const fieldId = /id="([^"]+)"/.exec(field)?.[1];
    expect(fieldId).toBeTruthy();
    expect(line).toContain(`href="#${fieldId}"`);
    expect(html).toContain("退回备案的证明材料不会带入：请重新选择开户许可证或银行开户证明文件。");
  });

  it("a kindergarten whose latest filing was not returned gets an empty form", async () => {
    expect(((await callRoute(accountNew.loader, "/kindergarten/account/new", { cookie: cookies.kg003 })).body as { draft: unknown }).draft).toBeNull();
  });

  it("the operator's own history carries each filing's CNAPS code", async () => {
    const view = (await callRoute(accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg006 })).body as { accounts: Array<{ status: string; cnapsCode: string | null }> };
    const cnaps = view.accounts.find((a) => a.status === "returned")?.cnapsCode;
    expect(cnaps).toMatch(/^\d{12}$/);
    const html = await renderPage(accountIndex.default, accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg006 });
    expect(html).toContain("<th scope=\"col\">联行号</th>");
    expect(html).toContain(cnaps!);
  });
});

/** The section of a filing's flags on the account page: its markup, and the A01 advice in it (null: none shown). */
function flagsSection(html: string, accountId: string): { markup: string; advice: string | null } {
  const markup = new RegExp(`<section id="account-flags-${accountId}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? "";
  expect(markup, accountId).not.toBe("");
  return { markup, advice: /data-testid="flag-advice"[^>]*>([\s\S]*?)<\/p>/.exec(markup)?.[1] ?? null };
}

describe("a returned filing's advice on the account page (kg006)", () => {
  it("is shown while the returned filing is the latest: 重新备案 is what to do", async () => {
    const view = (await callRoute(accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg006 })).body as OperatorPage;
    expect(view.accounts[0].status).toBe("returned");
    const html = await renderPage(accountIndex.default, accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg006 });
    const returned = flagsSection(html, view.accounts[0].id);
    expect(returned.markup).toContain('data-rule="A01"');
    expect(wordsOf(returned.advice ?? "")).toContain("重新备案");
    expect(returned.markup).not.toContain("此后已有新的备案");
    // The advice names only the button the page shows: its 重新备案, never 备案新账户, which a returned filing's page lacks.
    expect(wordsOf(returned.advice ?? "")).not.toContain("备案新账户");
    expect(html).toContain(">重新备案</a>");
    expect(html).not.toContain(">备案新账户</a>");
  });
});

describe("one post tells every mistake (kg004)", () => {
  it("a past date is told with an empty bank, letters in the number and an 11-digit CNAPS code; the page's own check says the same", async () => {
    const kg = await t.db.selectFrom("kindergartens").select(["id", "approved_name"]).where("id", "=", kgIds.kg004).executeTakeFirstOrThrow();
    const fields = accountFields(kg.approved_name, "2026-01-01", { bankName: "", accountNumber: "3315 0198 36O1 0000", cnapsCode: "10533200001" });
    const before = await accountRowCounts(t.db);
    const res = await fileAs("kg004", accountFormData(kg.id, fields));

    expect(res.status).toBe(400);
    const errors = (res.body as { result: { error: Record<string, string[]> } }).result.error;
    expect(errors).toEqual({
      bankName: ["account.bankName.required"],
      accountNumber: ["account.accountNumber.digits"],
      cnapsCode: ["account.cnapsCode.format"],
      effectiveFrom: ["account.effectiveFrom.past"],
    });
    expect(await accountRowCounts(t.db)).toEqual(before);

    // With JavaScript: the same schema, its dates against what the form's loader read.
    const page = (await callRoute(accountNew.loader, "/kindergarten/account/new", { cookie: cookies.kg004 })).body as { today: string; latestApprovedStart: string | null };
    const client = parseWithZod(accountFormData(kg.id, fields), { schema: accountFilingOn(page) }).reply().error;
    expect(client).toEqual(errors);
  });
});

describe("a replacement that approval could never take (kg002: an approved account already waiting to take effect)", () => {
  let upcomingFrom: string;
  let upcoming: string;
  let current: string;

  beforeAll(async () => {
    // As an approval would leave it: the account in force ends the day before the approved replacement starts.
    upcomingFrom = addDays(shanghaiDate(), 6);
    current = (
      await t.db.selectFrom("bank_accounts").select("id").where("kindergarten_id", "=", kgIds.kg002).where("status", "=", "approved").executeTakeFirstOrThrow()
    ).id;
    await t.db.updateTable("bank_accounts").set({ effective_to: addDays(upcomingFrom, -1) }).where("id", "=", current).execute();
    upcoming = await addBankAccount(t.db, kgIds.kg002, { account_number: "6222021001123456789", effective_from: upcomingFrom });
  });

  async function kg002Post(effectiveFrom: string) {
    const kg = await t.db.selectFrom("kindergartens").select(["id", "approved_name"]).where("id", "=", kgIds.kg002).executeTakeFirstOrThrow();
    return accountFormData(kg.id, accountFields(kg.approved_name, effectiveFrom, { accountNumber: "6228480010000000018" }));
  }

  it("the form knows the bound, and a date on or before it is refused under the date field, naming it; nothing is stored", async () => {
    const page = (await callRoute(accountNew.loader, "/kindergarten/account/new", { cookie: cookies.kg002 })).body as { latestApprovedStart: string | null };
    expect(page.latestApprovedStart).toBe(upcomingFrom);
    const before = await accountRowCounts(t.db);
    for (const date of [shanghaiDate(), upcomingFrom]) {
      const res = await fileAs("kg002", await kg002Post(date));
      expect(res.status).toBe(400);
      expect((res.body as { result: { error: Record<string, string[]> } }).result.error).toEqual({
        effectiveFrom: [`account.effectiveFrom.afterApproved|${JSON.stringify({ date: upcomingFrom })}`],
      });
    }
    expect(await accountRowCounts(t.db)).toEqual(before);
  });

  it("a filing made before this check: the review page says approval is impossible and why, and approval is refused naming the date", async () => {
    const legacy = await addBankAccount(t.db, kgIds.kg002, { status: "pending", account_number: "6228480010000000026", effective_from: shanghaiDate() });
    const page = await callRoute(officerAccount.loader, `/officer/accounts/${legacy}`, { cookie: cookies["haishu.edu"], params: { accountId: legacy } });
    expect((page.body as { approval: unknown }).approval).toEqual({ ok: false, effectiveFrom: shanghaiDate(), laterFrom: upcomingFrom });
    const html = render(officerAccount.default, page.body);
    expect(wordsOf(html)).toContain(`不能审核通过：该园已有自 ${upcomingFrom} 起生效的已通过账户，本备案却自 ${shanghaiDate()} 起生效`);
    // Asked for today: approval today starts it on the day it asked for, so that day has not passed.
    expect(html).not.toContain("已过该日期");
    expect(html).not.toContain('value="approve"');
    expect(html).toContain('value="return"');
    expect(html).not.toContain("停用");

    const res = await reviewAs("haishu.edu", legacy, { decision: "approve" });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { key: "account.review.laterAccount", vars: { date: upcomingFrom } } });
    expect(await accountRow(legacy)).toMatchObject({ status: "pending" });
    // Returning it stays possible.
    expect((await reviewAs("haishu.edu", legacy, { decision: "return", note: "生效日期须晚于已通过账户的生效日期" })).status).toBe(200);
  });

  it("a date after it is accepted; the review page says which account ends on which day, and approval does exactly that", async () => {
    const from = addDays(upcomingFrom, 1);
    expect((await fileAs("kg002", await kg002Post(from))).status).toBe(302);
    const filing = await pendingOf(kgIds.kg002);
    const page = await callRoute(officerAccount.loader, `/officer/accounts/${filing}`, { cookie: cookies["haishu.edu"], params: { accountId: filing } });
    // Not "the account in force today ends the day before the filing's date": that one already ends before upcomingFrom.
    expect((page.body as { approval: unknown }).approval).toEqual({ ok: true, effectiveFrom: from, ends: { id: upcoming, effectiveTo: upcomingFrom } });
    const html = render(officerAccount.default, page.body);
    expect(wordsOf(html)).toContain(`通过后，本账户自 ${from} 起生效；尾号 ${"6222021001123456789".slice(-4)} 的已通过账户使用至 ${upcomingFrom}，此后停用。`);
    expect(html).toContain('value="approve"');
    // A stored value is labelled as such, not with the input's hint.
    expect(html).toContain('<dt class="muted">联行号</dt>');
    expect(html).not.toContain("选填，12");

    expect(await reviewAs("haishu.edu", filing, { decision: "approve" })).toMatchObject({ status: 200, body: { done: { status: "approved", effectiveFrom: from } } });
    expect(await accountRow(upcoming)).toMatchObject({ effective_from: upcomingFrom, effective_to: upcomingFrom });
    expect(await accountRow(current)).toMatchObject({ effective_to: addDays(upcomingFrom, -1) });
  });
});

describe("an operator files the kindergarten's account", () => {
  it("kg006 (after a returned filing) files with a multipart form, lands on the account page and sees the filing pending", async () => {
    const before = await accountRowCounts(t.db);
    const res = await fileAs("kg006", await filingPost("kg006"));

    expect(res.status).toBe(302);
    expect(res.location).toBe("/kindergarten/account?saved=1");
    const page = await callRoute(accountIndex.loader, "/kindergarten/account?saved=1", { cookie: cookies.kg006 });
    const view = page.body as OperatorPage;
    expect(view.hasPending).toBe(true);
    // Newest first: the new filing, the returned one, the account still in force.
    expect(view.accounts.map((a) => a.status)).toEqual(["pending", "returned", "approved"]);
    expect(view.accounts[0]).toMatchObject({ accountNumber: "33150198360100001234", effectiveFrom: addDays(shanghaiDate(), 7) });
    expect((await accountRowCounts(t.db)).bank_accounts).toBe(before.bank_accounts + 1);
  });

  it("kg006's returned filing, once refiled and pending, keeps its flag on record without the call to 重新备案", async () => {
    const view = (await callRoute(accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg006 })).body as OperatorPage;
    expect(view.accounts.map((a) => a.status)).toEqual(["pending", "returned", "approved"]);
    const html = await renderPage(accountIndex.default, accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg006 });
    // The refiling awaits review: the page says so and offers its withdrawal, not another filing.
    expect(html).toContain('data-testid="account-withdraw"');
    const returned = flagsSection(html, view.accounts[1].id);
    expect(returned.markup).toContain('data-rule="A01"');
    expect(returned.advice).toBeNull();
    expect(wordsOf(returned.markup)).not.toContain("重新备案");
    expect(wordsOf(returned.markup)).toContain("此后已有新的备案：以下是这次备案当时的检查结果，仅作记录，无需再按其处理。");
    // The history keeps the returned filing, its reason and its flag's badge.
    expect(html).toContain(`href="#account-flags-${view.accounts[1].id}"`);
    expect(html).toContain("账户名称与幼儿园登记名称不一致");
  });

  it("the same post sent again (same key) gets the same redirect and stores nothing more", async () => {
    const key = ulid();
    expect((await fileAs("kg005", await filingPost("kg005", { key }))).location).toBe("/kindergarten/account?saved=1");
    const before = await accountRowCounts(t.db);
    const repeat = await fileAs("kg005", await filingPost("kg005", { key }));
    expect(repeat.status).toBe(302);
    expect(repeat.location).toBe("/kindergarten/account?saved=1");
    expect(await accountRowCounts(t.db)).toEqual(before);
  });

  it("a post naming another kindergarten is 403 and stores nothing", async () => {
    const before = await accountRowCounts(t.db);
    const res = await fileAs("kg006", await filingPost("kg006", { kindergartenId: kgIds.kg010 }));
    expect(res.status).toBe(403);
    expect(await accountRowCounts(t.db)).toEqual(before);
  });

  it.each([
    ["a little over 5 MB (read, then refused by the evidence check)", OVERSIZED_PDF_BYTES, 400],
    ["of 8 MB, a phone's photo (read to its end, only its first 5 MB held, refused by the evidence check)", pdfBytes(8 * 1024 * 1024), 400],
    ["over every route's ceiling (refused while reading the body)", pdfBytes(MAX_BODY_BYTES + 1), 413],
  ])("evidence %s: a message under the evidence field, not a server error", async (_label, bytes, status) => {
    const before = await accountRowCounts(t.db);
    const res = await fileAs("kg004", await filingPost("kg004", { evidence: { name: "scan.pdf", bytes, type: "application/pdf" } }));

    expect(res.status).toBe(status);
    const body = res.body as { result: { error?: Record<string, string[]> } | null; evidenceError: string | null };
    const messages = [...(body.result?.error?.evidence ?? []), ...(body.evidenceError ? [body.evidenceError] : [])];
    expect(messages).toEqual([`account.evidence.tooLarge|${JSON.stringify({ mb: EVIDENCE_MAX_BYTES / 1024 / 1024 })}`]);
    expect(await accountRowCounts(t.db)).toEqual(before);
  });

  it("a certificate too large comes back with the fields as typed and asks for the file again (without JavaScript)", async () => {
    const kg = await t.db.selectFrom("kindergartens").select(["id", "approved_name"]).where("id", "=", kgIds.kg004).executeTakeFirstOrThrow();
    const typed = accountFields(kg.approved_name, addDays(shanghaiDate(), 30), { bankName: "宁波银行", branchName: "海曙支行", accountNumber: "5101 0123 4567 8901" });
    const before = await accountRowCounts(t.db);
    const res = await fileAs("kg004", accountFormData(kg.id, typed, { name: "开户许可证.jpg", bytes: pdfBytes(8 * 1024 * 1024), type: "image/jpeg" }));
    expect(res.status).toBe(400);
    expect(await accountRowCounts(t.db)).toEqual(before);

    const page = await callRoute(accountNew.loader, "/kindergarten/account/new", { cookie: cookies.kg004 });
    const html = render(accountNew.default, page.body, res.body);
    const valueOf = (name: string) => /value="([^"]*)"/.exec(new RegExp(`<input[^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? "")?.[1];
    for (const [name, value] of Object.entries(typed)) expect(valueOf(name), name).toBe(value);
    expect(html).toContain("文件不能超过 5 MB");
    expect(html).toContain("提交未成功，已选的文件没有保留：请重新选择开户许可证或银行开户证明文件。");
  });

  it("an empty file is told as the certificate's, in the form's own words, not a complaint's", async () => {
    const res = await fileAs("kg004", await filingPost("kg004", { evidence: { name: "开户许可证.pdf", bytes: new Uint8Array(), type: "application/pdf" } }));
    expect(res.status).toBe(400);
    const messages = (res.body as { result: { error: Record<string, string[]> } }).result.error.evidence;
    expect(messages).toEqual([`account.evidence.empty|${JSON.stringify({ name: "开户许可证.pdf" })}`]);
    expect(translate("zh-CN", messages[0])).toBe("所选文件“开户许可证.pdf”是空文件（0 字节）：请重新选择开户许可证或银行开户证明的扫描件或照片");
    expect(translate("en", messages[0])).toBe("The chosen file “开户许可证.pdf” is empty (0 bytes): choose the scan or photo of the account-opening certificate or bank confirmation again");
    // No file chosen: the browser's nameless empty part, told as missing.
    const none = await fileAs("kg004", await filingPost("kg004", { evidence: { name: "", bytes: new Uint8Array() } }));
    expect((none.body as { result: { error: Record<string, string[]> } }).result.error.evidence).toEqual(["account.evidence.required"]);
  });

  it("an executable sent as a PDF is refused under the evidence field", async () => {
    const exe = new Uint8Array(Buffer.concat([Buffer.from("MZ"), Buffer.alloc(510)]));
    const res = await fileAs("kg004", await filingPost("kg004", { evidence: { name: "开户许可证.pdf", bytes: exe, type: "application/pdf" } }));
    expect(res.status).toBe(400);
    expect((res.body as { result: { error: Record<string, string[]> } }).result.error.evidence).toEqual(["account.evidence.type"]);
  });
});

describe("evidence downloads", () => {
  function evidenceAs(user: User, accountId: string, route: "operator" | "officer") {
    const [fn, path] = route === "operator" ? [operatorEvidence.loader, `/kindergarten/account/${accountId}/evidence`] : [officerEvidence.loader, `/officer/accounts/${accountId}/evidence`];
    return callRoute(fn, path, { cookie: cookies[user], params: { accountId } });
  }

  it("the filing's own operator opens the file in the browser: its sniffed type, no-store, nosniff, a policy that fetches and runs nothing", async () => {
    const res = await evidenceAs("kg007", kg007Filing, "operator");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(res.headers.get("Content-Disposition")).toBe(`inline; filename="kg007-___.pdf"; filename*=UTF-8''${encodeURIComponent("kg007-许可证.pdf")}`);
    expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; img-src 'self'; object-src 'self'");
    expect(res.headers.get("Content-Length")).toBe(String(kg007Evidence.byteLength));
    // The fixture PDF is ASCII, so its text is its bytes.
    expect(res.body).toBe(Buffer.from(kg007Evidence).toString("utf8"));
  });

  it("the reviewing officer opens it in the browser too", async () => {
    const res = await evidenceAs("haishu.edu", kg007Filing, "officer");
    expect([res.status, res.headers.get("Content-Type"), res.headers.get("X-Content-Type-Options")]).toEqual([200, "application/pdf", "nosniff"]);
    expect(res.headers.get("Content-Disposition")).toMatch(/^inline; /);
    expect(res.headers.get("Content-Security-Policy")).toBe("default-src 'none'; img-src 'self'; object-src 'self'");
  });

  it("the certificate's links open it in a tab of its own, so the list or the review form (a note typed) stays as it was", async () => {
    const own = await renderPage(accountIndex.default, accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg007 });
    expect(own).toContain(`<a href="/kindergarten/account/${kg007Filing}/evidence" target="_blank" rel="noopener">`);
    const review = await renderPage(officerAccount.default, officerAccount.loader, `/officer/accounts/${kg007Filing}`, {
      cookie: cookies["haishu.edu"],
      params: { accountId: kg007Filing },
    });
    // The file named under the filing's facts, and again in the history's column.
    expect(review.split(`<a href="/officer/accounts/${kg007Filing}/evidence" target="_blank" rel="noopener">`).length - 1).toBe(2);
    expect(review).not.toContain(`<a href="/officer/accounts/${kg007Filing}/evidence">`);
  });

  it("another kindergarten's operator gets 404 for it", async () => {
    expect((await evidenceAs("kg006", kg007Filing, "operator")).status).toBe(404);
  });

  it("officers of the district get it; another district's officer gets 404", async () => {
    expect((await evidenceAs("haishu.edu", kg007Filing, "officer")).status).toBe(200);
    expect((await evidenceAs("haishu.market", kg007Filing, "officer")).status).toBe(200);
    expect((await evidenceAs("jiangbei.edu", kg007Filing, "officer")).status).toBe(404);
  });
});

describe("the review queue is the officer's district", () => {
  it.each(["jiangbei.edu", "jiangbei.market"] as const)("%s sees Jiangbei's filings in every state, none of Haishu's", async (user) => {
    const jiangbei = new Set((await t.db.selectFrom("kindergartens").select("id").where("region_code", "=", JIANGBEI).execute()).map((k) => k.id));
    const pending = (await queueAs(user, "pending")).body as QueueBody;
    expect(pending.rows.map((r) => r.id)).toContain(kg010Pending);
    for (const status of ["pending", "returned", "approved"]) {
      const res = await queueAs(user, status);
      expect(res.status).toBe(200);
      const body = res.body as QueueBody;
      expect(body.state).toBe(status);
      expect(body.rows.filter((r) => !jiangbei.has(r.kindergartenId))).toEqual([]);
    }
  });

  it("haishu.market reads the queue, with kg004's filing, but may not review", async () => {
    const res = await queueAs("haishu.market");
    expect(res.status).toBe(200);
    const body = res.body as QueueBody;
    expect(body.rows.map((r) => r.id)).toContain(kg004Pending);
    expect(body.rows.map((r) => r.id)).not.toContain(kg010Pending);
    expect(body.canReview).toBe(false);
  });

  it("an unknown state in the query (an old bookmark) is left out and named on the page: the pending filings, not a 400", async () => {
    const res = await queueAs("haishu.edu", "deleted");
    expect([res.status, (res.body as QueueBody & { ignored: string[] }).ignored, (res.body as QueueBody).state]).toEqual([200, ["status"], "pending"]);
    expect(wordsOf(render(officerQueue.default, res.body))).toContain("以下查询参数无效，已忽略：状态");
  });
});

describe("the review queue's search box", () => {
  const queuePath = (q: string, status = "pending") => `/officer/accounts?${new URLSearchParams({ status, q }).toString()}`;
  /** The links of a rendered page to the page itself with a query (the tabs, the next page), as their parameters. */
  const queueLinks = (html: string) => [...html.matchAll(/href="\/page\?([^"]*)"/g)].map((m) => Object.fromEntries(new URLSearchParams(m[1].replace(/&amp;/g, "&"))));

  it("finds kg004's filing by words of its name, within haishu.edu's district; the box keeps the words and every tab link the search", async () => {
    const kg = await t.db.selectFrom("kindergartens").select(["approved_name", "uscc"]).where("id", "=", kgIds.kg004).executeTakeFirstOrThrow();
    const q = Array.from(kg.approved_name).slice(-5).join("");
    const res = await callRoute(officerQueue.loader, queuePath(q), { cookie: cookies["haishu.edu"] });
    expect(res.status).toBe(200);
    const body = res.body as QueueBody & { q: string | null; searchRefused: unknown };
    expect(body.rows.map((r) => r.id)).toContain(kg004Pending);
    expect(body.rows.filter((r) => r.kindergartenId !== kgIds.kg004).length).toBeLessThan(body.rows.length);
    expect([body.q, body.searchRefused]).toEqual([q, null]);
    const html = render(officerQueue.default, res.body);
    expect(html).toMatch(new RegExp(`<input[^>]*name="q"[^>]*value="${q}"`));
    expect(html).toContain('name="status" value="pending"');
    const links = queueLinks(html).filter((l) => !l.after);
    // The three tabs, each with the search; and the link that clears it, on the same tab.
    expect(links.filter((l) => l.q === q).map((l) => l.status).sort()).toEqual(["approved", "pending", "returned"]);
    expect(links.filter((l) => l.q === undefined)).toEqual([{ status: "pending" }]);
    // By its USCC too; Jiangbei's officer finds neither by name nor by code.
    const byCode = (await callRoute(officerQueue.loader, queuePath(kg.uscc!), { cookie: cookies["haishu.edu"] })).body as QueueBody;
    expect(byCode.rows.map((r) => r.id)).toEqual([kg004Pending]);
    for (const search of [q, kg.uscc!]) {
      const elsewhere = await callRoute(officerQueue.loader, queuePath(search), { cookie: cookies["jiangbei.edu"] });
      expect([elsewhere.status, (elsewhere.body as QueueBody).rows.map((r) => r.id)]).toEqual([200, []]);
    }
  });

  it("a search of too many words: the page renders the tab without it, the box keeps the words with the message", async () => {
    const q = "海曙 阳光 宝贝 双语 实验 幼儿园";
    const res = await callRoute(officerQueue.loader, queuePath(q), { cookie: cookies["haishu.edu"] });
    expect(res.status).toBe(200);
    expect((res.body as QueueBody).rows.map((r) => r.id)).toContain(kg004Pending);
    const html = render(officerQueue.default, res.body);
    expect(html).toMatch(new RegExp(`<input[^>]*name="q"[^>]*value="${q}"`));
    expect(html).toMatch(/<input[^>]*aria-invalid="true"/);
    expect(wordsOf(html)).toContain("搜索词太多，请最多输入 5 个词");
    // The tabs keep the words typed, so the officer corrects them where they are.
    expect(queueLinks(html).filter((l) => l.status && l.q === q)).toHaveLength(3);
  });

  it("an operator is refused the search as the queue (403)", async () => {
    expect((await callRoute(officerQueue.loader, queuePath("幼儿园"), { cookie: cookies.kg004 })).status).toBe(403);
  });
});

describe("the officer's kindergarten page", () => {
  it("carries the account section: kg003's history with the account in force and the one it replaced", async () => {
    const res = await callRoute(officerKindergarten.loader, `/officer/kindergartens/${kgIds.kg003}`, { cookie: cookies["haishu.market"], params: { id: kgIds.kg003 } });
    expect(res.status).toBe(200);
    const account = (res.body as { account: { accounts: Array<{ status: string; effectiveTo: string | null; inForce: boolean }>; mismatches: { windowDays: number }; canReview: boolean } }).account;
    expect(account.accounts.map((a) => [a.status, a.effectiveTo, a.inForce])).toEqual([
      ["approved", null, true],
      ["approved", "2026-08-31", false],
    ]);
    expect(account.mismatches.windowDays).toBe(30);
    expect(account.canReview).toBe(false);
  });

  it("is 404 for another district's officer", async () => {
    expect((await callRoute(officerKindergarten.loader, `/officer/kindergartens/${kgIds.kg003}`, { cookie: cookies["jiangbei.edu"], params: { id: kgIds.kg003 } })).status).toBe(404);
  });
});

describe("reviewing a filing", () => {
  it("jiangbei.edu reviewing kg004's filing gets 404 and nothing changes", async () => {
    const before = await accountRow(kg004Pending);
    const counts = await accountRowCounts(t.db);
    const decisions: Array<Record<string, string>> = [{ decision: "approve" }, { decision: "return", note: "不予备案" }];
    for (const form of decisions) expect((await reviewAs("jiangbei.edu", kg004Pending, form)).status).toBe(404);
    expect(await callRoute(officerAccount.loader, `/officer/accounts/${kg004Pending}`, { cookie: cookies["jiangbei.edu"], params: { accountId: kg004Pending } })).toMatchObject({ status: 404 });
    expect(await accountRow(kg004Pending)).toEqual(before);
    expect(await accountRowCounts(t.db)).toEqual(counts);
  });

  it("haishu.market gets 403 on the review action and nothing changes, though it reads the filing", async () => {
    const before = await accountRow(kg004Pending);
    expect((await reviewAs("haishu.market", kg004Pending, { decision: "approve" })).status).toBe(403);
    expect(await accountRow(kg004Pending)).toEqual(before);
    expect((await callRoute(officerAccount.loader, `/officer/accounts/${kg004Pending}`, { cookie: cookies["haishu.market"], params: { accountId: kg004Pending } })).status).toBe(200);
  });

  it("haishu.edu approves kg004's pending filing: in force from its date, the previous account ending the day before", async () => {
    const previous = await t.db
      .selectFrom("bank_accounts")
      .select("id")
      .where("kindergarten_id", "=", kgIds.kg004)
      .where("status", "=", "approved")
      .executeTakeFirstOrThrow();
    const today = shanghaiDate();
    const from = "2026-12-01" > today ? "2026-12-01" : today;

    const res = await reviewAs("haishu.edu", kg004Pending, { decision: "approve" });

    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ done: { status: "approved", effectiveFrom: from }, error: null });
    expect(await accountRow(kg004Pending)).toMatchObject({ status: "approved", effective_from: from, effective_to: null });
    expect(await accountRow(previous.id)).toMatchObject({ status: "approved", effective_to: addDays(from, -1) });
    // Decided once: a second approval is a conflict.
    expect((await reviewAs("haishu.edu", kg004Pending, { decision: "approve" })).status).toBe(409);
  });

  it("jiangbei.edu returns kg010's filing only with a reason, and kg010's operator reads it", async () => {
    const refused = await reviewAs("jiangbei.edu", kg010Pending, { decision: "return", note: "" });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ done: null, noteError: { key: "account.review.reasonRequired" } });
    expect((await accountRow(kg010Pending)).status).toBe("pending");

    const reason = "开户许可证照片不清晰，请重新上传。";
    expect(await reviewAs("jiangbei.edu", kg010Pending, { decision: "return", note: reason })).toMatchObject({ status: 200, body: { done: { status: "returned" } } });
    const page = await callRoute(accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg010 });
    const view = page.body as OperatorPage;
    expect(view.hasPending).toBe(false);
    expect(view.accounts[0]).toMatchObject({ id: kg010Pending, status: "returned", reviewNote: reason });
  });
});

describe("an operator withdraws a filing awaiting review", () => {
  const withdrawAs = (user: User | null, accountId: string) =>
    callRoute(accountIndex.action, "/kindergarten/account", { cookie: user ? cookies[user] : null, form: { accountId } });

  it("kg007 withdraws its filing awaiting review and may file again; kg003 cannot withdraw it, an anonymous post is sent to sign in", async () => {
    // The demo leaves kg007 a filing awaiting review.
    const pending = ((await callRoute(accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg007 })).body as OperatorPage).accounts[0];
    expect(pending.status).toBe("pending");

    expect((await withdrawAs("kg003", pending.id)).status).toBe(404);
    expect((await withdrawAs(null, pending.id)).status).toBe(302);
    expect(await withdrawAs("kg007", pending.id)).toMatchObject({ status: 200, body: { withdrawn: true, error: null } });
    expect((await withdrawAs("kg007", pending.id)).status).toBe(409);
    const view = (await callRoute(accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg007 })).body as OperatorPage;
    expect(view.hasPending).toBe(false);
    expect(view.accounts[0]).toMatchObject({ id: pending.id, status: "withdrawn" });
    const withdrawn = await t.db.selectFrom("bank_accounts").selectAll().where("id", "=", pending.id).executeTakeFirstOrThrow();

    // Withdrawn to correct a mistake: the form starts from what was filed, and says so; the file is chosen again.
    const form = await callRoute(accountNew.loader, "/kindergarten/account/new", { cookie: cookies.kg007 });
    expect((form.body as { draft: unknown }).draft).toMatchObject({
      from: "withdrawn",
      reviewNote: null,
      bankName: withdrawn.bank_name,
      branchName: withdrawn.branch_name,
      accountName: withdrawn.account_name,
      accountNumber: withdrawn.account_number,
      cnapsCode: withdrawn.cnaps_code ?? "",
      returnedAccountName: null,
    });
    const html = render(accountNew.default, form.body);
    for (const value of [withdrawn.bank_name, withdrawn.branch_name, withdrawn.account_number]) expect(html).toContain(`value="${value}"`);
    expect(html).toContain("您撤回了上次备案，表中已按其内容预填：请改正填错的地方后重新提交。");
    expect(html).toContain("撤回备案的证明材料不会带入：请重新选择开户许可证或银行开户证明文件。");
    expect(html).not.toContain("退回原因");
    const page = await renderPage(accountIndex.default, accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg007 });
    expect(page).toContain(">重新备案</a>");

    expect((await fileAs("kg007", await filingPost("kg007"))).status).toBe(302);
  });
});

describe("a filing awaiting review whose requested day has passed (kg003)", () => {
  const today = shanghaiDate();
  const asked = addDays(today, -3);
  const lapsed = `申请自 ${asked} 起生效，已过该日期：审核通过后自通过之日起生效`;
  let filing: string;

  // A filing reviewed late: approval starts it on the day of approval, never on the day it asked for (approvalStart).
  beforeAll(async () => {
    filing = await addBankAccount(t.db, kgIds.kg003, { status: "pending", account_number: "6228480010000000034", effective_from: asked });
  });

  afterAll(async () => {
    await t.db.deleteFrom("bank_accounts").where("id", "=", filing).execute();
  });

  /** The cell or field that shows the requested day as if the account would start on it (the day a CivilDate). */
  const asIfStarting = new RegExp(`>\\s*<time[^>]*>${asked}</time> 起\\s*<`);

  it("the operator's history says the day has passed and that approval starts it on the day of approval", async () => {
    const html = await renderPage(accountIndex.default, accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg003 });
    expect(wordsOf(html)).toContain(lapsed);
    expect(html).not.toMatch(asIfStarting);
  });

  it("the officer's review page says the same beside the plan, which starts it today; so do the queue and the kindergarten page", async () => {
    const page = await callRoute(officerAccount.loader, `/officer/accounts/${filing}`, { cookie: cookies["haishu.edu"], params: { accountId: filing } });
    expect((page.body as { approval: { effectiveFrom: string } }).approval.effectiveFrom).toBe(today);
    const review = render(officerAccount.default, page.body);
    expect(wordsOf(review)).toContain(lapsed);
    expect(review).not.toMatch(asIfStarting);
    expect(wordsOf(review)).toContain(`通过后，本账户自 ${today} 起生效`);

    const queue = await renderPage(officerQueue.default, officerQueue.loader, "/officer/accounts?status=pending", { cookie: cookies["haishu.edu"] });
    expect(wordsOf(queue)).toContain(lapsed);
    const kindergarten = await renderPage(officerKindergarten.default, officerKindergarten.loader, `/officer/kindergartens/${kgIds.kg003}`, {
      cookie: cookies["haishu.market"],
      params: { id: kgIds.kg003 },
    });
    expect(wordsOf(kindergarten)).toContain(lapsed);
  });
});

describe("a CNAPS code of another bank (A03): the officer's walk, 建设银行's 105 filed under 中国银行", () => {
  let filing: string;

  beforeAll(async () => {
    const kg = await t.db.selectFrom("kindergartens").select(["id", "approved_name"]).where("id", "=", kgIds.kg002).executeTakeFirstOrThrow();
    const form = accountFormData(
      kg.id,
      // After any account an earlier test approved (those start a week from today).
      accountFields(kg.approved_name, addDays(shanghaiDate(), 30), { bankName: "中国银行", branchName: "宁波海曙支行", cnapsCode: "105332000012" }),
      { name: "开户许可证.pdf", bytes: pdfBytes(), type: "application/pdf" },
      ulid(),
    );
    const filed = await fileAs("kg002", form);
    if (filed.status !== 302) throw new Error(`kg002's filing was refused: ${JSON.stringify(filed.body)}`);
    filing = await pendingOf(kgIds.kg002);
  });

  afterAll(async () => {
    await t.db.deleteFrom("account_flags").where("account_id", "=", filing).execute();
    await t.db.deleteFrom("bank_accounts").where("id", "=", filing).execute();
  });

  const message = "联行号 105332000012 的前三位 105 是中国建设银行的行别代码，与备案的开户银行“中国银行”（中国银行，行别代码 104）不符";

  it("the operator's account page shows the amber flag naming both banks, with what to do", async () => {
    const html = await renderPage(accountIndex.default, accountIndex.loader, "/kindergarten/account", { cookie: cookies.kg002 });
    expect(html).toContain('data-rule="A03"');
    expect(html).toMatch(/class="flag amber"[^>]*data-rule="A03"/);
    expect(wordsOf(html)).toContain(message);
    expect(wordsOf(html)).toContain("请向开户银行核实本账户的开户银行全称和联行号");
    expect(html).toMatch(/data-testid="flag-advice" data-audience="kindergarten"/);
  });

  it("the education officer's review page and queue show it too, the advice as what the kindergarten is told", async () => {
    const page = await callRoute(officerAccount.loader, `/officer/accounts/${filing}`, { cookie: cookies["haishu.edu"], params: { accountId: filing } });
    expect(page.status).toBe(200);
    const review = render(officerAccount.default, page.body);
    expect(review).toMatch(/class="flag amber"[^>]*data-rule="A03"/);
    expect(wordsOf(review)).toContain(message);
    expect(wordsOf(review)).toContain("平台给幼儿园的提示");
    // The evidence: the code, its first three digits and the filed bank's code.
    for (const words of ["联行号前三位（行别代码）", "开户银行的行别代码"]) expect(wordsOf(review)).toContain(words);
    expect(wordsOf(review)).toContain("《中华人民共和国民办教育促进法实施条例》");

    const queue = await renderPage(officerQueue.default, officerQueue.loader, "/officer/accounts?status=pending", { cookie: cookies["haishu.edu"] });
    expect(wordsOf(queue)).toMatch(/黄色预警\s*A03/);
  });
});
