/**
 * The officer's case page, rendered by the built app as a browser receives it: a case opened from parents'
 * complaints says so and links each complaint (it has no flag to explain); a referral names the authority.
 */
import { describe, expect, it } from "vitest";
import { newId } from "~/utils/ids";
import { insertCase } from "../factories/domain";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

describe("the officer's case page", () => {
  it("gives a case opened from complaints its reason: the complaints, each a link", async () => {
    const c = await app.db().selectFrom("inspection_cases").select("id").where("source", "=", "complaint").where("region_code", "=", "330203").orderBy("id").executeTakeFirstOrThrow();
    const res = await app.get(`/officer/cases/${c.id}`, "haishu.market");
    expect(res.status).toBe(200);
    const html = await res.text();
    const reason = /<div data-testid="case-complaints">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";
    expect(reason).toMatch(/因家长的投诉举报开启本任务（[1-9]\d* 件）/);
    expect(reason).toMatch(/href="\/officer\/complaints\/[0-9A-Z]+"/);
  });

  it("lists the complaints a cluster (R18) opened a case with, as links only for those who may read complaints", async () => {
    const db = app.db();
    // A cluster's case names its complaints in a list (the triage's payload), not one by one.
    const kg = await db.selectFrom("kindergartens").select("id").where("region_code", "=", "330203").orderBy("id").executeTakeFirstOrThrow();
    const held = await db.selectFrom("complaints").select("id").where("region_code", "=", "330203").where("case_id", "is", null).orderBy("id").limit(3).execute();
    expect(held.length).toBe(3);
    const caseId = await insertCase(db, { kindergartenId: kg.id, regionCode: "330203", severity: "amber", dueDate: "2027-01-15", source: "complaint", ruleId: "R18" });
    await db.updateTable("complaints").set({ case_id: caseId }).where("id", "in", held.map((h) => h.id)).execute();
    await db
      .insertInto("case_events")
      .values({ id: newId(), case_id: caseId, kind: "opened", actor_id: null, payload: JSON.stringify({ ruleId: "R18", complaintIds: held.map((h) => h.id), source: "complaint" }), created_at: new Date().toISOString() })
      .execute();
    const c = { id: caseId };
    const reasonAs = async (username: string) => /<div data-testid="case-complaints">([\s\S]*?)<\/div>/.exec(await (await app.get(`/officer/cases/${c.id}`, username)).text())?.[1] ?? "";
    const market = await reasonAs("haishu.market");
    expect(market).toContain(`（${held.length} 件）`);
    for (const { id } of held) expect(market).toContain(`href="/officer/complaints/${id}"`);
    // An education officer reads the case, not the complaints: their numbers, no links to a page that refuses them.
    const education = await reasonAs("haishu.edu");
    expect(education).toContain(`（${held.length} 件）`);
    expect(education).not.toContain("/officer/complaints/");
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

describe("the officer's queue", () => {
  it("names the query parameters it ignored as its form names them, not by their URL keys", async () => {
    const res = await app.get("/officer/cases?within=99&sort=sideways", "haishu.market");
    expect(res.status).toBe(200);
    const notice = /<p class="form-error" role="alert" data-testid="queue-ignored">([\s\S]*?)<\/p>/.exec(await res.text())?.[1] ?? "";
    expect(notice).toBe("以下查询参数无效，已忽略：几个工作日内到期（不含已逾期）、排序");
  });
});
