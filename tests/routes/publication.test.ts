/**
 * The officers' publication pages on the demo data: 海曙's drafted refund
 * case blocked by the gate until masked, submitted by its inspector and
 * approved by the district's lead (never by the inspector); the refusals of
 * the wrong role (an operator, a development-reform officer) and the wrong
 * district (江北's inspector reads 海曙's draft as not found); the list with
 * its publication deadline; the demo's published 江北 penalty.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redact } from "~/domain/personal-data/personal-data-gate";
import { draftPublicCase } from "~/domain/publication/public-case-draft.server";
import * as draftRoute from "~/routes/officer+/publications.$id";
import * as listRoute from "~/routes/officer+/publications._index";
import { shanghaiDate } from "~/utils/working-days";
import { setDb } from "~/web/db.server";
import { actorOf } from "../factories/domain";
import { decidedViolation, publicationStep, REFUND_DECISION } from "../factories/publication";
import { renderStatic, textOf } from "../setup/render-static";
import { callRoute, sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let haishuDraft: string;
let cookies: Record<string, string>;

type ListRow = { id: string; approved_name: string; status: string; daysLeft: number | null };
type DraftView = { publicCase: { version: number; status: string }; texts: { narrative: string; summary: string }; hits: Record<string, unknown[]>; steps: string[]; ownDraft: boolean; awaitingApprover: boolean };

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  cookies = {};
  for (const u of ["haishu.market", "haishu.market2", "haishu.lead", "jiangbei.market", "haishu.ndrc", "kg005", "ningbo.lead"]) cookies[u] = await sessionCookieFor(t.db, u);
  const kg005 = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg005").executeTakeFirstOrThrow();
  haishuDraft = (await t.db.selectFrom("public_cases").select("id").where("kindergarten_id", "=", kg005.kindergarten_id!).executeTakeFirstOrThrow()).id;
});

afterAll(async () => {
  await t?.destroy();
});

const read = (who: string, id = haishuDraft) => callRoute(draftRoute.loader, `/officer/publications/${id}`, { cookie: cookies[who], params: { id } });
const post = async (who: string, form: Record<string, string>, id = haishuDraft) => {
  const view = (await read("haishu.lead", id)).body as DraftView;
  return callRoute(draftRoute.action, `/officer/publications/${id}`, { cookie: cookies[who], params: { id }, form: { version: String(view.publicCase.version), ...form } });
};
/** The page as the server renders it for this reader. */
const page = async (who: string, id = haishuDraft) => renderStatic(draftRoute.default, { url: `/officer/publications/${id}`, loaderData: (await read(who, id)).body });

