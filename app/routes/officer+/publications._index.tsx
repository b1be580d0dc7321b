import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { DataTable } from "~/components/data-table";
import { IgnoredParams } from "~/components/filter-select";
import { CivilDate } from "~/components/instant";
import { PublicationDue } from "~/components/publication-draft";
import { publicCaseDrafts } from "~/domain/publication/public-case-drafts.queries.server";
import { DRAFT_LIST_MAX, DRAFT_LIST_VIEWS } from "~/domain/publication/public-case.schema";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { queryParam, readFilters } from "~/web/query.server";
import { useT } from "~/utils/i18n";
import { pageTitle } from "~/utils/page-title";

export const meta = pageTitle("publication.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "draft:publication:region", "publish:publication:region");
  const { filters, ignored, unknown } = readFilters(request, z.object({ view: queryParam.oneOf(DRAFT_LIST_VIEWS) }));
  const view = filters.view ?? "open";
  const list = await publicCaseDrafts(getDb(), actor, view);
  if (!list) throw new Response("Forbidden", { status: 403 });
  return { view, ignored, unknown, ...list };
}

/** The list's one filter by its label, for the notice of a value left out. */
const PARAM_LABELS = { view: "publication.view" };

export default function Publications() {
  const { view, ignored, unknown, rows, more } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("publication.title")}</h1>
      <p className="muted">{t("publication.intro")}</p>
      <IgnoredParams names={ignored} unknown={unknown} labels={PARAM_LABELS} testId="publication-ignored" />
      <nav className="tabs" aria-label={t("publication.view")}>
        {DRAFT_LIST_VIEWS.map((v) => (
          <Link key={v} to={`?view=${v}`} aria-current={v === view ? "page" : undefined}>
            {t(`publication.view.${v}`)}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p>{t("publication.none")}</p>
      ) : (
        <DataTable
          rows={rows}
          rowKey={(r) => r.id}
          testId="publication-list"
          columns={[
            { id: "kindergarten", header: t("publication.col.kindergarten"), key: true, cell: (r) => <Link to={`/officer/publications/${r.id}`}>{r.approved_name}</Link> },
            { id: "decision", header: t("publication.col.decision"), cell: (r) => t(`case.decisionKind.${r.decision_kind}`) },
            { id: "decidedOn", header: t("publication.col.decidedOn"), cell: (r) => <CivilDate value={r.decided_on} /> },
            { id: "status", header: t("publication.col.status"), cell: (r) => t(`publication.status.${r.status}`) },
            view === "open" && { id: "due", header: t("publication.col.due"), cell: (r) => (r.onHold ? <span className="badge">{t("publication.heldBadge")}</span> : <PublicationDue daysLeft={r.daysLeft} dueOn={r.publish_due_on} overdue={r.overdue} estimated={r.dueEstimated} />) },
            view !== "open" && { id: "publishedOn", header: t("publication.col.publishedOn"), cell: (r) => (r.published_on ? <CivilDate value={r.published_on} /> : "—") },
            view === "withdrawn" && { id: "withdrawn", header: t("publication.col.withdrawn"), cell: (r) => (r.withdrawal_reason ? t(`publication.withdrawal.${r.withdrawal_reason}`) : "—") },
          ]}
        />
      )}
      {more ? <p className="muted">{t("publication.more", { max: DRAFT_LIST_MAX })}</p> : null}
    </section>
  );
}
