/**
 * The officer's case page, rendered by the built app as a browser receives it: a case opened from parents'
 * complaints says so and links each complaint (it has no flag to explain); a referral names the authority.
 */
import { describe, expect, it } from "vitest";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

describe("the officer's case page", () => {
  it("gives a case opened from complaints its reason: the complaints, each a link", async () => {
    const c = await app.db().selectFrom("inspection_cases").select("id").where("source", "=", "complaint").where("region_code", "=", "330203").orderBy("id").executeTakeFirstOrThrow();
    const res = await app.get(`/officer/cases/${c.id}`, "haishu.market");
    expect(res.status).toBe(200);
    const html = await res.text();
    const reason = /<div data-testid="case-complaints">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
    expect(reason).toMatch(/由家长的投诉举报立案（[1-9]\d* 件）/);
    expect(reason).toMatch(/href="\/officer\/complaints\/[0-9A-Z]+"/);
  });

  it("names the authority a case was referred to in its decision", async () => {
    const c = await app.db().selectFrom("inspection_cases").select("id").where("decision_kind", "=", "referred").where("region_code", "=", "330205").orderBy("id").executeTakeFirstOrThrow();
    const res = await app.get(`/officer/cases/${c.id}`, "jiangbei.market");
    expect(res.status).toBe(200);
    const decision = /<p data-testid="case-decision">([\s\S]*?)<\/p>/.exec(await res.text())?.[1] ?? "";
    expect(decision).toContain("移送其他部门处理");
    expect(decision).toContain("移送部门 宁波市江北区教育局");
  });
});
