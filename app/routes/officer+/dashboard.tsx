/**
 * The officer's dashboard: where the cases of their scope stand, as tables and
 * as charts drawn on the server (SVG images), so the page needs no chart script.
 * Each figure opens the queue's view it counts; a city's or a province's
 * districts each open their own (`district`), overdue, due soon and decided
 * this month too. A lead's extensions waiting and escalations are the header badge's exact counts (leadWaiting).
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { CivilDate } from "~/components/instant";
import { Interpolate } from "~/components/interpolate";
import { DASHBOARD_CHARTS, OPEN_STATES, SEVERITIES, type DashboardChart } from "~/domain/cases/case-dashboard.charts";
import { caseDashboard } from "~/domain/cases/case-dashboard.queries.server";
import { leadWaiting } from "~/domain/cases/case-lead-waiting.server";
import { DASHBOARD_FIGURES_ID, DEFAULT_FILTERS, queueSearch, type CaseQueueFilters } from "~/domain/cases/case-queue.schema";
import { DECISION_KINDS } from "~/domain/cases/case-work.schema";
import { useLang, useT } from "~/utils/i18n";
import { requireActor } from "~/web/auth.server";
import { dashboardChartsVersion } from "~/web/dashboard-charts.server";
import { getDb } from "~/web/db.server";
import { pageTitle } from "~/utils/page-title";
import { Fact } from "~/components/facts";

export const meta = pageTitle("dashboard.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  const db = getDb();
  const [kept, waiting] = await Promise.all([caseDashboard(db, actor), leadWaiting(db, actor)]);
  if (!kept) throw new Response("Not found", { status: 404 });
  // A lead's 已超期上报 and 延期申请待批 as exact as the header's 待处理 N, which leads here when both wait: the same
  // counts, kept per scope version (a minute-old figure would still count the request just answered).
  const dashboard = waiting ? { ...kept, escalated: waiting.escalations, extensionsWaiting: waiting.extensions } : kept;
  return { dashboard, chartsVersion: dashboardChartsVersion(dashboard) };
}

export default function Dashboard() {
  const { dashboard: d, chartsVersion } = useLoaderData<typeof loader>();
  const t = useT();
  const lang = useLang();
  // Drawn on the server from the figures in the table below each one.
  const chart = (name: DashboardChart, label: string) => (
    <img className="chart" src={`/officer/dashboard/charts/${name}?lang=${lang}&v=${chartsVersion}`} alt={label} {...DASHBOARD_CHARTS[name]} />
  );
  const openTotal = d.open.reduce((n, o) => n + o.count, 0);
  // A district's open cases, and those overdue or due soon: the queue's own views of that district.
  const queueOf = (district: string | undefined, view: Partial<CaseQueueFilters> = {}) => `/officer/cases${queueSearch({ ...DEFAULT_FILTERS, district, ...view })}`;
  // Decided this month, whatever they became since (closed ones too): the queue's every state, its month filter.
  const decidedThisMonth: Partial<CaseQueueFilters> = { state: "all", decided: "this_month" };
  return (
    <section className="panel">
      <h1>{t("dashboard.title")}</h1>
      <p className="muted">
        <Interpolate id="dashboard.asOf" vars={{ date: <CivilDate value={d.asOf} /> }} />
      </p>
      {/* A lead's header badge leads here when extensions and escalations both wait: each figure opens its list. */}
      <dl className="grid cols-3" id={DASHBOARD_FIGURES_ID} data-testid="dashboard-figures">
        <Figure label={t("dashboard.open")} value={openTotal} to="/officer/cases" />
        <Figure label={t("dashboard.overdue")} value={d.overdue} to="/officer/cases?overdue=1" />
        <Figure label={t("dashboard.dueSoon", { days: d.dueSoonDays })} value={d.dueSoon} to={`/officer/cases?within=${d.dueSoonDays}`} />
        <Figure label={t("dashboard.escalated")} value={d.escalated} to="/officer/cases?escalated=1" />
        <Figure label={t("dashboard.extensionsWaiting")} value={d.extensionsWaiting} to="/officer/cases?extension=1" />
        <Figure label={t("dashboard.decidedThisMonth")} value={d.decisionsThisMonth.reduce((n, x) => n + x.count, 0)} to={queueOf(undefined, decidedThisMonth)} />
        <Fact label={t("dashboard.averageDays")} testId="dashboard-average">
          {d.averageDaysToDecision === null ? "—" : t("dashboard.days", { n: d.averageDaysToDecision, count: d.decidedInWindow })}
        </Fact>
      </dl>

      <h2>{t("dashboard.openByState")}</h2>
      {chart("open", t("dashboard.openByState"))}
      <DataTable
        testId="dashboard-open"
        rows={OPEN_STATES.map((status) => ({ status, counts: SEVERITIES.map(({ severity }) => d.open.find((o) => o.status === status && o.severity === severity)?.count ?? 0) }))}
        rowKey={(r) => r.status}
        columns={[
          { id: "status", header: t("fees.status"), key: true, cell: (r) => t(`case.status.${r.status}`) },
          ...SEVERITIES.map(({ severity }, i) => ({ id: severity, header: t(`severity.${severity}`), numeric: true, cell: (r: { counts: number[] }) => r.counts[i] })),
        ]}
      />

      <h2>{t("dashboard.decisionsThisMonth")}</h2>
      {chart("decisions", t("dashboard.decisionsThisMonth"))}
      <DataTable
        testId="dashboard-decisions"
        rows={DECISION_KINDS.map((kind) => ({ kind, count: d.decisionsThisMonth.find((x) => x.kind === kind)?.count ?? 0 }))}
        rowKey={(r) => r.kind}
        columns={[
          { id: "kind", header: t("case.field.kind"), key: true, cell: (r) => t(`case.decisionKind.${r.kind}`) },
          { id: "count", header: t("dashboard.count"), numeric: true, cell: (r) => r.count },
        ]}
      />

      {d.districts.length > 0 ? (
        <>
          <h2>{t("dashboard.byDistrict")}</h2>
          <DataTable
            testId="dashboard-districts"
            rows={d.districts}
            rowKey={(r) => r.code}
            columns={[
              { id: "name", header: t("queue.region"), key: true, cell: (r) => <Link to={queueOf(r.code)}>{r.name}</Link> },
              { id: "open", header: t("dashboard.open"), numeric: true, cell: (r) => <Link to={queueOf(r.code)}>{r.open}</Link> },
              { id: "overdue", header: t("dashboard.overdue"), numeric: true, cell: (r) => <Link to={queueOf(r.code, { overdue: true })}>{r.overdue}</Link> },
              {
                id: "dueSoon",
                header: t("dashboard.dueSoon", { days: d.dueSoonDays }),
                numeric: true,
                cell: (r) => <Link to={queueOf(r.code, { within: d.dueSoonDays })}>{r.dueSoon}</Link>,
              },
              { id: "decided", header: t("dashboard.decidedThisMonth"), numeric: true, cell: (r) => <Link to={queueOf(r.code, decidedThisMonth)}>{r.decidedThisMonth}</Link> },
            ]}
          />
        </>
      ) : null}
    </section>
  );
}

function Figure({ label, value, to }: { label: string; value: number; to: string }) {
  return (
    <Fact label={label} className="figure">
      <Link to={to}>{value}</Link>
    </Fact>
  );
}