describe("the officers' publication pages", () => {
  it("list the district's drafts with their deadline; 江北's list is 江北's", async () => {
    const list = await callRoute(listRoute.loader, "/officer/publications", { cookie: cookies["haishu.market2"] });
    expect(list.status).toBe(200);
    const rows = (list.body as { rows: ListRow[] }).rows;
    expect(rows.map((r) => r.id)).toContain(haishuDraft);
    expect(rows.find((r) => r.id === haishuDraft)!.daysLeft).toBeGreaterThan(0);
    const jiangbei = (await callRoute(listRoute.loader, "/officer/publications?view=published", { cookie: cookies["jiangbei.market"] })).body as { rows: ListRow[] };
    expect(jiangbei.rows).toHaveLength(1);
    expect(jiangbei.rows[0].status).toBe("published");
    // A view the list does not know (an old bookmark): the list to publish, and the view named as left out, not a 400.
    const bogus = await callRoute(listRoute.loader, "/officer/publications?view=bogus", { cookie: cookies["jiangbei.market"] });
    expect([bogus.status, (bogus.body as { view: string; ignored: string[] }).view, (bogus.body as { ignored: string[] }).ignored]).toEqual([200, "open", ["view"]]);
    expect(textOf(await renderStatic(listRoute.default, { url: "/officer/publications?view=bogus", loaderData: bogus.body }))).toContain("以下查询参数无效，已忽略：公示状态");
  });

  it("refuse the wrong role and the wrong district", async () => {
    expect((await read("kg005")).status).toBe(403);
    expect((await read("haishu.ndrc")).status).toBe(403);
    expect((await read("jiangbei.market")).status).toBe(404);
    expect((await callRoute(listRoute.loader, "/officer/publications", { cookie: cookies.kg005 })).status).toBe(403);
    expect((await post("jiangbei.market", { intent: "submit" })).status).toBe(404);
    expect((await post("haishu.ndrc", { intent: "submit" })).status).toBe(403);
  });

  it("blocks the draft with personal data, takes the masked text, and needs a second officer to approve", async () => {
    const before = (await read("haishu.market2")).body as DraftView;
    expect(before.hits.narrative?.length).toBeGreaterThan(0);
    expect(await page("haishu.market2")).not.toContain(`href="/cases/${haishuDraft}"`);
    expect(before.steps).toEqual(["revise", "submit"]);

    const blocked = await post("haishu.market2", { intent: "submit" });
    expect(blocked.status).toBe(400);
    expect(JSON.stringify(blocked.body)).toContain("publication.gate.blocked");

    const masked = redact(before.texts.narrative);
    expect((await post("haishu.market2", { intent: "revise", summary: before.texts.summary, narrative: masked, complaintExcerpt: "" })).status).toBe(200);
    expect(((await read("haishu.market2")).body as DraftView).hits).toEqual({});

    // A revision on the page as it was before that one: refused as stale, its texts given back to the reloaded page.
    const mine = { summary: "本区摘要（另一位办案人员所写）", narrative: "另写的案情", complaintExcerpt: "" };
    const staleRevision = await callRoute(draftRoute.action, `/officer/publications/${haishuDraft}`, {
      cookie: cookies["haishu.market2"],
      params: { id: haishuDraft },
      form: { version: "1", intent: "revise", ...mine },
    });
    expect(staleRevision.status).toBe(409);
    expect(staleRevision.body).toMatchObject({ done: false, error: { key: "publication.staleKept" }, kept: mine });
    expect(draftRoute.shouldRevalidate!({ actionStatus: 409, defaultShouldRevalidate: false } as never)).toBe(true);
    expect(((await read("haishu.market2")).body as DraftView).texts.narrative).toBe(masked);
    expect((await post("haishu.market2", { intent: "submit" })).status).toBe(200);

    // Returned without a reason (or with one letter): refused with the reason's own message, for the page to show
    // under the field; the draft still awaits approval.
    for (const reason of ["", "  ", "x"]) {
      const noReason = await post("haishu.lead", { intent: "return", reason });
      expect(noReason.status).toBe(400);
      expect(noReason.body).toMatchObject({ intent: "return", done: false, error: null, fieldErrors: { reason: [{ key: "publication.reason.required" }] } });
    }
    expect(((await read("haishu.lead")).body as DraftView).publicCase.status).toBe("pending_approval");
    // Who cannot approve is told who will: the submitter that it must be someone else, a colleague who may draft but not
    // publish that it waits for one who may; the lead gets the step.
    const submitter = (await read("haishu.market2")).body as DraftView;
    expect([submitter.ownDraft, submitter.awaitingApprover]).toEqual([true, false]);
    const colleague = (await read("haishu.market")).body as DraftView;
    expect([colleague.ownDraft, colleague.awaitingApprover, colleague.steps]).toEqual([false, true, []]);
    expect(((await read("haishu.lead")).body as DraftView).awaitingApprover).toBe(false);

    expect((await post("haishu.market2", { intent: "approve" })).status).toBe(403);
    const stale = await callRoute(draftRoute.action, `/officer/publications/${haishuDraft}`, { cookie: cookies["haishu.lead"], params: { id: haishuDraft }, form: { version: "1", intent: "approve" } });
    expect(stale.status).toBe(409);
    expect((await post("haishu.lead", { intent: "approve" })).status).toBe(200);
    expect(((await read("haishu.lead")).body as DraftView).publicCase.status).toBe("published");
  });

  it("refuses an overturn without its grounds, with the message for the reason field, and keeps the case published", async () => {
    // Published: the page links to what parents read, for the officer to check it (a draft's page has no such link).
    expect(await page("haishu.lead")).toContain(`href="/cases/${haishuDraft}"`);
    expect(textOf(await page("haishu.lead"))).toContain("查看公开的案例页面");
    const noReason = await post("haishu.lead", { intent: "overturn", reason: "" });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({ intent: "overturn", done: false, error: null, fieldErrors: { reason: [{ key: "publication.reason.required" }] } });
    const missing = await post("haishu.lead", { intent: "overturn" });
    expect(missing.status).toBe(400);
    expect(missing.body).toMatchObject({ fieldErrors: { reason: [{ key: "publication.reason.required" }] } });
    const tooLong = await post("haishu.lead", { intent: "overturn", reason: "x".repeat(600) });
    expect(tooLong.body).toMatchObject({ fieldErrors: { reason: [{ key: "publication.reason.tooLong" }] } });
    expect(((await read("haishu.lead")).body as DraftView).publicCase.status).toBe("published");
  });

  it("answers a malformed step with 400, never 500", async () => {
    expect((await post("haishu.lead", { intent: "fly" })).status).toBe(400);
    expect((await post("haishu.lead", { intent: "overturn", reason: "x".repeat(600) })).status).toBe(400);
    expect((await read("haishu.lead", "x".repeat(200))).status).toBe(404);
  });
});

