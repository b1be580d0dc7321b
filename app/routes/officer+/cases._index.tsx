import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SeverityBadge } from "~/components/flag-explanation";
import { listCaseQueue } from "~/domain/cases/case.queries.server";
import { regionName } from "~/domain/regions/region.queries.server";
import { hasPermission } from "~/domain/users/actor";
import { requireActor } from "~/web/auth.server";
import { getDb } from "~/web/db.server";
import { readQuery } from "~/web/query.server";
import { z } from "zod";
import { useT } from "~/utils/i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request, "read:case:region", "read:case:any");
  const db = getDb();
  // The cursor is base64url; the domain restarts from the first page on one it cannot read.
  const { after } = readQuery(request, z.object({ after: z.string().max(500).regex(/^[A-Za-z0-9_-]*$/).optional() }));
  const cursor = after || null;
  const [queue, scope] = await Promise.all([
    listCaseQueue({ db, actor, cursor }),
    hasPermission(actor, "read:case:any") || !actor.regionCode ? null : regionName(db, actor.regionCode),
  ]);
  return { ...queue, scope, paged: Boolean(cursor) };
}

export default function CaseQueue() {
  const { cases, nextCursor, scope, paged } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="panel">
      <h1>{t("queue.title")}</h1>
      {scope ? <p className="muted">{t("queue.scope", { region: scope })}</p> : null}
      {cases.length === 0 ? (
        <p>{t("queue.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="responsive">
            <thead>
              <tr>
                <th>{t("queue.severity")}</th>
                <th>{t("queue.kindergarten")}</th>
                <th>{t("queue.region")}</th>
                <th>{t("queue.rule")}</th>
                <th>{t("queue.due")}</th>
                <th>{t("fees.status")}</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td data-label={t("queue.severity")}>
                    <SeverityBadge severity={c.severity} />
                  </td>
                  <td data-label={t("queue.kindergarten")}>
                    <Link to={`/officer/cases/${c.id}`}>{c.kindergarten_name}</Link>
                  </td>
                  <td data-label={t("queue.region")}>{c.region_name}</td>
                  <td data-label={t("queue.rule")}>
                    {c.rule_id} · {c.term}
                  </td>
                  <td data-label={t("queue.due")}>{c.due_date}</td>
                  <td data-label={t("fees.status")}>{t(`case.status.${c.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="pager">
        {paged ? <Link to="/officer/cases">{t("queue.first")}</Link> : null}
        {nextCursor ? <Link to={`/officer/cases?after=${nextCursor}`}>{t("queue.next")} →</Link> : null}
      </div>
    </section>
  );
}
