import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";

/** A parent's two ways in to complaints, filing one and following one, wherever a page sends them there. */
export function ComplaintLinks() {
  const t = useT();
  return (
    <p className="actions">
      <Link className="primary" to="/complaints/new">
        {t("complaint.home.new")}
      </Link>{" "}
      <Link className="tap" to="/complaints/track">
        {t("complaint.home.track")}
      </Link>
    </p>
  );
}
