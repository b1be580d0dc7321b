/**
 * An article reference in English (app/i18n/legal-articles.ts), in the style of the English catalogue's decision bases
 * ("Art. 57 ¶1 (3)"), its note and the prose some versions cite instead in English from the glossary. Read over every
 * basis any rule version cites: what it cannot read must be prose (no 第…条, 第…款 or 第…项 in it), never a reference
 * it misses; in English no basis has Chinese but its document's title kept beside the English one.
 */
import { describe, expect, it } from "vitest";
import { chineseNumber, englishArticle, LEGAL_GLOSSES_EN, legalArticleWords } from "~/i18n/legal-articles";
import { legalBasisWords } from "~/i18n/legal-documents";
import { loadRuleSet } from "~/rules/load/read-files";
import { RULES_DIR } from "../rules/fixtures";

/** What the rule files cite as an "article" that is prose (first versions, local texts, a standard's code positions). */
const PROSE = [
  "代收费不得赚取差价、不得收取回扣",
  "代收费按实际成本收取，不得赚取差价，不得收受回扣",
  "幼儿园收费目录清单公示",
  "幼儿园收费目录清单公示，未公示的不得收费",
  "幼儿园收费目录清单（办园性质、收费项目、标准、服务内容、收费依据）公示",
  "新生新办法、老生老办法",
  "普惠性民办园、非营利性民办园保教费、住宿费实行政府指导价",
  "服务性收费和代收费由家长自愿选择",
  "民办园大班幼儿按当地同类型公办园免除标准相应减免保教费",
  "目录清单管理（清单之外无收费）",
  "禁止收费事项",
  "第一、二位：登记管理部门代码和机构类别代码",
  "营利性与非营利性民办学校分类管理",
  "营利性民办园收费实行市场调节价，可开展成本调查，遏制过高收费",
  "调整只在秋季学期开始时执行，收费标准保持相对稳定",
  "调整后的收费标准仅适用于新入园幼儿",
];
const CJK = /[\u3400-\u9fff]/;
const bases = loadRuleSet(RULES_DIR).flatMap((def) => def.legalBasis);
const cited = [...new Set(bases.flatMap((b) => (b.article ? [b.article] : [])))].sort();
/** The notes in brackets after a reference, as cited. */
const notes = [...new Set(cited.flatMap((article) => (englishArticle(article) === undefined ? [] : [/（([^（）]*)）$/.exec(article)?.[1]].filter((n) => n !== undefined))))].sort();

