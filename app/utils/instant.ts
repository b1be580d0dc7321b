/**
 * A moment (an ISO timestamp) as people in China read it: the wall-clock time
 * in Asia/Shanghai, in the UI language. Formatted by hand rather than with
 * Intl/toLocaleString because the server's Node and the reader's browser ship
 * different ICU data, whose output differs in spaces, month abbreviations and
 * the like; any difference is a hydration mismatch. China has kept UTC+8
 * without daylight saving since 1991, so the offset is a constant.
 */
import type { Lang } from "~/i18n";

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad = (n: number) => String(n).padStart(2, "0");

/** A month of the year (1–12) as a short label: "3月" / "Mar". */
export function formatMonthShort(month: number, lang: Lang): string {
  return lang === "en" ? (EN_MONTHS[month - 1] ?? String(month)) : `${month}月`;
}

/** A calendar month written YYYY-MM as a label: "2026年11月" / "Nov 2026"; a text not so written is returned as it is. */
export function formatYearMonth(month: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return lang === "en" ? `${formatMonthShort(Number(m[2]), lang)} ${m[1]}` : `${m[1]}年${Number(m[2])}月`;
}

/** "2026年11月30日 09:05" / "30 Nov 2026, 09:05"; a text that is not a timestamp is returned as it is. */
export function formatInstant(iso: string, lang: Lang): string {
  const parts = instantParts(iso, lang);
  return parts ? `${parts.day} ${parts.time}` : iso;
}

/** The day ("2026年11月30日" / "30 Nov 2026,") and the time ("09:05") of formatInstant; null for a text that is not a timestamp. */
export function instantParts(iso: string, lang: Lang): { day: string; time: string } | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + SHANGHAI_OFFSET_MS);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  const day =
    lang === "en" ? `${d.getUTCDate()} ${EN_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()},` : `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
  return { day, time };
}
