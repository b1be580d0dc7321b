/**
 * GB/T 2260 code arithmetic: 330000 (province) ⊃ 330200 (city) ⊃ 330203 (district), by prefix. Pure, so every
 * feature folder may use it (domain/regions, which knows jurisdictions, imports users; users reads codes too).
 */

/** The code's significant prefix: every code below it starts with it. */
export function regionPrefix(code: string): string {
  if (code.endsWith("0000")) return code.slice(0, 2);
  if (code.endsWith("00")) return code.slice(0, 4);
  return code;
}

/** A code at or below the scope code's region (the region itself included). */
export function isWithinRegion(scopeCode: string, code: string): boolean {
  return code.startsWith(regionPrefix(scopeCode));
}

/** What an actor may do somewhere: everywhere (admin), in a region and below (an officer's own code), or nowhere. */
export type RegionScope = { kind: "all" } | { kind: "region"; regionCode: string } | { kind: "none" };

/** The scope's own region and everything below it. */
export function coversRegion(scope: RegionScope, code: string): boolean {
  if (scope.kind === "all") return true;
  if (scope.kind === "none") return false;
  return isWithinRegion(scope.regionCode, code);
}

/**
 * The codes at or below `code` as a condition an index can serve: the code
 * itself for a district (nothing is below it), else the range of its prefix
 * ("3302" → from "3302" up to, not including, "3303"). A LIKE 'prefix%' is
 * read through no index: SQLite's LIKE is case-insensitive by default, and
 * Postgres needs the C collation for it.
 */
export function regionCodeBounds(code: string): { equals: string } | { from: string; before: string } {
  const prefix = regionPrefix(code);
  if (prefix.length === 6) return { equals: prefix };
  return { from: prefix, before: String(Number(prefix) + 1).padStart(prefix.length, "0") };
}

/** The level a six-digit code names: xx0000 a province, xxxx00 a prefecture-level city, anything else a district. */
export function regionLevel(code: string): "province" | "city" | "district" {
  return code.endsWith("0000") ? "province" : code.endsWith("00") ? "city" : "district";
}

/** The code of the region directly above: a district's city (330203 → 330200), a city's province; none above a province. */
export function regionParent(code: string): string | null {
  const level = regionLevel(code);
  if (level === "province") return null;
  return level === "city" ? `${code.slice(0, 2)}0000` : `${code.slice(0, 4)}00`;
}
