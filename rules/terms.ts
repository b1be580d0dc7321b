/**
 * School terms as filings name them: "2025-autumn", "2026-spring". A spring
 * term starts on 1 March, an autumn term on 1 September; a term runs up to
 * (not including) the next term's start. The filing form (app/domain) and
 * the rules (R12: the free final year starts with a term) read terms the
 * same way, through this module.
 */

/** A term as filings write it: the year, then spring or autumn. */
export const TERM_PATTERN = /^\d{4}-(spring|autumn)$/;

export function isTerm(value: unknown): value is string {
  return typeof value === "string" && TERM_PATTERN.test(value);
}

/** The first day of a term and of the term after it (YYYY-MM-DD). The term must match TERM_PATTERN. */
export function termBounds(term: string): { start: string; nextStart: string } {
  if (!isTerm(term)) throw new RangeError(`a term is YYYY-spring or YYYY-autumn, got "${term}"`);
  const [year, season] = term.split("-");
  return season === "spring"
    ? { start: `${year}-03-01`, nextStart: `${year}-09-01` }
    : { start: `${year}-09-01`, nextStart: `${Number(year) + 1}-03-01` };
}
