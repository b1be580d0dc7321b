/**
 * The legal basis of a rule as it applies to one kindergarten. A basis entry
 * may carry `regions` (region code prefixes): a regional text (a province's
 * 代收 measure) binds only kindergartens there, so a flag raised elsewhere
 * must not cite it. Pure and dependency-free: the engine uses it for the
 * outcomes it returns, and the pages showing stored flags use it with the
 * kindergarten's region code.
 */
import type { LegalBasis } from "./types";

/** Whether a basis entry applies in `regionCode` (a 6-digit division code): national entries always do. */
export function basisAppliesIn(entry: LegalBasis, regionCode: string): boolean {
  return entry.regions === undefined || entry.regions.some((prefix) => regionCode.startsWith(prefix));
}

/**
 * The entries of `legalBasis` that apply to a kindergarten in `regionCode`.
 * Returns the same array when nothing is dropped (most rules cite no
 * regional text), so callers can compare by identity and nothing is copied.
 */
export function basisFor<B extends LegalBasis>(legalBasis: B[], regionCode: string): B[] {
  if (legalBasis.every((entry) => basisAppliesIn(entry, regionCode))) return legalBasis;
  return legalBasis.filter((entry) => basisAppliesIn(entry, regionCode));
}
