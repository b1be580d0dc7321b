/**
 * A school term as people say it. Terms are stored as "2027-spring" /
 * "2026-autumn" (sortable, language-free); everywhere a term is shown it reads
 * 2027年春季学期 / "Spring 2027". Client-safe: pages and forms call it while rendering.
 */
import { translate, type Lang } from "~/i18n";

const TERM = /^(\d{4})-(spring|autumn)$/;

/** "2027-spring" → "2027年春季学期" / "Spring 2027"; anything else is shown as it is. */
export function formatTerm(term: string, lang: Lang): string {
  const match = TERM.exec(term);
  return match ? translate(lang, `term.${match[2]}`, { year: match[1] }) : term;
}
