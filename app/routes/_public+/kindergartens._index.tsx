/** The public kindergarten search (no sign-in): by name, region and type, 20 a page. */
import { FilterSelect } from "~/components/filter-select";
import { data, type LinksFunction, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ListLink } from "~/components/list-link";
import publicStyles from "~/components/public-kindergarten.css";
import { RegionSelect, useRegionCascade } from "~/components/region-select";
import { kindergartenSearchPage } from "~/domain/disclosure/kindergarten-search.queries.server";
import { NATURES, SEARCH_MAX_CHARS, SEARCH_PAGE_SIZE } from "~/domain/disclosure/disclosure.schema";
import { getDb } from "~/web/db.server";
import { publicPageHeaders } from "~/web/public-caching.server";
import { readKindergartenSearchQuery } from "~/web/kindergarten-search-query.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";
import type { SharedPublicPage } from "~/domain/public-reads/public-sources";
import { SearchWithinNotice } from "~/components/search-within-notice";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: publicStyles }];

/**
 * The same for every signed-out reader until a kindergarten's names, type, district or status or a region changes (its
 * hits, their places and the filters' choices read nothing else): kept between changes (app/web/shared-reads.server.ts).
 * Parents search the same names again and again; each search is otherwise a search and a render.
 */
export const handle = { sharedPublicPage: { sources: ["kindergartens_public", "regions"], query: ["q", "province", "city", "district", "nature", "after", "filters"] } satisfies SharedPublicPage };

export const headers = publicPageHeaders;

export const meta = pageTitle("disclosure.search.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const query = readKindergartenSearchQuery(request);
  // The filters are shown when asked for or in use: most searches are by name alone, and need no region lists.
  const showFilters = Boolean(query.filters || query.province || query.city || query.district || query.nature);
  const { outcome, near, choices } = await kindergartenSearchPage(getDb(), query, { districtChoices: showFilters });
  // The field shows at most what it accepts (by characters: an emoji is not cut in half).
  const form = { q: Array.from(query.q ?? "").slice(0, SEARCH_MAX_CHARS).join(""), province: query.province ?? "", city: query.city ?? "", district: query.district ?? "", nature: query.nature ?? "" };
  if (!outcome.ok) return data({ form, choices, hits: [], next: null, searched: true, error: outcome.formErrors[0] ?? null, after: null, within: null, near: [] }, { status: 400 });
  // Searched within the region the query begins with: the page says so (the region's name and the rest, not its code).
  const within = outcome.within ? { region: outcome.within.name, rest: outcome.within.rest } : null;
  return { form, choices, hits: outcome.hits, next: outcome.next, searched: outcome.plan !== "none", error: null, after: query.after ?? null, within, near };
}

export default function KindergartenSearch() {
  const { form, choices, hits, next, searched, error, after, within, near } = useLoaderData<typeof loader>();
  const t = useT();
  // A new province or city changes the lists below it: submit at once (without JavaScript, the button does).
  const cascade = useRegionCascade();
  const pageLink = (cursor: string | null) => {
    const params = new URLSearchParams(Object.entries(form).filter(([, v]) => v !== ""));
    if (cursor) params.set("after", cursor);
    return `/kindergartens?${params}`;
  };
  return (
    <section className="panel">
      <h1>{t("disclosure.search.title")}</h1>
      {/* Keyed by what was searched: a new search's values replace the fields' defaults. */}
      <Form method="get" action="/kindergartens" role="search" key={JSON.stringify(form)}>
        <label htmlFor="kg-q">{t("disclosure.search.label")}</label>
        <div className="search-box">
          <input id="kg-q" name="q" type="search" defaultValue={form.q} maxLength={SEARCH_MAX_CHARS} placeholder={t("disclosure.search.placeholder")} autoComplete="off" />
          <button type="submit" className="primary">
            {t("disclosure.search.submit")}
          </button>
        </div>
        {choices ? (
          <fieldset className="search-filters">
            <legend>{t("disclosure.search.filters")}</legend>
            <input type="hidden" name="filters" value="1" />
            <div className="grid">
              <RegionSelect idPrefix="kg" name="province" label={t("disclosure.search.province")} value={form.province} options={choices.provinces} onChange={cascade} />
              <RegionSelect idPrefix="kg" name="city" label={t("disclosure.search.city")} value={form.city} options={choices.cities} onChange={cascade} />
              <RegionSelect idPrefix="kg" name="district" label={t("disclosure.search.district")} value={form.district} options={choices.districts} />
              <FilterSelect
                id="kg-nature"
                name="nature"
                label={t("disclosure.search.nature")}
                anyLabel={t("disclosure.search.any")}
                value={form.nature}
                options={NATURES.map((n) => ({ value: n, label: t(`nature.${n}`) }))}
              />
            </div>
          </fieldset>
        ) : (
          <p className="search-filters">
            <Link className="tap" to={`/kindergartens?${new URLSearchParams(form.q ? { q: form.q, filters: "1" } : { filters: "1" })}`}>
              {t("disclosure.search.filters")}
            </Link>
          </p>
        )}
      </Form>
      {error ? (
        <p className="form-error" role="alert">
          {t(error.key, error.vars)}
        </p>
      ) : !searched ? (
        <p className="muted">{t("disclosure.search.start")}</p>
      ) : hits.length === 0 && !next ? (
        <>
          <p>{t("disclosure.search.none")}</p>
          {near.length > 0 ? (
            <>
              <p id="kg-near">{t("disclosure.search.near")}</p>
              <ul className="kg-results" aria-labelledby="kg-near" data-testid="search-near">
                {near.map((n) => (
                  <li key={n.id}>
                    <ListLink to={`/kindergartens/${n.id}`}>{n.name_in_use}</ListLink>
                    <p className="muted">{n.place}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : (
        <>
          <SearchWithinNotice q={form.q} within={within} />
          <ol className="kg-results" aria-label={t("disclosure.search.results")} data-testid="search-results">
            {hits.map((h) => (
              <li key={h.id}>
                <ListLink to={`/kindergartens/${h.id}`}>{h.name_in_use}</ListLink>
                <p className="muted">
                  {h.approved_name ? `${h.approved_name} · ` : ""}
                  {h.place} · {t(`nature.${h.nature}`)}
                </p>
              </li>
            ))}
          </ol>
          {next && hits.length < SEARCH_PAGE_SIZE ? <p className="muted">{t("disclosure.search.partial")}</p> : null}
          <p className="pager">
            {after ? <Link className="tap" to={pageLink(null)}>{t("disclosure.search.first")}</Link> : null}
            {next ? <Link className="tap" to={pageLink(next)}>{t(hits.length < SEARCH_PAGE_SIZE ? "disclosure.search.goOn" : "disclosure.search.next")}</Link> : null}
          </p>
        </>
      )}
    </section>
  );
}
