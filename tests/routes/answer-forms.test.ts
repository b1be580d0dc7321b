/**
 * A kindergarten answers an inspection notice (kindergarten+/cases.$caseId.tsx) and a complaint in mediation
 * (kindergarten+/complaints.$complaintId.tsx) with the same fields: the explanation, the refund made, the proof and
 * the button read alike on both forms, in Chinese and in English (app/components/answer-fields.tsx). They once said
 * 凭证（可选） and 凭证（选填）, 已退费总额（元，如有） and 已退费金额（元，选填）, 提交 and 提交答复.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as casePage from "~/routes/kindergarten+/cases.$caseId";
import * as complaintPage from "~/routes/kindergarten+/complaints.$complaintId";
import { setDb } from "~/web/db.server";
import { renderStatic, textOf } from "../setup/render-static";
import { callRoute, sessionCookieFor } from "../setup/route-helpers";
import { createDemoDb, type TestDb } from "../setup/test-db";

let t: TestDb;
let caseUrl = "";
let caseCookie = "";
let caseId = "";
let complaintUrl = "";
let complaintCookie = "";
let complaintId = "";

beforeAll(async () => {
  t = await createDemoDb();
  setDb(t.db);
  const answering = await t.db
    .selectFrom("inspection_cases as c")
    .innerJoin("users as u", "u.kindergarten_id", "c.kindergarten_id")
    .select(["c.id", "u.username"])
    .where("c.status", "=", "awaiting_answer")
    .where("u.role", "=", "operator")
    .where("u.active", "=", 1)
    .orderBy("c.id")
    .executeTakeFirstOrThrow();
  caseId = answering.id;
  caseUrl = `/kindergarten/cases/${caseId}`;
  caseCookie = await sessionCookieFor(t.db, answering.username);
  // A complaint of kg003's taken into mediation (the officer's step), which its bookkeeper answers.
  const kg003 = await t.db.selectFrom("users").select("kindergarten_id").where("username", "=", "kg003").executeTakeFirstOrThrow();
  const complaint = await t.db
    .selectFrom("complaints")
    .select("id")
    .where("kindergarten_id", "=", kg003.kindergarten_id!)
    .where("track", "=", "complaint")
    .orderBy("id")
    .executeTakeFirstOrThrow();
  await t.db.updateTable("complaints").set({ status: "mediating" }).where("id", "=", complaint.id).execute();
  complaintId = complaint.id;
  complaintUrl = `/kindergarten/complaints/${complaintId}`;
  complaintCookie = await sessionCookieFor(t.db, "kg003");
});

afterAll(async () => {
  await t?.destroy();
});

/** The answer form's labels by the field they label, its hints, and its button, as the page renders them without JavaScript. */
function formOf(html: string) {
  const form = /<form[^>]*method="post"[^>]*encType="multipart\/form-data"[\s\S]*?<\/form>/.exec(html)?.[0] ?? "";
  const labelFor = (id: string) => new RegExp(`<label for="${id}">([^<]*)</label>`).exec(form)?.[1] ?? null;
  const idOf = (name: string, tag = "(?:input|textarea)") => new RegExp(`<${tag}[^>]*name="${name}"[^>]*>`).exec(form)?.[0].match(/id="([^"]+)"/)?.[1] ?? "";
  const evidenceId = idOf("evidence");
  return {
    labelOf: (name: string) => labelFor(idOf(name)),
    evidence: labelFor(evidenceId),
    evidenceHint: new RegExp(`<p class="muted" id="${evidenceId}-hint">([^<]*)</p>`).exec(form)?.[1] ?? null,
    button: /<button[^>]*type="submit"[^>]*>([^<]*)<\/button>/.exec(form)?.[1] ?? null,
  };
}

/** A page's section headings. */
const headings = (html: string) => [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1]);

