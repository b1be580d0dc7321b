/**
 * The fee-account form's heading says what the bookkeeper came to do: the account page's link reads 重新备案 after a
 * return, and the form it opens (prefilled from the returned filing) says so too; a first filing is 备案新账户.
 */
import { describe, expect, it } from "vitest";
import { useBuiltApp } from "../setup/built-app";
import { textOf } from "../setup/render-static";

const app = useBuiltApp();

const heading = async (user: string) => {
  const res = await app.get("/kindergarten/account/new", user);
  expect(res.status).toBe(200);
  return textOf((await res.text()).match(/<h1[\s\S]*?<\/h1>/)?.[0] ?? "").trim();
};

describe("the fee-account form's heading", () => {
  it("reads 重新备案 after a return, 备案新账户 for a first filing", async () => {
    // kg006: its replacement filing was returned (demo data); kg007 has filed no account.
    expect(await heading("kg006")).toMatch(/^重新备案 · /);
    expect(await heading("kg007")).toMatch(/^备案新账户 · /);
  });
});
