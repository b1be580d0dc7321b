/**
 * Keyset paging's cursor: the last row's sort key as an opaque, URL-safe
 * token. Decoding never throws: a token that is not a list of strings (each
 * at most `maxLength`) and numbers reads as no cursor, the first page, so a
 * mangled or forged one costs nothing.
 */
export type CursorKey = ReadonlyArray<string | number>;

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(text: string | undefined, maxLength = 64): Array<string | number> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    const fits = (v: unknown) => (typeof v === "string" && v.length <= maxLength) || (typeof v === "number" && Number.isFinite(v));
    return Array.isArray(value) && value.every(fits) ? (value as Array<string | number>) : null;
  } catch {
    return null;
  }
}
