/** A rule version's standing: the period it applies (or its file allows), its activation status, its file. */
import { useT } from "~/utils/i18n";

export function Period({ from, to }: { from: string; to: string | null }) {
  const t = useT();
  return <>{to === null ? t("rulesConfig.periodOpen", { from }) : t("rulesConfig.period", { from, to })}</>;
}

export function VersionStatus({ status }: { status: string }) {
  const t = useT();
  const tone = status === "in_force" ? "ok" : status === "scheduled" ? "amber" : "";
  return <span className={`badge ${tone}`}>{t(`rulesConfig.status.${status}`)}</span>;
}

/** A rule version's file cells: its file name and the period the file allows. */
export function RuleFileCells({ version }: { version: { file: string; fileFrom: string; fileTo: string | null } }) {
  const t = useT();
  return (
    <>
      <td data-label={t("rulesConfig.col.file")}>
        <code>{version.file}</code>
      </td>
      <td data-label={t("rulesConfig.col.filePeriod")}>
        <Period from={version.fileFrom} to={version.fileTo} />
      </td>
    </>
  );
}
