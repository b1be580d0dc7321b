/**
 * A legal basis as an English reader sees it, wherever one is shown: a flag's explanation (kindergartens, officers,
 * the public) and the rules' pages (LegalBasisList) give each document's English title with the Chinese title beside
 * it (app/i18n/legal-documents.ts), its article, the note after it and the prose some versions cite in English
 * (app/i18n/legal-articles.ts); a Chinese reader reads the document as the rule cites it.
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

  it("a flag names its articles in English (Art. 69 ¶3), their notes and prose too; in Chinese as cited", async () => {
    const o = await outcomeOf("R13", filing("nonprofit_private", { effectiveFrom: "2026-03-01", items: [item(), service({ voluntary: false })] }));
    const html = (lang: "en" | "zh-CN") => renderStatic(createElement(FlagExplanation, { outcome: o, audience: "kindergarten" }), { lang });
    const en = basisOf(await html("en"));
    expect(en).toContain("(《幼儿园收费管理暂行办法》（发改价格〔2011〕3207号）) Arts. 10 and 11 (principles of fees collected on behalf)");
    expect(en).toContain("Preschool Education Law of the PRC (《中华人民共和国学前教育法》) Art. 69 ¶3 (no fee charged against the rules; no goods or services sold, openly or in disguise)");
    expect(en).toContain("发改价格〔2025〕1644号）) service charges and fees collected on behalf are the parents");
    expect(en).not.toMatch(/第[一二三四五六七八九十]+条/);
    // No Chinese but the documents' titles beside their English ones.
    expect(o.legalBasis.reduce((text, b) => text.replaceAll(`(${b.document})`, ""), en)).not.toMatch(/[\u3400-\u9fff]/);
    const zh = basisOf(await html("zh-CN"));
    expect(zh).toContain("《中华人民共和国学前教育法》 第六十九条第三款（不得违反有关规定收取费用");
    expect(zh).not.toContain("Art.");
  });

  it("a rule's page words paragraphs, items, notes and prose in English", async () => {
    const basis = [
      { document: "《中华人民共和国民办教育促进法实施条例》", article: "第四十四条第一款（非营利性民办学校通过向主管部门备案的账户收取费用）" },
      { document: "《价格违法行为行政处罚规定》", article: "第九条第（八）项、第（九）项" },
      { document: "《明码标价和禁止价格欺诈规定》", article: "第十三条第二款" },
      { document: "《中华人民共和国民办教育促进法》", article: "营利性与非营利性民办学校分类管理" },
    ];
    const en = textOf(await renderStatic(createElement(LegalBasisList, { basis }), { lang: "en" }));
    expect(en).toContain("(《中华人民共和国民办教育促进法实施条例》) Art. 44 ¶1 (a non-profit private school collects its fees through an account filed with the competent department)");
    expect(en).toContain("Provisions on Administrative Penalties for Price Violations (《价格违法行为行政处罚规定》) Art. 9 (8) and (9)");
    expect(en).toContain("(《明码标价和禁止价格欺诈规定》) Art. 13 ¶2");
    expect(en).toContain("(《中华人民共和国民办教育促进法》) for-profit and non-profit private schools managed as separate kinds");
    const zh = textOf(await renderStatic(createElement(LegalBasisList, { basis }), { lang: "zh-CN" }));
    expect(zh).toContain("《价格违法行为行政处罚规定》 第九条第（八）项、第（九）项");
    expect(zh).toContain("《明码标价和禁止价格欺诈规定》 第十三条第二款");
  });

  it("a rule's page lists its documents in English with their Chinese titles, the regions of a regional text", async () => {
    const basis = [
      { document: "《中华人民共和国学前教育法》", article: "第六十九条" },
      { document: "《山东省学前教育与托育服务收费管理办法》（2023年8月）", regions: ["37"] },
    ];
    const en = textOf(await renderStatic(createElement(LegalBasisList, { basis }), { lang: "en" }));
    expect(en).toContain("Preschool Education Law of the PRC (《中华人民共和国学前教育法》) Art. 69");
    expect(en).toContain("Shandong Province Measures for the Management of Fees for Preschool Education and Childcare Services (August 2023) (《山东省学前教育与托育服务收费管理办法》（2023年8月）) (a regional text");
    const zh = textOf(await renderStatic(createElement(LegalBasisList, { basis }), { lang: "zh-CN" }));
    expect(zh).toContain("《中华人民共和国学前教育法》 第六十九条");
    expect(zh).not.toContain("Preschool");
  });
});
