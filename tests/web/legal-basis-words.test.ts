/**
 * A legal basis as an English reader sees it, wherever one is shown: a flag's explanation (kindergartens, officers,
 * the public) and the rules' pages (LegalBasisList) give each document's English title with the Chinese title beside
 * it (app/i18n/legal-documents.ts); a Chinese reader reads the document as the rule cites it.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { FlagExplanation } from "~/components/flag-explanation";
import { LegalBasisList } from "~/components/legal-basis-list";
import { filing, item, outcomeOf, service } from "../rules/fixtures";
import { renderStatic, textOf } from "../setup/render-static";

const NOTICE_1644 = "国家发展改革委 教育部 财政部《关于完善幼儿园收费政策的通知》（发改价格〔2025〕1644号）";
/** The legal basis's pair of a flag's explanation. */
const basisOf = (html: string) => textOf(html.match(/<dt>(?:Legal basis|法律依据)<\/dt><dd>(.*?)<\/dd>/)?.[1] ?? "").trim();

describe("a legal basis in English", () => {
  it("a flag names its documents in English with their Chinese titles, and in Chinese as cited", async () => {
    const o = await outcomeOf("R13", filing("nonprofit_private", { effectiveFrom: "2026-03-01", items: [item(), service({ voluntary: false })] }));
    expect(o.fired).toBe(true);
    const en = basisOf(await renderStatic(createElement(FlagExplanation, { outcome: o, audience: "officer" }), { lang: "en" }));
    expect(en).toContain(`Notice of the NDRC, the Ministry of Education and the Ministry of Finance on Improving Kindergarten Fee Policies (${NOTICE_1644})`);
    expect(en).toContain("Provisions on Administrative Penalties for Price Violations (《价格违法行为行政处罚规定》)");
    // Every document of the basis is named in English before its Chinese title.
    for (const b of o.legalBasis) expect(en).toMatch(new RegExp(`[A-Za-z)] \\(${b.document.replace(/[()（）〔〕]/g, ".")}\\)`));
    const zh = basisOf(await renderStatic(createElement(FlagExplanation, { outcome: o, audience: "officer" }), { lang: "zh-CN" }));
    expect(zh).toContain(NOTICE_1644);
    expect(zh).not.toMatch(/[A-Za-z]{3}/);
  });

  it("a rule's page lists its documents in English with their Chinese titles, the regions of a regional text", async () => {
    const basis = [
      { document: "《中华人民共和国学前教育法》", article: "第六十九条" },
      { document: "《山东省学前教育与托育服务收费管理办法》（2023年8月）", regions: ["37"] },
    ];
    const en = textOf(await renderStatic(createElement(LegalBasisList, { basis }), { lang: "en" }));
    expect(en).toContain("Preschool Education Law of the PRC (《中华人民共和国学前教育法》) 第六十九条");
    expect(en).toContain("Shandong Province Measures for the Management of Fees for Preschool Education and Childcare Services (August 2023) (《山东省学前教育与托育服务收费管理办法》（2023年8月）) (a regional text");
    const zh = textOf(await renderStatic(createElement(LegalBasisList, { basis }), { lang: "zh-CN" }));
    expect(zh).toContain("《中华人民共和国学前教育法》 第六十九条");
    expect(zh).not.toContain("Preschool");
  });
});
