/** A published case (典型案例), for anyone, on a phone first; a withdrawn one says so, without its content (410). */
import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { langOf, titleIn } from "~/utils/page-title";
import { translate } from "~/i18n";
import { Link, useLoaderData } from "@remix-run/react";
import publicStyles from "~/components/public-kindergarten.css";
import { PublicCaseArticle } from "~/components/public-case";
import { CopyButton } from "~/components/copy-button";
import { publicCaseById } from "~/domain/publication/public-cases.queries.server";
import { getDb } from "~/web/db.server";
import { publicCaseHeaders } from "~/web/public-caching.server";
import { useT } from "~/utils/i18n";
import type { SharedPublicPage } from "~/domain/public-reads/public-sources";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: publicStyles }];

/** The same for every signed-out reader until these change: kept between changes (app/web/shared-reads.server.ts). */
export const handle = { sharedPublicPage: { sources: ["public_cases"], query: [] } satisfies SharedPublicPage };

export const headers = publicCaseHeaders;

export async function loader({ params }: LoaderFunctionArgs) {
  const reading = await publicCaseById(getDb(), params.id ?? "");
  if (!reading) throw new Response("Not found", { status: 404 });
  // Gone, not missing: whoever shared the link learns the case was taken down.
  return reading.status === "withdrawn" ? data(reading, { status: 410 }) : reading;
}

/** A shared link shows the kindergarten and the issue (the summary is the public text itself). */
export const meta: MetaFunction<typeof loader> = ({ data: reading, matches }) => {
  const lang = langOf(matches);
  if (!reading || reading.status !== "published") return [{ title: titleIn(lang, "publicCases.title") }];
  // As the page and the list head it: the kindergarten and what was decided.
  const title = titleIn(lang, "publicCases.title", `${reading.content.kindergarten.name} · ${translate(lang, `case.decisionKind.${reading.content.decision.kind}`)}`);
  return [
    { title },
    { name: "description", content: reading.content.summary.slice(0, 160) },
    { property: "og:title", content: title },
    { property: "og:description", content: reading.content.summary.slice(0, 160) },
  ];
};

export default function PublicCasePage() {
  const reading = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <p>
        <Link className="tap" to="/cases">← {t("publicCases.title")}</Link>
      </p>
      {reading.status === "published" ? (
        <>
          <PublicCaseArticle content={reading.content} publishedOn={reading.publishedOn} />
          <ShareLink />
        </>
      ) : (
        <div data-testid="withdrawn">
          <h1>{t("publicCases.withdrawn")}</h1>
          <p>{t("publicCases.withdrawnBody", { date: reading.withdrawnOn, reason: t(`publication.withdrawal.${reading.reason ?? "expired"}`) })}</p>
        </div>
      )}
    </section>
  );
}

/** Copies the page's address (a parent passing it on in a chat); without JavaScript the address bar does the same. */
function ShareLink() {
  const t = useT();
  return (
    <p>
      <CopyButton text={() => window.location.href} label={t("publicCases.share")} copiedLabel={t("publicCases.shareCopied")} />
    </p>
  );
}
