/**
 * A decided case's decision in one line, as the officer and the kindergarten both read it: its kind, legal basis and
 * day, then what it orders (by when, how much, for how many families), for a penalty what it is (a fine and its
 * amount, or a warning and the illegal gains confiscated, if any), its article, document and the day the decision
 * was made, for a referral the authority; the number of its written notice where one was drawn (every notice but a
 * penalty's, since its authority's series; a decision taken before drew none).
 */
import type { ReactNode } from "react";
import { datedText, joinedRuns, type DatedText } from "~/components/instant";
import { sanctionOf } from "~/domain/cases/case-work.schema";
import { useLang, useT } from "~/utils/i18n";
import { formatFen } from "~/utils/money";

export function CaseDecisionLine(props: { kind: string; basis: string | null; decidedOn: string | null; detail: Record<string, unknown> | null }) {
  const t = useT();
  const lang = useLang();
  const d = props.detail ?? {};
  const parts: Part[] = [t(`case.decisionKind.${props.kind}`), props.basis ? t(`case.basis.${props.basis}`) : null, props.decidedOn ? { date: props.decidedOn } : null];
  if (typeof d.byDate === "string") parts.push({ label: t("case.field.byDate"), date: d.byDate });
  // A penalty says what it was: a fine and its amount, or a warning with the illegal gains confiscated, if any.
  const sanction = sanctionOf(props.kind, d);
  if (sanction === "warning") parts.push(t("case.sanction.warning"));
  if (typeof d.amountFen === "number") {
    const amount = formatFen(d.amountFen, lang);
    parts.push(sanction === "fine" ? t("case.decision.fine", { amount }) : sanction === "warning" ? t("case.decision.confiscated", { amount }) : t("flag.yuan", { amount }));
  }
  if (typeof d.families === "number") parts.push(`${t("case.field.families")} ${d.families}`);
  if (typeof d.article === "string") parts.push(t("case.decision.article", { article: t(`case.article.${d.article}`) }));
  if (typeof d.authority === "string") parts.push(`${t("case.field.authority")} ${d.authority}`);
  if (typeof d.documentNo === "string") parts.push(d.documentNo);
  if (typeof d.decisionDate === "string") parts.push({ label: t("case.field.decisionDate"), date: d.decisionDate });
  // The number its written notice was given from its authority's series, as the officer and the kindergarten quote it.
  if (typeof d.noticeNo === "string") parts.push(`${t("notice.numberLabel")} ${d.noticeNo}`);
  return <p data-testid="case-decision">{lineOf(parts)}</p>;
}

/** A piece of the line: words, or a date (with the words before it) kept whole on a line on a phone (CivilDate). */
type Part = string | { label?: string; date: string } | null;

/** The pieces joined by " · ", the words between two dates as one text (no markers between text nodes in the HTML). */
function lineOf(parts: readonly Part[]): ReactNode[] {
  const runs = parts
    .filter((p): p is Exclude<Part, null> => p !== null && p !== "")
    .map((part): DatedText => (typeof part === "string" ? [part] : part.label ? [`${part.label} `, { date: part.date }] : [{ date: part.date }]));
  return datedText(joinedRuns(runs));
}
