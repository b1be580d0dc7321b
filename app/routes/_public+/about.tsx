import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";
import { publicPageHeaders } from "~/web/public-caching.server";
import { pageTitle } from "~/utils/page-title";
import { ComplaintLinks } from "~/components/complaint-links";

/**
 * For parents: what the published fees are, why to check the receiving account before paying, and
 * where to report irregular charges. Static on purpose: no loader, so it answers even when the
 * database is busy, and `npm run bench:web` uses it as its bare-Remix baseline.
 */
export const headers = publicPageHeaders;

export const meta = pageTitle("about.title");

export default function About() {
  const t = useT();
  return (
    <article className="panel">
      <h1>{t("about.title")}</h1>
      <p>{t("about.intro")}</p>

      <section aria-labelledby="about-disclosure">
        <h2 id="about-disclosure">{t("about.disclosure.title")}</h2>
        <p>{t("about.disclosure.body")}</p>
        <p>{t("about.disclosure.items")}</p>
        <p>{t("about.disclosure.rules")}</p>
      </section>

      <section aria-labelledby="about-check">
        <h2 id="about-check">{t("about.check.title")}</h2>
        <p>{t("about.check.law")}</p>
        <p>{t("about.check.how")}</p>
        <ul>
          <li>{t("about.check.match")}</li>
          <li>{t("about.check.mismatch")}</li>
        </ul>
        <p className="muted">{t("about.check.noLogin")}</p>
        <p>
          <Link to="/kindergartens">{t("about.check.search")}</Link>
        </p>
      </section>

      <section aria-labelledby="about-report">
        <h2 id="about-report">{t("about.report.title")}</h2>
        <p>{t("about.report.examples")}</p>
        {/* The portal's own way first: the page used to name only offices and hotlines, a dead end for a parent here. */}
        <p>{t("about.report.online")}</p>
        <ComplaintLinks />
        <p>{t("about.report.where")}</p>
        <p>{t("about.report.keep")}</p>
      </section>
    </article>
  );
}
