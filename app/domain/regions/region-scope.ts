/**
 * Regions and jurisdictions, the one place that knows how GB/T 2260 codes
 * nest: 330000 (province) ⊃ 330200 (city) ⊃ 330203 (district), by prefix.
 *
 * A scope is what an actor may do somewhere: everywhere (admin), in a region
 * and below (an officer's own code), or nowhere. Every feature derives its
 * scopes from a pair of permissions with scopeFor, so "covers" and "sees"
 * mean the same thing for cases, guidance prices, the fee-item catalogue and
 * rule parameters.
 */
import { isWithinRegion, type RegionScope } from "~/utils/region-codes";

// The scope's shape and its prefix test live in app/utils (users, below regions, scopes its accounts with them), and
// scopeFor beside the grants it reads (domain/users/actor.ts); every feature keeps importing them from here.
export { coversRegion, isWithinRegion, regionCodeBounds, regionPrefix, type RegionScope } from "~/utils/region-codes";
export { scopeFor } from "~/domain/users/actor";

/** The narrower of two regions when one lies within the other (either, when they are the same); null when neither does. */
export function narrowerRegion(a: string, b: string): string | null {
  if (isWithinRegion(a, b)) return b;
  return isWithinRegion(b, a) ? a : null;
}

/**
 * What a region a search query names confines the search to, given the region chosen in its filters: the region
 * named, or the chosen one when that is narrower; null when the two lie apart (leading-region.ts' `confine`).
 */
export function confinedBy(chosen: string | undefined): (named: string) => string | null {
  return (named) => (chosen === undefined ? named : narrowerRegion(chosen, named));
}

/** A district's code with its city's and province's: 330203 → 330203, 330200, 330000. */
export function regionChain(code: string): [district: string, city: string, province: string] {
  return [code, `${code.slice(0, 4)}00`, `${code.slice(0, 2)}0000`];
}

/**
 * A region chosen in a public filter, read as the narrowest code given with its own province and city. A filter names
 * the narrowest region; the form shows that region's province and city chosen, so that what the list is filtered by
 * is what the choosers say (`?district=330203` alone, or a district under another province's `?province=`, showed
 * 全部 while it filtered).
 */
export function regionChainOf(chosen: { province?: string; city?: string; district?: string }): { province?: string; city?: string; district?: string } {
  const narrowest = chosen.district ?? chosen.city ?? chosen.province;
  if (narrowest === undefined) return {};
  const [district, city, province] = regionChain(narrowest);
  if (narrowest === province) return { province };
  if (narrowest === city) return { province, city };
  return { province, city, district };
}

/** A code and the codes above it, without repeats (a city's chain has two entries). */
export function regionAndAncestors(code: string): string[] {
  return [...new Set(regionChain(code))];
}

/** The most specific code that contains every given code, or null when they span provinces. */
export function commonRegion(codes: readonly string[]): string | null {
  if (codes.length === 0) return null;
  for (const candidate of regionAndAncestors(codes[0])) {
    if (codes.every((code) => isWithinRegion(candidate, code))) return candidate;
  }
  return null;
}

/** Readable: below the scope's region, or one of the regions above it (their tables and items apply here too). */
export function seesRegion(scope: RegionScope, code: string): boolean {
  if (scope.kind !== "region") return scope.kind === "all";
  return isWithinRegion(scope.regionCode, code) || isWithinRegion(code, scope.regionCode);
}
