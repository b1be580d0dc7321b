/**
 * The written notice of a case's decision (文书), served on the kindergarten: a pure function from what the case
 * recorded (case-notice.server.ts reads it) to the notice's title, number, parties and sections, in one language.
 * The Chinese notice is the one served; an English rendering is a translation for reference (the page says so).
 *
 * What it says and why:
 * - its title follows the decision: 不予立案告知书 (程序规定 Art. 20), 检查结果告知书 (no penalty on a registered case),
 *   责令改正通知书, 责令退还多收费用通知书, 案件移送告知书, and for a penalty a summary of the 行政处罚决定书 under the
 *   document number the officer recorded (its numbering is the authority's register, never made up here); every other
 *   notice carries the number its decision drew from the deciding authority's own series of that kind
 *   (SERIAL_NOTICE_KINDS: 宁波海曙市监责退〔2026〕3号, 宁波海曙市监责改〔2026〕1号 …, stored with the decision, so a
 *   reprint shows it again); a notice decided before its kind had a series (served so) keeps the number made from the
 *   case's own id;
 * - the facts are the words of the case's flag explanations, or, for a case from complaints, what the kindergarten's
 *   case page already says (the item complained about): never which complaints, how many or whose, and never the
 *   officer's internal note;
 * - a decision that burdens the kindergarten (an order or a penalty) tells how to challenge it (行政处罚法 Art. 59 (5);
 *   行政复议法 Art. 20: reconsideration within sixty days; 行政诉讼法 Art. 46: a lawsuit within six months). Since the
 *   2023 行政复议法 (Art. 24, in force 2024-01-01) the reconsideration of a local department's act (market supervision,
 *   education: neither is vertically led, Art. 27) is the people's government's at the same level, no longer also the
 *   department above: the notice names that one organ, generically.
 */
import type { Agency, CaseDecisionKind, CaseSource } from "~/db/schema";
import { listOf, translate, type Lang } from "~/i18n";
import { legalBasisWords } from "~/i18n/legal-documents";
import type { LegalBasis, LocalizedText } from "~/rules/types";
import { formatFen } from "~/utils/money";
import { formatTerm } from "~/utils/term";
import { sanctionOf, VIOLATION_KINDS, type Sanction } from "./case-work.schema";

/** Who reads a notice: the officers of the case's region, or the kindergarten it is served on (each has its route). */
export type CaseNoticeReader = "officer" | "kindergarten";

/** The decisions that burden the kindergarten (an order, a penalty): their notice tells how to challenge them. */
export const BURDENING_KINDS: readonly CaseDecisionKind[] = VIOLATION_KINDS;

