/** A kindergarten's public page (公示): no sign-in; an unknown, malformed or closed id is "not found". */
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { pageTitle } from "~/utils/page-title";
import { Link, useLoaderData } from "@remix-run/react";
import publicStyles from "~/components/public-kindergarten.css";
import {
  FeeScheduleSection,
  GuidancePriceSection,
  KindergartenFacts,
  MaskedAccountSection,
  MealFundSection,
  OpenDataLinks,
  ScheduleHistory,
} from "~/components/public-kindergarten";
import { AccountCheckForm, notAfterAccountCheck } from "~/components/account-check";
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { kindergartenDisclosure } from "~/domain/disclosure/disclosure.queries.server";
import { getDb } from "~/web/db.server";
import { publicPageHeaders } from "~/web/public-caching.server";
import { useLang, useT } from "~/utils/i18n";

// A check answers in place: the page's data does not change with it.
export const shouldRevalidate = notAfterAccountCheck;

export const links: LinksFunction = () => [{ rel: "stylesheet", href: publicStyles }];

export const headers = publicPageHeaders;

export const meta = pageTitle<{ kindergarten: { name_in_use: string } }>("disclosure.search.title", (data) => data.kindergarten.name_in_use);

export async function loader({ params }: LoaderFunctionArgs) {
  const view = await kindergartenDisclosure(getDb(), params.id ?? "");
  if (!view) throw new Response("Not found", { status: 404 });
  return view;
}

export default function KindergartenPublicPage() {
  const view = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const k = view.kindergarten;
  return (
    <>
      <section className="panel">
        <p>
          <Link className="tap" to="/kindergartens">
            {t("disclosure.back")}
          </Link>
        </p>
        <h1>{k.name_in_use}</h1>
        <KindergartenFacts kindergarten={k} />
        <p className="muted">
          <Interpolate id="disclosure.asOf" vars={{ date: <CivilDate value={view.asOf} /> }} />
        </p>
        {/* An English reader is told why descriptions, refund rules and the like are in Chinese (they are marked lang="zh-CN"). */}
        {lang === "en" ? <p className="muted">{t("disclosure.filedInChinese")}</p> : null}
        {/* The check is what a parent about to pay came for; it sits after the fees and the account, far down. */}
        <p>
          <a className="tap" href="#check">
            {t("accountCheck.jump")}
          </a>
        </p>
      </section>
      <FeeScheduleSection title={t("disclosure.inForce.title")} schedule={view.inForce} none={t("disclosure.inForce.none")} />
      <FeeScheduleSection title={t("disclosure.next.title")} schedule={view.next} none={t("disclosure.next.none")} />
      {view.guidancePrices ? <GuidancePriceSection prices={view.guidancePrices} /> : null}
      <MaskedAccountSection account={view.account} upcoming={view.upcomingAccount} />
      <MealFundSection mealFund={view.mealFund} />
      <section className="panel" aria-labelledby="account-check" id="check">
        <h2 id="account-check">{t("accountCheck.title")}</h2>
        <p className="muted">{t("accountCheck.intro")}</p>
        <AccountCheckForm kindergartenId={k.id} />
      </section>
      <section className="panel" aria-labelledby="complaint-link">
        <h2 id="complaint-link">{t("complaint.kgLink")}</h2>
        <p className="muted">{t("complaint.kgLink.hint")}</p>
        <p>
          <Link className="primary" to={`/complaints/new?kindergarten=${encodeURIComponent(k.id)}`}>
            {t("complaint.kgLink")}
          </Link>
        </p>
        <p>
          <Link className="tap" to={`/statistics/kindergartens/${encodeURIComponent(k.id)}`}>
            {t("statistics.kgPage.link")}
          </Link>
        </p>
      </section>
      <ScheduleHistory history={view.history} />
      <section className="panel">
        <OpenDataLinks kindergartenId={k.id} />
      </section>
    </>
  );
}
