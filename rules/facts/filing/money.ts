/**
 * Exact integer arithmetic for the filing facts. Money is integer fen and
 * rates are integer basis points (1 bp = 0.01 %); every comparison that
 * decides whether a rule fires is integer arithmetic, so no floating-point
 * ratio is ever compared with a threshold. The checks here reject a
 * non-integer amount before it can be compared at all.
 */

/** floor(a / b) for safe integers, b > 0, without floating-point error. */
export function floorDiv(a: number, b: number): number {
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || b <= 0) {
    throw new RangeError(`floorDiv needs safe integers and b > 0, got ${a} / ${b}`);
  }
  // The float quotient is within one of the true floor; correct it exactly.
  let q = Math.floor(a / b);
  while (q * b > a) q -= 1;
  while ((q + 1) * b <= a) q += 1;
  return q;
}

/** Format basis points as a percentage with two decimals, using integers only ("9.99", "-5.00"). */
export function bpToPercentString(bp: number): string {
  const sign = bp < 0 ? "-" : "";
  const abs = Math.abs(bp);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

export function requireFen(value: number, what: string): number {
  if (!Number.isSafeInteger(value)) throw new TypeError(`${what} must be an integer number of fen, got ${value}`);
  return value;
}

export function requireOptionalFen(value: number | null, what: string): number | null {
  return value === null ? null : requireFen(value, what);
}

/** The largest value, or null when there is none (the "max…" facts: null means nothing to judge). */
export function maxOrNull(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => (b > a ? b : a));
}

/** fen → yuan with two decimals and thousands grouped, integer arithmetic ("1,234.50", "-0.01"), as the pages write amounts. */
export function formatYuan(fen: number): string {
  if (!Number.isSafeInteger(fen)) return String(fen);
  const abs = Math.abs(fen);
  const yuan = String(Math.trunc(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ",");
  return `${fen < 0 ? "-" : ""}${yuan}.${String(abs % 100).padStart(2, "0")}`;
}
