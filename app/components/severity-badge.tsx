/** How serious a rule's finding is, as a coloured badge named by its colour (红色预警, 黄色预警, 信息: the words of the rule files and thresholds); no severity reads "no issues". */
import { useT } from "~/utils/i18n";

export function SeverityBadge({ severity }: { severity: string | null }) {
  const t = useT();
  if (!severity) return <span className="badge ok">{t("fees.noFlags")}</span>;
  return <span className={`badge ${severity}`}>{t(`severity.${severity}`)}</span>;
}

/** The severities a rule can give. */
export function SeverityBadges({ severities }: { severities: string[] }) {
  return (
    <>
      {severities.map((s) => (
        <SeverityBadge key={s} severity={s} />
      ))}
    </>
  );
}
