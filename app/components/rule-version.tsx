/** A rule version's standing: the period it applies (or its file allows), its activation status, its file. */
import type { Column } from "~/components/data-table";
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { useT } from "~/utils/i18n";

export function Period({ from, to }: { from: string; to: string | null }) {
  const days = { from: <CivilDate value={from} />, to: to === null ? null : <CivilDate value={to} /> };
  return <Interpolate id={to === null ? "rulesConfig.periodOpen" : "rulesConfig.period"} vars={days} />;
}

export function VersionStatus({ status }: { status: string }) {
  const t = useT();
  const tone = status === "in_force" ? "ok" : status === "scheduled" ? "amber" : "";
  return <span className={`badge ${tone}`}>{t(`rulesConfig.status.${status}`)}</span>;
}

interface RuleFile {
  file: string;
  fileFrom: string;
  fileTo: string | null;
}

/** The file columns of a DataTable whose rows carry a rule version: its file name and the period the file allows. */
export function useRuleFileColumns<Row>(fileOf: (row: Row) => RuleFile): Column<Row>[] {
  const t = useT();
  return [
    { id: "file", header: t("rulesConfig.col.file"), cell: (row) => <code>{fileOf(row).file}</code> },
    {
      id: "filePeriod",
      header: t("rulesConfig.col.filePeriod"),
      cell: (row) => <Period from={fileOf(row).fileFrom} to={fileOf(row).fileTo} />,
    },
  ];
}