export const NOTICE_KINDS = ["no_case", "inspection_result", "rectification", "refund", "penalty", "referral"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/**
 * The notices numbered from their authority's own series, one series per kind: every notice but a penalty's, whose
 * number is the one the officer recorded from the agency's own case system. The number is drawn once, in the
 * decision's transaction (case-notice-number.server.ts), and kept with the decision (its detail's `noticeNo`).
 */
export const SERIAL_NOTICE_KINDS = ["no_case", "inspection_result", "rectification", "refund", "referral"] as const satisfies readonly NoticeKind[];
export type SerialNoticeKind = (typeof SERIAL_NOTICE_KINDS)[number];

export const isSerialNoticeKind = (kind: NoticeKind): kind is SerialNoticeKind => (SERIAL_NOTICE_KINDS as readonly NoticeKind[]).includes(kind);

/** The agencies' codes in an authority's code (机关代字): 市监 for market supervision, as their own documents write it. */
const AGENCY_CODES: Record<Agency, string> = { market: "市监", education: "教", development_reform: "发改" };

/**
 * A place's name as an authority's code shortens it: its administrative suffix left out (海曙区 → 海曙, 宁波市 → 宁波,
 * 浦东新区 → 浦东, 宁夏回族自治区 → 宁夏, 恩施土家族苗族自治州 → 恩施), never to less than two characters (城区 stays).
 */
export function shortPlaceName(name: string): string {
  const autonomous = /^(.{2,}?)(?:[^族]{1,3}族|维吾尔)*自治[区州县旗]$/u.exec(name);
  if (autonomous) return autonomous[1];
  const plain = /^(.{2,}?)(?:特别行政区|地区|林区|新区|省|市|区|县|旗|盟)$/u.exec(name);
  return plain ? plain[1] : name;
}

/**
 * The number of a notice drawn from its authority's series (GB/T 9704-2012 7.2.4's 发文字号: the authority's code,
 * the year in 〔〕, the number without leading zeros, then 号): the authority's code is its place, as the notice names
 * it (宁波市海曙区: the city kept, so that two districts of one name in different cities never share a number), short
 * (宁波海曙), and its agency (市监), then the kind of notice's code (SERIAL_CODES). Nothing of the party or the case.
 * Chinese in every language: a document number is quoted as served.
 */
export function serialNoticeNumber(args: { place: readonly string[]; agency: Agency | null; kind: SerialNoticeKind; year: number; serial: number }): string {
  const issuer = `${args.place.map(shortPlaceName).join("")}${args.agency ? AGENCY_CODES[args.agency] : ""}`;
  return `${issuer}${SERIAL_CODES[args.kind]}〔${args.year}〕${args.serial}号`;
}

/** Each numbered kind's code in its number (文种代字; docs/decisions.md, 23rd session, says why these). */
const SERIAL_CODES: Record<SerialNoticeKind, string> = { no_case: "不立", inspection_result: "检告", rectification: "责改", refund: "责退", referral: "移" };

/**
 * A decision taken before its kind had a series was served under a number made from its case's id, with these words:
 * it keeps that number, as printed then.
 */
function caseIdNoticeNumber(kind: SerialNoticeKind, year: string, caseId: string): string {
  return `${CASE_ID_CODES[kind]}〔${year}〕${caseId}号`;
}

const CASE_ID_CODES: Record<SerialNoticeKind, string> = { no_case: "不予立案", inspection_result: "检查结果", rectification: "责改", refund: "责退", referral: "移送" };

/** What the notice is built from: the case's recorded decision, its parties and its reasons. Nothing else. */
export interface CaseNoticeRecord {
  caseId: string;
  term: string;
  source: CaseSource;
  kind: CaseDecisionKind;
  /** A key of DECISION_BASES. */
  basis: string;
  /** The day the decision was recorded. */
  decidedOn: string;
  /** The decision's fields as recorded (never the officer's note). */
  detail: {
    byDate?: string;
    amountFen?: number;
    families?: number;
    sanction?: Sanction;
    article?: string;
    documentNo?: string;
    decisionDate?: string;
    authority?: string;
    /** The number the decision drew from its authority's series (SERIAL_NOTICE_KINDS); none on one decided before. */
    noticeNo?: string;
  };
  /** The deciding authority: the deciding officer's region (its place, as the region table names it) and agency. */
  authority: { place: string; agency: Agency | null };
  kindergarten: { approvedName: string; uscc: string; address: string | null };
  /** The flags' words (newest rule version), and for a case from complaints the item the kindergarten is told of. */
  facts: {
    flags: ReadonlyArray<{ message: LocalizedText; legalBasis: readonly LegalBasis[] }>;
    /** Only for a case from complaints: the item(s) complained about, null when none is known. */
    complaintItem?: string | null;
  };
}

export type NoticeSectionId = "facts" | "basis" | "decision" | "payment" | "remedies";

export interface NoticeSection {
  id: NoticeSectionId;
  heading: string;
  paragraphs: string[];
}

export interface CaseNotice {
  lang: Lang;
  noticeKind: NoticeKind;
  title: string;
  /** The document's number: the penalty decision's own, the one drawn from the authority's series, or (decided before the series) one made from the case's id. */
  number: string | null;
  /** The deciding authority, as the notice's head and signature name it. */
  authority: string;
  /** The party the notice is served on: its name, then its USCC and address (if the registry has one). */
  recipient: string[];
  sections: NoticeSection[];
  /** Whether the decision burdens the kindergarten (and the notice says how to challenge it). */
  burdening: boolean;
  /** The notice's date, written out, and as a civil date. */
  date: string;
  dateIso: string;
  seal: string;
}

/** The notice a decision is served as. */
export function noticeKindOf(kind: CaseDecisionKind, basis: string): NoticeKind {
  switch (kind) {
    case "rectification_ordered":
      return "rectification";
    case "refund_ordered":
      return "refund";
    case "penalty":
      return "penalty";
    case "referred":
      return "referral";
    default:
      // 程序规定 Art. 20 decides not to open a case; on a registered case the decision is the inspection's result.
      return basis === "procedure-art20" ? "no_case" : "inspection_result";
  }
}

export const isBurdening = (kind: CaseDecisionKind): boolean => BURDENING_KINDS.includes(kind);

/** A civil date as a notice writes it: 2026年12月10日; in English 2026-12-10. */
export function noticeDate(date: string, lang: Lang): string {
  const [year, mm, dd] = date.split("-");
  return translate(lang, "notice.date", { year, mm, dd, month: Number(mm), day: Number(dd) });
}

/** The notice of a decided case in `lang` (zh-CN: the notice served; en: its translation). */
export function buildCaseNotice(record: CaseNoticeRecord, lang: Lang): CaseNotice {
  const tr = (key: string, vars?: Record<string, string | number>) => translate(lang, key, vars);
  const zhOrEn = lang === "en" ? "en" : "zh";
  const noticeKind = noticeKindOf(record.kind, record.basis);
  const burdening = isBurdening(record.kind);
  const d = record.detail;
  const date = (value: string) => noticeDate(value, lang);
  const yuan = (fen: number) => formatFen(fen, lang);
  const term = formatTerm(record.term, lang);
  const basisText = tr(`notice.basis.${record.basis}`);

  // The penalty carries the number and date of its decision document; the others the number drawn with the decision
  // and the day decided. A decision taken before its kind had a series drew none: its notice was served under a
  // number made from the case's id (caseIdNoticeNumber), and keeps it.
  const dateIso = record.kind === "penalty" && d.decisionDate ? d.decisionDate : record.decidedOn;
  const number =
    noticeKind === "penalty"
      ? (d.documentNo ?? null)
      : (d.noticeNo ?? caseIdNoticeNumber(noticeKind, record.decidedOn.slice(0, 4), record.caseId));

  const authority = tr("notice.authority", { place: record.authority.place, agency: tr(`notice.agency.${record.authority.agency === "market" || record.authority.agency === "education" ? record.authority.agency : "none"}`) });

  const recipient = [tr("notice.recipient", { name: record.kindergarten.approvedName }), tr("notice.uscc", { uscc: record.kindergarten.uscc })];
  if (record.kindergarten.address) recipient.push(tr("notice.address", { address: record.kindergarten.address }));

  const sections: NoticeSection[] = [];

  // Facts: how the case came about, then the flags' own words. A decision finding no violation reads the flags as what
  // prompted the check, not as what was found.
  const violation = (VIOLATION_KINDS as readonly string[]).includes(record.kind) || record.kind === "minor_corrected";
  const flags = record.facts.flags.map((f) => f.message[zhOrEn]).filter((m) => m.trim() !== "");
  const facts: string[] = [];
  if (record.source === "complaint") {
    const item = record.facts.complaintItem;
    facts.push(item ? tr("notice.facts.complaint", { item, term }) : tr("notice.facts.complaintNoItem", { term }));
    if (flags.length > 0) facts.push(tr("notice.facts.flagsFound"), ...flags);
  } else if (record.source === "spot_check") {
    facts.push(tr("notice.facts.spotCheck", { term }));
    if (flags.length > 0) facts.push(tr("notice.facts.flagsFound"), ...flags);
  } else if (flags.length > 0) {
    facts.push(tr(violation ? "notice.facts.rule.found" : "notice.facts.rule.prompted", { term }), ...flags);
  } else {
    facts.push(tr("notice.facts.rule.none", { term }));
  }
  if (violation) {
    const provisions = provisionsOf(record.facts.flags, lang);
    if (provisions.length > 0) facts.push(tr("notice.facts.provisions", { list: listOf(provisions, lang) }));
  }
  sections.push({ id: "facts", heading: tr("notice.section.facts"), paragraphs: facts });

  // The legal basis: the article the decision rests on, and a price-law penalty's article of 价格违法行为行政处罚规定.
  const article = record.kind === "penalty" && d.article ? tr("notice.article", { article: tr(`case.article.${d.article}`) }) : null;
  const cited = [basisText, ...(article && article !== basisText && !basisText.endsWith(article) ? [article] : [])];
  const basisWords = listOf(cited, lang);
  if (record.kind !== "referred") sections.push({ id: "basis", heading: tr("notice.section.basis"), paragraphs: [tr("notice.basis.cited", { list: basisWords })] });

  sections.push({ id: "decision", heading: tr("notice.section.decision"), paragraphs: decisionParagraphs(record, tr, { basisWords, date, yuan }) });

  const sanction = sanctionOf(record.kind, d as Record<string, unknown>);
  if (record.kind === "penalty" && sanction === "fine") sections.push({ id: "payment", heading: tr("notice.section.payment"), paragraphs: [tr("notice.payment.fine")] });

  if (burdening) {
    const remedies = [tr(record.kind === "penalty" ? "notice.remedies.penalty" : "notice.remedies.order")];
    if (record.kind === "penalty") remedies.push(tr("notice.remedies.notSuspended"));
    sections.push({ id: "remedies", heading: tr("notice.section.remedies"), paragraphs: remedies });
  }

  // Numbered headings follow the sections present (一、二、三…), the remedies' unnumbered.
  renumber(sections, lang);

  return {
    lang,
    noticeKind,
    title: tr(`notice.title.${noticeKind}`),
    number,
    authority,
    recipient,
    sections,
    burdening,
    date: date(dateIso),
    dateIso,
    seal: tr("notice.seal"),
  };
}

function decisionParagraphs(
  record: CaseNoticeRecord,
  tr: (key: string, vars?: Record<string, string | number>) => string,
  w: { basisWords: string; date: (d: string) => string; yuan: (fen: number) => string },
): string[] {
  const d = record.detail;
  switch (record.kind) {
    case "no_violation":
    case "minor_corrected": {
      const key = `notice.decision.${record.kind}.${record.basis}`;
      const text = tr(key, { basis: w.basisWords });
      // A basis the catalogue has no sentence for (none today) still says what was decided.
      return [text === key ? tr("notice.decision.generic", { basis: w.basisWords, kind: tr(`case.decisionKind.${record.kind}`) }) : text];
    }
    case "rectification_ordered":
      return [tr("notice.decision.rectification", { basis: w.basisWords, byDate: w.date(d.byDate ?? record.decidedOn) }), tr("notice.decision.overdue")];
    case "refund_ordered":
      return [
        tr("notice.decision.refund", { basis: w.basisWords, byDate: w.date(d.byDate ?? record.decidedOn), amount: w.yuan(d.amountFen ?? 0), families: d.families ?? 0 }),
        tr("notice.decision.overdue"),
      ];
    case "penalty": {
      const sanction = sanctionOf(record.kind, d as Record<string, unknown>);
      const words =
        sanction === "warning"
          ? d.amountFen !== undefined
            ? tr("notice.sanction.warningConfiscated", { amount: w.yuan(d.amountFen) })
            : tr("notice.sanction.warning")
          : tr("notice.sanction.fine", { amount: w.yuan(d.amountFen ?? 0) });
      return [
        tr("notice.decision.penalty", { date: w.date(d.decisionDate ?? record.decidedOn), documentNo: d.documentNo ?? "", basis: w.basisWords, sanction: words }),
        tr("notice.decision.penaltySummary"),
      ];
    }
    case "referred":
      return [tr("notice.decision.referral", { authority: d.authority ?? "" })];
  }
}

/** The provisions the flags cite (document and article), each once, in order; in English with the Chinese title beside. */
function provisionsOf(flags: CaseNoticeRecord["facts"]["flags"], lang: Lang): string[] {
  const seen = new Set<string>();
  for (const flag of flags) {
    for (const entry of flag.legalBasis) seen.add(lang === "en" ? legalBasisWords(entry, lang) : `${entry.document}${entry.article ?? ""}`);
  }
  return [...seen];
}

const ZH_ORDINALS = ["一", "二", "三", "四", "五", "六"];

/** Heads the numbered sections in order of appearance: 一、检查情况 … (1. … in English); the remedies stand apart. */
function renumber(sections: NoticeSection[], lang: Lang) {
  let n = 0;
  for (const section of sections) {
    if (section.id === "remedies") continue;
    const words = section.heading.replace(/^(?:[一二三四五六]、|\d+\. )/, "");
    section.heading = lang === "en" ? `${n + 1}. ${words}` : `${ZH_ORDINALS[n]}、${words}`;
    n++;
  }
}