describe("an article reference in English", () => {
  it("reads the numbers the articles use", () => {
    expect([chineseNumber("九"), chineseNumber("十"), chineseNumber("十三"), chineseNumber("二十"), chineseNumber("六十九")]).toEqual([9, 10, 13, 20, 69]);
    expect([chineseNumber("一百零五"), chineseNumber("一百二十"), chineseNumber("13")]).toEqual([105, 120, 13]);
    expect([chineseNumber("六九"), chineseNumber("百"), chineseNumber("十十"), chineseNumber("")]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("words articles, paragraphs and items as the catalogue does", () => {
    expect(englishArticle("第四十四条")).toBe("Art. 44");
    expect(englishArticle("第十三条第二款")).toBe("Art. 13 ¶2");
    expect(englishArticle("第三十一条第一款第（二）项")).toBe("Art. 31 ¶1 (2)");
    expect(englishArticle("第九条第（一）项")).toBe("Art. 9 (1)");
    expect(englishArticle("第九条第（八）项、第（九）项")).toBe("Art. 9 (8) and (9)");
    expect(englishArticle("第六十九条第二款、第三款")).toBe("Art. 69 ¶2 and ¶3");
    expect(englishArticle("第六十九条第二款、第七十二条")).toBe("Art. 69 ¶2 and Art. 72");
    expect(englishArticle("第十一条、第十二条")).toBe("Arts. 11 and 12");
    expect(englishArticle("第五条至第八条")).toBe("Arts. 5–8");
    expect(englishArticle("第五项（开展专项检查）")).toBe("Item 5 (special inspections)");
    expect(englishArticle("第一百零五条")).toBe("Art. 105");
  });

  it("words a note in brackets after the reference in English; one the glossary lacks stays as cited", () => {
    expect(englishArticle("第六十九条第一款（伙食费专款专用）")).toBe("Art. 69 ¶1 (meal fees used for meals only)");
    expect(englishArticle("第七十九条第（九）项（克扣、挪用学前儿童伙食费）")).toBe("Art. 79 (9) (withholding or misusing children's meal fees)");
    expect(englishArticle("第十条、第十一条（代收费原则）")).toBe("Arts. 10 and 11 (principles of fees collected on behalf)");
    // A basis stored under a version no rule file holds any more may carry a note nothing glosses.
    expect(englishArticle("第六十九条第一款（某个未收录的说明）")).toBe("Art. 69 ¶1 (某个未收录的说明)");
  });

  it("words prose in English, and returns what it can neither read whole nor find in the glossary as cited", () => {
    for (const prose of ["禁止收费事项", "第一、二位：登记管理部门代码和机构类别代码", "目录清单管理（清单之外无收费）"]) expect(englishArticle(prose), prose).toBeUndefined();
    expect(legalArticleWords("禁止收费事项", "en")).toBe("prohibited charges");
    expect(legalArticleWords("第一、二位：登记管理部门代码和机构类别代码", "en")).toBe("positions 1 and 2: the registration authority's code and the organization category code");
    expect(legalArticleWords("目录清单管理（清单之外无收费）", "en")).toBe("fee-list management (no fee outside the list)");
    for (const unread of ["第十三条之一", "第十三条后段", "第五项、第六项", "第十三条至第十四条第二款", "某条未收录的说明"]) {
      expect(englishArticle(unread), unread).toBeUndefined();
      expect(legalArticleWords(unread, "en")).toBe(unread);
    }
  });

  it("reads every article a rule file cites, but prose", () => {
    expect(cited.length).toBeGreaterThan(50);
    const unread = cited.filter((article) => englishArticle(article) === undefined);
    // Only prose is left as cited: no article, paragraph or item reference in it. A rule version citing new prose
    // lists it here; one citing a reference this cannot read fails the line after.
    expect(unread).toEqual([...PROSE].sort());
    expect(unread.filter((article) => /第[零一二两三四五六七八九十百\d（）]+[条款项]/.test(article))).toEqual([]);
    for (const article of cited) {
      const english = englishArticle(article);
      if (english === undefined) continue;
      expect(english, article).not.toMatch(CJK);
      expect(english, article).toMatch(/^(Arts?\.|Item) \d/);
    }
  });

  it("glosses every note and every prose a rule file cites, and nothing else", () => {
    expect(notes.length).toBeGreaterThan(15);
    const needed = [...notes, ...PROSE].sort();
    expect(needed.filter((text) => !Object.hasOwn(LEGAL_GLOSSES_EN, text)), "cited but not glossed").toEqual([]);
    expect(Object.keys(LEGAL_GLOSSES_EN).filter((text) => !needed.includes(text)), "glossed but cited by no rule file").toEqual([]);
    for (const english of Object.values(LEGAL_GLOSSES_EN)) expect(english).not.toMatch(CJK);
  });

  it("in English, no basis any rule version cites has Chinese but its document's title beside the English one", () => {
    const withChinese = bases
      .map((b) => ({ b, english: legalBasisWords(b, "en") }))
      .filter(({ b, english }) => CJK.test(english.replace(` (${b.document})`, "")))
      .map(({ b, english }) => `${b.document} ${b.article ?? ""}: ${english}`);
    expect(withChinese).toEqual([]);
    expect(legalBasisWords({ document: "《中华人民共和国学前教育法》", article: "第六十九条第一款（伙食费专款专用）" }, "en")).toBe(
      "Preschool Education Law of the PRC (《中华人民共和国学前教育法》) Art. 69 ¶1 (meal fees used for meals only)",
    );
  });

  it("leaves Chinese as cited", () => {
    for (const article of cited) expect(legalArticleWords(article, "zh-CN")).toBe(article);
    expect(legalBasisWords({ document: "《价格违法行为行政处罚规定》", article: "第九条第（一）项" }, "zh-CN")).toBe("《价格违法行为行政处罚规定》 第九条第（一）项");
  });
});
