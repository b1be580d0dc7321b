/**
 * A count as people type it → a number: "180", full-width "１８０" (a Chinese keyboard's digits), the grouping the
 * portal's own pages show ("1,200"), spaces around, and the field's own counting word after it ("180 人", "21天",
 * "3户"); null for anything else — a sign, a fraction, other words, "1e3", "0x10" (which `Number` would read).
 * Client-safe: the forms validate with the same schemas.
 */
export function parseWholeNumber(text: string, words: readonly string[] = []): number | null {
  let plain = text.normalize("NFKC").trim();
  const word = words.find((w) => plain.endsWith(w));
  if (word) plain = plain.slice(0, plain.length - word.length).trimEnd();
  if (/^\d{1,3}(?:,\d{3})+$/.test(plain)) plain = plain.replaceAll(",", "");
  return /^\d{1,9}$/.test(plain) ? Number(plain) : null;
}

/** The words a count of children, of days and of families may be typed with. */
export const COUNT_WORDS = {
  children: ["个孩子", "人", "名"],
  days: ["天", "日"],
  families: ["个家庭", "户家庭", "家庭", "户", "家"],
} as const;
