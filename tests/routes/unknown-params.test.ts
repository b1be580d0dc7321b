/**
 * Every signed-in filtered list names a query parameter that is none of its filters (`?bogus=1`, a filter of another
 * list pasted in) in the notice the case queue and the complaints list give (`unknownParams`, IgnoredParams'
 * `unknown`), rendered on the server, with 200 and the rest applied; a filter of its own with a value it cannot read
 * is still named by its label beside it. Every parameter a list reads (its filters, its tabs, its order, its page
 * cursors) is never named, whatever its value; nor are Remix's own and tracking ones.
 */
import { describe, expect, it } from "vitest";
import { commitLang } from "~/web/lang.server";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

const noticeOf = (html: string, testId: string) => new RegExp(`<p class="form-error" role="alert" data-testid="${testId}">([\\s\\S]*?)</p>`).exec(html)?.[1] ?? null;

type List = {
  path: string;
  user: string;
  testId: string;
  /** Every parameter the list reads, with a value it takes (a cursor left empty: its key is what matters). */
  reads: Record<string, string>;
  /** A filter of its own with a value it cannot read, and the label it is named by. */
  wrong: { query: string; label: string };
};

const LISTS: List[] = [
  {
    path: "/officer/accounts",
    user: "haishu.edu",
    testId: "account-queue-ignored",
    reads: { status: "approved", after: "" },
    wrong: { query: "status=deleted", label: "状态" },
  },
  {
    path: "/officer/kindergartens",
    user: "haishu.market",
    testId: "kindergartens-ignored",
    reads: { q: "幼儿园", nature: "public", status: "active", after: "" },
    wrong: { query: "status=gone", label: "办园状态" },
  },
  {
    path: "/admin/users",
    user: "admin",
    testId: "users-ignored",
    reads: { role: "officer", region: "330203", active: "all", q: "haishu", after: "" },
    wrong: { query: "active=bogus", label: "状态" },
  },
  {
    path: "/admin/audit",
    user: "admin",
    testId: "audit-ignored",
    reads: { action: "account.withdraw", entity: "bank_account", entityId: "x", actor: "kg006", from: "2026-01-01", to: "2026-12-31", before: "" },
    wrong: { query: "action=withdraw", label: "action" },
  },
  {
    path: "/admin/regions",
    user: "admin",
    testId: "regions-ignored",
    reads: { province: "330000", q: "海曙", after: "" },
    wrong: { query: "province=x", label: "省份" },
  },
  {
    path: "/officer/operator-accounts",
    user: "haishu.edu",
    testId: "account-overview-ignored",
    reads: { state: "active", status: "active", region: "330203", sort: "sign_in_oldest", after: "" },
    wrong: { query: "sort=last_login", label: "排序" },
  },
  {
    path: "/officer/publications",
    user: "haishu.market2",
    testId: "publication-ignored",
    reads: { view: "published" },
    wrong: { query: "view=bogus", label: "公示状态" },
  },
  {
    path: "/officer/guidance-prices",
    user: "haishu.ndrc",
    testId: "guidance-ignored",
    reads: { region: "330203", nature: "public", grade: "class1" },
    wrong: { query: "grade=bogus", label: "等级" },
  },
];

describe("a filtered list names a parameter that is none of its filters", () => {
  for (const list of LISTS) {
    it(`${list.path}: ?bogus=1 named, a wrong value by its label, every parameter it reads never`, async () => {
      const get = async (query: string) => {
        const res = await app.get(`${list.path}?${query}`, list.user);
        expect(res.status, `${list.path}?${query}`).toBe(200);
        return noticeOf(await res.text(), list.testId);
      };
      expect(await get("bogus=1")).toBe("本页没有以下筛选条件，已忽略：“bogus”");
      expect(await get(`${list.wrong.query}&bogus=1`)).toBe(`以下查询参数无效，已忽略：${list.wrong.label}。本页没有以下筛选条件，已忽略：“bogus”`);
      // Every parameter the list reads, with Remix's and a tracking one: nothing named, nothing said.
      const reads = new URLSearchParams({ ...list.reads, index: "", utm_source: "mail" });
      expect(await get(`${reads}`)).toBeNull();
      expect(await get(`${reads}&bogus=1`)).toBe("本页没有以下筛选条件，已忽略：“bogus”");
    });
  }

  it("in English too, on a list that had no notice before (guidance prices)", async () => {
    const res = await app.get("/officer/guidance-prices?bogus=1&grade=bogus", "haishu.ndrc", (await commitLang("en")).split(";")[0]);
    expect(res.status).toBe(200);
    expect(noticeOf(await res.text(), "guidance-ignored")).toBe("These query parameters are invalid and were ignored: Grade. This page has no such filters, so they were ignored: “bogus”");
  });
});
