/**
 * Money is integer fen everywhere; yuan strings exist only at the UI edge.
 * Parsing works on the decimal string so 0.1 + 0.2 never happens.
 */
const YUAN = /^(\d{1,9})(?:\.(\d{1,2}))?$/;
/** Digits grouped by thousands as the portal itself writes amounts (2,380.00; 1,234,567). */
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?$/;

/**
 * An amount as people type it → fen: "1200.5" → 120050, and also full-width digits (２３８０), the grouping the
 * portal's own pages show (2,380.00), a ¥ before or 元 after, spaces around; null when it is not a non-negative
 * amount with at most 2 decimals.
 */
export function parseYuanToFen(text: string): number | null {
  let plain = text.normalize("NFKC").trim().replace(/^[¥￥]\s*/, "").replace(/\s*元$/, "");
  if (GROUPED.test(plain)) plain = plain.replaceAll(",", "");
  const m = YUAN.exec(plain);
  if (!m) return null;
  const fraction = (m[2] ?? "").padEnd(2, "0");
  return Number(m[1]) * 100 + Number(fraction);
}

/**
 * The message for a text parseYuanToFen refused, telling a sign or too many figures from a typo: "-100" is
 * "cannot be negative", "99999999999" "too large" (the form's own key where it has one), anything else the
 * form's own "not an amount".
 */
export function amountIssue(text: string, keys: { invalid: string; tooLarge?: string }): string {
  const compact = text.normalize("NFKC").replace(/[,\s]/g, "");
  if (/^[-−]\d/.test(compact)) return "amount.negative";
  if (/^\d{10,}(?:\.\d*)?$/.test(compact)) return keys.tooLarge ?? "amount.tooLarge";
  return keys.invalid;
}

const yuanFormats = new Map<string, Intl.NumberFormat>();

/** 120050 → "1,200.50" */
export function formatFen(fen: number, locale = "zh-CN"): string {
  // One formatter per locale: toLocaleString builds a new one on every call (~25 µs; a fee page formats dozens).
  let format = yuanFormats.get(locale);
  if (!format) yuanFormats.set(locale, (format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })));
  return format.format(fen / 100);
}

/** 120050 → "1200.50": for form fields, no grouping. */
export function fenToYuanInput(fen: number): string {
  return (fen / 100).toFixed(2);
}
