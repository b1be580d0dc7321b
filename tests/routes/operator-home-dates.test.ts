/**
 * The bookkeeper's home page on a phone: the months its to-do names (the meal fund's accounts not yet filed) and the
 * moments its tables show are kept whole on a line. Rendered by the built app, as a browser receives it.
 */
import { describe, expect, it } from "vitest";
import { useBuiltApp } from "../setup/built-app";
import { textOf, wholeDates } from "../setup/render-static";

const app = useBuiltApp();

describe("the operator's home page", () => {
  it("names the meal fund's missing months as whole months", async () => {
    const res = await app.get("/kindergarten/fees", "kg006");
    expect(res.status).toBe(200);
    const todo = (await res.text()).match(/<section[^>]*data-testid="operator-todo"[\s\S]*?<\/section>/)?.[0] ?? "";
    const months = textOf(todo).match(/\d{4}-\d{2}(?!-)/g) ?? [];
    expect(months.length).toBeGreaterThan(0);
    expect(wholeDates(todo)).toEqual(months);
  });

  it("calls its to-do list the rest of what waits only under the authority's notices", async () => {
    const todoHeading = async (user: string) => {
      const html = await (await app.get("/kindergarten/fees", user)).text();
      const todo = html.match(/<section[^>]*data-testid="operator-todo"[\s\S]*?<\/section>/)?.[0] ?? "";
      return { notices: html.includes('data-testid="cases-waiting"'), heading: textOf(todo.match(/<h2[\s\S]*?<\/h2>/)?.[0] ?? "").trim() };
    };
    // kg001: no notice waits, the list is all there is (its unfiled meal-fund months).
    expect(await todoHeading("kg001")).toEqual({ notices: false, heading: "待办事项" });
    // kg003: an inspection notice waits above it.
    expect(await todoHeading("kg003")).toEqual({ notices: true, heading: "其他待办" });
  });

  it("takes the bookkeeper from its meal-fund findings line to the findings, not the top of twelve months", async () => {
    const home = await (await app.get("/kindergarten/fees", "kg001")).text();
    const todo = home.match(/<section[^>]*data-testid="operator-todo"[\s\S]*?<\/section>/)?.[0] ?? "";
    const line = todo.match(/<a [^>]*href="([^"]+)"[^>]*>伙食费账目：\d+ 个月的账目有核查提示<\/a>/);
    expect(line?.[1]).toBe("/kindergarten/meal-fund#meal-fund-flags");
    const list = await (await app.get("/kindergarten/meal-fund", "kg001")).text();
    expect(list).toMatch(/<h2 id="meal-fund-flags">规则提示<\/h2>/);
  });
});
