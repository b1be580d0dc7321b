/**
 * An article reference as the rule files cite it (`legalBasis[].article`: 第六十九条第二款, 第九条第（一）项,
 * 第十条、第十一条（代收费原则）) in English, in the style the English catalogue already uses for the decisions'
 * bases (case.basis.*, notice.basis.*): "Art. 69 ¶2", "Art. 9 (1)", "Arts. 10 and 11". A reference followed by a
 * note in brackets has the note in English too, in brackets after it ("Art. 69 ¶1 (meal fees used for meals only)"),
 * from LEGAL_GLOSSES_EN; so has what is not a reference — the prose some first rule versions cite instead of an
 * article (目录清单管理（清单之外无收费） → "fee-list management (no fee outside the list)"). The document's Chinese
 * title stands beside its English one (legal-documents.ts) and carries the citation as the rules make it; the note is
 * the rule author's gloss of the article, read as the rest of the English page is.
 *
 * Pure and total: a string it cannot read whole is returned unchanged, never half-translated, and a note or prose the
 * glossary does not hold (a basis stored under a version no rule file holds any more) stays as cited. The rule files
 * are history and are not edited, so this reads them as they are (tests/i18n/legal-articles.test.ts reads every
 * article any version cites, and fails on a note or prose the glossary lacks or one nothing cites).
 */
import type { Lang } from "~/i18n";

/**
 * The English of every note (the words in brackets after a reference) and every prose "article" a rule version cites,
 * keyed by the Chinese exactly as cited. The catalogue's terms: 代收费 "collected on behalf", 服务性收费 "service
 * charges", 保教费 "care and education fee", 大班 "final-year", 政府指导价 "government guidance prices".
 */
export const LEGAL_GLOSSES_EN = {
  // Notes after a reference
  明码标价: "clearly marked prices",
  "明码标价：服务项目、收费标准": "clearly marked prices: the services and their fees",
  "克扣、挪用学前儿童伙食费": "withholding or misusing children's meal fees",
  伙食费专款专用: "meal fees used for meals only",
  "不得违反有关规定收取费用，不得推销或者变相推销商品、服务": "no fee charged against the rules; no goods or services sold, openly or in disguise",
  "公示收费项目、标准、服务内容、退费规则": "fee items, rates, services and refund rules made public",
  收费公示: "fees made public",
  退费办法向家长公示: "refund rules made public to parents",
  "收费标准由省级制定；此期间尚无大班保教费减免规定": "fee rates set by the province; no final-year care and education fee waiver yet in this period",
  "收费标准定期调整机制；引导营利性民办园合理收费": "fee rates reviewed at set intervals; for-profit private kindergartens steered towards reasonable fees",
  非营利性民办学校通过向主管部门备案的账户收取费用: "a non-profit private school collects its fees through an account filed with the competent department",
  "代收费：家长自愿、据实收取、及时结算、定期公布": "fees collected on behalf: parents' free choice, charged at cost, settled promptly, published regularly",
  收费项目和标准公示: "fee items and rates made public",
  "收费项目和标准公示；招生简章载明办园性质、收费项目和标准": "fee items and rates made public; the admissions notice states the kindergarten's type, fee items and rates",
  代收费原则: "principles of fees collected on behalf",
  加强民办园收费监管: "closer supervision of private kindergartens' fees",
  "加强民办园收费监管：引导调价频率和幅度": "closer supervision of private kindergartens' fees: how often and by how much fees change is steered",
  "加强民办园收费监管：引导调价频率和幅度，遏制过高收费":
    "closer supervision of private kindergartens' fees: how often and by how much fees change is steered, excessive fees curbed",
  开展专项检查: "special inspections",
  "民办园收费全部进入向教育行政部门备案的账户；营利性民办园据此适用":
    "all of a private kindergarten's fees go into the account filed with the education department; for-profit private kindergartens included",
  民办园收费全部进入备案账户: "all of a private kindergarten's fees go into the filed account",
  // Prose cited instead of an article (first rule versions, local texts, a standard's code positions)
  "代收费不得赚取差价、不得收取回扣": "fees collected on behalf: no margin, no kickbacks",
  "代收费按实际成本收取，不得赚取差价，不得收受回扣": "fees collected on behalf charged at actual cost, with no margin and no kickbacks",
  幼儿园收费目录清单公示: "the kindergarten's fee list made public",
  "幼儿园收费目录清单公示，未公示的不得收费": "the kindergarten's fee list made public; no fee charged that it does not publish",
  "幼儿园收费目录清单（办园性质、收费项目、标准、服务内容、收费依据）公示": "the kindergarten's fee list (its type, fee items, rates, services and the basis of each fee) made public",
  "新生新办法、老生老办法": "new rates for new children; children already enrolled keep their rates",
  "普惠性民办园、非营利性民办园保教费、住宿费实行政府指导价":
    "government guidance prices for the care and education fee and the boarding fee of inclusive and non-profit private kindergartens",
  服务性收费和代收费由家长自愿选择: "service charges and fees collected on behalf are the parents' free choice",
  民办园大班幼儿按当地同类型公办园免除标准相应减免保教费:
    "a private kindergarten's final-year children have their care and education fee reduced by the waiver of local public kindergartens of its kind",
  "目录清单管理（清单之外无收费）": "fee-list management (no fee outside the list)",
  禁止收费事项: "prohibited charges",
  "第一、二位：登记管理部门代码和机构类别代码": "positions 1 and 2: the registration authority's code and the organization category code",
  营利性与非营利性民办学校分类管理: "for-profit and non-profit private schools managed as separate kinds",
  "营利性民办园收费实行市场调节价，可开展成本调查，遏制过高收费": "market-regulated prices for for-profit private kindergartens, with cost surveys possible to curb excessive fees",
  "调整只在秋季学期开始时执行，收费标准保持相对稳定": "changes only at the start of the autumn term; fee rates kept fairly stable",
  调整后的收费标准仅适用于新入园幼儿: "changed fee rates apply only to newly admitted children",
} as const satisfies Record<string, string>;

