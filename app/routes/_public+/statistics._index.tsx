/**
 * The public statistics (公开统计, no sign-in): a region's year by month, each
 * group of figures as a chart (an SVG image drawn on the server) with its
 * table beside it, the same figures as CSV, and the region's kindergartens'
 * complaints. Small complaint figures are withheld (statistics.schema.ts).
 */
import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { formatFen } from "~/utils/money";
import { formatMonthShort } from "~/utils/instant";
import { Form, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { KindergartenComplaintsTable } from "~/components/kindergarten-complaints-table";
import { RegionSelect, useRegionCascade } from "~/components/region-select";
import publicStyles from "~/components/public-kindergarten.css";
import type { PublicStatistics } from "~/domain/statistics/statistics.queries.server";
import { publicStatisticsPage } from "~/domain/statistics/statistics-page.server";
import { chartImageHeight, chartSeries, seriesLabel } from "~/domain/statistics/statistics-charts";
import { STATISTICS_CHARTS, shownFigure, type MetricName, type StatisticsChart } from "~/domain/statistics/statistics.schema";
import type { LocalizedText } from "~/rules/types";
import { regionChainOf } from "~/domain/regions/region-scope";
import { useLang, useT } from "~/utils/i18n";
import { getDb } from "~/web/db.server";
import { getRulesRuntime } from "~/web/rules.server";
import { throwFailure } from "~/web/failure.server";
import { publicPageHeaders } from "~/web/public-caching.server";
import { statisticsChartsVersion } from "~/web/statistics-charts.server";
import { readStatisticsQuery, statisticsSearch } from "~/web/statistics-query.server";
import { pageTitle } from "~/utils/page-title";
import type { SharedPublicPage } from "~/domain/public-reads/public-sources";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: publicStyles }];

/** The same for every signed-out reader until these change: kept between changes (app/web/shared-reads.server.ts). */
export const handle = { sharedPublicPage: { sources: ["statistics", "kindergartens_public", "regions"], query: ["province", "city", "district", "year", "lang"] } satisfies SharedPublicPage };

export const headers = publicPageHeaders;

export const meta = pageTitle("statistics.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const query = readStatisticsQuery(request);
  const page = await publicStatisticsPage(getDb(), getRulesRuntime().library, query);
  if (!page.ok) throwFailure(page);
  const { statistics: s, charts, rules } = page;
  const chosen = regionChainOf(query);
  const form = { province: chosen.province ?? "", city: chosen.city ?? "", district: chosen.district ?? "", year: s.year };
  return {
    rules,
    statistics: { region: s.region, year: s.year, years: s.years, months: s.months, kindergartens: s.kindergartens, choices: s.choices },
    charts,
    form,
    search: statisticsSearch(form),
    version: statisticsChartsVersion(s),
  };
}

type Series = ReturnType<typeof chartSeries>[number];

