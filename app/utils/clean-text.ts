/**
 * Text hygiene for everything users type or upload: what is stored is what
 * an officer will read, so characters that are invisible, reorder the text
 * around them (a U+202E can make "gpj.exe" display as "exe.jpg"), or end C
 * strings in other tools (NUL) are removed once, at the edge, and the rest
 * is NFC-normalized so that the same words compare and search the same.
 */

/**
 * C0 controls but tab and newline, DEL, C1 controls; bidi embeddings,
 * overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E,
 * U+200F, U+061C); zero-width space, non-joiner, joiner, word joiner and
 * the byte-order mark used as a zero-width no-break space.
 */
const UNWANTED_CLASS = "[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C\\u200B-\\u200D\\u2060\\uFEFF]";
const UNWANTED_ALL = new RegExp(UNWANTED_CLASS, "g");
const UNWANTED_ANY = new RegExp(UNWANTED_CLASS);

/**
 * The text with CR LF and lone CR as LF (browsers send a textarea's line
 * breaks as CR LF), the unwanted characters removed, then NFC-normalized.
 * Removal comes first so that letters it brings together still compose.
 */
export function cleanText(value: string): string {
  const lines = value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
  return lines.replace(UNWANTED_ALL, "").normalize("NFC");
}

/** Whether cleanText would change anything (for tests and checks on stored data). */
export function hasUnwantedCharacters(value: string): boolean {
  return UNWANTED_ANY.test(value) || value !== value.normalize("NFC");
}
