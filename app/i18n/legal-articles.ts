/**
 * An article reference as the rule files cite it (`legalBasis[].article`: 第六十九条第二款, 第九条第（一）项,
 * 第十条、第十一条（代收费原则）) in English, in the style the English catalogue already uses for the decisions'
 * bases (case.basis.*, notice.basis.*): "Art. 69 ¶2", "Art. 9 (1)", "Arts. 10 and 11". A reference followed by a
 * note in brackets keeps the note as cited, in brackets after the English ("Art. 69 ¶1 (伙食费专款专用)"), as a
 * document's Chinese title stands beside its English one. What is not a reference — the prose some first rule
 * versions cite instead of an article (目录清单管理（清单之外无收费）) — is returned as cited.
 *
 * Pure and total: a string it cannot read whole is returned unchanged, never half-translated. The rule files are
 * history and are not edited, so this reads them as they are (tests/i18n/legal-articles.test.ts reads every article
 * any version cites).
 */
import type { Lang } from "~/i18n";

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
 * brackets after it kept as cited; undefined when the text is not a reference read whole.
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
  return note && rest === note[0] ? `${words} (${note[1]})` : words;
}

/** The article as a reader of `lang` reads it: in Chinese as cited, in English as englishArticle words it (or as cited). */
export function legalArticleWords(article: string, lang: Lang): string {
  return lang === "en" ? (englishArticle(article) ?? article) : article;
}
