/**
 * A fee filing as the pages name it, to a bookkeeper and to an officer alike: its term and version, "2027年秋季学期 ·
 * 第 4 版" / "2027 autumn term · version 4". The answer form offers the filings so, and the answer it sent names the
 * one chosen the same way (it read "第 4 次备案", a number the form never showed).
 */
import { formatTerm } from "~/utils/term";
import { useLang, useT } from "~/utils/i18n";

export function useFilingName(): (filing: { term: string; version: number }) => string {
  const t = useT();
  const lang = useLang();
  return (filing) => `${formatTerm(filing.term, lang)} · ${t("fees.versionNo", { version: filing.version })}`;
}
