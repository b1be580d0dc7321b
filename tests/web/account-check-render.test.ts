/**
 * What a parent sees without JavaScript (the check's own page rendered by the
 * server): AccountCheckForm given the route's reply shows the fields as typed
 * and the answer naming the number checked; an approved account that takes
 * effect later is answered as the kindergarten's, with the account in force
 * until then; the public page's account box shows that account too.
 */
import { createElement, type ReactElement } from "react";
import { describe, expect, it } from "vitest";
import { AccountCheckForm, type AccountCheckReply } from "~/components/account-check";
import { MaskedAccountSection } from "~/components/public-kindergarten";
import { renderStatic, textOf as text } from "../setup/render-static";

const render = (element: ReactElement, lang: "zh-CN" | "en" = "zh-CN") => renderStatic(element, { lang });
const inputValue = (html: string, name: string) => new RegExp(`<input[^>]*name="${name}"[^>]*value="([^"]*)"`).exec(html)?.[1] ?? null;

const filed = { bankName: "中国农业银行", branchName: "宁波海曙支行", accountName: "宁波市海曙区阳光幼儿园", last4: "2345" };
const upcoming = { bankName: "中国工商银行", branchName: "宁波鼓楼支行", accountName: "宁波市海曙区阳光幼儿园", last4: "5667", effectiveFrom: "2026-12-10" };

const form = (serverReply?: AccountCheckReply) => createElement(AccountCheckForm, { kindergartenId: "01JTHHPNM04RWCT0YASMBJREVW", serverReply });

describe("the check's page without JavaScript", () => {
  it("shows a bad number back in its box, next to its message, and the name typed", async () => {
    const html = await render(
      form({ outcome: "invalid", fieldErrors: { accountNumber: ['accountCheck.accountNumber.invalid|{"min":8,"max":30}'] }, typed: { accountNumber: "abc123", accountName: "张三" } }),
    );
    expect(inputValue(html, "accountNumber")).toBe("abc123");
    expect(inputValue(html, "accountName")).toBe("张三");
    expect(text(html)).toContain("账号应为 8–30 位数字（可含空格或短横线）");
  });

  it("shows the number checked back in its box, and the answer names it by its last four digits", async () => {
    const html = await render(
      form({
        outcome: "answered",
        answer: { verdict: "mismatch", nameMatches: null, filed, upcoming: null, endedOn: null, checkedLast4: "3455" },
        typed: { accountNumber: "6222 0200 0000 3455", accountName: "" },
      }),
    );
    expect(inputValue(html, "accountNumber")).toBe("6222 0200 0000 3455");
    expect(text(html)).toContain("您核验的账号：尾号3455");
    expect(text(html)).toContain("不是本园备案的收费账户");
  });

  it("a GET (no reply) starts empty", async () => {
    const html = await render(form());
    expect(inputValue(html, "accountNumber")).toBeNull();
    expect(text(html)).not.toContain("您核验的账号");
  });
});

describe("the kindergarten's former account (its filing ended)", () => {
  const reply = (hasFiled: boolean): AccountCheckReply => ({
    outcome: "answered",
    answer: { verdict: "ended", nameMatches: null, filed: hasFiled ? filed : null, upcoming: null, endedOn: "2026-08-31", checkedLast4: "9876" },
    typed: { accountNumber: "62170000111122229876", accountName: "" },
  });

  it("is said to be the former account with its last day, not to pay into, with the account in force and the report link", async () => {
    const words = text(await render(form(reply(true))));
    // The date is an element of its own (kept whole on a line), which textOf sets apart with a space.
    expect(words).toMatch(/这是本园原来备案的收费账户，只使用到 ?2026-08-31 ?，现在已不是本园的收费账户：请勿再向该账户缴费。/);
    expect(words).toContain("本园备案的收费账户是：中国农业银行宁波海曙支行，户名宁波市海曙区阳光幼儿园，账号尾号2345。");
    expect(words).toContain("被要求向其他账户缴费？在线举报");
    // Not the words for an unknown number: it was the kindergarten's filed account.
    expect(words).not.toContain("不是本园备案的收费账户");
    const en = text(await render(form(reply(true)), "en"));
    expect(en.replaceAll("&#x27;", "'")).toMatch(/This was the kindergarten's filed fee account until ?2026-08-31 ?; it is no longer its fee account, so do not pay into it\./);
  });

  it("with no account in force, says so instead of naming one", async () => {
    const words = text(await render(form(reply(false))));
    expect(words).toMatch(/只使用到 ?2026-08-31 ?；本园目前没有在用的备案收费账户：请暂停缴费/);
    expect(words).not.toContain("本园备案的收费账户是");
  });
});

describe("an approved account taking effect later", () => {
  it("is answered as the kindergarten's from its date, fees going to the account in force until then, and not as a mismatch", async () => {
    const reply: AccountCheckReply = {
      outcome: "answered",
      answer: { verdict: "upcoming", nameMatches: null, filed, upcoming, endedOn: null, checkedLast4: "5667" },
      typed: { accountNumber: "95588001122334455667", accountName: "" },
    };
    const words = text(await render(form(reply)));
    expect(words).toContain("是本园备案的收费账户（中国工商银行宁波鼓楼支行，户名宁波市海曙区阳光幼儿园，账号尾号5667），自 2026-12-10 起启用。");
    expect(words).toContain("2026-12-10 之前请勿向该账户缴费：在此之前，本园的收费账户仍是 中国农业银行宁波海曙支行，户名宁波市海曙区阳光幼儿园，账号尾号2345。");
    expect(words).not.toContain("不是本园备案的收费账户");
    expect(words).not.toContain("请暂停缴费");
    const en = text(await render(form(reply), "en"));
    expect(en).toContain("in use from 2026-12-10");
    const none = text(await render(form({ ...reply, answer: { ...reply.answer, filed: null } })));
    expect(none).toContain("本园目前没有在用的备案收费账户");
  });

  it("is shown in the public page's account box, masked like the one in force, with its first day", async () => {
    const masked = (last4: string, from: string) => ({
      bank_name: "中国工商银行",
      branch_name: "宁波鼓楼支行",
      account_name: "宁波市海曙区阳光幼儿园",
      last4,
      effective_from: from,
      approved_on: "2026-11-20",
    });
    const html = await render(createElement(MaskedAccountSection, { account: masked("2345", "2025-05-06"), upcoming: masked("5667", "2026-12-10") }));
    // The date is an element of its own (kept whole on a line), which textOf sets apart with a space.
    expect(text(html)).toMatch(/新收费账户（ ?2026-12-10 起启用）/);
    expect(text(html)).toContain("尾号 5667");
    expect(html).toContain('data-testid="upcoming-account-last4"');
    expect(text(await render(createElement(MaskedAccountSection, { account: masked("2345", "2025-05-06") })))).not.toContain("新收费账户");
  });
});
