/**
 * GB/T 2260 codes nest by prefix: 330000 (province) ⊃ 330200 (city) ⊃ 330203
 * (district). An officer's jurisdiction is every code that starts with the
 * significant prefix of their own code.
 */
export function regionPrefix(code: string): string {
  if (code.endsWith("0000")) return code.slice(0, 2);
  if (code.endsWith("00")) return code.slice(0, 4);
  return code;
}

export function isWithinRegion(scopeCode: string, code: string): boolean {
  return code.startsWith(regionPrefix(scopeCode));
}