export default function Statistics() {
  const { statistics: s, charts, form, search, version, rules } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  const cascade = useRegionCascade();
  const regionName = s.region.code === null ? t("statistics.country") : s.region.name;
  return (
    <section className="panel statistics">
      <h1>{t("statistics.title")}</h1>
      <p className="muted">{t("statistics.intro")}</p>
      <Form method="get" action="/statistics" key={search} aria-label={t("statistics.choose")}>
        <fieldset className="search-filters">
          <legend>{t("statistics.choose")}</legend>
          <div className="grid">
            <RegionSelect idPrefix="st" anyLabel={t("statistics.any")} name="province" label={t("statistics.province")} value={form.province} options={s.choices.provinces} onChange={cascade} />
            <RegionSelect idPrefix="st" anyLabel={t("statistics.any")} name="city" label={t("statistics.city")} value={form.city} options={s.choices.cities} onChange={cascade} />
            <RegionSelect idPrefix="st" anyLabel={t("statistics.any")} name="district" label={t("statistics.district")} value={form.district} options={s.choices.districts} />
            <div className="field">
              <label htmlFor="st-year">{t("statistics.year")}</label>
              <select id="st-year" name="year" defaultValue={form.year}>
                {s.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit" className="primary">
            {t("statistics.show")}
          </button>
        </fieldset>
      </Form>
      <h2 data-testid="statistics-region">
        {regionName} · {s.year}
      </h2>
      <p>
        <a className="tap" href={`/statistics.csv?${search}`} download>
          {t("statistics.csv")}
        </a>
        <br />
        <span className="muted">{t("statistics.csvHint")}</span>
      </p>

      {charts.map(({ chart, series }, i) => (
        <section key={chart} className="stat-block" aria-labelledby={`st-${chart}`} data-testid={`statistics-${chart}`}>
          <h3 id={`st-${chart}`}>{t(`statistics.chart.${chart}`)}</h3>
          <p className="muted">{t(`statistics.chart.${chart}.note`)}</p>
          <div className="stat-figures">
            <img
              className="chart"
              src={`/statistics/charts/${chart}?${search}&lang=${lang}&v=${version}`}
              alt={t("statistics.chartAlt", { title: t(`statistics.chart.${chart}`), region: regionName, year: s.year })}
              width={STATISTICS_CHARTS[chart].width}
              height={chartImageHeight(chart, series)}
              // The first is in the first screen; the others load when scrolled to, their place kept meanwhile.
              loading={i === 0 ? "eager" : "lazy"}
            />
            <FiguresTable chart={chart} series={series} months={s.months} rules={rules} />
          </div>
        </section>
      ))}
      <p className="muted" data-testid="statistics-footnote">
        {t("statistics.suppressedNote")}
      </p>

      <KindergartenComplaints statistics={s} />
    </section>
  );
}

/**
 * A chart's figures: a row per month and the year, a column per series (flags: a row per rule). A plain
 * table on a phone too (public-kindergarten.css, `table.figures`): a card per month would be thirteen cards
 * of one to six numbers, and the page draws seven of these tables (as cards, 60 % of its markup).
 */
function FiguresTable({ chart, series, months, rules }: { chart: StatisticsChart; series: Series[]; months: string[]; rules: Record<string, LocalizedText> }) {
  const t = useT();
  const lang = useLang();
  const show = (x: Series, v: number | null) => (x.metric === "refunds.amount_fen" && v !== null ? formatFen(v, lang) : shownFigure(v));
  /** A row's figures, one cell per series. */
  const cells = (value: (x: Series) => number | null) =>
    series.map((x) => (
      <td key={`${x.metric}-${x.key}`} className="num">
        {show(x, value(x))}
      </td>
    ));
  if (chart === "flags") {
    const ranked = series.filter((x) => (x.total ?? 0) > 0);
    return (
      <Figures label={t("statistics.figuresTable", { title: t(`statistics.chart.${chart}`) })} testId={`statistics-table-${chart}`} corner={t("statistics.metric.flags.rule")} headers={[{ id: "total", label: t("statistics.yearTotal") }]}>
        {ranked.map((x) => (
          <tr key={x.key}>
            <th scope="row" className="wraps">{rules[x.key] ? `${x.key} ${rules[x.key][lang === "en" ? "en" : "zh"]}` : x.key}</th>
            <td className="num">{shownFigure(x.total)}</td>
          </tr>
        ))}
      </Figures>
    );
  }
  return (
    <Figures label={t("statistics.figuresTable", { title: t(`statistics.chart.${chart}`) })} testId={`statistics-table-${chart}`} corner={t("statistics.month")} headers={series.map((x) => ({ id: `${x.metric}-${x.key}`, label: seriesLabel(x.metric as MetricName, x.key, t) }))}>
      {months.map((m, i) => (
        <tr key={m}>
          <th scope="row">{formatMonthShort(Number(m.slice(5)), lang)}</th>
          {cells((x) => x.months[i])}
        </tr>
      ))}
      <tr className="total">
        <th scope="row">{t("statistics.yearTotal")}</th>
        {cells((x) => x.total)}
      </tr>
    </Figures>
  );
}

function Figures(props: { label: string; testId: string; corner: string; headers: Array<{ id: string; label: string }>; children: ReactNode }) {
  const { testId, corner, headers, children } = props;
  // Wider than a phone, the table scrolls sideways: focusable and named, so a keyboard can scroll it too. Named as a
  // table, not by its chart's title alone, which already names the section around it (two regions, one name).
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={props.label}>
      <table className="figures" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{corner}</th>
            {headers.map((h) => (
              <th key={h.id} scope="col" className="num">
                {h.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function KindergartenComplaints({ statistics: s }: { statistics: Pick<PublicStatistics, "kindergartens" | "year"> }) {
  const t = useT();
  return (
    <section aria-labelledby="st-kindergartens" data-testid="statistics-kindergartens">
      <h3 id="st-kindergartens">{t("statistics.kindergartens.title")}</h3>
      {s.kindergartens === null ? (
        <p className="muted">{t("statistics.kindergartens.choose")}</p>
      ) : s.kindergartens.length === 0 ? (
        <p>{t("statistics.kindergartens.none")}</p>
      ) : (
        <>
          <p className="muted">{t("statistics.kindergartens.note", { year: s.year })}</p>
          <KindergartenComplaintsTable rows={s.kindergartens} by="kindergarten" testId="statistics-kindergarten-table" />
        </>
      )}
    </section>
  );
}