/** A note or prose in English, if the glossary has it. */
export function englishGloss(text: string): string | undefined {
  return Object.hasOwn(LEGAL_GLOSSES_EN, text)
    ? LEGAL_GLOSSES_EN[text as keyof typeof LEGAL_GLOSSES_EN]
    : undefined;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九百九十九 (and Arabic digits) as a number; undefined when it is not one. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = 1000;
  for (const ch of text) {
    if (ch === "十" || ch === "百") {
      const unit = ch === "十" ? 10 : 100;
      if (unit >= lastUnit) return undefined;
      total += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
      if (Number.isNaN(total)) return undefined;
      digit = undefined;
      lastUnit = unit;
    } else {
      const d = DIGITS[ch];
      if (digit !== undefined && d !== 0 && digit !== 0) return undefined;
      digit = d === 0 ? undefined : d;
    }
  }
  return total + (digit ?? 0);
}

/** One reference: an article, its paragraph, its items (each may be missing in a continuation: 、第三款). */
interface Ref {
  article?: number;
  paragraph?: number;
  items: number[];
  /** An item of a document with no articles (a notice's 第五项: its fifth point). */
  point?: number;
}

const NUM = "([零〇一二两三四五六七八九十百\\d]+)";
const PIECE = new RegExp(`^第${NUM}条|^第${NUM}款|^第（${NUM}）项|^第${NUM}项`);

