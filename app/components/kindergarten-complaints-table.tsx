/**
 * Kindergartens' complaints and their outcomes as the public reads them
 * (the statistics page's list of a region, a kindergarten's own years):
 * figures withheld by suppression show as "<5".
 */
import { Link } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { KINDERGARTEN_OUTCOMES, shownFigure, type KindergartenComplaintRow } from "~/domain/statistics/statistics.schema";
import { useT } from "~/utils/i18n";

const FIGURES = ["received", "complaints", "reports", ...KINDERGARTEN_OUTCOMES, "closed"] as const;

/** `by`: a row per kindergarten (its name links to its complaint history) or per year. */
export function KindergartenComplaintsTable({ rows, by, testId }: { rows: readonly KindergartenComplaintRow[]; by: "kindergarten" | "year"; testId?: string }) {
  const t = useT();
  return (
    <DataTable
      testId={testId}
      rows={rows}
      rowKey={(k) => `${k.kindergarten_id}-${k.year}`}
      columns={[
        by === "kindergarten"
          ? { id: "name", header: t("statistics.kg.name"), key: true, cell: (k) => <Link to={`/statistics/kindergartens/${k.kindergarten_id}`}>{k.kindergarten_name}</Link> }
          : { id: "year", header: t("statistics.year"), key: true, cell: (k) => k.year },
        ...FIGURES.map((f) => ({ id: f, header: t(`statistics.kg.${f}`), numeric: true, cell: (k: KindergartenComplaintRow) => shownFigure(k[f]) })),
      ]}
    />
  );
}
