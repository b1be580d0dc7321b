/**
 * What the district officer's walk left (twenty-fifth session), rendered by the built app as a browser without
 * JavaScript receives it: a lead approves a requested extension on the request's reason, shown in the approval's
 * form, without typing it again (the timeline says it was approved as asked, and by whom); the decision form's amount
 * is labelled plainly before a kind is chosen, what to enter for each kind said under it; the queue's bulk
 * assignment posts to the view's own URL (no `?index`), and a post with no one chosen is answered by the choice,
 * marked and focused; the pager says which cases the page shows, of how many.
 */
import { describe, expect, it } from "vitest";
import { demoCaseOf } from "../factories/demo-cases";
import { insertCase } from "../factories/domain";
import { textOf } from "../setup/render-static";
import { useBuiltApp } from "../setup/built-app";

const app = useBuiltApp();

/** The step's form in a page's HTML (its testid), up to its end. */
const stepForm = (html: string, intent: string) => new RegExp(`<form[^>]*data-testid="step-${intent}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1] ?? "";
const version = async (id: string) => String((await app.db().selectFrom("inspection_cases").select("version").where("id", "=", id).executeTakeFirstOrThrow()).version);
const unescape = (s: string) => s.replace(/&amp;/g, "&");

describe("a requested extension", () => {
  it("is approved on the request's reason, shown in the form, with no reason typed again; the timeline says so", async () => {
    const id = await demoCaseOf(app.db(), "kg006", "COMPLAINT");
    const reason = "需调取银行流水，银行答复需 10 个工作日";
    const asked = await app.post(`/officer/cases/${id}`, "haishu.market", { intent: "request_extension", version: await version(id), reason });
    expect(asked.status).toBe(200);
    expect((await app.db().selectFrom("inspection_cases").select("extension_requested_at").where("id", "=", id).executeTakeFirstOrThrow()).extension_requested_at).not.toBeNull();

    const form = stepForm(await (await app.get(`/officer/cases/${id}`, "haishu.lead")).text(), "extend_verification");
    expect(form).toContain(`承办人的申请理由：${reason}`);
    const input = /<input[^>]*name="reason"[^>]*>/.exec(form)?.[0] ?? "";
    expect(input).not.toBe("");
    expect(input).not.toMatch(/\brequired\b/);
    expect(textOf(form)).toContain("批准意见（选填");

    const approved = await app.post(`/officer/cases/${id}`, "haishu.lead", { intent: "extend_verification", version: await version(id), reason: "" });
    expect(approved.status).toBe(200);
    expect(await app.db().selectFrom("inspection_cases").select(["verification_extended", "extension_requested_at"]).where("id", "=", id).executeTakeFirstOrThrow()).toEqual({
      verification_extended: 1,
      extension_requested_at: null,
    });
    const timeline = textOf(/<ol class="timeline">([\s\S]*?)<\/ol>/.exec(await (await app.get(`/officer/cases/${id}`, "haishu.market")).text())?.[1] ?? "");
    expect(timeline).toContain(reason);
    expect(timeline).toMatch(/核查期限经批准延长 15 个工作日 · 按承办人的申请批准/);
  });
});

describe("the decision form's amount", () => {
  it("is labelled 金额（元） before a kind is chosen, what to enter for each kind said under it and read with it", async () => {
    const id = await demoCaseOf(app.db(), "kg006", "COMPLAINT");
    const form = stepForm(await (await app.get(`/officer/cases/${id}`, "haishu.market")).text(), "decide");
    expect(/<label for="decide-amount">([^<]*)<\/label>/.exec(form)?.[1]).toBe("金额（元）");
    expect(/<input[^>]*name="amount"[^>]*>/.exec(form)?.[0]).toContain('aria-describedby="decide-amount-hint"');
    expect(/<p id="decide-amount-hint"[^>]*>([^<]*)<\/p>/.exec(form)?.[1]).toMatch(/^责令退费的填退费总额；罚款的填罚款金额；警告并没收违法所得的填没收金额/);
  });
});

describe("the queue's bulk assignment", () => {
  const bulkFormOf = (html: string) => /<form[^>]*data-testid="bulk-assign"[^>]*>[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";

  it("posts to the view's own URL, not to ?index&…, and the view's URL takes the post without JavaScript", async () => {
    const html = await (await app.get("/officer/cases?severity=red&sort=due", "haishu.market")).text();
    const form = bulkFormOf(html);
    expect(unescape(/<form[^>]*action="([^"]*)"/.exec(form)?.[1] ?? "")).toBe("/officer/cases?severity=red&sort=due");
    // Posted there, the queue's action takes it (the index route is the URL's own: no ?index needed).
    const open = await app.db().selectFrom("inspection_cases").select("id").where("region_code", "=", "330203").where("status", "!=", "closed").where("severity", "=", "red").executeTakeFirstOrThrow();
    const colleague = await app.db().selectFrom("users").select("id").where("username", "=", "haishu.market2").executeTakeFirstOrThrow();
    const done = await app.post("/officer/cases?severity=red&sort=due", "haishu.market", { intent: "bulk_assign", assignee: colleague.id, caseId: open.id });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain('data-testid="bulk-result"');
    expect((await app.db().selectFrom("inspection_cases").select("assigned_to").where("id", "=", open.id).executeTakeFirstOrThrow()).assigned_to).toBe(colleague.id);
  });

  it("with no one chosen, says so by the choice, marks it and focuses it (autofocus, without JavaScript); nothing above the table", async () => {
    const open = await app.db().selectFrom("inspection_cases").select("id").where("region_code", "=", "330203").where("status", "!=", "closed").executeTakeFirstOrThrow();
    const res = await app.post("/officer/cases?severity=red", "haishu.market", { intent: "bulk_assign", assignee: "", caseId: open.id });
    expect(res.status).toBe(400);
    const html = await res.text();
    const form = bulkFormOf(html);
    const select = /<select[^>]*id="bulk-assignee"[^>]*>/.exec(form)?.[0] ?? "";
    expect(select).toContain('aria-invalid="true"');
    expect(select).toContain('aria-describedby="bulk-assignee-error"');
    expect(select).toMatch(/\bautofocus=""/);
    expect(form).toMatch(/<\/select><p id="bulk-assignee-error" class="field-error">请选择承办人<\/p>/);
    // Not at the page's top, far from the choice: the only message is the one by it.
    const before = html.slice(0, html.indexOf('data-testid="bulk-assign"'));
    expect(before).not.toContain('class="form-error"');
    expect(before).not.toContain("请选择承办人</");
  });
});

describe("the queue's pager", () => {
  it("says which cases the page shows, of how many, and the next page's", async () => {
    // More than a page of the district's cases.
    const kg = await app.db().selectFrom("kindergartens").select("id").where("region_code", "=", "330203").orderBy("id").executeTakeFirstOrThrow();
    for (let i = 0; i < 25; i++) await insertCase(app.db(), { kindergartenId: kg.id, regionCode: "330203", severity: "amber", dueDate: "2027-03-01" });
    const first = await (await app.get("/officer/cases?state=all&size=20", "haishu.market")).text();
    const total = (await app.db().selectFrom("inspection_cases").select((eb) => eb.fn.countAll<number>().as("n")).where("region_code", "=", "330203").executeTakeFirstOrThrow()).n;
    expect(Number(total)).toBeGreaterThan(20);
    const position = (html: string) => textOf(/<span[^>]*data-testid="queue-position"[^>]*>([\s\S]*?)<\/span>/.exec(html)?.[1] ?? "").trim();
    expect(position(first)).toBe(`第 1–20 条，共 ${Number(total)} 条`);
    const next = unescape(/<a[^>]*data-testid="queue-next"[^>]*>/.exec(first)?.[0].match(/href="([^"]*)"/)?.[1] ?? "");
    expect(next).toMatch(/^\/officer\/cases\?/);
    const second = await (await app.get(next, "haishu.market")).text();
    expect(position(second)).toBe(`第 21–${Math.min(40, Number(total))} 条，共 ${Number(total)} 条`);
  });
});
