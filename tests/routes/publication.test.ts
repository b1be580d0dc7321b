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
import * as draftRoute from "~/routes/officer+/publications.$id";
import * as listRoute from "~/routes/officer+/publications._index";
import { setDb } from "~/web/db.server";
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
const post = async (who: string, form: Record<string, string>) => {
  const view = (await read("haishu.lead")).body as DraftView;
  return callRoute(draftRoute.action, `/officer/publications/${haishuDraft}`, { cookie: cookies[who], params: { id: haishuDraft }, form: { version: String(view.publicCase.version), ...form } });
};

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
