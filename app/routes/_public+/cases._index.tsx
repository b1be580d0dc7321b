/** 典型案例: the published violation cases, newest first, for anyone; filtered by region, year, decision and kind of kindergarten. */
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { pageTitle } from "~/utils/page-title";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { datedWords } from "~/components/instant";
import { ListLink } from "~/components/list-link";
import publicStyles from "~/components/public-kindergarten.css";
import { RegionSelect, useRegionCascade } from "~/components/region-select";
import { NATURES } from "~/domain/disclosure/disclosure.schema";
import { PUBLIC_DECISION_KINDS } from "~/domain/publication/public-case.schema";
import { publicCaseListPage } from "~/domain/publication/public-cases.queries.server";
import { getDb } from "~/web/db.server";
import { publicPageHeaders } from "~/web/public-caching.server";
import { FIRST_YEAR, publicCaseFilters, publicCasesQuery } from "~/web/public-cases.server";
import { readQuery } from "~/web/query.server";
import { shanghaiDate } from "~/utils/working-days";
import { useT } from "~/utils/i18n";
import { regionChainOf } from "~/domain/regions/region-scope";
import type { SharedPublicPage } from "~/domain/public-reads/public-sources";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: publicStyles }];

/** The same for every signed-out reader until these change: kept between changes (app/web/shared-reads.server.ts). */
export const handle = { sharedPublicPage: { sources: ["public_cases", "regions"], query: ["province", "city", "district", "year", "kind", "nature", "after"] } satisfies SharedPublicPage };

export const headers = publicPageHeaders;

export const meta = pageTitle("publicCases.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const query = readQuery(request, publicCasesQuery);
  const { after: _after, province: _p, city: _c, district: _d, ...rest } = query;
  const form = { ...rest, ...regionChainOf(query) };
  const { cases, next, choices } = await publicCaseListPage(getDb(), publicCaseFilters(form), form, query.after);
  const thisYear = Number(shanghaiDate().slice(0, 4));
  // What the list shows of each case, no more: the page's data goes out beside its HTML, and a case's content is long.
  const shown = cases.map(({ id, content: { kindergarten, decision, summary } }) => ({
    id,
    name: kindergarten.name,
    place: kindergarten.place,
    nature: kindergarten.nature,
    decisionKind: decision.kind,
    decidedOn: decision.decidedOn,
    summary,
  }));
  return { cases: shown, next, choices, form, years: Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i), search: new URL(request.url).search };
}

export default function PublicCases() {
  const { cases, next, choices, form, years, search } = useLoaderData<typeof loader>();
  const t = useT();
  // A new province or city changes the lists below it: submit at once (without JavaScript, the button does).
  const cascade = useRegionCascade();
  const withCursor = (cursor: string) => {
    const params = new URLSearchParams(Object.entries(form).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
    params.set("after", cursor);
    return `/cases?${params}`;
  };
  const feedQuery = new URLSearchParams(search);
  feedQuery.delete("after");
  return (
    <section className="panel">
      <h1>{t("publicCases.title")}</h1>
      <p className="muted">{t("publicCases.intro")}</p>
      <Form method="get" action="/cases" key={JSON.stringify(form)} className="search-filters">
        <div className="grid">
          <RegionSelect idPrefix="cases" name="province" label={t("disclosure.search.province")} value={form.province ?? ""} options={choices.provinces} onChange={cascade} />
          <RegionSelect idPrefix="cases" name="city" label={t("disclosure.search.city")} value={form.city ?? ""} options={choices.cities} onChange={cascade} />
          <RegionSelect idPrefix="cases" name="district" label={t("disclosure.search.district")} value={form.district ?? ""} options={choices.districts} />
          <Choice name="year" label={t("publicCases.filter.year")} value={form.year === undefined ? "" : String(form.year)} options={years.map((y) => [String(y), String(y)])} />
          <Choice name="kind" label={t("publicCases.filter.kind")} value={form.kind ?? ""} options={PUBLIC_DECISION_KINDS.map((k) => [k, t(`case.decisionKind.${k}`)])} />
          <Choice name="nature" label={t("publicCases.filter.nature")} value={form.nature ?? ""} options={NATURES.map((n) => [n, t(`nature.${n}`)])} />
        </div>
        <button type="submit" className="primary">{t("publicCases.filter.apply")}</button>
      </Form>
      {cases.length === 0 ? (
        <p>{t("publicCases.none")}</p>
      ) : (
        <ul className="case-list" data-testid="public-case-list">
          {cases.map((c) => (
            <li key={c.id}>
              <h2>
                {/* Each line one string: adjacent text children would each be a text node and a separator comment. */}
                <ListLink to={`/cases/${c.id}`}>{`${c.name} · ${t(`case.decisionKind.${c.decisionKind}`)}`}</ListLink>
              </h2>
              <p className="muted">{datedWords(`${c.place} · ${t(`nature.${c.nature}`)} · ${t("publicCases.decidedOn")} ${c.decidedOn}`)}</p>
              <p lang="zh-CN">{datedWords(c.summary)}</p>
            </li>
          ))}
        </ul>
      )}
      {/* Each link on its own a finger's height (they were 19 px, side by side under the list). */}
      <p className="pager">
        {next ? (
          <Link className="tap" to={withCursor(next)}>
            {t("publicCases.next")}
          </Link>
        ) : null}
        <a className="tap" href={`/cases.atom${feedQuery.size > 0 ? `?${feedQuery}` : ""}`}>
          {t("publicCases.feed")}
        </a>
        <Link className="tap" to="/spot-checks">
          {t("spotChecks.public.title")}
        </Link>
      </p>
    </section>
  );
}

function Choice(props: { name: string; label: string; value: string; options: ReadonlyArray<readonly [string, string]> }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={`cases-${props.name}`}>{props.label}</label>
      <select id={`cases-${props.name}`} name={props.name} defaultValue={props.value}>
        <option value="">{t("publicCases.filter.any")}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
