/**
 * Whether a filed fee schedule can still be corrected, and so what a flag's advice may tell the bookkeeper to do
 * about it. The one place that says it: the filing form offers the terms `upcomingTerms` gives (its route
 * imports it from here), the filing's page offers 更正本次备案 when `filingCorrection` gives a correction, and a flag's
 * advice (`flag.advice.<ruleId>`'s `{correct}`) names that button only when the filing's term is one of them; on a
 * term already begun it says what the bookkeeper can do instead (`remedy`). Pure and client-safe: the filings and
 * the cases domains both read it (cases cannot import filings), and this folder is below both.
 */
import { termBounds } from "~/rules/terms";

/** The school terms an operator may still file for: the next two that have not begun. */
export function upcomingTerms(today: string): string[] {
  const year = Number(today.slice(0, 4));
  const candidates = [`${year}-spring`, `${year}-autumn`, `${year + 1}-spring`, `${year + 1}-autumn`];
  return candidates.filter((term) => termBounds(term).start > today).slice(0, 2);
}

/**
 * What a flag's advice tells the bookkeeper to do with the filing: "correct" it (its term is still ahead: the
 * newest filing's page offers 更正本次备案), or, its term having begun, put it right in the next term's filing
 * ("nextTerm": no filing of a begun term can be made in the portal).
 */
export type FilingRemedy = "correct" | "nextTerm";

export interface FilingCorrection {
  /** What the advice says to do. */
  remedy: FilingRemedy;
  /** The correction this filing's page offers (更正本次备案): only for the newest filing of a term still ahead. */
  correction: { term: string; nextVersion: number } | null;
}

/**
 * Whether `filing` can be corrected on `today`: the form starts from the kindergarten's newest filing (its items, texts
 * and, for its term, its dates), so only the newest one of a term the form still offers is corrected from its own page;
 * the next version is the newest + 1.
 */
export function filingCorrection(filing: { term: string; version: number }, newestVersion: number, today: string): FilingCorrection {
  const remedy = filingRemedy(filing.term, today);
  return { remedy, correction: remedy === "correct" && filing.version === newestVersion ? { term: filing.term, nextVersion: newestVersion + 1 } : null };
}

/** What the advice says to do with a filing of `term` on `today` (a page that offers no correction itself: a case's). */
export function filingRemedy(term: string, today: string): FilingRemedy {
  return upcomingTerms(today).includes(term) ? "correct" : "nextTerm";
}
