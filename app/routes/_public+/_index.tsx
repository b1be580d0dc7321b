import { Link, useRouteLoaderData } from "@remix-run/react";
import type { loader as rootLoader } from "~/root";
import { useT } from "~/utils/i18n";

export default function Home() {
  const t = useT();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  return (
    <section className="panel">
      <h1>{t("app.title")}</h1>
      <p>{t("home.intro")}</p>
      <ul>
        <li>{t("home.operator")}</li>
        <li>{t("home.officer")}</li>
        <li className="muted">{t("home.public")}</li>
      </ul>
      {root?.actor ? null : (
        <p>
          <Link className="primary" to="/login">{t("nav.login")}</Link>
        </p>
      )}
    </section>
  );
}
