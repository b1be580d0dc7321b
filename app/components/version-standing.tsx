/** Where a filed fee schedule's version stands today, as the domain read it from the versions' lineage (versionStandings). */
import type { VersionStanding } from "~/domain/filings/schedules";
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { useT } from "~/utils/i18n";

export function VersionStandingText({ standing }: { standing: VersionStanding }) {
  const t = useT();
  switch (standing.state) {
    case "in_force":
      return <span className="badge">{t("fees.standing.in_force")}</span>;
    case "coming":
      return <Interpolate id="fees.standing.coming" vars={{ date: <CivilDate value={standing.from} /> }} />;
    case "replaced":
      return (
        <span className="muted">
          <Interpolate id="fees.standing.replaced" vars={{ version: standing.by, date: <CivilDate value={standing.from} /> }} />
        </span>
      );
    case "never_in_force":
      return <span className="muted">{t("fees.standing.never_in_force", { version: standing.correctedBy })}</span>;
  }
}