describe("overturning, and a withdrawn case", () => {
  let pendingDraft: string;
  let pendingCase: string;

  it("words the overturn for what it withdraws: a draft awaiting approval is not to be published, a published case is taken down", async () => {
    const officer = await actorOf(t.db, "haishu.market2");
    const kg = await t.db.selectFrom("users as u").innerJoin("kindergartens as k", "k.id", "u.kindergarten_id").select(["k.id", "k.region_code"]).where("u.username", "=", "kg006").executeTakeFirstOrThrow();
    const now = new Date();
    pendingCase = await decidedViolation(t.db, officer, kg, now, REFUND_DECISION(shanghaiDate(now)));
    const drafted = await draftPublicCase(t.db, pendingCase, now);
    if (!drafted.drafted) throw new Error(drafted.reason);
    pendingDraft = drafted.id;
    expect((await publicationStep(t.db, officer, pendingDraft, { intent: "submit" }, now)).ok).toBe(true);
    const view = (await read("haishu.lead", pendingDraft)).body as DraftView;
    expect([view.publicCase.status, view.steps]).toEqual(["pending_approval", ["approve", "return", "overturn"]]);
    const draftForm = (await page("haishu.lead", pendingDraft)).match(/<form[^>]*data-testid="publication-overturn"[\s\S]*?<\/form>/)?.[0] ?? "";
    expect(textOf(draftForm)).toContain("决定被撤销，不予公示");
    expect(draftForm).not.toContain("撤下公示");
    // The published one (approved above) is taken down.
    const publishedForm = (await page("haishu.lead")).match(/<form[^>]*data-testid="publication-overturn"[\s\S]*?<\/form>/)?.[0] ?? "";
    expect(textOf(publishedForm)).toContain("决定被撤销，撤下公示");
  });

  it("reads a withdrawn draft as a record: never published, when, why and by whom withdrawn; nothing to edit", async () => {
    const overturned = await post("haishu.lead", { intent: "overturn", reason: "海曙区政府复议撤销原决定" }, pendingDraft);
    expect(overturned.status).toBe(200);
    expect((await t.db.selectFrom("inspection_cases").select("status").where("id", "=", pendingCase).executeTakeFirstOrThrow()).status).toBe("in_progress");
    const html = await page("haishu.market2", pendingDraft);
    const record = textOf(html.match(/data-testid="publication-record"[\s\S]*?<\/section>/)?.[0] ?? "");
    const lead = await t.db.selectFrom("users").select("display_name").where("username", "=", "haishu.lead").executeTakeFirstOrThrow();
    for (const words of ["公开日期 未曾公开（审核通过前撤下）", "撤下原因 决定被撤销", "撤销依据 海曙区政府复议撤销原决定", `撤下人 ${lead.display_name}`, "撤下时的稿件文字（未曾公开）", "案情摘要"]) expect(record).toContain(words);
    expect(record).not.toContain("审核公开人");
    expectNoEditing(html);
  });

  it("reads a withdrawn published case as a record: published on, approved by, the texts as published, why and by whom withdrawn", async () => {
    const published = await t.db.selectFrom("public_cases").select(["published_on"]).where("id", "=", haishuDraft).executeTakeFirstOrThrow();
    const narrative = ((await read("haishu.lead")).body as DraftView).texts.narrative;
    expect((await post("haishu.lead", { intent: "overturn", reason: "甬海行复〔2026〕5号" })).status).toBe(200);
    const html = await page("haishu.market2");
    const record = textOf(html.match(/data-testid="publication-record"[\s\S]*?<\/section>/)?.[0] ?? "");
    const lead = await t.db.selectFrom("users").select("display_name").where("username", "=", "haishu.lead").executeTakeFirstOrThrow();
    for (const words of [`公开日期 ${published.published_on}`, `审核公开人 ${lead.display_name}`, "撤下原因 决定被撤销", "撤销依据 甬海行复〔2026〕5号", `撤下人 ${lead.display_name}`, "公开的文字", textOf(narrative).trim()]) {
      expect(record).toContain(words);
    }
    expectNoEditing(html);
    // Nor a preview of what the case would publish now: it published what the record says, and reads nothing now.
    expect(html).not.toContain("公开后的样子");
  });
});

/** A withdrawn case's page: no text boxes, no personal-data panel, no step to take. */
function expectNoEditing(html: string) {
  expect(html).not.toMatch(/<textarea|<input[^>]*name="reason"/);
  expect(html).not.toContain('data-testid="gate"');
  expect(html).not.toContain("个人信息检查");
  expect(html).not.toContain('name="intent"');
}
