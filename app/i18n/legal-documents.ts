/**
 * The English title of every legal document a rule cites or a case decision rests on, keyed by the document exactly
 * as the rule files cite it (`legalBasis[].document`, the Chinese official title with its document number). An English
 * reader sees the English title with the Chinese one beside it — "Price Law of the PRC (《中华人民共和国价格法》)" —
 * wherever a legal basis is shown: a flag's explanation, a rule's page, a decided case's basis, its notice. A Chinese
 * reader sees the document as cited.
 *
 * One catalogue, not a field of the rule files: rule versions are history and are not edited, the same document is
 * cited by dozens of versions (one English title, not one per version), and a flag stored years ago carries its
 * basis as it was cited, which this catalogue names in English with no migration. Document numbers (发改价格〔2025〕1644号)
 * are the documents' identifiers and stay as they are: the Chinese title beside the English one carries them. The
 * titles of local texts whose official title is not verified (rules/legal-texts notes) are described, not translated
 * as if official. tests/i18n/legal-document-names.test.ts fails when a rule file cites a document this catalogue does
 * not name, or when the catalogue names one nothing cites.
 */
import type { Lang } from "~/i18n";
import { legalArticleWords } from "~/i18n/legal-articles";

export const LEGAL_DOCUMENT_TITLES_EN = {
  // Laws
  "《中华人民共和国价格法》": "Price Law of the PRC",
  "《中华人民共和国学前教育法》": "Preschool Education Law of the PRC",
  "《中华人民共和国民办教育促进法》": "Law of the PRC on the Promotion of Privately-run Schools",
  "《中华人民共和国行政处罚法》": "Administrative Penalty Law of the PRC",
  "《中华人民共和国行政处罚法》（2017年修正）": "Administrative Penalty Law of the PRC (as amended in 2017)",
  // Administrative regulations and departmental rules
  "《中华人民共和国民办教育促进法实施条例》": "Regulations for the Implementation of the Law on the Promotion of Privately-run Schools",
  "《价格违法行为行政处罚规定》": "Provisions on Administrative Penalties for Price Violations",
  "《明码标价和禁止价格欺诈规定》": "Provisions on Clearly Marking Prices and Prohibiting Price Fraud",
  "《市场监督管理投诉举报处理暂行办法》（国家市场监督管理总局令第20号）": "Interim Measures for Handling Complaints and Reports in Market Regulation",
  "《市场监督管理行政处罚程序规定》": "Provisions on the Procedures for Administrative Penalties in Market Regulation",
  // Policy documents of the State Council and the ministries
  "《幼儿园收费管理暂行办法》（发改价格〔2011〕3207号）": "Interim Measures for Kindergarten Fee Management (2011)",
  "国家发展改革委 教育部 财政部《关于完善幼儿园收费政策的通知》（发改价格〔2025〕1644号）":
    "Notice of the NDRC, the Ministry of Education and the Ministry of Finance on Improving Kindergarten Fee Policies",
  "教育部 国家发展改革委 财政部《关于实施新时代基础教育扩优提质行动计划的意见》（教基〔2023〕4号）":
    "Opinions of the Ministry of Education, the NDRC and the Ministry of Finance on Implementing the Action Plan to Expand and Improve Basic Education in the New Era",
  "国务院办公厅《关于逐步推行免费学前教育的意见》（2025年8月）": "Opinions of the General Office of the State Council on Gradually Introducing Free Preschool Education (August 2025)",
  // National standard
  "GB 32100-2015《法人和其他组织统一社会信用代码编码规则》": "GB 32100-2015 Coding Rules for the Unified Social Credit Identifier of Legal Entities and Other Organizations",
  // Regional texts (the titles of the Guangzhou, Hefei and Tai'an texts are descriptive: not verified)
  "《山东省学前教育与托育服务收费管理办法》（2023年8月）": "Shandong Province Measures for the Management of Fees for Preschool Education and Childcare Services (August 2023)",
  "宁波市幼儿园收费调整通知（2017，依据甬价费〔2013〕71号）": "Ningbo notice on the adjustment of kindergarten fees (2017)",
  "广州地区幼儿园保教费按月退费办法（按当月出勤天数与法定工作日计退）":
    "Guangzhou-area monthly refund rules for the care and education fee (by the days attended and the month's legal working days)",
  "合肥市幼儿园收费退费规定（2016年）": "Hefei rules on kindergarten fees and refunds (2016)",
  "泰安市民办幼儿园保教费退费办法": "Tai'an refund rules for the care and education fee of private kindergartens",
  // What the first versions of some rules cited as "local rules", each with examples (no single text)
  "地方规定（如南京 宁教财〔2006〕12号；成都、潍坊、上海民办园收费规定）": "Local rules (such as Nanjing's and the private kindergarten fee rules of Chengdu, Weifang and Shanghai)",
  "地方规定（如潍坊：提前 2 个月公布；成都：提前 6 个月公布）": "Local rules (such as Weifang's: published 2 months ahead; Chengdu's: 6 months ahead)",
  "地方规定（上海、武汉、成都幼儿园收费管理规定）": "Local rules (the kindergarten fee rules of Shanghai, Wuhan and Chengdu)",
} as const satisfies Record<string, string>;

/** A document the catalogue names (what a decision basis's words are built from, checked by the compiler). */
export type LegalDocument = keyof typeof LEGAL_DOCUMENT_TITLES_EN;

/** The document's English title, if the catalogue has one. */
export function englishTitleOf(document: string): string | undefined {
  return Object.hasOwn(LEGAL_DOCUMENT_TITLES_EN, document) ? LEGAL_DOCUMENT_TITLES_EN[document as LegalDocument] : undefined;
}

/**
 * The document as a reader of `lang` reads it: in Chinese as cited; in English, its English title with the Chinese
 * title beside it ("Price Law of the PRC (《中华人民共和国价格法》)"). A document the catalogue does not name (a basis
 * stored under a version no rule file holds any more) is shown as cited.
 */
export function legalDocumentWords(document: string, lang: Lang): string {
  const english = lang === "en" ? englishTitleOf(document) : undefined;
  return english === undefined ? document : `${english} (${document})`;
}

/** A catalogued document in English with its Chinese title beside it, for messages built from it. */
export const englishWithChinese = (document: LegalDocument): string => legalDocumentWords(document, "en");

/**
 * One basis entry (document and article, as a rule version cites it) in the reader's language: in English the article
 * too ("Art. 69 ¶2": app/i18n/legal-articles.ts), or as cited when it is prose.
 */
export function legalBasisWords(basis: { document: string; article?: string }, lang: Lang): string {
  return [legalDocumentWords(basis.document, lang), basis.article && legalArticleWords(basis.article, lang)].filter(Boolean).join(" ");
}
