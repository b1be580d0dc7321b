/**
 * Every legal document has one English title, in one catalogue (app/i18n/legal-documents.ts, keyed by the document as
 * the rule files cite it), and an English reader sees it wherever a legal basis is shown, with the Chinese title
 * beside it. These fail when a rule file (any version, of any target) or the table of cited texts names a document
 * the catalogue has no English title for, when the catalogue names one that nothing cites, or when an English title
 * is not English.
 */
import { describe, expect, it } from "vitest";
import { translate } from "~/i18n";
import { englishTitleOf, LEGAL_DOCUMENT_TITLES_EN, legalBasisWords, legalDocumentWords } from "~/i18n/legal-documents";
import { DECISION_BASIS_KEYS } from "~/domain/cases/case-work.schema";
import { loadLegalTexts } from "~/rules/load/legal-texts";
import { loadRuleSet } from "~/rules/load/read-files";
import { RULES_DIR } from "../rules/fixtures";

const CJK = /[\u3400-\u9fff]/;
const library = loadRuleSet(RULES_DIR);
const cited = new Set(library.flatMap((def) => def.legalBasis.map((b) => b.document)));
const listed = new Set(loadLegalTexts().map((t) => t.document));
const catalogued = Object.keys(LEGAL_DOCUMENT_TITLES_EN);
// The documents the decisions rest on (case.basis.*, notice.basis.*): the SAMR penalty procedure is cited by no rule.
const decisionDocuments = new Set(
  catalogued.filter((document) => DECISION_BASIS_KEYS.some((key) => translate("en", `case.basis.${key}`).includes(`(${document})`))),
);

describe("English titles of the legal documents", () => {
  it("the rule files cite documents (the set compared below is not empty)", () => {
    expect(cited.size).toBeGreaterThan(15);
  });

  it("names every document a rule file cites and every text rules/legal-texts lists", () => {
    expect([...cited, ...listed].filter((document) => englishTitleOf(document) === undefined)).toEqual([]);
  });

  it("names no document that nothing cites", () => {
    expect(catalogued.filter((document) => !cited.has(document) && !listed.has(document) && !decisionDocuments.has(document))).toEqual([]);
  });

  it("gives an English title with no Chinese in it (document numbers are in the Chinese title beside it)", () => {
    for (const [document, english] of Object.entries(LEGAL_DOCUMENT_TITLES_EN)) {
      expect(english, document).not.toMatch(CJK);
      expect(english.trim(), document).toBe(english);
    }
  });

  it("shows the English title with the Chinese beside it in English, the document as cited in Chinese", () => {
    expect(legalDocumentWords("《中华人民共和国价格法》", "en")).toBe("Price Law of the PRC (《中华人民共和国价格法》)");
    expect(legalDocumentWords("《中华人民共和国价格法》", "zh-CN")).toBe("《中华人民共和国价格法》");
    const notice = "国家发展改革委 教育部 财政部《关于完善幼儿园收费政策的通知》（发改价格〔2025〕1644号）";
    expect(legalDocumentWords(notice, "en")).toMatch(/^Notice of the NDRC.*Kindergarten Fee Policies \(.*发改价格〔2025〕1644号）\)$/);
    expect(legalBasisWords({ document: "《价格违法行为行政处罚规定》", article: "第九条" }, "en")).toBe(
      "Provisions on Administrative Penalties for Price Violations (《价格违法行为行政处罚规定》) Art. 9",
    );
    // A basis stored under a document no catalogue entry names reads as cited.
    expect(legalDocumentWords("《某地方规定》", "en")).toBe("《某地方规定》");
  });

  it("words the decisions' bases with the catalogue's titles (every basis but a referral names a catalogued document)", () => {
    for (const key of DECISION_BASIS_KEYS.filter((k) => k !== "referral")) {
      const words = [translate("en", `case.basis.${key}`), translate("en", `notice.basis.${key}`)];
      for (const text of words) expect(catalogued.some((document) => text.startsWith(legalDocumentWords(document, "en"))), text).toBe(true);
    }
    expect(decisionDocuments.has("《市场监督管理行政处罚程序规定》")).toBe(true);
  });
});
