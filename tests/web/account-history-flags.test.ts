/**
 * A kindergarten's fee-account filings with flags (app/components/account-history.tsx, as the operator's account page
 * and the officer's pages render it): each filing's flags under a heading that names the filing, which its badge in
 * the table links to, so that two filings flagged by the same rule (returned, then withdrawn) do not read as two
 * unexplained red flags beside the account in force.
 */
import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { AccountHistory } from "~/components/account-history";
import { filing, item, outcomeOf, service } from "../rules/fixtures";
import { renderStatic, textOf } from "../setup/render-static";

type Rows = Parameters<typeof AccountHistory>[0]["accounts"];

async function rows(): Promise<Rows> {
  // Any fired flag does: what is tested is where each filing's flags are told, not what a rule says.
  const flag = await outcomeOf("R13", filing("forprofit_private", { items: [item(), service({ voluntary: false })] }));
  expect(flag.fired).toBe(true);
  const row = { branchName: "宁波海曙支行", cnapsCode: null, reviewNote: "", evidenceId: null, effectiveTo: null, inForce: false, effectiveFrom: "2026-12-05" };
  return [
    { ...row, id: "PENDING", status: "pending", bankName: "中国建设银行", accountName: "阳光幼儿园", accountNumber: "33150195348227533466", filedAt: "2026-12-05T02:23:00.000Z", flags: [flag] },
    { ...row, id: "RETURNED", status: "returned", bankName: "中国建设银行", accountName: "阳光幼儿园", accountNumber: "33150195348227533455", filedAt: "2026-12-05T02:21:00.000Z", reviewNote: "户名不符", flags: [flag] },
    { ...row, id: "IN_FORCE", status: "approved", inForce: true, bankName: "中国工商银行", accountName: "宁波市海曙区阳光幼儿园", accountNumber: "3901554899565277604", filedAt: "2025-05-12T01:25:00.000Z", effectiveFrom: "2025-05-12", flags: [] },
  ];
}

const sections = (html: string) => [...html.matchAll(/<section id="([^"]+)" class="account-flags"[^>]*><h3>([\s\S]*?)<\/h3>([\s\S]*?)<\/section>/g)];

describe("a fee account's filings with their flags", () => {
  it("explains each filing's flags under a heading naming that filing, and its badge links there", async () => {
    const html = await renderStatic(createElement(AccountHistory, { accounts: await rows(), today: "2026-12-05", evidenceHref: (id) => `/e/${id}`, audience: "kindergarten" }));
    vi.mocked(console.error).mockClear();
    const found = sections(html);
    expect(found.map((m) => [m[1], textOf(m[2]).trim()])).toEqual([
      ["account-flags-PENDING", "待审核的备案（中国建设银行 宁波海曙支行，账号尾号 3466， 2026年12月5日 10:23 提交）的规则提示"],
      ["account-flags-RETURNED", "已退回的备案（中国建设银行 宁波海曙支行，账号尾号 3455， 2026年12月5日 10:21 提交）的规则提示"],
    ]);
    for (const m of found) expect(textOf(m[3])).toContain("R13");
    // The account in force has no flags, and no section; the flagged rows' badges lead to their sections.
    expect(html).toContain('href="#account-flags-PENDING"');
    expect(html).toContain('href="#account-flags-RETURNED"');
    expect(html).not.toContain("account-flags-IN_FORCE");
  });

  it("in English too", async () => {
    const html = await renderStatic(createElement(AccountHistory, { accounts: (await rows()).slice(1), today: "2026-12-05", evidenceHref: (id) => `/e/${id}`, audience: "kindergarten" }), { lang: "en" });
    vi.mocked(console.error).mockClear();
    expect(sections(html).map((m) => textOf(m[2]).trim())).toEqual(["Rule flags on the filing of 5 Dec 2026, 10:21 (Returned; 中国建设银行 宁波海曙支行, number ending 3455)"]);
  });
});