/** Reads pieces from the start of `text`; returns the reference and what is left, or undefined when none is read. */
function readRef(text: string): { ref: Ref; rest: string } | undefined {
  const ref: Ref = { items: [] };
  let rest = text;
  let read = 0;
  for (;;) {
    const m = PIECE.exec(rest);
    if (!m) break;
    const [whole, art, para, item, point] = m;
    if (art !== undefined) {
      if (read > 0) break; // a second article starts a new reference only after a separator
      ref.article = chineseNumber(art);
      if (ref.article === undefined) return undefined;
    } else if (para !== undefined) {
      if (ref.paragraph !== undefined || ref.items.length > 0 || ref.point !== undefined) return undefined;
      ref.paragraph = chineseNumber(para);
      if (ref.paragraph === undefined) return undefined;
    } else if (item !== undefined) {
      if (ref.point !== undefined) return undefined;
      const n = chineseNumber(item);
      if (n === undefined) return undefined;
      ref.items.push(n);
    } else {
      // 第五项 without brackets: a point of a document with no articles, only on its own.
      if (read > 0) return undefined;
      ref.point = chineseNumber(point);
      if (ref.point === undefined) return undefined;
    }
    rest = rest.slice(whole.length);
    read++;
  }
  return read === 0 ? undefined : { ref, rest };
}

const isBareArticle = (r: Ref) => r.article !== undefined && r.paragraph === undefined && r.items.length === 0;

function refWords(r: Ref): string {
  if (r.point !== undefined) return `Item ${r.point}`;
  const words: string[] = [];
  if (r.article !== undefined) words.push(`Art. ${r.article}`);
  if (r.paragraph !== undefined) words.push(`¶${r.paragraph}`);
  for (const item of r.items) words.push(`(${item})`);
  return words.join(" ");
}

const joinAnd = (parts: string[]) => (parts.length < 2 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`);

/**
 * The reference in English ("Art. 13 ¶2", "Art. 31 ¶1 (2)", "Arts. 11 and 12", "Arts. 5–8", "Item 5"), a note in
 * brackets after it in English (as cited when the glossary lacks it); undefined when the text is not a reference read
 * whole.
 */
export function englishArticle(article: string): string | undefined {
  const text = article.trim();
  // A note in brackets at the end: （…） with no bracket inside it.
  const note = /（([^（）]*)）$/.exec(text);
  const refs: Ref[] = [];
  const separators: string[] = [];
  let rest = text;
  for (;;) {
    const read = readRef(rest);
    if (!read) return undefined;
    refs.push(read.ref);
    rest = read.rest;
    const sep = /^(、|，|和|及|至)/.exec(rest);
    if (!sep) break;
    separators.push(sep[1]);
    rest = rest.slice(sep[1].length);
  }
  if (rest !== "" && !(note && rest === note[0])) return undefined;
  // A continuation (、第三款, 、第（九）项) is read against the reference before it; a point stands alone.
  if (refs.some((r) => r.point !== undefined) && refs.length > 1) return undefined;
  if (refs[0].article === undefined && refs[0].point === undefined) return undefined;
  for (let i = 1; i < refs.length; i++) {
    const r = refs[i];
    if (r.article === undefined && r.paragraph === undefined && refs[i - 1].article === undefined) return undefined;
  }
  let words: string;
  if (separators.length === 1 && separators[0] === "至") {
    if (!refs.every(isBareArticle)) return undefined;
    words = `Arts. ${refs[0].article}–${refs[1].article}`;
  } else if (separators.includes("至")) {
    return undefined;
  } else if (refs.length > 1 && refs.every(isBareArticle)) {
    words = `Arts. ${joinAnd(refs.map((r) => String(r.article)))}`;
  } else {
    words = joinAnd(refs.map(refWords));
  }
  return note && rest === note[0] ? `${words} (${englishGloss(note[1]) ?? note[1]})` : words;
}

/**
 * The article as a reader of `lang` reads it: in Chinese as cited; in English as englishArticle words it, prose as the
 * glossary does, or as cited.
 */
export function legalArticleWords(article: string, lang: Lang): string {
  return lang === "en" ? (englishArticle(article) ?? englishGloss(article.trim()) ?? article) : article;
}
