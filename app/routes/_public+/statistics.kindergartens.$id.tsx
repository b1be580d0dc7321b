/** One kindergarten's complaints and reports by year and where they stand (public, suppressed as the statistics are). */
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { KindergartenComplaintsTable } from "~/components/kindergarten-complaints-table";
import publicStyles from "~/components/public-kindergarten.css";
import { kindergartenComplaintHistory } from "~/domain/statistics/statistics.queries.server";
import { useT } from "~/utils/i18n";
import { getDb } from "~/web/db.server";
import { publicPageHeaders } from "~/web/public-caching.server";
import { pageTitle } from "~/utils/page-title";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: publicStyles }];

export const headers = publicPageHeaders;

export const meta = pageTitle<{ kindergarten: { name: string } }>("statistics.kgPage.docTitle", (data) => data.kindergarten.name);

export async function loader({ params }: LoaderFunctionArgs) {
  const found = await kindergartenComplaintHistory(getDb(), params.id ?? "");
  if (!found) throw new Response("Not found", { status: 404 });
  return { kindergarten: { id: found.kindergarten.id, name: found.kindergarten.name_in_use, place: found.kindergarten.place }, years: found.years };
}

export default function KindergartenComplaintHistory() {
  const { kindergarten: k, years } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("statistics.kgPage.title", { name: k.name })}</h1>
      <p className="muted">{k.place}</p>
      <p className="muted">{t("statistics.kgPage.intro")}</p>
      {years.length === 0 ? <p>{t("statistics.kgPage.none")}</p> : <KindergartenComplaintsTable rows={years} by="year" testId="kindergarten-complaint-years" />}
      <p className="muted">{t("statistics.suppressedNote")}</p>
      <p>
        <Link to={`/kindergartens/${k.id}`}>{t("statistics.kgPage.page")}</Link> · <Link to="/statistics">{t("nav.statistics")}</Link>
      </p>
    </section>
  );
}
