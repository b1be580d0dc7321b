import { listOf } from "~/i18n";
import { legalArticleWords } from "~/i18n/legal-articles";
import { legalDocumentWords } from "~/i18n/legal-documents";
import { useLang, useT } from "~/utils/i18n";

/**
 * The documents and articles a rule rests on, one per line (in English with the
 * Chinese title beside: app/i18n/legal-documents.ts; its article as "Art. 69 ¶2":
 * app/i18n/legal-articles.ts). A regional entry
 * (a province's own measure) names the region codes where it applies: a
 * flag cites it only for a kindergarten there.
 */
export function LegalBasisList({ basis }: { basis: Array<{ document: string; article?: string; regions?: string[] }> }) {
  const t = useT();
  const lang = useLang();
  return (
    <ul className="legal-basis">
      {basis.map((b, i) => (
        <li key={i}>
          {legalDocumentWords(b.document, lang)}
          {b.article ? ` ${legalArticleWords(b.article, lang)}` : ""}
          {b.regions ? ` ${t("rulesConfig.rule.legalBasisRegions", { regions: listOf(b.regions, lang) })}` : ""}
        </li>
      ))}
    </ul>
  );
}