describe("the kindergarten's two answer forms", () => {
  it("label the fields they share alike, in both languages", async () => {
    const caseData = await callRoute(casePage.loader, caseUrl, { cookie: caseCookie, params: { caseId } });
    const complaintData = await callRoute(complaintPage.loader, complaintUrl, { cookie: complaintCookie, params: { complaintId } });
    expect(caseData.status).toBe(200);
    expect(complaintData.status).toBe(200);
    const expected = {
      "zh-CN": { explanation: "情况说明", refund: "已退费总额（元，选填）", evidence: "凭证（选填）", button: "提交答复", hint: "退费凭证、更正后的收费公示等：最多 5 个 JPG、PNG 或 PDF 文件，每个不超过" },
      en: { explanation: "Explanation", refund: "Refunded in total (yuan, optional)", evidence: "Proof (optional)", button: "Send answer", hint: "Refund receipts, the corrected fee notice…: at most 5 JPG, PNG or PDF files of" },
    } as const;
    for (const lang of ["zh-CN", "en"] as const) {
      const onCase = formOf(await renderStatic(casePage.default, { url: caseUrl, loaderData: caseData.body, lang }));
      const onComplaint = formOf(await renderStatic(complaintPage.default, { url: complaintUrl, loaderData: complaintData.body, lang }));
      const words = expected[lang];
      const shared = (f: typeof onCase, refundField: string) => ({
        explanation: f.labelOf("explanation"),
        refund: f.labelOf(refundField),
        evidence: f.evidence,
        button: f.button,
        hint: f.evidenceHint,
      });
      expect(shared(onCase, "refundAmount"), lang).toEqual(shared(onComplaint, "refund"));
      expect(shared(onCase, "refundAmount"), lang).toMatchObject({ explanation: words.explanation, refund: words.refund, evidence: words.evidence, button: words.button });
      expect(onCase.evidenceHint, lang).toContain(words.hint);
    }
  });

  // Found on a parent's walk (2026-12-06): before any answer the complaint's form was headed just 答复 (Answer).
  it("before an answer, are headed with what to do: 提交情况说明 on the notice, 答复本投诉 on the complaint", async () => {
    const caseData = await callRoute(casePage.loader, caseUrl, { cookie: caseCookie, params: { caseId } });
    const complaintData = await callRoute(complaintPage.loader, complaintUrl, { cookie: complaintCookie, params: { complaintId } });
    expect((complaintData.body as { complaint: { answered: boolean } }).complaint.answered).toBe(false);
    const expected = {
      "zh-CN": { case: "提交情况说明", complaint: "答复本投诉" },
      en: { case: "Send an explanation", complaint: "Answer this complaint" },
    } as const;
    for (const lang of ["zh-CN", "en"] as const) {
      const onCase = headings(await renderStatic(casePage.default, { url: caseUrl, loaderData: caseData.body, lang }));
      const onComplaint = headings(await renderStatic(complaintPage.default, { url: complaintUrl, loaderData: complaintData.body, lang }));
      expect(onCase, lang).toContain(expected[lang].case);
      expect(onComplaint, lang).toContain(expected[lang].complaint);
      expect(onComplaint, lang).not.toContain(lang === "en" ? "Answer" : "答复");
    }
  });

  it("once answered, are both headed 补充说明, button 提交补充说明, and say where the answer went, so nobody sends it again", async () => {
    // The complaint answered through its page, as a bookkeeper does; the notice answered (its state, as answering sets it).
    const form = new FormData();
    form.set("explanation", "已与家长沟通，兴趣班费已全额退还。");
    form.set("refund", "800");
    const answered = await callRoute(complaintPage.action, complaintUrl, { cookie: complaintCookie, params: { complaintId }, form });
    expect(answered.status).toBe(302);
    await t.db.updateTable("inspection_cases").set({ status: "answered" }).where("id", "=", caseId).execute();
    const caseData = await callRoute(casePage.loader, caseUrl, { cookie: caseCookie, params: { caseId } });
    const complaintData = await callRoute(complaintPage.loader, `${complaintUrl}?answered=1`, { cookie: complaintCookie, params: { complaintId } });
    const expected = {
      "zh-CN": { heading: "补充说明", button: "提交补充说明", complaint: "本园的答复已经提交（见上方“本园答复记录”），市场监管部门会在调解中转达，无需再次提交。" },
      en: { heading: "Add to the answer", button: "Send the addition", complaint: "The kindergarten's answer has been sent (see “Our answers” above) and market supervision passes it on in the mediation: nothing needs sending again." },
    } as const;
    for (const lang of ["zh-CN", "en"] as const) {
      const onCase = await renderStatic(casePage.default, { url: caseUrl, loaderData: caseData.body, lang });
      const onComplaint = await renderStatic(complaintPage.default, { url: `${complaintUrl}?answered=1`, loaderData: complaintData.body, lang });
      expect(headings(onCase), lang).toContain(expected[lang].heading);
      expect(headings(onComplaint), lang).toContain(expected[lang].heading);
      // Found on a walk (2026-12-06): under 补充说明 the button still said 提交答复, as if the answer were still owed.
      expect(formOf(onCase).button, lang).toBe(expected[lang].button);
      expect(formOf(onComplaint).button, lang).toBe(expected[lang].button);
      // The bare 答复 (Answer) under the answer given read as though it had still to be given.
      expect(headings(onComplaint), lang).not.toContain(lang === "en" ? "Answer" : "答复");
      const hint = textOf(/data-testid="complaint-answer-more"[^>]*>([\s\S]*?)<\/p>/.exec(onComplaint)?.[1] ?? "").replace(/&#x27;/g, "'");
      expect(hint, lang).toContain(expected[lang].complaint);
    }
  });
});
