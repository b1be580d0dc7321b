/** 双随机一公开: the spot-check draws and the kindergartens drawn, for anyone (no officer is named). */
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { pageTitle } from "~/utils/page-title";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import publicStyles from "~/components/public-kindergarten.css";
import { Instant } from "~/components/instant";
import { publishedSpotChecks } from "~/domain/spot-checks/spot-check.queries.server";
import { getDb } from "~/web/db.server";
import { publicPageHeaders } from "~/web/public-caching.server";
import { queryParam, readQuery } from "~/web/query.server";
import { useT } from "~/utils/i18n";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: publicStyles }];

export const headers = publicPageHeaders;

export const meta = pageTitle("spotChecks.public.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { before } = readQuery(request, z.object({ before: queryParam.text(26) }));
  return publishedSpotChecks(getDb(), before ?? null);
}

export default function PublicSpotChecks() {
  const { draws, next } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("spotChecks.public.title")}</h1>
      <p className="muted">{t("spotChecks.public.intro")}</p>
      {draws.length === 0 ? <p>{t("spotChecks.none")}</p> : null}
      <ul className="case-list" data-testid="public-spot-checks">
        {draws.map((d) => (
          <li key={d.drawId}>
            <h2>
              {d.regionName} · <Instant value={d.drawnAt} />
            </h2>
            {d.redrawReason ? (
              <p>{t("text.labelled", { label: t("spotChecks.redrawReason"), value: d.redrawReason })}</p>
            ) : null}
            <ol>
              {d.kindergartens.map((k, i) => (
                <li key={i}>
                  {k.name} · {k.district} · {t(`nature.${k.nature}`)}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
      {next ? (
        <p>
          <Link className="tap" to={`?before=${next}`}>{t("spotChecks.more")}</Link>
        </p>
      ) : null}
    </section>
  );
}
