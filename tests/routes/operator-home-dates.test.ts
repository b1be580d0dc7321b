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
});
