import type { LinksFunction } from "@remix-run/node";
import { Form, Link, useRouteLoaderData } from "@remix-run/react";
import publicStyles from "~/components/public-kindergarten.css";
import { SEARCH_MAX_CHARS } from "~/domain/disclosure/disclosure.schema";
import type { loader as rootLoader } from "~/root";
import { useT } from "~/utils/i18n";
import { ComplaintLinks } from "~/components/complaint-links";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: publicStyles }];

export default function Home() {
  const t = useT();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  return (
    <>
      {/* Parents come for one kindergarten: the search is the first thing, one tap from its results. */}
      <section className="panel">
        <h1>{t("home.search.title")}</h1>
        <Form method="get" action="/kindergartens" role="search">
          <label htmlFor="home-q">{t("disclosure.search.label")}</label>
          <div className="search-box">
            <input id="home-q" name="q" type="search" maxLength={SEARCH_MAX_CHARS} placeholder={t("disclosure.search.placeholder")} autoComplete="off" />
            <button type="submit" className="primary">
              {t("disclosure.search.submit")}
            </button>
          </div>
        </Form>
        <p className="muted">{t("home.search.hint")}</p>
      </section>
      {/* The other thing parents come for: reporting a charge, and following it afterwards. */}
      <section className="panel" aria-labelledby="home-complaints">
        <h2 id="home-complaints">{t("complaint.home.title")}</h2>
        <p>{t("complaint.home.hint")}</p>
        <ComplaintLinks />
      </section>
      {/* What the supervision led to: decided violations, published without personal data. */}
      <section className="panel" aria-labelledby="home-cases">
        <h2 id="home-cases">{t("publicCases.title")}</h2>
        <p>{t("publicCases.intro")}</p>
        <p>
          <Link className="tap" to="/cases">
            {t("publicCases.home.link")}
          </Link>
        </p>
      </section>
      {/* What the supervision adds up to, for anyone: figures by region and month. */}
      <section className="panel" aria-labelledby="home-statistics">
        <h2 id="home-statistics">{t("home.statistics.title")}</h2>
        <p>{t("home.statistics.hint")}</p>
        <p>
          <Link className="tap" to="/statistics">
            {t("home.statistics.link")}
          </Link>
        </p>
      </section>
      <section className="panel">
        <h2>{t("app.title")}</h2>
        <p>{t("home.intro")}</p>
        <ul>
          <li>{t("home.operator")}</li>
          <li>{t("home.officer")}</li>
        </ul>
        {root?.actor ? null : (
          <p>
            <Link className="primary" to="/login">{t("nav.login")}</Link>
          </p>
        )}
      </section>
    </>
  );
}
